"""Create the demo site: `manage.py load_demo_content` (idempotent), `--reset` to start over.

`--seed` makes the random parts (images, scaled dates) the same on every run; `--scale N`
adds N-1 numbered copies of every project and publication for load tests.

The default Site gets the address the site is served at (`--site-url`, by default
WAGTAILADMIN_BASE_URL, which `make run` sets from HOST and PORT), so that every absolute
address (canonical, sitemap, feeds, citations, OAI, API) points where the site answers.

Where the time goes (profiled on the full demo, 3 languages): Wagtail's search index and
reference index were rewritten on every save (about 40 % of the load, the search index
re-averaging its whole table each time on SQLite); both are now switched off while loading
and rebuilt once at the end. The rest is Wagtail's own page copies and revisions (one
revision a page), the 231 PDFs (fpdf2) and the 131 images (Pillow). Each step prints its time.
"""

import contextlib
import copy
import random
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from django.test.utils import override_settings

from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from tqdm import tqdm

from cec_site.core.cache import one_bump_for_all
from cec_site.core.models import ContactDetails, SiteSettings
from cec_site.home.demo.builder import DemoBuilder, step
from cec_site.home.demo.data import DATA, languages, texts
from cec_site.home.demo.sections import demo_sections, demos
from cec_site.home.demo.translate import Translator
from cec_site.home.factories import HomePageFactory
from cec_site.home.models import HomePage, SpotlightItem

# Old cec.org addresses of demo pages, in the three old formats (see import_legacy_redirects).
LEGACY_REDIRECTS = DATA / "legacy_redirects.csv"


