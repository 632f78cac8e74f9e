from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Precondition Failed"}, status=412)


urlpatterns = [
    path('endpoint', example),
]
