from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Misdirected Request"}, status=421)


urlpatterns = [
    path('endpoint', example),
]
