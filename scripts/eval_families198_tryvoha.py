"""A telecare app "Tryvoha" (a fall-alarm pendant for her mother-in-law Halina, who lives alone in
Brest; she is the guardian on her phone: the ward's file, her health profile, emergency contacts,
the pendant paired and synced over Bluetooth when she visits, alarms acknowledged, blood pressure
readings, medicine reminders, the home hub's Wi-Fi, the subscription by direct debit). Sets 11,
37 and 63 detect falls on the user's own phone; here the data subject is another person, the
guardian's phone relays it. Keys are Belarusian in Lacinka, ASCII-folded: ``apiakun`` guardian,
``padapiecnaja`` ward, ``imia``, ``prozvisca``, ``data_naradzennia``, ``identyfikacyjny_numar``,
``adras``, ``horad``, ``indeks``, ``dom`` home, ``karta`` file, ``kulon`` pendant,
``pryviazka`` pairing, ``zdarouje`` health, ``dyjahnazy`` diagnoses, ``lieki`` medicines,
``invalidnasc`` disability, ``hrupa_krvi`` blood group, ``kantakty`` contacts, ``sasiedka``
neighbour, ``tryvoha`` alarm, ``padziennie`` fall, ``uskarenni`` accelerations, ``puls``,
``cisk`` blood pressure, ``nahadvanni`` reminders, ``vizit`` visit, ``abaniemient``
subscription."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families15_kit import imu
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MED,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    BY_ACCOUNT,
    CARE_FILE,
    HUSBAND,
    MIL_HOME,
    MIL_HOME_AT,
    MIL_ID,
    MOTHER_IL,
    PENDANT,
    fix,
    hd,
    obj,
    push,
)
from eval_families198_sdk import md_batch, tz_event, tz_launch
from eval_families198_svc import (
    cr_check,
    cz_card,
    cz_confirm,
    fv_eval,
    hm_message,
    mb_geocode,
    ph_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tryvoha", "Tryvoha", "com.example.tryvoha", "2.6.0", "https://api.tryvoha.example.net")
IID = "X-Tryvoha-Install"
PW = "Mama!Brest1959"
NID = "personal.national_id"
FIT = "health.fitness"
HUB_SSID, HUB_BSSID = "MTS-Halina", "f0:9f:c2:18:6e:a3"  # the ward's home Wi-Fi (hub joined)
NEIGHBOUR = ("Zinaida Marchuk", "+375297730918")  # the ward's neighbour, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, be=True, **kw)


def tryvoha() -> list[Case]:
    rng = random.Random(19871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), padapiecnaja=L(CARE_FILE, MED)))}
    hla, hlo = fix(MIL_HOME_AT)
    vla, vlo = fix(MIL_HOME_AT, 5)
    alarm = obj(rng, "al")
    lab: dict[str, str] = {}
    beat = pb([(1, L(CARE_FILE, MED)),
               (2, [(1, L(MIL_HOME_AT[0], PRECISE)), (2, L(MIL_HOME_AT[1], PRECISE))]),
               (3, L(78, FIT)), (4, 64), (5, 1769800000)], "", lab)
    log = at_path(case(f, f"{a}/api/v1/padapiecnyja/{CARE_FILE}/zurnal", headers=_h(rng, **b),
                       query={"dni": "7"}), CARE_FILE, MED)
    return [
        case(f, f"{a}/api/v1/apiakuny", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "suviaz": "niaviestka"}),
        case(f, f"{a}/api/v1/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("913562", CRED)}),
        case(f, f"{a}/api/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/padapiecnyja", headers=_h(rng, **b), body={
            "imia": L(MOTHER_IL[0], NAMEC), "data_naradzennia": L("22.07.1959", BIRTH),
            "identyfikacyjny_numar": L(MIL_ID, NID), "adras": L(MIL_HOME["line"], ADDR),
            "horad": L(MIL_HOME["town"], COARSE), "indeks": L(MIL_HOME["post"], COARSE),
            "telefon": L(MOTHER_IL[1], TEL), "dom": {"syrata": hla, "dauhata": hlo},
            "karta": L(CARE_FILE, MED)}),
        case(f, f"{a}/api/v1/kulon/pryviazka", headers=_h(rng, **b), body={
            "kulon": PENDANT["serial"], "ble": PENDANT["ble"], "fw": PENDANT["fw"],
            "karta": L(CARE_FILE, MED)}),
        case(f, f"{a}/api/v1/zdarouje", gz=True, headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED),
            "dyjahnazy": [L("hipiertanija II st.", MED), L("cukrovy dyjabiet 2 typu", MED)],
            "lieki": [L("lizynapryl 10 mh", MED), L("mietfarmin 850 mh", MED)],
            "alerhii": [L("aspiryn", MED)], "invalidnasc": L("II hrupa", f"{SENS}|{MED}"),
            "hrupa_krvi": L("B(III) Rh+", MED), "chodzic_z_kijem": L(True, MED)}),
        case(f, f"{a}/api/v1/kantakty", headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED), "kantakty": [
                {"imia": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL), "cherha": 1},
                {"imia": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL), "cherha": 2},
                {"imia": L(NEIGHBOUR[0], NAMEC), "telefon": L(NEIGHBOUR[1], TEL), "cherha": 3,
                 "kluc": "maje"}]}),
        case(f, f"{a}/api/v1/kulon/sinchranizacyja", headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED), "kulon": PENDANT["serial"],
            "padziennie": {"cas": "2026-01-30T06:42:11", "uskarenni": L(imu(rng, 40), MOTION),
                           "syrata": L(MIL_HOME_AT[0], PRECISE),
                           "dauhata": L(MIL_HOME_AT[1], PRECISE)},
            "puls": [L(74, FIT), L(96, FIT), L(88, FIT)], "bateryja_kulona": 64}),
        case(f, f"{a}/api/v1/tryvohi/{alarm}/pacverdzic", fmt="form", headers=_h(rng, **b), body={
            "tryvoha": alarm, "status": "dapamoha_pryjsla",
            "kamientar": L("Mama ŭpala ŭ vannaj, sasiedka Zina dapamahla, udaryla bok",
                           f"{TEXT}|{MED}")}),
        raw(f, f"{a}/api/v1/kulon/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/lieki/nahadvanni", headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED), "nahadvanni": [
                {"liek": L("lizynapryl 10 mh", MED), "cas": "08:00"},
                {"liek": L("mietfarmin 850 mh", MED), "cas": "20:00"}]}),
        log,
        case(f, f"{a}/api/v1/vizit", headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED), "miesca": {"syrata": vla, "dauhata": vlo},
            "typ": "asabisty", "pryviezla": L("lieki i pradukty", TEXT)}),
        case(f, f"{a}/api/v1/cisk", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(CARE_FILE, MED), "vymiary": [
                {"cisk": L("152/94", MED), "puls": L(81, FIT), "t": 1769760000},
                {"cisk": L("146/90", MED), "puls": L(77, FIT), "t": 1769846400}]}),
        case(f, f"{a}/api/v1/habi/wifi", headers=_h(rng, **b), body={
            "ssid": L(HUB_SSID, WIFI), "bssid": L(HUB_BSSID, WIFI), "hab": "hub_br_0412"}),
        case(f, f"{a}/api/v1/aplata", fmt="form", headers=_h(rng, **b), body={
            "abaniemient": "standart", "suma": L("24.90", BUY), "valiuta": "BYN",
            "metad": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/spisanne", headers=_h(rng, **b), body={
            "iban": L(BY_ACCOUNT, PAY), "ulasnik": L(f"{FIRST} {LAST}", NAMEC),
            "abaniemient": "standart", "suma": L(24.9, BUY)}),
        case(f, f"{a}/api/v1/paviedamlennie", headers=_h(rng, **b), body={
            "da": "dyspietcar", "tekst": L("Halina Kavalchuk drenna cuje, kali nie adkazvaje, "
                                           "telefanujcie susiedcy na +375297730918",
                                           f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/posuk", headers=_h(rng, **b), query={
            "q": L("jak zmianic bateryju kulona", SEARCH)}),
        case(f, f"{a}/api/v1/rachunki", headers=_h(rng, how="none"), cookies={
            "tr_sesija": L(opaque(rng, "", 40), CRED), "tr_prylada": L(INSTALL_ID, DID),
            "tr_req": rid(rng)}),
        case(f, f"{a}/api/v1/prylady", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/padziei", gz=True, headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("tryvoha_pacverdzana", 1), ev("ekran", 2, ekran=L("Zurnal", USAGE))]}),
    ]


def tryvoha_sdks() -> list[Case]:
    rng = random.Random(19872)
    return [
        md_batch(APP, rng, [("Alarm Acknowledged", {}), ("Pendant Synced", {"battery": 64})]),
        tz_launch(APP, rng, user=True),
        tz_event(APP, rng, "subscribe", {"plan": "standart"}, revenue=24.9),
        fv_eval(APP, rng, {"horad": L("Brest", COARSE), "role": "apiakun"}),
        ph_register(APP, rng, lang="be", at=MIL_HOME_AT, nd=2, tags={"role": "apiakun"}),
        cr_check(APP, rng, {"analytics": True, "research": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "24.90"),
        mb_geocode(APP, rng, f"{MIL_HOME['line']}, Brest", ADDR),
        hm_message(APP, rng, L("Kulon nie sinchranizujecca paslia abnaulennia", TEXT),
                   {"karta": L(CARE_FILE, MED)}),
    ]
