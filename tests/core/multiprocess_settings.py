"""The settings `make run` uses (cec_site.settings.dev, so no REDIS_URL: the database cache),
for servers started by tests: static files come from the finders, as no collectstatic ran."""

from cec_site.settings.dev import *  # noqa: F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
