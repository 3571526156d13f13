"""Pune tiffin (lunchbox) delivery app "Dabbasakhi" (its API's keys are romanised Marathi:
``naav`` name, ``aadnaav`` family name, ``durdhvani_kramank`` phone number, ``patta`` address,
``shahar`` city, ``aadhar_kramank`` Aadhaar number, ``janma_tarikh`` birth date, ``sanketshabd``
password, ``navra`` husband; also ``virop`` e-mail, ``linga`` gender, ``sadanika`` flat,
``akshansh``/``rekhansh`` latitude/longitude, ``magni`` order, ``rakkam`` amount, ``suchana``
note): sign-up, log-in, an SMS code, ``/me``, the flat and her husband's office as delivery
addresses, serviceability, the week's menu, a monthly plan with fasting days, diet notes, an
extra order by UPI and its status by number in the path, tracking, a pause while she is in New
York, empty boxes returned, a rating, a pay-later account with Aadhaar e-KYC, a wallet top-up, a
referral, a complaint photo, push, events and the wallet by a cookie GET."""

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
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix
from eval_families123_kit import (
    AADHAAR,
    HOME_AT,
    HOME_PN,
    HUSBAND,
    KITCHEN,
    NATID,
    RIDER,
    SACHIN_OFFICE,
    UPI_VPA,
    PuneApp,
    hh,
)
from eval_families123_sdk import (
    gk_batch,
    gk_identify,
    jx_bid,
    tf_crash,
    tf_crumb,
    vl_event,
    vl_session,
)
from eval_families123_svc import gn_register, md_message, nx_reverse, pp_upi
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = PuneApp("dabbasakhi", "Dabbasakhi", "com.example.dabbasakhi", "3.9.2",
              "https://api.dabbasakhi.example.com")
IID = "X-DS-Upkaran"
PW = "Kothrud@Poli77"
MAGNI = "DS-251209-4471"  # an extra order's number (financial.purchase)
FR_CODE = "DABBA50"  # a campaign code every user shares (a negative)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, **kw)


