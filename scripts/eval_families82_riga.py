"""Riga parking and public-transport app "Braucam" (its API's keys are Latvian; she is on a
six-month posting in Riga): registration, log-in by password and SMS, ``/me``, her Riga address,
her personal code and residence permit, her car, zones near her, a parking session (start, a
protobuf heartbeat, stop), the history by a cookie GET, stops near her (``lat,lon`` in the path),
a journey plan, tickets and a monthly pass on her e-talons card, validation in the tram
(msgpack), a fine appeal with a photo, saved places, a search, support, push, events and a Play
purchase check."""

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
    E164,
    EMAIL_UPPER,
    HW,
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
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families82_kit import (
    ETALONS,
    LV_HOME,
    LV_HOME_AT,
    LV_WORK_AT,
    PERMIT_LV,
    PERSONAS_KODS,
    PLATE_LV,
    STOP,
    ZONE_LV,
    fix,
    obj,
    seg,
)
from eval_families82_sdk import dz_bid, kk_crash, kk_crumb, ll_event, ll_open, oz_batch
from eval_families82_svc import kz_reverse, kz_search, mk_card, pk_save, sz_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("braucam", "Braucam", "com.example.braucam", "3.12.0", "https://api.braucam.example.com")
IID = "X-Braucam-Ierice"
LV_LANG = "lv-LV,lv;q=0.9,en-US;q=0.7"
PARK_AT = (56.951488, 24.118902)  # where she parked (her fix)
TRAM_AT = (56.954301, 24.125388)  # her phone in the tram at validation


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    extra = dict(kw.pop("extra", {}) or {}, **{"Accept-Language": L(LV_LANG, DEV)})
    return head(APP, rng, iid=IID, extra=extra, **kw)


