from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Unauthorized"},
        status=401,
        headers={
            "WWW-Authenticate": 'Bearer realm="example"',
        },
    )


urlpatterns = [
    path('endpoint', example),
]
