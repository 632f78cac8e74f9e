from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Internal Server Error"}, status=500)


urlpatterns = [
    path('endpoint', example),
]
