"""Fetch one web page: http and https only, within a time, size and redirect budget.

Nothing but the page asked for is fetched (no images, fonts, scripts; a next page only when the
reader asks for it), nothing is sent but the request itself, and TLS certificates are verified
(the system's default context). Every failure is one line (`ReaderError(url, reason)`): a host
that cannot be found, a refused connection, an HTTP error, a body that is no web page, too large
or too slow, a redirect loop. The standard library's urllib is enough for one GET; it also honours
the usual proxy variables (http_proxy, https_proxy, no_proxy).
"""

from __future__ import annotations

import socket
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from reader.core.loading import MAX_BYTES
from reader.errors import ReaderError

if TYPE_CHECKING:
    from http.client import HTTPResponse

DEFAULT_TIMEOUT = 10.0  # seconds for the whole fetch of one page
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
USER_AGENT = "reader/0.1 (terminal article reader; one page per request)"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
# Media types that are no web page, said in words people use.
_NAMED_TYPES = {
    "application/pdf": "a PDF",
    "application/json": "JSON data",
    "application/zip": "a ZIP archive",
    "application/epub+zip": "an e-book (EPUB)",
    "application/msword": "a Word document",
    "application/rss+xml": "a news feed (RSS)",
    "application/atom+xml": "a news feed (Atom)",
}

# received bytes so far, total when the server said (url first: several pages may be fetched)
Progress = Callable[[str, int, "int | None"], None]


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    data: bytes
    kind: str  # "html" or "text"
    charset: str | None  # the charset the server declared, if any


def check_url(url: str) -> None:
    """Refuse anything but an absolute http(s) address with a host, in one line."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as exc:
        raise ReaderError(url, f"is not a valid web address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ReaderError(url, "only http and https addresses are opened")
    if not parts.hostname:
        raise ReaderError(url, "is not a valid web address (it names no host)")


def sniff_html(data: bytes) -> bool:
    """Whether bytes start like an HTML document (`<!doctype html`, `<html`)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _media_type(value: str | None) -> tuple[str, str | None]:
    """(media type, charset) of a Content-Type header."""
    if not value:
        return "", None
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _not_a_page(url: str, media: str) -> ReaderError:
    what = _NAMED_TYPES.get(media)
    if what is None:
        major = media.split("/")[0]
        what = {"image": "an image", "audio": "audio", "video": "a video"}.get(major)
    if what is None:
        what = f"{media}"
    return ReaderError(url, f"is {what}, not a web page")


def _http_error(url: str, code: int, reason: str) -> ReaderError:
    status = f"HTTP {code} {reason}".strip()
    if code in (404, 410):
        return ReaderError(url, f"was not found ({status})")
    if code in (401, 403):
        return ReaderError(url, f"the site refuses access ({status})")
    if code == 429:
        return ReaderError(url, f"the site asks to wait ({status}); try again later")
    if 400 <= code < 500:
        return ReaderError(url, f"the site refused the request ({status})")
    if code >= 500:
        return ReaderError(url, f"the site failed to answer ({status}); try again later")
    return ReaderError(url, f"the site answered with {status}, not a page")


def _network_error(url: str, reason: object, timeout: float) -> ReaderError:
    import ssl

    host = urlsplit(url).hostname or url
    port = urlsplit(url).port
    if isinstance(reason, socket.gaierror):
        return ReaderError(url, f"cannot find the host {host} (check the address or the network)")
    if isinstance(reason, ConnectionRefusedError):
        where = f"{host}:{port}" if port else host
        return ReaderError(url, f"the connection to {where} was refused")
    if isinstance(reason, TimeoutError):
        return ReaderError(url, f"no answer within {timeout:g} s (see --timeout)")
    if isinstance(reason, ssl.SSLCertVerificationError):
        why = reason.verify_message or reason.reason or "unknown reason"
        return ReaderError(url, f"the site's certificate cannot be trusted ({why})")
    if isinstance(reason, ssl.SSLError):
        return ReaderError(url, f"no secure connection could be made ({reason.reason or reason})")
    if isinstance(reason, OSError):
        why = reason.strerror or type(reason).__name__
        return ReaderError(url, f"the connection failed ({why[:1].lower() + why[1:]})")
    return ReaderError(url, f"cannot be fetched ({reason})")


