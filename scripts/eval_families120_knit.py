"""Knitting-pattern subscription "Garnstova": sign-up with a username, an OAuth password grant,
``/me``, a pattern search, the yearly plan (a Play purchase), the billing address, her body
measurements for sizing, a project named for her husband's birthday, its photo, a comment, a
yarn-kit order to her home, a gift subscription for a friend, the newsletter (upper-case e-mail),
push, events and the library by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEXT,
    UID,
    multipart,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, opaque, play_token
from eval_families24_kit import head, rid
from eval_families37_kit import obj
from eval_families120_kit import FO_HOME, HUSBAND, common, scr
from eval_families120_sdk import db_bid, db_notice, rm_event, rm_launch, tm_batch, tm_identify
from eval_families120_svc import aw_save, ck_attach, cl_confirm
from eval_payloads import EMAIL, NAME, USER_ID, Case, L, case

APP = App("garnstova", "Garnstova", "com.example.garnstova", "5.1.2",
          "https://api.garnstova.example.net")
IID = "X-Garn-Install"
HANDLE = "gotuknit91"  # her username (id.user)


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, how="upper", auth="bearer")


def garnstova() -> list[Case]:
    rng = random.Random(12021)
    a, f = APP.api, APP.fam
    proj = obj(rng, "prj", 10)
    out = [
        case(f, f"{a}/v1/accounts", headers=head(APP, rng, iid=IID, how="upper", lang=True),
             body={"email": L(EMAIL, MAIL), "password": L("Lopi&Tvinni7", CRED),
                   "username": L(HANDLE, UID), "country": L("FO", COARSE), "units": "metric"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=head(APP, rng, iid=IID, how="upper"),
             body={"grant_type": "password", "username": L(EMAIL, MAIL),
                   "password": L("Lopi&Tvinni7", CRED), "client_id": "garn-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng)),
        case(f, f"{a}/v1/patterns/search", headers=_h(rng), query={
            "q": L("faroese shawl lace", SEARCH), "difficulty": "2", "page": "1"}),
        case(f, f"{a}/v1/subscriptions", headers=_h(rng), body={
            "product": L("garn_yearly_dkk", BUY), "price": L("399.00", BUY),
            "currency": "DKK", "purchaseToken": L(play_token(rng), BUY),
            "orderId": L("GPA.3318-4471-2093-55120", BUY)}),
        case(f, f"{a}/v1/billing/address", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "line1": L(FO_HOME["line"], ADDR),
            "postcode": L(FO_HOME["postcode"], COARSE), "town": L(FO_HOME["town"], COARSE),
            "country": L("FO", COARSE)}),
        case(f, f"{a}/v1/me/measurements", headers=_h(rng), body={
            "chestCm": L(94, FIT), "waistCm": L(78, FIT), "armCm": L(58, FIT),
            "ease": "classic", "unit": "cm"}),
        case(f, f"{a}/v1/projects", headers=_h(rng), body={
            "id": proj, "pattern": "pat_8812", "title": L(
                f"Sweater for {HUSBAND[0].split()[0]}'s 38th birthday", f"{TEXT}|{NAMEC}"),
            "yarn": "Navia Trio", "needleMm": 4.0, "size": "L"}),
        multipart(f, f"{a}/v1/projects/{proj}/photos", [
            ("image", "sleeve.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("caption", None, "text/plain", L("First sleeve done, the colourwork finally "
                                             "lines up!", TEXT))], headers=_h(rng)),
        case(f, f"{a}/v1/projects/{proj}/rows", fmt="form", headers=_h(rng), body={
            "row": "112", "chart": "B", "ts": "1773931122"}),
        case(f, f"{a}/v1/patterns/pat_8812/comments", headers=_h(rng), body={
            "text": L("Row 40 of chart B seems one stitch short in size L?", TEXT),
            "client": rid(rng)}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng), body={
            "order": L("GS-20931", BUY), "items": [{"sku": "KIT-NAVIA-L", "qty": 1}],
            "total": L("585.00", BUY), "ship": {"name": L(NAME, NAMEC),
                                                 "line1": L(FO_HOME["line"], ADDR),
                                                 "town": L(FO_HOME["town"], COARSE)}}),
        case(f, f"{a}/v1/gifts", headers=_h(rng), body={
            "to": {"name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL)},
            "message": L("Til hamingju, Lucía! Now you have to knit with me.", f"{TEXT}|{NAMEC}"),
            "plan": L("garn_gift_6m", BUY), "sendOn": "2026-03-30"}),
        case(f, f"{a}/v1/newsletter", fmt="form", headers=head(APP, rng, iid=IID, how="upper"),
             body={"email": L(EMAIL_UPPER, MAIL), "lists": "new-patterns"}),
        case(f, f"{a}/v1/downloads/pat_8812", headers=_h(rng), query={
            "format": "pdf", "sig": opaque(rng, "", 32), "user": L(USER_ID, UID)}),
    ]
    return out + common(APP, rng, IID, [("pattern_opened", {"pattern": "pat_8812"}),
                               ("screen", scr("ChartView")), ("row_counted", {"row": 112})],
               "gs_session", "v1/library", how="upper")


def garnstova_sdks() -> list[Case]:
    rng = random.Random(12022)
    return [
        tm_batch(APP, rng, [("Pattern Viewed", {"pattern": "pat_8812"}),
                            ("Subscribed", {"plan": "yearly", "value": L(399.0, BUY)})]),
        tm_identify(APP, rng, {"username": L(HANDLE, UID), "email": L(EMAIL, MAIL),
                               "country": L("FO", COARSE), "plan": "yearly"}),
        rm_launch(APP, rng),
        rm_event(APP, rng, "subscribe", {"plan": "yearly"}, revenue=399.0, currency="DKK"),
        db_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991, gender="F",
               keywords="knitting,yarn,wool"),
        db_notice(APP, rng, "win"),
        aw_save(APP, rng, {"analytics": True, "ads": False, "personalisation": True}),
        cl_confirm(APP, rng, "585.00"),
        ck_attach(APP, rng, L(JPEG + b"\x82", MEDIA), "chart_error.jpg", "image/jpeg"),
    ]
