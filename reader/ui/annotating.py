"""Tagging, editing, the annotation list and the JSON export of the reading screen (a mixin).

Every change goes through the AnnotationSession, which saves it before it is shown.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.content import Content

from reader.core.display import visible
from reader.errors import ReaderError
from reader.ui.guard import guarded
from reader.ui.screens import NoteScreen
from reader.ui.widgets import TAG_LETTERS, PaneView

if TYPE_CHECKING:  # imported when mounted, after the first pane
    from textual.widgets import OptionList


class AnnotationActions:
    """1/2/3, t, enter, x, u, ctrl+r, tab / shift+tab, a (list) and e (export)."""

    # tagging and editing -----------------------------------------------------------------------
    def _target(self) -> tuple[int, int]:
        pane_view = self.query_one("#pane", PaneView)
        mouse = self.selections.get(pane_view)
        if mouse is not None:
            offsets = pane_view.offsets_for(mouse)
            if offsets:
                return offsets
        return self.reading.target()

    @guarded
    def action_tag(self, tag: str) -> None:
        start, end = self._target()
        added = self.session.add(tag, start, end)
        self.reading.cancel_selection()
        self.clear_selection()
        if added is None:
            self.say(f"Already tagged {tag} — nothing added")
            return
        self.current_annotation = added.uuid
        self.say(f"Tagged {tag}")

    @guarded
    def action_cycle_tag(self) -> None:
        current = self._annotation_under_cursor()
        if current is None:
            self.say("No annotation here")
            return
        new = self.session.cycle_tag(current.uuid)
        self.current_annotation = new.uuid
        self.say(f"Now {new.tag}")

    def action_note(self) -> None:
        current = self._annotation_under_cursor()
        if current is None:
            self.say("No annotation here — tag a passage first (1/2/3)")
            return

        @guarded
        def done(self, note: str | None) -> None:
            if note is not None:
                self.session.set_note(current.uuid, note)
                self.say("Note saved" if note else "Note cleared")

        self.app.push_screen(NoteScreen(current.exact, current.note), partial(done, self))

    @guarded
    def action_delete(self) -> None:
        current = self._annotation_under_cursor()
        if current is None:
            self.say("No annotation here")
            return
        self.session.delete(current.uuid)
        self.current_annotation = None
        self.say(f"Deleted {current.tag} (u to undo)")

    @guarded
    def action_undo(self) -> None:
        step = self.session.undo()
        self.say(f"Undid: {step.label}" if step else "Nothing to undo")

    @guarded
    def action_redo(self) -> None:
        step = self.session.redo()
        self.say(f"Redid: {step.label}" if step else "Nothing to redo")

    def _jump_to(self, annotation) -> None:
        self.reading.cancel_selection()
        self.reading.move_to(annotation.start)
        self._after_move(annotation=annotation)

    def action_next_annotation(self) -> None:
        current = self.session.get(self.current_annotation) if self.current_annotation else None
        after = self.session.next_after(current.start if current else self.reading.cursor.start - 1)
        if current is not None:
            same = [
                a
                for a in self.session.overlapping(current.start, current.start + 1)
                if a.start == current.start
            ]
            ids = [a.uuid for a in same]
            if current.uuid in ids and ids.index(current.uuid) + 1 < len(ids):
                after = same[ids.index(current.uuid) + 1]
        if after is None:
            self.say(
                "No more annotations after this" if len(self.session) else "No annotations yet"
            )
            return
        self._jump_to(after)

    def action_previous_annotation(self) -> None:
        current = self.session.get(self.current_annotation) if self.current_annotation else None
        before = self.session.previous_before(
            current.start if current else self.reading.cursor.start
        )
        if before is None:
            self.say("No annotations before this" if len(self.session) else "No annotations yet")
            return
        self._jump_to(before)

    # panel ---------------------------------------------------------------------------------------
    def _fill_panel(self) -> None:
        from textual.widgets.option_list import Option

        self._panel_revision = self.session.revision
        panel = self.widget("panel")
        options = []
        for a in self.session.all():
            excerpt = a.exact if len(a.exact) <= 60 else a.exact[:57] + "…"
            where = "orphan" if a.orphaned else self.article.page_label(a.page)
            rows = [f"{TAG_LETTERS[a.tag]} {a.tag} · {where}", f"  {visible(excerpt)}"]
            if a.previous_exact:
                was = (
                    a.previous_exact if len(a.previous_exact) <= 60 else a.previous_exact[:57] + "…"
                )
                rows.append(f"  was: {visible(was)}")
            if a.note:
                rows.append(f"  ✎ {visible(a.note)}")
            options.append(Option(Content("\n".join(rows)), id=a.uuid))
        highlighted = panel.highlighted
        panel.clear_options()
        panel.add_options(
            options
            or [Option(Content("No annotations yet: select (v) and tag (1/2/3)."), disabled=True)]
        )
        panel.highlighted = (
            highlighted if highlighted is not None and highlighted < len(options) else 0
        )

    def action_toggle_panel(self) -> None:
        panel = self.widget("panel")
        self.widget("sources").display = False
        panel.display = not panel.display
        if panel.display:
            self._fill_panel()
            panel.focus()
        else:
            self.query_one("#pane", PaneView).focus()
        self.call_after_refresh(self._fit)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id.startswith("source:"):
            self.jump_to_source(event.option.id)
            return
        a = self.session.get(event.option.id) if event.option.id else None
        if a is None:
            return
        if a.orphaned:
            self.say("This annotation's passage is no longer in the article (orphaned)")
            return
        self._jump_to(a)
        self.query_one("#pane", PaneView).focus()

    def action_export(self) -> None:
        from reader.core.export import to_json, write_export

        data = json.dumps(to_json(self.article, self.session.all()), ensure_ascii=False, indent=2)
        path = export_path(self.export_dir, Path(self.article.sources[0]).stem, self.article.key)
        try:
            write_export(path, data + "\n", force=path.exists())
        except ReaderError as exc:
            self.say(f"Export failed: {exc.line()}")
            return
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        self.say(f"Exported {len(self.session)} annotation(s) to {shown}")


def export_path(folder: Path, stem: str, article_key: str) -> Path:
    """Where `e` writes: STEM.annotations.json, replaced only if it is our own earlier export of this
    article; any other file of that name is left alone and a numbered name is used instead."""
    for n in range(1, 1000):
        path = folder / (f"{stem}.annotations.json" if n == 1 else f"{stem}.annotations-{n}.json")
        if not path.exists():
            return path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") == "reader-annotations" and data["article"]["key"] == article_key:
                return path
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    raise ReaderError(folder, "too many exports of this article here; move some away")
