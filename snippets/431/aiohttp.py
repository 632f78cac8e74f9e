from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Request Header Fields Too Large"}, status=431)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
