"""Every key of the reading screen: one id, one meaning, remappable through the keymap file.

Most keys call one method of the reader state (`state('name')`); the rest open something of the
UI (help, search box, panels, note editor). Help and the command palette list the same rows,
with the keys in effect now (after any remapping) and the binding id.
"""

from __future__ import annotations

import re

from textual.binding import Binding


def B(
    keys: str, action: str, description: str, id: str, show: bool = False, tooltip: str = ""
) -> Binding:
    """A binding with an id (remappable); `description` is the footer's word, `tooltip` the help's."""
    return Binding(keys, action, description, show=show, id=id, tooltip=tooltip)


def S(keys: str, method: str, description: str, id: str, **kw) -> Binding:
    """A key that calls `ReaderState.<method>()`."""
    return B(keys, f"state('{method}')", description, id, **kw)


READER_BINDINGS = [
    B("question_mark", "help", "Help", "help", show=True, tooltip="Help: every key"),
    S("space,pagedown,right", "next_pane", "Pane", "next-pane", show=True, tooltip="Next pane"),
    S("b,pageup,left", "previous_pane", "Previous pane", "previous-pane"),
    S("right_square_bracket", "next_page", "Next source page", "next-page"),
    S("left_square_bracket", "previous_page", "Previous source page", "previous-page"),
    S("g,home", "first_pane", "First pane", "first-pane"),
    S("G,end", "last_pane", "Last pane", "last-pane"),
    S("j,down", "next_sentence", "Sentence", "next-sentence", show=True, tooltip="Next sentence"),
    S("k,up", "previous_sentence", "Previous sentence", "previous-sentence"),
    S("v", "select", "Select", "select", show=True, tooltip="Select the sentence or search match"),
    S(
        "w,shift+right",
        "select_word_forward",
        "Select by words: next",
        "select-word-forward",
        tooltip="Select a word / grow the selection by a word",
    ),
    S(
        "W,shift+left",
        "select_word_back",
        "Select by words: previous",
        "select-word-back",
        tooltip="Select a word / move the selection's end back a word",
    ),
    S("o", "swap_ends", "Selection: swap ends", "swap-ends"),
    B("escape", "cancel", "Cancel selection / search, close", "cancel"),
    B("1", "tag('claim')", "Claim", "tag-claim", show=True, tooltip="Tag as claim"),
    B("2", "tag('quote')", "Quote", "tag-quote", show=True, tooltip="Tag as quote"),
    B(
        "3",
        "tag('speculation')",
        "Spec.",
        "tag-speculation",
        show=True,
        tooltip="Tag as speculation",
    ),
    S("t", "cycle_tag", "Change the tag", "cycle-tag"),
    B("enter", "note", "Write a note", "note"),
    B("V", "verdict", "Verdict", "verdict", tooltip="Set the claim's verdict (rating scale)"),
    B("E", "evidence", "Evidence", "evidence", tooltip="The claim's evidence and speaker"),
    S("x,delete", "delete", "Delete the annotation", "delete"),
    S("u", "undo", "Undo", "undo", tooltip="Undo any decision (tag, note, delete, accept, reject)"),
    S("ctrl+r", "redo", "Redo", "redo"),
    S("tab", "next_annotation", "Next annotation", "next-annotation"),
    S("shift+tab", "previous_annotation", "Previous annotation", "previous-annotation"),
    B(
        "a",
        "toggle_panel('annotations')",
        "List",
        "toggle-panel",
        show=True,
        tooltip="Annotation list",
    ),
    B("e", "export('json')", "Export JSON", "export", tooltip="Export JSON into this folder"),
    B("slash", "search", "Search", "search", show=True, tooltip="Search the article"),
    S("n", "next_match", "Next match", "next-match"),
    S("N", "previous_match", "Previous match", "previous-match"),
    S("y", "accept_suggestion", "Accept suggestion", "accept-suggestion"),
    S("r", "reject_suggestion", "Reject suggestion", "reject-suggestion"),
    B("S", "toggle_suggestions", "Suggestions on/off", "toggle-suggestions"),
    B("right_curly_bracket", "step_suggestion(True)", "Next suggestion", "next-suggestion"),
    B("left_curly_bracket", "step_suggestion(False)", "Previous suggestion", "previous-suggestion"),
    B("s", "toggle_panel('sources')", "Sources", "toggle-sources", tooltip="Who is cited: sources"),
    B(
        "R",
        "toggle_panel('rejections')",
        "Rejected suggestions",
        "toggle-rejections",
        tooltip="Rejected suggestions (enter restores one)",
    ),
    S(
        "P",
        "next_author",
        "Whose annotations",
        "next-author",
        tooltip="Show one person's annotations, the next person's, or everyone's",
    ),
    B(
        "C",
        "pick_version",
        "Pick a version",
        "pick-version",
        tooltip="An annotation two people changed: keep one version (or merge the notes)",
    ),
    B("L", "library", "Library", "library", tooltip="The library: every article you read"),
    B(
        "F",
        "fetch_next_page",
        "Fetch next page",
        "fetch-next-page",
        tooltip="Fetch the article's next page from the web",
    ),  # fmt: skip
    B("q,ctrl+q", "quit", "Quit", "quit", show=True),
]


