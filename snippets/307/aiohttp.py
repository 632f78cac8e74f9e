from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Temporary Redirect"},
        status=307,
        headers={
            "Location": "https://example.com/new-endpoint",
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
