import json

from django.http import HttpResponseRedirect
from django.urls import path


def example(request):
    return HttpResponseRedirect(
        "https://example.com/new-endpoint",
        status=303,
        content=json.dumps({"message": "See Other"}),
        content_type='application/json',
    )


urlpatterns = [
    path('endpoint', example),
]
