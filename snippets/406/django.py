from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Not Acceptable"}, status=406)


urlpatterns = [
    path('endpoint', example),
]
