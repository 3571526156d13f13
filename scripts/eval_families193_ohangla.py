"""A band-hire and event app "Ohangla Live" (she books an ohangla band, tents and a live stream
for her mother-in-law's 70th birthday at the family homestead in Kanyada, Homa Bay). Its API's
keys are Dholuo with English where the app kept it (``email``, ``token``, ``band``, ``live``,
``stream_key``, ``tip``): ``nyasi`` celebration / feast, ``jothum`` musicians, ``kit`` kind,
``dala`` homestead, ``gweng`` village, ``kama_nyasi`` venue, ``yo`` directions (lit. "road"),
``ne`` for / to, ``higni`` years (age), ``tarik`` date, ``sa`` time, ``welo`` guests, ``mich``
dedication (lit. "gift"), ``wer`` song, ``hema`` tent, ``kombe`` chairs, ``picha`` photo,
``nying`` / ``nying_dhoot``, ``namba_simu``, ``siri``, ``pesa``, ``chulo``, ``namba_pesa``,
``ote`` message, ``manyo`` search, ``pimo`` rating, ``gir`` device, ``timbe`` events: sign-up,
a refresh-token grant, ``/an``, bands, the booking (the homestead's point and directions, her
mother-in-law's name and age), the deposit by wallet, the guest list, song dedications, tents
and chairs, a venue photo, the live stream (its key a credential) and a protobuf stream beat
with her fix, the booking by number in the path, a message to the band, a search, a review, a
tip, a receipt by cookie, the set list (msgpack), push and events. No earlier set hires a band
for a family feast."""

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
    JPEG,
    MAIL,
    NAMEC,
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
from eval_families24_kit import claims, rid
from eval_families193_kit import (
    BAND,
    BRO_IL,
    DALA,
    DALA_AT,
    EVENT,
    HUSBAND,
    KE_PHONE,
    KSM_HOME_AT,
    MOTHER_IL,
    fix,
    gir,
    hd,
    obj,
)
from eval_families193_sdk import (
    kt_session,
    kw_batch,
    kw_queue,
    lw_event,
    lw_launch,
    lw_link,
    ob_bid,
    ob_notice,
)
from eval_families193_svc import nm_reverse, nm_route, nm_telemetry, pl_card, pl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ohanglalive", "Ohangla Live", "com.example.ohanglalive", "2.4.0",
          "https://api.ohanglalive.example.net")
IID = "X-OL-Device"
PW = "Kanyada70!Mama"
MEDIA = "content.media"
ROAD_FIX = (-0.352140, 34.640218)  # her phone on the Kisumu - Homa Bay road


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, luo=True, **kw)


