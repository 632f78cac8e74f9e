from fastapi import FastAPI, WebSocket
from fastapi.responses import JSONResponse

app = FastAPI()

@app.websocket('/endpoint')
async def endpoint(websocket: WebSocket):
    # Accepting the handshake sends 101 Switching Protocols with Upgrade,
    # Connection and Sec-WebSocket-Accept (uvicorn needs `pip install websockets`);
    # from then on the connection speaks WebSocket.
    await websocket.accept()
    await websocket.send_json({"message": "Switching Protocols"})
    await websocket.close()

@app.get('/endpoint')
async def upgrade_required():
    # Not a WebSocket handshake: say which protocol this endpoint needs.
    return JSONResponse(
        status_code=426,
        content={"message": "Upgrade Required"},
        headers={"Upgrade": "websocket", "Connection": "Upgrade"},
    )
