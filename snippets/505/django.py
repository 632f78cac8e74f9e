from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "HTTP Version Not Supported"}, status=505)


urlpatterns = [
    path('endpoint', example),
]
