from django.http import JsonResponse
from django.urls import path


def example(request):
    # The server answers `Expect: 100-continue` with the interim 100 Continue
    # itself (uvicorn, when Django reads the body; runserver, on reading the
    # headers), to HTTP/1.1 clients only, so the client sends the body read here.
    upload = request.body
    return JsonResponse({"message": "OK"}, status=200)


urlpatterns = [
    path('endpoint', example),
]
