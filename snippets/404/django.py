from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Not Found"}, status=404)


urlpatterns = [
    path('endpoint', example),
]
