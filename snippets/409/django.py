from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Conflict"}, status=409)


urlpatterns = [
    path('endpoint', example),
]
