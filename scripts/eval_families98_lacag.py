"""Mogadishu mobile-money merchant app "Lacagnet Ganacsi" for her fabric shop in Hodan market, its
API keyed in Somali (``magac``, ``magaca_qoyska``, ``lambarka_taleefanka``, ``cinwaan``,
``magaalo``, ``lambarka_aqoonsiga``, ``taariikhda_dhalashada``, ``furaha_sirta``, ``ninkeeda``;
a merchant's till, unlike set 61's consumer wallet): the merchant's registration (her husband as
next of kin), the SMS code, a log-in, ``/aniga`` with a JWT, KYC (her passport and a selfie),
the shop (its address, point and Wi-Fi), paying a wholesaler's till, a payment QR for a
customer, the statement, a refund to a customer's number, a cash-out at an agent, customers
matched from her address book, a stock photo, a device check (msgpack), a complaint, password
and PIN changes, a cashier added, a report by e-mail, the balance by her till in the path, push,
events and offers by a cookie GET."""

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
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MCCMNC,
    MEDIA,
    NAMEC,
    PRECISE,
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
from eval_families22_kit import PASSPORT
from eval_families24_kit import claims
from eval_families98_kit import (
    BOOK,
    HOME,
    HUSBAND,
    SHOP_AT,
    SHOP_LINE,
    SHOP_NAME,
    SUPPLIER_TILL,
    TILL,
    TZ,
    VISITED,
    fix,
    hashed_book,
    hd,
    obj,
)
from eval_families98_sdk import (
    fi_crash,
    fi_crumb,
    oq_event,
    oq_launch,
    th_batch,
    th_identify,
)
from eval_families98_svc import bz_register, cx_save, hd_message, tf_reverse, tk_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    PHONE,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("lacagnet", "Lacagnet Ganacsi", "com.example.lacagnet.merchant", "5.3.2",
          "https://api.lacagnet.example.com")
IID = "X-Lacag-Qalab"
PW = "Hodan#Dhar2025"
PIN, PIN2 = "4719", "8302"
SHOP_SSID, SHOP_BSSID = "Dukaan-Hodan", "9c:5c:8e:41:07:d2"  # the shop's router (her network)


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, how=how, lang="so", **kw)


