"""Images of dossier articles: where they are kept, what may be uploaded, and their alt text.

Files are kept in ``DOSSIER_MEDIA_ROOT`` (default ``VAR_DIR/media/dossier/``) under random names
and reach a browser only through the image view, which asks ``permissions`` first and sends the
type read from the content on upload. The type is read from the file's first bytes (``filetype``),
never from its name or what the browser claimed: PNG, JPEG, GIF and WebP only (no SVG, which can
carry script). Every image needs alt text that says what it shows; a file name is refused.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_IMAGE_MB = 5
HEAD_BYTES = 262
IMAGE_TYPES = {
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/gif": "GIF",
    "image/webp": "WebP",
}
ALT_MAX_LENGTH = 300
#: Alt text that only names a file or says "image" tells a screen-reader user nothing.
FILE_NAME = re.compile(r"^[^\s/\\]*\.(png|jpe?g|gif|webp|svg|bmp|tiff?|heic|avif)$", re.IGNORECASE)
CAMERA_NAME = re.compile(r"^(img|dsc|dscn|dcim|pxl|screenshot|scherm\w*)[\s_-]?\d", re.IGNORECASE)
GENERIC_WORDS = {
    "afbeelding",
    "foto",
    "plaatje",
    "beeld",
    "image",
    "picture",
    "photo",
    "img",
    "alt",
}


def media_root() -> Path:
    configured = getattr(settings, "DOSSIER_MEDIA_ROOT", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "media" / "dossier"


class DossierStorage(FileSystemStorage):
    """Files with no address of their own: the image view serves them. The location is read from
    the settings on every use, so tests (and a changed setting) point it elsewhere."""

    def __init__(self):
        super().__init__(file_permissions_mode=0o640, directory_permissions_mode=0o750)

    @property
    def base_location(self):
        return str(media_root())

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Dossier images are served by their view; use ArticleImage.url.")


_STORAGE = DossierStorage()


def dossier_storage() -> DossierStorage:
    """The storage of article images (a callable, so migrations do not freeze its location)."""
    return _STORAGE


def stored_name(instance, filename: str) -> str:
    """A random name that says nothing about the image: the uploaded name is never used."""
    name = uuid.uuid4().hex
    return f"{name[:2]}/{name}"


def max_image_bytes() -> int:
    return int(getattr(settings, "DOSSIER_MAX_IMAGE_MB", DEFAULT_MAX_IMAGE_MB)) * 1024 * 1024


def allowed_labels() -> str:
    return ", ".join(IMAGE_TYPES.values())


def detect_image(upload, name: str) -> str:
    """The content type of an uploaded image, read from its content; refuses what is too large,
    empty or not a PNG, JPEG, GIF or WebP image."""
    limit = max_image_bytes()
    if upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is %(size)s; an image may be at most %(max)s. Make it smaller first."),
            code="too_large",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(limit),
            },
        )
    if not upload.size:
        raise ValidationError(
            _("“%(name)s” is empty. Choose the image again."), code="empty", params={"name": name}
        )
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in IMAGE_TYPES:
        raise ValidationError(
            _("“%(name)s” is not an image the dossier takes. Upload a %(allowed)s image."),
            code="file_type",
            params={"name": name, "allowed": allowed_labels()},
        )
    return kind.mime


def validate_alt(alt: str, filename: str = "") -> str:
    """Alt text says what the image shows: required, and never just a file name."""
    alt = " ".join((alt or "").split())
    if not alt:
        raise ValidationError(
            _("Describe what the image shows, for people who cannot see it (alt text)."),
            code="alt_required",
        )
    stem = Path(filename or "").stem.casefold()
    folded = alt.casefold()
    if (
        FILE_NAME.match(alt)
        or CAMERA_NAME.match(alt)
        or folded in GENERIC_WORDS
        or (filename and folded in {Path(filename).name.casefold(), stem})
    ):
        raise ValidationError(
            _(
                "“%(alt)s” is a file name or a placeholder, not a description. Write in a few "
                "words what the image shows."
            ),
            code="alt_filename",
            params={"alt": alt},
        )
    if len(alt) > ALT_MAX_LENGTH:
        raise ValidationError(
            _("Keep the alt text under %(max)d characters; put the rest in the caption."),
            code="alt_too_long",
            params={"max": ALT_MAX_LENGTH},
        )
    return alt
