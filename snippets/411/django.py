from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Length Required"}, status=411)


urlpatterns = [
    path('endpoint', example),
]
