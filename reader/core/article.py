"""The article model: one canonical text, and blocks and sentences as `[start, end)` offsets into it.

Offsets are Python string indices (Unicode code points), the W3C TextPositionSelector convention, so
`article.text[start:end]` is always exactly the thing addressed. Sentences are segmented lazily, one
block at a time and cached, so a 5 MB article shows its first pane without segmenting the rest.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from reader.core.sentences import split_sentences, split_words

# What a block is. "blockquote" and "item" (a list item) come from web pages; "byline" (author and
# date lines) and "aside" (captions, "Read more" boxes, newsletter prompts) are text around the
# article: kept in the canonical text so nothing is lost, shown dimmed, skipped by suggestions.
BLOCK_KINDS = ("title", "lede", "heading", "paragraph", "blockquote", "item", "byline", "aside")
NON_ARTICLE_KINDS = frozenset({"byline", "aside"})
BLOCK_SEPARATOR = "\n\n"
MAX_PAGES = 9999  # page markers have at most four digits (parsing.PAGE_MARKER)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # one of BLOCK_KINDS
    page: int  # source page, counting from 1
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Article.blocks


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What a web page says about itself (all optional; a text file says none of it).

    `url` is the address the article was fetched from (its first page), `canonical_url` the one the
    page names as its own (`<link rel="canonical">`, og:url), `lang` the language it declares
    (`<html lang>`), `date` its publication date (ISO 8601, as the page gives it).
    """

    url: str | None = None
    canonical_url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = field(default=())
    date: str | None = None
    lang: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site": self.site,
            "authors": list(self.authors),
            "date": self.date,
            "lang": self.lang,
        }


NO_META = ArticleMeta()


def is_web_address(source: str) -> bool:
    """Whether a source is an http(s) address rather than a file path."""
    return source[:8].lower().startswith(("http://", "https://"))


def article_key(sources: list[str] | tuple[str, ...]) -> str:
    """Name an article by its source files, so an edited file is a new version, not a stranger.

    A web address is its own name (resolving it as a path would make the key depend on the
    folder the reader was started in)."""
    resolved = [s if is_web_address(s) else str(Path(s).expanduser().resolve()) for s in sources]
    # surrogateescape: a file name that is not UTF-8 is hashed as the bytes it is
    joined = "\0".join(resolved).encode("utf-8", "surrogateescape")
    return "src:" + hashlib.sha256(joined).hexdigest()[:20]


