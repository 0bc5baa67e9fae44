"""Files of library products: what may be uploaded (read from the content, never from the name),
where they are kept (outside the web root, under random names), who may download them and with
which headers, and that deleting a file or its product removes what was stored."""

import io
import zipfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from werkplaats.library import files, services
from werkplaats.tests.crawler import crawl

from .factories import ProductFactory

pytestmark = pytest.mark.django_db

MARKER = "GEHEIM-BESTAND-9K"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 32
MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def _zip(parts: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = _zip(
    {
        "[Content_Types].xml": '<Types><Override PartName="/word/document.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "word/document.xml": "<w:document/>",
    }
)
XLSX = _zip(
    {
        "[Content_Types].xml": "<Types><Override ContentType="
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "xl/workbook.xml": "<workbook/>",
    }
)
ODT = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})


def upload(name: str, content: bytes, content_type: str = "application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.mark.parametrize(
    ("name", "content", "mime"),
    [
        ("handreiking.pdf", PDF, "application/pdf"),
        ("foto.png", PNG, "image/png"),
        ("foto.JPG", JPEG, "image/jpeg"),
        ("podcast.mp3", MP3, "audio/mpeg"),
        ("werkwijze.docx", DOCX, files.TYPES["docx"].mime),
        ("cijfers.xlsx", XLSX, files.TYPES["xlsx"].mime),
        ("verslag.odt", ODT, "application/vnd.oasis.opendocument.text"),
        ("lees mij.txt", "Eenzaamheid in de wijk, één aanpak.\n".encode(), "text/plain"),
        ("cijfers.csv", b"gemeente;aantal\nEnschede;12\n", "text/csv"),
    ],
)
def test_it_reads_the_type_of_an_allowed_file_from_its_content(name, content, mime):
    detected = files.detect(upload(name, content, "application/octet-stream"), name)
    assert detected.type.mime == mime
    assert detected.content_type.startswith(mime)


def test_it_refuses_an_html_page_named_pdf_whatever_the_browser_says():
    with translation.override("en"), pytest.raises(ValidationError, match="HTML"):
        files.detect(upload("handreiking.pdf", HTML, "application/pdf"), "handreiking.pdf")


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("handreiking.pdf", DOCX, "Word"),
        ("foto.png", PDF, "PDF"),
        ("werkwijze.docx", _zip({"readme.txt": "geen Office"}), "not a kind"),
        ("programma.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 60, "not a kind"),
        ("binair.txt", b"tekst\x00\x01\x02 met nullen", "not a kind"),
        ("tekening.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "HTML, SVG"),
        ("notitie.txt", b"Zie hier:\n<script>alert(1)</script>", "HTML, SVG"),
        ("zonder-extensie", PDF, "without extension"),
    ],
)
def test_it_refuses_files_that_are_not_what_their_name_says_or_not_allowed(name, content, says):
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            files.detect(upload(name, content), name)
        assert says in " ".join(refused.value.messages)


@hypothesis_settings(max_examples=200, deadline=None)
@given(
    content=st.one_of(
        st.binary(min_size=1, max_size=2048),
        st.binary(max_size=512).map(lambda tail: b"PK\x03\x04" + tail),
        st.binary(max_size=512).map(lambda tail: PDF[:8] + tail),
    ),
    name=st.sampled_from(["a.pdf", "a.docx", "a.txt", "a.csv", "a.png", "a", "a.exe"]),
)
def test_any_bytes_are_either_recognised_or_refused_with_a_message_never_an_error(content, name):
    try:
        detected = files.detect(upload(name, content), name)
    except ValidationError as refused:
        assert refused.messages
    else:
        assert name.endswith(detected.type.extensions)


def test_it_refuses_a_file_over_the_size_limit_and_an_empty_one(settings):
    settings.LIBRARY_MAX_UPLOAD_MB = 1
    too_large = PDF + b"0" * (1024 * 1024)
    with translation.override("en"):
        with pytest.raises(ValidationError, match="at most 1"):
            files.detect(upload("groot.pdf", too_large), "groot.pdf")
        with pytest.raises(ValidationError, match="empty"):
            files.detect(upload("leeg.pdf", b""), "leeg.pdf")


def test_the_limit_defaults_to_25_mb():
    assert django_settings.LIBRARY_MAX_UPLOAD_MB == 25
    assert files.max_upload_bytes() == 25 * 1024 * 1024


def test_a_file_is_stored_outside_the_web_root_under_a_random_name(private_media):
    product = ProductFactory()
    item = services.attach_file(product, upload("Handreiking Twente.pdf", PDF))
    stored = Path(item.file.path)
    assert stored.is_file() and stored.read_bytes() == PDF
    assert stored.is_relative_to(private_media / "library")
    assert not stored.is_relative_to(Path(django_settings.STATIC_ROOT))
    assert "Handreiking" not in item.file.name and not item.file.name.endswith(".pdf")
    assert item.title == "Handreiking Twente"
    assert item.filename == "Handreiking Twente.pdf"
    assert item.size == len(PDF) and len(item.sha256) == 64
    with pytest.raises(ValueError):
        item.file.url  # noqa: B018 - a private file has no public address


