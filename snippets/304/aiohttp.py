from aiohttp import web

async def handler(request):
    etag = 'v1'  # the current version of the resource: ETag "v1"
    # request.if_none_match is aiohttp's parsed If-None-Match: a tuple of
    # ETags ("*" is one too). A tag equal to ours under weak comparison
    # (W/ ignored, RFC 9110 13.1.2) means the client's copy is current.
    if any(tag.value in (etag, '*') for tag in request.if_none_match or ()):
        response = web.Response(status=304)
    else:
        response = web.json_response({"message": "OK"})
    response.etag = etag
    return response

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
