"""Diaspora money-and-property app "Kurbeti" (Tirana; its API's keys are Albanian: ``emri``,
``mbiemri``, ``telefoni``, ``adresa``, ``rruga``, ``qyteti``, ``kodi_postar``, ``datelindja``,
``fjalekalimi``, ``numri_personal``): sign-up, log-in with an SMS code, ``/une``, the identity
check (personal number, ID card photo), her aunt in Durrës as a recipient, a quote, a transfer
and its status by reference in the path, her Tirana flat (address, point, deed photo), a bill
paid for it, payout agents near her on a visit, an Albanian IBAN, a device check, a support
message, push, events, an invitation and a rates GET by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families16_kit import FACE, f32b64, flat
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families83_kit import (
    AUNT,
    IBAN_AL,
    NUMRI_PERSONAL,
    OFFICE_AL,
    TENANT_REF,
    TIRANA_FLAT,
    TIRANA_FLAT_AT,
    TRANSFER,
    ids,
)
from eval_families83_sdk import gb_crash, gb_crumb, gj_event, gj_session, vz_batch, vz_identify
from eval_families83_svc import fx_eval, ht_geocode, nd_message, nj_register, pg_card
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("kurbeti", "Kurbeti", "com.example.kurbeti", "3.9.2", "https://api.kurbeti.example.com")
IID = "X-Kurbeti-Pajisja"
PW = "Liqeni#Tirana88"
LANG = "sq-AL,sq;q=0.9,en-US;q=0.8"
VISIT_FIX = (41.327803, 19.818412)  # her phone near Skanderbeg Square on a summer visit
PROP = "prn_4471c2a0"  # the flat's record in the app (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=kw.pop("how", "plain"), **kw)
    h["Accept-Language"] = L(LANG, DEV)
    return h


def kurbeti() -> list[Case]:
    rng = random.Random(8311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), emri=L(FIRST, NAMEC)))}
    fla, flo = fix(TIRANA_FLAT_AT, 6)
    vla, vlo = fix(VISIT_FIX, 4)
    trf = f"{a}/v1/transferta/{TRANSFER}/statusi"
    return [
        case(f, f"{a}/v1/perdoruesit", headers=_h(rng), body={
            "emri": L(FIRST, NAMEC), "mbiemri": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "fjalekalimi": L(PW, CRED),
            "datelindja": L("17/05/1991", BIRTH),
            "adresa": {"rruga": L(f"{LINE1}, {LINE2}", ADDR), "qyteti": L(CITY, COARSE),
                       "kodi_postar": L(ZIP, COARSE), "shteti": L("US", COARSE)},
            "kushtet": True, "gjuha": L("sq", DEV)}),
        case(f, f"{a}/v1/hyrje", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "fjalekalimi": L(PW, CRED), "mbaj_mend": "1"}),
        case(f, f"{a}/v1/hyrje/otp", headers=_h(rng), body={
            "telefoni": L(NATIONAL, TEL), "kodi": L("518204", CRED),
            "sesioni": opaque(rng, "ot_", 16)}),
        case(f, f"{a}/v1/une", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kyc", headers=_h(rng, **b), body={
            "numri_personal": L(NUMRI_PERSONAL, NATID), "datelindja": L("1991-05-17", BIRTH),
            "shtetesia": ["US", "AL"], "dokumenti": "leternjoftim"}),
        multipart(f, f"{a}/v1/kyc/dokumente", [
            ("para", "leternjoftim_para.jpg", "image/jpeg",
             L(JPEG + b"\x31", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {
                "numri_personal": L(NUMRI_PERSONAL, NATID), "ana": "para",
                "cilesia": 0.91})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x33", MEDIA)),
            ("analiza", None, "application/json", {
                "shablloni": L(f32b64(flat(rng, 128, 0.08)), FACE), "gjallesia": 0.97,
                "perputhja": 0.91, "kutia": [212, 340, 498, 702]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/perfituesit", headers=_h(rng, **b), body={
            "emri": L(AUNT[0].split()[0], NAMEC), "mbiemri": L(AUNT[0].split()[1], NAMEC),
            "telefoni": L(AUNT[1], TEL), "qyteti": "Durrës", "lidhja": "teze",
            "menyra": "cash_pickup"}),
        case(f, f"{a}/v1/transferta/kuotim", headers=_h(rng, **b), query={
            "shuma": "500", "nga": "USD", "ne": "ALL", "menyra": "cash_pickup"}),
        case(f, f"{a}/v1/transferta", headers=_h(rng, **b), body={
            "perfituesi": ids(rng, "pf", 8), "shuma": L("500.00", BUY), "monedha": "USD",
            "tarifa": L("4.99", BUY), "kursi": "91.84", "qellimi": "ndihme_familjare",
            "agjenti": OFFICE_AL["id"], "metoda": L(opaque(rng, "pm_", 24), PAY),
            "kuotimi": ids(rng, "qt", 12)}),
        at_path(case(f, trf, headers=_h(rng, **b)), TRANSFER, BUY),
        case(f, f"{a}/v1/pronat", headers=_h(rng, **b), body={
            "lloji": "apartament", "rruga": L(TIRANA_FLAT["rruga"], ADDR),
            "qyteti": L(TIRANA_FLAT["qyteti"], COARSE),
            "kodi_postar": L(TIRANA_FLAT["kodi_postar"], COARSE),
            "vendndodhja": {"lat": fla, "lon": flo}, "kadastra": "ZK-8270/114-N9",
            "siperfaqja_m2": 78, "qiradhenie": True, "kontrata": TENANT_REF}),
        multipart(f, f"{a}/v1/pronat/{PROP}/dokumente", [
            ("skedari", "certifikata_pronesise.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"lloji": "certifikate_pronesie",
                                                "faqe": 1})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/pronat/{PROP}/fatura", fmt="msgpack", headers=_h(rng, **b), body={
            "furnitori": "Energji Tirana", "kontrata": "KT-0091-772210", "shuma": L(4120, BUY),
            "monedha": "ALL", "periudha": "2025-11", "user_id": L(USER_ID, UID)}),
        case(f, f"{a}/v1/zyrat", headers=_h(rng, **b), query={
            "lat": vla, "lon": vlo, "rrezja_km": "2", "sherbimi": "cash_pickup"}),
        case(f, f"{a}/v1/llogarite", headers=_h(rng, **b), body={
            "iban": L(IBAN_AL, PAY), "emri_mbajtesit": L(f"{FIRST} {LAST}", NAMEC),
            "banka": "Banka e Shqiponjës", "swift": "SHQPALTX"}),
        case(f, f"{a}/v1/siguria/pin", fmt="form", headers=_h(rng, **b), body={
            "pin": L("4096", CRED), "biometrike": "1"}),
        case(f, f"{a}/v1/pajisja/kontroll", headers=_h(rng, **b), body={
            "rooted": L(False, DEV), "ip_lokale": L(LOCAL_IP, DEV), "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "mcc_mnc": L("310-260", CARRIER),
            "operatori": L("Example Mobile", CARRIER), "emulator": L(False, DEV),
            "ip_publike": L(PUBLIC_IP, IPLOC), "android_id": L(ANDROID_ID, DID),
            "vpn": L(False, DEV)}),
        case(f, f"{a}/v1/perdoruesit/{USER_ID}/limitet", headers=_h(rng, **b)),
        case(f, f"{a}/v1/mesazhe", headers=_h(rng, **b), body={
            "tema": "transferta",
            "teksti": L(f"Transferta {TRANSFER} per tezen time ne Durres nuk ka mberritur "
                        "ende te agjenti", f"{TEXT}|{BUY}"),
            "referenca": L(TRANSFER, BUY)}),
        case(f, f"{a}/v1/ftesat", fmt="form", headers=_h(rng, **b), body={
            "telefoni": L("+15550148820", TEL), "emri": L("Arben Leka", NAMEC),
            "kanali": "sms"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "pajisja": L(INSTALL_ID, DID),
            "modeli": L("Pixel 8", DEV), "os": L("Android 14", DEV), "gjuha": L("sq", DEV)}),
        case(f, f"{a}/v1/ngjarje", gz=True, headers=_h(rng, **b), body={
            "perdoruesi": L(USER_ID, UID), "ngjarjet": [
                ev("transfer_created", 1, amount_band="250-500"),
                ev("property_added", 2), ev("screen_view", 3, screen="Kurset")]}),
        case(f, f"{a}/v1/kurset", headers=_h(rng, how="none"), query={"baza": "USD"},
             cookies={"krb_sess": L(opaque(rng, "", 48), CRED), "krb_dev": L(INSTALL_ID, DID),
                      "gjuha": L("sq", DEV)}),
        case(f, f"{a}/v1/adresa", headers=_h(rng, **b), body={
            "rruga": L(LINE1, ADDR), "rruga2": L(LINE2, ADDR), "qyteti": L(CITY, COARSE),
            "kodi_postar": L(ZIP, COARSE), "shteti": L("US", COARSE)}),
    ]


def kurbeti_sdks() -> list[Case]:
    rng = random.Random(8312)
    return [
        vz_batch(APP, rng, [("Transfer Created", {"corridor": "US-AL", "method": "cash"}),
                            ("Property Added", {"kind": "apartment"})], locale="sq_AL"),
        vz_identify(APP, rng, {"email": L(EMAIL, MAIL), "first_name": L(FIRST, NAMEC),
                               "country": L("US", COARSE), "corridor": "US-AL"}),
        gj_session(APP, rng, first=True, lang="sq"),
        gj_event(APP, rng, "transfer_sent", {"corridor": "US-AL"}, revenue=4.99, hashed=True),
        gb_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"500,00\""),
                 [gb_crumb("navigation", "Perfituesit -> Transferta"),
                  gb_crumb("ui", "click", {"id": "btn_dergo"})], screen="TransfertaActivity"),
        fx_eval(APP, rng, {"corridor": "US-AL", "kycLevel": 2}),
        nj_register(APP, rng, tags={"gjuha": "sq", "transfer_alerts": True}, lang="sq"),
        pg_card(APP, rng, email=True),
        ht_geocode(APP, rng, TIRANA_FLAT["rruga"], ADDR, near=VISIT_FIX, nd=3, lang="sq"),
        nd_message(APP, rng, L(f"Si ta ndryshoj numrin e telefonit? Numri im tani: {E164}",
                               f"{TEXT}|{TEL}"), {"kyc": "verified"}, lang="sq"),
    ]