def dabbasakhi() -> list[Case]:
    rng = random.Random(12301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, durdhvani=L(E164, TEL), virop=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT)
    tlab: dict[str, str] = {}
    track = pb([(1, L(MAGNI, BUY)), (2, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
                (3, RIDER["id"]), (4, 1765260120)], "", tlab)
    sthiti = at_path(case(f, f"{a}/api/v1/magni/{MAGNI}/sthiti", headers=_h(rng, **b)),
                     MAGNI, BUY)
    return [
        case(f, f"{a}/api/v1/sadasya/nondani", headers=_h(rng), body={
            "naav": L(FIRST, NAMEC), "aadnaav": L(LAST, NAMEC), "virop": L(EMAIL, MAIL),
            "durdhvani_kramank": L(E164, TEL), "sanketshabd": L(PW, CRED),
            "janma_tarikh": L("17-05-1991", BIRTH), "linga": L("stree", GENDER),
            "shahar": L(HOME_PN["shahar"], COARSE), "bhasha": L("mr", DEV),
            "whatsapp_sammati": True}),
        case(f, f"{a}/api/v1/pravesh", fmt="form", headers=_h(rng), body={
            "durdhvani_kramank": L(DIGITS, TEL), "sanketshabd": L(PW, CRED), "lakshat": "1"}),
        case(f, f"{a}/api/v1/otp/satyapan", headers=_h(rng), body={
            "durdhvani_kramank": L(PHONE, TEL), "otp": L("418207", CRED),
            "sandarbh": rid(rng)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/patte", headers=_h(rng, **b), body={
            "prakar": "ghar", "patta": L(HOME_PN["line"], ADDR),
            "khuna": L("Karishma chowk javal, Kothrud", ADDR),
            "shahar": L(HOME_PN["shahar"], COARSE), "pin_code": L(HOME_PN["pin"], COARSE),
            "akshansh": hla, "rekhansh": hlo, "mukhya": True}),
        case(f, f"{a}/api/v1/patte", headers=_h(rng, **b), body={
            "prakar": "karyalay", "navra": {"naav": L(HUSBAND[0], NAMEC),
                                            "durdhvani_kramank": L(HUSBAND[1], TEL)},
            "patta": L(SACHIN_OFFICE["line"], ADDR), "shahar": L("Pune", COARSE),
            "pin_code": L(SACHIN_OFFICE["pin"], COARSE), "mukhya": False}),
        case(f, f"{a}/api/v1/seva/uplabdhata", headers=_h(rng, **b), query={
            "akshansh": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "rekhansh": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "pin": L(HOME_PN["pin"], COARSE)}),
        case(f, f"{a}/api/v1/menu/saptahik", headers=_h(rng, **b), query={
            "swaypakghar": KITCHEN["id"], "aathavda": "2025-W50", "prakar": "shakahari"}),
        case(f, f"{a}/api/v1/yojana", headers=_h(rng, **b), body={
            "yojana": L("masik_shakahari_2vel", BUY), "rakkam": L("4200.00", BUY),
            "suruvat_dinank": "2025-12-01", "vel": ["dupari", "ratri"], "dabba_sankhya": 2,
            "tikhat": "madhyam", "upvas_divas": [L("ekadashi", SENS), L("sankashti", SENS)],
            "swaypakghar": KITCHEN["id"]}),
        case(f, f"{a}/api/v1/aahar/suchana", headers=_h(rng, **b), body={
            "suchana": L("Doctor ne sangitlyapramane kami ayodin meeth vapra, mala Graves "
                         "thyroid aahe", f"{TEXT}|{MED}"),
            "allergy": [L("shengdana", MED)], "kanda_lasun": True}),
        case(f, f"{a}/api/v1/magni", headers=_h(rng, **b), body={
            "magni_kramank": L(MAGNI, BUY), "dinank": "2025-12-09",
            "padartha": [{"naav": "puran poli", "sankhya": 2, "kimmat": 60},
                         {"naav": "masale bhaat", "sankhya": 1, "kimmat": 90}],
            "ekun_rakkam": L("210.00", BUY), "pradan": "upi", "upi_patta": L(UPI_VPA, PAY),
            "swaypakghar": {"id": KITCHEN["id"], "naav": KITCHEN["naav"],
                            "durdhvani": KITCHEN["durdhvani"]}}),
        sthiti,
        raw(f, f"{a}/api/v1/delivery/thet", track, "application/x-protobuf", tlab,
            headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/api/v1/sthagit", headers=_h(rng, **b), body={
            "pasun": "2025-12-18", "paryant": "2026-01-05",
            "karan": L("Natalasathi New Yorkla jat aahe, 5 tarkhela parat", f"{TEXT}|{COARSE}"),
            "yojana": L("masik_shakahari_2vel", BUY)}),
        case(f, f"{a}/api/v1/dabba/parat", fmt="form", headers=_h(rng, **b), body={
            "dabbe": "DB-0771,DB-0772", "vel": "17:30", "sadanika": L(HOME_PN["sadanika"], ADDR),
            "rider": RIDER["id"]}),
        case(f, f"{a}/api/v1/abhipray", fmt="form", headers=_h(rng, **b), body={
            "magni": L(MAGNI, BUY), "gun": "4",
            "abhipray": L("Varan chhan hota pan poli thodi kadak hoti", TEXT)}),
        case(f, f"{a}/api/v1/khata/kyc", headers=_h(rng, **b), body={
            "aadhar_kramank": L(AADHAAR, NATID), "naav": L(NAME, NAMEC),
            "janma_tarikh": L("1991-05-17", BIRTH), "patta": L(HOME_PN["line"], ADDR),
            "shahar": L("Pune", COARSE), "sammati": True, "sandarbh": rid(rng)}),
        case(f, f"{a}/api/v1/khata/kyc/otp", fmt="form", headers=_h(rng, **b), body={
            "aadhar_shesh4": L(AADHAAR[-4:], NATID), "otp": L("552918", CRED),
            "sandarbh": rid(rng)}),
        case(f, f"{a}/api/v1/wallet/bharna", fmt="form", headers=_h(rng, **b), body={
            "rakkam": L("1000", BUY), "upi_patta": L(UPI_VPA, PAY), "chalan": "INR"}),
        case(f, f"{a}/api/v1/sandarbha", headers=_h(rng, **b), body={
            "mitra_naav": L("Manasi Joshi", NAMEC), "mitra_durdhvani": L("+919850112233", TEL),
            "sandesh": L("Ghari sarkha jevan! ha code vapar ani 50 rupaye sut", TEXT),
            "code": FR_CODE}),
        multipart(f, f"{a}/api/v1/takrar", [
            ("photo", "dabba.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("tapshil", None, "application/json", {
                "magni": L(MAGNI, BUY), "takrar": L("Chukicha dabba ala, yaat kanda aahe",
                                                     TEXT), "prakar": "chukicha_padartha"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/upkaran", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "upkaran_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "pranali": L("Android 14", DEV),
            "bhasha": L("mr_IN", DEV), "vel_kshetra": L("Asia/Kolkata", DEV)}),
        case(f, f"{a}/api/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "sadasya": L(USER_ID, UID), "ghatana": [
                ev("yojana_ghetli", 1, yojana="masik"), ev("menu_pahila", 2),
                ev("screen", 3, screen=L("DabbaTrack", USAGE))]}),
        case(f, f"{a}/api/v1/wallet/shillak", headers=_h(rng, how="none"),
             cookies={"ds_satra": L(opaque(rng, "", 40), CRED),
                      "ds_upkaran": L(INSTALL_ID.upper(), DID), "ds_bhasha": L("mr", DEV)}),
    ]


def dabbasakhi_sdks() -> list[Case]:
    rng = random.Random(12302)
    return [
        gk_batch(APP, rng, [("Plan Subscribed", {"plan": L("masik_shakahari_2vel", BUY),
                                                 "amount": L(4200, BUY)}),
                            ("Menu Viewed", {"week": "2025-W50"})],
                 at=HOME_AT, nd=2, locale="mr-IN"),
        gk_identify(APP, rng, {"city": L("Pune", COARSE), "pincode": L("411038", COARSE),
                               "plan": L("masik_shakahari_2vel", BUY), "lang": L("mr", DEV)}),
        vl_session(APP, rng, first=True),
        vl_event(APP, rng, "subscribe", {"plan": L("masik_shakahari_2vel", BUY),
                                         "kitchen": KITCHEN["id"]}, revenue=4200.0, hashed=True),
        jx_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords="tiffin,ghar ka khana,pune"),
        tf_crash(APP, rng, ("java.lang.IllegalStateException", "rider marker without position"),
                 [tf_crumb("nav", "Home -> DabbaTrack"),
                  tf_crumb("net", "GET", {"url": f"{APP.api}/api/v1/delivery/thet",
                                          "status": 200})], screen="DabbaTrackActivity"),
        gn_register(APP, rng, tags={"shahar": L("Pune", COARSE), "yojana": "masik"},
                    at=HOME_AT, nd=2, lang="mr"),
        pp_upi(APP, rng, "4200.00", "Dabbasakhi masik yojana"),
        nx_reverse(APP, rng, HOME_AT, PRECISE, 5),
        md_message(APP, rng, L(f"Aaj dupari dabba ala nahi, magni {MAGNI}", f"{TEXT}|{BUY}"),
                   {"magni": L(MAGNI, BUY), "shahar": L("Pune", COARSE)}),
    ]
