"""What may be uploaded as an article image, and what counts as alt text."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from werkplaats.dossier.images import detect_image, validate_alt

from .factories import png_bytes


def test_it_reads_the_type_from_the_content_not_the_name():
    upload = SimpleUploadedFile("foto.jpg", png_bytes(), content_type="image/jpeg")

    assert detect_image(upload, upload.name) == "image/png"


@pytest.mark.parametrize(
    "content",
    [
        b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        b"<html><script>alert(1)</script></html>",
        b"%PDF-1.7 not an image",
    ],
)
def test_it_refuses_what_is_not_a_png_jpeg_gif_or_webp(content):
    upload = SimpleUploadedFile("foto.png", content, content_type="image/png")

    with pytest.raises(ValidationError) as error:
        detect_image(upload, upload.name)
    assert error.value.code == "file_type"


def test_it_refuses_an_image_over_the_limit(settings):
    settings.DOSSIER_MAX_IMAGE_MB = 1
    upload = SimpleUploadedFile("groot.png", png_bytes() + b"\0" * 1024 * 1024)

    with pytest.raises(ValidationError) as error:
        detect_image(upload, upload.name)
    assert error.value.code == "too_large"


@pytest.mark.parametrize(
    "alt", ["", "   ", "IMG_2041.jpg", "foto.png", "IMG_2041", "DSC 0042", "Afbeelding", "wijkteam"]
)
def test_it_refuses_alt_text_that_is_empty_or_a_file_name(alt):
    with pytest.raises(ValidationError):
        validate_alt(alt, "wijkteam.png")


def test_it_accepts_a_description():
    assert validate_alt("  Twee wijkcoaches  op de markt ", "IMG_1.png") == (
        "Twee wijkcoaches op de markt"
    )
