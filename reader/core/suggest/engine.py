"""Suggestions: quotes, attributed claims and hedges found by rules, and the sources an article cites.

`suggest(article)` returns `Suggestion`s, `sources(article)` returns `Source`s; both come from one
pass (`analyse`) that is cached per article version and language. The pass:

1. finds paired quotations block by block, and the speaker of each from its reporting clause;
2. runs every cue rule of the article's rule sets block by block (`pattern.finditer` bounded to the
   block), mapping each cue to the sentence (or clause) it governs through the Article's own
   sentence API, and finds the cited source;
3. finds Konjunktiv I forms with a reporting verb in the sentence or the one before;
4. resolves speaker pronouns ("sagte sie", "she said") to the last person named as a source in
   the same or the previous block, and surnames to the one full name that ends with them;
5. merges suggestions with the same tag and span, and groups the sources.

Each step is a module of functions over the shared state (`context.Pass`): `quoting`, `cues`,
`konjunktiv`, `checkworthy`, `resolution` (with `bodies`), `inheritance`, `listing`; `records`
holds what they find, `forms` the word forms they share. Everything is offsets into
`article.text`. Sentences are only segmented for blocks that hold a cue, and no step is worse than
linear in the text: a subject, a quote's speaker, an anchored rule look at most a few hundred
characters around their cue (`names.REACH`), however long a sentence runs, so a 50,000-word article
takes seconds in the worker (`make bench`) and a pasted table of 3,000 quotes no longer minutes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection

from reader.core.article import Article
from reader.core.suggest.checkworthy import find_checkworthy
from reader.core.suggest.context import Pass
from reader.core.suggest.cues import find_cues
from reader.core.suggest.inheritance import attribute_interview, inherit_speakers
from reader.core.suggest.konjunktiv import find_konjunktiv
from reader.core.suggest.listing import sources as list_sources
from reader.core.suggest.listing import suggestions as list_suggestions
from reader.core.suggest.quoting import find_quotes
from reader.core.suggest.records import Analysis, Source, Suggestion
from reader.core.suggest.resolution import resolve
from reader.core.suggest.ruleset import rulesets_for

__all__ = ["Analysis", "Source", "Suggestion", "analyse", "sources", "suggest"]

# --- public API ----------------------------------------------------------------------------------

_CACHE: OrderedDict[tuple[str, str, frozenset[str] | None], Analysis] = OrderedDict()
_CACHE_SIZE = 16
_lock = threading.Lock()


def analyse(article: Article, rules: Collection[str] | None = None) -> Analysis:
    """Suggestions and sources of one article version (cached by text id and language).

    `rules`, if given, keeps only the suggestions of those rule ids (the sources stay whole).
    """
    only = frozenset(rules) if rules is not None else None
    key = (article.id, article.lang, only)
    with _lock:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    rulesets = rulesets_for(article.lang)
    if not rulesets or not article.text:
        result = Analysis((), ())
    else:
        ctx = Pass(article, rulesets)
        find_quotes(ctx)
        find_cues(ctx)
        find_konjunktiv(ctx)
        find_checkworthy(ctx)
        resolve(ctx)
        attribute_interview(ctx)
        inherit_speakers(ctx)
        found = list_suggestions(ctx, only)
        result = Analysis(found, list_sources(ctx, found))
    with _lock:
        _CACHE[key] = result
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


def suggest(article: Article, rules: Collection[str] | None = None) -> list[Suggestion]:
    """Every suggestion for `article` (or those of the `rules` ids), in text order."""
    return list(analyse(article, rules).suggestions)


def sources(article: Article) -> list[Source]:
    """Who `article` cites, most-cited first (ties: first cited first)."""
    return list(analyse(article).sources)
