"""Common service centre app "Sewakendra" (the Lalbagh "pragya kendra" fills forms, takes bill
payments and money transfers and books Aadhaar updates; keys Maithili in Latin letters with the
office words a centre keeps: ``nagrik`` citizen, ``naam`` first name, ``upnaam`` surname,
``pita_ke_naam`` father's name, ``mobail`` mobile, ``gupt_shabd`` password, ``janm_tithi`` birth
date, ``ling`` sex (``mahila``), ``pata`` address, ``jila`` district, ``rajya`` state, ``seva``
service, ``aavedan`` application, ``dastavej`` documents, ``rashi`` amount, ``bhugtaan`` payment,
``pension``, ``jeevan_praman`` life certificate, ``pensionbhogi`` pensioner, ``bijli``
electricity, ``upbhokta_sankhya`` consumer number, ``bakaya`` dues, ``dhan_preshan`` money
transfer, ``prapt_karta`` recipient, ``khata`` account, ``bachcha`` child, ``chhapai``
printing, ``panna`` pages, ``sandesh`` message, ``recharge``, mixed with ``email``, ``pan``,
``oci``, ``passport``, ``aadhaar``, ``ppo``, ``ifsc``, ``upi``): registration, log-in,
``/hamar``, the services, a PAN application (her OCI card and passport, gzip), the documents'
scans, the fee by UPI, her mother-in-law's pension life certificate (Aadhaar, PPO), the
electricity bill, dues by consumer number in the path, a money transfer to the pond diver, her
son's Aadhaar update appointment, her check-in at the centre, a print job, the application's
status, a message to the operator, a phone recharge for her mother-in-law, an offline receipts
sync (JSON Lines), a preferences cookie (base64 JSON), push and events. No earlier set has a
service centre ("common service", "aeps", "bank correspondent" matched nothing; "cyber" one
other kind)."""

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
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families287_kit import (
    BANK,
    CENTRE,
    CENTRE_FIX,
    CONSUMER,
    HOME,
    HOME_AT,
    LABOURER,
    MIL_AADHAAR,
    MIL_PPO,
    MOTHER_IL,
    OCI,
    PASSPORT,
    SON,
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
    lj_pixel,
    sp_launch,
    tp_crash,
    tp_crumb,
)
from eval_families287_svc import gb_register, jh_eval, mb_message, ng_route, tk_upi
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("sewakendra", "Sewakendra", "com.example.sewakendra", "4.0.2",
          "https://api.sewakendra.example.net")
