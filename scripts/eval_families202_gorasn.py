"""A steppe nature reserve's permit and hide app "Gorasn Tal" (``gorasn`` saiga / wild game,
``tal`` steppe; the reserve's Black Lands cordons east of Yashkul). Its API's keys are Kalmyk in
Latin letters: ``nern`` first name, ``ovg`` surname, ``el_bichg`` e-mail, ``utsn`` phone,
``nuuts_ug`` password, ``torsn_odr`` birth date, ``nasn`` age, ``irgn`` citizenship,
``bichg_too`` document number, ``zovsharl`` permit, ``mongn`` amount, ``tolvr`` payment,
``kartin_suul`` card's last digits, ``orlt`` entry, ``hazr`` place, ``nuuts_hazr`` hide (lit.
"secret place"), ``soni`` night, ``kun`` person(s), ``gorasn_too`` saiga count, ``bichg`` text /
message, ``zurg`` photo, ``dron`` drone, ``haah`` search, ``dong`` help, ``nokr`` husband,
``ovchn`` illness / allergy, ``ondr`` adoption (patronage), ``ner_ogh`` to name, ``haruulch``
ranger, ``harh`` log out, ``bi`` me; ``token``, ``id``, ``lat``/``lon`` stay English.
Sign-up with her US passport, an OAuth password grant, ``/bi``, prices, the family's day permit,
its payment, the QR by permit number in the path, the cordon entry with her fix, the watering-hole
hide for a night, a protobuf beat from the hide, a sighting with her fix, a photo, a drone permit,
a search, an offline fix queue (msgpack), her emergency contact, a saiga patronage for her
daughter, a review, the weather at 2 decimals, receipts by cookie, push, events and a log-out.
Set 73 has a game-reserve safari lodge with sightings; Gorasn Tal is a state reserve's permit
office (per-person entry permits with documents, a hide, a drone permit; no lodge)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families202_kit import (
    CORDON,
    DAUGHTER,
    HIDE,
    HIDE_FIX,
    HOME_AT,
    HUSBAND,
    MIR,
    PASSPORT,
    PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families202_sdk import (
    bk_bid,
    bk_notice,
    ct_crash,
    ct_crumb,
    md_batch,
    md_identify,
    tm_event,
    tm_launch,
)
from eval_families202_svc import mk_route, mk_telemetry, pg_card, pg_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gorasn", "Gorasn Tal", "com.example.gorasntal", "3.1.2",
          "https://api.gorasntal.example.org")
IID = "X-Gorasn-Device"
PW = "Saiga!Steppe2026"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gorasn() -> list[Case]:
    rng = random.Random(20211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_bichg=L(EMAIL, MAIL), zovsharl=L(PERMIT, BUY)))}
    cla, clo = fix(HIDE_FIX, 5)
    sla, slo = fix(HIDE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, HIDE["id"]), (3, 1777777200),
               (4, [(1, L(HIDE_FIX[0], PRECISE)), (2, L(HIDE_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/api/v1/zovsharl/{PERMIT}/qr", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/api/v1/burtkl", headers=_h(rng), body={
            "nern": L(FIRST, NAMEC), "ovg": L(LAST, NAMEC), "el_bichg": L(EMAIL_MIXED, MAIL),
            "utsn": L(E164, TEL), "nuuts_ug": L(PW, CRED), "torsn_odr": L(DOB, BIRTH),
            "irgn": "US", "bichg_too": L(PASSPORT, NID), "bichg_torl": "pasport"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "gorasn-android"}),
        case(f, f"{a}/api/v1/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/zovsharl/un", headers=_h(rng, **b), query={
            "odr": "2026-05-09", "hazr": CORDON["id"], "torl": "odrin"}),
        case(f, f"{a}/api/v1/zovsharl", headers=_h(rng, **b), body={
            "hazr": CORDON["id"], "odr": "2026-05-09", "zovsharl": L(PERMIT, BUY),
            "kun": [{"nern": L(f"{FIRST} {LAST}", NAMEC), "bichg_too": L(PASSPORT, NID)},
                    {"nern": L(HUSBAND[0], NAMEC)},
                    {"nern": L(KID, NAMEC), "nasn": L(9, BIRTH)}],
            "mashinin_nomr": "E417KM08", "mongn": L(1350, BUY)}),
        case(f, f"{a}/api/v1/tolvr", fmt="form", headers=_h(rng, **b), body={
            "zovsharl": L(PERMIT, BUY), "mongn": L("1350.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartin_suul": L(MIR[-4:], PAY)}),
        qr,
        case(f, f"{a}/api/v1/orlt", headers=_h(rng, **b), body={
            "zovsharl": L(PERMIT, BUY), "hazr": {"lat": cla, "lon": clo},
            "cordon": {"id": CORDON["id"], "lat": CORDON["lat"], "lon": CORDON["lon"]},
            "tsag": "2026-05-09T04:40"}),
        case(f, f"{a}/api/v1/nuuts_hazr/bron", headers=_h(rng, **b), body={
            "nuuts_hazr": HIDE["id"], "soni": "2026-05-09", "kun": 2,
            "bron": obj(rng, "hb"), "mongn": L(800, BUY)}),
        raw(f, f"{a}/api/v1/nuuts_hazr/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/gorasn/medan", headers=_h(rng, **b), body={
            "gorasn_too": 41, "tugl": 3, "hazr": {"lat": sla, "lon": slo},
            "nuuts_hazr": {"id": HIDE["id"], "lat": HIDE["lat"], "lon": HIDE["lon"]},
            "bichg": L("Dorvn arvn nig gorasn usnd irv, gurvn tugl bas bilae", TEXT)}),
        multipart(f, f"{a}/api/v1/zurg", [
            ("zurg", "saiga_dawn.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "nuuts_hazr": HIDE["id"],
                "bichg": L("Ugluhn gorasn, Kermen kusg zurg avla", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dron", headers=_h(rng, **b), body={
            "dron": "DJI-Mini-4", "dron_too": "1581F6QA24B7", "odr": "2026-05-10",
            "operator": {"nern": L(HUSBAND[0], NAMEC), "utsn": L(HUSBAND[1], TEL)},
            "hazr": CORDON["id"]}),
        case(f, f"{a}/api/v1/haah", headers=_h(rng, **b), query={
            "haah": L("gorasn tugl ugluhn nuuts hazr", SEARCH), "hulds": "1"}),
        case(f, f"{a}/api/v1/hazr/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "hazrs": [{"lat": L(round(HIDE_FIX[0] + 0.0021 * i, 6), PRECISE),
                       "lon": L(round(HIDE_FIX[1] - 0.0017 * i, 6), PRECISE),
                       "t": 1777760000 + 240 * i} for i in range(3)]}),
        case(f, f"{a}/api/v1/dong/kontakt", headers=_h(rng, **b), body={
            "nern": L(HUSBAND[0], NAMEC), "utsn": L(HUSBAND[1], TEL), "nokr": True,
            "ovchn": L("Zegsin horhd allergi, adrenalin avch yovna", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/ondr", headers=_h(rng, **b), body={
            "gorasn": "sg_tugl_118", "ner_ogh": "Ayuka", "mongn": L(2000, BUY),
            "sertifikat": {"nern": L(KID, NAMEC), "bichg": L("Kermend, eejasn", TEXT)}}),
        case(f, f"{a}/api/v1/unlgn", fmt="form", headers=_h(rng, **b), body={
            "hazr": CORDON["id"], "odn": "5", "haruulch": "hr_badma",
            "bichg": L("Haruulch Badma gorasn tuskar ikh sonin kelv. Kermen bayrlv.", TEXT)}),
        case(f, f"{a}/api/v1/agaar", headers=_h(rng, **b), query={
            "lat": L(f"{HIDE_FIX[0]:.2f}", COARSE), "lon": L(f"{HIDE_FIX[1]:.2f}", COARSE),
            "odr": "2026-05-09"}),
        case(f, f"{a}/api/v1/tolvrs/suul", headers=_h(rng, how="none"), cookies={
            "gt_sess": L(opaque(rng, "", 40), CRED), "gt_dev": L(INSTALL_ID, DID),
            "gt_req": rid(rng)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("zovsharl_avv", 1), ev("screen", 2, screen=L("NuutsHazr", USAGE)),
                ev("medan_ilgav", 3, too=41)]}),
        case(f, f"{a}/api/v1/harh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def gorasn_sdks() -> list[Case]:
    rng = random.Random(20212)
    return [
        md_batch(APP, rng, [("Permit Bought", {"total": L(1350, BUY)}),
                            ("Sighting Sent", {"count": 41})], at=HIDE_FIX, nd=2),
        md_identify(APP, rng, {"balhsn": L("Elista", COARSE), "zovsharl": L(PERMIT, BUY)}),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "purchase", {"zovsharl": L(PERMIT, BUY)}, revenue=1350.0,
                 hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HIDE_FIX, nd=3,
               keywords="steppe,saiga,wildlife"),
        bk_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "qr not cached"),
                 [ct_crumb("nav", "Zovsharl -> Qr"), ct_crumb("net", "GET", {"status": 0})],
                 screen="QrActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2, tags={"cordon": CORDON["id"]}),
        pg_card(APP, rng),
        pg_confirm(APP, rng, "1350.00"),
        mk_route(APP, rng, [(HOME_AT, PRECISE), ((CORDON["lat"], CORDON["lon"]), None)]),
        mk_telemetry(APP, rng, [HIDE_FIX], PRECISE),
    ]
