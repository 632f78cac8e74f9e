from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Length Required"}, status=411)

app = web.Application()
app.router.add_post('/endpoint', handler)
