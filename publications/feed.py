"""What the feeds of new publications say and show beyond the feed door's defaults.

Django syndication's own Feed methods (plus the door's `section_queryset`), given to the
door through the section registry (publications/apps.py: `feed_class`); the door
(cec_site/feeds/feeds.py) mixes this class into its feeds, so nothing here imports it.
"""

import datetime

from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _


class PublicationFeed:
    def title(self, subject):
        if subject.topic is not None:
            return _("CEC publications on %(topic)s") % {"topic": subject.topic.title}
        return _("New CEC publications")

    def description(self, subject):
        return _(
            "Reports, papers and fact sheets of the Commission for Environmental Cooperation, "
            "newest first."
        )

    def section_queryset(self, subject):
        return (
            super()
            .section_queryset(subject)
            .select_related("document")
            .order_by("-publication_date", "-first_published_at", "title")
        )

    def item_pubdate(self, item):
        # A publication is dated by its day of publication, at midnight in the CEC's time zone.
        midnight = datetime.datetime.combine(item.publication_date, datetime.time.min)
        return timezone.make_aware(midnight)

    def item_author_name(self, item):
        return item.authors

    def item_enclosures(self, item):
        """Its PDF as the counted download, not the file in /documents/."""
        if item.document is None:
            return []
        # RSS asks for the length in bytes (read once from storage, then kept); 0 if unknown.
        length = item.document.get_file_size() or 0
        download = self.item_link(item) + item.reverse_subpage("download")
        return [Enclosure(download, str(length), "application/pdf")]
