from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Accepted"}, status=202)

app = web.Application()
app.router.add_post('/endpoint', handler)
