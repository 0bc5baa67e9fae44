"""Replays each demo offer's journey through the services, dated when it happened.

Every step is the real service call (``create_offer``, ``journey.*``, ``returns.*``), so the
offer's and the question's timelines, the student groups, the library products and the adoptions
are what the site itself would have made. The services date what they record *now*, and refuse an
offer whose period has passed; so a step is run today and what it recorded is then moved back to
the moment the step belongs to (``History.step``). An offer of a period that has passed (delivered
or assessed work) is made for dates from tomorrow on and then given its real, past period. Nothing
is ever dated after today.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from werkplaats.library.models import Adoption, Product
from werkplaats.questions.models import QuestionEvent

from ..constants import OfferState
from ..models import AssignmentEvent, AssignmentOffer, GroupMember, PracticeFeedback, StudentGroup
from ..services import journey, returns
from ..services.offers import OfferDraft, create_offer
from .programmes import blocks, semesters

DAY = datetime.timedelta(days=1)


@dataclass
class Terms:
    """The periods the demo's offers run in, relative to today."""

    coming: tuple  # the next semester
    after: tuple  # the one after it
    current: tuple  # the semester we are in (or the last one, in the summer)
    previous: tuple  # the one before it
    earlier: tuple  # a year before that
    block: tuple  # the last period of ten weeks that ended at least a week ago

    @classmethod
    def around(cls, today: datetime.date) -> "Terms":
        start = today.year - 3
        terms = [(s, e) for year in range(start, start + 6) for _, s, e in semesters(year)]
        periods = [(s, e) for year in range(start, start + 6) for _, s, e in blocks(year)]
        coming = next(i for i, (s, _) in enumerate(terms) if s > today)
        current = coming - 1
        block = [p for p in periods if p[1] <= today - 7 * DAY][-1]
        return cls(
            coming=terms[coming],
            after=terms[coming + 1],
            current=terms[current],
            previous=terms[current - 1],
            earlier=terms[current - 3],
            block=block,
        )


