from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Locked"}, status=423)


urlpatterns = [
    path('endpoint', example),
]
