"""Dakar tontine (rotating savings circle, ``natt``) app "Nattsa"; its API's keys are Wolof
(``tur`` name, ``sant`` family name, ``nimero_telefon``, ``adaras``, ``dekk`` town,
``nimero_kart_identite``, ``bes_juddu`` birth date, ``baatu_jall`` password, ``jekker`` husband,
``xaalis`` money, ``bataaxal`` message). She is member 7 of a women's circle in Sacré-Cœur and
pays in from New York at Christmas: sign-up, the SMS code, a log-in and its security check (made
in New York: the profile's IP, Wi-Fi and position), ``/man`` with a JWT, circles near her, one
circle, joining, a contribution by mobile money and its receipt by number in the path, the turn
order, her payout, the identity card and a selfie, a chat message (msgpack), invitations from her
address book, her address, her New York details, a loan from the social fund, a PIN, push,
events and her circles by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    IPLOC,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families112_kit import (
    CNI,
    CNI_BARE,
    COTIS_REF,
    DK_HOME,
    DK_HOME_AT,
    DOB_FR,
    HUSBAND,
    NATT,
    NATT_MEMBER,
    NATT_WALLET,
    SN_E164,
    SN_PHONE,
    fix,
    obj,
)
from eval_families112_sdk import (
    ag_event,
    ag_session,
    bk_bid,
    ck_crash,
    ck_crumb,
    lb_batch,
    lb_identify,
)
from eval_families112_svc import cw_message, fn_eval, pc_momo, ps_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LON,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

NATID = "personal.national_id"
APP = App("nattsa", "Nattsa", "com.example.nattsa", "4.2.0", "https://api.nattsa.example.com")
IID = "X-Nattsa-Device"
PW = "Baobab!Mermoz77"
N = f"{APP.api}/v1/natt/{NATT['id']}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("wo-SN,fr-SN;q=0.9,fr;q=0.8", DEV)
    return h


def nattsa() -> list[Case]:
    rng = random.Random(11201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), natt=L(NATT_MEMBER, UID)))}
    hla, hlo = fix(DK_HOME_AT, 5)
    receipt = at_path(case(f, f"{N}/fey/{COTIS_REF}", headers=_h(rng, **b)), COTIS_REF, BUY)
    return [
        case(f, f"{a}/v1/bindu", headers=_h(rng), body={
            "tur": L(FIRST, NAMEC), "sant": L(LAST, NAMEC), "nimero_telefon": L(SN_PHONE, TEL),
            "email": L(EMAIL, MAIL), "baatu_jall": L(PW, CRED), "bes_juddu": L(DOB_FR, BIRTH),
            "adaras": L(DK_HOME["line"], ADDR), "dekk": L(DK_HOME["city"], COARSE),
            "nimero_kart_identite": L(CNI, NATID), "goor_jigeen": L("jigeen", GENDER),
            "jekker": {"tur": L(HUSBAND[0], NAMEC), "nimero_telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/bindu/otp", fmt="form", headers=_h(rng), body={
            "nimero_telefon": L(SN_E164, TEL), "code": L("482913", CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/auth/dugg", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "baatu_jall": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/v1/auth/risk", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "lat": L(round(LAT, 4), PRECISE), "lon": L(round(LON, 4), PRECISE),
            "sim_country": L("US", CARRIER), "mcc_mnc": L(MCCMNC, CARRIER),
            "line1": L(NATIONAL, TEL),
            "tz": L("America/New_York", DEV), "rooted": L(False, DEV), "nonce": rid(rng)}),
        case(f, f"{a}/v1/man", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/natt", headers=_h(rng, **b), query={
            "dekk": L("Dakar", COARSE), "ll": L(f"{DK_HOME_AT[0]:.3f},{DK_HOME_AT[1]:.3f}",
                                               PRECISE), "xaalis_max": "50000"}),
        case(f, N, headers=_h(rng, **b)),
        case(f, f"{N}/dugg", headers=_h(rng, **b), body={
            "member": L(USER_ID, UID), "tur_natt": L("Jane D.", NAMEC),
            "nimero_telefon": L(SN_E164, TEL), "parrain": "usr_k2v8tqz4m3pa",
            "bataaxal": L("Dama bëgg fey daara bu Moussa ak natt bi", f"{TEXT}|{NAMEC}")}),
        case(f, f"{N}/fey", headers=_h(rng, **b), body={
            "member": L(NATT_MEMBER, UID), "xaalis": L(25000, BUY), "devise": "XOF",
            "tour": 3, "momo": {"provider": "xaalis_mobile", "msisdn": L(SN_E164, TEL)},
            "payee": NATT_WALLET, "receipt": L(COTIS_REF, BUY), "idempotency": rid(rng)}),
        receipt,
        case(f, f"{N}/tur", headers=_h(rng, **b), query={"member": L(NATT_MEMBER, UID)}),
        case(f, f"{N}/jot", fmt="form", headers=_h(rng, **b), body={
            "member": L(NATT_MEMBER, UID), "xaalis": L("300000", BUY),
            "msisdn": L(SN_E164, TEL), "tour": "7"}),
        multipart(f, f"{a}/v1/kyc/kart", [
            ("recto", "cni_recto.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("verso", "cni_verso.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "nimero_kart_identite": L(CNI_BARE, NATID), "bes_juddu": L(DOB_FR, BIRTH),
                "expire": "2031-04-30"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"liveness": 0.97, "camera": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{N}/bataaxal", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "thread": obj(rng, "th", 8),
            "text": L("Dama yéex ci cotisation bi, dinaa fey ëllëg", TEXT),
            "sent": 1765312200}),
        case(f, f"{N}/woote", headers=_h(rng, **b), body={"contacts": [
            {"tur": L("Sokhna Diallo", CONTACTS), "nimero_telefon": L("+221775093311", CONTACTS)},
            {"tur": L("Mame Diarra Sow", CONTACTS),
             "nimero_telefon": L("+221706642150", CONTACTS)},
            {"tur": L("Aïssatou Ba", CONTACTS), "nimero_telefon": L("+221781277408", CONTACTS)}],
            "natt": NATT["id"]}),
        case(f, f"{a}/v1/profil/adaras", headers=_h(rng, **b), body={
            "adaras": L(DK_HOME["line"], ADDR), "quartier": L(DK_HOME["quartier"], COARSE),
            "dekk": L(DK_HOME["city"], COARSE), "lat": hla, "lon": hlo}),
        case(f, f"{a}/v1/profil/diaspora", headers=_h(rng, **b), body={
            "dekk": L(CITY, COARSE), "adaras": L(f"{LINE1}, {LINE2}", ADDR),
            "zip": L(ZIP, COARSE), "nimero_telefon": L(PHONE, TEL), "sms": True}),
        case(f, f"{N}/lebu", headers=_h(rng, **b), body={
            "member": L(NATT_MEMBER, UID), "xaalis": L(40000, BUY), "weer": 2,
            "motif": L("Frais d'hospitalisation, Moussa a eu le paludisme",
                       f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/auth/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("9147", CRED), "pin_confirm": L("9147", CRED)}),
        case(f, f"{a}/v1/appareil", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "appareil": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lakk": L("wo", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("fey_ok", 1, xaalis=L(25000, BUY)), ev("natt_view", 2),
                ev("screen", 3, screen=L("NattDetail", USAGE))]}),
        case(f, f"{a}/v1/natt/man", headers=_h(rng, how="upper"),
             cookies={"ns_session": L(opaque(rng, "", 40), CRED),
                      "ns_device": L(INSTALL_ID, DID), "ns_trace": rid(rng)}),
    ]


def nattsa_sdks() -> list[Case]:
    rng = random.Random(11202)
    return [
        lb_batch(APP, rng, [("Contribution Paid", {"amount": L(25000, BUY), "round": 3}),
                            ("Circle Viewed", {"members": 12})], at=(LAT, LON), nd=2,
                 tz="America/New_York"),
        lb_identify(APP, rng, {"dekk": L("Dakar", COARSE), "natt": L(NATT_MEMBER, UID),
                               "diaspora": True, "circles": 1}),
        ag_session(APP, rng, first=True, lang="wo"),
        ag_event(APP, rng, "contribution", {"circle": NATT["id"], "round": 3},
                 revenue=25000, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="epargne,tontine,transfert"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "wallet callback after detach"),
                 [ck_crumb("navigation", "NattDetail -> Fey"),
                  ck_crumb("http", "POST", {"url": f"{N}/fey", "status": 502})],
                 screen="FeyActivity"),
        fn_eval(APP, rng, {"diaspora": True, "wallet": "xaalis_mobile"}),
        ps_register(APP, rng, lang="wo", tags={"role": "membre", "dekk": L("Dakar", COARSE)}),
        pc_momo(APP, rng, "25000"),
        cw_message(APP, rng, L("Mon paiement de 25 000 F est débité mais pas reçu par la natt",
                               f"{TEXT}|{BUY}"), {"natt": L(NATT_MEMBER, UID)}),
    ]
