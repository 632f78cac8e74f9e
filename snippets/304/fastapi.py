import re

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint(request: Request):
    etag = '"v1"'  # the current version of the resource
    # Starlette has no conditional requests outside StaticFiles: read the
    # If-None-Match list here. "*", or a tag equal to the ETag under weak
    # comparison (W/ ignored, RFC 9110 13.1.2), means the client's copy is
    # current: 304 with no body.
    tags = re.findall(r'\*|(?:W/)?"[^"]*"', request.headers.get('If-None-Match', ''))
    if '*' in tags or etag in (tag.removeprefix('W/') for tag in tags):
        return Response(status_code=304, headers={'ETag': etag})
    return JSONResponse(status_code=200, content={"message": "OK"}, headers={'ETag': etag})
