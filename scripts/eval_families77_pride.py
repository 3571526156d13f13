"""LGBTQ+ community events app "Pridewell" (New York; she uses it when home): sign-up with her
pronouns, a log-in, ``/me``, her profile (orientation, gender, a bio), events near her (2
decimals), an event, venues near her (a ``lat,lon`` path segment), an RSVP with a plus-one, a
gala ticket, the door check-in (her fix), a group joined with an intro, a direct message
(msgpack), a safety report, volunteering, a donation, a parade photo, discreet-mode settings, a
resource search, friends invited from her address book, push, events, a Play purchase and the
calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families14_kit import PEOPLE
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families77_kit import PLUS_ONE, TICKET, VENUE, VENUE_FIX, fix, obj
from eval_families77_sdk import (
    bh_bid,
    hv_crash,
    hv_crumb,
    lt_identify,
    lt_track,
    sf_attribution,
    sf_event,
)
from eval_families77_svc import fg_eval, gf_card, hn_register, sh_message, sk_save
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("pridewell", "Pridewell", "com.example.pridewell", "3.3.0",
          "https://api.pridewell.example.org")
IID = "X-PW-Install"
PW = "Glitter&Granite-22"
TS = f"{TEXT}|{SENS}"
HOME = (LAT, LON)
NY = "America/New_York"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def pridewell() -> list[Case]:
    rng = random.Random(7751)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pronouns=L("she/her", GENDER)))}
    b = {"auth": "bearer"}
    gala = obj(rng, "evt", 8)
    seg = f"{LAT:.5f},{LON:.5f}"
    near = case(f, f"{a}/v1/venues/nearby/{seg}", headers=_h(rng, **b), query={"open": "now"})
    vla, vlo = fix(VENUE_FIX, 6)
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "displayName": L(FIRST, NAMEC),
            "pronouns": L("she/her", GENDER), "birthdate": L(DOB, BIRTH), "zip": L(ZIP, COARSE),
            "ageConfirmed": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile", headers=_h(rng, **b), body={
            "bio": L("Bi woman, deckhand half the year, into winter hikes and board games", TS),
            "orientation": L("bisexual", SENS), "gender": L("woman", GENDER),
            "interests": ["hiking", "board games", "karaoke"], "showOrientation": False}),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.2f}", COARSE), "lon": L(f"{LON:.2f}", COARSE), "radiusKm": "5",
            "from": "2025-12-12"}),
        case(f, f"{a}/v1/events/{gala}", headers=_h(rng, **b)),
        at_path(near, seg, PRECISE),
        case(f, f"{a}/v1/events/{gala}/rsvp", headers=_h(rng, **b), body={
            "guests": 1, "plusOne": {"name": L(PLUS_ONE[0], NAMEC), "phone": L(PLUS_ONE[1], TEL)},
            "accessibility": None}),
        case(f, f"{a}/v1/tickets", fmt="form", headers=_h(rng, **b), body={
            "event": gala, "tier": L("gala_general", BUY), "amount": L("65.00", BUY),
            "donateExtra": L("10.00", BUY), "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "lat": vla, "lon": vlo,
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lon": VENUE["lon"]}}),
        case(f, f"{a}/v1/groups/{obj(rng, 'grp', 6)}/join", headers=_h(rng, **b), body={
            "intro": L("Hi! Bi woman, new here, love winter hikes", TS)}),
        case(f, f"{a}/v1/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "to": others(rng, 1, "pw_")[0], "from": L(USER_ID, UID),
            "text": L("See you at the gala? I'll be by the coat check at 8", TEXT),
            "ts": 1765612800}),
        case(f, f"{a}/v1/safety/reports", headers=_h(rng, **b), body={
            "reported": others(rng, 1, "pw_")[0], "reason": "harassment",
            "text": L("He kept messaging me after I said no and showed up at the brunch", TEXT)}),
        case(f, f"{a}/v1/volunteer", fmt="form", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "phone": L(NATIONAL, TEL), "shifts": "setup,door",
            "shirt": "M"}),
        case(f, f"{a}/v1/donations", fmt="form", headers=_h(rng, **b), body={
            "amount": L("25.00", BUY), "recurring": "monthly",
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/photos", [
            ("photo", "parade.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Our float made it! Proud of this crew", TEXT), "event": gala})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/privacy", headers=_h(rng, **b), body={
            "discreetIcon": True, "hideFromSearch": True, "blurPhotos": True}),
        case(f, f"{a}/v1/resources/search", headers=_h(rng, **b), query={
            "q": L("lgbtq friendly therapist manhattan", SEARCH), "type": "health"}),
        case(f, f"{a}/v1/contacts/invite", headers=_h(rng, **b), body={"invitees": [
            {"name": L(PEOPLE[1][0], CONTACTS), "phone": L(PEOPLE[1][1], CONTACTS)},
            {"name": L(PEOPLE[4][0], CONTACTS), "phone": L(PEOPLE[4][1], CONTACTS)}],
            "message": "Join me on Pridewell"}),
        case(f, f"{a}/v1/devices/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("rsvp", 1, event=gala), ev("ticket_bought", 2, amount=L(65.0, BUY)),
                ev("screen", 3, screen=L("EventDetail", USAGE))]}),
        case(f, f"{a}/v1/store/verify", headers=_h(rng, **b), body={
            "sku": L("pridewell_supporter", BUY), "orderId": L("GPA.3318-2210-4471-90235", BUY),
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="upper"),
             cookies={"pw_sid": L(opaque(rng, "", 44), CRED)}),
    ]


def pridewell_sdks() -> list[Case]:
    rng = random.Random(7752)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}}
    return [
        lt_track(APP, rng, [("Event Viewed", {"category": "social"}),
                            ("RSVP", {"guests": 1})], at=HOME, nd=2, tz=NY),
        lt_identify(APP, rng, {"email": L(EMAIL, MAIL), "pronouns": L("she/her", GENDER),
                               "orientation": L("bisexual", SENS), "zip": L(ZIP, COARSE)}),
        sf_attribution(APP, rng),
        sf_event(APP, rng, "ticket_purchase", {"tier": "gala_general"}, revenue=65.0,
                 hashed=True),
        bh_bid(APP, rng, banner, at=HOME, nd=3, country="USA", yob=1991, gender="F",
               keywords=L("lgbtq,pride,nightlife", SENS)),
        hv_crash(APP, rng, ("java.lang.IllegalStateException", "Fragment not attached"),
                 [hv_crumb("navigation", "Events -> EventDetail"),
                  hv_crumb("user", "tap rsvp")], screen="EventDetailActivity", tz=NY,
                 meta={"network": {"ssid": L(SSID, WIFI), "localIp": L(LOCAL_IP, DEV),
                                   "type": L("wifi", DEV)}}),
        fg_eval(APP, rng, {"zip": L(ZIP, COARSE), "discreet": True}),
        hn_register(APP, rng, at=HOME, nd=2, tz=NY, tags={"borough": L("Manhattan", COARSE)}),
        sk_save(APP, rng, {"analytics": True, "ads": False}),
        gf_card(APP, rng, email=True, postal=L(ZIP, COARSE)),
        sh_message(APP, rng, L("I bought two gala tickets but only one QR code arrived", TEXT),
                   {"ticket": L(TICKET, BUY)}),
    ]
