from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Request Header Fields Too Large"}, status=431)


urlpatterns = [
    path('endpoint', example),
]
