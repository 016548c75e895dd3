import wagtail_factories


class ImageFactory(wagtail_factories.ImageFactory):
    """A real (small) image file, so renditions are really made."""

    title = "Hills under a pale sun"
