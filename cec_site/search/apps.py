from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "cec_site.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.contrib.search_promotions.models import SearchPromotion

        from cec_site.core.cache import bump_content_version

        # Result pages are kept whole for anonymous visitors until content changes
        # (cec_site.core.page_cache): an editor's new or removed promotion is such a change.
        post_save.connect(
            bump_content_version, sender=SearchPromotion, dispatch_uid="cec-promotion-saved"
        )
        post_delete.connect(
            bump_content_version, sender=SearchPromotion, dispatch_uid="cec-promotion-deleted"
        )
