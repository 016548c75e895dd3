"""/api/v2/: Wagtail's API v2, outside the language prefixes (`?locale=` picks a language).

One endpoint per section that opens the API door (cec_site/api/views.py), and topics.
"""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter

from cec_site.api.views import ENDPOINTS, api_root


def api_urlpatterns(endpoints):
    """The root (what /api/v2/ offers) and each endpoint's listing, detail and find."""
    router = WagtailAPIRouter("wagtailapi")
    for endpoint in endpoints:
        router.register_endpoint(endpoint.name, endpoint)
    names = [endpoint.name for endpoint in endpoints]
    return [
        path("", api_root, {"names": names}, name="api_root"),
        path("", router.urls),
    ]


urlpatterns = api_urlpatterns(ENDPOINTS)
