from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Precondition Failed"}, status=412)

app = web.Application()
app.router.add_put('/endpoint', handler)
