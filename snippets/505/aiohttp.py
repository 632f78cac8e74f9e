from aiohttp import web

async def handler(request):
    return web.json_response({"message": "HTTP Version Not Supported"}, status=505)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
