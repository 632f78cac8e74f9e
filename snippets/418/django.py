from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "I'm a teapot"}, status=418)


urlpatterns = [
    path('endpoint', example),
]
