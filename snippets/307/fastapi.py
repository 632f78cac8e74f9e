from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint():
    return JSONResponse(
        status_code=307,
        content={"message": "Temporary Redirect"},
        headers={
            "Location": "https://example.com/new-endpoint",
        },
    )
