from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "IM Used"}, status=226)


urlpatterns = [
    path('endpoint', example),
]