def _row_moves(prefix: str) -> list[Binding]:
    """Down / up a row and a page in a list screen, ids under `prefix`."""
    return [
        Binding("down", "move(1)", "Down", id=f"{prefix}-down", show=False),
        Binding("up", "move(-1)", "Up", id=f"{prefix}-up", show=False),
        Binding("pagedown", "page(1)", "Page down", id=f"{prefix}-page-down", show=False),
        Binding("pageup", "page(-1)", "Page up", id=f"{prefix}-page-up", show=False),
    ]


# The library screen's keys (reader.ui.library_screen), here so that listing every binding id
# (the keymap check, at start) does not import the library's screens.
LIBRARY_BINDINGS: list[Binding] = [
    Binding("f1", "help", "Help", id="library-help"),  # first in the footer, as ? is when reading
    Binding("enter", "open", "Open", id="library-open"),
    *_row_moves("library"),
    Binding("ctrl+s", "sort", "Sort", id="library-sort"),
    # (ctrl+a, ctrl+d and ctrl+e belong to the filter box: home, delete, end)
    Binding("ctrl+l", "all_annotations", "All annotations", id="library-annotations"),
    Binding("ctrl+r", "forget", "Forget…", id="library-forget"),
    Binding(
        "escape",
        "back",
        "Back",
        id="library-clear",  # the id of old, when escape only cleared: keymaps keep working
        tooltip="Clear the filter; with the filter empty, back to the article you came from",
    ),
    Binding("ctrl+q", "quit", "Quit", id="library-quit"),
]

ANNOTATIONS_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Go there", id="annotations-open"),
    *_row_moves("annotations"),
    Binding("ctrl+t", "tag", "Tag filter", id="annotations-tag"),
    Binding("escape", "back", "Library", id="annotations-back"),
    Binding("f1", "help", "Help", id="annotations-help"),
]

# Palette-only commands: (title, help, action)
PALETTE_ONLY = [
    (
        "Export as W3C Web Annotations",
        "into this folder, named after the article's file (….w3c.json)",
        "export('w3c')",
    ),
    (
        "Export as a Markdown report",
        "into this folder, named after the article's file (….annotations.md)",
        "export('md')",
    ),
]


def all_binding_ids() -> set[str]:
    """Every remappable id, of every screen (the keymap file may name any)."""
    bindings = [*READER_BINDINGS, *LIBRARY_BINDINGS, *ANNOTATIONS_BINDINGS]
    return {b.id for b in bindings if isinstance(b, Binding) and b.id}


# a key as Textual names it: one character, or a name ("space", "f1", "left_square_bracket"),
# with modifiers before it ("ctrl+shift+up")
_KEY_NAME = re.compile(r"(?:(?:ctrl|shift|alt|meta|super|hyper)\+)*(?:[a-z0-9_]+|[^\s,+])")


def check_keymap(keymap: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The keymap's entries that can be used, and what is wrong with the others: a key name
    that is no key ("[bold]x[/]"), or a key a screen would give two meanings (one key, one
    meaning: the remapped binding keeps its own keys)."""
    problems: list[str] = []
    kept: dict[str, str] = {}
    for binding_id, keys in keymap.items():
        names = [k.strip() for k in keys.split(",")]
        wrong = [k for k in names if not _KEY_NAME.fullmatch(k)]
        if wrong:
            problems.append(f"{binding_id}: {', '.join(map(repr, wrong))} is no key name")
        else:
            kept[binding_id] = ",".join(names)
    for screen in (READER_BINDINGS, LIBRARY_BINDINGS, ANNOTATIONS_BINDINGS):
        owner: dict[str, str] = {}
        for b in screen:
            if not (isinstance(b, Binding) and b.id):
                continue
            for key in kept.get(b.id, b.key).split(","):
                other = owner.setdefault(key, b.id)
                if other != b.id:
                    remapped = [i for i in (other, b.id) if i in kept]
                    one = len(remapped) == 1
                    problems.append(
                        f"{key} would be both {other} and {b.id}: {' and '.join(remapped)}"
                        f" keep{'s its' if one else ' their'} own keys"
                    )
                    for i in remapped:
                        kept.pop(i, None)
    return kept, problems


def binding_rows(screen) -> list[tuple[str, str, str, str]]:
    """(keys now, description, binding id, action) for every binding of `screen`, with the keys
    the keymap gives them now: the one source for help and the command palette."""
    app = screen.app
    own = [b for b in screen.BINDINGS if isinstance(b, Binding) and b.id]
    ids = {b.id for b in own}
    keys: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.id in ids and active.node is screen:
            keys.setdefault(binding.id, []).append(app.get_key_display(binding))
    rows = []
    for b in own:
        label = b.tooltip or b.description
        # a key the focused filter box or the app answers first (enter, ctrl+q) is not among the
        # screen's active bindings, yet does what the binding says: show its own key
        shown = ", ".join(keys.get(b.id, [])) or app.get_key_display(b)
        rows.append((shown or "(unbound)", label, b.id or "", b.action))
    return rows
