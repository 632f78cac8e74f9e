import json
import re

from fastapi import FastAPI, Request, Response

app = FastAPI()

@app.get('/endpoint')
async def endpoint(request: Request):
    body = json.dumps({"message": "Partial Content"}).encode()
    size = len(body)
    # One satisfiable byte range ("bytes=0-", "bytes=0-9") gets 206 with exactly
    # those bytes and a Content-Range counted from the body; anything else gets
    # the whole representation with 200 (a server may ignore Range).
    match = re.fullmatch(r'bytes=(\d+)-(\d*)', request.headers.get('Range', ''))
    if match:
        start = int(match[1])
        end = min(int(match[2] or size - 1), size - 1)
        if start <= end:
            return Response(
                body[start:end + 1],
                status_code=206,
                media_type='application/json',
                headers={'Content-Range': f'bytes {start}-{end}/{size}'},
            )
    return Response(body, status_code=200, media_type='application/json')
