"""Uploads: images refuse SVG, keep no metadata and no original is served; publications accept
PDFs only; size and pixel limits hold."""

import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

import pytest
from PIL import ExifTags, Image

from cec_site.home.factories import PdfDocumentFactory, pdf_bytes
from publications.factories import PublicationPageFactory
from publications.models import PublicationPage
from tests.publications.test_publication_pages import publication_form_data

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'
)
SVG_REFUSED = "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF."


def image_upload(name, content):
    return {
        "title": "Hills",
        "file": SimpleUploadedFile(name, content, content_type="image/svg+xml"),
        "collection": Collection.get_first_root_node().pk,
    }


@pytest.mark.django_db
class TestImages:
    def test_an_svg_image_is_refused_with_a_clear_message(self, admin_client):
        response = admin_client.post(reverse("wagtailimages:add"), image_upload("logo.svg", SVG))
        assert response.status_code == 200  # the form again, with the error
        assert SVG_REFUSED in response.content.decode()
        assert not get_image_model().objects.exists()

    def test_an_svg_renamed_png_is_refused_too(self, admin_client):
        response = admin_client.post(reverse("wagtailimages:add"), image_upload("logo.png", SVG))
        assert response.status_code == 200
        assert "Not a valid .png image" in response.content.decode()
        assert not get_image_model().objects.exists()

    def test_the_multiple_upload_editors_use_refuses_svg_too(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")},
        )
        assert response.status_code == 200
        result = response.json()
        assert result["success"] is False
        assert SVG_REFUSED in result["error_message"]
        assert not get_image_model().objects.exists()


@pytest.mark.django_db
class TestSizeLimits:
    def test_limits_are_set(self, settings):
        assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 100 * 1024 * 1024
        assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
        assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000

    @override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=4 * 1024)
    def test_a_document_over_the_limit_is_refused_with_its_size(self, admin_client):
        big = pdf_bytes(pages=30)
        assert len(big) > 4 * 1024
        response = admin_client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "A long report",
                "file": SimpleUploadedFile("report.pdf", big, content_type="application/pdf"),
                "collection": Collection.get_first_root_node().pk,
            },
        )
        assert response.status_code == 200
        assert "This file is too big" in response.content.decode()
        assert "Maximum filesize 4.0\xa0KB" in response.content.decode()
        assert not get_document_model().objects.exists()


# publication_form_data's own ISBN (978-2-89700-123-4) fails its check digit, which the model now
# refuses; these tests are about the file.
VALID_ISBN = "978-2-89700-312-8"


def not_a_pdf(name, content):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(content), save=True)
    return document


@pytest.mark.django_db
class TestPublicationFile:
    @pytest.mark.parametrize(
        ("name", "content"),
        [
            ("minutes.docx", b"PK\x03\x04 a word processor file"),  # neither name nor content
            ("report.pdf", b"PK\x03\x04 a zip file named .pdf"),  # the name lies
            ("report.txt", pdf_bytes(pages=1)),  # a PDF, named as something else
        ],
        ids=["docx", "zip-named-pdf", "pdf-named-txt"],
    )
    def test_the_editor_cannot_attach_anything_but_a_pdf(
        self, admin_client, site_tree, name, content
    ):
        publication = PublicationPageFactory(
            parent=site_tree.publications, document=PdfDocumentFactory()
        )
        original = publication.document_id
        wrong = not_a_pdf(name, content)
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[publication.pk]),
            publication_form_data(
                title=publication.title,
                slug=publication.slug,
                document=str(wrong.pk),
                isbn=VALID_ISBN,
            ),
        )
        assert response.status_code == 200  # the editor again, with the error, nothing saved
        assert "The publication&#x27;s file must be a PDF (a .pdf file)." in (
            response.content.decode()
        )
        publication = PublicationPage.objects.get(pk=publication.pk)
        assert publication.document_id == original
        assert not publication.revisions.exists()  # not even a draft was saved

    def test_a_real_pdf_is_accepted(self, admin_client, site_tree):
        publication = PublicationPageFactory(parent=site_tree.publications)
        pdf = PdfDocumentFactory(pages=4)
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[publication.pk]),
            publication_form_data(
                title=publication.title,
                slug=publication.slug,
                document=str(pdf.pk),
                isbn=VALID_ISBN,
            ),
        )
        assert response.status_code == 302
        revision = PublicationPage.objects.get(pk=publication.pk).get_latest_revision()
        assert revision.content["document"] == pdf.pk
        assert revision.content["page_count"] == 4


