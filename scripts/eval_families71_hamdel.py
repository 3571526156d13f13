"""Remittance and family-chat app "Hamdel" of the Tehran diaspora in Toronto (its API's keys are
Persian in Latin letters: ``nam``, ``nam_khanevadegi``, ``telefon``, ``adres``, ``shahr``,
``code_posti``, ``tarikh_tavalod``, ``ramz``, ``kod_meli``). She lives in New York, sends money
to her father-in-law in Tehran and chats with her husband's family: sign-up (a Persian-calendar
birth date), the SMS code, a log-in, ``/man``, the KYC (passport, selfie), a payee with his
national code, a rate quote, a transfer and its status by reference in the path, her bank
account, the compliance check, her address, the family group's messages (JSON, msgpack), a voice
note, a photo, contact matching, a shared location, an invitation, settings, push, events and
the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import E164, EMAIL_UPPER, JPEG, M4A, PHONE_SHA256, multipart, push_token
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head, rid
from eval_families71_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    DOB_JALALI,
    FAMILY_CHAT,
    IPLOC,
    KOD_MELI,
    MADAR,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    PASSPORT,
    PAY,
    PEDAR,
    SARRAFI,
    TEL,
    TEXT,
    UID,
    USAGE,
    home,
    obj,
)
from eval_families71_sdk import ao_bid, fl_crash, fl_crumb, gp_batch, gp_identify, tr_event, tr_open
from eval_families71_svc import ab_message, as_save, bq_register, fm_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, case, h

APP = App("hamdel", "Hamdel", "com.example.hamdel", "6.3.2", "https://api.hamdel.example.com")
IID = "X-Hamdel-Dastgah"
RAMZ = "Anar#Yalda1403"
REF = "HD-2512-70418"  # the transfer's reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    hh = head(APP, rng, iid=IID, how=how, **kw)
    hh["Accept-Language"] = L("fa-IR,fa;q=0.9,en-US;q=0.8", DEV)
    return hh


def _book(rng: random.Random) -> list[L]:
    """Her address book's numbers hashed for contact matching (one content.contacts label)."""
    nums = ["+14165550148", "+14165550162", "+16475550109", "+989125550173", "+15550142277"]
    return [L(h("sha256", n), CONTACTS) for n in nums]


