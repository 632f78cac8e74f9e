from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=407,
        content={"message": "Proxy Authentication Required"},
        headers={
            "Proxy-Authenticate": 'Basic realm="proxy"',
        },
    )
