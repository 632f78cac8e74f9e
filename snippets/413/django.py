from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse({"message": "Content Too Large"}, status=413)


urlpatterns = [
    path('endpoint', example),
]
