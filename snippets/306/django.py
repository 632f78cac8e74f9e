from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "(Unused)"}, status=306)


urlpatterns = [
    path('endpoint', example),
]
