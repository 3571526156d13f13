"""A bush-plane operator's app "Opolani" (``opolani`` aeroplane; seats and cargo on small
planes from the Zorg en Hoop city airstrip to interior airstrips, with the passengers' body
weights for the load sheet). Its API's keys are Saramaccan, ASCII-folded: ``neen`` /
``famii_neen`` first name / surname, ``telefon`` phone, ``kibi_woto`` password, ``paidaka``
birth date, ``pasipoti`` passport, ``sindo_kamian`` seat, ``hebi`` weight, ``lai`` cargo,
``tei_sembe`` consignee, ``seeka`` booking, ``hii_moni`` total, ``paka`` payment, ``mii``
child, ``manu`` husband, ``pe_a_de`` where she is, ``boskopu`` message, ``gaan_sembe`` emergency
contact (lit. "big person"), ``kaati`` boarding pass, ``daka`` day: sign-up with her passport, a
log-in, ``/mi``, a flight search, the seats for the three of them (weights, the son's age), the
cargo for her mother-in-law, the payment, the load sheet update (msgpack), the emergency contact,
the boarding pass by booking code in the path, the check-in at the airstrip with her fix, a
message to the desk, the weather at the destination strip, a bag claim with a photo, the receipt
by cookie, push, events and a log-out. Airline apps exist (sets 22, 29, 220) and a wheelchair air
taxi is mentioned in set 209; no earlier set has bush-plane charters with body weights for the
load sheet (a grep: "bush plane", "small plane", "light aircraft", "charter flight" matched
nothing)."""

