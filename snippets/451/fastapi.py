from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint():
    return JSONResponse(status_code=451, content={"message": "Unavailable For Legal Reasons"})
