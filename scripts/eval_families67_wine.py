"""Wine-tasting notes app "Vintnote": sign-up with an age gate, a form log-in, ``/me``, a label
photo scanned, a wine search, tasting notes (JSON and msgpack), bottles added to her cellar and
one drunk, a check-in at a winery on Long Island, a shop order shipped with an adult signature,
a gift to a friend by the order's number in the path, a wine club, a tasting group's invitation
and chat, a pairing search, preferences, a public review, a restaurant's wine list photo, an
export, push, events and the cellar by a cookie GET."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families67_kit import ORDER_VN, WINERY, WINERY_FIX, WINES, fix, obj
from eval_families67_sdk import (
    bc_bid,
    eh_batch,
    eh_identify,
    fm_crash,
    fm_crumb,
    ig_event,
    ig_link,
    ig_session,
)
from eval_families67_svc import ab_geocode, fg_eval, pm_confirm, pr_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("vintnote", "Vintnote", "com.example.vintnote", "4.1.2",
          "https://api.vintnote.example.com")
IID = "X-Vintnote-Device"
PW = "Decanter!Slate9"
GROUP = "tg_3b81f0"  # her tasting group (a negative)


def _h(rng: random.Random, how: str = "nodash", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def vintnote() -> list[Case]:
    rng = random.Random(6751)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), age_verified=True))}
    b = {"auth": "bearer"}
    wla, wlo = fix(WINERY_FIX, 6)
    pm = opaque(rng, "pm_", 24)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "birthDate": L("05/17/1991", BIRTH), "country": L("US", COARSE),
            "state": L(STATE, COARSE), "over21": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/scan/label", [
            ("image", "label.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"ocr": "BAROLO CANNUBI 2016 DOCG",
                                                "tiltDeg": 3.1})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/wines/search", headers=_h(rng, **b), query={
            "q": L("barolo 2016", SEARCH), "sort": "rating", "limit": "20"}),
        case(f, f"{a}/v1/tastings", headers=_h(rng, **b), body={
            "wine": WINES[0]["id"], "rating": 4.5, "servedC": 16, "where": "home",
            "notes": L("Sour cherry, tar and rose petals; firm tannins, long finish", TEXT),
            "with": [L(PEOPLE[0][0], NAMEC)]}),
        case(f, f"{a}/v1/tastings", fmt="msgpack", headers=_h(rng, **b), body={
            "wine": WINES[1]["id"], "rating": 4.0, "aromas": ["gooseberry", "flint", "lime"],
            "notes": L("Flinty and sharp, perfect with the goat cheese", TEXT),
            "listPrice": 38.0, "where": "restaurant"}),
        case(f, f"{a}/v1/cellar/bottles", headers=_h(rng, **b), body={"items": [
            {"wine": WINES[0]["id"], "qty": 3, "pricePaid": L("62.00", BUY), "bin": "B3"},
            {"wine": WINES[2]["id"], "qty": 2, "pricePaid": L("34.00", BUY), "bin": "B4"}],
            "marketValue": 248.0, "drinkFrom": 2026}),
        case(f, f"{a}/v1/cellar/drink", fmt="form", headers=_h(rng, **b), body={
            "wine": WINES[0]["id"], "bin": "B3", "date": "2025-12-09",
            "occasion": L("Sam's promotion dinner", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "winery": WINERY["id"], "name": WINERY["name"],
            "wineryAt": [WINERY["lat"], WINERY["lon"]], "lat": wla, "lon": wlo, "acc": 9,
            "flight": "reserve"}),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "items": L([{"sku": "w_52290-750", "qty": 6, "price": "29.00"}], BUY),
            "total": L("187.44", BUY), "paymentMethod": L(pm, PAY),
            "shipTo": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR),
                       "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                       "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                       "phone": L(PHONE, TEL)},
            "adultSignature": {"dob": L(DOB, BIRTH)}}),
        at_path(case(f, f"{a}/v1/orders/{ORDER_VN}/gift", fmt="form", headers=_h(rng, **b),
                     body={"recipientName": L(PEOPLE[1][0], NAMEC),
                           "recipientLine1": L("77 Bergen Street", ADDR),
                           "recipientCity": L("Brooklyn", COARSE),
                           "recipientZip": L("11201", COARSE),
                           "message": L("Happy housewarming Lucía! Save the Sancerre for a "
                                        "sunny day", f"{TEXT}|{NAMEC}")}), ORDER_VN, BUY),
        case(f, f"{a}/v1/club/subscribe", headers=_h(rng, **b), body={
            "tier": L("explorer_quarterly", BUY), "price": L("89.00", BUY),
            "paymentMethod": L(pm, PAY), "shipState": L(STATE, COARSE)}),
        case(f, f"{a}/v1/groups/{GROUP}/invite", headers=_h(rng, **b), body={
            "email": L(PEOPLE[2][2], MAIL), "name": L(PEOPLE[2][0], NAMEC)}),
        case(f, f"{a}/v1/groups/{GROUP}/messages", headers=_h(rng, **b), body={
            "client_id": obj(rng, "gm", 10),
            "text": L("Bringing the Cab Franc from Peconic Shoals on Friday, someone bring "
                      "cheese", TEXT)}),
        case(f, f"{a}/v1/pairings", headers=_h(rng, **b), query={
            "dish": L("mushroom risotto", SEARCH), "budget": "30"}),
        case(f, f"{a}/v1/preferences", headers=_h(rng, **b), body={
            "styles": ["nebbiolo", "loire whites"], "sweetness": 1,
            "avoid": [L("sulfites (asthma)", MED)], "units": "metric"}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "wine": WINES[0]["id"], "stars": 4, "public": True,
            "title": L("Worth the wait", TEXT),
            "body": L("Opened after two hours in the decanter, it finally relaxed", TEXT)}),
        multipart(f, f"{a}/v1/restaurants/rs_58812/winelist", [
            ("photo", "winelist_p2.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"restaurant": "rs_58812", "page": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/export", fmt="form", headers=_h(rng, **b), body={
            "format": "csv", "email": L(EMAIL_MIXED, MAIL), "include": "tastings,cellar"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("tasting_saved", 1, rating=4.5), ev("label_scanned", 2, matched=True),
                ev("screen", 3, screen=L("Cellar", USAGE))]}),
        case(f, f"{a}/v1/cellar", headers=_h(rng, how="plain"),
             cookies={"vn_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def vintnote_sdks() -> list[Case]:
    rng = random.Random(6752)
    return [
        eh_batch(APP, rng, [("Tasting Logged", {"rating": 4.5}),
                            ("Label Scanned", {"matched": True})], at=WINERY_FIX, nd=4),
        eh_identify(APP, rng, {"email": L(EMAIL, MAIL), "state": L(STATE, COARSE),
                               "club_tier": "explorer", "birth_year": L(1991, BIRTH)}),
        ig_session(APP, rng, user=True, count=9),
        ig_event(APP, rng, "order_completed", {"order": L(ORDER_VN, BUY), "bottles": 6},
                 revenue=187.44, hashed=True),
        ig_link(APP, rng, U("https://go.vintnote.example.com/club/join", {
            "ref": "SHOALS25", "utm_source": "newsletter", "email": L(EMAIL, MAIL)})),
        bc_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=WINERY_FIX, nd=4, yob=1991),
        fm_crash(APP, rng, ("java.lang.OutOfMemoryError", "label bitmap 4032x3024"),
                 [fm_crumb("navigation", "Cellar -> Scan"),
                  fm_crumb("ui.click", "shutter", {"flash": "auto"})], screen="ScanActivity"),
        fg_eval(APP, rng, {"state": L(STATE, COARSE), "age_verified": True}),
        pr_register(APP, rng, tags={"club": "explorer"}),
        ab_geocode(APP, rng, "wine shop", SEARCH, near=(LAT, LON), nd=4),
        pm_confirm(APP, rng, "187.44"),
    ]
