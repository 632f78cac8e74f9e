from django.http import JsonResponse
from django.urls import path


def example(request):
    # The server gives up on this connection: Connection: close tells the client,
    # and uvicorn closes the connection once the response is sent.
    return JsonResponse(
        {"message": "Request Timeout"},
        status=408,
        headers={
            'Connection': 'close',
        },
    )


urlpatterns = [
    path('endpoint', example),
]