# Images: pixel limit, no metadata, no originals served ----------------------------------------

GPS = ExifTags.IFD.GPSInfo
ORIENTATION = ExifTags.Base.Orientation
# Where the photo was taken (the CEC's Montreal office), as a phone writes it.
GPS_INFO = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (45.0, 30.0, 4.0),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (73.0, 33.0, 58.0),
}
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="45,30.07N"/></rdf:RDF></x:xmpmeta>'
)


def camera_exif(orientation=1):
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[ExifTags.Base.DateTime] = "2024:07:17 10:11:12"
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS).update(GPS_INFO)
    return exif


def photo(format_name="JPEG", size=(64, 32), orientation=1, **options):
    """A small photo with a phone's EXIF (maker, date, GPS position), XMP and a comment."""
    image = Image.new("RGB", size)
    for x in range(size[0]):  # a gradient, so that pixel comparisons mean something
        for y in range(size[1]):
            image.putpixel((x, y), (x * 4 % 256, y * 8 % 256, (x + y) % 256))
    buffer = io.BytesIO()
    if format_name == "JPEG":
        options.setdefault("comment", b"Taken at 1001 rue Sherbrooke")
        options.setdefault("xmp", XMP)
    if format_name in ("JPEG", "WEBP"):
        options.setdefault("quality", 90)
    image.save(buffer, format_name, exif=camera_exif(orientation), **options)
    return buffer.getvalue()


def assert_no_metadata(data):
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(GPS), "GPS position left in the file"
        assert set(exif) <= {ORIENTATION}, f"EXIF left: {dict(exif)}"
        assert not image.info.get("xmp") and not image.info.get("XML:com.adobe.xmp")
        assert not image.info.get("comment")
    for marker in (b"PhoneMaker", b"GPSLatitude", b"Sherbrooke", b"2024:07:17"):
        assert marker not in data


def pixels(data):
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def upload(admin_client, name, content, content_type):
    return admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Office",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.django_db
class TestImagePixels:
    @pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
    def test_a_121_megapixel_png_is_refused_before_it_is_decoded(self, admin_client):
        buffer = io.BytesIO()
        Image.new("1", (11000, 11000)).save(buffer, "PNG")  # 121 MP, ~15 KB on disk
        assert len(buffer.getvalue()) < 100_000
        response = upload(admin_client, "scan.png", buffer.getvalue(), "image/png")
        assert response.status_code == 200  # the form again, with the error
        assert "This file has too many pixels" in response.content.decode()
        assert "Maximum pixels 40000000" in response.content.decode()
        assert not get_image_model().objects.exists()

    def test_a_photo_under_the_limit_is_accepted(self, admin_client):
        buffer = io.BytesIO()
        Image.new("1", (8000, 5000)).save(buffer, "PNG")  # 40 MP exactly
        response = upload(admin_client, "scan.png", buffer.getvalue(), "image/png")
        assert response.status_code == 302
        assert get_image_model().objects.get().width == 8000


