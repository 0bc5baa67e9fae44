"""Who may see and change library products. Lists are filtered here, never in templates."""

from django.db.models import Q, QuerySet

from werkplaats.accounts.roles import coordinated_workshops, is_network_editor

from .models import Product


def _of_workshops(workshops, via: str = "") -> Q:
    return Q(
        **{
            f"{via}pk__in": Product.workshops.through.objects.filter(workshop__in=workshops).values(
                "product_id"
            )
        }
    )


def visible_products_q(user, via: str = "") -> Q:
    """The condition of ``products_visible_to`` on the product behind the relation ``via``
    (such as ``"source__"``): a join with it, where ``pk__in=<visible products>`` would make the
    database list every published product first."""
    if is_network_editor(user):
        return Q()
    workshops = coordinated_workshops(user)
    published = Q(**{f"{via}is_published": True})
    if not workshops.exists():
        return published
    return published | _of_workshops(workshops.values("pk"), via)


def products_visible_to(user) -> QuerySet:
    """Published products for everyone; drafts only for the coordinators of one of the
    product's werkplaatsen, and for network editors."""
    return Product.objects.filter(visible_products_q(user))


def products_edited_by(user) -> QuerySet:
    if is_network_editor(user):
        return Product.objects.all()
    return Product.objects.filter(_of_workshops(coordinated_workshops(user).values("pk")))


def can_edit_product(user, product: Product) -> bool:
    """Coordinators of one of its werkplaatsen, and network editors."""
    if not (user.is_authenticated and user.is_active):
        return False
    if is_network_editor(user):
        return True
    return product.workshops.filter(pk__in=coordinated_workshops(user).values("pk")).exists()


def can_create_product(user) -> bool:
    """Coordinators (for their own werkplaatsen) and network editors; members may not."""
    if not (user.is_authenticated and user.is_active):
        return False
    return is_network_editor(user) or coordinated_workshops(user).exists()


def workshops_for_products_of(user) -> QuerySet:
    """The werkplaatsen a user may give a product: their own for coordinators, any for network
    editors."""
    from werkplaats.network.models import Workshop

    if is_network_editor(user):
        return Workshop.objects.all()
    return coordinated_workshops(user)
