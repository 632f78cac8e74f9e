import asyncio

from aiohttp import web

async def handler(request):
    # aiohttp has no API for interim responses: write the 102 on the
    # response's writer before the final response starts, the way aiohttp's
    # own expect handler writes its 100 Continue (no 1xx for HTTP/1.0 clients).
    if request.version >= (1, 1):
        await request.writer.write(b'HTTP/1.1 102 Processing\r\n\r\n')
    await asyncio.sleep(1)  # stands in for the slow work
    return web.json_response({"message": "OK"}, status=200)

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
