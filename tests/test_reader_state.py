"""The reader state without a terminal: the rules behind the keys, checked directly."""

from __future__ import annotations

import pytest
from conftest import SAMPLES, SEED

from reader.core.parsing import parse_files
from reader.core.reader_state import ReaderState
from reader.core.session import Rejection
from reader.core.store import Store
from reader.core.suggest import analyse


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "db.json") as s:
        yield s


def seed_state(store, **kw) -> ReaderState:
    return ReaderState(parse_files([str(SEED)]).with_language("de", 1.0), store, **kw)


def test_the_annotation_at_the_cursor_prefers_the_one_a_jump_went_to(store):
    state = seed_state(store)
    s = state.article.sentences[1]
    state.session.add("claim", s.start, s.end)
    inner = state.session.add("quote", s.start + 5, s.start + 20)
    state.move_to(s.start)
    assert state.annotation_at_cursor().tag == "claim"  # the first under the cursor
    state.jump_to_annotation(inner)
    assert state.annotation_at_cursor() is inner
    state.next_sentence()
    assert state.annotation_at_cursor() is None


def test_tab_visits_annotations_that_start_together_in_turn(store):
    state = seed_state(store)
    s = state.article.sentences
    a = state.session.add("claim", s[2].start, s[2].end)
    b = state.session.add("quote", s[2].start, s[3].end)
    c = state.session.add("speculation", s[5].start, s[5].end)
    seen = []
    for _ in range(3):
        state.next_annotation()
        seen.append(state.current_annotation)
    assert seen == [a.uuid, b.uuid, c.uuid]
    state.next_annotation()
    assert state.message == "No more annotations after this"
    state.previous_annotation()
    assert state.current_annotation == b.uuid
    state.previous_annotation()
    assert state.current_annotation == a.uuid


def test_sources_cycle_through_their_mentions(store):
    article = parse_files([str(SAMPLES / "glasshouse-library-en.txt")]).with_language("en", 1.0)
    state = ReaderState(article, store)
    state.suggestions_ready(state.article, analyse(state.article))
    index = next(i for i, src in enumerate(state.sources) if src.count >= 2)
    src = state.sources[index]
    visited = []
    for _ in range(src.count + 1):
        state.next_mention(index)
        visited.append(state.reading.cursor.start)
    cursor_of = [state.article.sentence_at(m[0]).start for m in src.mentions]
    assert visited == cursor_of + cursor_of[:1]  # wraps around
    assert state.message.endswith(f"mention 1/{src.count}")


def test_a_language_switch_resplits_sentences(store, tmp_path):
    """'3.' ends an English sentence; the German rules keep it as an ordinal after „am“."""
    article = tmp_path / "a.txt"
    article.write_text("They won am 3. Smith scored twice in the second half.\n", encoding="utf-8")
    state = ReaderState(parse_files([str(article)]).with_language("de", 0.0), store)
    assert len(state.article.sentences) == 1
    assert state.switch_language("en", 0.99)
    assert len(state.article.sentences) == 2
    assert state.reading.article is state.article and state.session.article is state.article
    assert store.cached_language(state.article.id) == ("en", 0.99)


