"""Yurt-camp booking app "Konokuy" (konok uy: a guest house) of a Bishkek agency, for a weekend
at a camp on Son-Kul lake. Its API's keys are romanised Kyrgyz: ``aty`` (name), ``familiyasy``
(family name), ``telefon_nomeri`` (phone number), ``darek`` (address), ``shaar`` (town),
``pasport_nomeri`` (passport number), ``tuulgan_kunu`` (birth date), ``syrsoz`` (password),
``kuyoosu`` (her husband), with ``el_pochta`` (e-mail), ``jynysy`` (sex), ``konok`` (guest),
``baasy`` (price), ``bron_kodu`` (booking code), ``pikir`` (review), ``kat`` (message). Not set
81's Kazakh yurt camp: a Kyrgyz agency's API, booked from Bishkek for her family. Sign-up, a
log-in, ``/men`` with a JWT, a search, a camp's page, camps near her flat, a wish list, the
booking for three, the guests' registration (passport, address, husband), a passport scan, the
payment, a message to the host, a horse ride (msgpack), a transfer from her flat, check-in at
the camp, her walk's track (gzip), a review with a photo, the weather at the camp, push, events
and her bonus by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import EMAIL_UPPER, JPEG, multipart, push_token
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families117_kit import (
    ADDR,
    BIRTH,
    BOOKING_KNK,
    BUY,
    CAMP,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    HUSBAND,
    KG_HOME,
    KG_HOME_AT,
    KG_LANG,
    KG_PW,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PASSPORT,
    PAY,
    PRECISE,
    SEARCH,
    SON,
    TEL,
    TEXT,
    UID,
    USAGE,
    climb,
    fix,
)
from eval_families117_sdk import ag_batch, ag_identify, ay_event, ay_install, bs_bid, ci_crash
from eval_families117_svc import hk_message, mm_search, ps_register, tp_card
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("konokuy", "Konokuy", "com.example.konokuy", "3.6.2", "https://api.konokuy.example.com")
IID = "X-Konokuy-Tuzmok"
DOB_KG = "17.05.1991"
CAMP_FIX = (41.837482, 75.150911)  # her phone at the camp (hers)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(KG_LANG, DEV)
    return h


def konokuy() -> list[Case]:
    rng = random.Random(11701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), aty=L(NAME, NAMEC)))}
    hla, hlo = fix(KG_HOME_AT, 5)
    cla, clo = fix(CAMP_FIX)
    bron = at_path(case(f, f"{a}/v1/bron/{BOOKING_KNK}", headers=_h(rng, **b)), BOOKING_KNK, BUY)
    reg = at_path(case(f, f"{a}/v1/bron/{BOOKING_KNK}/konoktor", headers=_h(rng, **b), body={
        "konok": [{"aty": L("Jane", NAMEC), "familiyasy": L("Doe", NAMEC),
                   "pasport_nomeri": L(PASSPORT, NATID), "jarandygy": "USA",
                   "tuulgan_kunu": L(DOB_KG, BIRTH), "jynysy": L("ayal", GENDER)},
                  {"aty": L(SON["first"], NAMEC), "tuulgan_kunu": L("03.09.2016", BIRTH),
                   "jynysy": L("er bala", GENDER)}],
        "darek": L(KG_HOME["line"], ADDR), "shaar": L(KG_HOME["town"], COARSE),
        "kuyoosu": {"aty": L(HUSBAND[0], NAMEC), "telefon_nomeri": L(HUSBAND[1], TEL)}}),
        BOOKING_KNK, BUY)
    track = climb(rng, 6, CAMP_FIX, (41.846113, 75.171402), 3016)
    return [
        case(f, f"{a}/v1/kattoo", headers=_h(rng), body={
            "aty": L("Jane", NAMEC), "familiyasy": L("Doe", NAMEC), "el_pochta": L(EMAIL, MAIL),
            "telefon_nomeri": L(PHONE, TEL), "syrsoz": L(KG_PW, CRED),
            "tuulgan_kunu": L(DOB_KG, BIRTH), "jynysy": L("ayal", GENDER),
            "shaar": L("Bishkek", COARSE), "til": L("ky", DEV), "jarnama": False}),
        case(f, f"{a}/v1/kiruu", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_MIXED, MAIL), "syrsoz": L(KG_PW, CRED), "esinde": "1"}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/izdoo", headers=_h(rng, **b), query={
            "q": L("Son-Kul boz uy", SEARCH), "keluu": "2025-07-18", "ketuu": "2025-07-20",
            "konok_sany": "3", "baasy_max": "15000"}),
        case(f, f"{a}/v1/lagerler/{CAMP['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/lagerler/jakyn", headers=_h(rng, **b), query={
            "lat": L(f"{KG_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{KG_HOME_AT[1]:.3f}", PRECISE),
            "radius_km": "300"}),
        case(f, f"{a}/v1/tilekter", headers=_h(rng, **b), body={
            "lager": CAMP["id"], "koshuldu": 1752300000}),
        case(f, f"{a}/v1/bron", headers=_h(rng, **b), body={
            "lager": CAMP["id"], "keluu": "2025-07-18", "ketuu": "2025-07-20",
            "konoktor": [{"aty": L(NAME, NAMEC), "tuulgan_kunu": L(DOB_KG, BIRTH)},
                         {"aty": L(HUSBAND[0], NAMEC)},
                         {"aty": L(SON["first"], NAMEC), "jashy": L(SON["age"], BIRTH)}],
            "bron_kodu": L(BOOKING_KNK, BUY), "baasy": L("10800", BUY), "valuta": "KGS",
            "tolom": L(opaque(rng, "pm_", 24), PAY), "tamak": "3 ret"}),
        reg,
        multipart(f, f"{a}/v1/bron/{BOOKING_KNK}/pasport", [
            ("suret", "pasport.jpg", "image/jpeg", L(JPEG + b"\x17", f"{MEDIA}|{NATID}")),
            ("malymat", None, "application/json", {"pasport_nomeri": L(PASSPORT, NATID),
                                                   "bet": 2})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tolom", fmt="form", headers=_h(rng, **b), body={
            "bron_kodu": L(BOOKING_KNK, BUY), "summa": L("10800", BUY), "valuta": "KGS",
            "karta_akyrky4": L("4444", PAY), "ref": rid(rng)}),
        case(f, f"{a}/v1/kattar", headers=_h(rng, **b), body={
            "lager": CAMP["id"], "bron_kodu": L(BOOKING_KNK, BUY),
            "kat": L("Salam! We arrive Friday evening with our son Timur (9). My husband Azamat "
                     "will call you from +996 700 412 873.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/bron/{BOOKING_KNK}/kosumcha", fmt="msgpack", headers=_h(rng, **b),
             body={"tur": "at_minuu", "kun": "2025-07-19", "konok_sany": 2,
                   "baasy": L(2400, BUY), "okutuuchu": "guide_0031"}),
        case(f, f"{a}/v1/transfer", headers=_h(rng, **b), body={
            "bron_kodu": L(BOOKING_KNK, BUY), "kaydan": {
                "darek": L(KG_HOME["line"], ADDR), "lat": hla, "lon": hlo},
            "kayda": {"lager": CAMP["id"], "lat": CAMP["lat"], "lon": CAMP["lon"]},
            "telefon_nomeri": L(PHONE, TEL), "ubakyt": "2025-07-18T07:30:00+06:00"}),
        case(f, f"{a}/v1/bron/{BOOKING_KNK}/kelduk", headers=_h(rng, **b), body={
            "lat": cla, "lon": clo, "tak": 9, "ubakyt": 1752850911}),
        case(f, f"{a}/v1/jurush", gz=True, headers=_h(rng, **b), body={
            "bron_kodu": L(BOOKING_KNK, BUY), "chekitter": track, "aralyk_km": 3.4,
            "koldonuuchu": L(USER_ID, UID)}),
        multipart(f, f"{a}/v1/lagerler/{CAMP['id']}/pikir", [
            ("suret", "sonkul.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("pikir", None, "application/json", {
                "juldyz": 5, "tekst": L("Beautiful jayloo, warm yurt, the kymyz was fresh.",
                                        TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ava_rayy/{CAMP['lat']:.3f},{CAMP['lon']:.3f}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/tuzmoktor", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "tuzmok": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "til": L("ru_KG", DEV),
            "zona": L("Asia/Bishkek", DEV)}),
        case(f, f"{a}/v1/okuyalar", gz=True, headers=_h(rng, **b), body={
            "koldonuuchu": L(USER_ID, UID), "okuyalar": [
                ev("bron_buttu", 1, lager=CAMP["id"]), ev("transfer_koshuldu", 2),
                ev("ekran", 3, ekran=L("Jurush", USAGE))]}),
        bron,
        case(f, f"{a}/v1/men/bonus", headers=_h(rng, how="none"), cookies={
            "knk_sessiya": L(opaque(rng, "", 40), CRED), "knk_tuzmok": L(INSTALL_ID, DID),
            "knk_til": "ky"}),
        case(f, f"{a}/v1/syrsoz/esten_chykty", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_UPPER, MAIL)}),
    ]


def konokuy_sdks() -> list[Case]:
    rng = random.Random(11702)
    return [
        ag_batch(APP, rng, [("Camp Viewed", {"camp": CAMP["id"]}),
                            ("Booking Completed", {"total": L(10800, BUY), "guests": 3})],
                 at=KG_HOME_AT, nd=2),
        ag_identify(APP, rng, {"shaar": L("Bishkek", COARSE), "jynysy": L("ayal", GENDER),
                               "bookings": 1}),
        ay_install(APP, rng),
        ay_event(APP, rng, "booking", {"bron": L(BOOKING_KNK, BUY)}, revenue=10800,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=KG_HOME_AT, nd=3,
               keywords="travel,yurt,issyk-kul"),
        ci_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 ["Lager -> Transfer", "POST /v1/transfer 200"], screen="TransferActivity"),
        ps_register(APP, rng, tags={"shaar": L("Bishkek", COARSE), "bron": True}),
        tp_card(APP, rng),
        mm_search(APP, rng, "Son-Kul lake", SEARCH, near=KG_HOME_AT, nd=2),
        hk_message(APP, rng, L("Can the transfer leave at 7:30 from Toktogul 125?",
                               f"{TEXT}|{ADDR}"), {"bron": L(BOOKING_KNK, BUY)}),
    ]
