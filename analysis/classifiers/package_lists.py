"""Lists of app packages (``["com.example.chatwave", "com.example.photogram", ...]``): the
phone's installed apps (TAXONOMY.md ``device.apps``) when three or more different apps are
named, or fewer under a name that says they are apps; never an SDK's adapters, a stack trace's
frames, a store's or a search's results, one app's own activities, a promotion's or a widget's
targets. A share sheet's targets are the apps installed that take a share (QA80). Package
names are Android's reverse-domain application IDs (``com.`` and the country and generic
top-level domains apps use).
"""

from __future__ import annotations

import dataclasses

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.records import (
    _WORDS,
    APPS_WORDS,
    MIN_PACKAGES,
    NOT_APPS,
    PACKAGE,
    SIBLING_CONFIDENCE,
)
from analysis.classifiers.rules import norm_key
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.words import key_words
from analysis.decoders import Decoded, Leaf
from analysis.records import Finding, Part

TARGETS = frozenset({"target", "targets"})
SHARE_WORDS = frozenset({"share", "sharesheet", "chooser", "sharing"})
EVENT_KEYS = frozenset({"event", "action", "name", "type"})


def _said(decoded: Decoded) -> set[str]:
    """The words of the call and of its event's name ("share_completed": QA83)."""
    return set(url_words(decoded)) | {w for leaf in decoded.leaves if type(leaf.value) is str
                                      and norm_key(leaf.key) in EVENT_KEYS
                                      for w in _WORDS.findall(leaf.text.lower())}
REVERSED = ("com.", "org.", "net.", "io.", "co.", "de.", "uk.", "cn.", "jp.", "me.", "app.",
            "tv.", "us.", "fr.", "br.", "in.", "ru.", "kr.", "it.", "es.", "nl.", "au.")


def package_lists(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    lists: dict[tuple[Part, str], list[Leaf]] = {}
    for leaf in decoded.leaves:
        if (leaf.text.startswith(REVERSED) and leaf.path.endswith("]")
                and type(leaf.value) is str and PACKAGE.fullmatch(leaf.text)):
            lists.setdefault((leaf.part, leaf.path.rpartition("[")[0]), []).append(leaf)
    if not lists:
        return []
    have = {(f.part, f.path) for f in found if f.category == "device.apps"}
    out = []
    for (part, path), rows in lists.items():
        words = set(_WORDS.findall(path.lower()))
        # fewer under a name that says they are apps ("remote_access_apps", "remoteAccessApps":
        # 2, QA32)
        named = set(key_words(path.rpartition(".")[2].partition("[")[0]))
        enough = 1 if named & APPS_WORDS else MIN_PACKAGES
        apps = {".".join([p for p in leaf.text.split(".") if not p[:1].isupper()][:3])
                for leaf in rows}  # (one app's own activities and classes are one app)
        # a list of targets is the phone's apps only as a share sheet's (QA80; a promotion's or
        # a widget's targets are none, QA81)
        shared = not words & TARGETS or bool((words | _said(decoded)) & SHARE_WORDS)
        if (len(apps) >= enough and (part, path) not in have and not words & NOT_APPS
                and shared):
            out.append(dataclasses.replace(leaf_finding(
                exchange_id, rows[0], "device.apps", SIBLING_CONFIDENCE,
                f"a list of {len(rows)} different app package names (the phone's apps)",
                "context.package-list"), path=path))
    return out


