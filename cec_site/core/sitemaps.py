"""sitemap.xml: every public page in every language, each with its hreflang alternates.

Wagtail's own sitemap lists only the default language's tree (wagtail issue #12420).
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from cec_site.core.visibility import public


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        in_a_tree = Q()
        for path in roots:
            in_a_tree |= Q(path__startswith=path)
        return (
            public(Page.objects.filter(in_a_tree))
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        editions = defaultdict(dict)
        for item in items:
            url = item.get_full_url(self.request)
            if url:
                editions[item.translation_key][item.locale.language_code] = url
        urls, last_mods = [], set()
        for item in items:
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in sorted(editions[item.translation_key].items())
            ]
            default = editions[item.translation_key].get(settings.LANGUAGE_CODE)
            if default:
                alternates.append({"lang_code": "x-default", "location": default})
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates if len(alternates) > 2 else []
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
