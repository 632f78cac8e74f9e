from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=201,
        content={"message": "Created"},
        headers={
            "Location": "https://example.com/endpoint/42",
        },
    )