@pytest.mark.django_db
class TestImageMetadata:
    def test_a_phone_photo_loses_its_gps_and_exif_in_the_original_and_every_rendition(
        self, admin_client
    ):
        sent = photo(orientation=6)  # a phone held upright: pixels stored sideways
        with Image.open(io.BytesIO(sent)) as image:
            assert image.getexif().get_ifd(GPS)  # the test photo does hold a position
        response = upload(admin_client, "office.jpg", sent, "image/jpeg")
        assert response.status_code == 302
        image = get_image_model().objects.get()
        with image.open_file() as original:
            stored = original.read()
        assert_no_metadata(stored)
        # The photo itself is untouched (no re-encoding) and still stands upright.
        assert pixels(stored) == pixels(sent)
        with Image.open(io.BytesIO(stored)) as original:
            assert original.getexif()[ORIENTATION] == 6
        assert (image.width, image.height) == (64, 32)
        assert image.file_size == len(stored)
        for spec in ("fill-40x40", "width-32", "original", "width-32|format-png", "format-webp"):
            rendition = image.get_rendition(spec)
            with rendition.file.open("rb") as file:
                data = file.read()
            assert_no_metadata(data)
            with Image.open(io.BytesIO(data)) as made:
                assert ORIENTATION not in made.getexif()  # turned upright instead
                if spec == "original":
                    assert made.size == (32, 64)

    def test_the_multiple_uploader_strips_them_too(self, admin_client):
        response = admin_client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("office.jpg", photo(), content_type="image/jpeg")},
        )
        assert response.json()["success"] is True
        with get_image_model().objects.get().open_file() as original:
            assert_no_metadata(original.read())

    @pytest.mark.parametrize("format_name", ["PNG", "WEBP", "AVIF"])
    def test_other_formats_lose_their_metadata_too(self, admin_client, format_name):
        if format_name == "AVIF":
            from PIL import features

            if not features.check("avif"):
                pytest.skip("Pillow without AVIF")
        options = {"pnginfo": None}
        if format_name == "PNG":
            from PIL import PngImagePlugin

            info = PngImagePlugin.PngInfo()
            info.add_text("Comment", "Taken at 1001 rue Sherbrooke")
            info.add_itxt("XML:com.adobe.xmp", XMP.decode())
            options["pnginfo"] = info
        else:
            options = {"xmp": XMP}
        sent = photo(format_name, **options)
        with Image.open(io.BytesIO(sent)) as image:
            assert image.getexif().get_ifd(GPS)
        extension = format_name.lower()
        response = upload(admin_client, f"office.{extension}", sent, f"image/{extension}")
        assert response.status_code == 302
        with get_image_model().objects.get().open_file() as original:
            stored = original.read()
        assert_no_metadata(stored)
        if format_name != "AVIF":  # lossless formats stay pixel for pixel; AVIF is re-encoded
            assert pixels(stored) == pixels(sent)


@pytest.mark.django_db
class TestImageFiles:
    def test_originals_are_never_served_only_renditions(self, admin_client, client):
        upload(admin_client, "office.jpg", photo(), "image/jpeg")
        image = get_image_model().objects.get()
        assert image.file.name.startswith("original_images/")
        assert client.get(f"/media/{image.file.name}").status_code == 404
        rendition = image.get_rendition("width-32")
        assert rendition.file.name.startswith("images/")
        response = client.get(f"/media/{rendition.file.name}")
        assert response.status_code == 200
        b"".join(response.streaming_content)


class TestStrippingJpegWithoutReencoding:
    """The JPEG path copies the compressed image byte for byte: every kind of JPEG survives."""

    @pytest.mark.parametrize(
        "options",
        [
            {},
            {"progressive": True},
            {"restart_marker_blocks": 1},
            {"subsampling": 0, "quality": 95},
        ],
        ids=["baseline", "progressive", "restart-markers", "no-subsampling"],
    )
    def test_pixels_stay_and_metadata_goes(self, options):
        from cec_site.core.image_uploads import strip_metadata

        sent = photo(**options)
        stripped = strip_metadata(sent)
        assert_no_metadata(stripped)
        assert pixels(stripped) == pixels(sent)

    def test_the_colour_profile_stays_and_hidden_images_after_the_end_go(self):
        from PIL import ImageCms

        from cec_site.core.image_uploads import strip_metadata

        profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        # A second image after the first one's end (as MPF files from phones carry), with its
        # own GPS position.
        sent = photo(icc_profile=profile) + photo()
        stripped = strip_metadata(sent)
        assert_no_metadata(stripped)
        assert stripped.endswith(b"\xff\xd9") and stripped.count(b"\xff\xd8") == 1
        with Image.open(io.BytesIO(stripped)) as image:
            assert image.info["icc_profile"] == profile

    def test_an_image_with_no_metadata_is_kept_as_it_is(self):
        from cec_site.core.image_uploads import strip_metadata

        buffer = io.BytesIO()
        Image.new("RGB", (8, 8), "green").save(buffer, "JPEG")
        assert strip_metadata(buffer.getvalue()) == buffer.getvalue()
