"""The sections of the site (projects, publications, impact stories…) as plug-ins.

Each section app registers itself here from its AppConfig.ready(): its index and page models,
the card that shows one of its pages, how a topic reaches its pages and in which order, and
its labels. Core, topics, home, search, the machine doors and the demo loader iterate
`all_sections()`; none of them names a section, so a new section is a new app plus one line
in INSTALLED_APPS (tests/core/test_sections.py holds core to that).

Order: INSTALLED_APPS order, which is also the order topics and search list them in.
"""

from dataclasses import dataclass, field

from django.apps import apps


@dataclass(frozen=True)
class Section:
    key: str  # short, URL-safe and stable: search's `type=` filter, element ids
    label: str  # its name in the plural ("Publications"), translatable
    item_label: str  # one of its pages ("Publication"), translatable
    index_model: str  # "app_label.ModelName" of its listing page
    page_model: str  # "app_label.ModelName" of its pages
    card_template: str  # renders one page as a card; the page is `item` in it
    topic_relation: str = ""  # related_name of its pages' many-to-many field to TopicPage
    newest_first: tuple = ("-first_published_at",)  # ordering on a topic's page
    # The machine doors it opens (each door iterates the sections and serves those that say so):
    search: bool = True  # a `type=` choice of the site search
    feed: bool = False  # RSS and Atom of its new pages, at /feeds/<key>/rss/ and …/atom/
    api: bool = False  # read-only JSON at /api/v2/<key>/ (the page model's api_fields)
    oai: bool = False  # records of the OAI-PMH repository (needs `dublin_core`)
    demo: str = ""  # "<app>.demo.Class": its demo's steps (cec_site/home/demo/sections.py)
    # "module" of its own URL patterns (a counted download in front of Wagtail's routing…):
    # cec_site/urls.py includes it in every language, before Wagtail's pages.
    urls: str = ""
    # What the doors read of its pages beyond Wagtail's own (each optional, each read by the
    # doors alone; a section never imports a door, so these are plain values and classes):
    date_field: str = ""  # its pages' own date (a DateField): search results show it
    period_field: str = ""  # else the attribute search results show as a period ("year")
    api_listing_fields: tuple = ()  # shown for each item of its API listing, besides title…
    api_serializers: dict = field(default_factory=dict, compare=False)  # DRF field per api field
    feed_class: type | None = None  # Django Feed methods its feeds override (cec_site/feeds)
    dublin_core: type | None = None  # its OAI-PMH records' oai_dc (protocol: cec_site/oai)
    extras: dict = field(default_factory=dict, compare=False)  # what one door alone needs

    @property
    def index_class(self):
        return apps.get_model(self.index_model)

    @property
    def page_class(self):
        return apps.get_model(self.page_model)

    @property
    def topic_field(self):
        """The name of its pages' many-to-many field to topics ("topics"), or ""."""
        if not self.topic_relation:
            return ""
        for model_field in self.page_class._meta.get_fields():
            remote = getattr(model_field, "remote_field", None)
            if model_field.many_to_many and remote and remote.related_name == self.topic_relation:
                return model_field.name
        return ""


_registry = {}


def register(section):
    """Add a section (from its app's ready()); registering the same key again replaces it."""
    _registry[section.key] = section
    return section


def all_sections():
    """The registered sections, in the order of their apps in INSTALLED_APPS."""
    order = {config.name: index for index, config in enumerate(apps.get_app_configs())}

    def app_position(section):
        config = apps.get_app_config(section.page_model.split(".")[0])
        return order.get(config.name, len(order))

    return sorted(_registry.values(), key=app_position)


def section_of(page_or_model):
    """The section a page (or page model) belongs to, or None."""
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    label = model._meta.label
    return next((s for s in _registry.values() if label in (s.page_model, s.index_model)), None)


def get(key):
    return _registry.get(key)


def unregister(key):
    """Remove a section (tests that open a door for a while, then close it again)."""
    return _registry.pop(key, None)
