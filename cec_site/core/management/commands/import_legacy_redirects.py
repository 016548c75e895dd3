"""`manage.py import_legacy_redirects FILE.csv`: old cec.org addresses → permanent redirects.

The file has two columns, the old address and the new page's address, with an optional
`old_url,new_url` header:

    old_url,new_url
    /index.cfm?varlan=english&ID=2345,/publications/submissions-on-enforcement-matters/
    /index.cfm?varlan=french&ID=2345,/fr/publications/communications-sur-les-questions/
    http://www.cec.org/Page.asp?PageID=122&SiteNodeID=1043,/about/
    /islandora/en/item/11771-submissions-on-enforcement-matters-en.pdf,/publications/submissions-on-enforcement-matters/download/

Old addresses may be absolute or paths, and keep their query string: Wagtail's redirect
middleware matches path and query, in any order of the parameters (`Redirect.normalise_path`
sorts them). A new address is a live page's address in any language (`/fr/…`, `/es/…`), or a
route of one (`…/download/`); each redirect points at the page itself, so it follows the page
when an editor renames or moves it.

Running the same file again changes nothing; a changed row updates its redirect. A row that
cannot be imported (malformed, no such page, a duplicate) is reported with its line number and
skipped, the other rows are imported, and the command exits with an error status. Wagtail's own
`import_redirects` maps to addresses rather than pages and reports every re-imported row as
an error, so it does not fit here.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import get_language_from_path

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

HEADER = ["old_url", "new_url"]
OLD_PATH_MAX_LENGTH = Redirect._meta.get_field("old_path").max_length


class RowError(Exception):
    pass


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line number, message)


class PageResolver:
    """Finds the live page (and route of it) that an address on the default site leads to."""

    def __init__(self, site):
        self.site = site
        self.request = RequestFactory().get("/")

    def resolve(self, path):
        """(page, route path) for a path such as `/fr/publications/x/`, or None."""
        language = get_language_from_path(path)
        if language is None or language == settings.LANGUAGE_CODE:
            # The default language has no prefix: `/en/…` is not an address of this site.
            language, remainder = settings.LANGUAGE_CODE, path
        else:
            remainder = path.removeprefix(f"/{language}")
            if not remainder.startswith("/"):
                return None
        components = [component for component in remainder.split("/") if component]
        with translation.override(language):
            root = self.site.root_page.localized.specific
            try:
                page, _args, _kwargs = root.route(self.request, components)
            except Http404:
                return None
        page = page.specific
        if page.locale.language_code != language:
            return None  # no tree in that language: Wagtail fell back to another one
        page_path = urlsplit(page.get_url()).path
        if not path.startswith(page_path):
            return None
        route = path[len(page_path) - 1 :] if len(path) > len(page_path) else ""
        return page, route


def old_path_of(value):
    if not value:
        raise RowError("the old address is empty")
    if any(ord(character) < 32 for character in value):
        raise RowError("the old address holds control characters")
    parts = urlsplit(value)
    if parts.scheme not in ("", "http", "https") or (parts.scheme and not parts.netloc):
        raise RowError(f"the old address {value!r} is neither a path nor an http(s) URL")
    old_path = Redirect.normalise_path(value)
    if old_path == "/":
        raise RowError("the old address is the site's root")
    if len(old_path) > OLD_PATH_MAX_LENGTH:
        raise RowError(f"the old address is longer than {OLD_PATH_MAX_LENGTH} characters")
    return old_path


def new_path_of(value):
    if not value:
        raise RowError("the new address is empty")
    parts = urlsplit(value)
    if parts.scheme not in ("", "http", "https") or not parts.path.startswith("/"):
        raise RowError(f"the new address {value!r} is not a page's address (/…/)")
    if parts.query or parts.fragment:
        raise RowError(f"the new address {value!r} has a query string or #: give the page's")
    return parts.path if parts.path.endswith("/") else parts.path + "/"


def import_rows(lines, resolver, *, dry_run=False):
    """Create or update one permanent redirect per line; report the lines that failed."""
    report = ImportReport()
    seen = {}
    for position, (line_number, text) in enumerate(lines):
        try:
            row = parse_line(text)
            if position == 0 and [cell.strip().lower() for cell in row] == HEADER:
                continue
            if len(row) != 2:
                raise RowError(f"expected 2 columns (old address, new address), found {len(row)}")
            old_value, new_value = (cell.strip() for cell in row)
            old_path = old_path_of(old_value)
            if old_path in seen:
                raise RowError(f"the same old address as line {seen[old_path]}")
            seen[old_path] = line_number
            new_path = new_path_of(new_value)
            if resolver.resolve(urlsplit(old_path).path + "/") is not None:
                # Wagtail redirects only addresses that would be "not found".
                raise RowError(f"a live page answers {old_value}: it cannot redirect")
            target = resolver.resolve(new_path)
            if target is None:
                raise RowError(f"no live page answers {new_value}")
        except RowError as error:
            report.errors.append((line_number, str(error)))
            continue
        page, route = target
        outcome = save_redirect(old_path, page, route, dry_run=dry_run)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def save_redirect(old_path, page, route, *, dry_run):
    wanted = {
        "redirect_page_id": page.pk,
        "redirect_page_route_path": route,
        "redirect_link": "",
        "is_permanent": True,
        "automatically_created": False,
    }
    # Site-wide (site=None), like the old addresses, which every host name answered.
    existing = Redirect.objects.filter(old_path=old_path, site__isnull=True).first()
    if existing is None:
        if not dry_run:
            Redirect.objects.create(old_path=old_path, site=None, **wanted)
        return "created"
    if all(getattr(existing, name) == value for name, value in wanted.items()):
        return "unchanged"
    if not dry_run:
        for name, value in wanted.items():
            setattr(existing, name, value)
        existing.save()
    return "updated"


def read_lines(path):
    """(line number, text) of each line that is not blank."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as csv_file:
            lines = csv_file.read().splitlines()
    except FileNotFoundError as error:
        raise CommandError(f"There is no file {path}.") from error
    except IsADirectoryError as error:
        raise CommandError(f"{path} is a folder, not a CSV file.") from error
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} is not UTF-8 text: save it as CSV (UTF-8).") from error
    return [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]


def parse_line(text):
    """The cells of one line. Addresses never hold line breaks, so each line is one row."""
    try:
        return next(csv.reader([text], strict=True))
    except csv.Error as error:
        raise RowError(f"not a valid CSV line ({error})") from error


def import_file(path, *, dry_run=False):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise CommandError("There is no default site: create the site (and its pages) first.")
    lines = read_lines(path)
    with transaction.atomic():
        return import_rows(lines, PageResolver(site), dry_run=dry_run)


class Command(BaseCommand):
    help = (
        "Import old cec.org addresses as permanent redirects to the new pages, from a CSV "
        "file of two columns: old_url,new_url. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", type=Path, help="The CSV file (UTF-8).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every row; change nothing."
        )

    def handle(self, *args, csv_file, dry_run=False, **options):
        report = import_file(csv_file, dry_run=dry_run)
        for line_number, message in report.errors:
            self.stderr.write(f"{csv_file}, line {line_number}: {message}")
        verb = "Would import" if dry_run else "Imported"
        summary = (
            f"{verb}: {report.created} new, {report.updated} updated, "
            f"{report.unchanged} unchanged; {len(report.errors)} rows skipped."
        )
        if report.errors:
            raise CommandError(summary)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(summary))
