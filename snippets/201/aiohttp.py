from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Created"},
        status=201,
        headers={
            "Location": "https://example.com/endpoint/42",
        },
    )

app = web.Application()
app.router.add_post('/endpoint', handler)
