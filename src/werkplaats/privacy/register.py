"""The register of personal data (Art. 30 AVG), defined here once.

Each category says which fields hold the data, why (purpose), on what legal basis, who sees it, how
long it is kept (read from the retention settings, so the privacy page never disagrees with the
tasks) and where it is erased. The privacy page shows it, the audit log reads from it which fields
it records by name only, and a test checks that every field holding personal data is in it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

CONSENT = _("Consent (Art. 6(1)(a) AVG)")
PUBLIC_TASK = _("Public task of the network, funded by the ministry (Art. 6(1)(e) AVG)")
LEGITIMATE = _("Legitimate interest: running the network and its projects (Art. 6(1)(f) AVG)")
LEGAL = _("Legal obligation: accountability and security (Art. 5(2) and 32 AVG)")


@dataclass(frozen=True)
class Category:
    key: str
    name: str
    fields: tuple[str, ...]  # "app_label.Model.field", each one that exists (a test checks)
    purpose: str
    legal_basis: str
    recipients: str
    retention: Callable[[], str]
    erasure: str


def _setting(name: str, default=None):
    return getattr(settings, name, default)


def _questions() -> str:
    return gettext(
        "Until %(months)s months after the question is closed (QUESTION_RETENTION_MONTHS); "
        "then the submitter's name, contact details and words are erased. Counts stay."
    ) % {"months": settings.QUESTION_RETENTION_MONTHS}


def _people() -> str:
    return gettext(
        "As long as the person takes part in the network; people without an account, role or "
        "contribution whose record has not changed for %(months)s months are removed "
        "(INACTIVE_PERSON_RETENTION_MONTHS)."
    ) % {"months": _setting("INACTIVE_PERSON_RETENTION_MONTHS", 24)}


def _while_active() -> str:
    return gettext("As long as the project or community exists, unless the person is erased.")


def _users() -> str:
    return gettext(
        "As long as the account exists; an erased account is deactivated and stripped of name and "
        "e-mail address."
    )


def _subscribers() -> str:
    return gettext(
        "Until %(days)s days after unsubscribing, bouncing or not confirming "
        "(NEWSLETTER_RETENTION_DAYS); unconfirmed sign-ups after %(hours)s hours."
    ) % {
        "days": settings.NEWSLETTER_RETENTION_DAYS,
        "hours": settings.NEWSLETTER_CONFIRM_HOURS,
    }


def _imports() -> str:
    from werkplaats.imports.services import FILE_RETENTION, JOB_RETENTION

    return gettext(
        "The uploaded file is emptied %(file_days)s days after the import finished; the import "
        "record is deleted after %(job_days)s days."
    ) % {"file_days": FILE_RETENTION.days, "job_days": JOB_RETENTION.days}


def _logins() -> str:
    days = _setting("LOGIN_ATTEMPT_RETENTION_DAYS") or _setting("LOGIN_RECORD_RETENTION_DAYS")
    if days:
        return gettext("%(days)s days (LOGIN_ATTEMPT_RETENTION_DAYS).") % {"days": days}
    return gettext("Hashed network addresses of attempts: one day.")


def _audit() -> str:
    return gettext("%(days)s days (AUDIT_RETENTION_DAYS).") % {
        "days": settings.AUDIT_RETENTION_DAYS
    }


def _tokens() -> str:
    return gettext("Until the token is revoked or expires and the werkplaats deletes it.")


def _authors() -> str:
    return gettext("As long as the work is in the library, unless the person is erased.")


REGISTER: tuple[Category, ...] = (
    Category(
        key="submitters",
        name=_("Submitters of practice questions"),
        fields=(
            "questions.PracticeQuestion.submitter_name",
            "questions.PracticeQuestion.submitter_email",
            "questions.PracticeQuestion.organisation_name",
            "questions.PracticeQuestion.title",
            "questions.PracticeQuestion.question",
            "questions.PracticeQuestion.context",
            "questions.PracticeQuestion.actors",
            "questions.PracticeQuestion.hoped_result",
            "questions.PracticeQuestion.language",
            "questions.PracticeQuestion.submission_key",
            "questions.PracticeQuestion.tracking_token_hash",
            "questions.PracticeQuestion.suggestion",
            "questions.PracticeQuestion.search_text",
            "questions.PracticeQuestion.privacy_agreed_at",
            "questions.QuestionEvent.text",
            "questions.IntakeAttempt.address_hash",
        ),
        purpose=_(
            "To answer the question, keep the submitter informed through their private link and "
            "count questions for monitoring."
        ),
        legal_basis=CONSENT,
        recipients=_(
            "Coordinators of the werkplaats that handles the question and network editors; "
            "never the public (only a title and summary a coordinator writes)."
        ),
        retention=_questions,
        erasure=_(
            "Automatically after the retention period, or by an administrator on request "
            "(werkplaats erase --email)."
        ),
    ),
    Category(
        key="people",
        name=_("People in the registry"),
        fields=(
            "network.Person.given_name",
            "network.Person.family_name_prefix",
            "network.Person.family_name",
            "network.Person.email",
            "network.Person.orcid",
            "network.Person.bio",
            "network.Person.slug",
            "network.Person.search_text",
            "network.Person.is_public",
            "network.Person.consent_changed_at",
            "network.Person.user",
            "network.Person.competences",
            "network.Person.themes",
            "network.Person.roles",
            "network.Person.workshops",
            "network.Affiliation.person",
            "network.Affiliation.function",
            "network.ResearchGroup.lector",
        ),
        purpose=_(
            "To find who knows what within and between werkplaatsen; shown publicly only with "
            "the person's consent, the e-mail address never."
        ),
        legal_basis=LEGITIMATE,
        recipients=_(
            "Coordinators and network editors; the public only for people who consented "
            "(name, roles, expertise, themes)."
        ),
        retention=_people,
        erasure=_("By an administrator on request (werkplaats erase --person)."),
    ),
    Category(
        key="participants",
        name=_("Participants of projects"),
        fields=("projects.Participant.person",),
        purpose=_("To record who took part in a project, in which role, from which organisation."),
        legal_basis=LEGITIMATE,
        recipients=_(
            "Coordinators of the project's werkplaatsen; the public for consenting people."
        ),
        retention=_while_active,
        erasure=_("On erasure the participant keeps role and organisation but loses the person."),
    ),
    Category(
        key="members",
        name=_("Members of learning communities and their reflections"),
        fields=(
            "communities.Membership.person",
            "communities.Membership.is_facilitator",
            "communities.Membership.joined_on",
            "communities.Reflection.authors",
            "communities.Reflection.what_we_saw",
            "communities.Reflection.what_we_learned",
            "communities.Reflection.what_we_will_try",
            "communities.Reflection.open_questions",
        ),
        purpose=_("To run learning communities and keep what they learned together."),
        legal_basis=LEGITIMATE,
        recipients=_(
            "The community's members and coordinators; reflections of open communities when "
            "published."
        ),
        retention=_while_active,
        erasure=_(
            "On erasure the membership is anonymised; reflections keep their text, not the author."
        ),
    ),
    Category(
        key="attendance",
        name=_("Attendance at meetings"),
        fields=("communities.Attendance.person", "communities.Attendance.present"),
        purpose=_("To plan meetings and count attendance for monitoring."),
        legal_basis=LEGITIMATE,
        recipients=_("The community's coordinators; counts only in monitoring."),
        retention=_while_active,
        erasure=_("On erasure the attendance is kept as a count without the person."),
    ),
    Category(
        key="authors",
        name=_("Authors and makers of work"),
        fields=(
            "publications.Authorship.person",
            "publications.Authorship.given_name",
            "publications.Authorship.family_name",
            "publications.Authorship.orcid",
            "library.Product.makers",
            "dossier.Article.author",
            "dossier.Article.author_name",
        ),
        purpose=_("To credit authors and makers of publications, products and articles."),
        legal_basis=LEGITIMATE,
        recipients=_("The public, for published work."),
        retention=_authors,
        erasure=_("On erasure the person is removed from the work; the work stays."),
    ),
    Category(
        key="education",
        name=_("Students, lecturers and practice supervisors of student assignments"),
        fields=(
            "education.GroupMember.user",
            "education.GroupMember.display_name",
            "education.GroupMember.named_publicly",
            "education.GroupMember.agreed_to_publish_at",
            "education.GroupMember.joined_at",
            "education.StudentGroup.lecturer",
            "education.Programme.lecturers",
            "education.Programme.contact_lecturer",
            "education.AssignmentOffer.practice_supervisor",
        ),
        purpose=_(
            "To run student assignments from practice: who claimed an offer for which group, who "
            "works on it, who supervises it in practice, and who agreed to publish the work."
        ),
        legal_basis=LEGITIMATE,
        recipients=_(
            "The group, its lecturer and the coordinators of the werkplaats; the public sees a "
            "student's name only with their consent, a lecturer or supervisor only when their "
            "profile is public."
        ),
        retention=_while_active,
        erasure=_(
            "On erasure a student's name in the group is replaced and no longer shown; the "
            "account no longer teaches any programme."
        ),
    ),
    Category(
        key="users",
        name=_("Users (accounts) and what they did"),
        fields=(
            "accounts.User.username",
            "accounts.User.first_name",
            "accounts.User.last_name",
            "accounts.User.email",
            "accounts.User.password",
            "accounts.User.last_login",
            "accounts.User.date_joined",
            "network.Workshop.coordinators",
            "projects.Project.created_by",
            "questions.QuestionEvent.actor",
            "newsletter.Issue.created_by",
            "monitoring.EvaluationReport.requested_by",
            "education.AssignmentOffer.created_by",
            "education.AssignmentEvent.actor",
            "education.PracticeFeedback.given_by",
            "education.TeachingCase.created_by",
            "admin.LogEntry.user",
            "admin.LogEntry.object_repr",
            "admin.LogEntry.change_message",
            "sessions.Session.session_data",
            "accounts.TwoFactorDevice.user",
            "accounts.TwoFactorDevice.secret",
            "accounts.RecoveryCode.user",
            "accounts.RecoveryCode.code_hash",
        ),
        purpose=_(
            "To log in and work in the roles the network gives: member, coordinator, editor."
        ),
        legal_basis=LEGITIMATE,
        recipients=_("Administrators."),
        retention=_users,
        erasure=_("By an administrator (werkplaats erase --person or --user)."),
    ),
    Category(
        key="subscribers",
        name=_("Newsletter subscribers"),
        fields=(
            "newsletter.Subscriber.email",
            "newsletter.Subscriber.language",
            "newsletter.Subscriber.workshops",
            "newsletter.Subscriber.themes",
            "newsletter.Subscriber.confirmed_at",
            "newsletter.Delivery.subscriber",
            "newsletter.Delivery.message_id",
            "newsletter.SignupAttempt.address_hash",
        ),
        purpose=_("To send the newsletter to those who asked for it (double opt-in)."),
        legal_basis=CONSENT,
        recipients=_("Network editors (counts only); never the public."),
        retention=_subscribers,
        erasure=_("On unsubscribing (then after the retention period) or on request."),
    ),
    Category(
        key="imports",
        name=_("Import files"),
        fields=(
            "imports.ImportJob.content",
            "imports.ImportJob.filename",
            "imports.ImportJob.errors",
            "imports.ImportJob.summary",
            "imports.ImportJob.created_by",
        ),
        purpose=_("To load a werkplaats's existing records (people, projects) into the platform."),
        legal_basis=LEGITIMATE,
        recipients=_("The coordinator who imports."),
        retention=_imports,
        erasure=_("Automatically (a daily task)."),
    ),
    Category(
        key="logins",
        name=_("Login records"),
        fields=(
            "accounts.FailedLogin.username",
            "accounts.FailedLogin.address_hash",
            "accounts.FailedLogin.user",
            "accounts.LoginLock.username",
        ),
        purpose=_("To protect accounts against guessing passwords (lock-out after failures)."),
        legal_basis=LEGAL,
        recipients=_("Administrators."),
        retention=_logins,
        erasure=_("Automatically (a daily task)."),
    ),
    Category(
        key="audit",
        name=_("Audit log"),
        fields=(
            "privacy.AuditEntry.actor",
            "privacy.AuditEntry.actor_name",
            "privacy.AuditEntry.person_id",
            "privacy.AuditEntry.fields",
            "privacy.AuditEntry.changes",
        ),
        purpose=_(
            "To account for who changed what and when; personal fields are recorded by name, "
            "never their contents."
        ),
        legal_basis=LEGAL,
        recipients=_("Administrators."),
        retention=_audit,
        erasure=_("Automatically (a daily task)."),
    ),
    Category(
        key="api_tokens",
        name=_("API tokens of partner systems"),
        fields=(
            "apiaccess.ApiToken.name",
            "apiaccess.ApiToken.created_by",
            "apiaccess.ApiToken.key_hash",
            "apiaccess.ApiToken.last_used_at",
            "apiaccess.ApiToken.revoked_by",
        ),
        purpose=_("To let partner systems read and write a werkplaats's records."),
        legal_basis=LEGITIMATE,
        recipients=_("Coordinators of the werkplaats and administrators."),
        retention=_tokens,
        erasure=_("By revoking and deleting the token."),
    ),
)


def personal_fields() -> set[str]:
    """Every field in the register as "app_label.Model.field"."""
    return {name for category in REGISTER for name in category.fields}


def personal_fields_of(model) -> set[str]:
    prefix = f"{model._meta.app_label}.{model._meta.object_name}."
    return {name[len(prefix) :] for name in personal_fields() if name.startswith(prefix)}
