"""The photo commands: ``attach`` (files onto a record, all or nothing) and
``photos --check`` (photos the database names that are missing or damaged)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

Opener = Callable[..., AbstractContextManager[Any]]


def attach_command(args: argparse.Namespace, open_db: Opener) -> int:
    from otop_desk import i18n
    from otop_desk.domain.errors import NotFoundError
    from otop_desk.services import Services
    from otop_desk.services.photos import OWNER_NAMES

    i18n.install_headless(args.lang)
    with open_db(args, writes=True) as db:
        photos = Services(db).photos
        try:
            owner = photos.find_owner(OWNER_NAMES[args.to], args.id)
        except NotFoundError as error:
            print(f"error: no {args.to} matches {error}", file=sys.stderr)
            return 2
        result = photos.attach(owner, [Path(f) for f in args.files], caption=args.caption or "",
                               people_close=args.people_close, keep_original=args.keep_original)
    if result.refused:
        for refused in result.refused:
            print(f"refused: {' '.join(refused.translated(i18n.translate).split())}", file=sys.stderr)
        print("nothing was attached", file=sys.stderr)
        return 2
    print(f"{args.to} {owner.id}: {len(result.added)} photo(s) attached"
          + (f", {result.duplicates} already there" if result.duplicates else ""))
    return 0


def photos_command(args: argparse.Namespace, open_db: Opener) -> int:
    from otop_desk.services import Services

    with open_db(args, writes=False) as db:
        photos = Services(db).photos
        expected = photos.expected()
        problems = photos.check(sample=None)
        names = photos.names_of({p.sha256 for p in problems})
    size = sum(expected.values())
    print(f"photos: {len(expected)} file(s), {size / 2**20:,.1f} MB")
    for problem in problems:
        shown = ", ".join(names.get(problem.sha256, [])) or "(original)"
        print(f"  {problem.problem}: {problem.sha256[:16]}… {shown}")
    print("photo files: all present and sound" if not problems else f"photo files: {len(problems)} problem(s)")
    return 1 if problems else 0


def add_parsers(sub: Any, db_arg: Callable[[argparse.ArgumentParser], None], open_db: Opener) -> None:
    from otop_desk.services.photos import OWNER_NAMES

    attach = sub.add_parser("attach", help="attach photo files to a record (all or nothing)")
    db_arg(attach)
    attach.add_argument("--to", required=True, choices=tuple(OWNER_NAMES), help="kind of record")
    attach.add_argument("id", metavar="ID", help="the record's id or a unique beginning of it")
    attach.add_argument("files", nargs="+", metavar="FILE", help="photos: JPEG, HEIC, PNG or WebP")
    attach.add_argument("--caption", default="", help="caption of every photo attached")
    attach.add_argument("--people-close", action="store_true",
                        help="the photos show people up close (printed only once they consent)")
    attach.add_argument("--keep-original", action="store_true", help="keep the original files too")
    attach.add_argument("--lang", default="en", choices=("th", "en"), help="language of messages")
    attach.set_defaults(handler=lambda args: attach_command(args, open_db))

    photos = sub.add_parser("photos", help="photo files: --check finds missing or damaged ones")
    db_arg(photos)
    photos.add_argument("--check", action="store_true", required=True,
                        help="read every photo file the database names and check its hash")
    photos.set_defaults(handler=lambda args: photos_command(args, open_db))
