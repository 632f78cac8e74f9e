from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Accepted"}, status=202)


urlpatterns = [
    path('endpoint', example),
]
