from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

app = FastAPI()

# The resource serves POST only: the router answers every other method with
# 405 and an Allow header listing the methods the route serves.
@app.post('/endpoint')
async def endpoint():
    return {"message": "OK"}

@app.exception_handler(405)
async def method_not_allowed(request: Request, exc: HTTPException):
    # The JSON this API answers with, and the router's Allow header.
    return JSONResponse(status_code=405, content={"message": "Method Not Allowed"}, headers=exc.headers)
