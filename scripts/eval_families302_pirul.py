"""A pine-needle collection and payout app "Pirulu" (pirul: the dry needles of the chir pine,
``kulain``, that carpet the slopes above Pauri and feed the spring forest fires; a briquette
unit buys them by the kilo and pays collectors to their bank or UPI; she and her mother-in-law
collect in the dry months). Its API's keys are Garhwali in camelCase, ASCII-folded:
``naun`` name, ``thar`` surname, ``phonNambar`` phone number, ``aadhaarNambar``, ``panNambar``,
``bankKhata`` bank account, ``khataDhaarak`` account holder, ``jalamTithi`` birth date,
``gaun``/``mohalla`` village/quarter, ``jila`` district, ``bora`` sack, ``taul`` weight,
``dar`` rate, ``kamai`` earnings, ``rakam`` amount, ``bhugtan`` payment, ``mero_thau`` my place,
``saathi`` partner collector, ``aag`` fire, ``sandesu`` message, ``sadak_kinar`` roadside,
``kulain_ban`` pine forest, ``otp``: sign-up with her Aadhaar and bank account, an OTP log-in,
``/mi``, rates, a collection log with her fix on the slope, a protobuf weighing slip, a sacks
photo, a roadside pick-up (msgpack), an offline weighing queue (JSON Lines), payouts by
collector number in the path, the payout account, the statement, her mother-in-law added as a
partner collector (her Aadhaar), a forest-fire report, the PAN declaration for tax at source
(gzip), a KYC link (base64 JSON in a form field), a message to the supervisor, earnings by cookie,
push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families302_kit import (
    AADHAAR,
    BANK,
    COLLECTOR,
    HOME,
    MOTHER_IL,
    PAN,
    SLOPE_FIX,
    UNIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import cr_session, mb_batch, mb_queue, tk_event, tk_launch
from eval_families302_svc import (
    cb_upi,
    cs_check,
    fm_eval,
    hj_message,
    md_reverse,
    pj_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pirulu", "Pirulu", "com.example.pirulu", "2.3.0", "https://api.pirulu.example.net")
IID = "X-Pirulu-Install"
NID = "personal.national_id"
MIL_AADHAAR = "829150374416"  # her mother-in-law's Aadhaar, typed by her (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, hi=True, **kw)


def pirulu() -> list[Case]:
    rng = random.Random(30211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sangrahak=L(COLLECTOR, UID), phon=L(E164, TEL)))}
    sla, slo = fix(SLOPE_FIX)
    lab: dict[str, str] = {}
    slip = pb([(1, L(COLLECTOR, UID)), (2, obj(rng, "slp")), (3, UNIT["id"]),
               (4, 186.5), (5, L(932.5, BUY)), (6, 1769904000),
               (7, [(1, UNIT["lat"]), (2, UNIT["lon"])])], "", lab)
    payouts = at_path(case(f, f"{a}/v2/sangrahak/{COLLECTOR}/bhugtan", headers=_h(rng, **b),
                           query={"mahina": "2026-02"}), COLLECTOR, UID)
    return [
        case(f, f"{a}/v2/panjikaran", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "phonNambar": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "jalamTithi": L(DOB, BIRTH),
            "aadhaarNambar": L(AADHAAR, NID), "mohalla": L(HOME["area"], COARSE),
            "gaun": L(HOME["town"], COARSE), "jila": L(HOME["district"], COARSE),
            "bankKhata": L(BANK["account"], PAY), "ifsc": L(BANK["ifsc"], PAY),
            "sangrahakNambar": L(COLLECTOR, UID), "samooh": "mahila"}),
        case(f, f"{a}/v2/otp/bhejo", fmt="form", headers=_h(rng), body={
            "phonNambar": L(E164, TEL), "madhyam": "sms"}),
        case(f, f"{a}/v2/otp/jaancha", fmt="form", headers=_h(rng), body={
            "phonNambar": L(E164, TEL), "otp": L("418275", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/dar", headers=_h(rng, **b), query={
            "ikai": UNIT["id"], "mausam": "2026-sukhu"}),
        case(f, f"{a}/v2/sangrah", headers=_h(rng, **b), body={
            "sangrahak": L(COLLECTOR, UID), "tarikh": "2026-02-03", "bora": 7,
            "anumanitTaul": 180, "kulain_ban": "kh_07",
            "mero_thau": {"lat": sla, "lng": slo, "sahi": 12}, "saathi": 1}),
        raw(f, f"{a}/v2/taul/parchi", slip, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/sangrah/photo", [
            ("photo", "bora_7.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {"sangrahak": L(COLLECTOR, UID), "bora": 7})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/uthau", fmt="msgpack", headers=_h(rng, **b), body={
            "sangrahak": L(COLLECTOR, UID), "bora": 9,
            "sadak_kinar": {"lat": L(round(SLOPE_FIX[0] + 0.00091, 5), PRECISE),
                            "lng": L(round(SLOPE_FIX[1] - 0.00043, 5), PRECISE)},
            "bagat": "subh 9-11", "truck": "tr_ghd_02"}),
        lines(f, f"{a}/v2/taul/sync", [
            {"slip": obj(rng, "slp"), "kg": 142.0, "rakam": L(710, BUY),
             "sangrahak": L(COLLECTOR, UID)},
            {"slip": obj(rng, "slp"), "kg": 97.5, "rakam": L(487.5, BUY),
             "sangrahak": L(COLLECTOR, UID)}],
            headers=_h(rng, **b)),
        payouts,
        case(f, f"{a}/v2/bhugtan/khata", headers=_h(rng, **b), body={
            "khataDhaarak": L(f"{FIRST} {LAST}", NAMEC), "bankKhata": L(BANK["account"], PAY),
            "ifsc": L(BANK["ifsc"], PAY), "upiId": L(BANK["upi"], PAY),
            "sangrahak": L(COLLECTOR, UID)}),
        case(f, f"{a}/v2/kamai/vivran", headers=_h(rng, **b), query={
            "sangrahak": L(COLLECTOR, UID), "bati": "2025-11-01", "tak": "2026-02-28",
            "format": "pdf"}),
        case(f, f"{a}/v2/saathi", headers=_h(rng, **b), body={
            "naun": L(MOTHER_IL[0], NAMEC), "phonNambar": L(MOTHER_IL[1], TEL),
            "aadhaarNambar": L(MIL_AADHAAR, NID), "rishta": "sasu",
            "hissa_pratishat": 50, "sangrahak": L(COLLECTOR, UID)}),
        case(f, f"{a}/v2/aag/suchna", headers=_h(rng, **b), body={
            "mero_thau": {"lat": L(round(SLOPE_FIX[0], 4), PRECISE),
                          "lng": L(round(SLOPE_FIX[1], 4), PRECISE)},
            "dhuaan_disha": "uttar-purab",
            "vivran": L("Kulain ka ban ma upar dhaar par aag lagi ch, hawa tez ch", TEXT)}),
        case(f, f"{a}/v2/kar/ghoshna", gz=True, headers=_h(rng, **b), body={
            "panNambar": L(PAN, NID), "naun": L(f"{FIRST} {LAST}", NAMEC),
            "varsh": "2025-26", "anumanitKamai": L(38400, BUY),
            "thikanu": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/kyc/jodo", fmt="form", headers=_h(rng, **b), body={
            "data": W({"aadhaarNambar": L(AADHAAR, NID), "phonNambar": L(NATIONAL, TEL),
                       "jalamTithi": L(DOB, BIRTH)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v2/sandesu", headers=_h(rng, **b), body={
            "ko": "supervisor_ghd",
            "sandesu": L("Byali ka 7 bora ki parchi abhi tak nahi ai, kripya dekha", TEXT)}),
        case(f, f"{a}/v2/kamai", headers=_h(rng, how="none"), cookies={
            "pr_sesan": L(opaque(rng, "", 40), CRED), "pr_install": L(INSTALL_ID, DID),
            "pr_req": rid(rng)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v2/ghatna", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "sesan": rid(rng), "ghatna": [
                ev("sangrah_darj", 1, bora=7), ev("screen", 2, screen=L("Kamai", USAGE))]}),
    ]


def pirulu_sdks() -> list[Case]:
    rng = random.Random(30212)
    return [
        mb_batch(APP, rng, [("Collection Logged", {"sacks": 7}),
                            ("Payout Viewed", {"amount": L(932.5, BUY)})],
                 at=SLOPE_FIX, nd=2, locale="hi_IN"),
        mb_queue(APP, rng, [("Weighing Synced", {"kg": 142.0}),
                            ("Fire Reported", {"district": L("Pauri Garhwal", COARSE)})]),
        tk_launch(APP, rng, first=True, user=True),
        tk_event(APP, rng, "first_payout", {"collector": L(COLLECTOR, UID)}, revenue=932.5),
        cr_session(APP, rng, secs=388),
        cs_check(APP, rng, {"analytics": True, "marketing": False}),
        fm_eval(APP, rng, {"unit": UNIT["id"], "district": L("Pauri Garhwal", COARSE)}),
        pj_register(APP, rng, lang="hi", tags={"unit": UNIT["id"], "samooh": "mahila"}),
        cb_upi(APP, rng, "932.50", L(BANK["upi"], PAY)),
        md_reverse(APP, rng, SLOPE_FIX, PRECISE, nd=5),
        hj_message(APP, rng, L(f"Payout for collector {COLLECTOR} is pending since 3 Feb",
                               f"{TEXT}|{UID}"), {"sangrahak": L(COLLECTOR, UID)}),
    ]
