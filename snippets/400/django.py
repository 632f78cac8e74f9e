from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Bad Request"}, status=400)


urlpatterns = [
    path('endpoint', example),
]
