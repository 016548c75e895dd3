"""A publication's counted downloads: COUNTER's rules and the per-address daily cap are
core's (cec_site/core/downloads.py, the one rule for every counted file); what is a
publication's own is here.

- The file: one language edition's PDF. Its double-click window and unique marker are the
  edition's (its page id), the daily cap the publication's: all its language editions
  together (their translation key), as they rank together in the Top 50.
- The count: one row per edition and day in PublicationDownloadDay, which the Top 50
  (publications/ranking.py) and the editors' report (publications/reports.py) read.
"""

from functools import partial

from cec_site.core import downloads
from publications.models import PublicationDownloadDay


def add_download(publication_id, day, unique=True):
    """One more download for (edition, day), unique or not: one atomic upsert."""
    downloads.add_to_day(PublicationDownloadDay, "publication", publication_id, day, unique)


def count_download(request, publication):
    """Count this download if COUNTER and the daily cap say it counts. Returns True when
    counted (as a total request; unique or not)."""
    return downloads.count(
        request,
        item=publication.pk,
        group=publication.translation_key,
        record=partial(add_download, publication.pk),
        what=f"publication {publication.pk}",
    )


def counted_address(edition, document, request):
    """The counted download of a public edition's PDF (`/documents/` sends it there)."""
    page_url = edition.get_url(request=request)
    if page_url is None:  # not under any site: no counted route to send the visitor to
        return None
    return page_url + edition.reverse_subpage("download")
