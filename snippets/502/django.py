from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Bad Gateway"}, status=502)


urlpatterns = [
    path('endpoint', example),
]
