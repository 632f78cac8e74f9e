from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=416,
        content={"message": "Range Not Satisfiable"},
        headers={
            "Content-Range": "bytes */16",
        },
    )
