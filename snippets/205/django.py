from django.http import HttpResponse
from django.urls import path


def example(request):
    # No content: a bare HttpResponse, not a JsonResponse (which always has a body).
    response = HttpResponse(status=205)
    # Say so (RFC 9110 15.3.6): without a Content-Length the server would frame
    # the empty body as chunked.
    response['Content-Length'] = '0'
    return response


urlpatterns = [
    path('endpoint', example),
]
