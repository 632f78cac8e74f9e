from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Multiple Choices"},
        status=300,
        headers={
            "Location": "https://example.com/new-endpoint",
        },
    )


urlpatterns = [
    path('endpoint', example),
]
