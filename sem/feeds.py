"""RSS of new stages: the whole registry's (`<registry>/feed/`) and one submission's
(`<submission>/feed/`, "follow this submission").

Items are stages of public submissions only (cec_site.core.visibility); links are absolute,
on the Site's address, as every absolute URL of the site (page.get_full_url).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext as _

ITEMS_PER_FEED = 30


class StageFeed(Feed):
    """One instance per request (the routes make it), so it may keep the request."""

    def __call__(self, request, *, registry=None, submission=None):
        self.request = request
        self.registry = registry
        self.submission = submission
        return super().__call__(request)

    def get_object(self, request, *args, **kwargs):
        return self.submission or self.registry

    def title(self, obj):
        if self.submission is not None:
            return _("%(identifier)s: new stages") % {"identifier": obj.identifier}
        return _("Submissions on Enforcement Matters: new stages")

    def description(self, obj):
        if self.submission is not None:
            return obj.title
        return _(
            "Each new stage of the submissions asserting that Canada, Mexico or the United "
            "States is failing to effectively enforce its environmental law."
        )

    def link(self, obj):
        return obj.get_full_url(self.request)

    def author_name(self):
        return _("Commission for Environmental Cooperation")

    def items(self, obj):
        # The registry's or the one submission's stages (sem/models.py: feed_stages()).
        stages = obj.feed_stages().select_related("page").order_by("-date", "-sort_order", "-pk")
        items = list(stages[:ITEMS_PER_FEED])
        for stage in items:
            stage.feed_link = f"{stage.page.get_full_url(self.request)}#stage-{stage.pk}"
        return items

    def item_title(self, stage):
        return f"{stage.page.identifier} · {stage.label}: {stage.page.title}"

    def item_description(self, stage):
        return stage.decision or stage.page.summary

    def item_link(self, stage):
        return stage.feed_link

    def item_guid(self, stage):
        return stage.feed_link

    def item_pubdate(self, stage):
        return timezone.make_aware(datetime.datetime.combine(stage.date, datetime.time.min))
