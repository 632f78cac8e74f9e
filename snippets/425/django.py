from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Too Early"}, status=425)


urlpatterns = [
    path('endpoint', example),
]
