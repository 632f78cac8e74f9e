from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Service Unavailable"}, status=503)


urlpatterns = [
    path('endpoint', example),
]
