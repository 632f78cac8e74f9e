from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "URI Too Long"}, status=414)


urlpatterns = [
    path('endpoint', example),
]
