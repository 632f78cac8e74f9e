from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.put('/endpoint')
async def endpoint():
    return JSONResponse(status_code=412, content={"message": "Precondition Failed"})
