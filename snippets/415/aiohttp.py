from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Unsupported Media Type"}, status=415)

app = web.Application()
app.router.add_post('/endpoint', handler)
