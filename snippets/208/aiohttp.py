from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Already Reported"}, status=208)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
