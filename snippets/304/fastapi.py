from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get('/endpoint')
async def endpoint(request: Request):
    etag = '"v1"'  # the current version of the resource
    # Not Modified only when If-None-Match lists the current ETag (weak
    # comparison, as RFC 9110 asks): no body, no Content-Length.
    if_none_match = request.headers.get('If-None-Match', '')
    tags = [tag.strip().removeprefix('W/') for tag in if_none_match.split(',')]
    if etag in tags or '*' in tags:
        return Response(status_code=304, headers={'ETag': etag})
    return JSONResponse(status_code=200, content={"message": "OK"}, headers={'ETag': etag})
