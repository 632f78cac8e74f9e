import json
import re

from django.http import HttpResponse, JsonResponse
from django.urls import path


def example(request):
    body = json.dumps({"message": "Partial Content"}).encode()
    size = len(body)
    # Django serves no Range requests (FileResponse neither), so one byte range
    # is read here: "bytes=first-last", "bytes=first-" or the suffix "bytes=-length".
    match = re.fullmatch(r'bytes=(\d*)-(\d*)', request.headers.get('Range', ''))
    first, last = match.groups() if match else ('', '')
    if first and (not last or int(last) >= int(first)):
        start, end = int(first), (min(int(last), size - 1) if last else size - 1)
    elif last and not first:
        start, end = max(size - int(last), 0), size - 1
    else:
        # No Range, another unit, a malformed or several ranges: the whole body
        # (a server may ignore Range).
        return HttpResponse(body, content_type='application/json', headers={'Accept-Ranges': 'bytes'})
    if start >= size:
        # Not one byte of the body is in the range: 416, whose
        # Content-Range: bytes */<length> tells the client what it can ask for.
        return JsonResponse(
            {"message": "Range Not Satisfiable"},
            status=416,
            headers={'Content-Range': f'bytes */{size}'},
        )
    return HttpResponse(
        body[start:end + 1],
        status=206,
        content_type='application/json',
        headers={'Accept-Ranges': 'bytes', 'Content-Range': f'bytes {start}-{end}/{size}'},
    )


urlpatterns = [
    path('endpoint', example),
]
