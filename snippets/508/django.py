from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Loop Detected"}, status=508)


urlpatterns = [
    path('endpoint', example),
]
