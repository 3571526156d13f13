"""Halal and kosher food scanner "Certiscan" (she keeps kosher; her friend Noor eats halal): a
sign-in with an identity provider's ID token, ``/me``, the diet profile, scans in a shop and an
offline batch (msgpack), a product looked up with the diet in the query, a search, a guest
profile for Noor, a Shabbat list, a mislabelled product reported with its photo, an ingredient
photo, an allergen check, a review and feedback (forms), shops nearby, the holiday calendar, a
Play subscription check, push, events and the history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families47_kit import EANS47, NOOR, SHOP47, fix, near, obj
from eval_families47_sdk import (
    aq_event,
    aq_link,
    aq_session,
    bm_bid,
    ck_logs,
    cw_batch,
    cw_identify,
)
from eval_families47_svc import fm_eval, ms_search, pl_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, U, case

APP = App("certiscan", "Certiscan", "com.example.certiscan", "3.5.1",
          "https://api.certiscan.example.org")
IID = "X-CS-Device"
IDP_SUB = "108877214409351262290"  # the identity provider's subject for her (id.user)
KS = f"{SEARCH}|{SENS}"  # a search whose words state her observance


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def certiscan() -> list[Case]:
    rng = random.Random(4761)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.idp.example.com", "sub": L(IDP_SUB, UID),
               "email": L(EMAIL, MAIL), "email_verified": True, "name": L(NAME, NAMEC),
               "aud": "certiscan-android", "iat": 1765300000}, "body", "id_token", acc)
    sla, slo = fix(near((SHOP47["lat"], SHOP47["lon"]), rng, 0.0002), 5)
    diet = L("kosher", SENS)
    return [
        add(case(f, f"{a}/v2/auth/idp", headers=_h(rng), body={
            "provider": "idp", "id_token": idt, "nonce": opaque(rng, "", 16)}), acc),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/profile/diet", headers=_h(rng, **b), body={
            "observance": diet, "strictness": L("cholov_yisroel", SENS),
            "waitMeatDairyHours": L(6, SENS), "passoverMode": L(True, SENS),
            "acceptedCerts": [L(c, SENS) for c in ("OU", "Star-K", "OK", "CRC")],
            "allergies": [L("sesame", MED)], "vegetarian": False}),
        case(f, f"{a}/v2/scans", headers=_h(rng, **b), body={
            "scanId": obj(rng, "sc", 10), "ean": EANS47[0], "mode": "camera",
            "store": SHOP47["id"], "position": {"lat": sla, "lon": slo, "acc": 14}}),
        case(f, f"{a}/v2/scans/batch", fmt="msgpack", headers=_h(rng, **b), body={
            "device": L(INSTALL_ID, DID), "scans": [
                {"ean": e, "t": 1765320000 + 40 * i} for i, e in enumerate(EANS47[1:4])]}),
        case(f, f"{a}/v2/products/{EANS47[2]}", headers=_h(rng, **b), query={
            "diet": L("kosher", SENS), "strict": L("cholov_yisroel", SENS), "lang": "en"}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "q": L("kosher for passover matzo meal", KS), "page": "1"}),
        case(f, f"{a}/v2/guests", headers=_h(rng, **b), body={
            "name": L(NOOR[0], NAMEC), "phone": L(NOOR[1], TEL), "diet": L("halal", SENS),
            "allergies": [],
            "note": L("Iftar dinner at mine on Friday", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/lists", headers=_h(rng, **b), body={
            "name": L("Shabbat dinner", f"{TEXT}|{SENS}"),
            "items": [{"ean": EANS47[0], "qty": 2}, {"ean": EANS47[4], "qty": 1},
                      {"text": "challah", "qty": 2}]}),
        multipart(f, f"{a}/v2/reports/mislabel", [
            ("photo", "label.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("report", None, "application/json", {
                "ean": EANS47[1], "printedCert": "OU-D",
                "text": L("Marked pareve but lists whey. I keep kosher and nearly served it "
                          "with meat.", f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/ocr/ingredients", [
            ("image", "ingredients.jpg", "image/jpeg", L(JPEG + b"\xc2", MEDIA)),
            ("opts", None, "application/json", {"lang": L("en", DEV), "diet": diet,
                                                "ean": EANS47[3]})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/allergens/check", headers=_h(rng, **b), body={
            "ean": EANS47[4], "allergies": [L("sesame", MED)], "diet": L("kosher", SENS)}),
        case(f, f"{a}/v2/reviews", fmt="form", headers=_h(rng, **b), body={
            "ean": EANS47[4], "stars": "4",
            "text": L("Finally a kosher gummy that tastes right", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/stores/nearby", headers=_h(rng, **b), query={
            "ll": L(f"{LAT:.3f},{LON:.3f}", PRECISE), "cert": L("kosher", SENS),
            "radius": "3km"}),
        case(f, f"{a}/v2/calendar/holidays", headers=_h(rng, **b), body={
            "observe": [L(x, SENS) for x in ("passover", "shavuot", "sukkot")],
            "diaspora": True, "alerts": "evening_before"}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "text": L("Please add the Kashrus Council symbol", TEXT),
            "appVersion": APP.ver}),
        case(f, f"{a}/v2/subscriptions/play", headers=_h(rng, **b), body={
            "productId": L("certiscan_pro_year", BUY),
            "orderId": L("GPA.3301-5527-1184-90261", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("scan", 1, verdict="not_kosher"), ev("list_created", 2),
                ev("screen", 3, screen=L("ProductDetail", USAGE))]}),
        case(f, f"{a}/v2/history", headers=_h(rng, how="none"), cookies={
            "cs_sess": L(opaque(rng, "", 40), CRED), "cs_dev": L(INSTALL_ID.upper(), DID),
            "cs_rid": rid(rng)}),
    ]


def certiscan_sdks() -> list[Case]:
    rng = random.Random(4762)
    return [
        cw_batch(APP, rng, [("Product Scanned", {"verdict": "not_kosher", "ean": EANS47[1]}),
                            ("Diet Set", {"diet": L("kosher", SENS)})]),
        cw_identify(APP, rng, {"diet": L("kosher", SENS), "passover": L(True, SENS),
                               "email": L(EMAIL, MAIL)}),
        aq_session(APP, rng, first=True),
        aq_event(APP, rng, "subscribe", {"plan": "pro_year"}, revenue=24.99, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords=L("kosher,passover,recipes", SENS)),
        ck_logs(APP, rng, [("barcode not found", {"ean": EANS47[3]}),
                           ("ocr low confidence", {"score": 0.41})]),
        fm_eval(APP, rng, {"diet": L("kosher", SENS), "pro": True}),
        pl_register(APP, rng, tags={"diet": L("kosher", SENS), "passover": L("on", SENS)}),
        ms_search(APP, rng, "kosher bakery", KS, near=(LAT, LON), nd=3),
        aq_link(APP, rng, U("https://certiscan.example.org/l/verify", {
            "email": L(EMAIL, MAIL), "t": L(opaque(rng, "", 32), CRED), "utm_source": "email"})),
    ]
