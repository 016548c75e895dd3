"""The pager's page numbers: the current page, its neighbours, the first and the last."""

from django import template

register = template.Library()

# On each side of the current page, and at each end of the range (Django's defaults, 3 and 2,
# make a pager too wide for a phone).
ON_EACH_SIDE = 1
ON_ENDS = 1


@register.simple_tag
def page_links(page_obj, on_each_side=ON_EACH_SIDE, on_ends=ON_ENDS):
    """The page numbers to link to around `page_obj`, with `None` where pages are left out.

    `Paginator.get_elided_page_range` elides around page 1 unless it is told the current
    number; this always tells it. Page 10 of 25 gives 1 … 9 10 11 … 25.
    """
    paginator = page_obj.paginator
    numbers = paginator.get_elided_page_range(
        page_obj.number, on_each_side=on_each_side, on_ends=on_ends
    )
    return [None if number == paginator.ELLIPSIS else number for number in numbers]
