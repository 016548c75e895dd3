"""The site's URLs with the cheaper download route in front of Wagtail's (publications/views.py
`download_route`): the one line cec_site/urls.py needs, tried here before it has it."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import re_path

from cec_site import urls as site_urls
from publications.views import download_route

urlpatterns = [
    *i18n_patterns(
        re_path(r"^(?P<index_slug>[-\w]+)/(?P<slug>[-\w]+)/download/$", download_route),
        prefix_default_language=False,
    ),
    *site_urls.urlpatterns,
]
handler500 = site_urls.handler500
