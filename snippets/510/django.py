from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Not Extended"}, status=510)


urlpatterns = [
    path('endpoint', example),
]
