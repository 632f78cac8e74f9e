from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Precondition Required"}, status=428)


urlpatterns = [
    path('endpoint', example),
]
