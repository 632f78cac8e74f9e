from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Too Many Requests"},
        status=429,
        headers={
            "Retry-After": "60",
        },
    )


urlpatterns = [
    path('endpoint', example),
]
