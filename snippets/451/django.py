from django.http import JsonResponse
from django.urls import path


def example(request):
    return JsonResponse(
        {"message": "Unavailable For Legal Reasons"},
        status=451,
        headers={
            # RFC 7725: a Link with rel="blocked-by" names who demands the blocking.
            'Link': '<https://example.com/legal>; rel="blocked-by"',
        },
    )


urlpatterns = [
    path('endpoint', example),
]