def text_id(text: str) -> str:
    """Name one version of an article: a hash of its canonical text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_label(lang: str, page: int, pages: int) -> str:
    """The page label in the article's own convention (it echoes the site's pagination)."""
    if lang == "de":
        return f"Seite {page} / {pages}"
    return f"Page {page} of {pages}"


class Article:
    """An immutable article version. Build one with `reader.core.parsing.parse_files`."""

    def __init__(
        self,
        *,
        blocks: list[Block],
        kicker: str | None,
        sources: list[str],
        pages_known: int,
        pages_present: list[int],
        lang: str = "und",
        lang_probability: float = 0.0,
        encodings: list[str] | None = None,
        meta: ArticleMeta = NO_META,
        next_page_url: str | None = None,
    ) -> None:
        self.blocks: tuple[Block, ...] = tuple(blocks)
        self.text: str = BLOCK_SEPARATOR.join(b.text for b in blocks)
        self.kicker = kicker
        self.sources: tuple[str, ...] = tuple(sources)
        self.pages_known = pages_known
        self.pages_present: tuple[int, ...] = tuple(pages_present)
        self.lang = lang
        self.lang_probability = lang_probability
        self.encodings = tuple(encodings or ())
        self.meta = meta
        # The address of the page after the last one present, when the last page names it and it
        # was not fetched (`--all-pages` fetches it; the app offers a key).
        self.next_page_url = next_page_url
        self._block_starts = [b.start for b in self.blocks]
        self._sentences: dict[int, tuple[Sentence, ...]] = {}
        for b in self.blocks:  # the canonical text is the blocks joined; keep that a fact
            assert self.text[b.start : b.end] == b.text

    # identity ---------------------------------------------------------------------------------
    @cached_property
    def id(self) -> str:
        return text_id(self.text)

    @cached_property
    def key(self) -> str:
        return article_key(self.sources)

    @cached_property
    def title(self) -> str:
        # the first block, or the first after the page's furniture (asides) over the headline;
        # only asides come before it, so the search ends at the first block that is neither
        for b in self.blocks:
            if b.kind == "title":
                return b.text
            if b.kind != "aside":
                break
        return ""

    @property
    def header_kicker(self) -> str | None:
        """What the header shows where the kicker goes: the kicker, else the site's name."""
        return self.kicker or self.meta.site

    @property
    def web_url(self) -> str | None:
        """The article's address on the web: the page's canonical URL, else the URL fetched."""
        return self.meta.canonical_url or self.meta.url

    def with_language(self, lang: str, probability: float) -> Article:
        """The same version with a (confirmed or overridden) language. Sentences are split by
        language rules ("3." ends an English sentence, not a German one), so the copy gets a sentence
        cache of its own."""
        other = object.__new__(Article)
        other.__dict__.update(self.__dict__)
        other.lang, other.lang_probability = lang, probability
        if lang != self.lang:
            other._sentences = {}
        return other

    # pages --------------------------------------------------------------------------------------
    def page_label(self, page: int) -> str:
        return page_label(self.lang, page, max(self.pages_known, page))

    def missing_notice(self, page: int, step: int) -> str | None:
        """'Seite 2 / 2 is not in this file' when the page after (step 1) or before (step -1) `page`
                is known from the markers but not in the files read, or when the last page read names a next
        page that can be fetched (`next_page_url`); the one place that says it."""
        other = page + step
        fetchable = (
            step == 1
            and self.next_page_url is not None
            and bool(self.pages_present)
            and page == self.pages_present[-1]
        )
        if 1 <= other <= self.pages_known and other not in self.pages_present:
            if fetchable:
                return f"{self.page_label(other)} is not loaded yet; it can be fetched from the web"
            return f"{self.page_label(other)} is not in this file"
        if fetchable:
            return "The next page is not loaded yet; it can be fetched from the web"
        return None

    def missing_pages(self) -> list[int]:
        return [p for p in range(1, self.pages_known + 1) if p not in self.pages_present]

    # blocks and sentences -----------------------------------------------------------------------
    def block_index_at(self, offset: int) -> int:
        """The block holding `offset`, or the block after the gap it falls in."""
        i = bisect_right(self._block_starts, offset) - 1
        if i < 0:
            return 0
        if offset >= self.blocks[i].end and i + 1 < len(self.blocks):
            return i + 1
        return i

    def block_sentences(self, index: int) -> tuple[Sentence, ...]:
        cached = self._sentences.get(index)
        if cached is None:
            block = self.blocks[index]
            spans = split_sentences(block.text, self.lang)
            cached = tuple(Sentence(block.start + s, block.start + e, index) for s, e in spans)
            if not cached:  # a block of punctuation only is still one cursor stop
                cached = (Sentence(block.start, block.end, index),)
            self._sentences[index] = cached
        return cached

    @property
    def sentences(self) -> list[Sentence]:
        """Every sentence, in order (segments the whole article; use the lazy helpers on hot paths)."""
        return [s for i in range(len(self.blocks)) for s in self.block_sentences(i)]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding `offset` (or the next one when `offset` falls between sentences)."""
        bi = self.block_index_at(offset)
        sentences = self.block_sentences(bi)
        for s in sentences:
            if offset < s.end:
                return s
        return sentences[-1]

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        sentences = self.block_sentences(sentence.block)
        i = sentences.index(sentence)
        if i + 1 < len(sentences):
            return sentences[i + 1]
        if sentence.block + 1 < len(self.blocks):
            return self.block_sentences(sentence.block + 1)[0]
        return None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        sentences = self.block_sentences(sentence.block)
        i = sentences.index(sentence)
        if i > 0:
            return sentences[i - 1]
        if sentence.block > 0:
            return self.block_sentences(sentence.block - 1)[-1]
        return None

    def words(self, start: int, end: int) -> list[tuple[int, int]]:
        """Word spans (global offsets) of the blocks overlapping `[start, end)`."""
        out: list[tuple[int, int]] = []
        bi = self.block_index_at(start)
        while bi < len(self.blocks) and self.blocks[bi].start < end:
            b = self.blocks[bi]
            out.extend((b.start + s, b.start + e) for s, e in split_words(b.text))
            bi += 1
        return out

    def page_at(self, offset: int) -> int:
        return self.blocks[self.block_index_at(offset)].page if self.blocks else 1

    # the `reader parse --json` contract ---------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kicker": self.kicker,
            "lang": self.lang,
            "lang_probability": round(self.lang_probability, 4),
            "pages_known": self.pages_known,
            "pages_present": list(self.pages_present),
            "sources": list(self.sources),
            "meta": self.meta.to_json(),
            "next_page_url": self.next_page_url,
            "text": self.text,
            "blocks": [
                {"kind": b.kind, "page": b.page, "start": b.start, "end": b.end, "text": b.text}
                for b in self.blocks
            ],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
        }
