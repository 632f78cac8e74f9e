from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "OK"}, status=200)


urlpatterns = [
    path('endpoint', example),
]
