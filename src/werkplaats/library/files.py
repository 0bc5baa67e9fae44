"""Files of library products: where they are kept and what may be uploaded.

Uploaded files are kept outside the web root, in ``PRIVATE_MEDIA_ROOT/library/`` under random
names, and reach a browser only through the download view, which asks ``permissions`` first.
What a file is, is read from its content (magic numbers, the parts of an Office or OpenDocument
archive, or text that decodes cleanly), never from the name or content type the browser sent;
the name's extension must then agree with the content, so a web page called ``.pdf`` is refused.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_UPLOAD_MB = 25
HEAD_BYTES = 8192
#: At most this much of an archive's index part is read; the rest is never unpacked.
ARCHIVE_PART_BYTES = 256 * 1024
MARKUP_START = re.compile(
    rb"^\s*<(!doctype|!--|html|head|body|script|svg|\?xml|iframe|meta|title|style|div|object)",
    re.IGNORECASE,
)
MARKUP_ANYWHERE = re.compile(rb"<(script|html|iframe|svg|object|embed)[\s>/]", re.IGNORECASE)


class PrivateStorage(FileSystemStorage):
    """A file system storage with no address on the web: its files are served by a view only.

    The location is read from the settings on every use, so tests (and a changed setting) point
    it elsewhere without a restart.
    """

    def __init__(self, subdirectory: str):
        self.subdirectory = subdirectory
        super().__init__(file_permissions_mode=0o640, directory_permissions_mode=0o750)

    @property
    def base_location(self):
        return str(Path(settings.PRIVATE_MEDIA_ROOT) / self.subdirectory)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public address; link to their download view.")


_LIBRARY_STORAGE = PrivateStorage("library")


def private_storage() -> PrivateStorage:
    """The storage of library files (a callable, so migrations do not freeze its location)."""
    return _LIBRARY_STORAGE


def stored_name(instance, filename: str) -> str:
    """A random name that says nothing about the file: the uploaded name is never used on disk."""
    name = uuid.uuid4().hex
    return f"{name[:2]}/{name}"


@dataclass(frozen=True)
class FileType:
    key: str
    label: str
    mime: str
    extensions: tuple[str, ...]
    #: Shown in the browser rather than downloaded: documents that run no script of ours.
    inline: bool = False


OOXML = "application/vnd.openxmlformats-officedocument"
ODF = "application/vnd.oasis.opendocument"
TYPES = {
    t.key: t
    for t in [
        FileType("pdf", "PDF", "application/pdf", (".pdf",), inline=True),
        FileType("docx", "Word (DOCX)", f"{OOXML}.wordprocessingml.document", (".docx",)),
        FileType("xlsx", "Excel (XLSX)", f"{OOXML}.spreadsheetml.sheet", (".xlsx",)),
        FileType("pptx", "PowerPoint (PPTX)", f"{OOXML}.presentationml.presentation", (".pptx",)),
        FileType("odt", "OpenDocument (ODT)", f"{ODF}.text", (".odt",)),
        FileType("ods", "OpenDocument (ODS)", f"{ODF}.spreadsheet", (".ods",)),
        FileType("odp", "OpenDocument (ODP)", f"{ODF}.presentation", (".odp",)),
        FileType("png", "PNG", "image/png", (".png",), inline=True),
        FileType("jpeg", "JPEG", "image/jpeg", (".jpg", ".jpeg"), inline=True),
        FileType("mp3", "MP3", "audio/mpeg", (".mp3",)),
        FileType("mp4", "MP4", "video/mp4", (".mp4",)),
        FileType("txt", "TXT", "text/plain", (".txt",)),
        FileType("csv", "CSV", "text/csv", (".csv",)),
    ]
}
BY_MIME = {t.mime: t for t in TYPES.values()}
BY_EXTENSION = {ext: t for t in TYPES.values() for ext in t.extensions}
#: The main part each Office format declares in ``[Content_Types].xml``.
OOXML_MAIN_PARTS = {
    b"wordprocessingml.document.main+xml": "docx",
    b"spreadsheetml.sheet.main+xml": "xlsx",
    b"presentationml.presentation.main+xml": "pptx",
}
TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def allowed_labels() -> str:
    return ", ".join(t.label for t in TYPES.values())


def max_upload_bytes() -> int:
    return int(getattr(settings, "LIBRARY_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB)) * 1024 * 1024


def type_of(content_type: str) -> FileType | None:
    return BY_MIME.get(content_type.split(";")[0].strip())


@dataclass(frozen=True)
class Detected:
    type: FileType
    content_type: str


def _read(upload, size: int | None = None) -> bytes:
    upload.seek(0)
    data = upload.read() if size is None else upload.read(size)
    upload.seek(0)
    return data


def _archive_type(upload) -> str | None:
    """docx, xlsx, pptx, odt, ods or odp by the parts of the archive; None for any other ZIP."""
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as part:
                    declared = part.read(100).decode("ascii", "replace").strip()
                found = BY_MIME.get(declared)
                return found.key if found and found.mime.startswith(ODF) else None
            if "[Content_Types].xml" in names:
                with archive.open("[Content_Types].xml") as part:
                    index = part.read(ARCHIVE_PART_BYTES)
                for marker, key in OOXML_MAIN_PARTS.items():
                    if marker in index:
                        return key
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, RuntimeError):
        return None
    finally:
        upload.seek(0)
    return None


def _text_encoding(data: bytes) -> str | None:
    """'utf-8' or 'windows-1252' when the bytes are plain text in it, else None."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not TEXT_CONTROL.search(text):
            return "utf-8" if encoding == "utf-8-sig" else "windows-1252"
        return None
    return None


