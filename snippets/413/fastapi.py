from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.post('/endpoint')
async def endpoint():
    return JSONResponse(status_code=413, content={"message": "Content Too Large"})
