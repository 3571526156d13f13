"""The Veps indigenous community of Sheltozero's app "Kundkala" (``kund`` community, ``kala`` fish):
the community (an obshchina of a small-numbered indigenous people) keeps its households' entries,
files their applications to the state register of indigenous persons and shares out the
traditional-fishing quota and nets on Lake Onega. She manages the Lonin household's entry (her
husband and daughter are Veps; she is not). Its API's keys are Veps as a Petrozavodsk developer
folds them to ASCII (a for a-umlaut, o for o-umlaut, u for u-umlaut, sh/zh/ch for the carons,
palatalisation apostrophes dropped), with Russian loans for the paperwork and English where real
APIs keep it: ``nimi`` first name, ``sugunimi`` surname, ``isanimi`` patronymic, ``telefon``,
``peitsana`` password ("hidden word"), ``sundundpaiv`` birth date, ``adres`` street line,
``lidn`` town, ``kula`` village, ``rahvahuz`` nationality (ethnic origin), ``mez`` husband,
``tutar`` daughter, ``laps`` child, ``anop`` mother-in-law, ``perekund`` household, ``uhtnik``
member, ``uhtnikmaks`` dues, ``summ`` amount, ``maksand`` payment, ``kvot`` quota, ``verk`` net,
``saliz`` catch, ``kala`` fish, ``jarv`` lake, ``sija`` place, ``laveduz``/``pituz``
latitude/longitude, ``tarkuz`` accuracy, ``kerazmo`` meeting, ``valind`` choice, ``tedotuz``
message, ``ecind`` search, ``kuva`` photo, ``abu`` aid, ``pricin`` reason, ``zajavlenie``
application, ``reestr`` register, ``svidetelstvo`` birth certificate, ``vnzh`` residence permit,
``kavutai`` user, ``sobitijad`` events, ``sisend``/``lahtend`` log-in/log-out. Sign-up, log-in,
``/mina``, the household, a birth-certificate photo, the daughter's register application, its
status, the quota, the nets with her fix, a catch (msgpack), a protobuf net check, dues, a meeting
vote, a message to the chair, a search, a catch photo, an aid request for her mother-in-law, the
member card by number in the path, receipts by cookie, push, events and a log-out."""

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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families283_kit import (
    DAUGHTER,
    HUSBAND,
    HUSBAND_PATR,
    KUND,
    KUND_MEMBER,
    MIR_LAST4,
    MOTHER_IL,
    NET_AT,
    PZ_HOME,
    SH_HOUSE,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families283_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families283_svc import cl_card, cl_confirm, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kundkala", "Kundkala", "com.example.kundkala", "1.8.2",
          "https://api.kundkala.example.org")