def _looks_like_markup(head: bytes) -> bool:
    """HTML, SVG or XML: text a browser might run as a page, whatever the name says."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    return bool(MARKUP_START.match(head) or MARKUP_ANYWHERE.search(head))


def _refuse(message, **params):
    raise ValidationError(message, code="file_type", params=params)


def detect(upload, name: str) -> Detected:
    """What ``upload`` is, by its content; refuses what is not allowed or is not what its name
    says. ``name`` is the uploaded file's name (only its extension is compared)."""
    limit = max_upload_bytes()
    if upload.size > limit:
        raise ValidationError(
            _(
                "“%(name)s” is %(size)s; a file may be at most %(max)s. Make it smaller, or add a "
                "link to where it is published instead."
            ),
            code="too_large",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(limit),
            },
        )
    if not upload.size:
        raise ValidationError(
            _("“%(name)s” is empty. Choose the file again."), code="empty", params={"name": name}
        )
    head = _read(upload, HEAD_BYTES)
    found: FileType | None = None
    content_type = ""
    if head.startswith(b"PK\x03\x04"):
        key = _archive_type(upload)
        found = TYPES[key] if key else None
    elif (kind := filetype.guess(head)) is not None:
        found = BY_MIME.get(kind.mime)
    elif _looks_like_markup(head):
        _refuse(
            _(
                "“%(name)s” is a web page or other markup (HTML, SVG, XML), which cannot be "
                "uploaded. Save it as PDF first."
            ),
            name=name,
        )
    else:
        encoding = _text_encoding(_read(upload))
        if encoding:
            extension = Path(name).suffix.lower()
            found = TYPES["csv"] if extension == ".csv" else TYPES["txt"]
            content_type = f"{found.mime}; charset={encoding}"
    if found is None:
        _refuse(
            _("“%(name)s” is not a kind of file the library takes. Upload one of: %(allowed)s."),
            name=name,
            allowed=allowed_labels(),
        )
    extension = Path(name).suffix.lower()
    if extension not in found.extensions:
        claimed = BY_EXTENSION.get(extension)
        _refuse(
            _(
                "“%(name)s” is named as %(claimed)s, but its content is %(actual)s. Upload the "
                "real file, or give it the extension %(extension)s."
            ),
            name=name,
            claimed=claimed.label if claimed else (extension or _("a file without extension")),
            actual=found.label,
            extension=found.extensions[0],
        )
    return Detected(found, content_type or found.mime)


def sha256_of(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f\"\\/:*?<>|;]+")


def safe_filename(name: str, default: str = "bestand") -> str:
    """A download name without paths, control characters or quotes, at most 150 characters."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = UNSAFE_IN_NAME.sub("_", name).strip(" ._")
    stem, extension = os.path.splitext(name)
    stem = stem[: 150 - len(extension)] or default
    return f"{stem}{extension.lower()}"