IID = "X-Sewa-Device"
PW = "Lalbagh!Kendra14"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ACK = "881030018822417"  # the PAN application's acknowledgement (a negative: see set's docstring)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sewakendra() -> list[Case]:
    rng = random.Random(28761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mobail=L(E164, TEL),
                                    kendra=CENTRE["id"]))}
    cla, clo = fix(CENTRE_FIX)
    dues = at_path(case(f, f"{a}/v1/bijli/{CONSUMER}/bakaya", headers=_h(rng, **b),
                        query={"board": "uttar_bihar_discom"}), CONSUMER, UID)
    return [
        case(f, f"{a}/v1/nagrik/panjiyan", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upnaam": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "gupt_shabd": L(PW, CRED), "janm_tithi": L(DOB, BIRTH),
            "ling": L("mahila", GENDER), "jila": L(HOME["district"], COARSE)}),
        case(f, f"{a}/v1/pravesh", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "gupt_shabd": L(PW, CRED), "kendra": CENTRE["id"]}),
        case(f, f"{a}/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/seva/suchi", headers=_h(rng, **b), query={"kendra": CENTRE["id"]}),
        case(f, f"{a}/v1/pan/aavedan", gz=True, headers=_h(rng, **b), body={
            "prapatra": "49AA", "naam": L(FIRST, NAMEC), "upnaam": L(LAST, NAMEC),
            "pita_ke_naam": L("Robert Doe", NAMEC), "janm_tithi": L(DOB, BIRTH),
            "ling": L("mahila", GENDER), "rashtriyata": "USA", "oci": L(OCI, NID),
            "passport": L(PASSPORT, NID), "pata": L(HOME["line"], ADDR),
            "nagar": L(HOME["town"], COARSE), "jila": L(HOME["district"], COARSE),
            "rajya": L(HOME["state"], COARSE), "pin": L(HOME["pin"], COARSE),
            "mobail": L(E164, TEL), "email": L(EMAIL, MAIL), "aay_srot": "kheti"}),
        multipart(f, f"{a}/v1/dastavej", [
            ("passport", "passport.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NID}")),
            ("oci", "oci_card.jpg", "image/jpeg", L(JPEG + b"\xc4", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"aavedan": "pan_49aa", "panna": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bhugtaan", fmt="form", headers=_h(rng, **b), body={
            "seva": "pan_49aa", "rashi": L("1017.00", BUY), "upi": L(UPI, PAY),
            "sandarbh": rid(rng)}),
        case(f, f"{a}/v1/pension/jeevan_praman", headers=_h(rng, **b), body={
            "pensionbhogi": {"naam": L(MOTHER_IL[0], NAMEC), "ppo": L(MIL_PPO, UID),
                             "aadhaar": L(MIL_AADHAAR, NID), "mobail": L(MOTHER_IL[1], TEL)},
            "vibhag": "Bihar Rajya Pension", "yantra": "rd_fp_0931"}),
        case(f, f"{a}/v1/bijli/bill", headers=_h(rng, **b), body={
            "upbhokta_sankhya": L(CONSUMER, UID), "maas": "2025-12", "rashi": L(1846, BUY),
            "board": "uttar_bihar_discom"}),
        dues,
        case(f, f"{a}/v1/dhan_preshan", headers=_h(rng, **b), body={
            "prapt_karta": {"naam": L(LABOURER[0], NAMEC), "mobail": L(LABOURER[1], TEL),
                            "khata": L(LABOURER[2], PAY), "ifsc": "EXGB0001102"},
            "rashi": L(4200, BUY), "bhejne_wala_khata": L(BANK["account"], PAY),
            "sandarbh": rid(rng)}),
        case(f, f"{a}/v1/aadhaar/samay", headers=_h(rng, **b), body={
            "bachcha": {"naam": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "aadhaar": L(SON["aadhaar"], NID), "janm_tithi": L(SON["dob"], BIRTH)},
            "seva": "biometric_update_5_15", "samay": obj(rng, "sl")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "kendra": CENTRE["id"], "thaam": {"lat": cla, "lng": clo, "sateekta": 9},
            "kendra_thaam": {"lat": CENTRE["lat"], "lng": CENTRE["lon"]}}),
        multipart(f, f"{a}/v1/chhapai", [
            ("file", "kiraya_anubandh.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"panna": 4, "rang": False, "prati": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aavedan/sthiti", headers=_h(rng, **b), query={
            "sankhya": ACK, "seva": "pan_49aa"}),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "kendra": CENTRE["id"],
            "sandesh": L(f"Bhaiya, PAN card ghar pathaa debai: {HOME['line']}, Darbhanga",
                         f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v1/recharge", fmt="form", headers=_h(rng, **b), body={
            "mobail": L(MOTHER_IL[1], TEL), "operator": "EX-BR", "rashi": L("299", BUY),
            "yojana": "28din_1.5gb"}),
        lines(f, f"{a}/v1/sync", [
            {"op": "rasid", "seva": "bijli", "rashi": L(1846, BUY), "by": L(USER_ID, UID)},
            {"op": "rasid", "seva": "pan_49aa", "rashi": L(1017, BUY), "by": L(USER_ID, UID)},
            {"op": "rasid", "seva": "recharge", "rashi": L(299, BUY), "by": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pasand", headers=_h(rng, **b), cookies={
            "sk_satra": L(opaque(rng, "", 40), CRED),
            "sk_pasand": W({"nagrik": L(USER_ID, UID), "bhasha": L("en", DEV),
                            "kendra": CENTRE["id"]}, "b64json")}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatna": [
                ev("seva_chunal", 1, seva="pan_49aa"),
                ev("parda", 2, parda=L("Pension", USAGE))]}),
    ]


def sewakendra_sdks() -> list[Case]:
    rng = random.Random(28762)
    return [
        lj_batch(APP, rng, [("Service Chosen", {"service": "pan_49aa"}),
                            ("Bill Paid", {"amount": L(1846, BUY)})],
                 at=CENTRE_FIX, nd=2),
        lj_pixel(APP, rng, "Status Checked", {"service": "pan_49aa"}),
        sp_launch(APP, rng, user=True),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="bill,recharge,pan"),
        hb_notice(APP, rng, "imp"),
        tp_crash(APP, rng, ("java.io.IOException", "upload reset"),
                 [tp_crumb("nav", "Dastavej -> Upload"),
                  tp_crumb("net", "POST", {"url": f"{APP.api}/v1/dastavej", "status": 0})],
                 screen="DastavejActivity"),
        jh_eval(APP, rng, {"kendra": CENTRE["id"], "jila": L("Darbhanga", COARSE)}, hdr=True),
        gb_register(APP, rng, at=CENTRE_FIX, nd=2, tags={"kendra": CENTRE["id"]}),
        tk_upi(APP, rng, "1846.00", L(UPI, PAY)),
        ng_route(APP, rng, [(HOME_AT, PRECISE), ((CENTRE["lat"], CENTRE["lon"]), None)],
                 mode="walking"),
        mb_message(APP, rng, L("PAN aavedan ke rasid email par nai aayal", TEXT),
                   {"kendra": CENTRE["id"]}),
    ]
