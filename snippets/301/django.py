import json

from django.http import HttpResponsePermanentRedirect
from django.urls import path


def example(request):
    return HttpResponsePermanentRedirect(
        "https://example.com/new-endpoint",
        content=json.dumps({"message": "Moved Permanently"}),
        content_type='application/json',
    )


urlpatterns = [
    path('endpoint', example),
]
