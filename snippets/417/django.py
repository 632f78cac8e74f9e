from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Expectation Failed"}, status=417)


urlpatterns = [
    path('endpoint', example),
]
