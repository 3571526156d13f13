"""Grocery and pharmacy delivery app "Baqala Now" in Dubai, its API keys Arabic words in Latin
letters (``ism`` name, ``hatif`` phone, ``barid`` e-mail, ``unwan`` address, ``madina`` city,
``mintaqa`` district, ``shari`` street, ``bina`` building, ``shaqqa`` flat, ``kalimat_sirr``
password, ``ramz`` code, ``talab`` order, ``mablagh`` amount, ``dawa`` medicine, ``wasfa``
prescription, ``bahth`` search, ``mawqi`` position). She is in Dubai for a month's work: the
sign-up, an SMS code, a log-in, ``/ana`` (me) with a JWT, her flat's address, shops nearby, a
search, the basket (msgpack), a prescription photo, an order, its tracking by number in the path,
her position for the rider, a review, allergies, a coupon, a wallet top-up, a gift order, a
pharmacist's question, a subscription, delivery slots, push, events and the orders list by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_NOPLUS,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families42_kit import DARK_STORE, DXB_HOME, DXB_HOME_AT, DXB_OFFICE_AT, RIDER, TALAB, fix
from eval_families42_sdk import (
    aw_event,
    aw_launch,
    bs_bid,
    fk_crash,
    fk_crumb,
    tf_batch,
    tf_identify,
)
from eval_families42_svc import ch_message, fm_eval, mf_geocode, pc_register, pw_card, pw_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("baqala", "BaqalaNow", "com.example.baqalanow", "5.3.0",
          "https://api.baqalanow.example.com")
IID = "X-Baqala-Jihaz"
PW = "Dates&Cardamom42"
TZ = "Asia/Dubai"
HI = "+971505550162"  # a colleague she sends a gift basket to (contact.phone)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-AE,en;q=0.9,ar;q=0.7", DEV)
    return h


def baqala() -> list[Case]:
    rng = random.Random(4211)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, hatif=L(E164, TEL), ism=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(DXB_HOME_AT)
    ola, olo = fix(DXB_HOME_AT, 5)
    return [
        case(f, f"{a}/api/v2/tasjil", headers=_h(rng), body={
            "ism": L(NAME, NAMEC), "barid": L(EMAIL, MAIL), "hatif": L(E164, TEL),
            "kalimat_sirr": L(PW, CRED), "lugha": L("en", DEV), "taswiq": False}),
        case(f, f"{a}/api/v2/tahaqquq", fmt="form", headers=_h(rng), body={
            "hatif": L(PHONE_NOPLUS, TEL), "ramz": L("480271", CRED), "qanat": "sms"}),
        case(f, f"{a}/api/v2/dukhul", fmt="form", headers=_h(rng), body={
            "barid": L(EMAIL_UPPER, MAIL), "kalimat_sirr": L(PW, CRED), "jihaz": "android"}),
        case(f, f"{a}/api/v2/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/anawin", headers=_h(rng, **b), body={
            "unwan": {"bina": L(DXB_HOME["bina"], ADDR), "shaqqa": L(DXB_HOME["shaqqa"], ADDR),
                      "shari": L(DXB_HOME["shari"], ADDR),
                      "mintaqa": L(DXB_HOME["mintaqa"], COARSE),
                      "madina": L(DXB_HOME["madina"], COARSE)},
            "khatt_al_ard": hla, "khatt_al_tul": hlo, "naw": "bayt",
            "mulahazat": L("Leave it with the concierge, flat 2304, ring twice",
                           f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v2/mahallat/qarib", headers=_h(rng, **b), query={
            "mawqi": L(f"{DXB_HOME_AT[0]:.4f},{DXB_HOME_AT[1]:.4f}", PRECISE),
            "naw": "grocery,pharmacy", "nisf_qutr": "3000"}),
        case(f, f"{a}/api/v2/bahth", headers=_h(rng, **b), query={
            "kalima": L("laban ayran", SEARCH), "mahall": DARK_STORE["id"], "safha": "1"}),
        case(f, f"{a}/api/v2/sala", fmt="msgpack", headers=_h(rng, **b), body={
            "mahall": DARK_STORE["id"], "asnaf": [
                {"sku": "BQ-11820", "kammiya": 2, "sir": 6.25},
                {"sku": "BQ-40311", "kammiya": 1, "sir": 18.5},
                {"sku": "BQ-90072", "kammiya": 3, "sir": 4.75}], "zaman": 1765371200}),
        multipart(f, f"{a}/api/v2/wasfa", [
            ("sura", "wasfa.jpg", "image/jpeg", L(JPEG + b"\x71", f"{MEDIA}|{MED}")),
            ("bayanat", None, "application/json", {
                "dawa": L("Salbutamol inhaler 100 mcg", MED),
                "tabib": L("Dr. Hala Mansour", NAMEC), "mahall": DARK_STORE["id"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/talabat", headers=_h(rng, **b), body={
            "talab": L(TALAB, BUY), "mahall": DARK_STORE["id"], "unwan_id": "adr_7712",
            "mablagh": L("86.50", BUY), "baqshish": L("5.00", BUY), "umla": "AED",
            "tariqat_daf": L(opaque(rng, "pm_", 24), PAY), "waqt": "2025-12-10T19:00+04:00",
            "asnaf": 6}),
        at_path(case(f, f"{a}/api/v2/talabat/{TALAB}/tatabbu", headers=_h(rng, how="upper"),
                     cookies={"bq_jalsa": L(opaque(rng, "", 40), CRED)}), TALAB, BUY),
        at_path(case(f, f"{a}/api/v2/talabat/{TALAB}/mawqi", headers=_h(rng, **b), body={
            "rider": RIDER["id"], "khatt_al_ard": L(str(ola.value), PRECISE),
            "khatt_al_tul": L(str(olo.value), PRECISE), "diqqa": 9}), TALAB, BUY),
        case(f, f"{a}/api/v2/taqyim", headers=_h(rng, **b), body={
            "talab": L(TALAB, BUY), "rider": RIDER["id"], "najmat": 5,
            "taliq": L("Rider was quick and the yoghurt was still cold", TEXT)}),
        case(f, f"{a}/api/v2/mufaddalat", headers=_h(rng, **b), body={
            "hassasiya": [L("peanuts", MED), L("sesame", MED)], "nabati": False,
            "lugha_wajiha": L("en", DEV)}),
        case(f, f"{a}/api/v2/kubun", fmt="form", headers=_h(rng, **b), body={
            "ramz_kubun": "WELCOME20", "talab": L(TALAB, BUY)}),
        case(f, f"{a}/api/v2/muhfaza/shahn", fmt="form", headers=_h(rng, **b), body={
            "mablagh": L("100.00", BUY), "umla": "AED",
            "tariqat_daf": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v2/hadaya", headers=_h(rng, **b), body={
            "ism_mustalim": L("Fatima Al Suwaidi", NAMEC), "hatif_mustalim": L(HI, TEL),
            "risala": L("Thank you for showing me around the souk!", TEXT),
            "sala": "gift_dates_box", "mablagh": L("145.00", BUY)}),
        case(f, f"{a}/api/v2/saydali", headers=_h(rng, **b), body={
            "mahall": DARK_STORE["id"], "hatif_mahall": DARK_STORE["hatif"],
            "sual": L("Can I take ibuprofen with my asthma inhaler?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/ishtirak/play", headers=_h(rng, **b), body={
            "productId": L("baqala_plus_monthly", BUY), "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3391-5120-4471-20844", BUY)}),
        case(f, f"{a}/api/v2/tawsil/mawaid", headers=_h(rng, **b), query={
            "madina": L("Dubai", COARSE), "mintaqa": L("Dubai Marina", COARSE),
            "yawm": "2025-12-11"}),
        case(f, f"{a}/api/v2/ishaar", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "jihaz": L(INSTALL_ID, DID),
            "tiraz": L("Pixel 8", DEV), "nizam": L("Android 14", DEV), "lugha": L("en_AE", DEV),
            "mintaqa_zamaniya": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/ahdath", gz=True, headers=_h(rng, **b), body={
            "mustakhdim": L(USER_ID, UID), "ahdath": [
                ev("order_placed", 1, items=6), ev("rx_uploaded", 2),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/api/v2/talabat", headers=_h(rng, how="nodash"),
             cookies={"bq_jalsa": L(opaque(rng, "", 40), CRED), "bq_lugha": "en"}),
    ]


def baqala_sdks() -> list[Case]:
    rng = random.Random(4212)
    return [
        tf_batch(APP, rng, [("Order Placed", {"total": L(86.5, BUY), "currency": "AED"}),
                            ("Prescription Uploaded", {})], at=DXB_HOME_AT, nd=2, tz=TZ,
                 locale="en-AE"),
        tf_identify(APP, rng, {"madina": L("Dubai", COARSE), "plus": True,
                               "lugha": L("en", DEV)}),
        aw_launch(APP, rng, first=True),
        aw_event(APP, rng, "af_purchase", {"items": 6}, revenue=86.5, currency="AED",
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DXB_OFFICE_AT, nd=3,
               country="ARE"),
        fk_crash(APP, rng, ("java.lang.IllegalStateException", "rider socket closed"),
                 [fk_crumb("navigation", "Basket -> Tracking"),
                  fk_crumb("http", "GET /talabat", {"status": 200})],
                 screen="TrackingActivity", tz=TZ),
        fm_eval(APP, rng, {"madina": L("dubai", COARSE), "pharmacy": True}, hdr=True),
        pc_register(APP, rng, fmt="msgpack", tz=TZ, tags={"plus": "1"}),
        pw_card(APP, rng, zip_=False),
        pw_confirm(APP, rng, "8650", currency="aed"),
        mf_geocode(APP, rng, "Marina Crest Tower", ADDR, near=DXB_HOME_AT, nd=3),
        ch_message(APP, rng, L("The rider left my order at the wrong tower", TEXT),
                   {"talab": L(TALAB, BUY), "madina": L("Dubai", COARSE)}),
    ]
