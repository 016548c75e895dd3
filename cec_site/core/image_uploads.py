"""Image uploads keep no metadata: EXIF (camera, GPS position, dates), XMP, IPTC and comments are
removed from the file before Wagtail stores it, so neither the original nor any rendition (which
Willow makes from the original, copying its EXIF) can tell where or when a photo was taken.

Wagtail 8 has no setting for this; its image form can be given a base class
(WAGTAILIMAGES_IMAGE_FORM_BASE), which every admin upload goes through: the image library, the
multiple uploader and the chooser's upload tab. `StripImageMetadata` is the mixin for that base
class (cec_site.core.moderation.ModeratedImageForm); `ImageForm` is the mixin on Wagtail's own
form, for a site without moderation rules.

JPEG, PNG and WebP lose their metadata without being re-encoded (the compressed image data is
copied byte for byte); only the orientation is kept, in a minimal EXIF block, so that phone photos
still stand the right way up. AVIF (and anything else Pillow can write) is re-encoded without
metadata, turned upright first. GIF has no EXIF and is left as it is.
"""

import io
import struct
import zlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

from PIL import Image, ImageOps

ORIENTATION = 0x0112

JPEG_SOI = b"\xff\xd8"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# PNG chunks that hold metadata: EXIF, text (author, comments, XMP in iTXt) and time.
PNG_METADATA = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
WEBP_METADATA = {b"EXIF", b"XMP "}
WEBP_EXIF_FLAG, WEBP_XMP_FLAG = 0x08, 0x04


def _orientation(data):
    """The EXIF orientation (1–8) of an image, 1 when it has none."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            value = image.getexif().get(ORIENTATION, 1)
    except Exception:  # noqa: BLE001 (no readable EXIF: nothing to keep)
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _minimal_exif(orientation):
    """An EXIF block (starting "Exif\\0\\0") holding only the orientation; None for upright."""
    if orientation == 1:
        return None
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    return exif.tobytes()


def _strip_jpeg(data, exif):
    """The JPEG without APP1 (EXIF, XMP), APP13 (IPTC), other application blocks and comments,
    and without whatever follows its end marker (e.g. the extra images of MPF files, each with
    its own EXIF). Kept: JFIF (APP0), the ICC colour profile (APP2), Adobe's colour transform
    (APP14) and every block that makes the image itself.
    """
    out = bytearray(JPEG_SOI)
    position = 2
    exif_written = exif is None
    while position < len(data):
        if data[position] != 0xFF:
            raise ValueError("not a JPEG marker")
        while data[position] == 0xFF:  # fill bytes
            position += 1
        marker = data[position]
        position += 1
        if marker == 0xD9:  # end of image: anything after it is dropped
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += bytes((0xFF, marker))
            continue
        (length,) = struct.unpack(">H", data[position : position + 2])
        segment = data[position - 2 : position + length]
        payload = data[position + 2 : position + length]
        position += length
        if not exif_written and marker != 0xE0:
            out += b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
            exif_written = True
        application = 0xE0 <= marker <= 0xEF
        keep = (
            not application
            or marker in (0xE0, 0xEE)
            or (marker == 0xE2 and payload.startswith(b"ICC_PROFILE\x00"))
        )
        if marker == 0xFE:  # comment
            keep = False
        if keep:
            out += segment
        if marker == 0xDA:  # start of scan: copy the compressed data up to the next marker
            end = position
            while True:
                end = data.index(b"\xff", end)
                following = data[end + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:  # stuffed byte, restart
                    end += 2
                elif following == 0xFF:  # fill byte before a marker
                    end += 1
                else:
                    break
            out += data[position:end]
            position = end
    out += b"\xff\xd9"
    return bytes(out)


def _png_chunk(kind, payload):
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def _strip_png(data, exif):
    out = bytearray(PNG_SIGNATURE)
    position = len(PNG_SIGNATURE)
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        chunk = data[position : position + 12 + length]
        position += 12 + length
        if kind in PNG_METADATA:
            continue
        if kind == b"IDAT" and exif is not None:
            out += _png_chunk(b"eXIf", exif[len(b"Exif\x00\x00") :])
            exif = None
        out += chunk
        if kind == b"IEND":
            break
    return bytes(out)


def _strip_webp(data, exif):
    chunks = []
    position = 12
    while position + 8 <= len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack("<I", data[position + 4 : position + 8])
        payload = data[position + 8 : position + 8 + length]
        position += 8 + length + (length & 1)
        if kind in WEBP_METADATA:
            continue
        if kind == b"VP8X":
            flags = payload[0] & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG)
            if exif is not None:
                flags |= WEBP_EXIF_FLAG
            payload = bytes((flags,)) + payload[1:]
        chunks.append((kind, payload))
    if exif is not None and chunks and chunks[0][0] == b"VP8X":
        chunks.append((b"EXIF", exif[len(b"Exif\x00\x00") :]))
    body = b"".join(
        kind + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")
        for kind, payload in chunks
    )
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def _reencode(data):
    """Anything else Pillow writes (AVIF): re-encoded, upright, with no metadata at all."""
    with Image.open(io.BytesIO(data)) as image:
        image_format = image.format
        if image_format in (None, "GIF"):
            return data
        upright = ImageOps.exif_transpose(image)
        upright.info.pop("exif", None)
        upright.info.pop("xmp", None)
        output = io.BytesIO()
        options = {"exif": b"", "xmp": b""}
        if "icc_profile" in image.info:
            options["icc_profile"] = image.info["icc_profile"]
        if image_format in ("AVIF", "HEIF"):
            options["quality"] = 90
        upright.save(output, format=image_format, **options)
        return output.getvalue()


def strip_metadata(data):
    """The image file `data` (bytes) without its metadata, in the same format."""
    if data.startswith(JPEG_SOI):
        return _strip_jpeg(data, _minimal_exif(_orientation(data)))
    if data.startswith(PNG_SIGNATURE):
        return _strip_png(data, _minimal_exif(_orientation(data)))
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _strip_webp(data, _minimal_exif(_orientation(data)))
    if data[:4] == b"GIF8":
        return data
    return _reencode(data)


def strip_uploaded_file(uploaded):
    """Rewrite an uploaded file (Django's UploadedFile) in place, without its metadata.

    In place, so that every later reader of the upload (the form, Wagtail's multiple uploader,
    which may keep request.FILES as it is) gets the stripped file.
    """
    uploaded.seek(0)
    stripped = strip_metadata(uploaded.read())
    uploaded.seek(0)
    uploaded.file.truncate()
    uploaded.file.write(stripped)
    uploaded.file.flush()
    uploaded.seek(0)
    uploaded.size = len(stripped)
    return uploaded


class StripImageMetadata:
    """Mixin for Wagtail's image form: a newly uploaded file loses its metadata."""

    def clean_file(self):
        parent = getattr(super(), "clean_file", None)
        file = parent() if parent else self.cleaned_data.get("file")
        # A new upload, already checked by Wagtail's field (format, size, pixel count); an
        # edit that keeps the stored file passes that file through untouched.
        if file is not None and hasattr(file, "content_type"):
            try:
                strip_uploaded_file(file)
            except (ValueError, IndexError, struct.error, OSError):
                raise ValidationError(
                    _(
                        "This image could not be read to the end. Please save it again (for "
                        "example, export it as JPEG or PNG) and upload it once more."
                    ),
                    code="unreadable_image",
                ) from None
        return file


class ImageForm(StripImageMetadata, BaseImageForm):
    """Wagtail's image form, with uploads stripped of their metadata."""
