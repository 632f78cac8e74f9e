from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Request Timeout"}, status=408)


urlpatterns = [
    path('endpoint', example),
]
