"""What the feeds of new projects say, beyond the feed door's defaults (Django syndication's
Feed methods, given through the section registry: projects/apps.py `feed_class`; the door,
cec_site/feeds/feeds.py, mixes this class in, so nothing here imports it)."""

from django.utils.translation import gettext as _


class ProjectFeed:
    def title(self, subject):
        if subject.topic is not None:
            return _("CEC projects on %(topic)s") % {"topic": subject.topic.title}
        return _("New CEC projects")

    def description(self, subject):
        return _(
            "Projects of Canada, Mexico and the United States through the Commission for "
            "Environmental Cooperation, newest first."
        )
