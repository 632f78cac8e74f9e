from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Unsupported Media Type"}, status=415)


urlpatterns = [
    path('endpoint', example),
]