IID = "X-Kund-Device"
PW = "Anine#Soutjarv26"
NID = "personal.national_id"
VEPS = "vepsa"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(36)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def kundkala() -> list[Case]:
    rng = random.Random(28311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), uhtnik=L(KUND_MEMBER, UID),
                                    kund=KUND["id"]))}
    nla, nlo = fix(NET_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(KUND_MEMBER, UID)), (2, obj(rng, "vk")), (3, 1781330400),
               (4, [(1, L(NET_AT[0], PRECISE)), (2, L(NET_AT[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/uhtnikad/{KUND_MEMBER}/kart", headers=_h(rng, **b),
                        query={"formati": "qr"}), KUND_MEMBER, UID)
    return [
        case(f, f"{a}/api/registracii", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "isanimi": "",
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "peitsana": L(PW, CRED),
            "sundundpaiv": L("17.05.1991", BIRTH), "adres": L(PZ_HOME["line"], ADDR),
            "lidn": L(PZ_HOME["town_vep"], COARSE), "vnzh": L(VNZH, NID),
            "mez": {"nimi": L(HUSBAND[0], NAMEC), "isanimi": L(HUSBAND_PATR, NAMEC),
                    "telefon": L(HUSBAND[1], TEL), "rahvahuz": L(VEPS, SENS)},
            "kund": KUND["id"], "soglasie": True}),
        case(f, f"{a}/api/sisend", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "peitsana": L(PW, CRED), "mushta": "1"}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/perekund", headers=_h(rng, **b), body={
            "uhtnik": L(KUND_MEMBER, UID), "kula": L(SH_HOUSE["village_vep"], COARSE),
            "adres": L(SH_HOUSE["line"], ADDR),
            "mez": {"nimi": L(HUSBAND[0], NAMEC), "sundundpaiv": L("1986-02-14", BIRTH),
                    "rahvahuz": L(VEPS, SENS), "kel": L("vepsan, venan", SENS)},
            "tutar": {"nimi": L(KID, NAMEC), "sundundpaiv": L(DAUGHTER["dob"], BIRTH),
                      "rahvahuz": L(VEPS, SENS),
                      "svidetelstvo": L(DAUGHTER["cert"], NID)},
            "anop": {"nimi": L(MOTHER_IL[0], NAMEC), "rahvahuz": L(VEPS, SENS)}}),
        multipart(f, f"{a}/api/dokumentad", [
            ("kuva", "svidetelstvo_pavel.jpg", "image/jpeg", L(JPEG + b"\x83", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {
                "uhtnik": L(KUND_MEMBER, UID), "tip": "svidetelstvo_o_rozhdenii",
                "kenen": L(HUSBAND[0], NAMEC),
                "rahvahuz_vanhembad": L("tat - vepsa, mam - vepsa", SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/reestr/zajavlenie", headers=_h(rng, **b), body={
            "laps": {"nimi": L(DAUGHTER["first"], NAMEC), "sugunimi": L(DAUGHTER["last"], NAMEC),
                     "sundundpaiv": L(DAUGHTER["dob"], BIRTH), "rahvahuz": L(VEPS, SENS),
                     "svidetelstvo": L(DAUGHTER["cert"], NID)},
            "predstavitel": {"nimi": L(f"{FIRST} {LAST}", NAMEC), "vnzh": L(VNZH, NID),
                             "telefon": L(E164, TEL)},
            "osnovanie": L("tat om vepsa, kodiman kula Soutjarv", f"{TEXT}|{SENS}"),
            "zajavlenie": "ZR-2026-11872"}),
        case(f, f"{a}/api/reestr/zajavlenie/ZR-2026-11872/status", headers=_h(rng, **b)),
        case(f, f"{a}/api/kvotad", headers=_h(rng, **b), query={
            "uhtnik": L(KUND_MEMBER, UID), "voz": "2026", "kala": "all"}),
        case(f, f"{a}/api/verkod", headers=_h(rng, **b), body={
            "uhtnik": L(KUND_MEMBER, UID), "verkod": [obj(rng, "vk"), obj(rng, "vk")],
            "jarv": L("Anine", COARSE), "sija": {"laveduz": nla, "pituz": nlo, "tarkuz": 6},
            "kundan_sija": {"laveduz": KUND["lat"], "pituz": KUND["lon"]}}),
        case(f, f"{a}/api/saliz", fmt="msgpack", headers=_h(rng, **b), body={
            "uhtnik": L(KUND_MEMBER, UID), "paiv": "2026-06-12",
            "kalad": [{"kala": "rapushka", "kg": 14.5}, {"kala": "ahven", "kg": 6.2},
                      {"kala": "haug", "kg": 3.1}],
            "sija": {"laveduz": L(round(NET_AT[0], 4), PRECISE),
                     "pituz": L(round(NET_AT[1], 4), PRECISE)}}),
        raw(f, f"{a}/api/verkod/kacund", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/maksand", fmt="form", headers=_h(rng, **b), body={
            "uhtnik": L(KUND_MEMBER, UID), "uhtnikmaks": L("600.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L(MIR_LAST4, PAY)}),
        case(f, f"{a}/api/kerazmo/golosuind", fmt="form", headers=_h(rng, **b), body={
            "kerazmo": obj(rng, "kz"), "kuzund": "q3_kvot_2027", "valind": "ka",
            "uhtnik": L(KUND_MEMBER, UID)}),
        case(f, f"{a}/api/tedotuz", headers=_h(rng, **b), body={
            "kenele": "predsedatel",
            "tekst": L("Pavel ei voi tulda kerazmole, hän radab Petroskoiš. Voinko mina "
                       "golosuida hänen tagaz?", TEXT)}),
        case(f, f"{a}/api/ecind", headers=_h(rng, **b), query={
            "ecind": L("verkon lup kezal 2026", SEARCH), "lehtpol": "1"}),
        multipart(f, f"{a}/api/kuvad", [
            ("kuva", "saliz.jpg", "image/jpeg", L(JPEG + b"\x84", MEDIA)),
            ("meta", None, "application/json", {
                "uhtnik": L(KUND_MEMBER, UID),
                "alakirjutuz": L("Nastja da ded ahvenoiden keral", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/abu", headers=_h(rng, **b), body={
            "tip": "haugod", "anop": {"nimi": L(MOTHER_IL[0], NAMEC),
                                      "sundundpaiv": L(MOTHER_IL[2], BIRTH),
                                      "telefon": L(MOTHER_IL[1], TEL)},
            "pricin": L("Pensionerka, invalidnost II grupp, eläb üksin Soutjärves",
                        f"{TEXT}|{MED}|{SENS}"),
            "uhtnik": L(KUND_MEMBER, UID)}),
        card,
        case(f, f"{a}/api/kvitancii", headers=_h(rng, how="none"), cookies={
            "kk_sessii": L(opaque(rng, "", 40), CRED), "kk_device": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/sobitijad", gz=True, headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("saliz_kirjutadud", 1, kg=23.8), ev("ekran", 2, ekran=L("Verkod", USAGE)),
                ev("maksand", 3, summ=L(600, BUY))]}),
        case(f, f"{a}/api/lahtend", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def kundkala_sdks() -> list[Case]:
    rng = random.Random(28312)
    return [
        mc_batch(APP, rng, [("Catch Logged", {"kg": 23.8}), ("Nets Opened", {"nets": 2})],
                 at=NET_AT, nd=2, locale="ru_RU"),
        mc_identify(APP, rng, {"rahvahuz": L(VEPS, SENS), "kula": L("Soutjarv", COARSE),
                               "uhtnik": L(KUND_MEMBER, UID)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "dues_paid", {"uhtnik": L(KUND_MEMBER, UID)}, revenue=600.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=NET_AT, nd=3,
               keywords="fishing,onega,nets"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "msgpack writer closed"),
                 [cd_crumb("nav", "Verkod -> Saliz"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/saliz", "status": 500})],
                 screen="SalizActivity"),
        pt_register(APP, rng, lang="ru", tags={"kund": KUND["id"], "rahvahuz": L(VEPS, SENS)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "600.00"),
        mm_reverse(APP, rng, NET_AT, PRECISE, nd=4),
        hs_message(APP, rng, L("Kvitancii uhtnikmaksuspäi ei tulnu", TEXT),
                   {"uhtnik": L(KUND_MEMBER, UID)}),
    ]
