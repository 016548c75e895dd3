from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cec_site.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from cec_site.core.cache import connect_signals

        connect_signals()
