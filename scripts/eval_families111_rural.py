"""Rural-house rental app "Casalura" (stone houses in the Ribeira Sacra): she books a weekend at
"Casa do Souto" with her partner and their dog. Sign-up, a log-in, a Google sign-in (an ID token in
a JSON field), ``/me``, a search made from New York (the profile's position), a house,
availability, the booking, the guest register Spanish law requires (both guests' documents), her
NIE card photo, the deposit, a message to the host, the door code by booking code in the path, the
check-in at the house (her fix and the house's Wi-Fi), the smart lock, a winery visit, a review, a
wish list, an invoice with her NIE, a lost item, push, events and trips by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
    tok,
)
from eval_families17_kit import add as with_acc
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families111_kit import (
    HOME_GL,
    HOME_GL_AT,
    HOUSE,
    HOUSE_BSSID,
    HOUSE_FIX,
    NATID,
    NIE,
    PARTNER,
    RESERVA,
    fix,
    gl_head,
    home_ny,
)
from eval_families111_sdk import (
    ab_event,
    ab_link,
    ab_open,
    bp_bid,
    cv_crash,
    cv_crumb,
    tr_batch,
)
from eval_families111_svc import cl_message, oc_save, pc_confirm, tf_route
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("casalura", "Casalura", "com.example.casalura", "7.3.2",
          "https://api.casalura.example.net")
IID = "X-Casalura-Device"
PW = "Socalco.Sil.2025"
CODE = "4817"  # the house's door code for the stay (secret.credential)
B_URL = f"https://api.casalura.example.net/v1/bookings/{RESERVA}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return gl_head(APP, rng, IID, how=how, lang=None, **kw)


def casalura() -> list[Case]:
    rng = random.Random(11151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    acc: dict[tuple[str, str], str] = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L("108847712093374410021", UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "casalura-android"},
              "body", "id_token", acc)
    google = with_acc(case(f, f"{a}/v1/sessions/google", headers=_h(rng),
                           body={"id_token": idt, "device": L(INSTALL_ID, DID)}), acc)
    nla, nlo = home_ny(3)
    hla, hlo = fix(HOUSE_FIX)
    guests = at_path(case(f, f"{B_URL}/guests", headers=_h(rng, **b), body={"guests": [
        {"name": L(FIRST, NAMEC), "surname": L(LAST, NAMEC), "doc_type": "NIE",
         "doc_number": L(NIE, NATID), "birth_date": L(DOB, BIRTH), "sex": L("F", GENDER),
         "nationality": "USA", "address": L(HOME_GL["rua"], ADDR),
         "postcode": L(HOME_GL["cp"], COARSE)},
        {"name": L("Xurxo", NAMEC), "surname": L("Lorenzo Piñeiro", NAMEC), "doc_type": "DNI",
         "doc_number": L(PARTNER[2], NATID), "birth_date": L("1987-09-30", BIRTH),
         "sex": L("M", GENDER), "nationality": "ESP", "relationship": "partner"}]}),
        RESERVA, BUY)
    access = at_path(case(f, f"{B_URL}/access", headers=_h(rng, **b),
                          query={"device": L(INSTALL_ID, DID)}), RESERVA, BUY)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(PHONE, TEL), "password": L(PW, CRED), "country": L("ES", COARSE),
            "currency": "EUR"}),
        case(f, f"{a}/v1/sessions", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "true"}),
        google,
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "where": L("Ribeira Sacra", SEARCH), "checkin": "2026-01-16",
            "checkout": "2026-01-18", "adults": "2", "pets": "1",
            "user_lat": nla, "user_lng": nlo, "sort": "rating"}),
        case(f, f"{a}/v1/houses/{HOUSE['id']}", headers=_h(rng, **b),
             query={"lang": L("en", DEV)}),
        case(f, f"{a}/v1/houses/{HOUSE['id']}/availability", headers=_h(rng, **b), body={
            "checkin": "2026-01-16", "checkout": "2026-01-18", "adults": 2,
            "pet": {"kind": "dog", "name": "Bolboreta", "weight_kg": 14}}),
        case(f, f"{a}/v1/bookings", headers=_h(rng, **b), body={
            "house": HOUSE["id"], "checkin": "2026-01-16", "checkout": "2026-01-18",
            "adults": 2, "guest": {"name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
                                   "phone": L(PHONE, TEL)},
            "total": L("236.00", BUY), "cleaning_fee": L("30.00", BUY),
            "booking_code": L(RESERVA, BUY), "arrival_time": "20:30",
            "message": L("We arrive late from Vigo with a quiet dog", TEXT)}),
        guests,
        at_path(multipart(f, f"{B_URL}/documents", [
            ("front", "nie_front.jpg", "image/jpeg", L(JPEG + b"\x51", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"guest": 0, "doc_type": "NIE"})],
            headers=_h(rng, **b)), RESERVA, BUY),
        case(f, f"{a}/v1/payments/deposit", headers=_h(rng, **b), body={
            "booking": L(RESERVA, BUY), "amount": L("70.80", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "booking": L(RESERVA, BUY), "to": "host", "host_phone": HOUSE["tel"],
            "text": L("Chegaremos ás 21h. Podemos deixar o coche xunto ao hórreo?", TEXT)}),
        access,
        at_path(case(f, f"{B_URL}/checkin", headers=_h(rng, **b), body={
            "position": {"lat": hla, "lng": hlo, "acc": 9},
            "house_point": {"lat": HOUSE["lat"], "lng": HOUSE["lon"]},
            "wifi": {"bssid": L(HOUSE_BSSID, WIFI), "rssi": -58},
            "at": "2026-01-16T21:04"}), RESERVA, BUY),
        case(f, f"{a}/v1/locks/unlock", headers=_h(rng, **b), body={
            "lock": "lk_souto_front", "code": L(CODE, CRED), "booking": L(RESERVA, BUY),
            "position": {"lat": L(round(HOUSE_FIX[0], 5), PRECISE),
                         "lng": L(round(HOUSE_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/v1/experiences/bookings", headers=_h(rng, **b), body={
            "experience": "exp_adega_sil_03", "date": "2026-01-17T11:00",
            "participants": [L(NAME, NAMEC), L(PARTNER[0], NAMEC)],
            "price": L("44.00", BUY), "order": L("EXP-61820", BUY)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "booking": L(RESERVA, BUY), "stars": 5, "cleanliness": 5,
            "text": L("Lovely stone house, the fireplace was ready and the host kind", TEXT)}),
        case(f, f"{a}/v1/wishlists", headers=_h(rng, **b), body={
            "name": L("Autumn in the Sil canyon", TEXT), "houses": [HOUSE["id"], "cs_51202"]}),
        case(f, f"{a}/v1/invoices", fmt="form", headers=_h(rng, **b), body={
            "booking": L(RESERVA, BUY), "tax_id": L(NIE, NATID),
            "fiscal_name": L(NAME, NAMEC), "address": L(HOME_GL["rua"], ADDR),
            "postcode": L(HOME_GL["cp"], COARSE), "city": L("Vigo", COARSE)}),
        case(f, f"{a}/v1/help/lost-items", headers=_h(rng, **b), body={
            "booking": L(RESERVA, BUY),
            "text": L("I left the charger of my CPAP machine in the upstairs bedroom",
                      f"{TEXT}|{MED}"), "return_to": L(HOME_GL["rua"], ADDR)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os_version": L("14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("house_viewed", 1, house=HOUSE["id"]), ev("booking_confirmed", 2),
                ev("screen", 3, screen_name=L("Trips", USAGE))]}),
        case(f, f"{a}/v1/trips", headers=_h(rng, how="nodash"),
             cookies={"cl_session": L(opaque(rng, "", 48), CRED), "cl_rid": rid(rng)}),
    ]


def casalura_sdks() -> list[Case]:
    rng = random.Random(11152)
    link = U("https://casalura.example.net/b/open", {"code": L(RESERVA, BUY),
                                                    "utm_source": "email"})
    return [
        tr_batch(APP, rng, [("Search", {"where": L("Ribeira Sacra", SEARCH)}),
                            ("Booking Confirmed", {"total": L(236.0, BUY)})],
                 at=(LAT, LON), nd=2, tz="America/New_York", locale="en-US", adid=True),
        ab_open(APP, rng, user=True, roaming=False),
        ab_event(APP, rng, "purchase", {"house": HOUSE["id"]}, revenue=236.0, hashed=True),
        ab_link(APP, rng, link),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=(LAT, LON), nd=3, country="USA",
               yob=1991, gender="F"),
        cv_crash(APP, rng, ("java.lang.IllegalArgumentException", "checkout before checkin"),
                 [cv_crumb("nav", "House -> Calendar"), cv_crumb("tap", "date_16")],
                 screen="CalendarActivity", tz="America/New_York"),
        oc_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        pc_confirm(APP, rng, 23600),
        tf_route(APP, rng, [(HOME_GL_AT, PRECISE), ((HOUSE["lat"], HOUSE["lon"]), None)]),
        cl_message(APP, rng, L("Can I change the booking to the 23rd?", TEXT),
                   {"booking": L(RESERVA, BUY)}, lang="en"),
    ]
