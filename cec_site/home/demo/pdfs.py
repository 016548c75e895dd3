"""Demo PDFs written with fpdf2: real text, exactly the page count asked for, each opening on a
designed cover (the colour of the publication's first topic, its type and year, title, subtitle
and the CEC's name in the edition's language), which becomes the site's cover image
(publications/covers.py renders the first page)."""

import hashlib
import random
import textwrap
from dataclasses import dataclass
from datetime import datetime

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from fpdf import FPDF

from cec_site.home.demo.data import texts
from cec_site.home.demo.images import demo_collection

# fpdf2's built-in Helvetica covers Latin-1 (é, ñ, ç…), not typographic punctuation.
PUNCTUATION = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE"}
)


NEXT_LINE = {"new_x": "LMARGIN", "new_y": "NEXT"}
LEFT = 20  # mm


def latin1(text):
    return text.translate(PUNCTUATION).encode("latin-1", "replace").decode("latin-1")


def write_pdf(*, title, subtitle, summary, pages, citation, isbn="", language="en", style=None):
    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(False)
    pdf.set_title(latin1(title))
    pdf.set_author("Commission for Environmental Cooperation")
    pdf.set_lang(language)
    pdf.set_creation_date(datetime(2024, 1, 1))  # the same bytes on every run

    draw_cover(pdf, title, subtitle, style or CoverStyle(), language)
    # Body pages: pre-wrapped lines placed with text(), fifty times faster than multi_cell.
    body_lines = textwrap.wrap(latin1(summary), 95)
    header = latin1(title)[:90]
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 9)
        pdf.text(LEFT, 15, header)
        pdf.text(105, 265, str(number))
        y = 30
        if number == 2:
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(LEFT, y, "Please cite as:")
            pdf.set_font("Helvetica", "", 11)
            for line in textwrap.wrap(latin1(citation), 95):
                y += 6
                pdf.text(LEFT, y, line)
            if isbn:
                y += 8
                pdf.text(LEFT, y, f"ISBN: {isbn}")
            y += 14
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(LEFT, y, f"Section {number - 1}")
        pdf.set_font("Helvetica", "", 11)
        for line in body_lines:
            y += 6
            pdf.text(LEFT, y, line)
    return bytes(pdf.output())


def get_or_create_pdf(*, title, filename, **kwargs):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    language = kwargs.get("language", "en")
    # A translation's document is titled "Titre (fr)": its cover shows the title alone.
    cover_title = title.removesuffix(f" ({language})")
    content = write_pdf(title=cover_title, **kwargs)
    document = Document(title=title, collection=demo_collection())
    document.file.save(filename, ContentFile(content), save=False)
    # Stored with the row, as an upload through the admin does (one save, not three).
    document.file_size = len(content)
    document.file_hash = hashlib.sha1(content).hexdigest()  # noqa: S324 - Wagtail's own hash
    document.save()
    return document


# Designed covers --------------------------------------------------------------------------

# The topic tiles' colours (static/css/cec.css), white text above 4.5:1 on each.
TOPIC_COLOURS = {
    "teal": (0, 86, 107),
    "forest": (46, 107, 48),
    "ocean": (26, 79, 139),
    "earth": (109, 76, 65),
    "plum": (106, 61, 124),
    "slate": (62, 78, 92),
}
INK = (26, 31, 36)
MUTED = (74, 85, 96)
WHITE = (255, 255, 255)
PAGE_WIDTH, PAGE_HEIGHT = 215.9, 279.4  # Letter, mm
BAND = 188  # the coloured part of the cover, mm from the top


@dataclass(frozen=True)
class CoverStyle:
    colour: tuple = TOPIC_COLOURS["teal"]
    kind: str = ""
    year: int | None = None


def tint(colour, amount):
    """`colour` mixed with white (amount > 0) or black (amount < 0)."""
    target = 255 if amount > 0 else 0
    return tuple(round(c + (target - c) * abs(amount)) for c in colour)


