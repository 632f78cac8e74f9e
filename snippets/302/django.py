import json

from django.http import HttpResponseRedirect
from django.urls import path


def example(request):
    return HttpResponseRedirect(
        "https://example.com/new-endpoint",
        content=json.dumps({"message": "Found"}),
        content_type='application/json',
    )


urlpatterns = [
    path('endpoint', example),
]
