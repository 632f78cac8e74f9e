from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Not Implemented"}, status=501)


urlpatterns = [
    path('endpoint', example),
]
