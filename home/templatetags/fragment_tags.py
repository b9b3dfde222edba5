"""`{% fragment_cache %}`: a part of a page template rendered once and then read from the
cache until the site's content changes.

    {% load fragment_tags %}
    {% fragment_cache "topic-lists" page.pk %} ... {% endfragment_cache %}

The key carries the site cache's generation (`home.site_cache`), so a page published,
unpublished, moved or deleted, or a snippet, image, document or setting saved, starts a
new generation and no fragment rendered before it is read again. It also carries the
interface language, the site and the address serving the request: dates, labels, titles
and link URLs differ by them. Django's own `{% cache %}` has neither, and would serve a
stale fragment until its timeout.

Only for what is the same for every reader: no CSRF token, nothing that depends on who
is signed in, on the query string or on the time of day. Previews (drafts, revisions)
are rendered afresh and never stored, and nothing is cached with DEBUG on. A deploy runs
`migrate`, which starts a new generation: no fragment outlives the templates it came from.
"""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home import site_cache

register = template.Library()


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if settings.DEBUG or request is None or getattr(request, "is_preview", False):
            # DEBUG: a developer's template edits show at once, as Django's own template
            # cache does not keep templates then either.
            return self.nodelist.render(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        if any(value is None or value == "" for value in vary_on):
            return self.nodelist.render(context)  # e.g. no page: not cached
        site = getattr(request, "_wagtail_site", None)  # home.site_cache.SiteCacheMiddleware
        key_parts = [
            "fragment",
            self.name.resolve(context),
            get_language(),
            site.pk if site is not None else "",
            request.scheme,
            request.get_host(),  # absolute URLs (hreflang alternates) name it
            # A routable page answers at several addresses, each with its own title,
            # breadcrumbs and language links.
            request.path,
            *vary_on,
        ]
        return mark_safe(  # noqa: S308 - the template's own output, escaped as it rendered
            site_cache.cached(request, *key_parts, compute=lambda: self.nodelist.render(context))
        )


@register.tag
def fragment_cache(parser, token):
    """`{% fragment_cache name [value ...] %}...{% endfragment_cache %}`: `name` and each
    value (a page's pk, say) go into the key. A value that is None or empty means "do not
    cache": the fragment is rendered afresh."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
