"""Balcony-glazing and window company app "Valmaplast" (``valma`` window; Saransk; snake_case
keys, Erzya and Russian trade words as a local developer writes them: ``lem`` name, ``familiya``
surname, ``telefon``, ``adres`` address, ``kvartira`` flat, ``etazh`` floor, ``podezd``
entrance, ``osh`` town, ``kele`` width, ``sere`` height, ``zamer`` measuring visit, ``chi``
day, ``shka`` time, ``pitne`` price, ``summa`` amount, ``dogovor`` contract, ``podpis``
signature, ``kredit`` instalment credit, ``dokhod`` income, ``tevtarka`` workplace,
``kovon_pandoma`` monthly payment, ``schet`` account, ``mirde`` husband, ``syorma`` message,
``kudo`` home): sign-up, an SMS code, ``/mon``, a quote, the measuring visit booked (the
intercom code), the flat's point for the measurer, a balcony photo, the measurer's card, the
contract (her residence permit), the signature, the instalment-credit application (gzip; her
INN, SNILS, income and account), the decision, the down payment, the schedule by cookie, the
fitting slot, a message to the manager, a review, a warranty claim, the contract by number in
the path, push and events."""

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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families277_kit import (
    CONTRACT,
    EMPLOYER,
    HUSBAND,
    INN,
    RESIDENCE,
    RU_ACCOUNT,
    SNILS,
    SR_HOME,
    SR_HOME_AT,
    VALMA,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families277_svc import cl_card, cl_confirm, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("valmaplast", "Valmaplast", "com.example.valmaplast", "5.1.2",
          "https://api.valmaplast.example.com")
IID = "X-Valma-Device"
CLIENT = "VPK-22871"  # her client number (id.user)
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(34)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def valma() -> list[Case]:
    rng = random.Random(27741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), kliyent=L(CLIENT, UID)))}
    hla, hlo = fix(SR_HOME_AT)
    app_id = obj(rng, "kz")
    contract = at_path(case(f, f"{a}/api/v3/dogovor/{CONTRACT}", headers=_h(rng, **b)),
                       CONTRACT, BUY)
    return [
        case(f, f"{a}/api/v3/kliyent", headers=_h(rng), body={
            "lem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(NATIONAL, TEL),
            "email": L(EMAIL, MAIL), "osh": L(SR_HOME["town"], COARSE),
            "kliyent": L(CLIENT, UID), "istochnik": "vk_reklama"}),
        case(f, f"{a}/api/v3/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("4417", CRED)}),
        case(f, f"{a}/api/v3/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/raschet", headers=_h(rng, **b), body={
            "balkon": "p44t_5m", "kele": 3200, "sere": 1450, "profil": "VP-70 teplyy",
            "steklopaket": "2-kamernyy", "otdelka": "vagonka", "pitne": L(58400, BUY),
            "kliyent": L(CLIENT, UID)}),
        case(f, f"{a}/api/v3/zamer", headers=_h(rng, **b), body={
            "adres": L(SR_HOME["line"], ADDR), "osh": L(SR_HOME["town"], COARSE),
            "etazh": 5, "podezd": 2, "domofon": L("41K7720", CRED), "chi": "2026-01-22",
            "shka": "17:00-19:00", "telefon": L(E164, TEL), "kliyent": L(CLIENT, UID)}),
        case(f, f"{a}/api/v3/zamer/tarka", fmt="form", headers=_h(rng, **b), body={
            "zamer": obj(rng, "zm"), "lat": hla, "lon": hlo, "istochnik": "gps"}),
        multipart(f, f"{a}/api/v3/foto", [
            ("foto", "balkon.jpg", "image/jpeg", L(JPEG + b"\x47", MEDIA)),
            ("meta", None, "application/json", {
                "kliyent": L(CLIENT, UID),
                "mel": L("Old wooden frames, the left corner leaks in the rain", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/zamerschik", headers=_h(rng, **b), query={
            "zamer": obj(rng, "zm"), "ofis": VALMA["id"]}),
        case(f, f"{a}/api/v3/dogovor", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "kliyent": L(CLIENT, UID),
            "lem": L(f"{FIRST} {LAST}", NAMEC), "vnzh": L(RESIDENCE, NID),
            "adres": L(SR_HOME["line"], ADDR), "summa": L(61200, BUY),
            "srok_montazha": "2026-02-14", "ofis": VALMA["id"]}),
        multipart(f, f"{a}/api/v3/dogovor/podpis", [
            ("podpis", "podpis.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"dogovor": L(CONTRACT, BUY),
                                                "podpisal": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kredit/zayavka", gz=True, headers=_h(rng, **b), body={
            "zayavka": app_id, "lem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC),
            "chachoma_chi": L(DOB, BIRTH), "vnzh": L(RESIDENCE, NID), "inn": L(INN, NID),
            "snils": L(SNILS, NID), "telefon": L(E164, TEL), "email": L(EMAIL, MAIL),
            "adres": L(SR_HOME["line"], ADDR), "indeks": L(SR_HOME["post"], COARSE),
            "tevtarka": EMPLOYER["name"], "stazh_mes": 28, "dokhod": 62000,
            "mirde": {"lem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "summa_kredita": L(49000, BUY), "srok": 12, "kovon_pandoma": L(4083, BUY),
            "schet": L(RU_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v3/kredit/reshenie", headers=_h(rng, **b), query={
            "zayavka": app_id, "kliyent": L(CLIENT, UID)}),
        case(f, f"{a}/api/v3/pandoma/pervyy", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "summa": L("12200.00", BUY), "valyuta": "RUB",
            "karta_token": L(opaque(rng, "tok_", 24), PAY), "karta_pe": L("4444", PAY)}),
        case(f, f"{a}/api/v3/grafik", headers=_h(rng, how="none"), cookies={
            "vp_session": L(opaque(rng, "", 40), CRED), "vp_device": L(INSTALL_ID, DID),
            "vp_req": rid(rng)}),
        case(f, f"{a}/api/v3/montazh/slot", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "chi": "2026-02-14", "shka": "09:00",
            "brigada": "br_03"}),
        case(f, f"{a}/api/v3/syorma", headers=_h(rng, **b), body={
            "kinen": "manager_vp_office",
            "syorma": L("On the 14th my husband Ilya Pinyaev will be home, call him on "
                        "+79271184402", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v3/otsenka", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "otsenka": 5,
            "mel": L("The fitters were quick and cleaned up after themselves", TEXT)}),
        case(f, f"{a}/api/v3/garantiya", headers=_h(rng, **b), body={
            "dogovor": L(CONTRACT, BUY), "prichina": "kondensat",
            "mel": L("Condensation inside the right sash every morning at -20", TEXT)}),
        contract,
        case(f, f"{a}/api/v3/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("raschet", 1, pitne=L(58400, BUY)), ev("ekran", 2, ekran=L("Kredit", USAGE))]}),
    ]


def valma_sdks() -> list[Case]:
    rng = random.Random(27742)
    return [
        mc_batch(APP, rng, [("Quote Calculated", {"total": L(58400, BUY)}),
                            ("Contract Signed", {"contract": L(CONTRACT, BUY)})],
                 at=SR_HOME_AT, nd=2, locale="ru_RU"),
        mc_pixel(APP, rng, "Calculator Opened", {"balkon": "p44t"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"dogovor": L(CONTRACT, BUY)}, revenue=61200.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SR_HOME_AT, nd=2,
               keywords="okna,balkon,remont"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalArgumentException", "width out of range"),
                 [cd_crumb("nav", "Raschet -> Balkon"), cd_crumb("tap", "calc")],
                 screen="RaschetActivity"),
        pt_register(APP, rng, lang="ru", tags={"dogovor": "active"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "12200.00", currency="rub"),
        mm_reverse(APP, rng, SR_HOME_AT, PRECISE, nd=5),
    ]
