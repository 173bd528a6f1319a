"""A small CouchDB client over the standard library: what `reader sync` needs, nothing more.

The database URL may carry a name and password (``https://ann:pw@host/db``); otherwise they come
from ``$READER_SYNC_USER`` / ``$READER_SYNC_PASSWORD``, else ``~/.netrc``. They are sent as HTTP
Basic authentication and never appear anywhere else: `Remote.url` is the address without them,
and every error line names that address (and has the password masked, should a server echo it).
"""

from __future__ import annotations

import base64
import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from reader.errors import ReaderError

TIMEOUT = 30.0


class SyncError(ReaderError):
    """The remote database could not be used; `offline` when it could not be reached at all
    (worth retrying), not when it refused us (wrong password, not a CouchDB)."""

    def __init__(
        self, path: str | None, reason: str, *, offline: bool = False, status: int | None = None
    ) -> None:
        super().__init__(path, reason)
        self.offline = offline
        self.status = status  # the HTTP status the remote answered, when it answered one


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str


def strip_userinfo(url: str) -> str:
    """`url` without a name or password, for messages and as the key of its sync state."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def _netrc(host: str) -> Credentials | None:
    import netrc

    try:
        found = netrc.netrc().authenticators(host)
    except (OSError, netrc.NetrcParseError):
        return None  # no ~/.netrc, or one we cannot read: no credentials from it
    if not found:
        return None
    login, _, password = found
    return Credentials(login or "", password or "")


def credentials_for(url: str) -> Credentials | None:
    """From the URL's user info, else the environment, else ~/.netrc, else None."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None:
        return Credentials(
            urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
        )
    user = os.environ.get("READER_SYNC_USER")
    if user:
        return Credentials(user, os.environ.get("READER_SYNC_PASSWORD", ""))
    return _netrc(parts.hostname or "")


class Remote:
    """One CouchDB database, by URL (`Remote.url` carries no credentials)."""

    def __init__(self, url: str, *, timeout: float = TIMEOUT) -> None:
        try:
            parts = urllib.parse.urlsplit(url)
            parts.port  # noqa: B018 (raises ValueError on a bad port)
        except ValueError as e:
            raise SyncError(None, f"not a database URL ({e})") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SyncError(
                None, "give the database's http(s) URL, such as http://127.0.0.1:5984/team"
            )
        self.url = strip_userinfo(url)
        path = urllib.parse.urlsplit(self.url).path
        if not path.strip("/"):
            raise SyncError(self.url, "names a server, not a database (add /DATABASE)")
        if any(part in (".", "..") for part in urllib.parse.unquote(path).split("/")):
            # "…/team/../_users" would reach another database than the one it seems to name
            raise SyncError(self.url, "has . or .. in its path: name the database itself")
        self.credentials = credentials_for(url)
        self.timeout = timeout

    def _masked(self, text: str) -> str:
        c = self.credentials
        if c and c.password:
            text = text.replace(c.password, "***")
        return text

    def request(
        self,
        method: str,
        path: str = "",
        *,
        query: dict[str, Any] | None = None,
        body: Any = None,
        timeout: float | None = None,
    ) -> Any:
        """The parsed JSON answer to METHOD url/path?query; SyncError otherwise."""
        url = self.url + (("/" + path) if path else "")
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None
        headers = {"Accept": "application/json", "User-Agent": "reader-sync"}
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.credentials is not None:
            pair = f"{self.credentials.user}:{self.credentials.password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with _OPENER.open(req, timeout=timeout or self.timeout) as answer:
                raw = answer.read(MAX_ANSWER + 1)
        except urllib.error.HTTPError as e:
            raise self._http_error(e) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, socket.timeout | TimeoutError):
                why = f"did not answer within {timeout or self.timeout:g} s"
            elif isinstance(reason, ConnectionRefusedError):
                why = "connection refused"
            elif isinstance(reason, ConnectionResetError | ConnectionAbortedError):
                why = "the connection was cut"
            elif isinstance(reason, socket.gaierror):
                why = "the host name cannot be resolved"
            else:
                why = self._masked(str(getattr(reason, "strerror", None) or reason))
            raise SyncError(self.url, f"cannot be reached ({why})", offline=True) from None
        except http_client_errors() as e:
            raise SyncError(
                self.url,
                f"cannot be reached (the connection broke: {type(e).__name__})",
                offline=True,
            ) from None
        if len(raw) > MAX_ANSWER:
            raise SyncError(
                self.url, f"answered with more than {MAX_ANSWER >> 20} MiB at once: not read"
            )
        try:
            return json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise SyncError(self.url, "answered with something that is not JSON") from None

    def _http_error(self, e: urllib.error.HTTPError) -> SyncError:
        if 300 <= e.code < 400:
            where = strip_userinfo(str(e.headers.get("Location") or "elsewhere"))
            return SyncError(
                self.url,
                f"answered {e.code}: moved to {where[:200]} — not followed (the name and password"
                " go only to the address you give); sync with that address if it is the team's",
                status=e.code,
            )
        try:
            info = json.loads(e.read().decode("utf-8"))
            reason = f"{info.get('error', '')}: {info.get('reason', '')}".strip(": ")
        except (OSError, ValueError, AttributeError, UnicodeDecodeError):
            reason = e.reason if isinstance(e.reason, str) else ""
        reason = self._masked(" ".join(str(reason).split())[:200])
        if e.code == 401:
            who = (
                "the name or password was refused"
                if self.credentials
                else "it needs a name and password (in the URL, $READER_SYNC_USER and "
                "$READER_SYNC_PASSWORD, or ~/.netrc)"
            )
            return SyncError(self.url, f"{who} (401 {reason})", status=401)
        if e.code == 403:
            return SyncError(
                self.url, f"this user may not use the database (403 {reason})", status=403
            )
        return SyncError(
            self.url, f"answered {e.code} {reason}".rstrip(), offline=e.code >= 500, status=e.code
        )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect is an error, not followed: urllib would send the Authorization header to
    wherever it points (another host, or http after https) and turn a POST into a GET."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        return None  # urllib then raises the 3xx as an HTTPError


_OPENER = urllib.request.build_opener(_NoRedirects)
# the most one answer may hold (a pull of 1,000 documents with stored copies is far less)
MAX_ANSWER = 512 << 20


def http_client_errors() -> tuple[type[BaseException], ...]:
    import http.client

    return (http.client.HTTPException,)
