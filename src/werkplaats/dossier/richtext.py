"""The body of an article: a small Markdown subset or simple HTML in, sanitised HTML out.

Editors write Markdown (or plain HTML, which Markdown passes through); ``render`` turns it into
HTML and lets ``nh3`` keep only an allowlist: paragraphs, h2/h3, lists, links (http, https and
mailto only, with ``rel="noopener nofollow"``), strong, em, blockquote, figure/figcaption, and
images that are uploaded images of the same article (their alt text is always the one the editor
gave on upload). Anything else is removed; what was unsafe (scripts, event handlers,
``javascript:`` links, images from elsewhere) is reported, so the editor is told.

The sanitised HTML is what pages, the API and feeds show; the source is kept only for editing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape
from html.parser import HTMLParser

import markdown
import nh3
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import override

ALLOWED_TAGS = {
    "p",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "blockquote",
    "figure",
    "figcaption",
    "img",
}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "noopener nofollow"
#: Removed with everything inside them (the rest of what is not allowed keeps its text).
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "template",
    "noscript",
    "textarea",
    "select",
    "svg",
    "math",
    "title",
}
#: Elements that can run code, load things or send data: their removal is reported.
UNSAFE_ELEMENTS = DROPPED_WITH_CONTENT | {
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "link",
    "meta",
    "base",
    "frame",
    "frameset",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "data", "poster"}
IMAGE_PATH = re.compile(
    r"^(?:https?://[^/]+)?(?:/[a-z]{2})?/dossier/afbeeldingen/"
    r"(?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/?$",
    re.IGNORECASE,
)
HEADING_UP = re.compile(r"<(/?)h1(?=[\s>])", re.IGNORECASE)
HEADING_DOWN = re.compile(r"<(/?)h[4-6](?=[\s>])", re.IGNORECASE)
CLEAN_IMAGE = re.compile(r'<img src="(?P<src>[^"]*)">')
EMPTY_IMAGE = re.compile(r"<img>")
LINK_WITHOUT_ADDRESS = re.compile(rf'<a rel="{LINK_REL}">(?P<text>.*?)</a>', re.DOTALL)
EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")


@dataclass
class Rendered:
    html: str
    #: What unsafe markup was removed, in words for the editor ("the <script> element", ...).
    removed: list[str] = field(default_factory=list)


def image_url(image_uuid) -> str:
    """An uploaded image's address, the same in every language (it has no text)."""
    with override("nl"):
        return reverse("dossier:image", kwargs={"image_uuid": image_uuid})


def own_image_uuid(src: str) -> str | None:
    """The UUID in an address of one of our uploaded images, else None."""
    match = IMAGE_PATH.match((src or "").strip())
    return match.group("uuid").lower() if match else None


def _scheme(value: str) -> str:
    # Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    compact = re.sub(r"[\x00-\x20]+", "", unescape(value or "")).lower()
    match = re.match(r"^([a-z][a-z0-9+.-]*):", compact)
    return match.group(1) if match else ""


class _UnsafeFinder(HTMLParser):
    """Collects what the sanitiser will remove for safety (not mere formatting)."""

    def __init__(self, images: dict[str, str]):
        super().__init__(convert_charrefs=True)
        self.images = images
        self.found: dict[str, None] = {}

    def _add(self, text: str) -> None:
        self.found.setdefault(text, None)

    def handle_starttag(self, tag, attrs):
        if tag in UNSAFE_ELEMENTS:
            self._add(_("the <%(tag)s> element") % {"tag": tag})
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self._add(_("the %(attribute)s attribute") % {"attribute": name})
            elif name in URL_ATTRIBUTES and value:
                scheme = _scheme(value)
                if scheme and scheme not in URL_SCHEMES:
                    self._add(_("a %(scheme)s: address") % {"scheme": scheme})
                elif tag == "img" and name == "src" and own_image_uuid(value) not in self.images:
                    self._add(_("an image that is not uploaded with this article"))
            elif name == "style":
                self._add(_("the style attribute"))

    handle_startendtag = handle_starttag


def _attribute_filter(images: dict[str, str]):
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            found = own_image_uuid(value)
            return image_url(found) if found in images else None
        return value

    return keep


def _with_alt(images: dict[str, str]):
    def replace(match: re.Match) -> str:
        found = own_image_uuid(unescape(match.group("src")))
        if found not in images:
            return ""
        return f'<img src="{match.group("src")}" alt="{escape(images[found])}">'

    return replace


def render(source: str, images: dict[str, str] | None = None) -> Rendered:
    """Sanitised HTML for an article body; ``images`` maps the UUIDs (lower case) of the
    article's uploaded images to their alt text: only those may appear in the body."""
    images = {str(key).lower(): alt for key, alt in (images or {}).items()}
    html = markdown.markdown(source or "", output_format="html")
    finder = _UnsafeFinder(images)
    finder.feed(html)
    finder.close()
    # Headings fit under the article's title (h1): # becomes h2, #### and deeper become h3.
    html = HEADING_DOWN.sub(r"<\1h3", HEADING_UP.sub(r"<\1h2", html))
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes={"a": {"href"}, "img": {"src"}},
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        attribute_filter=_attribute_filter(images),
        strip_comments=True,
    )
    # nh3 writes attributes in one fixed form, so these patterns see exactly what it wrote.
    cleaned = CLEAN_IMAGE.sub(_with_alt(images), cleaned)
    cleaned = EMPTY_IMAGE.sub("", cleaned)
    cleaned = LINK_WITHOUT_ADDRESS.sub(r"\g<text>", cleaned)
    cleaned = EMPTY_PARAGRAPH.sub("", cleaned).strip()
    return Rendered(html=cleaned, removed=list(finder.found))


def plain_text(html: str) -> str:
    """The words of sanitised HTML, for search and summaries."""
    return re.sub(r"\s+", " ", unescape(strip_tags(html))).strip()


def images_in(html: str) -> set[str]:
    """The UUIDs of the uploaded images a rendered body shows."""
    return {
        found
        for src in re.findall(r'<img src="([^"]*)"', html)
        if (found := own_image_uuid(unescape(src)))
    }
