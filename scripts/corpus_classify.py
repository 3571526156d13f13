"""Run decode + classify over the real app captures of the shared corpus and print findings,
for reading by hand (no device profile exists for them, so this exercises key/value/structure).

    .venv/bin/python scripts/corpus_classify.py [--summary] [FILE...]

Files are read directly (mitmproxy.io.FlowReader for .mitm, json for .har), independent of the
source modules. Prints one line per finding: file, host, part:path, category, detector, value.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.passes.classify import findings_for_exchange
from analysis.passes.decode import safe_decode
from analysis.records import Exchange

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
DEFAULT = ["mitm/m2s_flows1_azul-android-app.mitm", "mitm/m2s_flows3_azul-app-api.mitm",
           "har/progreti_AdidasRunning_iOS_1_GPS.har", "har/progreti_Runkeeper_iOS_1_GPS.har",
           "har/tweasel_android_first-run.har", "har/tweasel_android_second-run.har",
           "har/tweasel_ios_first-run.har", "har/tweasel_ios_second-run.har"]


def from_mitm(path: Path) -> Iterator[Exchange]:
    from mitmproxy import http, io

    with path.open("rb") as handle:
        for flow in io.FlowReader(handle).stream():
            if not isinstance(flow, http.HTTPFlow):
                continue
            req = flow.request
            body = req.get_content(strict=False) if req.raw_content else None
            yield Exchange(ts=req.timestamp_start, method=req.method, url=req.pretty_url,
                           host=req.pretty_host, request_headers=tuple(req.headers.items()),
                           request_body=body)


def from_har(path: Path) -> Iterator[Exchange]:
    log = json.loads(path.read_text(encoding="utf-8-sig"))["log"]
    for entry in log["entries"]:
        req = entry["request"]
        post = req.get("postData") or {}
        text = post.get("text")
        body = None
        if text:
            body = (base64.b64decode(text) if post.get("encoding") == "base64"
                    else text.encode("utf-8", "surrogateescape"))
        headers = tuple((h["name"], h["value"]) for h in req.get("headers", []))
        if body and not any(k.lower() == "content-type" for k, _ in headers) and post.get(
                "mimeType"):
            headers += (("Content-Type", post["mimeType"]),)
        yield Exchange(ts=0.0, method=req["method"], url=req["url"],
                       host=req["url"].split("/")[2], request_headers=headers,
                       request_body=body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--summary", action="store_true", help="counts only")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS}: corpus not found")
    total: Counter[str] = Counter()
    for name in args.files or DEFAULT:
        path = CORPUS / name
        exchanges = list(from_mitm(path) if path.suffix == ".mitm" else from_har(path))
        start = time.perf_counter()
        errors: Counter[str] = Counter()
        for i, ex in enumerate(exchanges):
            for kind, message in safe_decode(ex).errors:
                errors[f"{kind}: {message[:70]}"] += 1
            for f in findings_for_exchange(i, ex, None):
                total[f.category] += 1
                if not args.summary:
                    print(f"{path.name[:22]:22} {ex.host or ''} {f.part}:{f.path[:60]} "
                          f"{f.category} [{f.detector} {f.confidence}] = {f.value[:60]!r}")
        took = time.perf_counter() - start
        print(f"# {name}: {len(exchanges)} exchanges in {took:.2f}s; errors: {dict(errors)}")
    print("# findings per category:", dict(total.most_common()))


if __name__ == "__main__":
    main()
