from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Non-Authoritative Information"}, status=203)


urlpatterns = [
    path('endpoint', example),
]
