"""Remittance pick-up and phone top-up app "Lajanvit" from Port-au-Prince (its API's keys are
Haitian Creole: ``non``, ``siyati``, ``nimewo_telefon``, ``adres``, ``vil``, ``nimewo_idantite``,
``dat_nesans``, ``modpas``, ``mari``). Unlike the senders' apps of sets 15, 62 and 71 this is the
receiving side: her husband in New York sends, she collects cash at an agent in Pétion-Ville and
tops up her son's nanny's phone. Sign-up (her husband as sender), the SMS code, a log-in, ``/mwen``,
the KYC (passport page, selfie), the transfer by reference in the path, the pick-up check (PIN,
sender), agents nearby, a reservation, the pay-out at the agent (msgpack), an operator look-up and a
top-up, a saved beneficiary, contact matching by hashed numbers, a rate alert, fraud signals, a
receipt, a password change, a referral with a link, a support ticket, push, a client log (JSON
Lines), events and the balance by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PHONE_SHA256,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families101_kit import (
    AGENT,
    DOB_HT,
    HT_HOME,
    HT_HOME_AT,
    NANNY,
    NET_COUNTRY,
    NET_MCCMNC,
    NET_NAME,
    PASSPORT_US,
    PICKUP_PIN,
    TOPUP_REF,
    TRANSFER_REF,
    TZ,
    accept_ht,
    code,
    hashed_book,
)
from eval_families101_sdk import (
    ak_event,
    ak_install,
    bl_bid,
    cv_batch,
    cv_identify,
    fe_crash,
    fe_crumb,
)
from eval_families101_svc import at_message, fk_eval, pc_card, pm_register
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("lajanvit", "Lajanvit", "com.example.lajanvit", "5.3.2",
          "https://api.lajanvit.example.net")
IID = "X-Lajanvit-Aparey"
MODPAS, MODPAS2 = "Solèy#Lakay2025", "Mango!Vèt2026"
AGENT_FIX = (18.513902, -72.288771)  # her phone at the agent's counter


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = accept_ht()
    return h


def lajanvit() -> list[Case]:
    rng = random.Random(10111)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, nimewo_telefon=L(E164, TEL), non=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HT_HOME_AT, 5)
    ala, alo = fix(AGENT_FIX, 6)
    transfer = at_path(case(f, f"{a}/v1/transfe/{TRANSFER_REF}", headers=_h(rng, **b),
                            query={"kanal": "retre"}), TRANSFER_REF, BUY)
    return [
        case(f, f"{a}/v1/kont", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "siyati": L(LAST, NAMEC), "nimewo_telefon": L(E164, TEL),
            "imel": L(EMAIL, MAIL), "modpas": L(MODPAS, CRED),
            "dat_nesans": L(DOB_HT, BIRTH), "adres": L(HT_HOME["adres"], ADDR),
            "vil": L(HT_HOME["vil"], COARSE), "peyi": L("HT", COARSE),
            "mari": {"non": L(PARTNER[0], NAMEC), "nimewo_telefon": L(PARTNER[1], TEL)},
            "lang": L("ht", DEV), "kondisyon": True}),
        case(f, f"{a}/v1/otp/verifye", fmt="form", headers=_h(rng), body={
            "nimewo_telefon": L(DIGITS, TEL), "kod": L("660428", CRED)}),
        case(f, f"{a}/v1/koneksyon", fmt="form", headers=_h(rng), body={
            "nimewo_telefon": L(E164, TEL), "modpas": L(MODPAS, CRED), "sonje": "1"}),
        case(f, f"{a}/v1/mwen", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc", [
            ("paspo", "paspo.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("done", None, "application/json", {
                "nimewo_idantite": L(PASSPORT_US, NATID), "kalite": "paspo",
                "peyi_emisyon": "US", "dat_nesans": L(DOB, BIRTH),
                "dat_ekspirasyon": "2033-02-10", "non_konple": L(NAME, NAMEC)})],
            headers=_h(rng, **b)),
        transfer,
        case(f, f"{a}/v1/retre/verifye", headers=_h(rng, **b), body={
            "referans": L(TRANSFER_REF, BUY), "kod_sekre": L(PICKUP_PIN, CRED),
            "voye_pa": {"non": L("Alex", NAMEC), "siyati": L("Doe", NAMEC),
                        "peyi": "US"},
            "montan_atann": L("250.00", BUY), "lajan": "USD"}),
        case(f, f"{a}/v1/ajan/pre", headers=_h(rng, **b), query={
            "lat": L(f"{HT_HOME_AT[0]:.3f}", "location.precise"),
            "lon": L(f"{HT_HOME_AT[1]:.3f}", "location.precise"),
            "reyon_km": "3", "sevis": "retre,rechaj"}),
        case(f, f"{a}/v1/retre/rezevasyon", headers=_h(rng, **b), body={
            "referans": L(TRANSFER_REF, BUY), "ajan": AGENT["id"], "le": "2025-12-10T10:30",
            "pozisyon": {"lat": hla, "lon": hlo},
            "ajan_pozisyon": {"lat": AGENT["lat"], "lon": AGENT["lon"]},
            "ajan_detay": {"non": AGENT["non"], "adres": AGENT["adres"],
                           "telefon": AGENT["telefon"]}}),
        case(f, f"{a}/v1/retre/konfime", fmt="msgpack", headers=_h(rng, **b), body={
            "referans": L(TRANSFER_REF, BUY), "ajan": AGENT["id"], "teminal": "TRM-2207",
            "pozisyon": {"lat": ala, "lon": alo}, "nimewo_idantite": L(PASSPORT_US, NATID),
            "montan": L("250.00", BUY), "to": 131.4, "montan_htg": L("32850.00", BUY)}),
        case(f, f"{a}/v1/rechaj/operate", fmt="form", headers=_h(rng, **b), body={
            "nimewo_telefon": L(NANNY[1], TEL), "peyi": "HT"}),
        case(f, f"{a}/v1/rechaj", headers=_h(rng, **b), body={
            "benefisye": {"non": L(NANNY[0], NAMEC), "nimewo_telefon": L(NANNY[1], TEL)},
            "operate": NET_NAME, "montan": L("500", BUY), "lajan": "HTG",
            "peman": L(opaque(rng, "pm_", 24), PAY), "referans": L(TOPUP_REF, BUY),
            "idanpotans": rid(rng)}),
        case(f, f"{a}/v1/benefisye", headers=_h(rng, **b), body={
            "non": L(PARTNER[0], NAMEC), "nimewo_telefon": L(PARTNER[1], TEL),
            "imel": L(PARTNER[2], MAIL), "relasyon": "mari"}),
        case(f, f"{a}/v1/kontak/matche", headers=_h(rng, **b), body={
            "mwen": L(PHONE_SHA256, TEL), "kontak": hashed_book(6), "alg": "sha256"}),
        case(f, f"{a}/v1/alet/to", fmt="form", headers=_h(rng, **b), body={
            "pe": "USD/HTG", "nivo": "133.00", "nimewo_telefon": L(E164, TEL), "kanal": "sms"}),
        case(f, f"{a}/v1/fwod/siyal", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "ip_lokal": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "emilate": L(False, DEV), "rasin": L(False, DEV),
            "peyi_sim": L("US", CARRIER), "peyi_rezo": L(NET_COUNTRY, CARRIER),
            "mcc_mnc_rezo": L(NET_MCCMNC, CARRIER), "android_id": L(ANDROID_ID, DID),
            "vpn": L(False, DEV), "sesyon": code(rng, "fs_", 12)}),
        case(f, f"{a}/v1/dokiman/resi", fmt="form", headers=_h(rng, **b), body={
            "referans": L(TRANSFER_REF, BUY), "imel": L(EMAIL, MAIL), "foma": "pdf"}),
        case(f, f"{a}/v1/modpas/chanje", fmt="form", headers=_h(rng, **b), body={
            "ansyen": L(MODPAS, CRED), "nouvo": L(MODPAS2, CRED)}),
        case(f, f"{a}/v1/parenaj", headers=_h(rng, **b), body={
            "zanmi": {"non": L(PEOPLE[1][0], NAMEC), "nimewo_telefon": L(PEOPLE[1][1], TEL)},
            "kod": "JANE-LV5",
            "lyen": U("https://lajanvit.example.net/r", {"kod": "JANE-LV5",
                                                        "u": L(USER_ID, UID)})}),
        case(f, f"{a}/v1/sipo", headers=_h(rng, **b), body={
            "imel": L(EMAIL, MAIL), "sije": "retre",
            "mesaj": L(f"Ajan an di kod mwen an pa bon pou {TRANSFER_REF}",
                       f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "aparey": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV),
            "lang": L("ht_HT", DEV), "zon_le": L(TZ, DEV), "operate": L(NET_NAME, CARRIER),
            "mcc_mnc_sim": L(MCCMNC, CARRIER), "womin": L(True, DEV)}),
        case(f, f"{a}/v1/evenman", gz=True, headers=_h(rng, **b), body={
            "itilizate": L(USER_ID, UID), "evenman": [
                ev("retre_konfime", 1, montan=L("250.00", BUY)), ev("rechaj_fet", 2),
                ev("ekran", 3, ekran=L("Retre", USAGE))]}),
        lines(f, f"{a}/v1/jounal", [
            {"nivo": "info", "mesaj": m, "itilizate": L(USER_ID, UID),
             "aparey": L(INSTALL_ID, DID), "ekran": L(s, USAGE), "t": 1765312000 + 40 * i}
            for i, (m, s) in enumerate([("retre verifye", "Retre"),
                                        ("rechaj voye", "Rechaj")])], headers=_h(rng, **b)),
        case(f, f"{a}/v1/kont/balans", headers=_h(rng, how="none"),
             cookies={"lv_sesyon": L(opaque(rng, "", 40), CRED),
                      "lv_aparey": L(INSTALL_ID, DID), "lv_req": rid(rng)}),
    ]


def lajanvit_sdks() -> list[Case]:
    rng = random.Random(10112)
    return [
        cv_batch(APP, rng, [("Pickup Confirmed", {"amount_usd": L(250.0, BUY)}),
                            ("Topup Sent", {"amount_htg": L(500, BUY), "operator": NET_NAME})],
                 ip=True),
        cv_identify(APP, rng, {"city": L(HT_HOME["vil"], COARSE), "country": L("HT", COARSE),
                               "kyc": "verified", "receiver": True}),
        ak_install(APP, rng),
        ak_event(APP, rng, "lv_topup", {"operator": NET_NAME, "ref": L(TOPUP_REF, BUY)},
                 revenue="500", hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        fe_crash(APP, rng, ("java.lang.IllegalStateException", "pickup sheet detached"),
                 [fe_crumb("nav", "Lakay -> Retre"),
                  fe_crumb("net", "POST", {"url": f"{APP.api}/v1/retre/verifye",
                                           "status": 409})], screen="RetreActivity"),
        fk_eval(APP, rng, {"country": L("HT", COARSE), "kycLevel": 2}),
        pm_register(APP, rng, tags={"vil": L(HT_HOME["vil"], COARSE), "receiver": "1"}),
        pc_card(APP, rng),
        at_message(APP, rng, L(f"Mwen pa ka retire {TRANSFER_REF}, ajan an fèmen",
                               f"{TEXT}|{BUY}"), {"ajan": AGENT["id"]}),
    ]
