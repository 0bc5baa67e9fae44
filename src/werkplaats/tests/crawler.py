"""Reading the public site the way a visitor (or a search engine) would, for the privacy tests.

``crawl`` starts from some addresses and follows every same-site link, redirect, sitemap ``<loc>``
and GET form (one address per option of a select, one per search term in a text field), taking
similar addresses in turns so one long list does not eat the whole budget. ``api_addresses``
lists every endpoint of the API root with marker searches, its pages and every object's detail.
``leaks`` finds planted markers in a body, less what the address itself asked for.
"""

import io
import re
import zipfile
from collections import deque
from html import escape
from html.parser import HTMLParser
from urllib.parse import (
    parse_qsl,
    quote,
    quote_plus,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

MAX_PAGES = 300
SKIPPED_PATHS = re.compile(r"^(/[a-z]{2})?/(admin|static|media)/|logout")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
REDIRECTS = (301, 302, 303, 307, 308)


def leaks(body: str, markers, address: str = "") -> list[str]:
    """The markers in a body, less the search terms the address itself asked for (an echo)."""
    folded = body.casefold()
    parts = urlsplit(address)
    # A page may repeat its own address (language switch, canonical link): that is no leak, and a
    # link that led here with a marker in it was already caught on the page that showed it.
    folded = folded.replace(parts.path.casefold(), "") if parts.path.strip("/") else folded
    for _name, value in parse_qsl(parts.query):
        if value.strip():
            # As typed, and as a link back to the same address carries it (``%40`` for ``@``).
            for echo in (value, quote(value, safe=""), quote_plus(value), quote(value)):
                folded = folded.replace(echo.casefold(), "")
    return [marker for marker in markers if marker.casefold() in folded]


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def content_of(response) -> bytes:
    """The bytes of a response, streamed ones (file downloads) too; read once, then kept."""
    if not getattr(response, "streaming", False):
        return getattr(response, "content", b"")
    if not hasattr(response, "_crawled_content"):
        response._crawled_content = b"".join(response.streaming_content)
    return response._crawled_content


def body_text(response) -> str:
    """The text a response carries: a spreadsheet's cells (its XML parts unzipped), else the body."""
    content = content_of(response)
    if response.get("Content-Type", "").startswith(XLSX):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith(".xml")
            )
    return content.decode("utf-8", "replace")


def visible_text(response) -> str:
    """The body less the echo of its own query (a search for ``@`` may be repeated in the form)."""
    body = body_text(response)
    for _name, value in parse_qsl(urlsplit(response.wsgi_request.get_full_path()).query):
        if value.strip():
            body = body.replace(value, "").replace(escape(value), "")
    return body


