from django import template

from publications import ranking

register = template.Library()


@register.simple_tag
def ranking_stamp():
    """When the all-time ranking was computed: part of cached fragments that show ranks."""
    return int(ranking.get().computed_at)


@register.inclusion_tag("components/rank_badge.html")
def rank_badge(publication):
    return {"rank": ranking.rank_of(publication)}
