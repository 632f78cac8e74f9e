from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post('/endpoint')
async def endpoint(request: Request):
    # The server (uvicorn) answers `Expect: 100-continue` with the interim
    # 100 Continue itself when the body is first read, so the client sends it.
    await request.body()
    return JSONResponse(status_code=200, content={"message": "OK"})
