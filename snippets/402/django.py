from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Payment Required"}, status=402)


urlpatterns = [
    path('endpoint', example),
]
