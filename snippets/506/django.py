from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Variant Also Negotiates"}, status=506)


urlpatterns = [
    path('endpoint', example),
]
