"""The open article and every rule behind the reading screen's keys, without a terminal.

`ReaderState` owns the article, its `Reading` (panes, cursor, selection, search), its
`AnnotationSession` (annotations and rejections, saved when made, undoable) and its suggestion
layer, and answers the questions the screen asks: what is under the cursor, where the next
annotation is, what the status line says. The UI turns a key into one call here and draws the
result (`view()`, `status()`); tests drive it directly.

Every action leaves its answer for the status line in `message`. Actions that save raise
`ReaderError` / `OSError` when the save fails, with nothing changed in memory: the UI says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import team
from reader.core.annotation import Annotation
from reader.core.article import Article
from reader.core.reading import Reading
from reader.core.session import AnnotationSession, Rejection
from reader.errors import ReaderError

if TYPE_CHECKING:
    from reader.core.pagination import Pane
    from reader.core.sources import RawFile
    from reader.core.store import Store
    from reader.core.suggest.engine import Analysis, Source, Suggestion
    from reader.core.suggest.layer import SuggestionLayer
    from reader.core.verdicts import RatingScale

AUTO_SUGGEST_LIMIT = 1_000_000  # characters; longer articles get suggestions when asked


@dataclass(frozen=True, slots=True)
class PaneView:
    """Everything one pane shows, as offsets into the article text: what the pane widget draws."""

    pane: Pane
    cursor: tuple[int, int] | None
    selection: tuple[int, int] | None
    annotations: tuple[Annotation, ...]
    current_annotation: str | None
    matches: tuple[tuple[int, int], ...]
    current_match: tuple[int, int] | None
    suggestions: tuple[Suggestion, ...]  # open ones overlapping the pane


LOOKING = "Looking for suggestions… (a moment)"  # `}` before the rules have finished


class ReaderState:
    """One article being read: the state behind every key of the reading screen."""

    def __init__(
        self,
        article: Article,
        store: Store,
        *,
        width: int = 76,
        height: int = 20,
        offset: int | None = None,
        raw: list[RawFile] | None = None,
        notice: str = "",
        timeout: float = 10.0,
    ) -> None:
        self.article = article
        self.store = store
        self.raw = list(raw or [])  # the files or pages as read (a next page is appended to them)
        self.timeout = timeout
        self._recorded = False
        self.session = AnnotationSession(store, article)
        saved = store.position(article.key)
        self.saved_offset: int | None = saved["offset"] if saved else None
        start = offset if offset is not None else (self.saved_offset or 0)
        self.reading = Reading(article, width, height, start)
        self.layer: SuggestionLayer | None = None  # once the suggestions are computed
        self.sources: tuple[Source, ...] = ()
        self.suggested: tuple[Suggestion, ...] = ()  # the engine's, in its order (Source indexes)
        self._source_names: dict[Suggestion, str] = {}  # suggestion -> its source's name
        self.show_suggestions = True
        self.current_annotation: str | None = None  # uuid of the one tab / a jump went to
        # the suggestion `}` / `{` went to, while the cursor stays on it
        self.current_suggestion: Suggestion | None = None
        self._mention: dict[str, int] = {}  # source name -> the mention last jumped to
        self.settings = None  # the user's Settings (the app's); read from disk when None
        self._scale: RatingScale | None = None
        self.message = notice
        if self.session.report:
            self.message = self.session.report.sentence() + " — press a for the list"
        elif (
            not notice
            and article.pages_present
            and (missing := article.missing_notice(article.pages_present[0], -1))
        ):
            self.message = missing

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.store, "read_only", False))

    # what the screen shows ----------------------------------------------------------------------
    def view(self, pane: Pane | None = None) -> PaneView:
        """What the pane shows now; or, given another `pane`, what it would show once the reader
        moved there (the cursor where it would be): the UI renders the next pane ahead of time."""
        r = self.reading
        ahead = pane is not None and pane != r.pane
        pane = pane or r.pane
        cursor = r.cursor_on(pane) if ahead else r.cursor
        annotations = tuple(self.session.overlapping(pane.start, pane.end + 1))  # (P filters)
        current = self.current_annotation
        if ahead:
            under = self.session.overlapping(cursor.start, cursor.end)
            current = under[0].uuid if under else None
        elif current and self.session.get(current) is None:
            current = self.current_annotation = None
        return PaneView(
            pane=pane,
            cursor=(cursor.start, cursor.end),
            selection=(r.selection.start, r.selection.end) if r.selection else None,
            annotations=annotations,
            current_annotation=current,
            matches=tuple(m for m in r.matches if m[0] < pane.end and m[1] > pane.start),
            current_match=r.matches[r.match_index] if 0 <= r.match_index < len(r.matches) else None,
            suggestions=tuple(self.open_suggestions_in(pane.start, pane.end + 1)),
        )

    def next_view(self) -> PaneView | None:
        """What the next pane will show (None at the end of the article)."""
        pane = self.reading.pane_after()
        return self.view(pane) if pane is not None else None

    def header(self) -> str:
        a = self.article
        lang = a.lang if a.lang != "und" else "language undetermined"
        title = a.title or (Path(a.sources[0]).name if a.sources else "")
        return " · ".join(p for p in (lang, a.header_kicker, title) if p)

    def status(self) -> str:
        """The status line: the answer to the last key first (narrow terminals cut the end), then
        where the reader is, what is here, and what the cursor is on."""
        r = self.reading
        pane = r.pane
        count = r.pagination.panes_in_page(pane.page)
        parts = [
            self.article.page_label(pane.page),
            f"{pane.index_in_page + 1}/{count if count is not None else '…'}",
            f"{r.progress()}%",
            f"{len(self.session)} ann."
            + (f" ({orphans} orphaned)" if (orphans := self.session.orphan_count) else ""),
        ]
        if self.layer is not None and self.show_suggestions:
            parts.append(f"{self.layer.open_count()} sugg.")
        if self.read_only:
            parts.append("READ-ONLY")
        if r.selection:
            parts.append("SELECT")
        current = self.annotation_at_cursor()
        if current:
            label = f"[{current.tag}]"
            if current.verdict:
                label += f" {current.verdict}"
            if current.evidence:
                label += f" ({len(current.evidence)} evidence)"
            if current.speaker:
                label += f" — {current.speaker}"
            if current.note:
                label += f" “{current.note}”"
            if current.author:
                label += f" by {current.author}"
            parts.append(label)
        parts += team.status_parts(self, current)
        s = self.suggestion_at_cursor()
        message = self.message
        if s is not None:
            words = self.suggests(s)
            if message == words:  # `}` / `{` went to it: the answer to the key, so first
                message = f"{words} [{s.rule}]"
            else:
                parts.append(f"{words} [{s.rule}]")
        if message:
            parts.insert(0, message)
        return " · ".join(parts)

    # what the cursor is on ----------------------------------------------------------------------
    def annotation_at_cursor(self) -> Annotation | None:
        """The annotation a jump went to while the cursor is still on it, else the first one the
        cursor sentence touches."""
        c = self.reading.cursor
        if self.current_annotation:
            a = self.session.get(self.current_annotation)
            if a is not None and a.start < c.end and a.end > c.start:
                return a
        under = self.session.overlapping(c.start, c.end)
        return under[0] if under else None

    def open_suggestions_in(self, start: int, end: int) -> list[Suggestion]:
        if self.layer is None or not self.show_suggestions:
            return []
        return self.layer.overlapping(start, end)

    def suggestion_at_cursor(self) -> Suggestion | None:
        c = self.reading.cursor
        under = self.open_suggestions_in(c.start, c.end)
        if self.current_suggestion in under:
            return self.current_suggestion
        return under[0] if under else None

    def _moved(
        self, annotation: Annotation | None = None, suggestion: Suggestion | None = None
    ) -> None:
        """After any move: what it went to (or the first annotation under the cursor) is current."""
        self.message = ""
        self.current_suggestion = suggestion
        current = annotation or self.annotation_at_cursor()
        self.current_annotation = current.uuid if current else None

    def _move(self, moved: bool, at_edge: str = "") -> None:
        self._moved()
        if not moved and at_edge:
            self.message = at_edge

    # movement -----------------------------------------------------------------------------------
    def _end_notice(self) -> str:
        notice = self.article.missing_notice(self.reading.pane.page, 1)
        if notice and self.article.next_page_url is not None:
            notice += " (F fetches it)"
        return notice or "End of the article"

    def _start_notice(self) -> str:
        return self.article.missing_notice(self.reading.pane.page, -1) or "Start of the article"

    def next_pane(self) -> None:
        self._move(self.reading.next_pane(), self._end_notice())

    def previous_pane(self) -> None:
        self._move(self.reading.previous_pane(), self._start_notice())

    def next_page(self) -> None:
        self._move(self.reading.next_page(), self._end_notice())

    def previous_page(self) -> None:
        self._move(self.reading.previous_page(), self._start_notice())

    def first_pane(self) -> None:
        self.reading.first_pane()
        self._moved()

    def last_pane(self) -> None:
        self.reading.last_pane()
        self._moved()

    def next_sentence(self) -> None:
        self._move(self.reading.next_sentence(), self._end_notice())

    def previous_sentence(self) -> None:
        self._move(self.reading.previous_sentence(), self._start_notice())

    def back(self) -> None:
        """`b`: a word back in a selection, else the previous pane."""
        if self.reading.selection is not None:
            self.word_back()
        else:
            self.previous_pane()

    def move_to(self, offset: int) -> None:
        self.reading.cancel_selection()
        self.reading.move_to(offset)
        self._moved()

    # selection ----------------------------------------------------------------------------------
    def select(self) -> None:
        """`v`: select the search match under the cursor or the cursor sentence; again: cancel."""
        if self.reading.selection is None:
            self.reading.start_selection()
            self.message = (
                "Selecting: j/k sentences, w/W words, o other end, 1/2/3 tag, escape cancel"
            )
        else:
            self.reading.cancel_selection()
            self._moved()

    def word_forward(self) -> None:
        if self.reading.selection is None:
            self.message = "w moves the end of a selection: press v (or shift+→) to start one"
            return
        self.reading.move_selection_by_word(True)
        self._moved()

    def word_back(self) -> None:
        self.reading.move_selection_by_word(False)
        self._moved()

    def select_word_forward(self) -> None:
        """shift+→: start a one-word selection, or grow the selection by a word."""
        if self.reading.selection is None:
            self.reading.start_word_selection(forward=True)
            self._moved()
            self.message = "Selecting words: shift+→/← grow or shrink, o other end, 1/2/3 tag"
        else:
            self.word_forward()

    def select_word_back(self) -> None:
        if self.reading.selection is None:
            self.reading.start_word_selection(forward=False)
            self._moved()
        else:
            self.word_back()

    def swap_ends(self) -> None:
        if self.reading.selection is None:
            self.message = "Nothing selected: v selects the sentence, w a word; then o swaps ends"
            return
        self.reading.swap_selection_ends()
        self._moved()

    def cancel(self) -> None:
        """escape in the text: cancel a selection, else end a search."""
        if self.reading.selection is None and self.reading.matches:
            self.reading.end_search()
        self.reading.cancel_selection()
        self._moved()

    # search -------------------------------------------------------------------------------------
    def search(self, query: str) -> None:
        count = self.reading.search(query)
        self._moved()
        if query.strip():
            self.message = (
                f"{count} match{'es' if count != 1 else ''} for “{query}” (n / N: next, previous;"
                " v selects it)"
                if count
                else f"Not found: “{query}”"
            )

    def next_match(self) -> None:
        self._match(True)

    def previous_match(self) -> None:
        self._match(False)

    def _match(self, forward: bool) -> None:
        moved = self.reading.next_match(forward)
        self._moved()
        r = self.reading
        self.message = (
            f"match {r.match_index + 1}/{len(r.matches)}"
            if moved
            else "No search (press / to search)"
        )

    # annotations --------------------------------------------------------------------------------
    def target(self, mouse: tuple[int, int] | None = None) -> tuple[int, int]:
        """What a tag key applies to: a mouse selection, the keyboard selection, the cursor."""
        return mouse if mouse is not None else self.reading.target()

    def tag(self, tag: str, mouse: tuple[int, int] | None = None) -> Annotation | None:
        self._writable()
        start, end = self.target(mouse)
        added = self.session.add(tag, start, end)
        self.reading.cancel_selection()
        if added is None:
            self.message = f"Already tagged {tag} — nothing added"
            return None
        self.current_annotation = added.uuid
        self.message = f"Tagged {tag}"
        return added

    def _annotation(self, uuid: str | None) -> Annotation | None:
        return self.session.get(uuid) if uuid else self.annotation_at_cursor()

    def cycle_tag(self, uuid: str | None = None) -> None:
        """`t`: claim → quote → speculation, on `uuid` or the annotation under the cursor."""
        current = self._annotation(uuid)
        if current is None:
            self.message = "No annotation here"
            return
        self._writable()
        new = self.session.cycle_tag(current.uuid)
        self.current_annotation = new.uuid if new else None
        self.message = f"Now {new.tag}" if new else ""

    def set_note(self, uuid: str, note: str) -> None:
        self._writable()
        note = _storable(note.strip(), "the note")
        self.session.set_note(uuid, note)
        self.message = "Note saved" if note else "Note cleared"

    # fact-checking ------------------------------------------------------------------------------
    def rating_scale(self) -> RatingScale:
        """The settings' rating scale (read once); ReaderError naming the settings file when it
        is bad."""
        if self._scale is None:
            from reader.core.settings import Settings
            from reader.core.verdicts import load_fact_check_settings

            self._scale, _ = load_fact_check_settings(self.settings or Settings())
        return self._scale

    def _claim(self, uuid: str | None, what: str) -> Annotation | None:
        """The claim `uuid` (or under the cursor), or None with the reason in `message`."""
        from reader.core.verdicts import claim_only

        current = self._annotation(uuid)
        if current is None:
            suggested = self.suggestion_at_cursor() if uuid is None else None
            if suggested is not None and suggested.tag == "claim":
                # (new-user review: V on a suggested claim only said to tag one)
                self.message = "A suggested claim, not yet an annotation — y accepts it, then V"
            else:
                self.message = "No annotation here — tag a claim first (1)"
            return None
        try:
            claim_only(current, what)
        except ValueError as exc:
            self.message = str(exc)[:1].upper() + str(exc)[1:]
            return None
        return current

    def verdict_target(self) -> Annotation | None:
        """The claim a verdict or evidence key acts on (None: `message` says why not)."""
        return self._claim(None, "a verdict")

    def evidence_target(self) -> Annotation | None:
        return self._claim(None, "evidence")

    def set_verdict(self, uuid: str, name: str | None) -> None:
        """Rate the claim `uuid` with the verdict `name` (None: no verdict): an undoable change."""
        claim = self._claim(uuid, "a verdict")
        if claim is None:
            return
        self._writable()
        try:
            verdict = None if name is None else self.rating_scale().check(name)
        except ValueError as exc:
            self.message = str(exc)
            return
        if verdict == claim.verdict:
            self.message = f"Already {verdict}" if verdict else "No verdict yet"
            return
        self.session.revise(uuid, f"verdict → {verdict or 'none'}", verdict=verdict)
        self.message = f"Verdict: {verdict} (u undoes)" if verdict else "Verdict removed (u undoes)"

    def add_evidence(
        self, uuid: str, source: str, note: str = "", base: Path | None = None
    ) -> bool:
        """Add an evidence item (checked: see `verdicts.check_evidence`) to the claim `uuid`;
        False with the reason in `message` when it is refused."""
        from reader.core.verdicts import check_evidence

        claim = self._claim(uuid, "evidence")
        if claim is None:
            return False
        self._writable()
        try:
            item = check_evidence(source, note, base)
        except ValueError as exc:
            self.message = str(exc)[:1].upper() + str(exc)[1:]
            return False
        if item in claim.evidence:
            self.message = "That evidence is already listed"
            return False
        self.session.revise(uuid, "add evidence", evidence=(*claim.evidence, item))
        self.message = f"Evidence added ({len(claim.evidence) + 1})"
        return True

    def remove_evidence(self, uuid: str, index: int) -> None:
        current = self.session.get(uuid)
        if current is None or not 0 <= index < len(current.evidence):
            self.message = "No evidence there"
            return
        self._writable()
        kept = current.evidence[:index] + current.evidence[index + 1 :]
        self.session.revise(uuid, "remove evidence", evidence=kept)
        self.message = "Evidence removed (u undoes)"

    def set_speaker(self, uuid: str, speaker: str) -> bool:
        """Who makes the claim in the article (typed; empty: unknown). False when refused."""
        from reader.core.verdicts import check_line

        current = self.session.get(uuid)
        if current is None:
            self.message = "No annotation here"
            return False
        self._writable()
        try:
            text = check_line(speaker, "the speaker") or None
        except ValueError as exc:
            self.message = str(exc)[:1].upper() + str(exc)[1:]
            return False
        if text != current.speaker:
            self.session.revise(uuid, "speaker", speaker=text)
            self.message = f"Speaker: {text}" if text else "Speaker cleared"
        return True

    def delete(self, uuid: str | None = None) -> None:
        current = self._annotation(uuid)
        if current is None:
            self.message = "No annotation here"
            return
        self._writable()
        self.session.delete(current.uuid)
        if self.current_annotation == current.uuid:
            self.current_annotation = None
        self.message = f"Deleted {current.tag} (u to undo)"

    def undo(self) -> None:
        self._writable()
        step = self.session.undo()
        self.message = f"Undid: {step.label}" if step else "Nothing to undo"

    def redo(self) -> None:
        self._writable()
        step = self.session.redo()
        self.message = f"Redid: {step.label}" if step else "Nothing to redo"

    def _writable(self) -> None:
        if self.read_only:
            raise ReaderError(
                getattr(self.store, "path", None), "is read-only; the change was not saved"
            )

    def jump_to_annotation(self, annotation: Annotation) -> None:
        if annotation.orphaned:
            self.message = "This annotation's passage is no longer in the article (orphaned)"
            return
        self.reading.cancel_selection()
        self.reading.move_to(annotation.start)
        self._moved(annotation=annotation)

    def next_annotation(self) -> None:
        """tab: the next annotation in text order; several starting together are visited in turn."""
        current = self.session.get(self.current_annotation) if self.current_annotation else None
        after = self.session.next_after(current.start if current else self.reading.cursor.start - 1)
        if current is not None:
            same = self.session.starting_at(current.start)
            ids = [a.uuid for a in same]
            if current.uuid in ids and ids.index(current.uuid) + 1 < len(ids):
                after = same[ids.index(current.uuid) + 1]
        if after is None:
            self.message = (
                "No more annotations after this" if len(self.session) else "No annotations yet"
            )
            return
        self.jump_to_annotation(after)

    def previous_annotation(self) -> None:
        current = self.session.get(self.current_annotation) if self.current_annotation else None
        if current is not None:
            same = self.session.starting_at(current.start)
            ids = [a.uuid for a in same]
            if current.uuid in ids and ids.index(current.uuid) > 0:
                self.jump_to_annotation(same[ids.index(current.uuid) - 1])
                return
        before = self.session.previous_before(
            current.start if current else self.reading.cursor.start
        )
        if before is None:
            self.message = (
                "No annotations before this" if len(self.session) else "No annotations yet"
            )
            return
        self.jump_to_annotation(before)

    # a team (reader.core.team) ------------------------------------------------------------------
    def next_author(self) -> None:
        """P: show everyone's annotations, or one person's (in turn)."""
        team.next_author(self)

    # suggestions --------------------------------------------------------------------------------
    def wants_suggestions(self, asked: bool = False) -> bool:
        """Whether to compute suggestions now: always when asked; unasked only for articles short
        enough that the rules finish in a moment (they compete with key presses for the CPU)."""
        return asked or len(self.article.text) <= AUTO_SUGGEST_LIMIT

    def suggestions_ready(self, article: Article, analysis: Analysis) -> bool:
        """Take the engine's analysis of `article`; False if the article changed meanwhile (a
        language switch: a newer run is coming)."""
        if article is not self.article:
            return False
        from reader.core.suggest.layer import SuggestionLayer

        self.layer = SuggestionLayer(analysis.suggestions, self.session)
        self.sources = analysis.sources
        self.suggested = analysis.suggestions
        self._source_names = {
            analysis.suggestions[i]: analysis.sources[k].name
            for i, k in analysis.source_of().items()
        }
        if self.message == LOOKING:  # the wait it announced is over
            self.message = f"{self.layer.open_count()} suggestions ready: }} goes to the next"
        self._mention = {}
        return True

    def toggle_suggestions(self) -> None:
        self.show_suggestions = not self.show_suggestions
        self.message = (
            "Suggestions shown" if self.show_suggestions else "Suggestions hidden (S shows them)"
        )

    def _no_suggestion_here(self) -> None:
        self.message = (
            "No suggestion here"
            if self.show_suggestions
            else "Suggestions are hidden (S shows them)"
        )

    def accept_suggestion(self) -> None:
        s = self.suggestion_at_cursor()
        if s is None:
            self._no_suggestion_here()
            return
        self._writable()
        assert self.layer is not None  # (there is a suggestion)
        added = self.layer.accept(s)
        if added is not None:
            self.current_annotation = added.uuid
        self.message = f"Accepted {s.tag}"
        self.current_suggestion = s  # `}` goes on from here, to the next one in this sentence too

    def reject_suggestion(self) -> None:
        s = self.suggestion_at_cursor()
        if s is None:
            self._no_suggestion_here()
            return
        self._writable()
        assert self.layer is not None  # (there is a suggestion)
        self.layer.reject(s)
        self.message = f"Rejected {s.tag} (u undoes; R lists rejections)"
        self.current_suggestion = s

    def step_suggestion(self, forward: bool) -> bool:
        """} / {: the next / previous open suggestion; False when there are none computed yet."""
        if self.layer is None:
            self.message = LOOKING
            return False
        shown_again = not self.show_suggestions  # `}` shows them: say so, S hides them again
        self.show_suggestions = True
        here = self.current_suggestion or self.suggestion_at_cursor()
        s = self.layer.step(here, self.reading.cursor.start, forward)
        if s is None:
            if not self.layer.open_count():  # none at all, or every one decided
                self.message = (
                    "No suggestions left: every one accepted or rejected"
                    if self.suggested
                    else "The rules suggest nothing in this article"
                )
            else:
                self.message = "No more suggestions" + (
                    " after this" if forward else " before this"
                )
            return True
        self.reading.cancel_selection()
        self.reading.move_to(s.start)
        self._moved(suggestion=s)
        self.message = self.suggests(s)  # first in the status line: a narrow one cuts the end
        if shown_again:
            self.message += " · suggestions shown again (S hides them)"
        return True

    def accept_rule(self, rule: str) -> None:
        if self.layer is None:
            return
        self._writable()
        count = self.layer.accept_rule(rule)
        self.message = f"Accepted {count} suggestion(s) of {rule} (u undoes all of them)"

    def restore(self, rejection: Rejection) -> None:
        self._writable()
        if self.session.restore(rejection):
            self.message = f"Restored the {rejection.rule} suggestion (u undoes)"

    def _decided(self, s: Suggestion, status: str) -> str:
        """ "claim (t3n): accepted, now an annotation": a decided suggestion suggests nothing."""
        name = self._source_names.get(s) or s.attribution
        what = f"{s.tag} ({name})" if name else s.tag
        if status == "accepted":
            return f"{what}: accepted, now an annotation"
        return f"{what}: rejected (R lists rejections)"

    def suggests(self, s: Suggestion) -> str:
        """The status line's words for suggestion `s`, naming its source as the panel does."""
        return _suggests(s, self._source_names.get(s))

    def said_by(self, index: int) -> list[Suggestion]:
        """The quotes and claims the article attributes to source `index`, in text order."""
        src = self.sources[index]
        said = [self.suggested[i] for i in src.suggestions if 0 <= i < len(self.suggested)]
        return sorted(said, key=lambda s: (s.start, s.end, s.tag))

    def suggestion_status(self, s: Suggestion) -> str:
        """ "open", "accepted" or "rejected" (`SuggestionLayer.status`); "open" before the
        suggestions are computed."""
        return self.layer.status(s) if self.layer is not None else "open"

    def go_to_said(self, index: int, which: int) -> None:
        """enter on a source's quote or claim in the sources panel: the cursor on it, as `}`
        goes there (y / r then act on it)."""
        said = self.said_by(index)
        if not 0 <= which < len(said):
            return
        s = said[which]
        self.show_suggestions = True
        self.reading.cancel_selection()
        self.reading.move_to(s.start)
        self._moved(suggestion=s)
        status = self.suggestion_status(s)  # as after `}`: what it is and whom it names, first
        self.message = self.suggests(s) if status == "open" else self._decided(s, status)

    def next_mention(self, index: int) -> None:
        """enter on a source: the next place the article cites it (cycling)."""
        src = self.sources[index]
        i = (self._mention.get(src.name, -1) + 1) % len(src.mentions)
        self._mention[src.name] = i
        self.move_to(src.mentions[i][0])
        self.message = f"{src.name}: mention {i + 1}/{len(src.mentions)}"

    # the article's next page, from the web ----------------------------------------------------
    def fetch_next_page(self) -> list[RawFile] | None:
        """The sources with the article's next page appended (fetched: call it off the UI
        thread), or None when the article names no next page. ReaderError when fetching fails."""
        if self.article.next_page_url is None:
            return None
        from reader.core.sources import fetch_next

        page = fetch_next(self.raw, timeout=self.timeout)
        return None if page is None else [*self.raw, page]

    def append_page(self, raw: list[RawFile]) -> None:
        """Read on with the page appended: the same article (the library's key), its annotations
        re-attached (the earlier pages' text is unchanged, so they keep their offsets), the
        cursor where it was, the page recorded in the library."""
        from reader.core.sources import parse_raw

        article, raw = parse_raw(raw)
        article.key = self.article.key
        article = article.with_language(self.article.lang, self.article.lang_probability)
        offset = self.reading.cursor.start
        old = self.reading
        self.article, self.raw = article, raw
        self.session = AnnotationSession(self.store, article)
        self.reading = Reading(article, old.pagination.width, old.pagination.height, offset)
        self.layer, self.sources, self.suggested, self._source_names = None, (), (), {}
        self.remember_article()
        self.message = f"{article.page_label(article.pages_present[-1])} added from the web"

    # language -----------------------------------------------------------------------------------
    def switch_language(self, lang: str, probability: float) -> bool:
        """Take the confirmed language; True when it changed (sentences, panes and suggestion rules
        follow it: the caller recomputes suggestions)."""
        if not self.read_only:
            self.store.cache_language(self.article.id, lang, probability)
        if lang == self.article.lang:
            return False
        self.article = self.article.with_language(lang, probability)
        old = self.reading
        self.reading = Reading(
            self.article, old.pagination.width, old.pagination.height, old.cursor.start
        )
        self.session.article = self.article
        self.layer = None
        self.sources, self.suggested, self._source_names = (), (), {}
        return True

    # the reading position -----------------------------------------------------------------------
    def save_position(self) -> None:
        """Remember where the cursor is (only when it moved since the last save)."""
        offset = self.reading.cursor.start
        if offset != self.saved_offset and not self.read_only:
            self.store.save_position(self.article.key, self.article.id, offset)
            self.saved_offset = offset

    def remember_for_library(self) -> None:
        """The open suggestions' count, for the library's row (it never runs the rules itself)."""
        if self.layer is not None and not self.read_only:
            from reader.core.library import remember_suggestions

            remember_suggestions(
                self.store, self.article.key, self.article.id, self.layer.open_count()
            )

    def remember_article(self) -> None:
        """Record the article in the library (its files' copies first); once per opening."""
        if not self.read_only:
            from reader.core.library import record

            record(self.store, self.article.key, self.article, self.raw)
        self._recorded = True

    # export -------------------------------------------------------------------------------------
    def export(self, fmt: str, folder: Path) -> Path | None:
        from reader.core.export import export_into

        annotations = self.session.all()
        if not annotations:  # an empty file in the folder would only have to be deleted
            self.message = "Nothing to export yet: this article has no annotations"
            return None
        path = export_into(folder, fmt, self.article, annotations, self.store)
        shown = path.relative_to(folder) if path.is_relative_to(folder) else path
        where = _folder_shown(path.parent)  # last: a narrow status line cuts it, not the name
        self.message = f"{shown}: exported {len(self.session)} annotation(s) into {where}"
        return path


def _storable(text: str, what: str) -> str:
    """`text` if it can be written back out as UTF-8 (no lone surrogates), else a one-line refusal."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ReaderError(
            None, f"{what} holds characters that cannot be saved (invalid bytes)"
        ) from None
    return text


def _suggests(s: Suggestion, source: str | None) -> str:
    """ "suggests quote (Sam Altman) y/r": what a suggestion is, whom it names (as the sources
    panel names them: "Porthkellan Harbour Commissioners" for "harbour commissioners"), and
    what to press."""
    name = source or s.attribution
    who = f" ({name})" if name else ""
    return f"suggests {s.tag}{who} y/r"


def _folder_shown(folder: Path) -> str:
    """A folder as a person writes it: under the home folder with "~"."""
    home = Path.home()
    if folder == home:
        return "~"
    return f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
