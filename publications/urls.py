"""The publications' own URLs, in every language, before Wagtail's routing (cec_site/urls.py
includes them through the section registry: publications/apps.py)."""

from django.urls import re_path

from publications import views

urlpatterns = [
    # A publication's counted download, found in one query before Wagtail's routing (which
    # then serves it as usual, hooks and restrictions included): publications/views.py.
    re_path(r"^(?P<index_slug>[-\w]+)/(?P<slug>[-\w]+)/download/$", views.download_route),
]
