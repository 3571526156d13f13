"""A Devi temple's Navratri lamp app "Manokamna Jyot" (``manokamna`` a wish, ``jyot`` the lamp;
a fictional trust app for the goddess's temple at Ratanpur near Bilaspur, where devotees pay for
a ghee or oil lamp kept burning in the lamp halls for the nine nights of Navratri, in their
names and with their wish, and watch the halls on a live camera; her religion as a married-in
member of a Hindu family: ``personal.sensitive``). Its API's keys are Chhattisgarhi in Latin
letters with the temple's Sanskrit-Hindi words: ``shraddhalu`` devotee, ``naanv`` first name,
``upnaanv`` surname, ``mobail`` mobile, ``gotra``, ``jot`` lamp (``ghee``/``tel``),
``manokamna`` wish, ``sankalp`` vow (the names it is made for), ``parv`` festival, ``prasad``
the blessed offering, ``pahunchai`` delivery, ``thikana`` address, ``darshan`` a viewing,
``daan`` donation, ``kosh`` fund, ``rasid`` receipt, ``upvas`` fast, ``umar`` age, ``sandesa``
message, ``khoj`` search, ``photu`` photo, ``jagha`` place, ``saas`` mother-in-law, with
``otp``, ``token``, ``id`` in English: registration, an OTP, ``/mor``, the lamp kinds, a ghee
lamp booked for the family's wish, its UPI payment, the lamp by receipt number in the path, the
live hall camera, prasad posted home, darshan slots for her and her mother-in-law, her check-in
at the temple (4 decimals), a donation (her PAN), a photo, a message to the trust, a search, the
family's vow list (msgpack), a bus seat from Bilaspur, a receipt by cookie, fasting-day
reminders, push and events. Set 297 has a jagran troupe bringing a temple's flame to a home and
set 149 a temple's puja bookings; a lamp kept at the temple for the nine nights ("kalash",
"jyot" as a lamp booked) matched nothing in the docstring grep."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families307_kit import (
    BSP_HOME_AT,
    HUSBAND,
    JYOT_NO,
    MOTHER_IL,
    PAN,
    RP_HOME,
    SON,
    TEMPLE,
    TEMPLE_FIX,
    UPI_VPA,
    fix,
    hd,
    obj,
    push,
)
from eval_families307_sdk import bf_bid, cd_session, mc_batch, mc_pixel, tn_event, tn_link
from eval_families307_svc import cl_wallet, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("manokamnajyot", "Manokamna Jyot", "com.example.manokamnajyot", "1.5.3",
          "https://api.manokamnajyot.example.org")
IID = "X-Jyot-Device"
BHAKT = "MJ-BH-771204"  # her devotee account (id.user)
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
MARRIED = HUSBAND[0].split()[1]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def jyot() -> list[Case]:
    rng = random.Random(30761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, bhakt_id=L(BHAKT, UID), mobail=L(E164, TEL)))}
    tla, tlo = fix(TEMPLE_FIX, 4)
    lamp = at_path(case(f, f"{a}/v1/jot/{JYOT_NO}", headers=_h(rng, **b)), JYOT_NO, BUY)
    return [
        case(f, f"{a}/v1/shraddhalu/panjiyan", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "upnaanv": L(MARRIED, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "gotra": L("Kashyap", SENS),
            "sahar": L(RP_HOME["town"], COARSE), "bhakt_id": L(BHAKT, UID)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("615302", CRED)}),
        case(f, f"{a}/v1/mor", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/jot/prakar", headers=_h(rng, **b), query={
            "mandir": TEMPLE["id"], "parv": "chaitra-navratri-2026"}),
        case(f, f"{a}/v1/jot/buking", headers=_h(rng, **b), body={
            "mandir": TEMPLE["id"], "jot": L("ghee", SENS), "parv": L("Chaitra Navratri", SENS),
            "sankalp": [L(f"{FIRST} {MARRIED}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "gotra": L("Kashyap", SENS),
            "manokamna": L("Dhruv ke takhna jaldi thik ho jaye aur ghar ma sukh-shanti rahay",
                           f"{TEXT}|{SENS}|{MED}|{NAMEC}"),
            "rakam": L(1501, BUY), "rasid": L(JYOT_NO, BUY), "bhakt_id": L(BHAKT, UID)}),
        case(f, f"{a}/v1/chukara", fmt="form", headers=_h(rng, **b), body={
            "rasid": L(JYOT_NO, BUY), "rakam": L("1501.00", BUY), "upi_id": L(UPI_VPA, PAY),
            "txn": rid(rng)}),
        lamp,
        case(f, f"{a}/v1/jot/live", headers=_h(rng, **b), query={
            "rasid": L(JYOT_NO, BUY), "kaksh": "jyoti_kaksh_3", "stream": "hls"}),
        case(f, f"{a}/v1/prasad/pahunchai", headers=_h(rng, **b), body={
            "rasid": L(JYOT_NO, BUY), "naanv": L(f"{FIRST} {LAST}", NAMEC),
            "mobail": L(E164, TEL), "thikana": L(RP_HOME["line"], ADDR),
            "sahar": L(RP_HOME["town"], COARSE), "pin": L(RP_HOME["pin"], COARSE),
            "rakam": L(120, BUY)}),
        case(f, f"{a}/v1/darshan/slot", headers=_h(rng, **b), body={
            "mandir": TEMPLE["id"], "tithi": "2026-03-26", "slot": obj(rng, "ds"),
            "log": [{"naanv": L(f"{FIRST} {MARRIED}", NAMEC), "umar": L(34, BIRTH)},
                    {"naanv": L(MOTHER_IL[0], NAMEC), "umar": L(69, BIRTH),
                     "wheelchair": L(True, MED)}]}),
        case(f, f"{a}/v1/darshan/checkin", headers=_h(rng, **b), body={
            "slot": obj(rng, "ds"), "jagha": {"lat": tla, "lng": tlo},
            "mandir_jagha": {"lat": TEMPLE["lat"], "lng": TEMPLE["lon"]}}),
        case(f, f"{a}/v1/daan", fmt="form", headers=_h(rng, **b), body={
            "kosh": L("annakshetra-bhandara", SENS), "rakam": L("2100", BUY),
            "pan": L(PAN, NID), "vidhi": L(opaque(rng, "pm_", 24), PAY), "80g": "haav"}),
        multipart(f, f"{a}/v1/photu", [
            ("photu", "mahamaya_darshan.jpg", "image/jpeg", L(JPEG + b"\x6d", MEDIA)),
            ("meta", None, "application/json", {
                "vivran": L("Saas ke sang Mai ke darshan, Navratri ke pahili din",
                            f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesa", headers=_h(rng, **b), body={
            "paane_wala": "trust_office",
            "sandesa": L(f"Rasid {JYOT_NO} ke jot live ma nai dikhat he, kaksh 3 ma khojen",
                         f"{TEXT}|{BUY}|{SENS}")}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("ashtami havan ke bera", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/sankalp/parivar", fmt="msgpack", headers=_h(rng, **b), body={
            "bhakt_id": L(BHAKT, UID), "parivar": [
                {"naanv": L(HUSBAND[0], NAMEC), "gotra": L("Kashyap", SENS)},
                {"naanv": L(KID, NAMEC), "janam_tithi": L(SON["dob"], BIRTH)},
                {"naanv": L(MOTHER_IL[0], NAMEC), "gotra": L("Kashyap", SENS)}]}),
        case(f, f"{a}/v1/yatra/bus", headers=_h(rng, **b), body={
            "bus": "bsp_rtp_0730", "tithi": "2026-03-26", "seat": 2,
            "chadhe_ke_jagha": L("Sarkanda, Bilaspur", COARSE), "rakam": L(160, BUY)}),
        case(f, f"{a}/v1/rasid/sab", headers=_h(rng, how="none"), cookies={
            "mj_satr": L(opaque(rng, "", 40), CRED), "mj_device": L(INSTALL_ID, DID),
            "mj_req": rid(rng)}),
        case(f, f"{a}/v1/panchang/yaad", headers=_h(rng, **b), cookies={
            "mj_pasand": W({"bhakt_id": L(BHAKT, UID), "upvas": [L("ekadashi", SENS),
                                                               L("navratri", SENS)]}, "b64json")},
             body={"yaad": True, "bera": "05:30"}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("jot_booked", 1, parv=L("chaitra-navratri", SENS)),
                ev("screen", 2, screen=L("LiveJot", USAGE))]}),
    ]


def jyot_sdks() -> list[Case]:
    rng = random.Random(30762)
    link = U("https://manokamnajyot.example.org/j", {"rasid": L(JYOT_NO, BUY), "src": "sms",
                                                      "m": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Jot Booked", {"kind": L("ghee", SENS), "total": L(1501, BUY)}),
                            ("Live Opened", {})], at=TEMPLE_FIX, nd=2, locale="hi_IN"),
        mc_pixel(APP, rng, "Panchang Opened", {"day": "2026-03-19"}),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"rasid": L(JYOT_NO, BUY)}, revenue=1501.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TEMPLE_FIX, nd=3,
               keywords="navratri,puja,ratanpur"),
        cd_session(APP, rng, secs=612),
        pt_register(APP, rng, lang="hi", at=BSP_HOME_AT, nd=2,
                    tags={"parv": L("navratri", SENS), "mandir": TEMPLE["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": True}),
        cl_wallet(APP, rng, "1501", L(UPI_VPA, PAY)),
        mm_route(APP, rng, [(BSP_HOME_AT, PRECISE), ((TEMPLE["lat"], TEMPLE["lon"]), None)]),
        hs_message(APP, rng, L("Prasad abhi tak nai aais", TEXT), {"bhakt_id": L(BHAKT, UID)}),
    ]
