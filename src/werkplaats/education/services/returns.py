"""What comes back from education: the students' work into the library, once everyone agreed and
a licence is chosen, and the practice partner's feedback (an adoption when they use it)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from werkplaats.library.constants import Licence
from werkplaats.library.models import Adoption, Product, ProductKind, ProductLink
from werkplaats.utils.slugs import unique_slug

from ..constants import DELIVERED_STATES, EventKind
from ..models import AssignmentOffer, GroupMember, PracticeFeedback, StudentGroup
from .journey import _record

#: The library's kind for student work when the offer does not say otherwise.
STUDENT_WORK_KIND = "rapport"


def _delivered(offer: AssignmentOffer) -> StudentGroup:
    """The offer's group, if its work was delivered (the state as stored, not as the caller last
    read it)."""
    state = AssignmentOffer.objects.filter(pk=offer.pk).values_list("state", flat=True).first()
    if state not in DELIVERED_STATES:
        raise ValidationError(
            _("The work can go to the library once it has been delivered."), code="not_delivered"
        )
    return StudentGroup.objects.get(offer_id=offer.pk)


def agree_as_student(member: GroupMember) -> None:
    """A student agrees that the group's work goes into the public library."""
    _delivered(member.group.offer)
    if member.agreed_to_publish_at is None:
        member.agreed_to_publish_at = timezone.now()
        member.save(update_fields=["agreed_to_publish_at"])
    publish_when_agreed(member.group.offer)


def agree_as_lecturer(offer: AssignmentOffer, licence: str) -> None:
    """The lecturer agrees and chooses the licence the work is published under."""
    group = _delivered(offer)
    if licence not in Licence.values:
        raise ValidationError({"licence": _("Choose the licence the work is published under.")})
    group.licence = licence
    group.lecturer_agreed_at = group.lecturer_agreed_at or timezone.now()
    group.save(update_fields=["licence", "lecturer_agreed_at"])
    publish_when_agreed(offer)


def waiting_for(offer: AssignmentOffer) -> list[str]:
    """Who has not agreed yet: the students' names, and the lecturer."""
    group = offer.group
    waiting = [m.display_name for m in group.members.all() if m.agreed_to_publish_at is None]
    if group.lecturer_agreed_at is None:
        waiting.append(_("the lecturer"))
    return waiting


def publish_when_agreed(offer: AssignmentOffer) -> Product | None:
    """Puts the work in the library as a published product once every student and the lecturer
    agreed; returns it (or None while someone has not)."""
    with transaction.atomic():
        offer = AssignmentOffer.objects.select_for_update().get(pk=offer.pk)
        group = StudentGroup.objects.get(offer=offer)
        if offer.product_id or waiting_for(offer) or not group.members.exists():
            return offer.product
        title = group.work_title or offer.title
        now = timezone.now()
        product = Product.objects.create(
            slug=unique_slug(Product, title),
            title=title,
            summary=group.work_summary,
            kind=ProductKind.objects.get(slug=STUDENT_WORK_KIND),
            project=offer.project,
            date=(group.delivered_at or now).date(),
            licence=group.licence,
            is_published=True,
            published_at=now,
        )
        product.themes.set(offer.themes.all())
        product.workshops.set([offer.workshop])
        if group.work_link:
            ProductLink.objects.create(product=product, url=group.work_link, label=title[:200])
        offer.product = product
        offer.save(update_fields=["product", "updated_at"])
        _record(offer, EventKind.PUBLISHED, text=product.title)
    return product


def give_feedback(offer, actor, *, usefulness: int, comment: str = "", in_use: bool = False):
    """The practice partner says how useful the work is. When they use it and it is in the
    library, that is an adoption of the product by the practice organisation (without the
    comment, which stays with those involved)."""
    _delivered(offer)
    if PracticeFeedback.objects.filter(offer=offer).exists():
        raise ValidationError(_("Practice already gave its feedback on this work."), code="given")
    with transaction.atomic():
        adoption = None
        if in_use and offer.product_id and offer.practice_organisation_id:
            adoption = Adoption.objects.create(
                product_id=offer.product_id,
                organisation_id=offer.practice_organisation_id,
                municipality=offer.municipality,
                since=timezone.localdate(),
                # An adoption is public; the comment is practice's word to those involved.
                experience="",
            )
        feedback = PracticeFeedback.objects.create(
            offer=offer,
            usefulness=usefulness,
            comment=(comment or "").strip(),
            in_use=in_use,
            given_by=actor if getattr(actor, "pk", None) else None,
            adoption=adoption,
            given_at=timezone.now(),
        )
        _record(offer, EventKind.FEEDBACK, actor=actor)
    return feedback
