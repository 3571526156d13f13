"""Makhana pond app "Makhanpokhar" (the family leases a pond near Manigachhi, Darbhanga district,
and sells the raw seed, gurri, to a processor; its API's keys are Maithili in Latin letters as a
Darbhanga developer types them: ``naam`` first name, ``upnaam`` surname, ``mobail`` mobile,
``gupt_shabd`` password, ``janm_tithi`` birth date, ``pata`` street line, ``gaam`` village,
``jila`` district, ``pati`` husband, ``utpadak_sankhya`` grower number, ``khata_sankhya``
account number, ``pokhari`` pond, ``seema`` boundary, ``rakba`` area, ``patta`` lease, ``rashi``
amount, ``bhugtaan`` payment, ``katni`` harvest, ``gurri`` raw seed, ``chhatai`` grading,
``suta`` grade, ``kretaa`` buyer, ``dar`` rate, ``bikri`` sale, ``majdoori`` wages, ``majdoor``
labourer, ``hisab`` account statement, ``thaam`` place, ``sandesh`` message, ``khoj`` search,
``mausam`` weather, ``yantra`` device, ``ghatna`` events, ``nikas`` log-out, mixed with
``email``, ``pan``, ``ifsc``, ``upi``, ``otp``, ``lat``/``lng``): sign-up, log-in, ``/hamar``
(mine), the pond's boundary and lease, the lease payment by UPI, the harvest with her fix on the
bank, grading (msgpack), market rates, a sale offer to the processor, a photo of the gurri, the
diver's wages, the statement by grower number in the path, the payout account (PAN), payouts, an
offline sync (JSON Lines), a message to the buyer, the weather at 2 decimals, a search, a receipt
by cookie, push, events and a log-out."""

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
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families287_kit import (
    BANK,
    GROWER,
    HOME,
    HOME_AT,
    HUSBAND,
    LABOURER,
    LEASE,
    PAN,
    POND_AT,
    POND_FIX,
    PROCESSOR,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import (
    hb_bid,
    hb_notice,
    lj_batch,
    lj_identify,
    sp_event,
    sp_launch,
    tp_crash,
    tp_crumb,
)
from eval_families287_svc import gb_register, mb_message, ng_geocode, tk_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("makhanpokhar", "Makhanpokhar", "com.example.makhanpokhar", "3.2.1",
          "https://api.makhanpokhar.example.net")
IID = "X-Makhan-Yantra"
PW = "Pokhari@Gurri26"
DOB_IN = "17-05-1991"
NID = "personal.national_id"
SALE = "BK-26-004128"  # her sale to the processor (financial.purchase, as set 151's sales)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mai=True, **kw)


def makhanpokhar() -> list[Case]:
    rng = random.Random(28701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, utpadak=L(GROWER, UID), mobail=L(E164, TEL)))}
    pla, plo = fix(POND_FIX)
    hisab = at_path(case(f, f"{a}/api/v1/utpadak/{GROWER}/hisab", headers=_h(rng, **b),
                         query={"san": "2025-08-01", "dhari": "2026-01-31"}), GROWER, UID)
    return [
        case(f, f"{a}/api/v1/panjiyan", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upnaam": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "gupt_shabd": L(PW, CRED), "janm_tithi": L(DOB_IN, BIRTH),
            "pata": L(HOME["line"], ADDR), "gaam": L("Manigachhi", COARSE),
            "jila": L(HOME["district"], COARSE), "pin": L(HOME["pin"], COARSE),
            "pati": {"naam": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "utpadak_sankhya": L(GROWER, UID), "sharta_sweekar": True}),
        case(f, f"{a}/api/v1/pravesh", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "gupt_shabd": L(PW, CRED), "yaad_rakhu": "1"}),
        case(f, f"{a}/api/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pokhari", headers=_h(rng, **b), body={
            "utpadak_sankhya": L(GROWER, UID), "gaam": L("Manigachhi", COARSE),
            "rakba_acre": 1.4, "gahirai_ft": 5,
            "seema": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in POND_AT],
            "patta": L(LEASE, BUY), "patta_rashi": L(48000, BUY), "avadhi_varsh": 3}),
        case(f, f"{a}/api/v1/patta/bhugtaan", fmt="form", headers=_h(rng, **b), body={
            "patta": L(LEASE, BUY), "rashi": L("24000.00", BUY), "mudra": "INR",
            "upi": L(UPI, PAY), "kisht": "2", "sandarbh": rid(rng)}),
        case(f, f"{a}/api/v1/katni", headers=_h(rng, **b), body={
            "tithi": "2025-09-14", "gurri_kg": 420, "majdoor": 5, "nami_pratishat": 32,
            "thaam": {"lat": pla, "lng": plo, "sateekta_m": 6},
            "katni_id": obj(rng, "kt")}),
        case(f, f"{a}/api/v1/chhatai", fmt="msgpack", headers=_h(rng, **b), body={
            "utpadak_sankhya": L(GROWER, UID), "katni_id": obj(rng, "kt"),
            "suta": [{"shreni": "6 suta", "kg": 140}, {"shreni": "5 suta", "kg": 180},
                     {"shreni": "4 suta", "kg": 100}],
            "mashin": "grader_02"}),
        case(f, f"{a}/api/v1/bhav", headers=_h(rng, **b), query={
            "jila": L(HOME["district"], COARSE), "din": "2026-01-14", "utpad": "gurri"}),
        case(f, f"{a}/api/v1/bikri", headers=_h(rng, **b), body={
            "kretaa": PROCESSOR["id"], "gurri_kg": 380, "dar_prati_kg": 310,
            "kul_rashi": L(117800, BUY), "bikri": L(SALE, BUY),
            "kretaa_thaam": {"lat": PROCESSOR["lat"], "lng": PROCESSOR["lon"]},
            "utha_tithi": "2026-01-16"}),
        multipart(f, f"{a}/api/v1/bikri/photo", [
            ("photo", "gurri_dher.jpg", "image/jpeg", L(JPEG + b"\x87", MEDIA)),
            ("meta", None, "application/json", {"bikri": L(SALE, BUY), "kg": 380})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/majdoori", headers=_h(rng, **b), body={
            "majdoor": {"naam": L(LABOURER[0], NAMEC), "mobail": L(LABOURER[1], TEL),
                        "khata_sankhya": L(LABOURER[2], PAY)},
            "din": 6, "rashi": L(4200, BUY), "katni_id": obj(rng, "kt")}),
        hisab,
        case(f, f"{a}/api/v1/bhugtaan/khata", headers=_h(rng, **b), body={
            "khata_dharak": L(f"{FIRST} {LAST}", NAMEC), "khata_sankhya": L(BANK["account"], PAY),
            "ifsc": BANK["ifsc"], "bank": BANK["bank"], "pan": L(PAN, NID),
            "utpadak_sankhya": L(GROWER, UID)}),
        case(f, f"{a}/api/v1/bhugtaan", headers=_h(rng, **b), query={
            "utpadak_sankhya": L(GROWER, UID), "sthiti": "sab"}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "katni", "gurri_kg": 95, "lat": L(f"{POND_FIX[0] + 0.0002:.5f}", PRECISE),
             "lng": L(f"{POND_FIX[1] - 0.0003:.5f}", PRECISE), "t": 1757830200},
            {"op": "kharcha", "mad": "diesel pump", "rashi": L(650, BUY),
             "by": L(GROWER, UID)},
            {"op": "kharcha", "mad": "jaal", "rashi": L(1200, BUY), "by": L(GROWER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sandesh", headers=_h(rng, **b), body={
            "prapak": PROCESSOR["id"], "thread": obj(rng, "th"),
            "sandesh": L("Gurri kaalhi bhor taiyar rahat. Gaadi ainai sa pahine Ravikant Jha ke "
                         "+919931045127 par phone karu.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/mausam", headers=_h(rng, **b), query={
            "lat": L(f"{POND_FIX[0]:.2f}", COARSE), "lng": L(f"{POND_FIX[1]:.2f}", COARSE),
            "din": "3"}),
        case(f, f"{a}/api/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("makhana dryer bhada Darbhanga", SEARCH), "panna": "1"}),
        case(f, f"{a}/api/v1/rasid/naya", headers=_h(rng, how="none"), cookies={
            "mp_satra": L(opaque(rng, "", 40), CRED), "mp_yantra": L(INSTALL_ID, DID),
            "mp_req": rid(rng)}),
        case(f, f"{a}/api/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatna": [
                ev("katni_darj", 1, kg=420), ev("bikri", 2, rashi=L(117800, BUY)),
                ev("parda", 3, parda=L("Hisab", USAGE))]}),
        case(f, f"{a}/api/v1/nikas", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID),
            "bhasha": L("mai", DEV)}),
    ]


