from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "cec_site.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        # why: ready() is where Django allows signal wiring that imports models
        from cec_site.core.cache import connect_signals

        connect_signals()

        # moderation: no route around moderation (wagtail-localize included), /documents/
        # keeps embargoed files. translation_references: references follow the language, on
        # every page revision, with warnings in the editor. Their hooks register on import.
        # why: imported in ready(), once the models are loaded (they import them)
        from cec_site.core import (
            moderation,  # noqa: F401
            translation_references,
        )

        translation_references.connect_signals()
