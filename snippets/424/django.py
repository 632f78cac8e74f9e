from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Failed Dependency"}, status=424)


urlpatterns = [
    path('endpoint', example),
]
