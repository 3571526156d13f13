"""The ``phonehome`` command line (DESIGN.md "Command line").

A thin layer: it parses arguments, calls the library and turns library errors into one clear
line on stderr with exit status 2 (bad input) or 1 (failure). It never builds SQL and imports
heavy modules only inside the command that needs them, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis import __version__
from analysis.errors import PhonehomeError

EPILOG = "Docs: README.md. Every command takes --help."


def _consent(value: str) -> str:
    value = value.lower()
    if value not in {"yes", "no", "unknown"}:
        raise argparse.ArgumentTypeError(f"--consent must be yes, no or unknown, not {value!r}")
    return value


def _add_meta(p: argparse.ArgumentParser) -> None:
    p.add_argument("--app", help="app package name or bundle id, e.g. com.example.clipshare")
    p.add_argument("--label", help="session label, e.g. consent, noconsent, v2.3")
    p.add_argument("--consent", type=_consent, default="unknown",
                   help="was consent given in the app during this session? yes|no|unknown")


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, type=Path, help="study database (SQLite file)")


def _add_geo(p: argparse.ArgumentParser) -> None:
    p.add_argument("--geoip", action="append", type=Path, default=[], metavar="MMDB",
                   help="your own MaxMind GeoLite2/GeoIP2 or DB-IP .mmdb file (repeatable); "
                        "also PHONEHOME_GEOIP=path[:path...]")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="phonehome",
        description="Show what a mobile app sends, to whom and to which country, "
                    "and whether that matches its privacy policy.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"phonehome {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("proxy", help="record a test phone's traffic live through mitmproxy",
                       description="Start mitmproxy with the phonehome addon and record every "
                                   "request the phone sends into the study database.")
    _add_db(p)
    p.add_argument("--mode", default="regular@8080",
                   help="mitmproxy mode: regular@PORT (default regular@8080), wireguard[@PORT], "
                        "socks5[@PORT], transparent")
    p.add_argument("--listen-host", default="", help="address to listen on (default: all)")
    p.add_argument("--listen-port", type=int, help="port to listen on (overrides the mode's)")
    p.add_argument("--web", action="store_true", help="open the mitmweb UI instead of dump mode")
    p.add_argument("--web-port", type=int, default=8081, help="mitmweb UI port (default 8081)")
    p.add_argument("--max-body", type=int, default=4 * 1024 * 1024,
                   help="keep at most this many bytes of each body (cut recorded; default 4 MiB)")
    p.add_argument("--live", action="store_true",
                   help="classify live and mark flows in mitmweb with the categories found")
    p.add_argument("--device", type=Path, help="device.toml for live classification")
    p.add_argument("--quiet", action="store_true", help="do not print the phone set-up guide")
    p.add_argument("--confdir", type=Path,
                   help="mitmproxy configuration directory holding its CA (default ~/.mitmproxy)")
    p.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                   help="any other mitmproxy option, as with mitmdump --set (repeatable)")
    _add_meta(p)

    p = sub.add_parser("ingest", help="import captures: pcap, pcapng, mitmproxy dumps, HAR",
                       description="Import capture files into the study database. The format "
                                   "is detected from each file's content, not its name.")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_db(p)
    p.add_argument("--keylog", type=Path, help="TLS key log (SSLKEYLOGFILE format) to decrypt")
    p.add_argument("--jobs", type=int, default=0,
                   help="parallel workers for several pcap files (default: number of cores)")
    p.add_argument("--max-body", type=int, default=4 * 1024 * 1024,
                   help="keep at most this many bytes of each body (default 4 MiB)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_meta(p)

    p = sub.add_parser("relabel", help="change a capture's --app, --label or --consent",
                       description="Change the metadata of a capture already imported (claims "
                                   "are scoped by it); run analyze again afterwards.")
    _add_db(p)
    p.add_argument("--capture", required=True, type=int, metavar="ID",
                   help="capture id (phonehome report lists them; ingest prints them)")
    p.add_argument("--app", help="new app id ('' clears it)")
    p.add_argument("--label", help="new session label ('' clears it)")
    p.add_argument("--consent", type=_consent, help="new consent: yes|no|unknown")

    p = sub.add_parser("analyze", help="decode, classify, geolocate and check claims",
                       description="Run every analysis pass over the study: decode payloads into "
                                   "fields, classify them, enrich destinations, check claims. "
                                   "Re-runnable with new rules, profiles or claims.")
    _add_db(p)
    p.add_argument("--device", type=Path, help="device profile (device.toml)")
    p.add_argument("--claims", type=Path, help="claims from the privacy policy (claims.toml)")
    p.add_argument("--store-label", type=Path,
                   help="the app's store privacy label (Apple / Google Play) as TOML")
    _add_geo(p)

    p = sub.add_parser("report", help="write the report: HTML, PDF, JSON, CSV, figures",
                       description="Write the report directory: index.html, report.json, "
                                   "report.pdf, CSV exports and figures.")
    _add_db(p)
    p.add_argument("--out", required=True, type=Path, help="output directory")
    p.add_argument("--format", default="html,pdf,json,csv",
                   help="comma-separated: html,pdf,json,csv (default: all)")
    p.add_argument("--show-values", action="store_true",
                   help="show identifier values unmasked (secrets stay masked)")

    p = sub.add_parser("diff", help="what changes between two groups of sessions",
                       description="Compare two groups of sessions (by label, consent or app) "
                                   "and show categories, organisations and countries that "
                                   "appear, disappear or change destination.")
    _add_db(p)
    p.add_argument("--base", required=True, help="group: label=L, consent=yes|no, app=A, capture=N")
    p.add_argument("--other", required=True, help="group, same form as --base")
    p.add_argument("--other-db", type=Path, help="take the other group from another study")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = sub.add_parser("demo", help="run the whole pipeline on the bundled synthetic demo",
                       description="Ingest, analyse and report the bundled synthetic demo session "
                                   "of the fictional app com.example.clipshare.")
    p.add_argument("--out", type=Path, default=Path("captures/demo/report"),
                   help="report directory (default captures/demo/report)")

    p = sub.add_parser("geoip", help="GeoIP databases: info, update, install",
                       description="Show, update or install the GeoIP/ASN databases phonehome "
                                   "uses.")
    gsub = p.add_subparsers(dest="geoip_command", metavar="ACTION", required=True)
    g = gsub.add_parser("info", help="list the databases in use with build dates and licences")
    _add_geo(g)
    g = gsub.add_parser("update", help="fetch fresh DB-IP Lite (and MaxMind GeoLite2 with a key)")
    g.add_argument("--dir", type=Path, help="where to store the databases "
                                            "(default ~/.local/share/phonehome/geoip)")
    g = gsub.add_parser("install", help="install a .mmdb file you downloaded yourself")
    g.add_argument("file", type=Path)
    g.add_argument("--dir", type=Path, help="target directory (default as for update)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        from analysis import commands

        status = commands.dispatch(args)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at exit
        return status
    except BrokenPipeError:
        # stdout was closed early (``phonehome analyze ... | head -2``): everything was done
        # and recorded; stop quietly. Python flushes stdout again at exit: point it at devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a writer killed by a closed pipe
    except PhonehomeError as exc:
        print(f"phonehome: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("phonehome: interrupted; everything recorded so far is kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
