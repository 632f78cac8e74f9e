from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Gateway Timeout"}, status=504)


urlpatterns = [
    path('endpoint', example),
]
