from aiohttp import web

async def handler(request):
    return web.json_response({"message": "OK"})

@web.middleware
async def json_errors(request, handler):
    # The resource serves POST only: the router answers every other method
    # with HTTPMethodNotAllowed, whose allowed_methods are what Allow lists.
    # Answer it with the JSON this API speaks, keeping that Allow.
    try:
        return await handler(request)
    except web.HTTPMethodNotAllowed as error:
        return web.json_response(
            {"message": "Method Not Allowed"},
            status=405,
            headers={'Allow': ', '.join(sorted(error.allowed_methods))},
        )

app = web.Application(middlewares=[json_errors])
app.router.add_post('/endpoint', handler)
