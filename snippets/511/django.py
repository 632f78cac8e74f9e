from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Network Authentication Required"}, status=511)


urlpatterns = [
    path('endpoint', example),
]
