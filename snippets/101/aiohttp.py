from aiohttp import web

async def handler(request):
    ws = web.WebSocketResponse()
    # A WebSocket handshake is an HTTP/1.1 GET (RFC 6455 4.1; Upgrade means
    # nothing in HTTP/1.0); can_prepare() checks the rest: Upgrade, Connection,
    # the key and a version aiohttp speaks.
    if request.method != 'GET' or request.version < (1, 1) or not ws.can_prepare(request):
        # Not a handshake this endpoint can accept: say which protocol and
        # version it needs.
        return web.json_response(
            {"message": "Upgrade Required"},
            status=426,
            headers={"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13"},
        )
    # prepare() sends 101 Switching Protocols with Upgrade, Connection and
    # Sec-WebSocket-Accept; from then on the connection speaks WebSocket:
    # echo each text message until the client closes (aiohttp answers its
    # Close frame).
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == web.WSMsgType.TEXT:
            await ws.send_str(msg.data)
    return ws

app = web.Application()
app.router.add_get('/endpoint', handler)
