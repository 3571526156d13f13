"""Fakaofo's solar microgrid household app "Malamalama" (``malamalama``: light; the atoll's
power comes from one solar station with batteries, and each house has a connection with a daily
energy allowance; Tokelauan keys: ``uila`` electricity, ``fale`` house / address line,
``numela_uila`` grid connection number, ``meafale`` appliances, ``fakamuamua`` priority supply,
``pili`` bill, ``tupe`` amount, ``totogi`` payment, ``motu`` outage, ``tulaga`` position,
``fakamatalaga`` description, ``tekinia`` technician visit, ``aho`` date, ``itula`` time,
``fakaliliu`` transfer, ``hakili`` search, ``fekau`` message, ``ata`` photo, ``mahina`` month,
plus ``igoa``, ``imeli``, ``numela_telefoni``, ``upu_lilo``, ``nuku``, ``fenua``): sign-up, an
OAuth password grant, ``/oku``, usage by connection number in the path, appliances, the son's
nebuliser registered for priority supply, the bill paid, an outage reported with her fix, the
curtailment schedule, meter readings (msgpack), the meter gateway on the home Wi-Fi, a protobuf
meter beat, a photo of the meter, a technician visit, a bill query, a search, history by cookie,
the tariff, an invoice by number, credit sent to her mother-in-law's house on Nukunonu, push,
events and a log-out. Prepaid electricity tokens (set 108), pay-as-you-go solar lamps and home
kits (88, 101, 115, 128) and a generator subscription (106) exist; an island-wide microgrid's
household account with an allowance and priority supply is new ("microgrid" matched nothing)."""

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
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families24_kit import claims
from eval_families188_kit import (
    HOME,
    HOME_AT,
    METER,
    MOTHER_IL,
    PLANT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families188_sdk import ab_bid, ab_notice, ck_session, mo_batch, mo_identify, vk_launch
from eval_families188_svc import cf_check, ff_eval, pm_register, pu_card, pu_confirm
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("malamalama", "Malamalama", "com.example.malamalama", "3.0.5",
          "https://api.malamalama.example.com")
IID = "X-Malamalama-Device"
PW = "Uila#Fale2026"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def malamalama() -> list[Case]:
    rng = random.Random(18831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numela_uila=L(METER, UID), imeli=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(METER, UID)), (2, 1769389200), (3, [(1, 3.42), (2, 81), (3, 230.1)]),
               (4, L(LOCAL_IP, DEV)), (5, "fw-2.4.1")], "", lab)
    usage = at_path(case(f, f"{a}/api/uila/{METER}/fakaaoga", headers=_h(rng, **b),
                         query={"mahina": "2026-01"}), METER, UID)
    return [
        case(f, f"{a}/api/tagata", headers=_h(rng), body={
            "igoa": L(f"{FIRST} {LAST}", NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "numela_telefoni": L(E164, TEL), "upu_lilo": L(PW, CRED),
            "fale": L(HOME["line"], ADDR), "nuku": L(HOME["village"], COARSE),
            "fenua": L(HOME["atoll"], COARSE), "numela_uila": L(METER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "malamalama-android"}),
        case(f, f"{a}/api/oku", headers=_h(rng, extra=jw)),
        usage,
        case(f, f"{a}/api/meafale", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "meafale": [
                {"ituaiga": "pusa aisa", "uati": 150}, {"ituaiga": "fan", "uati": 45},
                {"ituaiga": "masini tuitui", "uati": 100}]}),
        case(f, f"{a}/api/fakamuamua", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "tagata": L(KID, NAMEC),
            "masini": L("nebuliser", MED), "maki": L("asthma", MED), "uati": 60,
            "fomai_tuhi": True}),
        case(f, f"{a}/api/pili/totogi", fmt="form", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "tupe": L("42.60", BUY), "tupe_ituaiga": "NZD",
            "auala_totogi": L(opaque(rng, "pm_", 24), PAY), "fika_fakamuli": L("4444", PAY)}),
        case(f, f"{a}/api/motu", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "amata": "2026-01-27T19:40",
            "tulaga": {"lat": hla, "lng": hlo},
            "fakamatalaga": L("Kua motu te uila i te fale atoa, e leai he malamalama", TEXT)}),
        case(f, f"{a}/api/fakaitiitia", headers=_h(rng, **b), query={
            "fenua": L("fakaofo", COARSE), "aho": "2026-01-28"}),
        case(f, f"{a}/api/uila/faitau", fmt="msgpack", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "faitau": [{"aho": "2026-01-26", "kwh": 3.9},
                                                     {"aho": "2026-01-27", "kwh": 4.4}]}),
        case(f, f"{a}/api/uila/wifi", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV), "faitotoka": "gw_fko_11842"}),
        raw(f, f"{a}/api/uila/fatu", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/api/motu/ata", [
            ("ata", "mita.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"numela_uila": L(METER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tekinia", headers=_h(rng, **b), body={
            "numela_uila": L(METER, UID), "aho": "2026-01-29", "itula": "09:00",
            "fale": L(HOME["line"], ADDR), "numela_telefoni": L(E164, TEL),
            "fekau": L("Fakamolemole valaau mai muamua, ko au e i te uafu i te taeao", TEXT)}),
        case(f, f"{a}/api/fekau", headers=_h(rng, **b), body={
            "kia": PLANT["id"],
            "fekau": L("Toku pili mo Tihema e lua taimi na totogi", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/hakili", headers=_h(rng, **b), query={
            "hakili": L("pusa aisa e maualalo te uila", SEARCH)}),
        case(f, f"{a}/api/pili/tala", headers=_h(rng, how="none"), cookies={
            "ml_sesia": L(opaque(rng, "", 40), CRED), "ml_masini": L(INSTALL_ID, "id.device")}),
        case(f, f"{a}/api/totogi/tau", headers=_h(rng, **b), query={"fenua": L("fakaofo", COARSE)}),
        case(f, f"{a}/api/pili", headers=_h(rng, **b), query={
            "pili": L("MLM-2026-01-0214", BUY), "numela_uila": L(METER, UID)}),
        case(f, f"{a}/api/fakaliliu", headers=_h(rng, **b), body={
            "mai": L(METER, UID), "kia": {"igoa": L(MOTHER_IL[0], NAMEC),
                                          "numela_telefoni": L(MOTHER_IL[1], TEL),
                                          "fenua": L("Nukunonu", COARSE)},
            "tupe": L(20, BUY), "fekau": L("Mo tou uila Lusia, alofa atu", TEXT)}),
        case(f, f"{a}/api/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "session": obj(rng, "ss"), "mea_tutupu": [
                ev("pili_totogi", 1, tupe=L(42.6, BUY)),
                ev("itulau", 2, itulau=L("FakaaogaUila", USAGE))]}),
        case(f, f"{a}/api/ulufafo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "masini": L(INSTALL_ID, "id.device")}),
    ]


def malamalama_sdks() -> list[Case]:
    rng = random.Random(18832)
    return [
        mo_batch(APP, rng, [("Bill Paid", {"amount": L(42.6, BUY)}),
                            ("Outage Reported", {})], at=HOME_AT, nd=2),
        mo_identify(APP, rng, {"atoll": L("Fakaofo", COARSE), "meter": L(METER, UID),
                               "plan": "household_5kwh"}),
        vk_launch(APP, rng, user=True),
        ab_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="solar,fridge,fans"),
        ab_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=301),
        ff_eval(APP, rng, {"atoll": L("Fakaofo", COARSE), "priority": True}, hdr=True),
        pm_register(APP, rng, at=HOME_AT, nd=2, tags={"fenua": L("Fakaofo", COARSE)}),
        cf_check(APP, rng, {"analytics": True, "ads": False}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "42.60"),
    ]
