from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Conflict"}, status=409)

app = web.Application()
app.router.add_put('/endpoint', handler)