def draw_cover(pdf, title, subtitle, style, language):
    """The first page: a band in the topic's colour with hills drawn from the title (each
    cover its own), the CEC's emblem and name, type and year, title and subtitle."""
    site = texts("site")
    names = site.get(language, site["en"])["cover"]  # the CEC's name, acronym and countries
    rng = random.Random(title)  # noqa: S311 - a drawing, not a secret
    colour = style.colour
    pdf.add_page()
    pdf.set_fill_color(*colour)
    pdf.rect(0, 0, PAGE_WIDTH, BAND, style="F")
    # A large pale sun and three ranges of hills, darker towards the front.
    pdf.set_fill_color(*tint(colour, 0.18))
    radius = rng.uniform(38, 58)
    centre_x = rng.uniform(120, 185)
    pdf.ellipse(centre_x - radius, 22 - radius, 2 * radius, 2 * radius, style="F")
    for layer, shade in enumerate((0.10, -0.18, -0.34)):
        base = BAND - 36 + 12 * layer
        points = [(0, BAND)]
        for x in range(0, int(PAGE_WIDTH) + 24, 24):
            points.append((x, base + rng.uniform(-9, 9)))
        points.append((PAGE_WIDTH, BAND))
        pdf.set_fill_color(*tint(colour, shade))
        pdf.polygon(points, style="F")
    # The emblem: three linked circles (Canada, Mexico, the United States), and the acronym.
    pdf.set_draw_color(*WHITE)
    pdf.set_line_width(0.9)
    for dx, dy in ((0, 0), (7, 0), (3.5, 6)):
        pdf.ellipse(LEFT + dx, 16 + dy, 9, 9, style="D")
    pdf.set_text_color(*WHITE)
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_xy(LEFT + 21, 19)
    pdf.cell(0, 8, names["acronym"])
    # Type and year, title, subtitle.
    pdf.set_xy(LEFT, 58)
    label = " | ".join(str(part) for part in (style.kind.upper(), style.year) if part)
    if label:
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_char_spacing(1.2)
        pdf.cell(0, 6, latin1(label), **NEXT_LINE)
        pdf.set_char_spacing(0)
        pdf.ln(5)
    size = 34 if len(title) <= 60 else 28 if len(title) <= 100 else 22
    pdf.set_font("Helvetica", "B", size)
    pdf.set_x(LEFT)
    pdf.multi_cell(PAGE_WIDTH - 2 * LEFT, size * 0.43, latin1(title), align="L", **NEXT_LINE)
    if subtitle:
        pdf.ln(4)
        pdf.set_font("Helvetica", "I", 17 if len(subtitle) <= 90 else 14)
        pdf.set_x(LEFT)
        pdf.multi_cell(PAGE_WIDTH - 2 * LEFT, 7.5, latin1(subtitle), align="L", **NEXT_LINE)
    # Below the band: a rule in the topic's colour, the CEC's name and its three countries.
    pdf.set_fill_color(*colour)
    pdf.rect(LEFT, BAND + 22, 28, 1.6, style="F")
    pdf.set_text_color(*INK)
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(LEFT, BAND + 30)
    pdf.cell(0, 8, latin1(names["name"]), **NEXT_LINE)
    pdf.set_text_color(*MUTED)
    pdf.set_font("Helvetica", "", 12)
    pdf.set_x(LEFT)
    pdf.cell(0, 6, latin1(names["countries"]), **NEXT_LINE)
    pdf.set_fill_color(*colour)
    pdf.rect(0, PAGE_HEIGHT - 8, PAGE_WIDTH, 8, style="F")
    pdf.set_text_color(*INK)


def cover_style(topic, kind, year):
    """The cover of a publication whose first topic is `topic` (its English title, or None):
    that topic's colour (data/topics.json), its document type's name and its year."""
    colour_names = {values["title"]: values["colour"] for values in texts("topics")["en"]["items"]}
    return CoverStyle(TOPIC_COLOURS.get(colour_names.get(topic), TOPIC_COLOURS["teal"]), kind, year)


# One-page documents: a registry's letters and decisions -----------------------------------

ORGANISATION = {
    "en": "Commission for Environmental Cooperation",
    "fr": "Commission de coopération environnementale",
    "es": "Comisión para la Cooperación Ambiental",
}


def get_or_create_one_page_pdf(*, title, filename, heading, subtitle, summary, language):
    """A one-page document (heading, title, summary and the CEC's name), by its title."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        content = write_one_page_pdf(heading, subtitle, summary, language)
        document.file.save(filename, ContentFile(content), save=False)
        document.save()
    return document


def write_one_page_pdf(heading, title, summary, language):
    def latin1(text):
        return text.replace("’", "'").encode("latin-1", "replace").decode("latin-1")

    pdf = FPDF(format="Letter")
    pdf.set_title(latin1(heading))
    pdf.set_lang(language)
    pdf.set_creation_date(datetime(2024, 1, 1))  # the same bytes on every run
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, latin1(heading), **NEXT_LINE)
    pdf.set_font("Helvetica", "", 13)
    pdf.multi_cell(0, 8, latin1(title), **NEXT_LINE)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, latin1(summary), **NEXT_LINE)
    pdf.ln(8)
    pdf.multi_cell(0, 6, latin1(ORGANISATION[language]), **NEXT_LINE)
    return bytes(pdf.output())