def test_with_language_gives_a_fresh_sentence_cache(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("They won am 3. Smith scored twice in the second half.\n", encoding="utf-8")
    german = parse_files([str(article)]).with_language("de", 0.0)
    assert len(german.sentences) == 1
    assert len(german.with_language("en", 1.0).sentences) == 2
    assert len(german.sentences) == 1


def test_status_says_the_answer_first_then_where(store):
    state = seed_state(store)
    state.next_sentence()
    state.tag("claim")
    status = state.status()
    assert status.startswith("Tagged claim · Seite 1 / 2 · 1/")
    assert "1 ann." in status and "[claim]" in status


def test_a_rejection_is_undone_and_redone_like_a_tag(store):
    state = seed_state(store)
    state.suggestions_ready(state.article, analyse(state.article))
    state.step_suggestion(True)
    first = state.suggestion_at_cursor()
    assert first in state.layer.open()
    state.reject_suggestion()
    assert first not in state.layer.open()
    assert [r["exact"] for r in store.rejections(state.article.key)] == [first.text]
    state.undo()
    assert first in state.layer.open() and store.rejections(state.article.key) == []
    state.redo()
    assert first not in state.layer.open()


def test_accept_rule_is_one_step(store):
    state = seed_state(store)
    state.suggestions_ready(state.article, analyse(state.article))
    state.accept_rule("de.claim.laut")
    assert len(state.session) == 2 and len(state.session.undo_stack) == 1
    state.undo()
    assert len(state.session) == 0


def test_end_of_the_article_names_the_missing_page(store):
    state = seed_state(store)
    state.last_pane()
    state.next_pane()
    assert state.message == "Seite 2 / 2 is not in this file"


def test_a_missing_first_page_is_said_on_open(store):
    article = parse_files([str(SAMPLES / "moorfeld-windpark-2.txt")]).with_language("de", 1.0)
    assert ReaderState(article, store).message == "Seite 1 / 2 is not in this file"


def test_the_wait_for_suggestions_is_not_announced_after_it_is_over(store):
    """`}` before the rules finish says "Looking for suggestions…"; once they arrive the status
    line says so, instead of still announcing the wait."""
    state = seed_state(store)
    assert state.step_suggestion(True) is False
    assert state.status().startswith("Looking for suggestions")
    assert state.suggestions_ready(state.article, analyse(state.article))
    assert state.status().startswith(f"{len(state.layer.open())} suggestions ready: }} goes")


def test_the_open_suggestion_count_follows_every_decision_without_a_recount(store, monkeypatch):
    """The status line asks how many suggestions are open on every key; the count is kept from
    what each change touched (a long article has thousands). Through accepts, rejections, a tag
    on a suggestion's span, a bulk accept, undo, redo and a reload it always equals a recount —
    and a tag elsewhere re-checks no suggestion at all."""
    import random

    from reader.core.suggest import layer as layer_module

    state = seed_state(store)
    state.suggestions_ready(state.article, analyse(state.article))
    layer = state.layer

    def recount() -> int:
        return sum(layer.is_open(s) for s in layer._all)

    rnd = random.Random(5)
    moves = ["accept", "reject", "tag", "undo", "undo", "redo", "bulk"]
    for _ in range(60):
        move = rnd.choice(moves)
        candidates = layer.open()
        if move in ("accept", "reject", "tag") and candidates:
            s = rnd.choice(candidates)
            if move == "accept":
                layer.accept(s)
            elif move == "reject":
                layer.reject(s)
            else:
                state.session.add(s.tag, s.start, s.end)
        elif move == "bulk" and candidates:
            state.accept_rule(rnd.choice(candidates).rule)
        elif move == "undo":
            state.undo()
        elif move == "redo":
            state.redo()
        assert layer.open_count() == recount() == len(layer.open())
    # another process accepts one (as `reader sync --watch` brings it in): a reload rebuilds
    from reader.core.annotation import make_annotation

    while state.session.undo_stack:
        state.undo()
    assert layer.open_count() == recount()
    s = layer.open()[0]
    a = state.article
    store.put(
        make_annotation(
            a.text, article=a.key, version=a.id, tag=s.tag, start=s.start, end=s.end, page=1
        )
    )
    before = layer.open_count()
    assert state.session.reload() and layer.open_count() == recount() == before - 1
    # ... and a rejection alone, with no annotation changed, is picked up too
    s = layer.open()[0]
    store.commit(
        a.key,
        reject=[Rejection(s.rule, s.start, s.end, s.text, "2026-12-02T00:00:00Z").to_dict(a.key)],
    )
    assert state.session.reload() and layer.open_count() == recount() == before - 2
    assert not state.session.reload()  # nothing new: no rebuild

    checked = []
    real = layer_module.SuggestionLayer.is_open
    monkeypatch.setattr(
        layer_module.SuggestionLayer, "is_open", lambda self, s: checked.append(s) or real(self, s)
    )
    heading = state.article.blocks[0]
    state.session.add("claim", heading.start, heading.start + 3)  # no suggestion has this span
    layer.open_count()
    assert checked == []


def test_swapping_ends_with_nothing_selected_says_how_to_select(store):
    """o with no selection did nothing and said nothing (fresh-eyes review)."""
    state = seed_state(store)
    before = state.reading.cursor
    state.swap_ends()
    assert state.message.startswith("Nothing selected: v selects")
    assert state.reading.cursor == before


def test_the_status_line_and_the_library_say_the_same_progress(store):
    """The status line said 37 % on opening (the end of the pane shown) where the library said
    0 % (the saved cursor), and 100 % on the first page of two (fresh-eyes review): both now
    measure the cursor."""
    from reader.core.library import library_rows, record

    state = seed_state(store)
    record(store, state.article.key, state.article, [])
    assert " · 0% · " in state.status()
    state.last_pane()
    state.save_position()
    shown = int(state.status().split("% · ")[0].rsplit(" ", 1)[-1])
    [row] = library_rows(store)
    assert 0 < shown < 100 and row.progress == shown


def test_exporting_with_no_annotations_writes_no_file(store, tmp_path):
    """`e` before any annotation wrote an empty export into the folder (fresh-eyes review)."""
    state = seed_state(store)
    assert state.export("json", tmp_path) is None
    assert state.message == "Nothing to export yet: this article has no annotations"
    assert list(tmp_path.glob("*.annotations.json")) == []
