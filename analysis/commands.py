"""What each ``phonehome`` command does, behind the argument parser of ``analysis.cli``.

Library errors (``PhonehomeError`` subclasses: bad capture, bad profile, bad claims file, bad
database) reach ``analysis.cli.main``, which prints one line naming the file and the problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import UserError

if TYPE_CHECKING:
    from analysis.store import Store
from analysis.records import Consent


def dispatch(args: argparse.Namespace) -> int:
    handler = {
        "proxy": cmd_proxy,
        "ingest": cmd_ingest,
        "analyze": cmd_analyze,
        "relabel": cmd_relabel,
        "report": cmd_report,
        "diff": cmd_diff,
        "demo": cmd_demo,
        "geoip": cmd_geoip,
    }[args.command]
    return handler(args)


def _open(path: Path, create: bool = True) -> Store:
    from analysis.store import Store

    return Store.open(path, create=create)


def cmd_proxy(args: argparse.Namespace) -> int:
    from analysis.proxy import run_proxy

    return run_proxy(args)


def cmd_ingest(args: argparse.Namespace) -> int:
    from analysis.ingest import CaptureMeta, ingest
    from analysis.sources.base import SourceOptions

    if args.keylog is not None and not args.keylog.is_file():
        raise UserError(f"{args.keylog}: key log file not found")
    meta = CaptureMeta(app=args.app, label=args.label, consent=Consent(args.consent))
    options = SourceOptions(keylog=args.keylog, max_body=args.max_body)
    new_db = not args.db.exists()
    with _open(args.db) as store:
        results = ingest(store, args.paths, meta, options, jobs=args.jobs,
                         progress=not args.no_progress and sys.stderr.isatty())
        unseen = store.undecrypted_tls_counts()
    if new_db and results and all(r.status == "failed" for r in results):
        # nothing was imported into a study this command created: leave no empty database
        # behind to be mistaken for one (QA174)
        for suffix in ("", "-wal", "-shm"):
            args.db.with_name(args.db.name + suffix).unlink(missing_ok=True)
    failed = 0
    for r in results:
        if r.status == "failed":
            failed += 1
            print(f"phonehome: error: {r.errors[-1]}", file=sys.stderr)
            continue
        if r.status == "skipped":
            print(r.errors[0])
            continue
        counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in r.counts.items()) or "nothing"
        print(f"{r.path}: {r.kind}, {r.status}: {counts}")
        for err in r.errors[:5]:
            print(f"  ! {err}")
        n = unseen.get(r.capture_id or 0, 0)
        if n:  # say it now: a key log that misses sessions is found out at ingest, not later
            print(f"  ! {n} TLS connection(s) were not decrypted"
                  # (or the capture cut their handshake or records short: QA174's truncated
                  # pcap had its secrets)
                  + (" (the key log has no secrets for them, or the capture holds only part of"
                     " their handshake or records)" if args.keylog else
                     " (no key log for them)") + ": their content is not inspected")
    if failed:
        kept = len(results) - failed
        if kept:
            print(f"phonehome: {failed} of {len(results)} file(s) could not be read; "
                  f"the other {kept} were imported", file=sys.stderr)
        return 2
    return 0


def cmd_relabel(args: argparse.Namespace) -> int:
    changes = {k: getattr(args, k) for k in ("app", "label", "consent")
               if getattr(args, k) is not None}
    if not changes:
        raise UserError("relabel: give at least one of --app, --label, --consent")
    with _open(args.db, create=False) as store:
        try:
            before = store.relabel_capture(args.capture, changes)
        except KeyError:
            ids = ", ".join(str(c.id) for c in store.captures()) or "none"
            raise UserError(f"{args.db}: no capture {args.capture} (captures: {ids})") from None
    text = ", ".join(f"{k} {before.get(k) or 'none'} -> {v or 'none'}"
                     for k, v in changes.items())
    print(f"capture {args.capture}: {text}; run phonehome analyze again so that claims and "
          "reports use it")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from analysis.analyze import analyze

    # A re-analysis is made only of what is given, like a fresh one (README "analyze"): an
    # input of the earlier analysis left out is no longer applied, and the user is told.
    dropped = [(option, what) for option, what in (("claims", "claims file"),
                                                   ("device", "device profile"),
                                                   ("store_label", "store label"))
               if getattr(args, option) is None]
    meta = {"claims": "claims_file", "device": "device_profile", "store_label": "store_label"}
    with _open(args.db, create=False) as store:
        earlier = {option: store.get_meta(meta[option]) for option, _ in dropped}
        if args.claims is not None:
            _warn_claims_scope(store, args.claims)
        summary = analyze(store, device=args.device, claims=args.claims,
                          store_label=args.store_label, geoip=args.geoip)
    for option, what in dropped:
        if earlier[option]:
            flag = "--" + option.replace("_", "-")
            print(f"phonehome: note: the {what} of the earlier analysis ({earlier[option]}) is "
                  f"no longer applied: pass {flag} again to use it", file=sys.stderr)
    for name, counts in summary.items():
        text = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items())
        print(f"{name}: {text}")
    return 0


def _warn_claims_scope(store: Store, claims: Path) -> None:
    """Claims that can judge nothing are classic mix-ups: a claims file written for another
    app (QA3 P11), a ``when`` value with a typo (QA3 P31). Say so, and go on."""
    from analysis.claims import load_claims

    parsed = load_claims(claims)
    app = parsed.app
    apps = store.study_apps()
    caps = [c.capture for c in store.captures()]
    if app and apps and app.lower() not in {a.lower() for a in apps}:
        no_app = sum(1 for c in caps if not c.app)
        print(f"phonehome: warning: {claims}: its app {app!r} matches no capture in the study "
              f"(captured apps: {', '.join(apps)}); its claims cover only captures of that app "
              f"or with no app recorded ({no_app} here)", file=sys.stderr)
    present = {"label": {c.label for c in caps if c.label},
               "app": {c.app for c in caps if c.app},
               "consent": {str(c.consent) for c in caps}}
    for claim in parsed.claims:
        for key, value in claim.when:
            if value not in present[key]:
                have = ", ".join(sorted(present[key])) or "none recorded"
                print(f"phonehome: warning: {claims}: claim {claim.id!r}: no capture has {key} "
                      f"{value!r} (captures have {key}: {have}); it will be untested",
                      file=sys.stderr)


def cmd_report(args: argparse.Namespace) -> int:
    from analysis.report import FORMATS, write_report

    formats = [f.strip().lower() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise UserError(f"--format: unknown format(s) {', '.join(bad)} "
                        f"(choose from {', '.join(FORMATS)})")
    from analysis.report.data import analysis_state

    with _open(args.db, create=False) as store:
        state = analysis_state(store.runs())
        if state["status"] != "current":
            print(f"phonehome: warning: {state['message']}", file=sys.stderr)
        written = write_report(store, args.out, formats, show_values=args.show_values)
    for path in written:
        print(path)
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from analysis.diff import diff_command

    return diff_command(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from analysis.demo import run_demo

    for line in run_demo(args.out):
        print(line)
    return 0


def cmd_geoip(args: argparse.Namespace) -> int:
    import analysis.geo as geo

    if args.geoip_command == "info":
        for line in geo.info_lines(args.geoip):
            print(line)
    elif args.geoip_command == "update":
        for line in geo.update(args.dir):
            print(line)
    else:
        for line in geo.install(args.file, args.dir):
            print(line)
    return 0
