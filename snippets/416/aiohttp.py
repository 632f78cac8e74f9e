import json

from aiohttp import web

async def handler(request):
    body = json.dumps({"message": "OK"}).encode()
    size = len(body)
    # request.http_range is aiohttp's parsed Range header, a slice; it raises
    # ValueError for another unit, a malformed or several ranges, which get the
    # whole representation with 200 (a server may ignore Range).
    try:
        byte_range = request.http_range
    except ValueError:
        byte_range = slice(None)
    if byte_range.start is None and byte_range.stop is None:
        return web.Response(body=body, content_type='application/json', headers={'Accept-Ranges': 'bytes'})
    start, stop, _ = byte_range.indices(size)
    if start >= stop:
        # Not one byte of the representation is in the range: 416, whose
        # Content-Range: bytes */<length> tells the client what it can ask for.
        return web.json_response(
            {"message": "Range Not Satisfiable"},
            status=416,
            headers={'Content-Range': f'bytes */{size}'},
        )
    return web.Response(
        body=body[start:stop],
        status=206,
        content_type='application/json',
        headers={'Content-Range': f'bytes {start}-{stop - 1}/{size}'},
    )

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