def hamdel() -> list[Case]:
    rng = random.Random(7111)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), nam=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    payee = obj(rng, "gir", 8)
    msg = obj(rng, "pm", 12)
    la, lo = home(5)
    hla, hlo = home(4)
    status = at_path(case(f, f"{a}/v1/havale/{REF}/vaziat", headers=_h(rng, **b)), REF, BUY)
    return [
        case(f, f"{a}/v1/hesab/sabtenam", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "nam_khanevadegi": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ramz": L(RAMZ, CRED),
            "tarikh_tavalod": L(DOB_JALALI, BIRTH), "taqvim": "jalali",
            "shahr": L(CITY, COARSE), "code_posti": L(ZIP, COARSE), "keshvar": L("US", COARSE),
            "khabarname": False}),
        case(f, f"{a}/v1/hesab/tayid", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE, TEL), "code": L("604118", CRED)}),
        case(f, f"{a}/v1/auth/vorud", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ramz": L(RAMZ, CRED), "dastgah": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/man", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc", [
            ("gozarname", "passport.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{NATID}")),
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("etelaat", None, "application/json", {
                "shomare_gozarname": L(PASSPORT, NATID), "keshvar_sodur": "US",
                "tarikh_tavalod": L(DOB, BIRTH), "engheza": "2032-03-01",
                "shoghl": "mohandes"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/girandegan", headers=_h(rng, **b), body={
            "nam": L(PEDAR[0].split()[0], NAMEC), "nam_khanevadegi": L(PEDAR[0].split()[1], NAMEC),
            "telefon": L(PEDAR[1], TEL), "kod_meli": L(KOD_MELI, NATID),
            "adres": L("Khiaban-e Valiasr, Kuche-ye Tavakoli 12, Vahed 3", ADDR),
            "shahr": "Tehran", "nesbat": "pedar-shohar", "id": payee}),
        case(f, f"{a}/v1/havale/nerkh", headers=_h(rng, **b), query={
            "mablagh": "500", "az": "USD", "be": "IRR", "shobe": SARRAFI["id"]}),
        case(f, f"{a}/v1/havale", headers=_h(rng, **b), body={
            "shenase": L(REF, BUY), "girande": payee, "mablagh": L("500.00", BUY),
            "karmozd": L("6.50", BUY), "arz": "USD", "nerkh": 612300, "shobe": SARRAFI["id"],
            "manba": L(opaque(rng, "ba_", 16), PAY), "hadaf": "komak-e khanevade",
            "idempotency": rid(rng)}),
        status,
        case(f, f"{a}/v1/bank", fmt="form", headers=_h(rng, **b), body={
            "shomare_hesab": L(ACCOUNT, PAY), "routing": L(ROUTING, PAY),
            "nam_saheb": L(NAME, NAMEC), "noe": "checking"}),
        case(f, f"{a}/v1/compliance/barresi", headers=_h(rng, **b), body={
            "ip": L(PUBLIC_IP, IPLOC), "sim_keshvar": L("US", CARRIER),
            "mcc_mnc": L("310260", CARRIER), "operator": L("Example Mobile", CARRIER),
            "vpn": L(False, DEV), "lat": hla, "lon": hlo, "dastgah": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/hesab/adres", headers=_h(rng, **b), body={
            "adres": L(LINE1, ADDR), "vahed": L(LINE2, ADDR), "shahr": L(CITY, COARSE),
            "ostan": L(STATE, COARSE), "code_posti": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/chat/goruh/{FAMILY_CHAT}/payam", headers=_h(rng, **b), body={
            "id": msg, "ferestande": L(USER_ID, UID),
            "matn": L("Baba joon, 500 dollar ferestadam, shenase HD-2512-70418", f"{TEXT}|{BUY}"),
            "ersal": 1765318800}),
        case(f, f"{a}/v1/chat/goruh/{FAMILY_CHAT}/payam", fmt="msgpack", headers=_h(rng, **b),
             body={"id": obj(rng, "pm", 12), "ferestande": L(USER_ID, UID), "pasokh_be": msg,
                   "matn": L("Maman Parvin, Yalda shab-e shanbe khune-ye shoma?", TEXT)}),
        multipart(f, f"{a}/v1/chat/goruh/{FAMILY_CHAT}/seda", [
            ("seda", "voice.m4a", "audio/mp4", L(M4A + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"modat": 14.2, "id": obj(rng, "pm", 12)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/chat/goruh/{FAMILY_CHAT}/aks", [
            ("aks", "yalda.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {
                "zirnevis": L("Sofre-ye Yalda-ye ma, jaye shoma khali", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat/mokhatabin", headers=_h(rng, **b), body={
            "man": L(PHONE_SHA256, TEL), "hash": "sha256", "list": _book(rng)}),
        case(f, f"{a}/v1/chat/goruh/{FAMILY_CHAT}/makan", headers=_h(rng, **b), body={
            "lat": la, "lon": lo, "deghat": 11, "modat_daghighe": 60}),
        case(f, f"{a}/v1/davat", fmt="form", headers=_h(rng, **b), body={
            "nam": L(MADAR[0], NAMEC), "telefon": L(MADAR[1], TEL), "goruh": FAMILY_CHAT}),
        case(f, f"{a}/v1/tanzimat", fmt="form", headers=_h(rng, **b), body={
            "zaban": L("fa", DEV), "taqvim": "jalali", "eslan_havale": "true"}),
        case(f, f"{a}/v1/dastgah", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "dastgah": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "system": L("Android 14", DEV),
            "mantaghe_zamani": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/ruydad", gz=True, headers=_h(rng, **b), body={
            "karbar": L(USER_ID, UID), "ruydadha": [
                ev("havale_ersal", 1, mablagh=L(500, BUY)), ev("payam_goruh", 2),
                ev("safhe", 3, safhe=L("Havale", USAGE))]}),
        case(f, f"{a}/v1/havale/tarikhche", headers=_h(rng, how="none"), cookies={
            "hd_session": L(opaque(rng, "", 40), CRED), "hd_dastgah": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/shobe/nazdik", headers=_h(rng, **b), query={
            "shahr": "Toronto", "shobe": SARRAFI["id"]}),
    ]


def hamdel_sdks() -> list[Case]:
    rng = random.Random(7112)
    return [
        gp_batch(APP, rng, [("Transfer Sent", {"amount": L(500, BUY), "corridor": "US-IR"}),
                            ("Group Message", {"kind": "text"})], locale="fa-IR"),
        gp_identify(APP, rng, {"first_name": L(FIRST, NAMEC), "city": L(CITY, COARSE),
                               "language": L("fa", DEV), "transfers": 3}),
        tr_open(APP, rng, first=True),
        tr_event(APP, rng, "first_transfer", {"ref": L(REF, BUY)}, revenue=6.5, hashed=True),
        ao_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="persian,calendar,yalda"),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "jalali date parse"),
                 [fl_crumb("navigation", "Chat -> Havale"),
                  fl_crumb("http", "POST", {"url": f"{APP.api}/v1/havale", "status": 409})],
                 screen="HavaleActivity"),
        fm_eval(APP, rng, {"corridor": "US-IR", "kycTier": 2}),
        bq_register(APP, rng, lang="fa", tags={"goruh": "khanevade"}),
        as_save(APP, rng, {"analytics": True, "ads": False, "personalization": True}),
        ab_message(APP, rng, L("Havale-ye HD-2512-70418 hanuz 'dar entezar' ast",
                               f"{TEXT}|{BUY}"), {"shenase": L(REF, BUY)}),
    ]