def ohangla() -> list[Case]:
    rng = random.Random(19361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), namba_simu=L(KE_PHONE, TEL)))}
    dla, dlo = fix(DALA_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(EVENT, BUY)), (2, "st_" + opaque(rng, "", 8)), (3, 214),
               (4, [(1, L(DALA_AT[0], PRECISE)), (2, L(DALA_AT[1], PRECISE)), (3, 14.0)]),
               (5, L(37, DEV))], "", lab)
    booking = at_path(case(f, f"{a}/api/v2/nyasi/{EVENT}", headers=_h(rng, **b)), EVENT, BUY)
    return [
        case(f, f"{a}/api/v2/ndikruok", headers=_h(rng), body={
            "nying": L(FIRST, NAMEC), "nying_dhoot": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "namba_simu": L(KE_PHONE, TEL), "siri": L(PW, CRED), "boma": L("Kisumu", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "ohangla-android"}),
        case(f, f"{a}/api/v2/an", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/jothum", headers=_h(rng, **b), query={
            "kit": "ohangla", "gweng": L("Homa Bay", COARSE), "tarik": "2026-04-04"}),
        case(f, f"{a}/api/v2/jothum/{BAND['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/nyasi", headers=_h(rng, **b), body={
            "band": BAND["id"], "tarik": "2026-04-04", "sa": "14:00", "kit": "nyasi_nywol",
            "ne": {"nying": L(MOTHER_IL[0], NAMEC), "higni": L(70, BIRTH)},
            "kama_nyasi": {"dala": L(DALA["village"], COARSE), "gweng": L(DALA["town"], COARSE),
                           "lat": dla, "lng": dlo,
                           "yo": L("Kanyada, ng'ado Rangwe road bang skul mar Kanyada Primary, "
                                   "dala mar Ochieng", f"{TEXT}|{ADDR}")},
            "nyasi": L(EVENT, BUY), "pesa": L(85000, BUY), "welo": 250}),
        case(f, f"{a}/api/v2/chulo", fmt="form", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "pesa": L("30000", BUY), "sarafu": "KES",
            "namba_pesa": L(KE_PHONE, TEL), "till": "771204"}),
        case(f, f"{a}/api/v2/welo", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "welo": [
                {"nying": L(HUSBAND[0], NAMEC), "namba_simu": L(HUSBAND[1], TEL)},
                {"nying": L(BRO_IL[0], NAMEC), "namba_simu": L(BRO_IL[1], TEL)},
                {"nying": L("Wilkister Auma Ochieng", NAMEC),
                 "namba_simu": L("+254729551037", TEL)}]}),
        case(f, f"{a}/api/v2/mich", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "mich": [
                {"wer": "Mama Rosa", "ote": L("Wer ni en mar Mama Rosa Adhiambo kod nyikwaye "
                                              "duto", f"{TEXT}|{NAMEC}")},
                {"wer": "Nyar Kanyada", "ote": L("Mich mar Otieno ne min mare", TEXT)}]}),
        case(f, f"{a}/api/v2/hema", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "hema": 2, "kombe": 150, "pesa": L(18000, BUY),
            "kama": L(f"{DALA_AT[0]:.4f},{DALA_AT[1]:.4f}", PRECISE)}),
        multipart(f, f"{a}/api/v2/picha", [
            ("picha", "compound.jpg", "image/jpeg", L(JPEG + b"\x7e", MEDIA)),
            ("meta", None, "application/json", {
                "nyasi": L(EVENT, BUY), "ote": L("Laru mar dala kama hema biro chungie", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/live", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "stream_key": L(opaque(rng, "sk_live_", 32), CRED),
            "title": L("Nyasi mar Mama Rosa higni 70", f"{TEXT}|{BIRTH}"),
            "privacy": "link"}),
        raw(f, f"{a}/api/v2/live/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        booking,
        case(f, f"{a}/api/v2/ote", headers=_h(rng, **b), body={
            "ne": BAND["id"], "thread": obj(rng, "th"),
            "ote": L("Ka uchopo Rangwe to luonga e +254 700 555 199 mondo anyisu yo",
                     f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v2/manyo", headers=_h(rng, **b), query={
            "manyo": L("ohangla band Homa Bay April", SEARCH), "ite": "1"}),
        case(f, f"{a}/api/v2/pimo", fmt="form", headers=_h(rng, **b), body={
            "band": BAND["id"], "pimo": "5",
            "ote": L("Jothum nogoyo maber ahinya, Mama nomor ahinya", TEXT)}),
        case(f, f"{a}/api/v2/tip", fmt="form", headers=_h(rng, **b), body={
            "band": BAND["id"], "pesa": L("3000", BUY), "namba_pesa": L(KE_PHONE, TEL)}),
        case(f, f"{a}/api/v2/risit", headers=_h(rng, how="none"), cookies={
            "ol_sid": L(opaque(rng, "", 40), CRED), "ol_gir": L(INSTALL_ID, DID),
            "ol_req": rid(rng)}),
        case(f, f"{a}/api/v2/setlist", fmt="msgpack", headers=_h(rng, **b), body={
            "nyasi": L(EVENT, BUY), "by": L(USER_ID, UID),
            "wer": ["Mama Rosa", "Nyar Kanyada", "Ohangla Medley"], "t": 1775300000}),
        case(f, f"{a}/api/v2/gir", headers=_h(rng, **b), body=gir(push_token(rng), "luo_KE")),
        case(f, f"{a}/api/v2/timbe", gz=True, headers=_h(rng, **b), body={
            "jatiyo": L(USER_ID, UID), "timbe": [
                ev("nyasi_oor", 1, pesa=L(85000, BUY)), ev("skrin", 2, skrin=L("Live", USAGE))]}),
    ]


def ohangla_sdks() -> list[Case]:
    rng = random.Random(19362)
    link = U("https://ohanglalive.example.net/n", {"nyasi": L(EVENT, BUY), "ref": "sms",
                                                   "em": L(EMAIL, MAIL)})
    return [
        kw_batch(APP, rng, [("Band Booked", {"total": L(85000, BUY)}),
                            ("Stream Started", {"viewers": 214})], at=DALA_AT, nd=3),
        kw_queue(APP, rng, [("Guest Added", {"n": 3}), ("Stream Beat", {})]),
        lw_launch(APP, rng, first=True),
        lw_link(APP, rng, link),
        lw_event(APP, rng, "purchase", {"nyasi": L(EVENT, BUY)}, revenue=30000.0, hashed=True),
        ob_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=DALA_AT, nd=2,
               keywords="music,party,tents"),
        ob_notice(APP, rng, "imp"),
        kt_session(APP, rng, secs=3120),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "18000"),
        nm_reverse(APP, rng, DALA_AT, PRECISE, nd=4),
        nm_route(APP, rng, [(KSM_HOME_AT, PRECISE), (DALA_AT, PRECISE)]),
        nm_telemetry(APP, rng, [ROAD_FIX, DALA_AT], PRECISE),
    ]
