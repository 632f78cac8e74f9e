from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Proxy Authentication Required"},
        status=407,
        headers={
            "Proxy-Authenticate": 'Basic realm="proxy"',
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