class PageReader(HTMLParser):
    """Collects the links and GET forms of one page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.forms = []
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self.forms.append({"action": attrs.get("action") or "", "fields": []})
        elif not self.forms:
            return
        elif tag == "select" and attrs.get("name"):
            self._select = {"name": attrs["name"], "values": []}
            self.forms[-1]["fields"].append(self._select)
        elif tag == "option" and self._select is not None and attrs.get("value"):
            self._select["values"].append(attrs["value"])
        elif tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            if kind in ("text", "search"):
                self.forms[-1]["fields"].append({"name": attrs["name"], "values": None})

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def same_site(base, href):
    """``href`` (relative to ``base``) as a path and query on this site, or None."""
    url = urljoin("http://testserver" + base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != "testserver":
        return None
    address = urlunsplit(("", "", parts.path, parts.query, ""))
    return None if SKIPPED_PATHS.search(parts.path) else address


def form_addresses(base, form, search_terms):
    """One address per choice of every select and per search term in every text field."""
    action = same_site(base, form["action"] or base.split("?")[0])
    if action is None:
        return []
    addresses = []
    for field in form["fields"]:
        values = field["values"] if field["values"] is not None else search_terms
        addresses += [f"{action}?{urlencode({field['name']: value})}" for value in values]
    return addresses


class Frontier:
    """Addresses still to read, taken in turns from groups of similar addresses.

    A group is the parent path of a page, or the path of a list with a query string, so 340
    municipality pages or 80 filter variants of one list do not eat the whole budget.
    """

    def __init__(self):
        self.groups: dict[tuple, deque] = {}
        self.seen: set[str] = set()

    def add(self, address):
        if address and address not in self.seen:
            self.seen.add(address)
            path, _, query = address.partition("?")
            key = (path if query else path.rstrip("/").rsplit("/", 1)[0], bool(query))
            self.groups.setdefault(key, deque()).append(address)

    def __iter__(self):
        while self.groups:
            for key in list(self.groups):
                yield self.groups[key].popleft()
                if not self.groups[key]:
                    del self.groups[key]


def crawl(client, starts, search_terms, limit=MAX_PAGES):
    """Reads the starts, then same-site links and GET forms in turns; {address: response}."""
    frontier, pages = Frontier(), {}

    def read(address):
        response = client.get(address)
        pages[address] = response
        if response.status_code in REDIRECTS:
            frontier.add(same_site(address, response["Location"]))
        elif "xml" in response.get("Content-Type", "") and not response["Content-Type"].startswith(
            XLSX
        ):
            # Sitemaps' <loc>, feeds' Atom <link href="..."/> and RSS <link>...</link>.
            body = body_text(response)
            for location in re.findall(r"<loc>\s*([^<\s]+)\s*</loc>", body):
                frontier.add(same_site(address, location))
            for link in re.findall(
                r"<link[^>]*href=\"([^\"]+)\"|<link>\s*([^<\s]+)\s*</link>", body
            ):
                frontier.add(same_site(address, link[0] or link[1]))
        elif "text/html" in response.get("Content-Type", ""):
            reader = PageReader()
            reader.feed(response.content.decode())
            for href in reader.links:
                frontier.add(same_site(address, href))
            for form in reader.forms:
                for form_address in form_addresses(address, form, search_terms):
                    frontier.add(form_address)

    for address in dict.fromkeys(starts):
        frontier.seen.add(address)
        read(address)
    for address in frontier:
        if len(pages) >= limit:
            break
        read(address)
    return pages


def api_addresses(client, search_terms, extra_queries=()):
    """Every list of the API root (with a search per term and each extra query), following
    pagination, and every object's detail."""
    endpoints = client.get("/api/v1/").json()
    addresses, details = [], []
    queries = ["page_size=200", *(urlencode({"search": t}) for t in search_terms), *extra_queries]
    for endpoint in endpoints.values():
        path = urlsplit(endpoint).path
        for query in queries:
            address = f"{path}?{query}"
            while address:
                addresses.append(address)
                response = client.get(address)
                if response.status_code != 200:
                    break
                body = response.json()
                details += [urlsplit(item["url"]).path for item in body["results"] if "url" in item]
                address = (
                    body["next"] and urlsplit(body["next"])._replace(scheme="", netloc="").geturl()
                )
    return ["/api/v1/", *addresses, *dict.fromkeys(details)]


def oai_addresses(client, sample=3):
    """Every OAI-PMH request a harvester makes: Identify, ListMetadataFormats, ListSets, and
    ListRecords and ListIdentifiers for every metadataPrefix, alone and per set (resumption tokens
    followed), and GetRecord of the first ``sample`` identifiers in every format."""

    def values(address, tag):
        body = client.get(address).content.decode("utf-8", "replace")
        return re.findall(rf"<(?:\w+:)?{tag}>\s*([^<\s]+)\s*</(?:\w+:)?{tag}>", body)

    formats = values("/oai?verb=ListMetadataFormats", "metadataPrefix")
    sets = values("/oai?verb=ListSets", "setSpec")
    addresses = ["/oai?verb=Identify", "/oai?verb=ListMetadataFormats", "/oai?verb=ListSets"]
    identifiers = []
    for prefix in formats:
        for verb in ("ListRecords", "ListIdentifiers"):
            for spec in [None, *sets]:
                query = {"verb": verb, "metadataPrefix": prefix, **({"set": spec} if spec else {})}
                address = f"/oai?{urlencode(query)}"
                while address:
                    addresses.append(address)
                    body = client.get(address).content.decode("utf-8", "replace")
                    if verb == "ListIdentifiers" and spec is None:
                        identifiers += re.findall(r"<identifier>\s*([^<\s]+)\s*</identifier>", body)
                    token = re.search(
                        r"<resumptionToken[^>]*>\s*([^<\s]+)\s*</resumptionToken>", body
                    )
                    address = (
                        token and f"/oai?{urlencode({'verb': verb, 'resumptionToken': token[1]})}"
                    )
    for identifier in list(dict.fromkeys(identifiers))[:sample]:
        for prefix in formats:
            query = {"verb": "GetRecord", "identifier": identifier, "metadataPrefix": prefix}
            addresses.append(f"/oai?{urlencode(query)}")
    return list(dict.fromkeys(addresses)), formats, sets
