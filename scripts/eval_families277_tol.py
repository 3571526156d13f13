"""Gas-equipment maintenance app "Tolvaks" (``tol`` fire; the contract every Russian flat with
a gas stove must have: yearly inspections of the stove and the water heater, leak calls, meter
readings; camelCase keys, Erzya words with Russian utility loans: ``lem`` name, ``familiya``
surname, ``telefon``, ``adres`` address, ``osh`` town, ``litsevoySchet`` account, ``plita``
stove, ``kolonka`` water heater, ``schetchik`` meter, ``pokazanie`` reading, ``dogovor``
contract, ``vizit`` visit, ``akt`` inspection act, ``summaIe`` yearly amount, ``pandoma``
payment, ``kenksh`` door, ``mirde`` husband, ``tarka`` place, ``syorma`` message, ``veshnema``
search, ``datchik`` sensor): sign-up with the flat's account, an e-mail code, ``/mon``, the
contract by account in the path, the maintenance contract (her residence permit), the payment,
the schedule, the visit booked (intercom code, her husband at home), a gas-smell call from the
flat, meter readings (gzip), the meter photo, the act signed, the last act by cookie, a message,
the leak sensor joined to the home Wi-Fi, its protobuf heartbeat, a new stove (msgpack), a
search, push, events and a token refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families277_kit import (
    GAS,
    GAS_ACC,
    HUSBAND,
    RESIDENCE,
    SR_HOME,
    SR_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import mc_batch, mc_identify, tn_launch
from eval_families277_svc import (
    cl_card,
    cl_confirm,
    cl_wallet,
    cy_check,
    fn_eval,
    hs_message,
    mm_reverse,
    pt_register,
)
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("tolvaks", "Tolvaks", "com.example.tolvaks", "1.12.5", "https://lk.tolvaks.example.com")
IID = "X-Tolvaks-Device"
NID = "personal.national_id"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(26)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tol() -> list[Case]:
    rng = random.Random(27761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, schet=L(GAS_ACC, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(SR_HOME_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(GAS_ACC, UID)), (2, "dt_ch4_0451"), (3, 0), (4, 1768700000),
               (5, [(1, L(BSSID, WIFI)), (2, -61)])], "", lab)
    contract = at_path(case(f, f"{a}/api/abonent/{GAS_ACC}/dogovor", headers=_h(rng, **b)),
                       GAS_ACC, UID)
    return [
        case(f, f"{a}/api/abonent", headers=_h(rng), body={
            "lem": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "litsevoySchet": L(GAS_ACC, UID),
            "adres": L(SR_HOME["line"], ADDR), "osh": L(SR_HOME["town"], COARSE),
            "sobstvennik": True}),
        case(f, f"{a}/api/vkhod/kod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("602274", CRED)}),
        case(f, f"{a}/api/mon", headers=_h(rng, extra=jw)),
        contract,
        case(f, f"{a}/api/dogovor/to", headers=_h(rng, **b), body={
            "litsevoySchet": L(GAS_ACC, UID), "lem": L(f"{FIRST} {LAST}", NAMEC),
            "vnzh": L(RESIDENCE, NID), "oborudovanie": [
                {"tip": "plita", "model": "Gefest 3200", "ie": 2016},
                {"tip": "kolonka", "model": "Neva 4510", "ie": 2019}],
            "summaIe": L(1740, BUY), "organizatsiya": GAS["id"]}),
        case(f, f"{a}/api/pandoma", fmt="form", headers=_h(rng, **b), body={
            "litsevoySchet": L(GAS_ACC, UID), "summa": L("1740.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/grafik", headers=_h(rng, **b), query={
            "schet": L(GAS_ACC, UID), "ie": "2026"}),
        case(f, f"{a}/api/vizit/zapis", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "telefon": L(E164, TEL), "domofon": L("41V3308", CRED),
            "ktoDoma": {"lem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "litsevoySchet": L(GAS_ACC, UID)}),
        case(f, f"{a}/api/avariya", headers=_h(rng, **b), body={
            "adres": L(SR_HOME["line"], ADDR), "tarka": {"lat": hla, "lon": hlo},
            "telefon": L(E164, TEL),
            "syorma": L("Smell of gas in the kitchen near the stove, we opened the windows",
                        TEXT), "kiyak": obj(rng, "av")}),
        case(f, f"{a}/api/schetchik/pokazaniya", gz=True, headers=_h(rng, **b), body={
            "litsevoySchet": L(GAS_ACC, UID), "schetchik": "SGK-G4 0917733",
            "pokazanie": 4811.3, "chi": "2026-01-25"}),
        multipart(f, f"{a}/api/schetchik/foto", [
            ("foto", "schetchik.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"litsevoySchet": L(GAS_ACC, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/akt/podpis", [
            ("podpis", "akt_podpis.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"akt": obj(rng, "akt"), "master": "ms_0331",
                                                "podpisal": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/akt/posledniy", headers=_h(rng, how="none"), cookies={
            "tv_session": L(opaque(rng, "", 40), CRED), "tv_device": L(INSTALL_ID, DID),
            "tv_req": rid(rng)}),
        case(f, f"{a}/api/syorma", headers=_h(rng, **b), body={
            "kinen": GAS["id"],
            "syorma": L("The fitter can come after 14:00, our son Stepan will open the door",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/datchik", headers=_h(rng, **b), body={
            "datchik": "dt_ch4_0451", "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "ip": L(LOCAL_IP, DEV), "litsevoySchet": L(GAS_ACC, UID)}),
        raw(f, f"{a}/api/datchik/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/plita/zakaz", fmt="msgpack", headers=_h(rng, **b), body={
            "model": "Gefest 6100-03", "pitne": 32990, "montazh": 2500,
            "summa": L(35490, BUY), "litsevoySchet": L(GAS_ACC, UID)}),
        case(f, f"{a}/api/veshnema", headers=_h(rng, **b), query={
            "q": L("zamena gazovoy kolonki tsena", SEARCH)}),
        case(f, f"{a}/api/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("pokazaniya", 1), ev("ekran", 2, ekran=L("Dogovor", USAGE))]}),
        case(f, f"{a}/api/seans/obnovit", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tol_sdks() -> list[Case]:
    rng = random.Random(27762)
    return [
        mc_batch(APP, rng, [("Reading Sent", {}), ("Contract Paid", {"amount": L(1740, BUY)})],
                 at=SR_HOME_AT, nd=2),
        mc_identify(APP, rng, {"osh": L("Saransk", COARSE), "schet": L(GAS_ACC, UID)}),
        tn_launch(APP, rng, user=True),
        fn_eval(APP, rng, {"organizatsiya": GAS["id"], "osh": L("Saransk", COARSE)}, hdr=True),
        pt_register(APP, rng, at=SR_HOME_AT, nd=2, tags={"schet": L(GAS_ACC, UID)}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1740.00", currency="rub"),
        cl_wallet(APP, rng, "35490", L(E164, TEL)),
        hs_message(APP, rng, L("The inspection act is not in my account", TEXT),
                   {"schet": L(GAS_ACC, UID)}),
        mm_reverse(APP, rng, SR_HOME_AT, PRECISE, nd=5),
    ]
