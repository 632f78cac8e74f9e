from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Upgrade Required"},
        status=426,
        headers={
            "Upgrade": "HTTP/3.0",
            "Connection": "Upgrade",
        },
    )


urlpatterns = [
    path('endpoint', example),
]
