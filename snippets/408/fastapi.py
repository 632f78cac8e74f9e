from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint():
    # The server gives up on this connection: Connection: close tells the client,
    # and uvicorn closes the connection once the response is sent.
    return JSONResponse(
        status_code=408,
        content={"message": "Request Timeout"},
        headers={
            'Connection': 'close',
        },
    )
