from django.http import HttpResponse
from django.urls import path


def example(request):
    # No content: a bare HttpResponse, not a JsonResponse (which always has a body).
    return HttpResponse(status=204)


urlpatterns = [
    path('endpoint', example),
]
