"""Create the demo site: `manage.py load_demo_content` (idempotent), `--reset` to start over."""

import random

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Locale, Page, Site

from cec_site.core.models import SiteSettings
from cec_site.home.demo import content
from cec_site.home.demo.images import get_or_create_image
from cec_site.home.models import HomePage, SpotlightItem


class Command(BaseCommand):
    help = "Load the CEC demo site. Running it again changes nothing; --reset starts over."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page and build the site anew."
        )
        parser.add_argument(
            "--seed", type=int, default=2024, help="Random seed, for the same site every time."
        )

    @transaction.atomic
    def handle(self, *args, reset=False, seed=2024, **options):
        self.rng = random.Random(seed)
        self.ensure_locales()
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )
        if reset:
            for child in root.get_children():
                child.delete()
            self.stdout.write("Deleted the existing pages.")
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            home = self.create_home(root)
            self.stdout.write(self.style.SUCCESS(f"Created the home page at {home.url_path}"))
        else:
            self.stdout.write("The home page exists already: left as it is.")
        site = self.point_site_at(home)
        self.fill_site_settings(site)

    def ensure_locales(self):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            Locale.objects.get_or_create(language_code=code)

    def create_home(self, root):
        # Wagtail's first migration makes a placeholder "Welcome" page at /home/: replace it.
        for placeholder in root.get_children().filter(slug="home").not_type(HomePage):
            placeholder.delete()
        home = HomePage(slug="home", locale=Locale.get_default(), **content.HOME)
        for item in content.SPOTLIGHT:
            image = get_or_create_image(item["title"], self.rng, alt=item["image_alt"])
            home.spotlight_items.add(SpotlightItem(image=image, **item))
        root.add_child(instance=home)
        home.save_revision().publish()
        return home

    def point_site_at(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name="Commission for Environmental Cooperation",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Commission for Environmental Cooperation"
            site.save()
        return site

    def fill_site_settings(self, site):
        site_settings = SiteSettings.for_site(site)
        if not site_settings.contact_email:  # editors' own values are kept
            for field, value in content.SITE_SETTINGS.items():
                setattr(site_settings, field, value)
            site_settings.save()