def lacagnet() -> list[Case]:
    rng = random.Random(9811)
    a, f = APP.api, APP.fam
    jw = J(claims(rng, lambarka_taleefanka=L(E164, TEL), till=L(TILL, UID), role="merchant"))
    b = {"auth": "bearer"}
    sla, slo = fix(SHOP_AT, 6)
    agent_fix = fix((2.040266, 45.314871), 4)
    return [
        case(f, f"{a}/v2/ganacsade/diiwaan", headers=_h(rng), body={
            "magac": L(FIRST, NAMEC), "magaca_qoyska": L(LAST, NAMEC),
            "lambarka_taleefanka": L(E164, TEL), "iimayl": L(EMAIL, MAIL),
            "cinwaan": L(SHOP_LINE, ADDR), "magaalo": L(HOME["city"], COARSE),
            "degmo": L(HOME["district"], COARSE),
            "lambarka_aqoonsiga": L(PASSPORT, NATID), "nooca_aqoonsiga": "baasaboor",
            "taariikhda_dhalashada": L(DOB, BIRTH), "jinsi": L("dheddig", GENDER),
            "furaha_sirta": L(PW, CRED), "nooca_ganacsiga": "dhar",
            "ninkeeda": {"magac": L(HUSBAND[0], NAMEC),
                         "lambarka_taleefanka": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "lambarka_taleefanka": L(PHONE, TEL), "koodh": L("482913", CRED)}),
        case(f, f"{a}/v2/auth/gal", fmt="form", headers=_h(rng), body={
            "lambarka_taleefanka": L(E164, TEL), "furaha_sirta": L(PW, CRED),
            "qalab": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ganacsade/aniga", headers=_h(rng, jwt=jw)),
        multipart(f, f"{a}/v2/kyc", [
            ("baasaboor", "passport.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{NATID}")),
            ("sawir", "selfie.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("xog", None, "application/json", {
                "lambarka_aqoonsiga": L(PASSPORT, NATID), "dhicitaan": "2033-08-30",
                "taariikhda_dhalashada": L(DOB, BIRTH), "till": L(TILL, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dukaan", headers=_h(rng, **b), body={
            "till": L(TILL, UID), "magaca_dukaanka": SHOP_NAME, "cinwaan": L(SHOP_LINE, ADDR),
            "degmo": L(HOME["district"], COARSE), "lat": sla, "lng": slo,
            "wifi": {"ssid": L(SHOP_SSID, WIFI), "bssid": L(SHOP_BSSID, WIFI)},
            "saacadaha": "07:00-19:00"}),
        case(f, f"{a}/v2/lacag/dir", headers=_h(rng, **b), body={
            "ka": L(TILL, UID), "loo": SUPPLIER_TILL, "qadar": L("140.00", BUY),
            "lacag": "USD", "khidmad": "0.00", "faahfaahin": L("Lacagta maro cusub", TEXT),
            "pin": L(PIN, CRED), "tixraac": obj(rng, "txr", 12)}),
        case(f, f"{a}/v2/qr/abuur", fmt="form", headers=_h(rng, **b), body={
            "till": L(TILL, UID), "qadar": L("12.50", BUY), "qaan": L("INV-20451", BUY),
            "dhacaya": "300"}),
        case(f, f"{a}/v2/lacag/taariikh", headers=_h(rng, **b), query={
            "till": L(TILL, UID), "bilow": "2025-12-01", "dhammaad": "2025-12-10", "bog": "1"}),
        case(f, f"{a}/v2/lacag/celin", headers=_h(rng, **b), body={
            "macmiil": L("+252615550191", TEL), "qadar": L("6.00", BUY),
            "sabab": L("Maradii waa la soo celiyay, midab khaldan", TEXT),
            "tixraac_asal": obj(rng, "txr", 12), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v2/wakiil/bixin", fmt="form", headers=_h(rng, **b), body={
            "wakiil": "AG-30177", "qadar": L("200.00", BUY), "pin": L(PIN, CRED),
            "lat": agent_fix[0], "lng": agent_fix[1]}),
        case(f, f"{a}/v2/macaamiil/isku-beeg", headers=_h(rng, **b), body={
            "till": L(TILL, UID), "hashes": hashed_book(BOOK), "algo": "sha256-16"}),
        multipart(f, f"{a}/v2/kayd/alaab", [
            ("sawir", "guntiino.jpg", "image/jpeg", L(JPEG + b"\x83", MEDIA)),
            ("alaab", None, "application/json", {"magac": "Guntiino cudbi ah", "qiime": "18.00",
                                                 "tiro": 12, "sku": "GT-0418"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ammaan/qalab", fmt="msgpack", headers=_h(rng, **b), body={
            "qalab": L(INSTALL_ID, DID), "android": L(ANDROID_ID, DID),
            "sim": {"mccmnc": L(MCCMNC, CARRIER), "shirkad": L("Example Mobile", CARRIER)},
            "shabakad": {"mccmnc": L(VISITED[0], CARRIER), "magac": L(VISITED[1], CARRIER)},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "ip_gudaha": L(LOCAL_IP, DEV), "rooted": L(False, DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/v2/ogeysiis/qalab", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "qalab": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "luqad": L("so_SO", DEV)}),
        case(f, f"{a}/v2/cabasho", headers=_h(rng, **b), body={
            "till": L(TILL, UID), "nooc": "lacag_maqan",
            "qoraal": L("$40 oo aan u diray Bakaara Wholesale ma gaarin, haraagayga waa dhimay",
                        f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/sirta/bedel", fmt="form", headers=_h(rng, **b), body={
            "furaha_sirta_hore": L(PW, CRED), "furaha_sirta_cusub": L("Suuq-Hodan!7741", CRED)}),
        case(f, f"{a}/v2/pin/bedel", fmt="form", headers=_h(rng, **b), body={
            "pin_hore": L(PIN, CRED), "pin_cusub": L(PIN2, CRED)}),
        case(f, f"{a}/v2/ganacsade/shaqaale", headers=_h(rng, **b), body={
            "magac": L("Faadumo Xasan", NAMEC), "lambarka_taleefanka": L("+252615550157", TEL),
            "door": "qasnaji", "pin": L("5530", CRED), "xad_maalinle": "100.00"}),
        case(f, f"{a}/v2/warbixin/dir", fmt="form", headers=_h(rng, **b), body={
            "iimayl": L(EMAIL_UPPER, MAIL), "bil": "2025-11", "qaab": "pdf"}),
        at_path(case(f, f"{a}/v2/ganacsade/{TILL}/haraag", headers=_h(rng, how="nodash", **b)),
                TILL, UID),
        case(f, f"{a}/v2/dhacdooyin", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "till": L(TILL, UID), "dhacdooyin": [
                ev("qr_created", 1, amount=L(12.5, BUY)), ev("refund_sent", 2),
                ev("screen", 3, screen=L("Haraag", USAGE))]}),
        case(f, f"{a}/v2/dalabyo", headers=_h(rng, how="none"),
             cookies={"lg_sess": L(opaque(rng, "", 44), CRED), "lg_lang": L("so", DEV)}),
    ]


def lacagnet_sdks() -> list[Case]:
    rng = random.Random(9812)
    return [
        th_batch(APP, rng, [("Merchant Registered", {"business": "dhar"}),
                            ("QR Created", {"amount": L(12.5, BUY)}),
                            ("Refund Sent", {"amount": L(6.0, BUY)})], ip=True),
        th_identify(APP, rng, {"city": L("Muqdisho", COARSE), "till": L(TILL, UID),
                               "business": "dhar", "kyc": "passed"}),
        oq_launch(APP, rng, first=True),
        oq_event(APP, rng, "merchant_activated", {"tier": "small"}, hashed=True),
        fi_crash(APP, rng, ("java.net.SocketTimeoutException", "qr/abuur timeout"),
                 [fi_crumb("nav", "Haraag -> QrAbuur"),
                  fi_crumb("http", "POST /v2/qr/abuur", {"status": 0})],
                 screen="QrActivity"),
        tk_eval(APP, rng, {"country": L("SO", COARSE), "merchantTier": "small"}),
        bz_register(APP, rng, tags={"role": "merchant", "till": L(TILL, UID)}),
        cx_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        hd_message(APP, rng, L("Cashier PIN not accepted at my shop since the update",
                               TEXT), {"till": L(TILL, UID), "plan": "small"}),
        tf_reverse(APP, rng, SHOP_AT, PRECISE, nd=5),
    ]
