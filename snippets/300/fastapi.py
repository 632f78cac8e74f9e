from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=300,
        content={"message": "Multiple Choices"},
        headers={
            "Location": "https://example.com/new-endpoint",
        },
    )
