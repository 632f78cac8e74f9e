from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Unauthorized"},
        status=401,
        headers={
            "WWW-Authenticate": 'Bearer realm="example"',
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
