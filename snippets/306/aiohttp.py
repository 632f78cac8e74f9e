from aiohttp import web

async def handler(request):
    return web.json_response({"message": "(Unused)"}, status=306)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