def makhanpokhar_sdks() -> list[Case]:
    rng = random.Random(28702)
    return [
        lj_batch(APP, rng, [("Harvest Logged", {"kg": 420}),
                            ("Sale Offered", {"total": L(117800, BUY)})],
                 at=POND_FIX, nd=2),
        lj_identify(APP, rng, {"jila": L("Darbhanga", COARSE), "utpadak": L(GROWER, UID),
                               "pokhari_acre": 1.4}),
        sp_launch(APP, rng, first=True),
        sp_event(APP, rng, "sale", {"bikri": L(SALE, BUY)}, revenue=117800.0, hashed=True),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="makhana,krishi,pump"),
        hb_notice(APP, rng, "win"),
        tp_crash(APP, rng, ("java.lang.IllegalStateException", "grader sheet empty"),
                 [tp_crumb("nav", "Katni -> Chhatai"),
                  tp_crumb("net", "POST", {"url": f"{APP.api}/api/v1/chhatai", "status": 500})],
                 screen="ChhataiActivity"),
        gb_register(APP, rng, lang="mai", at=HOME_AT, nd=3,
                    tags={"jila": L("Darbhanga", COARSE), "fasal": "makhana"}),
        tk_upi(APP, rng, "117800.00", L(UPI, PAY), payout=True),
        ng_geocode(APP, rng, "Mithila Makhana Udyog", SEARCH, near=POND_FIX, nd=3),
        mb_message(APP, rng, L(f"Bikri {SALE} ka bhugtaan abhi dhari nai aayal", f"{TEXT}|{BUY}"),
                   {"utpadak": L(GROWER, UID)}),
    ]
