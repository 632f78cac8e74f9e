from aiohttp import web

async def handler(request):
    # No content: a bare Response, without a body or Content-Type.
    return web.Response(status=205)

app = web.Application()
app.router.add_post('/endpoint', handler)
