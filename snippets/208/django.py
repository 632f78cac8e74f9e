from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Already Reported"}, status=208)


urlpatterns = [
    path('endpoint', example),
]
