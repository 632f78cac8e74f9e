from aiohttp import web

async def handler(request):
    response = web.json_response({"message": "Request Timeout"}, status=408)
    # The server gives up on this connection: aiohttp sends Connection: close
    # and closes it once the response is written.
    response.force_close()
    return response

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
