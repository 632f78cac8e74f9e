from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=301,
        content={"message": "Moved Permanently"},
        headers={
            "Location": "https://example.com/new-endpoint",
        },
    )
