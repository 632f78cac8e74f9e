from aiohttp import web

async def handler(request):
    return web.json_response({"message": "I'm a teapot"}, status=418)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
