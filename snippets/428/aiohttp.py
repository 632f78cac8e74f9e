from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Precondition Required"}, status=428)

app = web.Application()
app.router.add_put('/endpoint', handler)
