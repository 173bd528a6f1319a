"""A child process for the storage crash and concurrency tests (run as a script, not collected).

python tests/crash_writer.py chaos DB SEED
    Writes forever: puts, batches, deletes and a compact() every 40 changes. Prints an
    acknowledgement line, flushed, only AFTER the call returned:
        put UUID | batch UUID UUID ... | del UUID | compacted
    and, BEFORE a delete starts, "deleting UUID" (from then on the annotation may be gone).
python tests/crash_writer.py inject DB N WHEN
    A fixed script (puts, a batch, a delete, compactions) that exits with status 99 at the Nth
    call of os.fsync or os.replace, WHEN "before" or "after" that call. Same acknowledgement
    lines as chaos; prints "done CALLS" (how many such calls it made) if it got to the end.
python tests/crash_writer.py writer DB LABEL COUNT
    Prints "ready", waits for a line on stdin, puts COUNT annotations of article LABEL one by
    one (compacting every 50), then refreshes and prints "count N" (all annotations it sees).
"""

from __future__ import annotations

import random
import sys
import uuid

from reader.core.annotation import Annotation
from reader.core.store import Store

TEXT = "Grüße aus Köln — «quote» <b>markup</b> 🎉 and plain words to annotate. " * 3


def annotation(article: str, rng: random.Random) -> Annotation:
    start = rng.randrange(0, len(TEXT) - 10)
    end = start + rng.randrange(1, 10)
    return Annotation(
        uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        article=article,
        version="v1",
        tag=rng.choice(["claim", "quote", "speculation"]),
        start=start,
        end=end,
        exact=TEXT[start:end],
        prefix=TEXT[max(0, start - 32) : start],
        suffix=TEXT[end : end + 32],
        page=1,
        note="n" * rng.randrange(0, 300),  # varied line lengths
    )


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def chaos(db: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store(db)
    mine = [a.uuid for a in store.all_annotations()]
    say("ready")
    changes = 0
    while True:
        roll = rng.random()
        if roll < 0.15 and mine:
            victim = mine.pop(rng.randrange(len(mine)))
            say(f"deleting {victim}")
            store.delete(victim)
            say(f"del {victim}")
        elif roll < 0.25:
            batch = [annotation("chaos", rng) for _ in range(rng.randrange(2, 6))]
            store.put_many(batch)
            say("batch " + " ".join(a.uuid for a in batch))
            mine.extend(a.uuid for a in batch)
        else:
            a = annotation("chaos", rng)
            store.put(a)
            say(f"put {a.uuid}")
            mine.append(a.uuid)
        changes += 1
        if changes % 40 == 0:
            store.compact()
            say("compacted")


def inject(db: str, n: int, when: str) -> None:
    import os

    calls = 0

    def wrap(real):
        def hooked(*args):
            nonlocal calls
            calls += 1
            if calls == n and when == "before":
                os._exit(99)
            result = real(*args)
            if calls == n and when == "after":
                os._exit(99)
            return result

        return hooked

    os.fsync, os.replace = wrap(os.fsync), wrap(os.replace)
    rng = random.Random(n)
    store = Store(db)
    made = []
    for step in ["put", "put", "put", "compact", "put", "del", "batch", "compact", "put", "close"]:
        if step == "put":
            a = annotation("inject", rng)
            store.put(a)
            made.append(a.uuid)
            say(f"put {a.uuid}")
        elif step == "batch":
            batch = [annotation("inject", rng) for _ in range(3)]
            store.put_many(batch)
            made.extend(a.uuid for a in batch)
            say("batch " + " ".join(a.uuid for a in batch))
        elif step == "del":
            victim = made.pop(0)
            say(f"deleting {victim}")
            store.delete(victim)
            say(f"del {victim}")
        elif step == "compact":
            store.compact()
            say("compacted")
        else:
            store.storage.compact_at_close = 0  # closing compacts too
            store.close()
    say(f"done {calls}")


def writer(db: str, label: str, count: int) -> None:
    rng = random.Random(label)
    store = Store(db)
    say("ready")
    sys.stdin.readline()
    for i in range(count):
        store.put(annotation(label, rng))
        if i % 50 == 49:
            store.compact()
    say("wrote")
    sys.stdin.readline()  # until the other writer is done too
    store.refresh()
    say(f"count {len(store.all_annotations())}")
    store.close()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "chaos":
        chaos(sys.argv[2], int(sys.argv[3]))
    elif mode == "inject":
        inject(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif mode == "writer":
        writer(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
