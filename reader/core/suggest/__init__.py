"""Rule-based suggestions (quotes, attributed claims, speculation) and the sources an article cites.

    from reader.core.suggest import suggest, sources
    for s in suggest(article): print(s.tag, s.rule, s.text, s.attribution, s.why)

Rules are data (`rules/de.json`, `rules/en.json`); the article's language picks the set, "und"
uses both. `python -m bench.suggest_eval` (`make eval`) measures them against the hand-labelled sets.
"""

from reader.core.suggest.engine import Analysis, Source, Suggestion, analyse, sources, suggest
from reader.core.suggest.ruleset import Rule, RuleSet, all_rules, load_ruleset, rulesets_for

__all__ = [
    "Analysis",
    "Rule",
    "RuleSet",
    "Source",
    "Suggestion",
    "all_rules",
    "analyse",
    "load_ruleset",
    "rulesets_for",
    "sources",
    "suggest",
]
