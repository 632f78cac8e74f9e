from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Multi-Status"}, status=207)


urlpatterns = [
    path('endpoint', example),
]
