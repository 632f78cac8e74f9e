from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Gone"}, status=410)


urlpatterns = [
    path('endpoint', example),
]
