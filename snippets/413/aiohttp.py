from aiohttp import web

async def handler(request):
    return web.json_response({"message": "Content Too Large"}, status=413)

app = web.Application()
app.router.add_post('/endpoint', handler)
