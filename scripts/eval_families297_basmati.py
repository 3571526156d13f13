"""Basmati contract-farming app "Mehakkhet" (an exporter, Example Agro Exports, buys export-grade
basmati from growers around Hiranagar under contract: seed on credit, a spray log it audits for
residues, a sample test, a procurement slot at its centre, the weighing slip and payment to the
grower's bank account; she registers as the grower for her father-in-law's 16 kanal in the
family's village). Its API's keys are Dogri in Latin letters, ASCII-folded, with English loans:
``kisan`` grower, ``naa`` name, ``upnaa`` surname, ``mobail`` mobile, ``sah_kisan`` co-grower,
``graan`` village, ``tehsil``, ``zila`` district, ``khet`` field, ``khasra`` land-record number,
``rakba_kanal`` area in kanal, ``seema`` boundary, ``kisam`` variety, ``beej`` seed, ``bijaai``
transplanting, ``mazdoor`` labourers, ``chhirkaa`` spraying, ``dawai`` pesticide, ``namuna``
sample, ``katai`` harvest, ``nami`` moisture, ``tol`` weighing, ``parchi`` slip, ``bhaa`` rate,
``rakam`` amount, ``agrim`` advance, ``adaigiyan`` payments, ``khata`` bank account, ``gaddi``
vehicle, ``chalak`` driver, ``kendra`` centre, ``thaan`` place, ``sneha`` message, ``tasveer``
photo, ``ghatnavaan`` events. Sign-up with her Aadhaar and her father-in-law as co-grower, an SMS
code, ``/mera``, the field's boundary, seed, transplanting with her fix, the spray log
(msgpack), a leaf photo, the residue sample and its result, the harvest with her fix, the
procurement slot (her husband drives), the check-in at the weighbridge, the weighing slip, the
payout account (her PAN), payments by grower number in the path, an advance, an offline sync
(JSON Lines), a message naming her father-in-law, rates, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
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
from eval_families24_kit import claims
from eval_families297_kit import (
    AADHAAR,
    CENTRE,
    CENTRE_FIX,
    FATHER_IL,
    FIELD_AT,
    FIELD_FIX,
    GROWER,
    HOME_AT,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    KHASRA,
    PAN,
    UPI,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import mk_batch, mk_identify, mk_pixel, tr_event, tr_launch
from eval_families297_svc import cr_upi, fp_eval, hc_message, ms_geocode, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mehakkhet", "Mehakkhet", "com.example.mehakkhet", "1.9.4",
          "https://api.mehakkhet.example.net")
IID = "X-Mehak-Install"
NID = "personal.national_id"
SLIP = "WS-25-11-0442"  # the weighing slip (her sale: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, doi=True, **kw)


def mehakkhet() -> list[Case]:
    rng = random.Random(29731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kisan=L(GROWER, UID), mobail=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    cla, clo = fix(CENTRE_FIX)
    khet = obj(rng, "kh")
    sample = obj(rng, "nm")
    pays = at_path(case(f, f"{a}/v1/kisan/{GROWER}/adaigiyan", headers=_h(rng, **b),
                        query={"mausam": "kharif-2025"}), GROWER, UID)
    return [
        case(f, f"{a}/v1/kisan/register", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "upnaa": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "aadhaar": L(AADHAAR, NID), "kisan_nambar": L(GROWER, UID),
            "sah_kisan": {"naa": L(FATHER_IL[0], NAMEC), "mobail": L(FATHER_IL[1], TEL),
                          "rishta": "sohra"},
            "graan": L(VILLAGE, COARSE), "tehsil": L("Hiranagar", COARSE),
            "zila": L("Kathua", COARSE), "contract": "ct_kharif25_1121"}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("771402", CRED)}),
        case(f, f"{a}/v1/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/khet", headers=_h(rng, **b), body={
            "kisan": L(GROWER, UID), "khet": khet, "khasra": KHASRA, "rakba_kanal": 16,
            "kisam": "Pusa Basmati 1121",
            "seema": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FIELD_AT]}),
        case(f, f"{a}/v1/beej", fmt="form", headers=_h(rng, **b), body={
            "kisan": L(GROWER, UID), "kisam": "PB1121", "kg": "20", "rakam": L("2400", BUY),
            "udhaar": "1"}),
        case(f, f"{a}/v1/bijaai", headers=_h(rng, **b), body={
            "khet": khet, "tarik": "2025-07-02", "mazdoor": 8,
            "thaan": {"lat": fla, "lng": flo, "sateek": 6}}),
        case(f, f"{a}/v1/chhirkaa", fmt="msgpack", headers=_h(rng, **b), body={
            "khet": khet, "tarik": "2025-08-19", "dawai": "neem oil 1500 ppm", "litre": 2,
            "note": L("Sirf uttar paase chhirkaa, bhure dhabbe thode ne", TEXT),
            "kisan": L(GROWER, UID)}),
        multipart(f, f"{a}/v1/khet/tasveer", [
            ("tasveer", "patti.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {
                "khet": khet, "kisan": L(GROWER, UID),
                "sneha": L("Pattiyen par bhure dhabbe, blast te nahin?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/namuna", headers=_h(rng, **b), body={
            "namuna": sample, "khet": khet, "lab": "lab_jmu_02", "tarik": "2025-10-20"}),
        case(f, f"{a}/v1/namuna/result", headers=_h(rng, **b), query={
            "namuna": sample, "kisan": L(GROWER, UID)}),
        case(f, f"{a}/v1/katai", headers=_h(rng, **b), body={
            "khet": khet, "tarik": "2025-10-28", "quintal": 42.5, "nami": 17.2,
            "thaan": {"lat": L(round(FIELD_FIX[0], 5), PRECISE),
                      "lng": L(round(FIELD_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/v1/slot", headers=_h(rng, **b), body={
            "kisan": L(GROWER, UID), "kendra": CENTRE["id"], "tarik": "2025-11-06",
            "vela": "08:00-10:00", "gaddi": "JK08B4417",
            "chalak": {"naa": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/kendra/checkin", headers=_h(rng, **b), body={
            "kendra": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lng": CENTRE["lon"]},
            "thaan": {"lat": cla, "lng": clo}, "token": "T-118", "kisan": L(GROWER, UID)}),
        case(f, f"{a}/v1/tol", fmt="form", headers=_h(rng, **b), body={
            "parchi": L(SLIP, BUY), "quintal": "41.80", "nami": "16.9", "bhaa": "4150",
            "rakam": L("173470", BUY), "kisan": L(GROWER, UID)}),
        case(f, f"{a}/v1/khata", headers=_h(rng, **b), body={
            "kisan": L(GROWER, UID), "khate_aala": L(f"{FIRST} {LAST}", NAMEC),
            "khata": L(IN_ACCOUNT, PAY), "ifsc": IFSC, "bank": "Example Bank",
            "pan": L(PAN, NID)}),
        pays,
        case(f, f"{a}/v1/agrim", fmt="form", headers=_h(rng, **b), body={
            "kisan": L(GROWER, UID), "rakam": L("20000", BUY), "khata_antim4": L("1652", PAY)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "chhirkaa", "khet": khet, "tarik": "2025-09-03", "by": L(GROWER, UID)},
            {"op": "katai", "khet": khet, "quintal": 42.5,
             "lat": L(round(FIELD_FIX[0], 4), PRECISE), "lng": L(round(FIELD_FIX[1], 4), PRECISE)},
            {"op": "tol", "parchi": L(SLIP, BUY), "rakam": L(173470, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sneha", headers=_h(rng, **b), body={
            "to": "field_officer_hrn",
            "text": L("Visit se pehle mere sohre Bachan Singh Jamwal gi +919419611208 par fon "
                      "karo", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/bhaa", headers=_h(rng, **b), query={
            "kisam": "PB1121", "kendra": CENTRE["id"], "mausam": "kharif-2025"}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "doi_IN")),
        case(f, f"{a}/v1/ghatnavaan", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatnavaan": [
                ev("slot_booked", 1), ev("screen", 2, screen=L("Adaigiyan", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def mehakkhet_sdks() -> list[Case]:
    rng = random.Random(29732)
    return [
        mk_batch(APP, rng, [("Slot Booked", {"centre": CENTRE["id"]}),
                            ("Slip Confirmed", {"amount": L(173470, BUY)})],
                 at=FIELD_FIX, nd=2, locale="doi_IN"),
        mk_identify(APP, rng, {"graan": L(VILLAGE, COARSE), "zila": L("Kathua", COARSE),
                               "kisan": L(GROWER, UID)}),
        mk_pixel(APP, rng, "Rates Opened", {"variety": "PB1121"}),
        tr_launch(APP, rng, user=True),
        tr_event(APP, rng, "contract_signed", {"contract": "ct_kharif25_1121"}),
        fp_eval(APP, rng, {"zila": L("Kathua", COARSE), "role": "grower"}),
        pg_register(APP, rng, lang="doi", at=FIELD_FIX, nd=2,
                    tags={"zila": L("Kathua", COARSE)}),
        cr_upi(APP, rng, "173470", L(UPI, PAY)),
        ms_geocode(APP, rng, "Hiranagar procurement centre", SEARCH, near=HOME_AT, nd=3),
        ms_route(APP, rng, [(FIELD_FIX, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)]),
        hc_message(APP, rng, L(f"Payment for slip {SLIP} is not in my account yet",
                               f"{TEXT}|{BUY}"), {"kisan": L(GROWER, UID)}),
    ]
