from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Forbidden"}, status=403)


urlpatterns = [
    path('endpoint', example),
]
