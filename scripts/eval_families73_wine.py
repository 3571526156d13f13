"""Wine-farm tasting booking "Proeplek" (Stellenbosch and Franschhoek farms): sign-up with an
age gate, log-in, ``/me``, farms near her, a farm (negatives), a tasting booked for her party
with a friend's allergy, paying, her wine club, a shuttle pick-up from her flat, the check-in
QR at the farm, a label scan, tasting notes, an order shipped to her flat, a gift to a friend,
a review, a search, push, events and a cookie GET."""

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
    EMAIL_SHA256,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families73_kit import CLUB_NO, CT_HOME_AT, CT_HOME_EN, FARM, fix
from eval_families73_sdk import (
    av_event,
    av_link,
    av_session,
    cl_crash,
    cl_crumb,
    gm_batch,
    gm_identify,
    ob_bid,
)
from eval_families73_svc import (
    as_save,
    cs_message,
    mk_route,
    pm_register,
    pr_card,
    pr_charge,
    sg_eval,
)
from eval_payloads import EMAIL, NAME, USER_ID, Case, J, L, U, case

APP = App("proeplek", "Proeplek", "com.example.proeplek", "6.4.1",
          "https://api.proeplek.example.com")
FARM_FIX = (-33.962307, 18.870864)  # her fix at the farm's tasting room (location.precise)
TASTING = "PP-T-551802"  # the tasting booking's reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid="X-Proeplek-Device", how=how, lang=True, **kw)


def proeplek() -> list[Case]:
    rng = random.Random(7361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), club=L(CLUB_NO, UID),
                                    over18=L(True, BIRTH)))}
    fla, flo = fix(FARM_FIX, 6)
    order = order_ref()
    cases = [
        case(f, f"{a}/v3/age-gate", fmt="form", headers=_h(rng), body={
            "dob": L("17/05/1991", BIRTH), "country": L("ZA", COARSE)}),
        case(f, f"{a}/v3/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Pinotage&Braai5", CRED),
            "name": L(NAME, NAMEC), "mobile": L(E164, TEL), "birthDate": L(DOB, BIRTH)}),
        case(f, f"{a}/v3/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Pinotage&Braai5", CRED)}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/farms", headers=_h(rng, **b), query={
            "near": L(f"{CT_HOME_AT[0]:.3f},{CT_HOME_AT[1]:.3f}", PRECISE),
            "region": "stellenbosch", "open": "saturday"}),
        case(f, f"{a}/v3/farms/{FARM['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/tastings", headers=_h(rng, **b), body={
            "farm": FARM["id"], "date": "2025-12-13", "slot": "11:00", "ref": L(TASTING, BUY),
            "guests": [{"name": L(NAME, NAMEC)}, {"name": L(PEOPLE[4][0], NAMEC),
                                                  "allergy": L("sulphite sensitivity", MED)}],
            "pairing": "cheese", "total": L("640.00", BUY), "pricePerPerson": "320.00"}),
        case(f, f"{a}/v3/tastings/{TASTING}/pay", fmt="form", headers=_h(rng, **b), body={
            "amount": L("640.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/club", headers=_h(rng, **b), body={
            "member": L(CLUB_NO, UID), "tier": "reds-only", "bottlesPerQuarter": 6,
            "price": L("1890.00", BUY)}),
        case(f, f"{a}/v3/shuttles", headers=_h(rng, **b), body={
            "booking": L(TASTING, BUY), "pickup": {
                "line1": L(CT_HOME_EN["line1"], ADDR), "suburb": L(CT_HOME_EN["suburb"], COARSE),
                "lat": fix(CT_HOME_AT, 5)[0], "lng": fix(CT_HOME_AT, 5)[1]},
            "seats": 2, "fare": L("450.00", BUY)}),
        case(f, f"{a}/v3/tastings/{TASTING}/checkin", headers=_h(rng, **b), body={
            "qr": L(f"pp://t/{TASTING}", BUY), "lat": fla, "lng": flo,
            "farmPoint": {"lat": FARM["lat"], "lng": FARM["lon"]}}),
        multipart(f, f"{a}/v3/scans", [
            ("label", "label.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"match": "Blaauwklip Pinotage 2021",
                                                "confidence": 0.93})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/notes", headers=_h(rng, **b), body={
            "wine": "Blaauwklip Pinotage 2021", "stars": 4,
            "text": L("Smoky, banana on the nose; buy a case for Christmas", TEXT)}),
        case(f, f"{a}/v3/orders", gz=True, headers=_h(rng, **b), body={
            "order": L(order, BUY), "lines": [{"sku": "BK-PIN-21", "qty": 6, "unit": "210.00"}],
            "total": L("1260.00", BUY), "shipTo": {
                "name": L(NAME, NAMEC), "line1": L(CT_HOME_EN["line1"], ADDR),
                "city": L(CT_HOME_EN["city"], COARSE),
                "postcode": L(CT_HOME_EN["postcode"], COARSE), "phone": L(E164, TEL)}}),
        case(f, f"{a}/v3/orders/{order}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/gifts", headers=_h(rng, **b), body={
            "to": {"name": L(PEOPLE[0][0], NAMEC), "email": L(PEOPLE[0][2], MAIL)},
            "message": L("Happy birthday Sam, drink this one slowly", TEXT),
            "amount": L("500.00", BUY)}),
        case(f, f"{a}/v3/farms/{FARM['id']}/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("Lovely terrace, the cellar master Johan was great", TEXT)}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), query={
            "q": L("dog friendly tasting franschhoek", SEARCH)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV), "locale": L("en_ZA", DEV)}),
        case(f, f"{a}/v3/track", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("tasting_booked", 1, farm=FARM["id"]), ev("label_scanned", 2),
                ev("screen", 3, screen=L("FarmDetail", USAGE))]}),
        case(f, f"{a}/v3/me/bookings", headers=_h(rng, how="none"),
             cookies={"pp_auth": L(opaque(rng, "", 44), CRED), "pp_age": L("1991", BIRTH)}),
        case(f, f"{a}/v3/newsletter", fmt="form", headers=_h(rng, **b), body={
            "email_hash": L(EMAIL_SHA256, MAIL), "topics": "club,events"}),
    ]
    # the booking and order references in the URL path are labelled there too
    for c in cases:
        for ref in (TASTING, order):
            if f"/{ref}" in c.exchange.url:
                at_path(c, ref, BUY)
    return cases


