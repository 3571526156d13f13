"""The classify pass: every decoded field of what the phone sent -> findings with evidence.

Structure classifiers need the decoded arrays, not only the leaves of the ``fields`` table: the
trees the decode pass just built are reused when it ran in this process, else each exchange is
decoded again (decoding is deterministic, so paths equal those of the ``fields`` table).
``findings_for_exchange`` is the same work for one exchange without a store, for the live proxy.
"""

from __future__ import annotations

import logging
import operator
from collections import Counter
from itertools import chain
from typing import TYPE_CHECKING, Any

from analysis.classifiers import classify_decoded, matcher_for
from analysis.classifiers.amount_echoes import amount_echoes, learned_amounts
from analysis.classifiers.amount_echoes import needles as amount_needles
from analysis.classifiers.device_echoes import KEPT as DEVICE_KEPT
from analysis.classifiers.device_echoes import device_echoes, learned_device_ids
from analysis.classifiers.echoes import READ as ECHOED
from analysis.classifiers.echoes import echoes, learned
from analysis.classifiers.identity_echoes import (
    IDENTITIES,
    identity_echoes,
    learned_identities,
    needles,
)
from analysis.classifiers.name_keys import learned_keys, named_again
from analysis.classifiers.paths import last_key
from analysis.classifiers.place_echoes import learned_places, place_echoes
from analysis.classifiers.value_echoes import LEARNED as VALUE_LEARNED
from analysis.classifiers.value_echoes import learned_values, value_echoes
from analysis.classifiers.value_echoes import needles as value_needles
from analysis.passes import handoff, written
from analysis.passes.decode import safe_decode
from analysis.profile import DeviceProfile
from analysis.records import Detector, Exchange, Finding, ReadError
from analysis.store.fields import request_of

if TYPE_CHECKING:
    from analysis.passes import AnalysisContext
    from analysis.store import Store

NAME = "classify"
DETECTOR_OF = operator.attrgetter("detector")  # counted in C, not by a generator per finding
log = logging.getLogger(__name__)


def findings_for_exchange(exchange_id: int, exchange: Exchange,
                          profile: DeviceProfile | None) -> list[Finding]:
    """Decode and classify one exchange in memory; never raises on hostile input."""
    try:
        return classify_decoded(exchange_id, safe_decode(exchange), matcher_for(profile))
    except Exception:  # live marks are best effort; the analyze pass records failures
        log.exception("classifier failure on exchange %s", exchange_id)
        return []


def run(store: Store, ctx: AnalysisContext) -> dict[str, int]:
    with store.bulk_findings():
        return _run(store, ctx)


def _run(store: Store, ctx: AnalysisContext) -> dict[str, int]:
    store.clear_pass(NAME)
    matcher = matcher_for(ctx.profile)
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    detectors: Counter[Detector] = Counter()
    batch: list[Finding] = []
    failed: list[int] = []
    hardware: list[Finding] = []
    devices: list[Finding] = []  # IDs of every kind: an install's, learned (device_echoes.py)
    identities: list[Finding] = []  # who the user is, learned (classifiers/identity_echoes.py)
    paid: list[Finding] = []  # the purchases' amounts, learned (classifiers/amount_echoes.py)
    places: list[Finding] = []  # the user's towns, learned (classifiers/place_echoes.py)
    valued: list[Finding] = []  # positions, orders, passwords, models (value_echoes.py)
    kept: list[tuple[Any, ...]] | None = []  # for the enrich and check passes (``written``)
    written.forget()
    for row in store.request_rows():
        exchange_id = row[0]
        counts["exchanges"] += 1
        found = handoff.take(id(store), exchange_id, hash(row), matcher)
        if found is None:
            found = handoff.classify_one(exchange_id, safe_decode(request_of(row)), matcher)
        if isinstance(found, str):  # a classifier bug, isolated: count it, go on
            failures[found] += 1
            failed.append(exchange_id)
            continue
        failure = getattr(found, "failure", "")
        if failure:  # a classifier failed on some of its fields: not fully inspected
            failures[failure] += 1
            failed.append(exchange_id)
        detectors.update(map(DETECTOR_OF, found))
        hardware.extend(f for f in found if f.category in ECHOED)
        devices.extend(f for f in found if f.category in DEVICE_KEPT)
        identities.extend(f for f in found if f.category in IDENTITIES)
        paid.extend(f for f in found if f.category == "financial.purchase")
        places.extend(f for f in found if f.category == "location.coarse")
        valued.extend(f for f in found if f.category in VALUE_LEARNED)
        batch.extend(found)
        if len(batch) >= 5000:
            counts["findings"] += store.write_findings(batch, kept)
            batch = []
            if kept is not None and len(kept) > written.MAX_KEPT_ROWS:
                kept = None  # too many to keep: the later passes read the table
    # a hardware ID found once, sent again elsewhere in the study (classifiers/echoes.py)
    if known := learned(hardware):
        again = echoes(known, store.fields_containing(known), hardware)
        batch.extend(again)
        counts["echoes"] = len(again)
    # an install's ID found once under its SDK's key, sent again under the app's own words
    if known_devices := learned_device_ids(devices):
        # (whole fields: one lookup per row, where hundreds of learned IDs as substrings cost
        # seconds on a big study)
        again = device_echoes(known_devices, store.fields_equal(known_devices), devices)
        batch.extend(again)
        identities.extend(again)  # (a value read as a device's is no person's)
        counts["device_echoes"] = len(again)
    if known_ids := learned_identities(identities):
        again = identity_echoes(known_ids, store.fields_containing(needles(known_ids)),
                                identities)
        batch.extend(again)
        counts["identity_echoes"] = len(again)
        identities.extend(again)
    if known_values := learned_values(valued):
        whole, inside = value_needles(known_values)
        # (the substring search finds the values found inside a text whole too)
        again = value_echoes(known_values, chain(store.fields_equal(whole),
                                                 store.fields_containing(inside)), valued)
        batch.extend(again)
        paid.extend(f for f in again if f.category == "financial.purchase")
        counts["value_echoes"] = len(again)
    if amounts := learned_amounts(paid):
        again = amount_echoes(amounts, store.fields_containing(amount_needles(amounts)), paid)
        batch.extend(again)
        counts["amount_echoes"] = len(again)
    if towns := learned_places(places):
        named = [r for r in store.fields_containing(towns) if r[3].strip().lower() in towns]
        if named:  # (whether a field has a finding: those of the batch written first)
            counts["findings"] += store.write_findings(batch, kept)
            batch = []
            again = place_echoes(towns, named, store.found_fields(r[0] for r in named))
            batch.extend(again)
            counts["place_echoes"] = len(again)
    # the app's own word for a person's name, learned where hers was found by its value
    names = [f for f in identities if f.category == "contact.name"]
    if keys := learned_keys(names, store.hosts_of(f.exchange_id for f in names)):
        keyed = (r for r in store.fields_under_keys({k for _, k in keys})
                 if (r[4], last_key(r[2])) in keys)
        again = named_again(keys, keyed, names)
        batch.extend(again)
        counts["name_keys"] = len(again)
    counts["findings"] += store.write_findings(batch, kept)
    handoff.forget()
    if kept is not None:
        written.keep(store, kept)
    store.add_errors(NAME, [ReadError("classify", "classifier-failure", msg, count=n)
                            for msg, n in failures.items()])
    # which requests were not classified: not inspected, so no claim holds on them
    store.mark_unclassified(failed)
    counts["failures"] = sum(failures.values())
    counts.update({f"detector.{d.value}": n for d, n in detectors.items()})
    return dict(counts)
