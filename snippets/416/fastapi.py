import json
import re

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint(request: Request):
    body = json.dumps({"message": "OK"}).encode()
    size = len(body)
    # Starlette serves Range for files only (FileResponse), so one byte range is
    # read here: "bytes=first-last", "bytes=first-" or the suffix "bytes=-length".
    match = re.fullmatch(r'bytes=(\d*)-(\d*)', request.headers.get('Range', ''))
    first, last = match.groups() if match else ('', '')
    if first and (not last or int(last) >= int(first)):
        start, end = int(first), (min(int(last), size - 1) if last else size - 1)
    elif last and not first:
        start, end = max(size - int(last), 0), size - 1
    else:
        # No Range, another unit, a malformed or several ranges: the whole body
        # (a server may ignore Range).
        return Response(body, media_type='application/json', headers={'Accept-Ranges': 'bytes'})
    if start >= size:
        # Not one byte of the body is in the range: Content-Range: bytes */<length>
        # tells the client what it can ask for.
        return JSONResponse(
            status_code=416,
            content={"message": "Range Not Satisfiable"},
            headers={'Content-Range': f'bytes */{size}'},
        )
    return Response(
        body[start:end + 1],
        status_code=206,
        media_type='application/json',
        headers={'Content-Range': f'bytes {start}-{end}/{size}'},
    )