def test_download_names_are_safe():
    assert files.safe_filename('../../etc/pa"ss\r\nwd;.PDF') == "pa_ss_wd_.pdf"
    assert files.safe_filename("C:\\Users\\x\\verslag.docx") == "verslag.docx"
    assert files.safe_filename("...") == "bestand"


def _get(client, item):
    return client.get(item.get_absolute_url())


def test_a_pdf_opens_inline_with_safe_headers(client):
    item = services.attach_file(ProductFactory(), upload("Handreiking.pdf", PDF))
    response = _get(client, item)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="Handreiking.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["Cache-Control"].startswith("public")


def test_an_office_file_is_an_attachment_in_a_sandbox_with_an_rfc6266_name(client):
    item = services.attach_file(ProductFactory(), upload("Werkwijze één.docx", DOCX))
    response = _get(client, item)
    assert response["Content-Type"] == files.TYPES["docx"].mime
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Werkwijze%20%C3%A9%C3%A9n.docx"
    )
    assert "sandbox" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_text_file_is_served_as_text_with_its_charset_never_as_a_page(client):
    item = services.attach_file(ProductFactory(), upload("notitie.txt", "één regel".encode()))
    response = _get(client, item)
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")


def test_a_drafts_file_is_private_and_not_cached_by_others(client, cor, twente):
    draft = ProductFactory(is_published=False, workshops=[twente])
    item = services.attach_file(draft, upload("concept.pdf", PDF))
    client.force_login(cor)
    response = _get(client, item)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("visitor", 404),
        ("member", 404),
        ("coordinator", 200),
        ("outsider", 404),
        ("network_editor", 200),
        ("administrator", 200),
    ],
)
def test_only_those_who_may_see_a_draft_download_its_files(
    client, named_users, twente, who, status
):
    draft = ProductFactory(is_published=False, workshops=[twente])
    item = services.attach_file(draft, upload("concept.pdf", PDF))
    if named_users[who]:
        client.force_login(named_users[who])
    assert _get(client, item).status_code == status


def test_a_file_is_found_only_under_its_own_product(client):
    item = services.attach_file(ProductFactory(), upload("a.pdf", PDF))
    other = ProductFactory()
    address = reverse("library:file", kwargs={"slug": other.slug, "file_uuid": item.uuid})
    assert client.get(address).status_code == 404


def test_a_missing_stored_file_is_a_404_not_an_error(client):
    item = services.attach_file(ProductFactory(), upload("a.pdf", PDF))
    Path(item.file.path).unlink()
    assert _get(client, item).status_code == 404


def test_deleting_a_file_removes_what_was_stored_once_committed(
    django_capture_on_commit_callbacks,
):
    item = services.attach_file(ProductFactory(), upload("a.pdf", PDF))
    stored = Path(item.file.path)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.remove_file(item)
    assert stored.exists(), "removed before the deletion was committed"
    for callback in callbacks:
        callback()
    assert not stored.exists()


def test_deleting_a_product_removes_its_stored_files(django_capture_on_commit_callbacks):
    product = ProductFactory()
    stored = [
        Path(services.attach_file(product, upload(f"{n}.pdf", PDF)).file.path) for n in range(2)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        product.delete()
    assert not any(path.exists() for path in stored)


def test_the_api_lists_the_files_of_a_published_product(client):
    product = ProductFactory()
    item = services.attach_file(product, upload("Handreiking.pdf", PDF), title="De handreiking")
    body = client.get(f"/api/v1/products/{product.slug}/").json()
    assert body["files"] == [
        {
            "title": "De handreiking",
            "content_type": "application/pdf",
            "size": len(PDF),
            "url": f"http://testserver{item.get_absolute_url()}",
        }
    ]


def test_a_drafts_files_are_never_in_the_api_for_visitors_or_other_coordinators(
    client, otto, twente
):
    draft = ProductFactory(is_published=False, workshops=[twente])
    item = services.attach_file(draft, upload("concept.pdf", PDF))
    for user in (None, otto):
        if user:
            client.force_login(user)
        assert client.get(f"/api/v1/products/{draft.slug}/").status_code == 404
        assert str(item.uuid) not in client.get("/api/v1/products/").content.decode()
        assert _get(client, item).status_code == 404


def test_a_visitor_reading_the_library_never_reaches_a_drafts_file(client, cor, twente):
    published = ProductFactory(title="Openbare handreiking", workshops=[twente])
    services.attach_file(published, upload("openbaar.txt", b"Voor iedereen."))
    draft = ProductFactory(title=MARKER, is_published=False, workshops=[twente])
    secret = services.attach_file(draft, upload("geheim.txt", MARKER.encode()))
    services.add_builds_on(published, draft)

    pages = crawl(client, [reverse("library:list"), published.get_absolute_url()], ["handreiking"])
    assert published.files.get().get_absolute_url() in pages
    assert secret.get_absolute_url() not in pages
    for address, response in pages.items():
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert MARKER.encode() not in body, address
        assert str(secret.uuid).encode() not in body, address
