"""A touring Santali drama company's app "Enec Jatra" (``enec`` play, dance; a fictional troupe
that plays open-air Santali dramas through the winter in village grounds of the Santhal
Parganas; English API with a few Santali words: ``enec`` show, ``ato`` village, ``sereng``
song, ``khel_maidan`` ground): sign-up, a log-in, ``/me``, shows near their house (2 decimals),
a show, three tickets for the family (the daughter's age), the payment, the ticket's QR by order
number in the path, the check-in at the village ground with her fix, the night booked by the
village committee after Sohrae (she is its secretary), the advance by UPI, a song request,
a photo of the stage, a review, shared-jeep seats from Dumka, a refund for a night the daughter
was ill, a wishlist, a base64 JSON preferences cookie, a search, push, events and a log-out.
New: a docstring grep found no "jatra" app ("jatra" is only a key, "trip", in set 191), no
open-air or touring theatre ("theatre troupe" is one of set 249's evening-class activities;
set 253 has a youth pantomime school)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families292_kit import (
    DAUGHTER,
    DK_HOME_AT,
    GROUND,
    GROUND_FIX,
    HUSBAND,
    TICKET,
    UPI,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families292_sdk import (
    bs_bid,
    bs_notice,
    cr_crash,
    cr_crumb,
    hp_event,
    hp_launch,
    hp_link,
    lk_batch,
    lk_pixel,
)
from eval_families292_svc import cj_check, fd_eval, md_route, tj_card, tj_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("enecjatra", "Enec Jatra", "com.example.enecjatra", "4.1.2",
          "https://api.enecjatra.example.com")
IID = "X-EJ-Device"
PW = "Sohrae@Night9"
SHOW = "sh_bsk_2601"  # the night in Baskidih (a negative)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def enecjatra() -> list[Case]:
    rng = random.Random(29261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), phone=L(E164, TEL),
                                    fan=L("fan_" + USER_ID[2:], UID)))}
    gla, glo = fix(GROUND_FIX)
    qr = at_path(case(f, f"{a}/v1/orders/{TICKET}/qr", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(NATIONAL, TEL), "password": L(PW, CRED),
            "birth_date": L(DOB, BIRTH), "city": L("Dumka", COARSE), "lang": L("en", DEV)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/enec/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{DK_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{DK_HOME_AT[1]:.2f}", COARSE),
            "radius_km": "60", "month": "2026-01"}),
        case(f, f"{a}/v1/enec/{SHOW}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/orders", headers=_h(rng, **b), body={
            "show": SHOW, "seats": ["D-11", "D-12", "D-13"], "order": L(TICKET, BUY),
            "total": L(360, BUY),
            "attendees": [{"name": L(f"{FIRST} {LAST}", NAMEC)},
                          {"name": L(HUSBAND[0], NAMEC)},
                          {"name": L(KID, NAMEC), "age": L(8, BIRTH)}]}),
        case(f, f"{a}/v1/payments", fmt="form", headers=_h(rng, **b), body={
            "order": L(TICKET, BUY), "amount": L("360", BUY), "currency": "INR",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        qr,
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "order": L(TICKET, BUY), "at": {"lat": gla, "lon": glo, "acc": 12},
            "ground": {"id": GROUND["id"], "lat": GROUND["lat"], "lon": GROUND["lon"]}}),
        case(f, f"{a}/v1/bookings/village", headers=_h(rng, **b), body={
            "village": L(VILLAGE["name"], COARSE), "block": L(VILLAGE["block"], COARSE),
            "district": L(VILLAGE["district"], COARSE), "date": "2026-01-17",
            "ground": GROUND["id"], "committee_contact": {
                "name": L(f"{FIRST} {LAST}", NAMEC), "phone": L(E164, TEL),
                "role": "secretary"},
            "fee": L(45000, BUY), "advance": L(10000, BUY),
            "note": L("After Sohrae, the village wants the Sido Kanhu play and a late "
                      "start at 9 pm.", TEXT)}),
        case(f, f"{a}/v1/bookings/advance", headers=_h(rng, **b), body={
            "booking": L("VB-26-0117-BSK", BUY), "amount": L(10000, BUY),
            "upi": L(UPI, PAY), "reference": rid(rng)}),
        case(f, f"{a}/v1/requests", headers=_h(rng, **b), body={
            "show": SHOW,
            "text": L(f"Please sing a Baha sereng for {KID}, it is her birthday week!",
                      f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "stage_night.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "show": SHOW, "caption": L("The whole ato watching till 3 am", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "show": SHOW, "stars": 5,
            "text": L("The Hul scene made the old people cry. Sound was too loud at the back.",
                      TEXT)}),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "show": SHOW, "from_town": L("Dumka", COARSE), "pickup": "Dumka bus stand",
            "seats": 3, "price": L(450, BUY), "contact": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/refunds", fmt="form", headers=_h(rng, **b), body={
            "order": L("EJ-2601-69020", BUY), "amount": L("240", BUY),
            "reason": L("Sonamuni has a fever, we cannot come on Friday",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/wishlist", headers=_h(rng, **b), body={
            "troupe": "tr_enec_01", "play": "pl_sido_kanhu", "notify": True}),
        case(f, f"{a}/v1/home", headers=_h(rng, how="none"), cookies={
            "ej_sess": L(opaque(rng, "", 40), CRED),
            "ej_prefs": W({"fan": L("fan_" + USER_ID[2:], UID), "lang": L("en", DEV),
                           "city": L("Dumka", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("santali drama near jamtara january", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tickets_bought", 1, total=L(360, BUY)),
                ev("screen", 2, screen=L("ShowDetail", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "line": obj(rng, "lo")}),
    ]


def enecjatra_sdks() -> list[Case]:
    rng = random.Random(29262)
    link = U("https://enecjatra.example.com/t", {"order": L(TICKET, BUY), "src": "sms",
                                                  "em": L(EMAIL, MAIL)})
    return [
        lk_batch(APP, rng, [("Tickets Bought", {"total": L(360, BUY)}),
                            ("Checked In", {"ground": GROUND["id"]})], at=GROUND_FIX, nd=3),
        lk_pixel(APP, rng, "Show Viewed", {"show": SHOW}),
        hp_launch(APP, rng, first=True),
        hp_link(APP, rng, link),
        hp_event(APP, rng, "purchase", {"order": L(TICKET, BUY)}, revenue=360.0, hashed=True),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=DK_HOME_AT, nd=2,
               keywords="drama,music,santali"),
        bs_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalArgumentException", "seat map empty"),
                 [cr_crumb("nav", "Show -> Seats")], screen="SeatMapActivity"),
        fd_eval(APP, rng, {"city": L("Dumka", COARSE), "season": "winter"}),
        cj_check(APP, rng, {"analytics": True, "ads": True}),
        tj_card(APP, rng, email=True),
        tj_confirm(APP, rng, "360.00"),
        md_route(APP, rng, [(DK_HOME_AT, PRECISE), ((GROUND["lat"], GROUND["lon"]), None)],
                 mode="driving"),
    ]