def _opener(timeout: float) -> Any:
    import ssl
    import urllib.request

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        """Redirects are followed by `fetch` itself: it counts them and sees loops."""

        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    return urllib.request.build_opener(
        NoRedirects(), urllib.request.HTTPSHandler(context=ssl.create_default_context())
    )


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int = MAX_BYTES,
    progress: Progress | None = None,
) -> Fetched:
    """GET one web page (following at most MAX_REDIRECTS redirects), or a one-line ReaderError.

    `timeout` bounds the whole fetch: connecting and each wait for data get what is left of it,
    and the body is read in chunks with the clock checked in between. At most `limit` bytes are
    read (a larger Content-Length is refused before the body is read). `progress(url, received,
    total)` is called as bytes arrive (first with 0 before connecting)."""
    import http.client
    import urllib.error
    import urllib.request

    check_url(url)
    deadline = time.monotonic() + timeout
    opener = _opener(timeout)
    visited = [url]
    current = url
    if progress is not None:
        progress(url, 0, None)
    for _hop in range(MAX_REDIRECTS + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            raise ReaderError(url, f"no answer within {timeout:g} s (see --timeout)")
        request = urllib.request.Request(
            current, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT}
        )
        try:
            response = opener.open(request, timeout=left)
        except urllib.error.HTTPError as exc:
            with exc:
                location = exc.headers.get("Location") if exc.code in REDIRECTS else None
                if exc.code in REDIRECTS and not location:
                    raise ReaderError(url, f"redirects nowhere (HTTP {exc.code})") from None
                if location is None:
                    raise _http_error(url, exc.code, str(exc.reason or "")) from None
            target = urljoin(current, location.strip())
            try:
                check_url(target)
            except ReaderError as bad:
                raise ReaderError(url, f"redirects to {target}: {bad.reason}") from None
            if target in visited:
                loop = " → ".join([*visited[visited.index(target) :], target])
                raise ReaderError(url, f"redirect loop ({loop})") from None
            visited.append(target)
            current = target
            continue
        except urllib.error.URLError as exc:
            raise _network_error(url, exc.reason, timeout) from None
        except TimeoutError:
            raise ReaderError(url, f"no answer within {timeout:g} s (see --timeout)") from None
        except http.client.HTTPException as exc:
            why = type(exc).__name__
            raise ReaderError(url, f"the site sent no valid answer ({why})") from None
        except OSError as exc:
            raise _network_error(url, exc, timeout) from None
        with response:
            return _read(url, response, deadline, timeout, limit, progress)
    raise ReaderError(url, f"redirects more than {MAX_REDIRECTS} times ({' → '.join(visited)})")


def _read(
    url: str,
    response: HTTPResponse,
    deadline: float,
    timeout: float,
    limit: int,
    progress: Progress | None,
) -> Fetched:
    status = response.status
    if status != 200:
        raise _http_error(url, status, response.reason or "")
    media, charset = _media_type(response.headers.get("Content-Type"))
    if media and media not in PAGE_TYPES and media != "application/octet-stream":
        raise _not_a_page(url, media)
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.strip().isdigit() else None
    if total is not None and total > limit:
        raise ReaderError(url, _too_large(limit, total))
    encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
    inflate = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(47)  # gzip or zlib header, detected
    elif encoding != "identity":
        raise ReaderError(url, f"the site sent the page compressed as {encoding!r}")
    chunks: list[bytes] = []
    received = size = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise ReaderError(url, f"not received within {timeout:g} s (see --timeout)")
            chunk = response.read1(CHUNK)
            if not chunk:
                break
            received += len(chunk)
            if inflate is not None:
                chunk = inflate.decompress(chunk, limit + 1 - size)
                if inflate.unconsumed_tail:
                    raise ReaderError(url, _too_large(limit))
            size += len(chunk)
            chunks.append(chunk)
            if size > limit:
                raise ReaderError(url, _too_large(limit))
            if progress is not None:
                progress(url, received, total)
    except TimeoutError:
        raise ReaderError(url, f"not received within {timeout:g} s (see --timeout)") from None
    except zlib.error:
        raise ReaderError(url, "the site sent a damaged compressed page") from None
    except (OSError, ValueError) as exc:
        raise _network_error(url, exc, timeout) from None
    data = b"".join(chunks)
    if not data:
        raise ReaderError(url, "the site sent an empty page")
    kind = PAGE_TYPES.get(media)
    if kind is None or kind == "text":  # no type, octet-stream or text/plain: look at it
        if sniff_html(data):
            kind = "html"
        elif kind is None:
            raise ReaderError(url, f"is not a web page ({media or 'no content type'})")
    return Fetched(url=response.geturl() or url, data=data, kind=kind, charset=charset)


def _too_large(limit: int, total: int | None = None) -> str:
    size = f"{total / 1048576:.1f} MiB; " if total is not None else ""
    return f"is too large ({size}the limit is {limit // 1048576} MiB)"
