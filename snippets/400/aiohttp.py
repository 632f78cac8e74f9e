from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Bad Request"}, status=400)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
