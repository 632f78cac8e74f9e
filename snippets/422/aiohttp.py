from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Unprocessable Content"}, status=422)

app = web.Application()
app.router.add_post('/endpoint', handler)