from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families234_kit import (
    AIRSTRIP_FIX,
    BOOKING,
    HUSBAND,
    MOTHER_IL,
    PASSPORT,
    PBO_HOME_AT,
    SISTER_IL,
    SON,
    VILLAGE,
    ZORG_EN_HOOP,
    fix,
    hd,
    push,
)
from eval_families234_sdk import (
    bs_bid,
    bs_notice,
    ck_crash,
    ck_crumb,
    tk_event,
    tk_launch,
    tk_link,
    tp_batch,
)
from eval_families234_svc import cp_card, cp_confirm, cu_save, ml_route, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("opolani", "Opolani", "com.example.opolani", "3.6.0", "https://api.opolani.example.net")
IID = "X-Opolani-Device"
PW = "Lanpasi!Djumu26"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
STRIP = {"code": "DJU", "lat": 4.00512, "lon": -55.48411}  # the destination strip (negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def opolani() -> list[Case]:
    rng = random.Random(23441)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    pasenzii=L("pax_" + USER_ID[2:], UID)))}
    ala, alo = fix(AIRSTRIP_FIX, 4)
    bp = at_path(case(f, f"{a}/v1/seeka/{BOOKING}/kaati", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/sembe", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kibi_woto": L(PW, CRED), "paidaka": L(DOB, BIRTH),
            "pasipoti": L(PASSPORT, NID), "kamian": L("Paramaribo", COARSE)}),
        case(f, f"{a}/v1/go_dendu", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kibi_woto": L(PW, CRED), "apaati": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/opolani/suku", headers=_h(rng, **b), query={
            "komoto": ZORG_EN_HOOP["code"], "go_a": STRIP["code"], "daka": "2026-02-06",
            "sembe": "3"}),
        case(f, f"{a}/v1/seeka", headers=_h(rng, **b), body={
            "opolani": "OP-211", "komoto": ZORG_EN_HOOP["code"], "go_a": STRIP["code"],
            "daka": "2026-02-06", "seeka": L(BOOKING, BUY), "hii_moni": L(5940, BUY),
            "pasenzii": [
                {"neen": L(f"{FIRST} {LAST}", NAMEC), "hebi": L(64, FIT),
                 "pasipoti": L(PASSPORT, NID), "sindo_kamian": "2A"},
                {"neen": L(HUSBAND[0], NAMEC), "hebi": L(78, FIT), "sindo_kamian": "2B"},
                {"neen": L(KID, NAMEC), "hebi": L(33, FIT), "jaa": L(10, BIRTH),
                 "sindo_kamian": "3A"}],
            "valisi_kg": 30}),
        case(f, f"{a}/v1/lai", headers=_h(rng, **b), body={
            "seeka": L(BOOKING, BUY),
            "lai": [{"sani": "aisi baki ku fisi", "kg": 18}, {"sani": "saka aisi", "kg": 25}],
            "tei_sembe": {"neen": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                          "konde": L(VILLAGE["name"], COARSE)},
            "moni": L(860, BUY)}),
        case(f, f"{a}/v1/paka", fmt="form", headers=_h(rng, **b), body={
            "seeka": L(BOOKING, BUY), "moni": L("6800.00", BUY), "munt": "SRD",
            "paka": L(opaque(rng, "pm_", 24), PAY), "kaati_kaba": L("4444", PAY)}),
        case(f, f"{a}/v1/seeka/hebi", fmt="msgpack", headers=_h(rng, **b), body={
            "seeka": L(BOOKING, BUY),
            "hebi": [L(64, FIT), L(78, FIT), L(33, FIT)], "valisi_kg": 34,
            "opolani": "OP-211", "pilot_sheet": "ls_0206_211"}),
        case(f, f"{a}/v1/gaan_sembe", headers=_h(rng, **b), body={
            "seeka": L(BOOKING, BUY), "neen": L(SISTER_IL[0], NAMEC),
            "telefon": L(SISTER_IL[1], TEL), "fa_a_de": "sisa fu mi manu"}),
        bp,
        case(f, f"{a}/v1/seeka/{BOOKING}/de", headers=_h(rng, **b), body={
            "pe_a_de": {"lat": ala, "lng": alo, "sizu": 9},
            "lanpasi": {"code": ZORG_EN_HOOP["code"], "lat": ZORG_EN_HOOP["lat"],
                        "lng": ZORG_EN_HOOP["lon"]}, "sembe": 3}),
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "seeka": L(BOOKING, BUY),
            "boskopu": L("Mi sweeli Ajoeba Adjaiso o wakiti a lanpasi fu tei di aisi baki, "
                         "un kan kai en a +5978720355?", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/weer/{STRIP['code']}", headers=_h(rng, **b),
             query={"lat": STRIP["lat"], "lng": STRIP["lon"]}),
        multipart(f, f"{a}/v1/valisi/lasi", [
            ("foto", "valisi.jpg", "image/jpeg", L(JPEG + b"\x6a", MEDIA)),
            ("meta", None, "application/json", {
                "seeka": L(BOOKING, BUY),
                "boskopu": L("Wan baaka valisi ku wan gele liba ku den buku fu mi mii", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kwitansi", headers=_h(rng, how="none"), cookies={
            "op_sesi": L(opaque(rng, "", 40), CRED), "op_apaati": L(INSTALL_ID, DID),
            "op_req": rid(rng)}),
        case(f, f"{a}/v1/seeka/mi", headers=_h(rng, **b), query={
            "pasenzii": L("pax_" + USER_ID[2:], UID), "status": "upcoming"}),
        case(f, f"{a}/v1/apaati", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/sani", gz=True, headers=_h(rng, **b), body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("seats_booked", 1, sembe=3), ev("skiin", 2, skiin=L("LoadSheet", USAGE)),
                ev("checked_in", 3)]}),
        case(f, f"{a}/v1/go_a_doo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apaati": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/apaati/info", headers=_h(rng, **b), body={
            "modeli": L("Pixel 8", DEV), "bateli": L(41, DEV), "net": L("4g", DEV),
            "tongo": L("en-SR", DEV)}),
    ]


def opolani_sdks() -> list[Case]:
    rng = random.Random(23442)
    link = U("https://opolani.example.net/s", {"seeka": L(BOOKING, BUY), "ref": "sms",
                                               "tel": L(E164, TEL)})
    return [
        tp_batch(APP, rng, [("Seats Booked", {"total": L(5940, BUY)}),
                            ("Checked In", {"strip": ZORG_EN_HOOP["code"]})],
                 at=AIRSTRIP_FIX, nd=3),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"seeka": L(BOOKING, BUY)}, revenue=5940.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PBO_HOME_AT, nd=2,
               keywords="travel,interior,flights"),
        bs_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.net.UnknownHostException", "api.opolani.example.net"),
                 [ck_crumb("nav", "Seeka -> Kaati"), ck_crumb("log", "offline boarding pass")],
                 screen="KaatiActivity"),
        pa_register(APP, rng, at=AIRSTRIP_FIX, nd=2, tags={"route": "ORG-DJU"}),
        cu_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "6800.00"),
        ml_route(APP, rng, [(PBO_HOME_AT, PRECISE),
                            ((ZORG_EN_HOOP["lat"], ZORG_EN_HOOP["lon"]), None)]),
    ]
