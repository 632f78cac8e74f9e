from aiohttp import web

async def handler(request):
    # aiohttp answers `Expect: 100-continue` before the handler runs: its
    # default expect_handler writes the interim 100 Continue (to HTTP/1.1
    # clients only), so the client sends the body that is read here. Pass
    # expect_handler= to add_post to refuse an upload (413, 401...) instead.
    await request.read()
    return web.json_response({"message": "OK"}, status=200)

app = web.Application()
app.router.add_post('/endpoint', handler)
