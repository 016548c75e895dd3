"""`manage.py generate_covers`: every language edition's cover, made from its own PDF.

Pages saved since covers exist have theirs (publications/covers.py makes them on save); this
catches up the editions saved before, and those whose cover is out of date (a new RENDERING).
Covers already up to date are left as they are, so running it again costs a few queries.
`--force` makes every cover anew. Covers no edition uses any more are deleted.
"""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.images import get_image_model

from publications import covers
from publications.models import PublicationPage


class Command(BaseCommand):
    help = "Make the cover of every publication edition from the first page of its PDF."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Make every cover again, even if up to date."
        )

    def handle(self, *args, force=False, **options):
        started = time.monotonic()
        if force:
            with transaction.atomic():
                PublicationPage.objects.exclude(cover=None).update(cover=None)
                self.delete_unused()
        changed = without = 0
        private_paths = covers.private_collection_paths()
        editions = (
            PublicationPage.objects.select_related("document__collection", "cover")
            .defer_streamfields()
            .order_by("pk")
        )
        for page in editions.iterator(chunk_size=200):
            with transaction.atomic():
                if covers.refresh_saved(page, private_paths):
                    changed += 1
            if page.document_id is not None and page.cover_id is None:
                without += 1
        deleted = self.delete_unused()
        if options.get("verbosity", 1):
            self.stdout.write(
                f"Covers: {changed} made or changed, {without} editions with a PDF but no cover "
                f"(unreadable: see the warnings), {deleted} unused deleted, in "
                f"{time.monotonic() - started:.1f} s."
            )

    @staticmethod
    def delete_unused():
        used = PublicationPage.objects.exclude(cover=None).values("cover_id")
        unused = (
            get_image_model()
            .objects.filter(collection__name=covers.COLLECTION_NAME, file__contains="/cover-")
            .exclude(pk__in=used)
        )
        count = 0
        for image in unused:  # one by one: Wagtail deletes each file and its renditions
            image.delete()
            count += 1
        return count
