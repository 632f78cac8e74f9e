from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Created"},
        status=201,
        headers={
            "Location": "https://example.com/endpoint/42",
        },
    )


urlpatterns = [
    path('endpoint', example),
]
