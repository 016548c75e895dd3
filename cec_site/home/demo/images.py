"""Demo images drawn with Pillow: nothing is downloaded."""

import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

from PIL import Image, ImageDraw

PALETTES = [
    ((0, 86, 107), (122, 184, 0)),
    ((0, 60, 75), (46, 125, 50)),
    ((21, 101, 192), (0, 150, 136)),
    ((93, 64, 55), (255, 160, 0)),
    ((46, 125, 50), (205, 220, 57)),
    ((69, 39, 160), (0, 172, 193)),
]


def demo_collection():
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name="Demo content").first()
    return existing or root.add_child(name="Demo content")


def draw_landscape(rng, width=1280, height=720):
    top, bottom = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(top[i] * (1 - t) + bottom[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    # Rolling hills: a few layered polygons give each image its own shape.
    for layer in range(3):
        base = int(height * (0.55 + 0.13 * layer))
        points = [(0, height)]
        for x in range(0, width + 80, 80):
            points.append((x, base + rng.randint(-60, 60)))
        points.append((width, height))
        shade = 30 + 40 * layer
        draw.polygon(points, fill=(shade // 2, shade, shade // 2 + 20))
    # A sun or moon.
    cx, cy, r = rng.randint(150, width - 150), rng.randint(80, height // 3), rng.randint(40, 90)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 236, 179))
    return image


def get_or_create_image(title, rng: random.Random, alt=""):
    """One image per title: running the loader twice reuses it."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_landscape(rng).save(buffer, format="JPEG", quality=82)
    slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]
    image = Image(title=title, description=alt, collection=demo_collection())
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"{slug}.jpg")
    image.save()
    return image
