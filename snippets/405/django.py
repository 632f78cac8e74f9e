import json

from django.http import HttpResponseNotAllowed, JsonResponse
from django.urls import path


def example(request):
    # The resource serves POST only: any other method gets 405 and an Allow
    # header listing the permitted methods. @require_POST answers the same with
    # an empty body; this API answers with its JSON.
    if request.method != 'POST':
        return HttpResponseNotAllowed(
            ['POST'],
            content=json.dumps({"message": "Method Not Allowed"}),
            content_type='application/json',
        )
    return JsonResponse({"message": "OK"})


urlpatterns = [
    path('endpoint', example),
]