class History:
    """Runs steps through the services and moves what they recorded back to their moment."""

    def __init__(self, now: datetime.datetime):
        self.now = now
        self.today = timezone.localdate(now)

    def at(self, day: datetime.date, hour: int = 10) -> datetime.datetime:
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
        return min(moment, self.now - datetime.timedelta(minutes=5))

    def step(self, moment: datetime.datetime, call):
        """Runs ``call()``; every event it recorded on an offer's or a question's timeline is
        dated ``moment``."""
        marks = [model.objects.aggregate(last=Max("pk"))["last"] or 0 for model in EVENTS]
        result = call()
        for model, mark in zip(EVENTS, marks, strict=True):
            model.objects.filter(pk__gt=mark).update(created_at=moment)
        return result

    # -- the steps ----------------------------------------------------------------------------

    def offer(self, moment, draft: OfferDraft, actor, period: tuple) -> AssignmentOffer:
        starts, ends = period
        past = ends < self.today
        if past:  # the services refuse a period that has passed: made for the coming days
            draft.starts_on, draft.ends_on = self.today + DAY, self.today + DAY + (ends - starts)
        else:
            draft.starts_on, draft.ends_on = starts, ends
        offer = self.step(moment, lambda: create_offer(draft, actor))
        AssignmentOffer.objects.filter(pk=offer.pk).update(
            created_at=moment, state_changed_at=moment, starts_on=starts, ends_on=ends
        )
        offer.refresh_from_db()
        return offer

    def _moved(self, offer, moment) -> None:
        AssignmentOffer.objects.filter(pk=offer.pk).update(state_changed_at=moment)

    def claim(self, moment, offer, lecturer, programme) -> StudentGroup:
        group, _code = self.step(moment, lambda: journey.claim_offer(offer, lecturer, programme))
        StudentGroup.objects.filter(pk=group.pk).update(matched_at=moment)
        self._moved(offer, moment)
        return group

    def join(self, moment, group, user, name: str, named: bool) -> GroupMember:
        member = self.step(
            moment,
            lambda: journey.join_group(group, user, display_name=name, named_publicly=named),
        )
        GroupMember.objects.filter(pk=member.pk).update(joined_at=moment)
        return member

    def start(self, moment, offer, actor) -> None:
        self.step(moment, lambda: journey.start_work(offer, actor))
        self._moved(offer, moment)

    def deliver(self, moment, offer, actor, work: tuple) -> None:
        title, summary, link = work
        self.step(
            moment,
            lambda: journey.deliver_work(offer, actor, title=title, summary=summary, link=link),
        )
        StudentGroup.objects.filter(offer=offer).update(delivered_at=moment)
        self._moved(offer, moment)

    def assess(self, moment, offer, actor, assessment: str) -> None:
        self.step(moment, lambda: journey.assess_work(offer, actor, assessment))
        StudentGroup.objects.filter(offer=offer).update(assessed_at=moment)
        self._moved(offer, moment)

    def agree_as_student(self, moment, member) -> None:
        self.step(moment, lambda: returns.agree_as_student(member))
        GroupMember.objects.filter(pk=member.pk).update(agreed_to_publish_at=moment)
        self._published(member.group.offer, moment)

    def agree_as_lecturer(self, moment, offer, licence: str) -> None:
        self.step(moment, lambda: returns.agree_as_lecturer(offer, licence))
        StudentGroup.objects.filter(offer=offer).update(lecturer_agreed_at=moment)
        self._published(offer, moment)

    def _published(self, offer, moment) -> None:
        offer.refresh_from_db()
        if offer.product_id:
            Product.objects.filter(pk=offer.product_id, published_at__gt=moment).update(
                published_at=moment, created_at=moment
            )

    def feedback(self, moment, offer, actor, usefulness, in_use: bool, comment: str) -> None:
        feedback = self.step(
            moment,
            lambda: returns.give_feedback(
                offer, actor, usefulness=usefulness, comment=comment, in_use=in_use
            ),
        )
        PracticeFeedback.objects.filter(pk=feedback.pk).update(given_at=moment)
        if feedback.adoption_id:
            Adoption.objects.filter(pk=feedback.adoption_id).update(since=moment.date())

    def withdraw(self, moment, offer, actor, reason: str) -> None:
        self.step(moment, lambda: journey.withdraw_offer(offer, actor, reason))
        self._moved(offer, moment)


EVENTS = (AssignmentEvent, QuestionEvent)


def student_account(name: str, own=None):
    """A fictional student's account (no password: nobody logs in as them), or ``own``."""
    if own is not None:
        return own
    User = get_user_model()
    username = f"demo-student-{slugify(name)}"[:150]
    user = User.objects.filter(username=username).first()
    if user is None:
        given, _, family = name.partition(" ")
        user = User(
            username=username, email=f"{username}@example.org", first_name=given, last_name=family
        )
        user.set_unusable_password()
        user.save()
    return user


def schedule(state: str, period: tuple, history: History, days_ago: int) -> dict:
    """When each step of an offer that got to ``state`` in ``period`` happened."""
    today, at = history.today, history.at
    starts, ends = period
    if state == OfferState.OFFERED:
        return {"offered": at(today - days_ago * DAY, 11)}
    if state in (OfferState.MATCHED, OfferState.WITHDRAWN):
        return {
            "offered": at(today - (days_ago + 40) * DAY, 11),
            "matched": at(today - 20 * DAY, 14),
            "joined": today - 18 * DAY,
            "withdrawn": at(today - 9 * DAY, 16),
        }
    moments = {
        "offered": at(starts - 100 * DAY, 11),
        "matched": at(starts - 28 * DAY, 14),
        "joined": starts - 21 * DAY,
        "running": at(starts + 4 * DAY, 9),
        "delivered": at(ends - 3 * DAY, 15),
        "assessed": at(ends + 12 * DAY, 13),
        "agreed": ends + 14 * DAY,
        "feedback": at(ends + 40 * DAY, 10),
    }
    return moments
