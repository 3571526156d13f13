"""Addis Ababa teff and grain delivery app "Gebeya Teff" (its API's keys are romanised Amharic:
``sim`` name, ``ye_abat_sim`` father's name, ``silk_kutir`` phone number, ``adrasha`` address,
``ketema`` city, ``ye_metawekia_kutir`` ID number, ``ye_tiwild_ken`` birth date, ``mistir_kal``
password, ``bal`` husband): registration, the SMS code, a log-in, ``/me``, the cooperative price
scheme's ID check, her delivery address with its pin, mills near her, a search, the cart (msgpack),
an order with her husband as the other receiver, a mobile-money payment, tracking by the order
number in the path, a rating, a monthly subscription, a gift order for her mother in Gondar, a
referral, a complaint with a photo, a password change, a promo code, push, events and the order
history by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families102_kit import (
    ADDIS_HOME_AT,
    ADDIS_LINE,
    ADDIS_PHONE,
    FAYDA,
    FRIEND,
    MILL,
    MOTHER,
    RIDER,
    SPOUSE,
    SUBCITY,
    TEFF_ORDER,
    WOREDA,
    fix,
    obj,
)
from eval_families102_sdk import (
    au_bid,
    cp_crumb,
    cp_report,
    gb_batch,
    gb_identify,
    ot_event,
    ot_link,
    ot_session,
)
from eval_families102_svc import bq_register, gh_eval, mj_geocode, tc_confirm
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("gebeya", "GebeyaTeff", "com.example.gebeyateff", "4.2.1",
          "https://api.gebeyateff.example.com")
IID = "X-Gebeya-Device"
PW = "Injera!Sunday42"
AM_LANG = "am-ET,am;q=0.9,en-US;q=0.8"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L(AM_LANG, DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def _items() -> list[dict[str, Any]]:
    return [{"sku": "teff_nech_magna_25", "name": "Magna white teff 25 kg", "qty": 1,
             "price": "3450.00"},
            {"sku": "shimbra_5", "name": "Chickpea 5 kg", "qty": 1, "price": "640.00"}]


def gebeya() -> list[Case]:
    rng = random.Random(10211)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, silk_kutir=L(E164, TEL), sim=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(ADDIS_HOME_AT, 6)
    addr = obj(rng, "adr", 8)
    track = at_path(case(f, f"{a}/v1/orders/{TEFF_ORDER}/track", headers=_h(rng, **b)),
                    TEFF_ORDER, BUY)
    pay = at_path(case(f, f"{a}/v1/orders/{TEFF_ORDER}/pay", fmt="form", headers=_h(rng, **b),
                       body={"method": "birrpay", "wallet": L(ADDIS_PHONE, f"{TEL}|{PAY}"),
                             "amount": L("4240.00", BUY), "currency": "ETB"}), TEFF_ORDER, BUY)
    return [
        case(f, f"{a}/v1/auth/register", headers=_h(rng), body={
            "sim": L(FIRST, NAMEC), "ye_abat_sim": L(LAST, NAMEC), "silk_kutir": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "mistir_kal": L(PW, CRED),
            "ye_tiwild_ken": L(DOB, BIRTH), "tsota": L("set", GENDER),
            "ketema": L("Addis Ababa", COARSE), "qwanqwa": L("am", DEV), "terms": True}),
        case(f, f"{a}/v1/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "silk_kutir": L(PHONE_NOPLUS, TEL), "code": L("480213", CRED), "channel": "sms"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "silk_kutir": L(E164, TEL), "mistir_kal": L(PW, CRED), "grant": "password"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cooperative/verify", headers=_h(rng, **b), body={
            "ye_metawekia_kutir": L(FAYDA, NATID), "ye_metawekia_aynet": "fayda",
            "sim": L(FIRST, NAMEC), "ye_abat_sim": L(LAST, NAMEC),
            "ye_tiwild_ken": L("09/09/1983", BIRTH), "kifle_ketema": L(SUBCITY, COARSE)}),
        case(f, f"{a}/v1/addresses", headers=_h(rng, **b), body={
            "id": addr, "adrasha": L(ADDIS_LINE, ADDR), "ketema": L("Addis Ababa", COARSE),
            "kifle_ketema": L(SUBCITY, COARSE), "woreda": L(WOREDA, COARSE),
            "mileket": L("Green gate, blue door, second compound on the left", ADDR),
            "lat": hla, "lng": hlo, "default": True}),
        case(f, f"{a}/v1/mills/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{ADDIS_HOME_AT[0]:.4f}", PRECISE),
            "lng": L(f"{ADDIS_HOME_AT[1]:.4f}", PRECISE), "radius_km": "8"}),
        case(f, f"{a}/v1/products/search", headers=_h(rng, **b), query={
            "q": L("nech teff magna", SEARCH), "sort": "price_asc", "page": "1"}),
        case(f, f"{a}/v1/cart/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "items": _items(), "mill": MILL["id"], "rev": 4}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "order_no": L(TEFF_ORDER, BUY), "items": L(_items(), BUY), "address": addr,
            "mill": {"id": MILL["id"], "name": MILL["name"], "phone": MILL["phone"],
                     "lat": MILL["lat"], "lng": MILL["lon"]},
            "grind": "fine", "slot": "2025-12-11T08:00/10:00", "tip": L("50.00", BUY),
            "total": L("4240.00", BUY),
            "bal": {"sim": L(SPOUSE[0], NAMEC), "silk_kutir": L(SPOUSE[1], TEL)}}),
        pay,
        track,
        case(f, f"{a}/v1/orders/{TEFF_ORDER}/rating", headers=_h(rng, **b), body={
            "stars": 4, "rider": RIDER["id"], "rider_phone": RIDER["phone"],
            "comment": L("Teff was fresh but the rider came an hour late", TEXT)}),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng, **b), body={
            "plan": L("teff_monthly_25kg", BUY), "price": L("3450.00", BUY), "day": 1,
            "address": addr}),
        case(f, f"{a}/v1/gifts", headers=_h(rng, **b), body={
            "recipient": {"sim": L(MOTHER[0], NAMEC), "silk_kutir": L(MOTHER[1], TEL),
                          "ketema": L(MOTHER[2], COARSE),
                          "adrasha": L("Kebele 12, House 208, Azezo road", ADDR)},
            "items": L([{"sku": "teff_sergegna_10", "qty": 2}], BUY), "total": L("2980.00", BUY),
            "note": L("For Enat for the holiday, from Jane", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/referrals", fmt="form", headers=_h(rng, **b), body={
            "friend_silk_kutir": L(FRIEND[1], TEL), "friend_sim": L(FRIEND[0], NAMEC),
            "code": "GEBEYA-JANE"}),
        multipart(f, f"{a}/v1/complaints", [
            ("photo", "torn_sack.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("complaint", None, "application/json", {
                "order": L(TEFF_ORDER, BUY), "kind": "damaged",
                "text": L("The chickpea sack was torn and wet at the bottom", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/auth/password", fmt="form", headers=_h(rng, **b), body={
            "old_mistir_kal": L(PW, CRED), "mistir_kal": L("Teff&Coffee#2025", CRED)}),
        case(f, f"{a}/v1/promo/apply", fmt="form", headers=_h(rng, **b), body={
            "code": "GENNA25", "order": L(TEFF_ORDER, BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("am_ET", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1, items=2), ev("gift_sent", 2),
                ev("screen", 3, screen=L("OrderTracking", USAGE))]}),
        case(f, f"{a}/v1/orders", headers=_h(rng, how="upper"),
             cookies={"gt_session": L(opaque(rng, "", 40), CRED), "gt_lang": "am"}),
        case(f, f"{a}/v1/me/email", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "newsletter": "0"}),
    ]


def gebeya_sdks() -> list[Case]:
    rng = random.Random(10212)
    return [
        gb_batch(APP, rng, [("Order Placed", {"total": L(4240.0, BUY), "items": 2}),
                            ("Products Searched", {"query": L("nech teff magna", SEARCH)})],
                 at=ADDIS_HOME_AT, nd=2),
        gb_identify(APP, rng, {"ketema": L("Addis Ababa", COARSE), "sim": L(FIRST, NAMEC),
                               "plan": L("teff_monthly_25kg", BUY)}),
        ot_session(APP, rng, first=True),
        ot_event(APP, rng, "purchase", {"order": L(TEFF_ORDER, BUY), "mill": MILL["id"]},
                 revenue=4240.0, hashed=True),
        au_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3,
               keywords="teff,grain,injera"),
        cp_report(APP, rng, ("java.net.SocketTimeoutException", "orders/track timed out"),
                  [cp_crumb("navigation", "Orders -> Tracking"),
                   cp_crumb("request", "GET /v1/orders/track", {"status": 504})],
                  screen="TrackingActivity", tz="America/New_York",
                  meta={"network": {"type": "wifi", "ssid": L(SSID, "location.wifi"),
                                    "localIp": L(LOCAL_IP, DEV)}}),
        gh_eval(APP, rng, {"ketema": L("Addis Ababa", COARSE), "subscriber": True}),
        bq_register(APP, rng, tags={"city": L("addis", COARSE), "gift_buyer": "1"}),
        tc_confirm(APP, rng, "2980.00"),
        mj_geocode(APP, rng, "Azezo road Kebele 12 Gondar", ADDR, lang="am"),
        ot_link(APP, rng, U("https://link.gebeyateff.example.com/gift",
                            {"order": L(TEFF_ORDER, BUY), "ref": "GEBEYA-JANE",
                             "utm_source": "sms"})),
    ]
