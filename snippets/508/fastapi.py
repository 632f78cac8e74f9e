from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint():
    return JSONResponse(status_code=508, content={"message": "Loop Detected"})
