import json

from django.http import HttpResponsePermanentRedirect
from django.urls import path


def example(request):
    # preserve_request: the client repeats the method and body (308, not 301).
    return HttpResponsePermanentRedirect(
        "https://example.com/new-endpoint",
        preserve_request=True,
        content=json.dumps({"message": "Permanent Redirect"}),
        content_type='application/json',
    )


urlpatterns = [
    path('endpoint', example),
]
