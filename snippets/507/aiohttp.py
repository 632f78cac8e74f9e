from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Insufficient Storage"}, status=507)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
