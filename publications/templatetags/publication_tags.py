from django import template

from publications import ranking

register = template.Library()


@register.inclusion_tag("components/rank_badge.html")
def rank_badge(publication):
    return {"rank": ranking.rank_of(publication)}