def proeplek_sdks() -> list[Case]:
    rng = random.Random(7362)
    return [
        gm_batch(APP, rng, [("Tasting Booked", {"value": L(640.0, BUY)}),
                            ("Label Scanned", {})], at=FARM_FIX, nd=3, gz=False),
        gm_identify(APP, rng, {"email": L(EMAIL, MAIL), "birth_year": L(1991, BIRTH),
                               "club": L(CLUB_NO, UID)}),
        av_session(APP, rng, user=True, n=9),
        av_event(APP, rng, "af_purchase", {"order": L(order_ref(), BUY)}, revenue=1260.0,
                 hashed=True),
        av_link(APP, rng, U("https://proeplek.example.com/t", {
            "booking": L(TASTING, BUY), "utm_campaign": "summer"})),
        ob_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="wine,tasting"),
        cl_crash(APP, rng, ("java.lang.NullPointerException", "farm.hours"),
                 [cl_crumb("navigation", "Farms -> Detail")], screen="FarmActivity"),
        sg_eval(APP, rng, {"shuttle": True, "age_verified": L(True, BIRTH)}),
        pm_register(APP, rng, tags={"club": "reds"}),
        as_save(APP, rng, {"analytics": True, "ads": True, "marketing": True}),
        pr_card(APP, rng),
        pr_charge(APP, rng, "640.00", f"Tasting {TASTING}"),
        mk_route(APP, rng, [(CT_HOME_AT, PRECISE), ((FARM["lat"], FARM["lon"]), None)]),
        cs_message(APP, rng, L("Can the shuttle also stop at my office on the Foreshore?",
                               TEXT), {"booking": L(TASTING, BUY)}),
    ]


def order_ref() -> str:
    return "PP-O-88120"
