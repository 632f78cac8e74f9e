import json

from django.http import HttpResponseRedirect
from django.urls import path


def example(request):
    # preserve_request: the client repeats the method and body (307, not 302).
    return HttpResponseRedirect(
        "https://example.com/new-endpoint",
        preserve_request=True,
        content=json.dumps({"message": "Temporary Redirect"}),
        content_type='application/json',
    )


urlpatterns = [
    path('endpoint', example),
]
