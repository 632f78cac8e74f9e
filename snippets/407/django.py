from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Proxy Authentication Required"},
        status=407,
        headers={
            "Proxy-Authenticate": 'Basic realm="proxy"',
        },
    )


urlpatterns = [
    path('endpoint', example),
]