class Command(BaseCommand):
    help = "Load the CEC demo site. Running it again changes nothing; --reset starts over."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page and build the site anew."
        )
        parser.add_argument(
            "--seed", type=int, default=2024, help="Random seed, for the same site every time."
        )
        parser.add_argument(
            "--history-days",
            type=int,
            default=400,
            help="Days of synthetic download history (default 400: over 12 months).",
        )
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply projects and publications by N (for benchmarks).",
        )
        parser.add_argument(
            "--site-url",
            default=None,
            help="The address the site is served at, for the default Site (default: "
            "WAGTAILADMIN_BASE_URL, e.g. http://127.0.0.1:8000).",
        )
        parser.add_argument(
            "--sections",
            nargs="+",
            metavar="KEY",
            help="Load the demo of these sections only (their keys; default: every section "
            "that has a demo).",
        )
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Skip the French and Spanish editions (benchmarks: translating thousands of "
            "scaled copies takes hours and the load tests read English pages).",
        )

    @transaction.atomic
    def handle(
        self,
        *args,
        reset=False,
        seed=2024,
        scale=1,
        history_days=400,
        english_only=False,
        site_url=None,
        sections=None,
        **options,
    ):
        if scale < 1:
            self.stderr.write("--scale must be 1 or more.")
            return
        chosen = demo_sections(warn=self.stderr.write)
        if sections:
            if unknown := set(sections) - {section.key for section in chosen}:
                raise CommandError(f"No demo for the section(s) {', '.join(sorted(unknown))}.")
            chosen = {section: demo for section, demo in chosen.items() if section.key in sections}
        self.rng = random.Random(seed)
        self.verbosity = options.get("verbosity", 1)
        started = time.monotonic()
        self.ensure_locales()
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )
        if reset:
            for child in root.get_children():
                child.delete()
            self.say("Deleted the existing pages.")
        pages_before = Page.objects.count()
        search_was_on = search_auto_update()
        with bulk_load():
            home = HomePage.objects.filter(locale=Locale.get_default()).first()
            created = home is None
            if created:
                home = self.create_home(root)
            site = self.point_site_at(home, site_url or settings.WAGTAILADMIN_BASE_URL)
            self.fill_site_settings(site)

            builder = DemoBuilder(home, self.rng, progress=self.progress)
            chosen = demos(builder, chosen)
            with self.step("English pages, images and PDFs"):
                builder.build(chosen, scale=scale)
                self.link_home(home, builder, spotlight=created)
            for language in () if english_only else languages():
                with self.step(f"{language} edition"):
                    Translator(builder, language, chosen).run(progress=self.progress)
            with self.step("Legacy redirects, download history and the Top 50"):
                # The old addresses lead into all three languages and several sections.
                if not english_only and not sections:
                    call_command("import_legacy_redirects", LEGACY_REDIRECTS, verbosity=0)
                for demo in chosen:
                    step(demo, "finish")(builder, history_days)
        if Page.objects.count() != pages_before:
            # What the saves above left out, written once for everything.
            with self.step("Search index and reference index"):
                if search_was_on:  # else the caller runs update_index (the benchmarks do)
                    call_command("update_index", verbosity=0)
                call_command("rebuild_references_index", verbosity=0)
        self.say(f"Loaded in {time.monotonic() - started:.1f} s.")
        counts = [f"{len(builder.pages[d.section.key])} {d.section.label.lower()}" for d in chosen]
        counts.append(f"{len(builder.topics)} topics")
        self.say(self.style.SUCCESS(f"Demo site ready: {', '.join(counts)}."))

    def say(self, message):
        if self.verbosity:
            self.stdout.write(message)

    @contextlib.contextmanager
    def step(self, name):
        """One long step: its name as it starts, its time as it ends."""
        self.say(f"  {name}…")
        started = time.monotonic()
        yield
        self.say(f"  {name}: {time.monotonic() - started:.1f} s")

    def progress(self, iterable, desc=""):
        return tqdm(iterable, desc=desc, disable=self.verbosity == 0, leave=False)

    def ensure_locales(self):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def create_home(self, root):
        # Wagtail's first migration makes a placeholder "Welcome" page at /home/: replace it.
        for placeholder in root.get_children().filter(slug="home").not_type(HomePage):
            placeholder.delete()
        home = HomePageFactory.build(
            slug="home", locale=Locale.get_default(), **texts("site")["en"]["home"]
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        return home

    def link_home(self, home, builder, spotlight):
        """Point the home page at the demo's featured pages, unless editors chose others."""
        site = texts("site")["en"]
        changed = False
        for field, title in site["featured"].items():
            page = builder.by_title(title)  # None when its section is not loaded (--sections)
            if getattr(home, f"{field}_id") is None and page is not None:
                setattr(home, field, page)
                changed = True
        if not home.what_we_do_links:
            home.what_we_do_links = [
                (
                    "link",
                    {"label": link["label"], "page": home_child(home, link["slug"]), "url": ""},
                )
                for link in site["what_we_do_links"]
            ]
            changed = True
        if spotlight:
            for values in site["spotlight"]:
                values = dict(values)
                values["link_page"] = builder.by_title(values.pop("link_title"))
                image = builder.image(values["title"], values["image_alt"])
                home.spotlight_items.add(SpotlightItem(image=image, **values))
            changed = True
        if changed:
            home.save_revision().publish()

    def point_site_at(self, home, site_url):
        """The default Site: rooted at the demo's home page, at the address it is served at."""
        hostname, port = host_and_port(site_url)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name="Commission for Environmental Cooperation",
            )
        if (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
            if site.root_page_id != home.pk:
                site.site_name = "Commission for Environmental Cooperation"
            site.root_page = home
            site.hostname, site.port = hostname, port
            site.save()
        return site

    def fill_site_settings(self, site):
        site_settings = SiteSettings.for_site(site)
        if not site_settings.contact_email:  # editors' own values are kept
            for field, value in texts("site")["en"]["site_settings"].items():
                setattr(site_settings, field, value)
            site_settings.save()
        # The footer's address, one per language (translations of the English one).
        english = None
        for language_code, values in texts("site").items():
            locale = Locale.objects.get(language_code=language_code)
            details = ContactDetails.objects.filter(locale=locale).first()
            if details is None:
                details = (
                    english.copy_for_translation(locale)
                    if english
                    else ContactDetails(locale=locale)
                )
                details.postal_address = values["postal_address"]
                details.save()
            english = english or details


def home_child(home, slug):
    """The page at this slug under the home page (the demo's own, whatever its type)."""
    return home.get_children().filter(slug=slug).specific().first()


def host_and_port(url):
    """("127.0.0.1", 8000) from "http://127.0.0.1:8000"; the scheme's port when none is given."""
    parts = urlsplit(url if "//" in url else f"http://{url}")
    if not parts.hostname:
        raise CommandError(f"Not an address the site could be served at: {url!r}")
    try:
        port = parts.port
    except ValueError as error:
        raise CommandError(f"Not an address the site could be served at: {url!r}") from error
    return parts.hostname, port or (443 if parts.scheme == "https" else 80)


def search_auto_update():
    return settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("AUTO_UPDATE", True)


@contextlib.contextmanager
def bulk_load():
    """Saves that write neither the search index nor the reference index (both rebuilt after)
    and make cached pages stale once, not once each."""
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    for backend in backends.values():
        backend["AUTO_UPDATE"] = False
    # With AUTO_UPDATE off the search handler still loads every saved object again to learn
    # it has nothing to do: leave it out altogether.
    indexed = [
        model
        for model in search_index.get_indexed_models()
        if post_save.disconnect(search_post_save, sender=model)
    ]
    try:
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            disable_reference_index_auto_update(),
            one_bump_for_all(),
        ):
            yield
    finally:
        for model in indexed:
            post_save.connect(search_post_save, sender=model)
