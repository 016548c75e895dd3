from cec_site.core.models.settings import SiteSettings

__all__ = ["SiteSettings"]
