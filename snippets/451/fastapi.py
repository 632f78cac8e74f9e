from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.api_route('/endpoint', methods=['GET', 'HEAD'])  # @app.get alone answers HEAD with 405
async def endpoint():
    return JSONResponse(
        status_code=451,
        content={"message": "Unavailable For Legal Reasons"},
        headers={
            # RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
            'Link': '<https://example.com/legal>; rel="blocked-by"',
        },
    )
