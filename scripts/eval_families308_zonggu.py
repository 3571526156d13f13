"""Dzongu restricted-area permit and homestay app "Zonggulom" (``zonggu`` Dzongu, ``lom`` road;
its API's keys are Lepcha in Latin letters, ASCII-folded, with the Nepali loans Kalimpong forms
use: ``abryang`` name, ``ptso`` clan / surname, ``fon`` phone, ``sangket`` password (Nepali
"code"), ``janmamiti`` birth date (Nepali), ``li`` house (street line), ``kyong`` village,
``sahar`` town, ``zilla`` district, ``pin`` post code, ``rakam`` amount (Nepali), ``bhuktani``
payment (Nepali), ``jiwansathi`` spouse (Nepali), ``kup`` child, ``amu`` mother, ``ring``
message (lit. "word, speech"), ``khoj`` search (Nepali), ``lom`` road, ``nam`` year, ``zo``
food / rice, ``chi`` millet beer, ``gosa`` "my"): sign-up with her passport and OCI card, log-in,
``/gosa``, the permit application for the three of them with her mother-in-law as host, the
passport scan, the permit fee, the permit PDF by number in the path, the scan at the Sankalang
check-post, a protobuf beat, a homestay search near the in-laws' house, the booking, meals and
millet beer (msgpack), the payment, the booking by cookie, a road report, an offline queue of
fixes (JSON Lines), a review, a message to the host, push, events and a log-out. Permit apps for
a reserve's inner line were not among earlier sets (a file-name and docstring grep for
"restricted area", "inner line", "protected area permit" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families308_kit import (
    CHECKPOST,
    CHECKPOST_FIX,
    DAUGHTER,
    HOME,
    HOMESTAY,
    HOMESTAY_BOOKING,
    HUSBAND,
    INLAWS_AT,
    MOTHER_IL,
    OCI,
    PASSPORT,
    PERMIT,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families308_sdk import (
    bk_bid,
    bk_notice,
    cr_session,
    ta_batch,
    ta_queue,
    tr_event,
    tr_launch,
)
from eval_families308_svc import co_card, co_confirm, hk_message, mt_reverse, mt_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zonggulom", "Zonggulom", "com.example.zonggulom", "1.8.2",
          "https://api.zonggulom.example.com")
IID = "X-Zonggulom-Device"
PW = "Kongchen@Lingthem26"
DOB_IN = "17/05/1991"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def zonggulom() -> list[Case]:
    rng = random.Random(30811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), permit=L(PERMIT, UID)))}
    cla, clo = fix(CHECKPOST_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PERMIT, UID)), (2, CHECKPOST["id"]), (3, 1770950400),
               (4, [(1, L(CHECKPOST_FIX[0], PRECISE)), (2, L(CHECKPOST_FIX[1], PRECISE)),
                    (3, 14.0)]), (5, L(63, DEV))], "", lab)
    pdf = at_path(case(f, f"{a}/api/v1/permit/{PERMIT}/pdf", headers=_h(rng, **b)), PERMIT, UID)
    return [
        case(f, f"{a}/api/v1/darta", headers=_h(rng), body={
            "abryang": L(FIRST, NAMEC), "ptso": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "sangket": L(PW, CRED), "janmamiti": L(DOB_IN, BIRTH),
            "passport": L(PASSPORT, NID), "oci": L(OCI, NID), "desh": "US",
            "li": L(HOME["line"], ADDR), "sahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "sartaharu": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sangket": L(PW, CRED), "samjhanu": "1"}),
        case(f, f"{a}/api/v1/gosa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/permit/apply", headers=_h(rng, **b), body={
            "permit": L(PERMIT, UID), "uddeshya": "family visit", "kyong": L("Lingthem", COARSE),
            "zilla": L("Mangan", COARSE), "from": "2026-02-13", "to": "2026-02-17",
            "yatri": [{"abryang": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID),
                       "oci": L(OCI, NID)},
                      {"abryang": L(HUSBAND[0], NAMEC), "jiwansathi": True},
                      {"abryang": L(KID, NAMEC), "kup": True, "umer": L(10, BIRTH)}],
            "host": {"abryang": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                     "nata": "sasu"},
            "emergency": {"abryang": L(SISTER_US[0], NAMEC), "fon": L(SISTER_US[1], TEL)}}),
        multipart(f, f"{a}/api/v1/permit/documents", [
            ("scan", "passport_p2.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"permit": L(PERMIT, UID), "kind": "passport"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/permit/fee", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, UID), "rakam": L("200", BUY), "mudra": "INR",
            "bhuktani": L(opaque(rng, "pm_", 24), PAY), "antim_char": L("4444", PAY)}),
        pdf,
        case(f, f"{a}/api/v1/checkpost/scan", headers=_h(rng, **b), body={
            "permit": L(PERMIT, UID), "checkpost": CHECKPOST["id"],
            "at": {"lat": cla, "lon": clo, "acc": 9},
            "checkpost_at": {"lat": CHECKPOST["lat"], "lon": CHECKPOST["lon"]},
            "scan_id": obj(rng, "scn")}),
        raw(f, f"{a}/api/v1/permit/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/homestay/khoj", headers=_h(rng, **b), query={
            "khoj": L("homestay near Lingthem gompa with kitchen", SEARCH),
            "lat": L(f"{INLAWS_AT[0]:.3f}", PRECISE), "lon": L(f"{INLAWS_AT[1]:.3f}", PRECISE),
            "km": "3"}),
        case(f, f"{a}/api/v1/homestay/booking", headers=_h(rng, **b), body={
            "homestay": HOMESTAY["id"], "kotha": "family-2", "from": "2026-02-13",
            "nights": 4, "guests": 3, "booking": L(HOMESTAY_BOOKING, BUY),
            "rakam": L(4800, BUY), "permit": L(PERMIT, UID),
            "ring": L("Amu Ongkit lives close, we will eat with her on Sunday", TEXT)}),
        case(f, f"{a}/api/v1/homestay/extras", fmt="msgpack", headers=_h(rng, **b), body={
            "booking": L(HOMESTAY_BOOKING, BUY),
            "items": [{"zo": "sishnu soup and red rice", "qty": 3, "mol": 180},
                      {"zo": "chi (millet beer), one bamboo", "qty": 1, "mol": 150}],
            "rakam": L(690, BUY)}),
        case(f, f"{a}/api/v1/homestay/payment", fmt="form", headers=_h(rng, **b), body={
            "booking": L(HOMESTAY_BOOKING, BUY), "rakam": L("5490.00", BUY), "mudra": "INR",
            "bhuktani": L(opaque(rng, "pm_", 24), PAY), "antim_char": L("4444", PAY)}),
        case(f, f"{a}/api/v1/bookings/latest", headers=_h(rng, how="none"), cookies={
            "zg_sesh": L(opaque(rng, "", 40), CRED), "zg_device": L(INSTALL_ID, DID),
            "zg_req": rid(rng)}),
        case(f, f"{a}/api/v1/lom/report", headers=_h(rng, **b), body={
            "lom": "Mangan - Lingthem", "status": "one_lane",
            "ring": L("Slide near Sankalang bridge cleared, one lane open, jeeps passing", TEXT),
            "at": {"lat": L(round(CHECKPOST_FIX[0] + 0.0031, 4), PRECISE),
                   "lon": L(round(CHECKPOST_FIX[1] - 0.0047, 4), PRECISE)},
            "report_id": obj(rng, "rd")}),
        lines(f, f"{a}/api/v1/sync", [
            {"t": 1770950700 + 600 * i, "lat": L(f"{INLAWS_AT[0] - 0.0009 * i:.5f}", PRECISE),
             "lon": L(f"{INLAWS_AT[1] + 0.0012 * i:.5f}", PRECISE), "permit": L(PERMIT, UID),
             "seq": i} for i in range(3)], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/reviews", headers=_h(rng, **b), body={
            "homestay": HOMESTAY["id"], "tara": 5,
            "ring": L("Warm rooms, river sound all night, our daughter learnt to grind millet.",
                      TEXT)}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": "host_" + HOMESTAY["id"],
            "ring": L(f"We reach by the 3 pm jeep; if late please call my husband on "
                      f"{HUSBAND[1]}", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/permit/extend", fmt="form", headers=_h(rng, **b), body={
            "permit": L(PERMIT, UID), "to": "2026-02-19", "karan": "jeep road closed",
            "rakam": L("100", BUY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("permit_applied", 1), ev("booking", 2, rakam=L(4800, BUY)),
                ev("screen", 3, screen=L("PermitCard", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def zonggulom_sdks() -> list[Case]:
    rng = random.Random(30812)
    return [
        ta_batch(APP, rng, [("Permit Applied", {"days": 4}),
                            ("Checkpost Scanned", {"checkpost": CHECKPOST["id"]})],
                 at=CHECKPOST_FIX, nd=2),
        ta_queue(APP, rng, [("Homestay Viewed", {"homestay": HOMESTAY["id"]}),
                            ("Offline Sync", {"n": 3})]),
        tr_launch(APP, rng, first=True),
        tr_event(APP, rng, "purchase", {"booking": L(HOMESTAY_BOOKING, BUY)}, revenue=5490.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=INLAWS_AT, nd=3,
               keywords="sikkim,homestay,travel"),
        bk_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=1322),
        co_card(APP, rng),
        co_confirm(APP, rng, "5490.00"),
        mt_reverse(APP, rng, CHECKPOST_FIX, PRECISE, nd=5),
        mt_telemetry(APP, rng, [CHECKPOST_FIX, INLAWS_AT], PRECISE),
        hk_message(APP, rng, L(f"Permit {PERMIT} shows pending though the fee is paid",
                               f"{TEXT}|{UID}"), {"permit": L(PERMIT, UID)}),
    ]
