from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Unprocessable Content"}, status=422)


urlpatterns = [
    path('endpoint', example),
]
