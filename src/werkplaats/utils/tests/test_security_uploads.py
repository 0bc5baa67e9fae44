"""Every upload path judges a file by its content, not its name: an HTML page called ``.pdf`` (or by
the name each path expects) is refused with a message, and nothing is stored.

The library's own form has this test in ``library/tests/test_editing.py``; here are the others: the
dossier's images, the spreadsheet import and the publications import."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from werkplaats.dossier.models import Article, ArticleImage
from werkplaats.dossier.tests.test_editing import NEW as DOSSIER_NEW
from werkplaats.dossier.tests.test_editing import form_data as dossier_form
from werkplaats.imports.models import ImportJob
from werkplaats.publications.models import Publication

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def html_file(name: str, content_type: str = "application/pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, HTML, content_type=content_type)


def stored_files(root) -> list:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("handreiking.pdf", "application/pdf"),
        ("buurt.png", "image/png"),
        ("foto.jpg", "image/jpeg"),
    ],
)
def test_the_dossier_refuses_html_named_as_an_image_or_pdf(
    client, noor, settings, tmp_path, name, content_type
):
    settings.DOSSIER_MEDIA_ROOT = tmp_path / "dossier"
    client.force_login(noor)

    response = client.post(
        DOSSIER_NEW,
        dossier_form(
            **{"uploads-0-file": html_file(name, content_type), "uploads-0-alt": "Een buurtfeest"}
        ),
    )

    assert response.status_code == 400
    assert response.context["editor"].uploads.forms[0].errors
    assert not Article.objects.exists() and not ArticleImage.objects.exists()
    assert stored_files(tmp_path / "dossier") == []


@pytest.mark.parametrize(
    ("name", "content_type"),
    [("organisaties.pdf", "application/pdf"), ("organisaties.xlsx", "application/vnd.ms-excel"),
     ("organisaties.csv", "text/csv")],
)  # fmt: skip
def test_the_spreadsheet_import_refuses_html_whatever_its_name(
    client, cor, settings, tmp_path, name, content_type
):
    client.force_login(cor)

    response = client.post(
        reverse("imports:start", kwargs={"slug": "twente"}),
        {"spec": "organisaties", "file": html_file(name, content_type)},
    )

    assert response.status_code == 400
    assert response.context["form"].errors
    assert not ImportJob.objects.exists()


@pytest.mark.parametrize("name", ["publicaties.pdf", "publicaties.ris", "publicaties.bib"])
def test_the_publications_import_refuses_html_whatever_its_name(client, cor, twente, name):
    client.force_login(cor)

    response = client.post(
        reverse("publications:import"), {"file": html_file(name), "workshop": "twente"}
    )

    assert response.status_code == 400
    assert response.context["error"]
    assert not Publication.objects.exists()
