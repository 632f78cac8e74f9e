from fastapi import FastAPI, Response

app = FastAPI()

@app.delete('/endpoint')
async def endpoint():
    # No content: a bare Response, not a JSONResponse (even `content=None`
    # would be sent as the body `null`).
    return Response(status_code=204)
