"""The douar's drinking-water association app "Aman" (aman "water"; the association of Tighza
runs the village's borehole, tank and house meters; she is the house's registered member).
Keys are Central Atlas Tamazight in Latin letters with the French/Arabic loans villagers use:
``isem`` name, ``tilifun`` phone, ``imayl`` e-mail, ``uttun_n_tanttit`` identity number,
``tansa`` address, ``aduwar`` village, ``aggay`` member, ``argaz`` husband, ``lkontur`` meter,
``taghuri`` reading (lit. "reading"), ``lfatura``/``lfaturat`` bill/bills, ``azal`` amount,
``axelles`` payment, ``anqqas`` shortage (outage), ``lkamyu`` tanker lorry, ``ilitrn`` litres,
``tawala`` turn (the water rota), ``tiwizi`` collective work, ``asettef`` vote, ``tabrat``
message, ``tagharast`` complaint, ``imezdaghn`` household members (lit. "inhabitants"),
``ass_n_tlalit`` birth date, ``adeg`` place, ``tawlaft`` photo, ``tangalt`` code, ``anadi``
search, ``allal`` device, ``nekk`` me, ``ajerred`` registration, ``tuqqna`` log-in, ``rib``
account, ``bab_n_lhisab`` account holder, ``tidyanin`` events, ``tasna`` screen, ``zeg`` since, ``anaw`` kind, ``ttank`` the tank,
``amnad`` zone, ``ifecka`` tools, ``tafrant`` choice, ``taghuriwin`` readings, ``lwasl``
receipt, ``amesmun_n_idrimn`` treasurer (lit. "money collector"), ``tutlayt`` language. Set 130 has a
borehole's prepaid water meter and set 151 a residents' association; Aman is a village
association's member app (bills by meter reading, the rota, tanker requests, collective work,
the general assembly's vote)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families206_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MA_RIB,
    MEMBER,
    METER,
    RES_CARD,
    SON,
    WATER,
    fix,
    hd,
    push,
)
from eval_families206_sdk import bt_bid, bt_notice, ca_crash, ca_crumb, sz_batch, sz_pixel
from eval_families206_svc import cg_check, fa_eval, ha_message, pf_register, pm_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("aman", "Aman Tighza", "com.example.amantighza", "1.3.7",
          "https://api.amantighza.example.net")
IID = "X-Aman-Allal"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tz=True, **kw)


def aman() -> list[Case]:
    rng = random.Random(20621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, aggay=L(MEMBER, UID), tilifun=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    ble = pb([(1, L(MEMBER, UID)), (2, METER), (3, 1768435200), (4, 412.6),
              (5, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
              (6, L(47, DEV))], "", lab)
    bills = at_path(case(f, f"{a}/api/lfaturat/{MEMBER}", headers=_h(rng, **b),
                         query={"ayyur": "2026-01"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/aggay/ajerred", headers=_h(rng), body={
            "isem": L(f"{FIRST} {LAST}", NAMEC), "tilifun": L(E164, TEL), "imayl": L(EMAIL, MAIL),
            "uttun_n_tanttit": L(RES_CARD, NID), "tansa": L(HOME["line"], ADDR),
            "aduwar": L("Tighza", COARSE), "aggay": L(MEMBER, UID), "lkontur": METER,
            "argaz": {"isem": L(HUSBAND[0], NAMEC), "uttun_n_tanttit": L(HUSBAND[2], NID)}}),
        case(f, f"{a}/api/tuqqna/sms", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "tangalt": L("508311", CRED)}),
        case(f, f"{a}/api/nekk", headers=_h(rng, extra=jw)),
        bills,
        multipart(f, f"{a}/api/lkontur/taghuri", [
            ("tawlaft", "lkontur.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"aggay": L(MEMBER, UID), "lkontur": METER,
                                                "taghuri": 412.6})], headers=_h(rng, **b)),
        raw(f, f"{a}/api/lkontur/ble", ble, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/axelles", fmt="form", headers=_h(rng, **b), body={
            "aggay": L(MEMBER, UID), "lfatura": L("AT-F-2601-117", BUY), "azal": L("84.50", BUY),
            "tadrimt": "MAD", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/anqqas", headers=_h(rng, **b), body={
            "aggay": L(MEMBER, UID), "zeg": "2026-01-19T06:40", "anaw": "ur_llin_aman",
            "adeg": {"lat": hla, "lng": hlo},
            "ttank": {"lat": WATER["tank_lat"], "lng": WATER["tank_lon"]}}),
        case(f, f"{a}/api/lkamyu", headers=_h(rng, **b), body={
            "tansa": L(HOME["line"], ADDR), "adeg": {"lat": hla, "lng": hlo}, "ilitrn": 3000,
            "azal": L(150, BUY), "tilifun": L(HUSBAND[1], TEL), "ass": "2026-01-20"}),
        case(f, f"{a}/api/tawala", headers=_h(rng, **b), query={
            "aduwar": L("Tighza", COARSE), "amnad": "zone_2"}),
        case(f, f"{a}/api/tiwizi", headers=_h(rng, **b), body={
            "tiwizi": "tw_trench_feb", "aggay": L(MEMBER, UID), "ass": "2026-02-08",
            "imdanen": [L(HUSBAND[0], NAMEC)], "ifecka": ["tagelzimt", "lbala"]}),
        case(f, f"{a}/api/asettef", fmt="form", headers=_h(rng, **b), body={
            "asettef": "ag_2026_pump", "tafrant": "yah", "aggay": L(MEMBER, UID)}),
        case(f, f"{a}/api/imezdaghn", gz=True, headers=_h(rng, **b), body={
            "aggay": L(MEMBER, UID), "imezdaghn": [
                {"isem": L(f"{FIRST} {LAST}", NAMEC), "ass_n_tlalit": L(DOB, BIRTH)},
                {"isem": L(HUSBAND[0], NAMEC), "ass_n_tlalit": L("1987-02-11", BIRTH)},
                {"isem": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "ass_n_tlalit": L(DAUGHTER["dob"], BIRTH)},
                {"isem": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "ass_n_tlalit": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/api/lkontur/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "aggay": L(MEMBER, UID), "taghuriwin": [
                {"lkontur": METER, "v": 398.1, "t": 1765800000},
                {"lkontur": METER, "v": 412.6, "t": 1768435200}]}),
        case(f, f"{a}/api/tagharast", headers=_h(rng, **b), body={
            "aggay": L(MEMBER, UID), "anaw": "tazdegt",
            "awal": L("Aman d izeggaghen dat n yid, Itto tuden s tadist kra n wussan",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/tabrat", headers=_h(rng, **b), body={
            "i": "amesmun_n_idrimn",
            "tabrat": L("Xelsegh lfatura n dujanbir s lkart, ur d-tban", TEXT)}),
        case(f, f"{a}/api/rib", headers=_h(rng, **b), body={
            "bab_n_lhisab": L(f"{FIRST} {LAST}", NAMEC), "rib": L(MA_RIB, PAY),
            "aggay": L(MEMBER, UID), "prelevement": True}),
        case(f, f"{a}/api/anadi", headers=_h(rng, **b), query={
            "anadi": L("ass n tiwizi febrayr", SEARCH)}),
        case(f, f"{a}/api/lwasl", headers=_h(rng, how="none"), cookies={
            "am_sesyu": L(opaque(rng, "", 40), CRED), "am_allal": L(INSTALL_ID, DID),
            "am_prefs": W({"aggay": L(MEMBER, UID), "tutlayt": L("tzm", DEV)}, "b64json")}),
        case(f, f"{a}/api/allalen", headers=_h(rng, **b), body=push(push_token(rng), "tzm_MA")),
        case(f, f"{a}/api/tidyanin", headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("lfatura_txlles", 1), ev("tasna", 2, tasna=L("Tawala", USAGE))]}),
        case(f, f"{a}/api/ffegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "allal": L(INSTALL_ID, DID)}),
    ]


def aman_sdks() -> list[Case]:
    rng = random.Random(20622)
    return [
        sz_batch(APP, rng, [("Bill Paid", {"amount": L(84.5, BUY)}), ("Outage Reported", {})],
                 at=HOME_AT, nd=2, locale="tzm_MA"),
        sz_pixel(APP, rng, "Rota Opened", {"zone": "zone_2"}),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="water,pumps,village"),
        bt_notice(APP, rng, "win"),
        ca_crash(APP, rng, ("java.lang.NullPointerException", "meter photo"),
                 [ca_crumb("nav", "Lkontur -> Camera")], screen="MeterActivity"),
        fa_eval(APP, rng, {"aduwar": L("Tighza", COARSE), "role": "aggay"}, hdr=True),
        pf_register(APP, rng, lang="tzm", at=HOME_AT, nd=2, tags={"zone": "zone_2"}),
        cg_check(APP, rng, {"analytics": True}),
        pm_wallet(APP, rng, "84.50", L(E164, TEL)),
        ha_message(APP, rng, L("Lfatura n yennayer tban sin tikkal i uxxam inu", TEXT),
                   {"aggay": L(MEMBER, UID)}),
    ]
