"""A tower-complex reserve's visitor app "Vovgala" (the mountain Dzheyrakh district: tickets to
the medieval battle towers, guides, and the border-zone pass a foreigner needs to go past the
post; its API's keys are Ingush in Latin letters: ``vov`` battle tower, ``gala`` tower house
(also town), ``bilet`` ticket and ``propusk`` pass (Russian loans), ``nik`` road, ``metta``
place, ``tsi`` name, ``familie`` surname, ``vaennai_di`` birth date, ``pasport`` passport,
``vnzh`` residence permit, ``dezal`` family (``rol`` ``mar`` husband, ``ber`` child), ``shu`` years
(an age), ``makh`` price, ``dukhal`` amount, ``gid`` guide, ``mott`` language,
``surt`` photo, ``dosh`` remark, ``lekhar`` search, ``khan`` time, ``kayla_dosh`` password):
sign-up, a log-in, ``/so``, the border-zone pass (her passport and permit, her husband's and
daughter's documents), the pass by number in the path, the towers, tickets for three, the
payment, a guide, a taxi from Magas from her door, the border post check-in with her fix, a
protobuf walk beat, an offline queue of fixes (msgpack), a photo, a review, a search, the tickets'
QR by booking in the path, an emergency contact, the receipt by cookie, push, events and a
log-out. Border and mountain permits exist in earlier sets (Albanian huts, the Pamir-Alay, a
Caspian border zone); this is a heritage reserve's ticketing with the pass as a side form."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families238_kit import (
    BZ_PASS,
    CHECKPOINT,
    CHECKPOINT_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_PASSPORT,
    MOTHER_IL,
    PASSPORT,
    TOUR,
    TOWER_FIX,
    TOWERS,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families238_sdk import (
    bl_bid,
    bl_notice,
    cm_session,
    mg_batch,
    mg_queue,
    tv_event,
    tv_launch,
    tv_link,
)
from eval_families238_svc import ca_card, ca_confirm, mt_reverse, mt_route, mt_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("vovgala", "Vovgala", "com.example.vovgala", "1.7.3", "https://api.vovgala.example.org")
IID = "X-Vovgala-Device"
PW = "Erzi#Vovnushki26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vovgala() -> list[Case]:
    rng = random.Random(23861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), propusk=L(BZ_PASS, NID)))}
    kla, klo = fix(CHECKPOINT_FIX, 5)
    walk = obj(rng, "wk")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, walk), (3, 1771310000),
               (4, [(1, L(TOWER_FIX[0], PRECISE)), (2, L(TOWER_FIX[1], PRECISE)), (3, 1380.0)]),
               (5, [(1, TOWERS["lat"]), (2, TOWERS["lon"])]), (6, L(38, DEV))], "", lab)
    bz = at_path(case(f, f"{a}/v1/propusk/{BZ_PASS}", headers=_h(rng, **b)), BZ_PASS, NID)
    qr = at_path(case(f, f"{a}/v1/bilet/{TOUR}/qr", headers=_h(rng, **b)), TOUR, BUY)
    return [
        case(f, f"{a}/v1/registratsi", headers=_h(rng), body={
            "tsi": L(FIRST, NAMEC), "familie": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kayla_dosh": L(PW, CRED), "vaennai_di": L(DOB, BIRTH),
            "gala": L(HOME["town"], COARSE), "mott": "en"}),
        case(f, f"{a}/v1/chuvalar", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kayla_dosh": L(PW, CRED), "ustroistvo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/so", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/propusk", headers=_h(rng, **b), body={
            "propusk": L(BZ_PASS, NID), "zona": "dzheyrakh", "from": "2026-02-17",
            "to": "2026-02-18",
            "dezal": [{"tsi": L(f"{FIRST} {LAST}", NAMEC), "pasport": L(PASSPORT, NID),
                       "vnzh": L(VNZH, NID), "vaennai_di": L(DOB, BIRTH)},
                      {"rol": "mar", "tsi": L(HUSBAND[0], NAMEC), "pasport": L(HUSBAND_PASSPORT, NID)},
                      {"rol": "ber", "tsi": L(KID, NAMEC), "svidetelstvo": L(DAUGHTER["cert"], NID),
                       "vaennai_di": L(DAUGHTER["dob"], BIRTH)}],
            "nik": "Magas - Armkhi - Dzheyrakh - Vovnushki", "celi": "tourism"}),
        bz,
        case(f, f"{a}/v1/vovash", headers=_h(rng, **b), query={
            "rayon": "dzheyrakh", "open": "true"}),
        case(f, f"{a}/v1/bilet", headers=_h(rng, **b), body={
            "vov": TOWERS["id"], "di": "2026-02-17", "bron": L(TOUR, BUY),
            "bilet": [{"tip": "adult", "sag": 2}, {"tip": "child", "shu": L(8, BIRTH)}],
            "dukhal": L(1100, BUY)}),
        case(f, f"{a}/v1/dalar", fmt="form", headers=_h(rng, **b), body={
            "bron": L(TOUR, BUY), "dukhal": L("1100.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/gid", headers=_h(rng, **b), body={
            "bron": L(TOUR, BUY), "gid": "gd_0042", "mott": "en", "khan": "10:00",
            "makh": L(2500, BUY)}),
        case(f, f"{a}/v1/taksi", headers=_h(rng, **b), body={
            "bron": L(TOUR, BUY), "adres": L(HOME["line"], ADDR),
            "gala": L(HOME["town"], COARSE),
            "metta": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                      "lon": L(round(HOME_AT[1], 4), PRECISE)},
            "khan": "2026-02-17T07:30", "sag": 3, "makh": L(3200, BUY)}),
        case(f, f"{a}/v1/post/checkin", headers=_h(rng, **b), body={
            "propusk": L(BZ_PASS, NID), "post": {"id": CHECKPOINT["id"],
                                                 "lat": CHECKPOINT["lat"],
                                                 "lon": CHECKPOINT["lon"]},
            "metta": {"lat": kla, "lon": klo, "acc": 12}}),
        raw(f, f"{a}/v1/walks/{walk}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/walks/{walk}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "fixes": [{"lat": L(round(TOWER_FIX[0] - 0.0009 * i, 6), PRECISE),
                       "lon": L(round(TOWER_FIX[1] + 0.0012 * i, 6), PRECISE),
                       "t": 1771310300 + 240 * i} for i in range(3)],
            "vov": {"lat": TOWERS["lat"], "lon": TOWERS["lon"]}}),
        multipart(f, f"{a}/v1/surt", [
            ("surt", "vovnushki.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("meta", None, "application/json", {
                "vov": TOWERS["id"],
                "dosh": L("Zalina counted the floors of the big tower: five!",
                          f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/otzyv", fmt="form", headers=_h(rng, **b), body={
            "vov": TOWERS["id"], "otsenka": "5",
            "dosh": L("The guide told the legend of the towers in English, the road is steep "
                      "but worth it", TEXT)}),
        case(f, f"{a}/v1/lekhar", headers=_h(rng, **b), query={
            "lekhar": L("Egikal vovash winter road open", SEARCH), "agho": "1"}),
        qr,
        case(f, f"{a}/v1/sos/contact", headers=_h(rng, **b), body={
            "tsi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
            "dosh": L("My daughter has asthma, her inhaler is in my bag", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/chek/latest", headers=_h(rng, how="none"), cookies={
            "vg_session": L(opaque(rng, "", 40), CRED), "vg_device": L(INSTALL_ID, DID),
            "vg_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pass_submitted", 1), ev("screen", 2, screen=L("TowerMap", USAGE))]}),
        case(f, f"{a}/v1/aravala", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def vovgala_sdks() -> list[Case]:
    rng = random.Random(23862)
    link = U("https://vovgala.example.org/b", {"bron": L(TOUR, BUY), "ref": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        mg_batch(APP, rng, [("Tickets Booked", {"total": L(1100, BUY)}),
                            ("Pass Submitted", {"people": 3})], at=TOWER_FIX, nd=3),
        mg_queue(APP, rng, [("Walk Beat", {"alt": 1380}), ("Walk Ended", {})]),
        tv_launch(APP, rng, first=True),
        tv_link(APP, rng, link),
        tv_event(APP, rng, "purchase", {"bron": L(TOUR, BUY)}, revenue=1100.0, hashed=True),
        bl_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=CHECKPOINT_FIX, nd=2,
               keywords="mountains,towers,hiking"),
        bl_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=1930),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "1100.00"),
        mt_reverse(APP, rng, TOWER_FIX, PRECISE, nd=4),
        mt_route(APP, rng, [(HOME_AT, PRECISE), ((TOWERS["lat"], TOWERS["lon"]), None)]),
        mt_telemetry(APP, rng, [CHECKPOINT_FIX, TOWER_FIX], PRECISE),
    ]
