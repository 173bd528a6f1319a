"""`reader sync URL` (share annotations through a CouchDB database) and `reader whoami` (the name
your annotations carry)."""

from __future__ import annotations

import argparse
import os

from reader.cli import args as common
from reader.core.display import visible


def add(sub) -> None:
    p = sub.add_parser("sync", help="exchange annotations with a team's CouchDB database")
    p.add_argument("url", metavar="URL", help="the CouchDB database, http(s)://[user:pw@]host/db")
    common.db(p)
    p.add_argument(
        "--with-text", action="store_true", help="upload the articles' stored copies too"
    )
    p.add_argument("--watch", action="store_true", help="keep syncing until interrupted")
    p.add_argument(
        "--interval",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="with --watch: how often to look for others' changes (default 5)",
    )

    p = sub.add_parser("whoami", help="the name your annotations carry (set it with --set)")
    p.add_argument("--set", metavar="NAME", help="remember NAME in the settings")


class SyncProgress(common.ProgressLine):
    """ "sync: sent 1,200 of 30,000 …" while a large sync runs."""

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.due(0.2):
            return
        of = f" of {total:,}" if total else ""
        verb = "sent" if phase == "push" else "received"
        self.show(f"sync: {verb} {done:,}{of} …")


def cmd_sync(args: argparse.Namespace) -> int:
    from reader.core.couch import Remote
    from reader.core.settings import author_name, database_path
    from reader.core.store import Store
    from reader.core.sync import Sync

    remote = Remote(args.url)
    me = author_name()
    progress = SyncProgress.for_stderr()
    path = database_path(args.db)
    if not args.watch and not os.path.lexists(path):
        # a first sync into a new database: a server that cannot be reached (or refuses) leaves
        # no database and no lock file behind (adversarial review)
        from reader.core.couch import SyncError

        try:
            remote.request("GET")
        except SyncError as e:
            if e.status != 404:  # (a missing remote database is made by the sync)
                raise
    with Store(path) as store:
        if args.watch:
            from reader.core.watch import watch

            return watch(store, remote, me=me, with_text=args.with_text, interval=args.interval)
        try:
            report = Sync(store, remote, me=me, with_text=args.with_text, progress=progress).run()
        finally:
            if progress is not None:
                progress.done()
    print(visible(report.line()))
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    from reader.core.annotation import check_text
    from reader.core.settings import AUTHOR_KEY, Settings, author_name
    from reader.errors import ReaderError

    settings = Settings()
    if args.set is not None:
        from reader.core.verdicts import check_line

        try:  # a name is printed in lists and exports and sent to the team: plain text only
            name = " ".join(check_line(check_text(args.set, "--set"), "--set").split())
        except ValueError as exc:
            raise ReaderError(None, f"whoami {exc}") from None
        if not name:
            raise ReaderError(None, "whoami --set: the name is empty")
        if settings.problem:
            raise ReaderError(None, settings.problem)
        settings.set(AUTHOR_KEY, name)
    print(visible(author_name(settings)))
    return 0


COMMANDS = {"sync": cmd_sync, "whoami": cmd_whoami}
