"""Values that come from outside the network: the info:eu-repo vocabularies that the Dutch
hogeschool repositories (and the HBO Kennisbank, which harvests them) use for the type of a
publication and its access rights, and how each type is called in CSL, BibTeX and RIS."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

EU_REPO_SEMANTICS = "info:eu-repo/semantics/"


class PublicationType(models.TextChoices):
    """info:eu-repo/semantics publication types (the DRIVER guidelines, used by the hogescholen)."""

    ARTICLE = "article", _("Article")
    BOOK = "book", _("Book")
    BOOK_PART = "bookPart", _("Book chapter")
    REPORT = "report", _("Report")
    CONFERENCE_OBJECT = "conferenceObject", _("Conference contribution")
    LECTURE = "lecture", _("Lecture")
    DOCTORAL_THESIS = "doctoralThesis", _("Doctoral thesis")
    MASTER_THESIS = "masterThesis", _("Master's thesis")
    BACHELOR_THESIS = "bachelorThesis", _("Bachelor's thesis")
    WORKING_PAPER = "workingPaper", _("Working paper")
    REVIEW = "review", _("Review")
    CONTRIBUTION_TO_PERIODICAL = "contributionToPeriodical", _("Contribution to a periodical")
    OTHER = "other", _("Other")


class AccessRights(models.TextChoices):
    """info:eu-repo/semantics access rights."""

    OPEN = "openAccess", _("Open access")
    EMBARGOED = "embargoedAccess", _("Embargoed access")
    RESTRICTED = "restrictedAccess", _("Restricted access")
    CLOSED = "closedAccess", _("Closed access")


def semantics_uri(value: str) -> str:
    """``article`` -> ``info:eu-repo/semantics/article`` (types and access rights alike)."""
    return f"{EU_REPO_SEMANTICS}{value}"


def from_semantics_uri(value: str) -> str:
    """The short form of an info:eu-repo/semantics URI; a short form stays as it is."""
    value = (value or "").strip()
    return value[len(EU_REPO_SEMANTICS) :] if value.startswith(EU_REPO_SEMANTICS) else value


@dataclass(frozen=True)
class Formats:
    """How a type is called in CSL-JSON (with a genre), BibTeX and RIS."""

    csl: str
    bibtex: str
    ris: str
    genre: str = ""


T = PublicationType
FORMATS: dict[str, Formats] = {
    T.ARTICLE: Formats("article-journal", "article", "JOUR"),
    T.BOOK: Formats("book", "book", "BOOK"),
    T.BOOK_PART: Formats("chapter", "incollection", "CHAP"),
    T.REPORT: Formats("report", "techreport", "RPRT"),
    T.CONFERENCE_OBJECT: Formats("paper-conference", "inproceedings", "CPAPER"),
    T.LECTURE: Formats("speech", "misc", "GEN", "Lecture"),
    T.DOCTORAL_THESIS: Formats("thesis", "phdthesis", "THES", "Doctoral dissertation"),
    T.MASTER_THESIS: Formats("thesis", "mastersthesis", "THES", "Master's thesis"),
    T.BACHELOR_THESIS: Formats("thesis", "misc", "THES", "Bachelor's thesis"),
    T.WORKING_PAPER: Formats("report", "techreport", "RPRT", "Working paper"),
    T.REVIEW: Formats("review", "article", "JOUR"),
    T.CONTRIBUTION_TO_PERIODICAL: Formats("article-magazine", "article", "MGZN"),
    T.OTHER: Formats("article", "misc", "GEN"),
}

#: Reading a file from elsewhere (without our type field): the best guess from its entry type.
BIBTEX_TYPES = {
    "article": T.ARTICLE,
    "book": T.BOOK,
    "booklet": T.BOOK,
    "inbook": T.BOOK_PART,
    "incollection": T.BOOK_PART,
    "techreport": T.REPORT,
    "report": T.REPORT,
    "inproceedings": T.CONFERENCE_OBJECT,
    "conference": T.CONFERENCE_OBJECT,
    "proceedings": T.CONFERENCE_OBJECT,
    "phdthesis": T.DOCTORAL_THESIS,
    "mastersthesis": T.MASTER_THESIS,
}
RIS_TYPES = {
    "JOUR": T.ARTICLE,
    "EJOUR": T.ARTICLE,
    "JFULL": T.ARTICLE,
    "BOOK": T.BOOK,
    "EBOOK": T.BOOK,
    "EDBOOK": T.BOOK,
    "CHAP": T.BOOK_PART,
    "ECHAP": T.BOOK_PART,
    "RPRT": T.REPORT,
    "CPAPER": T.CONFERENCE_OBJECT,
    "CONF": T.CONFERENCE_OBJECT,
    "THES": T.DOCTORAL_THESIS,
    "MGZN": T.CONTRIBUTION_TO_PERIODICAL,
    "NEWS": T.CONTRIBUTION_TO_PERIODICAL,
    "SLIDE": T.LECTURE,
}
