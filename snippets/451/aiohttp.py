from aiohttp import web

async def handler(request):
    return web.json_response(
        {"message": "Unavailable For Legal Reasons"},
        status=451,
        headers={
            # RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
            'Link': '<https://example.com/legal>; rel="blocked-by"',
        },
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
