from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import etag


# The current version of the resource: ETag "v1". The etag decorator compares
# If-None-Match with it as RFC 9110 asks (weak comparison, "*" and lists of
# tags): on a match it answers 304 Not Modified, with no body, and the view
# does not run.
@etag(lambda request: '"v1"')
def example(request):
    return JsonResponse({"message": "OK"})


urlpatterns = [
    path('endpoint', example),
]
