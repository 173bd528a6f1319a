"""The reader's colours, derived from the active theme so every text it draws is readable.

Textual's themes give base colours ($warning, $success, $primary, $background, ...). Mixed naively
(`background: $warning 30%` under the theme's text) they measured 1.5:1 in light themes. Here every
colour pair the reader draws is computed per theme and pushed to WCAG AA contrast (4.5:1) by
moving the text colour toward black or white, so tags keep the theme's hue and stay readable.

ANSI themes name terminal palette entries ("ansi_yellow") that cannot be blended: there the tags
are full palette colours, and each text colour is the palette entry with the best contrast as
Textual's reference palette (`App.ansi_theme`) renders it.
"""

from __future__ import annotations

from rich.terminal_theme import TerminalTheme
from textual.color import Color

AA = 4.5  # WCAG AA, normal text
TAG_BASES = {"claim": "warning", "quote": "success", "speculation": "primary"}
TAG_ALPHA, SUGGEST_ALPHA, MATCH_ALPHA, SELECT_ALPHA = 0.30, 0.12, 0.50, 0.60
ANSI_NAMES = (
    "black red green yellow blue magenta cyan white bright_black bright_red bright_green"
    " bright_yellow bright_blue bright_magenta bright_cyan bright_white"
).split()


def luminance(c: Color) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = c.rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(text: Color, background: Color, ratio: float = AA) -> Color:
    """`text`, or the least change of it toward black or white that reaches `ratio` on `background`."""
    if contrast(text, background) >= ratio:
        return text
    best = None
    for target in (Color(0, 0, 0), Color(255, 255, 255)):
        if contrast(target, background) < ratio:
            continue
        lo, hi = 0.0, 1.0  # blend factor toward target: find the smallest that is enough
        for _ in range(16):
            mid = (lo + hi) / 2
            if contrast(text.blend(target, mid), background) >= ratio:
                hi = mid
            else:
                lo = mid
        if best is None or hi < best[0]:
            best = (hi, text.blend(target, hi))
    if best is None:  # neither black nor white reaches it: take the better of the two
        return max((Color(0, 0, 0), Color(255, 255, 255)), key=lambda t: contrast(t, background))
    return best[1]


def muted(text: Color, background: Color, ratio: float = AA) -> Color:
    """The faintest blend of `text` toward `background` that still reaches `ratio` (dimmed text)."""
    text = readable(text, background, ratio)
    lo, hi = 0.0, 1.0
    for _ in range(16):
        mid = (lo + hi) / 2
        if contrast(text.blend(background, mid), background) >= ratio:
            lo = mid
        else:
            hi = mid
    return text.blend(background, lo)


def _parse(value: str, fallback: Color) -> Color:
    try:
        color = Color.parse(value.split()[0]) if value else fallback
    except Exception:  # "auto 87%" and other forms Textual resolves itself
        return fallback
    return color.with_alpha(1.0)


def reader_variables(variables: dict[str, str], palette: TerminalTheme) -> dict[str, str]:
    """CSS variables for `styles/reader.tcss`, computed from the theme's generated variables."""
    if variables.get("background", "").startswith("ansi_"):
        return _ansi_variables(variables, palette)
    background = _parse(variables.get("background", ""), Color(0, 0, 0))
    panel = background.blend(_parse(variables.get("panel", ""), background), 1.0)
    foreground = _parse(variables.get("foreground", ""), Color(255, 255, 255))
    out: dict[str, str] = {}

    def pair(name: str, bg: Color, fg: Color = foreground) -> None:
        out[f"{name}-bg"] = bg.hex
        out[f"{name}-fg"] = readable(fg, bg).hex

    for tag, base in TAG_BASES.items():
        hue = _parse(variables.get(base, ""), foreground)
        out[tag] = hue.hex
        pair(tag, background.blend(hue, TAG_ALPHA))
        pair(f"suggest-{tag}", background.blend(hue, SUGGEST_ALPHA))
        out[f"{tag}-mark"] = readable(hue, background).hex
    primary = _parse(variables.get("primary", ""), foreground)
    secondary = _parse(variables.get("secondary", ""), foreground)
    pair("select", background.blend(primary, SELECT_ALPHA))
    pair("match", background.blend(secondary, MATCH_ALPHA))
    pair("match-current", secondary)
    out["reader-text"] = readable(foreground, background).hex
    out["reader-title"] = readable(
        _parse(variables.get("text-primary", ""), foreground), background
    ).hex
    out["reader-heading"] = readable(
        _parse(variables.get("text-secondary", ""), foreground), background
    ).hex
    out["reader-notice"] = readable(
        _parse(variables.get("text-warning", ""), foreground), background
    ).hex
    out["reader-dim"] = muted(foreground, background).hex
    out["reader-mark-dim"] = muted(foreground, background).hex
    pair("bar", panel)
    out["bar-dim"] = muted(foreground, panel).hex
    return out


def _ansi_variables(variables: dict[str, str], palette: TerminalTheme) -> dict[str, str]:
    """The same variables for an ANSI theme: palette entries only, chosen by contrast."""
    fg_rgb = Color(*palette.foreground_color)
    bg_rgb = Color(*palette.background_color)
    entries = {f"ansi_{name}": Color(*palette.ansi_colors[i]) for i, name in enumerate(ANSI_NAMES)}
    rgb = {**entries, "ansi_default_fg": fg_rgb, "ansi_default_bg": bg_rgb}

    def best_text(bg_name: str, prefer: str = "ansi_default") -> str:
        bg = rgb.get(bg_name, bg_rgb) if bg_name != "ansi_default" else bg_rgb
        options = ["ansi_default_fg", "ansi_black", "ansi_white", "ansi_bright_white"]
        if prefer != "ansi_default":
            options.insert(0, prefer)
        ok = [o for o in options if contrast(rgb[o], bg) >= AA]
        chosen = ok[0] if ok else max(options, key=lambda o: contrast(rgb[o], bg))
        return "ansi_default" if chosen == "ansi_default_fg" else chosen

    def base(name: str, fallback: str) -> str:
        value = variables.get(name, fallback).split()[0]
        return value if value in entries else fallback

    out: dict[str, str] = {}

    def pair(name: str, bg_name: str) -> None:
        out[f"{name}-bg"] = bg_name
        out[f"{name}-fg"] = best_text(bg_name)

    for tag, base_name in TAG_BASES.items():
        hue = base(base_name, "ansi_yellow")
        out[tag] = hue
        pair(tag, hue)
        pair(f"suggest-{tag}", "ansi_default")
        out[f"{tag}-mark"] = best_text("ansi_default", prefer=hue)
    pair("select", base("primary", "ansi_blue"))
    pair("match", base("secondary", "ansi_cyan"))
    pair("match-current", "ansi_bright_white" if not palette_is_light(palette) else "ansi_black")
    for name, source in (
        ("reader-text", "foreground"),
        ("reader-title", "text-primary"),
        ("reader-heading", "text-secondary"),
        ("reader-notice", "text-warning"),
    ):
        out[name] = best_text("ansi_default", prefer=base(source, "ansi_default"))
    out["reader-dim"] = out["reader-mark-dim"] = "ansi_default"
    pair("bar", "ansi_default")
    out["bar-dim"] = "ansi_default"
    return out


def palette_is_light(palette: TerminalTheme) -> bool:
    return luminance(Color(*palette.background_color)) > 0.5
