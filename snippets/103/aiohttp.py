from aiohttp import web

async def handler(request):
    link = "</style.css>; rel=preload; as=style"
    # aiohttp has no Early Hints API: write the 103 on the response's writer
    # before the final response starts, the way aiohttp's own expect handler
    # writes its 100 Continue (no 1xx for HTTP/1.0 clients).
    if request.version >= (1, 1):
        await request.writer.write(f'HTTP/1.1 103 Early Hints\r\nLink: {link}\r\n\r\n'.encode())
    # The final response carries the hinted Link as well (RFC 8297).
    return web.json_response({"message": "OK"}, status=200, headers={'Link': link})

app = web.Application()
app.router.add_get('/endpoint', handler)  # answers HEAD too
