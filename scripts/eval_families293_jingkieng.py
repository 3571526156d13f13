"""The root-bridge trail app "Jingkieng" (the village of Nongriat below Sohra sells passes for the
3,500 steps down to its living root bridges, books its guides and homestays and sends rain
warnings for the gorge). Its API's keys are Khasi, ASCII-folded: ``kyrteng_baroh`` full name,
``nombar_phone`` phone, ``kyntien_rieh`` password, ``ki_nongwan`` visitors, ``rta`` age,
``nongialam`` guide, ``jingkieng`` bridge, ``lynti`` path, ``tiket`` pass (loan), ``bai``
price, ``jingsiew`` payment, ``jaka`` place, ``jingma`` danger (an emergency), ``nongiarap``
helper (emergency contact), ``slap`` rain, ``jingbam`` food, ``jingmut`` opinion (review),
``dur`` picture, ``jingkyrpad`` steps, ``shong_ha`` lives in, ``jingkhlad`` lost item, ``wad``
search: sign-up, a password grant, ``/nga``, the family's pass (her passport), its payment, a
guide, a check-in at the ticket booth, a protobuf beat on the steps, an offline queue of fixes
(JSON Lines), a rain-warning subscription, a homestay night, food at the village, an emergency
after a slip on the wet steps, a review, a photo, the pass by number in the path, a lost item, a
tip to the guide by UPI, a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families293_kit import (
    DAUGHTER,
    HUSBAND,
    NONGRIAT,
    PASS_NO,
    PASSPORT,
    SISTER_IL,
    SOHRA_AT,
    TRAIL_FIX,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families293_sdk import (
    bl_bid,
    cn_session,
    mu_batch,
    mu_queue,
    tm_event,
    tm_launch,
    tm_link,
)
from eval_families293_svc import cp_card, cp_confirm, mp_route, mp_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("jingkieng", "Jingkieng", "com.example.jingkieng", "2.2.0",
          "https://api.jingkieng.example.org")
IID = "X-Jingkieng-Install"
PW = "Tynrai#Nongriat9"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BOOTH = (NONGRIAT["booth_lat"], NONGRIAT["booth_lon"])
BRIDGE = (NONGRIAT["bridge_lat"], NONGRIAT["bridge_lon"])


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def jingkieng() -> list[Case]:
    rng = random.Random(29311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nongwan=L("nw_" + USER_ID[2:],
                                                                          UID)))}
    bla, blo = fix((BOOTH[0] + 0.000021, BOOTH[1] - 0.000034))
    tla, tlo = fix(TRAIL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(PASS_NO, BUY)), (3, 1768539600),
               (4, [(1, tla), (2, tlo), (3, 412.0)]), (5, L(1840, FIT)), (6, L(57, DEV))],
              "", lab)
    pas = at_path(case(f, f"{a}/v1/tiket/{PASS_NO}", headers=_h(rng, **b)), PASS_NO, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "kyrteng_baroh": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "nombar_phone": L(E164, TEL), "kyntien_rieh": L(PW, CRED), "ri": "US",
            "shong_ha": L("Shillong", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jingkieng-android"}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tiket", headers=_h(rng, **b), body={
            "shnong": NONGRIAT["id"], "tarik": "2026-01-16", "tiket": L(PASS_NO, BUY),
            "bai": L(150, BUY), "ki_nongwan": [
                {"kyrteng": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID)},
                {"kyrteng": L(HUSBAND[0], NAMEC)},
                {"kyrteng": L(KID, NAMEC), "rta": L(DAUGHTER["age"], BIRTH)}],
            "camera": 1}),
        case(f, f"{a}/v1/jingsiew", fmt="form", headers=_h(rng, **b), body={
            "tiket": L(PASS_NO, BUY), "bai": L("150", BUY), "currency": "INR",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/nongialam", headers=_h(rng, **b), body={
            "tiket": L(PASS_NO, BUY), "nongialam": "gd_ngr_014", "bai": L(800, BUY),
            "jaka_ialang": L("Tyrna", COARSE), "por": "07:30", "ktien": "en"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "tiket": L(PASS_NO, BUY), "jaka": {"lat": bla, "lng": blo, "acc": 6},
            "booth": {"lat": BOOTH[0], "lng": BOOTH[1]}, "checkin_id": obj(rng, "ci")}),
        raw(f, f"{a}/v1/lynti/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/lynti/queue", [
            {"lat": L(round(TRAIL_FIX[0] - 0.0004 * i, 6), PRECISE),
             "lng": L(round(TRAIL_FIX[1] + 0.0003 * i, 6), PRECISE),
             "jingkyrpad": L(1840 + 260 * i, FIT), "t": 1768539900 + 300 * i}
            for i in range(3)], headers=_h(rng, **b)),
        case(f, f"{a}/v1/slap/subscribe", headers=_h(rng, **b), body={
            "jaka": {"lat": L(round(TRAIL_FIX[0], 2), COARSE),
                     "lng": L(round(TRAIL_FIX[1], 2), COARSE)},
            "kumno": "push", "mm_kaba_pher": 40}),
        case(f, f"{a}/v1/homestay", headers=_h(rng, **b), body={
            "homestay": "hs_ngr_06", "tarik": "2026-01-16", "sngi": 1, "ki_nongwan": 3,
            "bai": L(1800, BUY), "tiket": L(PASS_NO, BUY),
            "jingpyrkhat": L("Ka khun jong ngi ka ym bam doh sniang", TEXT)}),
        case(f, f"{a}/v1/jingbam", fmt="form", headers=_h(rng, **b), body={
            "dukan": "dk_ngr_02", "jingbam": "ja_doh,sha", "bai": L("240", BUY)}),
        case(f, f"{a}/v1/jingma", headers=_h(rng, **b), body={
            "tiket": L(PASS_NO, BUY),
            "jaka": {"lat": L(f"{TRAIL_FIX[0]:.5f}", PRECISE),
                     "lng": L(f"{TRAIL_FIX[1]:.5f}", PRECISE)},
            "khubor": L("Nga la khuslai ha ki jingkyrpad ba thaw, my right knee is swollen and "
                        "I cannot walk up", f"{TEXT}|{MED}"),
            "nongiarap": {"kyrteng": L(SISTER_IL[0], NAMEC), "nombar_phone": L(SISTER_IL[1],
                                                                                TEL)}}),
        case(f, f"{a}/v1/jingmut", headers=_h(rng, **b), body={
            "jingkieng": "br_double_decker", "star": 5,
            "jingmut": L("Ka nongialam ka bha eh, the blue pool was worth every step", TEXT)}),
        multipart(f, f"{a}/v1/dur", [
            ("dur", "double_decker.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "jingkieng": "br_double_decker",
                "caption": L("Ibadahun on the upper deck with her papa", TEXT)})],
            headers=_h(rng, **b)),
        pas,
        case(f, f"{a}/v1/jingkhlad", headers=_h(rng, **b), body={
            "tiket": L(PASS_NO, BUY), "jaka": "blue pool",
            "khubor": L("A small green raincoat, child size, left on the rocks", TEXT)}),
        case(f, f"{a}/v1/nongialam/gd_ngr_014/tip", fmt="form", headers=_h(rng, **b), body={
            "bai": L("200", BUY), "upi": L(UPI, PAY), "ref": obj(rng, "tp")}),
        case(f, f"{a}/v1/wad", headers=_h(rng, **b), query={
            "wad": L("homestay hajan jingkieng ar jrong", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/slap/mynta", headers=_h(rng, **b), query={
            "shnong": NONGRIAT["id"], "lashai": "true"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "jk_sid": L(opaque(rng, "", 40), CRED), "jk_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("tiket_thied", 1), ev("screen", 2, screen=L("Lynti", USAGE))]}),
    ]


def jingkieng_sdks() -> list[Case]:
    rng = random.Random(29312)
    link = U("https://jingkieng.example.org/t", {"tiket": L(PASS_NO, BUY), "src": "mail",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mu_batch(APP, rng, [("Pass Bought", {"total": L(150, BUY)}),
                            ("Trail Started", {"village": NONGRIAT["id"]})], at=TRAIL_FIX,
                 nd=3),
        mu_queue(APP, rng, [("Trail Beat", {"steps": L(1840, FIT)}), ("Bridge Reached", {})]),
        tm_launch(APP, rng, first=True),
        tm_link(APP, rng, link),
        tm_event(APP, rng, "purchase", {"tiket": L(PASS_NO, BUY)}, revenue=150.0,
                 currency="INR", hashed=True),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480}}, keywords="travel,sohra,waterfalls"),
        cn_session(APP, rng, secs=3140),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "150"),
        mp_route(APP, rng, [(TRAIL_FIX, PRECISE), (BRIDGE, None)], mode="walking"),
        mp_telemetry(APP, rng, [TRAIL_FIX, SOHRA_AT], PRECISE),
    ]