def braucam() -> list[Case]:
    rng = random.Random(8201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    ses = obj(rng, "st", 12)
    hla, hlo = fix(LV_HOME_AT)
    pla, plo = fix(PARK_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, ses), (3, [(1, L(PARK_AT[0], PRECISE)),
                                                    (2, L(PARK_AT[1], PRECISE))]),
               (4, 47), (5, ZONE_LV["id"])], "", lab)
    stops = seg(LV_HOME_AT, 5)
    return [
        case(f, f"{a}/v2/lietotaji/registracija", headers=_h(rng), body={
            "vards": L("Jane", NAMEC), "uzvards": L("Doe", NAMEC), "e_pasts": L(EMAIL, MAIL),
            "talrunis": L(E164, TEL), "parole": L("Daugava!2025", CRED),
            "dzimsanas_datums": L("17.05.1991", BIRTH), "valoda": L("lv", DEV),
            "piekrist_noteikumiem": True}),
        case(f, f"{a}/v2/auth/pieteikties", fmt="form", headers=_h(rng), body={
            "e_pasts": L(EMAIL_UPPER, MAIL), "parole": L("Daugava!2025", CRED),
            "ierice": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "talrunis": L(PHONE, TEL), "kods": L("482913", CRED)}),
        case(f, f"{a}/v2/lietotaji/es", headers=_h(rng, extra={
            "Authorization": J(claims(rng, e_pasts=L(EMAIL, MAIL)))})),
        case(f, f"{a}/v2/lietotaji/es/adrese", headers=_h(rng, **b), body={"adrese": {
            "iela": L(LV_HOME["iela"], ADDR), "pilseta": L(LV_HOME["pilseta"], COARSE),
            "pasta_indekss": L(LV_HOME["pasta_indekss"], COARSE), "valsts": L("LV", COARSE)}}),
        case(f, f"{a}/v2/lietotaji/es/identitate", headers=_h(rng, **b), body={
            "personas_kods": L(PERSONAS_KODS, NATID), "atlaujas_nr": L(PERMIT_LV, NATID),
            "atlauja_lidz": "2026-06-30", "pilsoniba": "USA"}),
        case(f, f"{a}/v2/transportlidzekli", headers=_h(rng, **b), body={
            "numurs": L(PLATE_LV, HW), "marka": "Škoda", "modelis": "Octavia",
            "krasa": "pelēka", "noklusejuma": True}),
        case(f, f"{a}/v2/zonas", headers=_h(rng, **b), query={
            "lat": L(f"{PARK_AT[0]:.4f}", PRECISE), "lon": L(f"{PARK_AT[1]:.4f}", PRECISE),
            "radiuss": "300"}),
        case(f, f"{a}/v2/stavvieta/sakt", headers=_h(rng, **b), body={
            "zona": ZONE_LV["id"], "numurs": L(PLATE_LV, HW), "sesija": ses,
            "atrasanas_vieta": {"lat": pla, "lon": plo, "precizitate": 8},
            "tarifs_stunda": ZONE_LV["tarifs"], "zonas_centrs": list(ZONE_LV["centrs"])}),
        raw(f, f"{a}/v2/stavvieta/{ses}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/stavvieta/{ses}/beigt", fmt="form", headers=_h(rng, **b), body={
            "summa": L("3.15", BUY), "valuta": "EUR",
            "maksajuma_veids": L(opaque(rng, "pm_", 24), PAY), "minutes": "90"}),
        case(f, f"{a}/v2/stavvieta/vesture", headers=_h(rng, how="none"),
             cookies={"braucam_sid": L(opaque(rng, "", 40), CRED), "lang": "lv"}),
        at_path(case(f, f"{a}/v2/pieturas/tuvuma/{stops}", headers=_h(rng, **b),
                     query={"veidi": "tramvajs,autobuss", "limits": "8"}), stops, PRECISE),
        case(f, f"{a}/v2/marsruts", headers=_h(rng, **b), query={
            "no": L(seg(LV_HOME_AT, 5), PRECISE), "uz": L(seg(LV_WORK_AT, 5), PRECISE),
            "laiks": "2025-12-10T08:10", "caur": STOP["id"]}),
        case(f, f"{a}/v2/biletes/pirkt", headers=_h(rng, **b), body={
            "bilete": L("90_min_viss", BUY), "cena": L("2.30", BUY), "skaits": 1,
            "e_talons": L(ETALONS, UID), "pieprasijums": obj(rng, "rq", 8)}),
        case(f, f"{a}/v2/biletes/validet", fmt="msgpack", headers=_h(rng, **b), body={
            "bilete": obj(rng, "tk", 10), "transports": "T11-4521", "pietura": STOP["id"],
            "lat": L(TRAM_AT[0], PRECISE), "lon": L(TRAM_AT[1], PRECISE),
            "e_talons": L(ETALONS, UID), "laiks": 1765352140}),
        case(f, f"{a}/v2/abonementi", fmt="form", headers=_h(rng, **b), body={
            "plans": L("menesa_visi_transporti", BUY), "summa": L("50.00", BUY),
            "e_talons": L(ETALONS, UID), "automatiski": "1"}),
        multipart(f, f"{a}/v2/sodi/apstridet", [
            ("foto", "biletes_ekrans.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("dati", None, "application/json", {
                "soda_nr": "PP-2025-118834", "numurs": L(PLATE_LV, HW), "zona": ZONE_LV["id"],
                "teksts": L("Stāvvieta bija apmaksāta līdz 14:30, pievienoju ekrānuzņēmumu.",
                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/izlase", headers=_h(rng, **b), body={"vietas": [
            {"nosaukums": "Mājas", "adrese": L(f"{LV_HOME['iela']}, Rīga", ADDR),
             "lat": hla, "lon": hlo},
            {"nosaukums": "Darbs", "lat": L(LV_WORK_AT[0], PRECISE),
             "lon": L(LV_WORK_AT[1], PRECISE)}]}),
        case(f, f"{a}/v2/meklet", headers=_h(rng, **b), body={
            "vaicajums": L("Spīķeri stāvvieta", SEARCH), "lat": L(round(PARK_AT[0], 3), PRECISE),
            "lon": L(round(PARK_AT[1], 3), PRECISE)}),
        case(f, f"{a}/v2/atbalsts", fmt="form", headers=_h(rng, **b), body={
            "e_pasts": L(EMAIL, MAIL), "tema": "maksajums",
            "teksts": L("Divreiz noņemta nauda par vienu stāvēšanu Tērbatas ielā", TEXT)}),
        case(f, f"{a}/v2/auth/atjaunot", fmt="form", headers=_h(rng), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ierice": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ierices/push", headers=_h(rng, **b), body={
            "zetons": L(push_token(rng), DID), "ierice": L(INSTALL_ID, DID),
            "modelis": L("Pixel 8", DEV), "os": L("Android 14", DEV), "valoda": L("lv", DEV)}),
        case(f, f"{a}/v2/notikumi", gz=True, headers=_h(rng, **b), body={
            "lietotajs": L(USER_ID, UID), "notikumi": [
                ev("stavvieta_sakta", 1, zona=ZONE_LV["id"]), ev("bilete_nopirkta", 2),
                ev("ekrans", 3, nosaukums=L("Karte", USAGE))]}),
        case(f, f"{a}/v2/play/parbaudit", headers=_h(rng, **b), body={
            "productId": L("braucam_plus_menesis", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3342-1187-5520-44917", BUY), "packageName": APP.pkg}),
    ]


def braucam_sdks() -> list[Case]:
    rng = random.Random(8202)
    tz, loc = "Europe/Riga", "lv-LV"
    return [
        oz_batch(APP, rng, [("Parking Started", {"zone": ZONE_LV["id"]}),
                            ("Ticket Bought", {"price": L(2.30, BUY), "kind": "90min"})],
                 at=PARK_AT, nd=2, tz=tz, locale=loc),
        ll_open(APP, rng, first=True, lang="lv"),
        ll_event(APP, rng, "monthly_pass", {"plan": "all_modes"}, revenue=50.0, currency="EUR",
                 lang="lv"),
        dz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TRAM_AT, nd=3,
               geo=("LVA", "", "", ""), lang="lv"),
        kk_crash(APP, rng, ("java.lang.IllegalStateException", "zone polygon empty"),
                 [kk_crumb("navigation", "Map -> ZoneSheet"),
                  kk_crumb("http", "GET /v2/zonas", {"status": 500})],
                 screen="ZoneSheetFragment", tz=tz, locale="lv_LV"),
        sz_eval(APP, rng, {"city": L("riga", COARSE), "newTicketFlow": True}, hdr=True),
        zv_register(APP, rng, tags={"pass": "monthly"}, at=LV_HOME_AT, nd=2, tz=tz, lang="lv"),
        mk_card(APP, rng, zip_="LV-1011"),
        kz_reverse(APP, rng, PARK_AT, PRECISE, nd=5),
        kz_search(APP, rng, "Tērbatas iela 41", ADDR, near=LV_HOME_AT, nd=3, lang="lv"),
        pk_save(APP, rng, {"analytics": True, "ads": False}, country="LV", region="RIX",
                lang="lv"),
    ]
