"""The site's URLs with the feeds and the API rebuilt from the section registry as it is now.

The site builds them once, at start-up; tests that open or close a section's door reload
this module (tests/discovery/test_section_doors.py) to see the registry's change.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.urls.resolvers import LocalePrefixPattern

from cec_site import urls as site_urls
from cec_site.api.urls import api_urlpatterns
from cec_site.api.views import endpoints
from cec_site.feeds.urls import feed_urlpatterns


def rebuilt():
    outside, inside = [], []
    for pattern in site_urls.urlpatterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            inside = [p for p in pattern.url_patterns if str(p.pattern) != "feeds/"]
        elif str(pattern.pattern) != "api/v2/":
            outside.append(pattern)
    return [
        path("api/v2/", include(api_urlpatterns(endpoints()))),
        *outside,
        *i18n_patterns(
            path("feeds/", include((feed_urlpatterns(), "feeds"))),
            *inside,
            prefix_default_language=False,
        ),
    ]


urlpatterns = rebuilt()
