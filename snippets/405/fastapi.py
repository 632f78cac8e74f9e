from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(
        status_code=405,
        content={"message": "Method Not Allowed"},
        headers={
            "Allow": "POST",
        },
    )
