"""Suva market vendor-stall rental app "Maketevou" (its API's keys are Fijian: ``yaca`` name,
``yaca_ni_vuvale`` family name, ``naba_ni_talevoni`` phone number, ``itikotiko`` address,
``koro`` village, ``naba_ni_ivakatakilakila`` identity-card number, ``siga_ni_sucu`` birth date,
``vosa_vuni`` password, ``watina`` wife; she sells produce from the family farm at a stall of
Suva Harbour Market on Saturdays): registration, the SMS code, a log-in, ``/koya`` with a JWT,
the stall licence with her husband as head of household and her as ``watina``, the ID card's
photo, free stalls for a day, a booking, its payment by mobile money, the receipt by booking in
the path, the dawn check-in at the stall, her stock (msgpack), the day's sales (gzip), a stall
photo, a repair request, a helper, a search, the address updated, a password change, push,
events and notices by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families37_kit import fix, obj
from eval_families122_kit import (
    FJ_TZ,
    HUSBAND,
    HUSBAND_ID,
    ID_CARD,
    KORO,
    LICENCE,
    MARKET,
    STALL,
    STALL_BOOKING,
    STALL_FIX,
    SUVA,
    SUVA_AT,
    YASANA,
    evs,
    hdr,
)
from eval_families122_sdk import (
    bl_bid,
    fp_crash,
    fp_crumb,
    gf_batch,
    gf_identify,
    ir_event,
    ir_session,
)
from eval_families122_svc import ag_reverse, am_message, cr_wallet, pk_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("maketevou", "Maketevou", "com.example.maketevou", "2.7.1",
          "https://api.maketevou.example.com")
IID = "X-Makete-Install"
VV = "Dalo&Tavioka#58"  # her password (vosa vuni)
DOB_FJ = "17/05/1991"
PRODUCE = [("dalo", 40, "8.00"), ("tavioka", 25, "5.00"), ("kumala", 18, "6.50"),
           ("vaivai", 12, "4.00")]  # the produce she sells (goods: negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, **kw)


def maketevou() -> list[Case]:
    rng = random.Random(12201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, naba=L(E164, TEL), laisenisi=L(LICENCE, UID)))}
    sla, slo = fix(STALL_FIX)
    hla, hlo = fix(SUVA_AT, 5)
    risiti = at_path(case(f, f"{a}/v1/bookings/{STALL_BOOKING}/risiti",
                          headers=_h(rng, **b)), STALL_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/dauvolivoli", headers=_h(rng), body={
            "yaca": L(FIRST, NAMEC), "yaca_ni_vuvale": L(LAST, NAMEC),
            "naba_ni_talevoni": L(PHONE, TEL), "imeli": L(EMAIL, MAIL),
            "itikotiko": L(f"{SUVA['line']}, {SUVA['area']}", ADDR),
            "koro": L(KORO, COARSE), "yasana": L(YASANA, COARSE),
            "naba_ni_ivakatakilakila": L(ID_CARD, NATID), "siga_ni_sucu": L(DOB_FJ, BIRTH),
            "vosa_vuni": L(VV, CRED), "vosa": "en"}),
        case(f, f"{a}/v1/vakadinadina", fmt="form", headers=_h(rng), body={
            "naba_ni_talevoni": L(E164, TEL), "kodi": L("482913", CRED), "kena_gauna": "300"}),
        case(f, f"{a}/v1/curu", fmt="form", headers=_h(rng), body={
            "naba_ni_talevoni": L(NATIONAL, TEL), "vosa_vuni": L(VV, CRED), "nanuma": "1"}),
        case(f, f"{a}/v1/koya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/laisenisi", headers=_h(rng, **b), body={
            "makete": MARKET["id"], "mataqali_ni_iyaya": "vuanikau_kei_na_draunikau",
            "turaga_ni_vale": {"yaca": L(HUSBAND[0], NAMEC),
                               "naba_ni_talevoni": L(HUSBAND[1], TEL),
                               "naba_ni_ivakatakilakila": L(HUSBAND_ID, NATID)},
            "watina": {"yaca": L(NAME, NAMEC), "naba_ni_ivakatakilakila": L(ID_CARD, NATID)},
            "laisenisi": L(LICENCE, UID), "isau_ni_yabaki": L("120.00", BUY)}),
        at_path(multipart(f, f"{a}/v1/laisenisi/{LICENCE}/ivola", [
            ("itaba", "ivakatakilakila.jpg", "image/jpeg",
             L(JPEG + b"\x22\x01", f"{MEDIA}|{NATID}")),
            ("ivakamacala", None, "application/json", {
                "naba_ni_ivakatakilakila": L(ID_CARD, NATID), "mataqali": "kaadi_ni_matanitu",
                "gauna_ni_oti": "2031-04-30"})], headers=_h(rng, **b)), LICENCE, UID),
        case(f, f"{a}/v1/makete/{MARKET['id']}/stalls", headers=_h(rng, **b), query={
            "siga": "2025-12-13", "mataqali": "vuanikau", "levu": "2x2"}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "stall": STALL, "makete": MARKET["id"], "siga": ["2025-12-13", "2025-12-20"],
            "isau": L("16.00", BUY), "naba_ni_booking": L(STALL_BOOKING, BUY),
            "laisenisi": L(LICENCE, UID)}),
        case(f, f"{a}/v1/saumi", fmt="form", headers=_h(rng, **b), body={
            "booking": L(STALL_BOOKING, BUY), "ilavo": L("16.00", BUY), "kena_ilavo": "FJD",
            "naba_ni_talevoni": L(E164, TEL), "ivakarau": L(opaque(rng, "pm_", 24), PAY)}),
        risiti,
        case(f, f"{a}/v1/stalls/{STALL}/curu", headers=_h(rng, **b), body={
            "lat": sla, "lon": slo, "vakadodonu_m": 6, "gauna": 1765565400,
            "makete": {"lat": MARKET["lat"], "lon": MARKET["lon"],
                       "naba_ni_talevoni": MARKET["phone"]},
            "laisenisi": L(LICENCE, UID)}),
        case(f, f"{a}/v1/iyaya", fmt="msgpack", headers=_h(rng, **b), body={
            "dauvolivoli": L(USER_ID, UID), "stall": STALL,
            "iyaya": [{"yaca": n, "iwiliwili": q, "isau": p} for n, q, p in PRODUCE]}),
        case(f, f"{a}/v1/volitaki", gz=True, headers=_h(rng, **b), body={
            "dauvolivoli": L(USER_ID, UID), "siga": "2025-12-13", "stall": STALL,
            "volitaki": [{"yaca": n, "iwiliwili": q // 2, "ilavo": p} for n, q, p in PRODUCE],
            "taucoko": "212.50"}),
        multipart(f, f"{a}/v1/stalls/{STALL}/itaba", [
            ("itaba", "stall.jpg", "image/jpeg", L(JPEG + b"\x22\x02", MEDIA)),
            ("ivakamacala", None, "application/json", {
                "vakamacala": L("Dalo vou mai Ra, e volitaki ena Vakarauwai", TEXT),
                "stall": STALL})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/kerekere", headers=_h(rng, **b), body={
            "stall": STALL, "mataqali": "vakavinakataki",
            "vakamacala": L("E turu na dela ni stall B-117 ni tau na uca, the roof leaks on "
                            "the dalo", TEXT), "kerekere_id": obj(rng, "kr", 8)}),
        case(f, f"{a}/v1/vakatawa", headers=_h(rng, **b), body={
            "yaca": L("Tevita Ratu", NAMEC), "naba_ni_talevoni": L("+6795550174", TEL),
            "siga": ["vakarauwai"], "laisenisi": L(LICENCE, UID)}),
        case(f, f"{a}/v1/vakasaqara", headers=_h(rng, **b), query={
            "q": L("stall voleka ni basi", SEARCH), "makete": MARKET["id"]}),
        case(f, f"{a}/v1/koya/itikotiko", headers=_h(rng, **b), body={
            "itikotiko": L(SUVA["line"], ADDR), "tikina": L(SUVA["area"], COARSE),
            "koro_levu": L(SUVA["city"], COARSE), "lat": hla, "lon": hlo}),
        case(f, f"{a}/v1/koya/vosa_vuni", fmt="form", headers=_h(rng, **b), body={
            "vosa_vuni_makawa": L(VV, CRED), "vosa_vuni_vou": L("Kumala&Uvi#61", CRED)}),
        case(f, f"{a}/v1/talevoni", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "misini": L(INSTALL_ID, DID),
            "vosa": L("en_FJ", DEV), "gauna_ni_vanua": L(FJ_TZ, DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "dauvolivoli": L(USER_ID, UID), "events": evs(
                "booking_done", "saumi_done", "screen_Risiti", stall=STALL)}),
        case(f, f"{a}/v1/itukutuku", headers=_h(rng, how="nodash"),
             cookies={"mv_sesi": L(opaque(rng, "", 40), CRED), "mv_req": obj(rng, "r", 12)}),
    ]


def maketevou_sdks() -> list[Case]:
    rng = random.Random(12202)
    return [
        gf_batch(APP, rng, [("Stall Booked", {"market": MARKET["id"], "days": 2}),
                            ("Payment Completed", {"amount": L(16.0, BUY)})],
                 at=STALL_FIX, nd=2),
        gf_identify(APP, rng, {"koro": L(KORO, COARSE), "licence": L(LICENCE, UID),
                               "produce": "root_crops"}),
        ir_session(APP, rng, first=True),
        ir_event(APP, rng, "stall_booking", {"booking": L(STALL_BOOKING, BUY),
                                             "market": MARKET["id"]}, revenue=16.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farming,market,produce"),
        fp_crash(APP, rng, ("java.lang.IllegalStateException", "camera closed"),
                 [fp_crumb("nav", "Stall -> Itaba"),
                  fp_crumb("net", "POST", {"url": f"{APP.api}/v1/stalls/{STALL}/itaba",
                                           "status": 500})], screen="ItabaActivity"),
        pk_register(APP, rng, tags={"market": "suva_harbour", "koro": L(KORO, COARSE)},
                    at=SUVA_AT, nd=2),
        cr_wallet(APP, rng, "16.00", L(STALL_BOOKING, BUY)),
        ag_reverse(APP, rng, STALL_FIX, "location.precise", nd=5),
        am_message(APP, rng, L("I paid 16.00 for booking MV-251212-3307 but it still says "
                               "unpaid", f"{TEXT}|{BUY}"), {"booking": L(STALL_BOOKING, BUY)}),
    ]
