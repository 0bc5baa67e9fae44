from django.core.paginator import Page, Paginator

PAGE_SIZE = 25


def paginate(request, queryset, per_page: int = PAGE_SIZE) -> Page:
    """The requested page; a page that is not a number or out of range gives the nearest one."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
