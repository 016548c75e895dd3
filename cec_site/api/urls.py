"""/api/v2/: Wagtail's API v2, outside the language prefixes (`?locale=` picks a language)."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter

from cec_site.api.views import ENDPOINTS, api_root

api_router = WagtailAPIRouter("wagtailapi")
for endpoint in ENDPOINTS:
    api_router.register_endpoint(endpoint.name, endpoint)

urlpatterns = [
    path("", api_root, name="api_root"),
    path("", api_router.urls),
]
