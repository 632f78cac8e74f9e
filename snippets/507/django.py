from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Insufficient Storage"}, status=507)


urlpatterns = [
    path('endpoint', example),
]
