"""The article body: Markdown or simple HTML in, only the allowlist out."""

import uuid

import pytest
from django.utils import translation

from werkplaats.dossier.richtext import images_in, plain_text, render

IMAGE = str(uuid.UUID("0b4f7c1e-7a3e-4c3c-9a7e-123456789abc"))
IMAGE_URL = f"/dossier/afbeeldingen/{IMAGE}/"


def test_it_renders_the_markdown_subset():
    html = render(
        "## Aanpak\n\nTekst met **vet** en *schuin* en [een link](https://example.org).\n\n"
        "* een\n* twee\n\nDaarna:\n\n1. eerst\n2. dan\n\n> Een citaat\n\n### Kleiner\n"
    ).html

    assert "<h2>Aanpak</h2>" in html
    assert "<strong>vet</strong>" in html and "<em>schuin</em>" in html
    assert '<a href="https://example.org" rel="noopener nofollow">een link</a>' in html
    assert "<ul>" in html and "<ol>" in html and "<blockquote>" in html
    assert "<h3>Kleiner</h3>" in html


def test_it_turns_a_first_level_heading_into_a_second_level_one():
    # The page has one h1: the article's title.
    html = render("# Kop\n\n#### Diep").html

    assert "<h1" not in html and "<h2>Kop</h2>" in html and "<h3>Diep</h3>" in html


@pytest.mark.parametrize(
    "source, gone, notice",
    [
        ("<script>alert('xss')</script>Tekst", "alert", "<script>"),
        ('<p><img src="x" onerror="alert(1)">Tekst</p>', "onerror", "onerror"),
        ("[klik](javascript:alert(1))", "javascript", "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">klik</a>', "javascript", "javascript:"),
        ('<a href="java&#x09;script:alert(1)">klik</a>', "script:", "javascript:"),
        ('<p onclick="steal()">Tekst</p>', "steal", "onclick"),
        ('<iframe src="https://evil.example"></iframe>Tekst', "evil", "<iframe>"),
        ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:", "data:"),
        ('<p style="position:fixed">Tekst</p>', "position", "style"),
        ('<form action="https://evil.example"><input name="pw"></form>', "evil", "<form>"),
    ],
)
def test_it_removes_unsafe_markup_and_says_so(source, gone, notice):
    rendered = render(source)

    assert gone not in rendered.html.lower()
    assert any(notice in item for item in rendered.removed), rendered.removed


def test_safe_markup_gives_no_notice():
    assert render("Gewoon **tekst** met [link](https://example.org).").removed == []


def test_only_images_uploaded_with_the_article_are_kept_with_their_own_alt_text():
    source = (
        f"![](https://elders.example/foto.png)\n\n![verkeerde alt]({IMAGE_URL})\n\n"
        f'<figure><img src="{IMAGE_URL}"><figcaption>Bijschrift</figcaption></figure>'
    )

    with translation.override("en"):  # the notice of what was removed, read in English
        rendered = render(source, {IMAGE: 'Buurtcoach "Anja" in gesprek'})

    assert "elders.example" not in rendered.html
    assert rendered.html.count(f'<img src="{IMAGE_URL}" alt="Buurtcoach &quot;Anja&quot;') == 2
    assert "verkeerde alt" not in rendered.html
    assert "<figcaption>Bijschrift</figcaption>" in rendered.html
    assert images_in(rendered.html) == {IMAGE}
    assert any("image" in item for item in rendered.removed)


def test_an_image_of_another_article_is_removed():
    assert "<img" not in render(f"![x]({IMAGE_URL})", {}).html


def test_plain_text_reads_the_words():
    assert plain_text("<p>Eén &amp; <strong>twee</strong></p>") == "Eén & twee"
