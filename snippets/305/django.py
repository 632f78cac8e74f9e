from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Use Proxy"}, status=305)


urlpatterns = [
    path('endpoint', example),
]
