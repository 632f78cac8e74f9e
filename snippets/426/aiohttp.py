from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Upgrade Required"},
        status=426,
        headers={
            "Upgrade": "HTTP/3.0",
            "Connection": "Upgrade",
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
