"""The city's Shagaa (Tuvan lunar New Year) festival app "Shagaa Bayyrlal" (events on Arat
Square and in Kyzyl's halls; the API's keys are Tuvan in ASCII with a few loans: ``bayyrlal``
festival, ``bilet`` ticket (loan), ``aksha`` amount, ``tolevir`` payment, ``ady`` name,
``familiya`` surname, ``torutken_hun`` birth date, ``hooray`` town, ``tyva_hep`` Tuvan dress,
``holezi`` rent, ``razmer`` size (loan), ``boy`` height, ``hoyun`` chest, ``uruglar``
children, ``san_salyry`` the morning offering to the fire, ``olchei`` blessing, ``nom``
reading (lit. "book", a lama's recitation), ``huree`` temple, ``kizhiler`` people, ``chyl``
year, ``churuk`` photo, ``demdeglel`` caption, ``medee`` message, ``dileeshkin`` search,
``cher`` place): an SMS log-in, the profile, ``/men``, the programme, concert tickets and
their payment, Tuvan dresses rented for her and her son (sizes), the pick-up point, the dawn
offering registration, her check-in at the square, a lama's New Year reading for the family at
the temple with a donation, the year-animal reading, a greeting card to her sister, a
family photo in the costume contest, a vote, the fair near her (3 decimals), a search, a lost
item, favourites (msgpack), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families269_kit import (
    HUSBAND,
    KZ_HOME,
    KZ_HOME_AT,
    MOTHER_IL,
    SISTER_US,
    SON,
    SQUARE,
    SQUARE_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families269_sdk import (
    bs_bid,
    bs_notice,
    ct_session,
    th_event,
    th_launch,
    th_link,
    um_batch,
    um_queue,
)
from eval_families269_svc import mu_route, mu_telemetry, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("shagaa", "Shagaa Bayyrlal", "com.example.shagaa", "5.1.0",
          "https://api.shagaa.example.com")
IID = "X-Shagaa-Device"
FIT = "health.fitness"
TICKETS = "SHG-26-118340"  # her concert order (financial.purchase)
KHUREE_AT = (51.71702, 94.42817)  # the temple (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, tyv=True, **kw)


def shagaa() -> list[Case]:
    rng = random.Random(26941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), hooray=L("Kyzyl", COARSE)))}
    qla, qlo = fix(SQUARE_FIX, 4)
    return [
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("330172", CRED)}),
        case(f, f"{a}/v1/profil", headers=_h(rng, auth="bearer"), body={
            "ady": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "el_shuudang": L(EMAIL, MAIL),
            "torutken_hun": L(DOB, BIRTH), "hooray": L(KZ_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bayyrlal/programma", headers=_h(rng, **b), query={
            "chyl": "2026", "dyl": L("tyv", DEV)}),
        case(f, f"{a}/v1/biletter", headers=_h(rng, **b), body={
            "konsert": "kc_shagaa_gala", "bilet_sany": 3, "orunnar": ["12-7", "12-8", "12-9"],
            "aksha": L(4500, BUY), "zakaz": L(TICKETS, BUY)}),
        case(f, f"{a}/v1/tolevir", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(TICKETS, BUY), "aksha": L("4500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tyva_hep/holezi", headers=_h(rng, **b), body={
            "kizhiler": [{"ady": L(f"{FIRST} {LAST}", NAMEC), "hep": "ton_heerezhen",
                          "razmer": L("48", FIT), "boy": L(168, FIT), "hoyun": L(92, FIT)},
                         {"ady": L(f"{SON['first']} {SON['last']}", NAMEC), "hep": "ton_ool",
                          "razmer": L("140", FIT), "boy": L(141, FIT)}],
            "hunner": ["2026-02-17", "2026-02-18"], "aksha": L(2400, BUY)}),
        case(f, f"{a}/v1/tyva_hep/alyr_cher", headers=_h(rng, **b), query={
            "cher": "kiosk_2", "hun": "2026-02-16"}),
        case(f, f"{a}/v1/san_salyry/bureedkel", headers=_h(rng, **b), body={
            "san_salyry": L("chyl_bazhy_dan_bazhy", SENS), "kizhi_sany": 3,
            "olchei": L("Og-bulenin kadyy, oglumnung ogrenilgezi", f"{TEXT}|{SENS}"),
            "cher": SQUARE["id"]}),
        case(f, f"{a}/v1/san_salyry/kirgen", headers=_h(rng, **b), body={
            "cher": {"lat": qla, "lng": qlo}, "square": {"lat": SQUARE["lat"],
                                                        "lng": SQUARE["lon"]},
            "san_salyry": L(True, SENS), "shak": "2026-02-17T07:40"}),
        case(f, f"{a}/v1/huree/nom", headers=_h(rng, **b), body={
            "huree": "tsechenling", "nom": L("Chyl bazhy nomu", SENS),
            "kizhiler": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC),
                         L(f"{SON['first']} {SON['last']}", NAMEC)],
            "hulee": L(500, BUY), "huree_cheri": {"lat": KHUREE_AT[0], "lng": KHUREE_AT[1]}}),
        case(f, f"{a}/v1/chyl_ang", headers=_h(rng, **b), body={
            "kizhiler": [{"torutken_hun": L(DOB, BIRTH)},
                         {"torutken_hun": L(SON["dob"], BIRTH)}],
            "hevir": L("lama_zurhai", SENS)}),
        case(f, f"{a}/v1/otkrytka", headers=_h(rng, **b), body={
            "kymga": {"ady": L(SISTER_US[0], NAMEC), "el_shuudang": L(SISTER_US[2], MAIL)},
            "medee": L("Laura, Shagaa bile! Happy Tuvan New Year from all three of us.", TEXT),
            "fon": "card_sarlyk"}),
        multipart(f, f"{a}/v1/maryldaa/churuk", [
            ("churuk", "family_ton.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {
                "maryldaa": "tyva_hep_2026",
                "demdeglel": L("Bistin og-bule chaa tonnarlyg", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maryldaa/unu", fmt="form", headers=_h(rng, **b), body={
            "maryldaa": "tyva_hep_2026", "churuk": obj(rng, "ph"), "un": "1"}),
        case(f, f"{a}/v1/yarmarka/chookta", headers=_h(rng, **b), query={
            "lat": L(f"{KZ_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{KZ_HOME_AT[1]:.3f}", PRECISE),
            "radius": "3000"}),
        case(f, f"{a}/v1/dileeshkin", headers=_h(rng, **b), query={
            "q": L("tyva hep uruglarga holezi", SEARCH), "arnyg": "1"}),
        case(f, f"{a}/v1/chidirgen", headers=_h(rng, **b), body={
            "cher": SQUARE["id"],
            "medee": L("Kara kiziri bort chidirdim, san salyry soonda, telefonum +1 555 010 0199",
                       f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/yndakchy", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "boluushkunnar": ["kc_shagaa_gala", "ev_kazhyk_kubok",
                                                        "ev_san_salyry"]}),
        case(f, f"{a}/v1/hereksel", headers=_h(rng, **b),
             body=push(push_token(rng), "tyv_RU")),
        case(f, f"{a}/v1/boluushkunnar", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tickets_bought", 1), ev("screen", 2, screen=L("Programma", USAGE))]}),
        case(f, f"{a}/v1/biletter/qr", headers=_h(rng, how="none"), cookies={
            "sh_sess": L(opaque(rng, "", 40), CRED), "sh_dev": L(INSTALL_ID, DID)},
            query={"zakaz": L(TICKETS, BUY)}),
    ]


def shagaa_sdks() -> list[Case]:
    rng = random.Random(26942)
    link = U("https://shagaa.example.com/t", {"zakaz": L(TICKETS, BUY), "ref": "sms",
                                              "tel": L(E164, TEL)})
    return [
        um_batch(APP, rng, [("Tickets Bought", {"total": L(4500, BUY)}),
                            ("Dress Rented", {"items": 2})], at=SQUARE_FIX, nd=3,
                 locale="tyv_RU"),
        um_queue(APP, rng, [("Programme Opened", {}), ("Map Opened", {"layer": "fair"})]),
        th_launch(APP, rng, first=True),
        th_link(APP, rng, link),
        th_event(APP, rng, "purchase", {"zakaz": L(TICKETS, BUY)}, revenue=4500.0,
                 hashed=True),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=KZ_HOME_AT, nd=2,
               keywords="festival,concert,tuva"),
        bs_notice(APP, rng, "win"),
        ct_session(APP, rng, secs=1310),
        py_card(APP, rng),
        py_confirm(APP, rng, "4500.00"),
        mu_route(APP, rng, [(KZ_HOME_AT, PRECISE), ((SQUARE["lat"], SQUARE["lon"]), None)],
                 mode="walking"),
        mu_telemetry(APP, rng, [SQUARE_FIX, KZ_HOME_AT], PRECISE),
    ]
