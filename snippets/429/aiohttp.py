from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Too Many Requests"},
        status=429,
        headers={
            "Retry-After": "60",
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
