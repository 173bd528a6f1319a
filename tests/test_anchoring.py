"""Re-attaching annotations after the article's text changed (reader.core.anchoring)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.anchoring import reanchor
from reader.core.annotation import Annotation, make_annotation
from reader.core.article import Article, Block

PARAGRAPHS = [
    "Musk & Zuckerberg: Feinde im Ring, Partner beim Deal",
    "Elon Musk versuchte heimlich, seinen öffentlichen Rivalen Mark Zuckerberg für die "
    "Übernahme von OpenAI zu gewinnen. Die Enthüllung wirft ein neues Licht auf den Machtkampf.",
    "Laut Gerichtsdokumenten, die jetzt öffentlich wurden, kontaktierte Musk den Meta-CEO im "
    "Februar 2025. Das Angebot: satte 97,4 Milliarden Dollar für das KI-Unternehmen, das Musk "
    "einst mitgründete und nun verklagen will.",
    "„OpenAI steht nicht zum Verkauf“, erklärte CEO Sam Altman unmissverständlich. Personen aus "
    "dem Unternehmensumfeld bezeichneten Musks Vorstoß intern sogar als reinen „PR-Stunt“.",
]


def article(*paragraphs: str) -> Article:
    """An article whose canonical text is the paragraphs joined by a blank line."""
    blocks, pos = [], 0
    for i, text in enumerate(paragraphs):
        blocks.append(Block("title" if i == 0 else "paragraph", 1, pos, pos + len(text), text))
        pos += len(text) + 2
    return Article(
        blocks=blocks,
        kicker=None,
        sources=["/tmp/article.txt"],
        pages_known=1,
        pages_present=[1],
        lang="de",
    )


def annotate(art: Article, quote: str, *, nth: int = 0, tag: str = "claim") -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = art.text.index(quote, start + 1)
    return make_annotation(
        art.text,
        article=art.key,
        version=art.id,
        tag=tag,
        start=start,
        end=start + len(quote),
        page=1,
        note="a note",
    )


def anchored_text(art: Article, a: Annotation) -> str:
    assert not a.orphaned
    assert a.version == art.id
    assert art.text[a.start : a.end] == a.exact
    return a.exact


def test_annotations_on_the_current_version_come_back_unchanged():
    art = article(*PARAGRAPHS)
    anns = [annotate(art, "Sam Altman"), annotate(art, "97,4 Milliarden Dollar")]
    out = reanchor(anns, art.text, art.id)
    assert out == anns
    assert all(a is b for a, b in zip(out, anns, strict=True))


def test_text_inserted_before_the_annotation_shifts_it():
    old = article(*PARAGRAPHS)
    a = annotate(old, "satte 97,4 Milliarden Dollar")
    new = article(PARAGRAPHS[0], "Ein ganz neuer Absatz steht jetzt hier.", *PARAGRAPHS[1:])
    [b] = reanchor([a], new.text, new.id)
    shift = len("Ein ganz neuer Absatz steht jetzt hier.") + 2
    assert (b.start, b.end) == (a.start + shift, a.end + shift)
    assert anchored_text(new, b) == a.exact
    assert b.prefix == new.text[b.start - 32 : b.start] and b.suffix == new.text[b.end : b.end + 32]
    # what the user made is untouched
    assert (b.uuid, b.tag, b.note, b.created, b.modified) == (
        a.uuid,
        a.tag,
        a.note,
        a.created,
        a.modified,
    )


def test_words_changed_inside_the_passage_follow_it():
    old = article(*PARAGRAPHS)
    a = annotate(old, "Das Angebot: satte 97,4 Milliarden Dollar für das KI-Unternehmen")
    edited = PARAGRAPHS[2].replace(
        "satte 97,4 Milliarden Dollar", "stolze 97,4 Milliarden US-Dollar"
    )
    new = article("Vorspann.", *PARAGRAPHS[:2], edited, PARAGRAPHS[3])
    [b] = reanchor([a], new.text, new.id)
    assert (
        anchored_text(new, b)
        == "Das Angebot: stolze 97,4 Milliarden US-Dollar für das KI-Unternehmen"
    )
    assert b.modified == a.modified


def test_a_short_reworded_name_follows_to_whole_words():
    old = article(*PARAGRAPHS)
    a = annotate(old, "Sam Altman")
    new = article(*PARAGRAPHS[:3], PARAGRAPHS[3].replace("Sam Altman", "Samuel Altman"))
    [b] = reanchor([a], new.text, new.id)
    assert anchored_text(new, b) == "Samuel Altman"


def test_a_deleted_passage_becomes_an_orphan_with_its_fields_kept():
    old = article(*PARAGRAPHS)
    gone = annotate(
        old, "Die Enthüllung wirft ein neues Licht auf den Machtkampf.", tag="speculation"
    )
    kept = annotate(old, "Sam Altman", tag="quote")
    new = article(PARAGRAPHS[0], PARAGRAPHS[1].split(" Die Enthüllung")[0], *PARAGRAPHS[2:])
    out = reanchor([gone, kept], new.text, new.id)
    assert len(out) == 2
    assert out[0] == replace(gone, orphaned=True)
    assert anchored_text(new, out[1]) == "Sam Altman"


def test_the_same_quote_twice_goes_to_the_one_whose_context_matches():
    first = "Der Minister sagte am Montag: Das ist falsch. Danach verließ er den Saal."
    second = "Die Opposition hielt dagegen: Das ist falsch. Sie verlangt einen Ausschuss."
    old = article("Titel", first, second)
    a = annotate(old, "Das ist falsch.", nth=1)  # the opposition's
    # the paragraphs swap places: the old offset now points into the minister's paragraph
    new = article("Titel", second, first)
    [b] = reanchor([a], new.text, new.id)
    assert anchored_text(new, b) == "Das ist falsch."
    assert new.text[b.start - 30 : b.start].endswith("Die Opposition hielt dagegen: ")
    # and the other way round, for the minister's
    m = annotate(old, "Das ist falsch.", nth=0)
    [c] = reanchor([m], new.text, new.id)
    assert new.text[c.start - 30 : c.start].endswith("Der Minister sagte am Montag: ")


def test_a_short_quote_gone_never_lands_on_similar_letters():
    old = article("Titel", "Der Kernel wurde von Linus Torvalds geschrieben. Er läuft auf Servern.")
    a = annotate(old, "Linus")
    # "Linus" is gone; "machines" (containing "chines") sits right where it was
    new = article("Titel", "Der Kernel läuft auf machines aller Art. Er läuft auf Servern.")
    [b] = reanchor([a], new.text, new.id)
    assert b == replace(a, orphaned=True)


def test_a_short_quote_gone_does_not_jump_to_the_same_word_in_another_passage():
    old = article(
        "Titel",
        "Batman kam spät. Robin wartete am Tor, bis es dunkel wurde.",
        "Später im Jahr sprach Robin vor Gericht über den Streit mit dem Verlag.",
    )
    a = annotate(old, "Robin", nth=1)  # the court one
    new = article("Titel", "Batman kam spät. Robin wartete am Tor, bis es dunkel wurde.")
    [b] = reanchor([a], new.text, new.id)
    assert b.orphaned


def test_offsets_are_code_points_with_emoji_before_the_span():
    old = article("🎉 Titel 🎉", "Ein Satz 👍🏽 mit Emoji. Der wichtige Teil kommt jetzt.")
    a = annotate(old, "Der wichtige Teil")
    new = article("🎉 Titel 🎉", "😀 Ein Satz 👍🏽 mit Emoji. Der wichtige Teil kommt jetzt.")
    [b] = reanchor([a], new.text, new.id)
    assert b.start == a.start + 2  # "😀 " is 2 code points (3 UTF-16 units)
    assert anchored_text(new, b) == "Der wichtige Teil"


def test_reanchoring_twice_gives_the_same_result():
    old = article(*PARAGRAPHS)
    anns = [
        annotate(old, "Musk & Zuckerberg"),
        annotate(old, "satte 97,4 Milliarden Dollar"),
        annotate(old, "Sam Altman"),
        annotate(old, "Die Enthüllung wirft ein neues Licht auf den Machtkampf."),
        annotate(old, "Personen aus dem Unternehmensumfeld"),
    ]
    new = article(
        PARAGRAPHS[0],
        PARAGRAPHS[1].split(" Die Enthüllung")[0],
        PARAGRAPHS[2].replace("satte", "stolze"),
        "Neuer Absatz. " + PARAGRAPHS[3],
    )
    once = reanchor(anns, new.text, new.id)
    assert [a.orphaned for a in once] == [False, False, False, True, False]
    twice = reanchor(once, new.text, new.id)
    assert twice == once
    assert reanchor(twice, new.text, new.id) == once


def test_an_orphan_comes_back_when_its_text_does():
    old = article(*PARAGRAPHS)
    a = annotate(old, "Die Enthüllung wirft ein neues Licht auf den Machtkampf.")
    new = article(PARAGRAPHS[0], PARAGRAPHS[1].split(" Die Enthüllung")[0], *PARAGRAPHS[2:])
    [orphan] = reanchor([a], new.text, new.id)
    assert orphan.orphaned
    [back] = reanchor([orphan], old.text, old.id)
    assert back == a


def test_many_annotations_with_one_shift_all_follow():
    paragraphs = [f"Absatz {i}: {PARAGRAPHS[1 + i % 3]}" for i in range(200)]
    old = article("Titel", *paragraphs)
    anns = [annotate(old, f"Absatz {i}: ") for i in range(200)]
    anns += [annotate(old, "Sam Altman", nth=i) for i in range(0, 66)]
    new = article("Titel", "Eingefügt.", *paragraphs)
    out = reanchor(anns, new.text, new.id)
    shift = len("Eingefügt.") + 2
    assert [(b.start, b.end) for b in out] == [(a.start + shift, a.end + shift) for a in anns]
    assert all(not b.orphaned and b.version == new.id for b in out)


def test_page_is_refreshed_when_a_page_lookup_is_given():
    old = article(*PARAGRAPHS)
    a = annotate(old, "Sam Altman")
    new = article("Vorspann.", *PARAGRAPHS)
    [b] = reanchor([a], new.text, new.id, page_at=lambda offset: 7)
    assert b.page == 7 and anchored_text(new, b) == "Sam Altman"


BODY = "\n\n".join(PARAGRAPHS[1:])
words = st.text(alphabet="abcdefgh XYZ.,äöü😀", min_size=1, max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    span=st.tuples(st.integers(0, len(BODY) - 1), st.integers(1, 60)),
    at=st.integers(0, len(BODY)),
    inserted=words,
)
def test_an_insertion_outside_the_context_never_moves_the_passage(span, at, inserted):
    start, length = span
    end = min(len(BODY), start + length)
    if start - 32 <= at <= end + 32:  # only edits that leave the passage and its context alone
        return
    a = make_annotation(BODY, article="k", version="v1", tag="claim", start=start, end=end, page=1)
    text = BODY[:at] + inserted + BODY[at:]
    [b] = reanchor([a], text, "v2")
    shift = len(inserted) if at <= start else 0
    assert (b.start, b.end, b.orphaned) == (a.start + shift, a.end + shift, False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    spans=st.lists(st.tuples(st.integers(0, len(BODY) - 1), st.integers(1, 80)), max_size=6),
    cut=st.tuples(st.integers(0, len(BODY)), st.integers(0, 120)),
    inserted=st.text(alphabet="abcdefgh XYZ.,äöü😀", max_size=60),
)
def test_any_edit_is_idempotent_and_lands_on_similar_text(spans, cut, inserted):
    anns = [
        make_annotation(
            BODY, article="k", version="v1", tag="claim", start=s, end=min(len(BODY), s + n), page=1
        )
        for s, n in spans
    ]
    at, removed = cut
    text = BODY[:at] + inserted + BODY[at + removed :]
    once = reanchor(anns, text, "v2")
    assert len(once) == len(anns)
    assert reanchor(once, text, "v2") == once
    for a, b in zip(anns, once, strict=True):
        if b.orphaned:
            assert b == replace(a, orphaned=True)
        else:
            assert text[b.start : b.end] == b.exact
            assert (b.uuid, b.created, b.modified) == (a.uuid, a.created, a.modified)


@pytest.mark.parametrize("text", ["", "x"])
def test_tiny_texts_orphan_instead_of_failing(text):
    old = article(*PARAGRAPHS)
    [b] = reanchor([annotate(old, "Sam Altman")], text, "v2")
    assert b.orphaned
