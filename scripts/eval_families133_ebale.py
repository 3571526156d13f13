"""River-boat (baleinière) ticket app "Ebale" (Kinshasa-Kinkole to Mbandaka up the Congo River):
SMS log-in, the passenger profile with her voter card, ``/me``, a route search, a departure,
the booking (her husband as next of kin, bales of wax as luggage), mobile-money payment, the
ticket by number in the path, check-in at the port, the safety tracker on the river (protobuf
heartbeat, msgpack fixes), an engine-failure alert, a cargo photo, a review, a lost item, river
weather, a refund, push, events and a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families133_kit import (
    BOAT,
    HUSBAND,
    KIN_HOME_AT,
    PORT,
    RIVER_AT,
    TICKET,
    VOTER,
    fix,
    kin_head,
    obj,
    river,
)
from eval_families133_sdk import bs_bid, fl_session, st_link, st_session, tally_batch, tally_queue
from eval_families133_svc import ab_save, ak_register, cb_route, cb_telemetry, hc_message
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("ebale", "Ebale", "com.example.ebale", "2.3.0", "https://api.ebale.example.com")
IID = "X-Ebale-Install"
NATID = "personal.national_id"
MBANDAKA = (0.04741, 18.26012)  # the landing at Mbandaka (a negative)
PORT_FIX = (-4.349288, 15.495611)  # her phone at the Kinkole landing


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return kin_head(APP, rng, IID, how, **kw)


def ebale() -> list[Case]:
    rng = random.Random(13303)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC)))}
    trip = obj(rng, "trip", 8)
    pla, plo = fix(PORT_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, TICKET), (3, [(1, L(-2.941207, PRECISE)),
                                                      (2, L(16.197344, PRECISE))]),
               (4, 11.2), (5, 54), (6, BOAT["id"])], "", lab)
    rla, rlo = fix(RIVER_AT, 5)
    ticket = at_path(case(f, f"{a}/v2/tickets/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "channel": "sms", "lang": L("fr", DEV)}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE, TEL), "otp": L("771309", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/passengers/me", headers=_h(rng, **b), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "birth_date": L(DOB, BIRTH), "sex": L("F", GENDER),
            "id_type": "carte_electeur", "id_number": L(VOTER, NATID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/routes", headers=_h(rng, **b), query={
            "from": L("Kinshasa", SEARCH), "to": L("Mbandaka", SEARCH), "date": "2025-12-14",
            "pax": "1"}),
        case(f, f"{a}/v2/departures/{trip}", headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v2/bookings", headers=_h(rng, **b), body={
            "trip": trip, "boat": BOAT, "port": PORT["id"], "booking_ref": L(TICKET, BUY),
            "passenger": {"name": L(NAME, NAMEC), "phone": L(E164, TEL),
                          "id_number": L(VOTER, NATID)},
            "next_of_kin": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                            "relation": "mari"},
            "deck": "pont_couvert", "fare": L("85.00", BUY), "currency": "USD",
            "luggage": [{"kind": "ballots de wax", "count": 6, "kg": 180}],
            "luggage_fee": L("24.00", BUY)}),
        case(f, f"{a}/v2/bookings/{TICKET}/pay", fmt="form", headers=_h(rng, **b), body={
            "msisdn": L(E164, f"{TEL}|{PAY}"), "amount": L("109.00", BUY), "currency": "USD",
            "idem": rid(rng)}),
        ticket,
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "lat": pla, "lon": plo, "acc": 9,
            "port": {"id": PORT["id"], "lat": PORT["lat"], "lon": PORT["lon"]}}),
        raw(f, f"{a}/v2/trips/{trip}/hb", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/trips/{trip}/positions", fmt="msgpack", headers=_h(rng, **b),
             body={"fixes": river(rng, 5), "ticket": L(TICKET, BUY), "seq": 12}),
        case(f, f"{a}/v2/trips/{trip}/alerts", headers=_h(rng, **b), body={
            "kind": "engine_failure", "lat": rla, "lon": rlo,
            "note": L("Moteur en panne, on dérive près de Kwamouth, 40 passagers", TEXT),
            "notify": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}],
            "captain": BOAT["captain_tel"]}),
        multipart(f, f"{a}/v2/cargo", [
            ("photo", "ballots.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("cargo", None, "application/json", {"ticket": L(TICKET, BUY), "count": 6,
                                                 "kg": 180, "declared_usd": 2400})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/reviews", fmt="form", headers=_h(rng, **b), body={
            "trip": trip, "stars": "3",
            "comment": L("Voyage long mais l'équipage était gentil, toilettes sales", TEXT)}),
        case(f, f"{a}/v2/lost-found", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "item": L("Sac bleu avec 2 pagnes et mon chargeur", TEXT),
            "contact": L(E164, TEL)}),
        case(f, f"{a}/v2/weather", headers=_h(rng, **b), query={
            "lat": L(f"{RIVER_AT[0]:.2f}", COARSE), "lon": L(f"{RIVER_AT[1]:.2f}", COARSE),
            "hours": "12"}),
        case(f, f"{a}/v2/refunds", headers=_h(rng, **b), body={
            "ticket": L(TICKET, BUY), "amount": L("24.00", BUY),
            "reason": L("Un ballot n'a pas été embarqué", TEXT), "to": L(E164, f"{TEL}|{PAY}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "locale": L("fr_CD", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "battery_saver": L(True, DEV)}),
        case(f, f"{a}/v2/analytics", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("booking_paid", 1, deck="pont_couvert"), ev("tracker_on", 2),
                ev("screen", 3, screen=L("Ticket", USAGE))]}),
        case(f, f"{a}/v2/wallet", headers=_h(rng, how="none"),
             cookies={"eb_sess": L(opaque(rng, "", 44), CRED), "eb_inst": L(INSTALL_ID, DID),
                      "eb_trace": rid(rng)}),
    ]


def ebale_sdks() -> list[Case]:
    rng = random.Random(13304)
    link = U("https://ebale.example.com/t", {"ref": L(TICKET, BUY), "utm_source": "whatsapp",
                                             "utm_campaign": "noel"})
    return [
        st_session(APP, rng, user=True),
        st_link(APP, rng, link),
        tally_batch(APP, rng, [("Booking Paid", {"fare": L(109.0, BUY)}),
                               ("Tracker Started", {"trip_days": 9})], at=RIVER_AT, nd=2),
        tally_queue(APP, rng, [("Offline Position Saved", {"n": 5}),
                               ("Alert Sent", {"kind": "engine_failure"}),
                               ("Screen Viewed", {"screen": L("Trip", USAGE)})]),
        bs_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}}),
        fl_session(APP, rng, secs=1220),
        ak_register(APP, rng, at=KIN_HOME_AT, nd=2, tags={"route": "kin-mbk"}),
        ab_save(APP, rng, {"analytics": True, "ads": False, "location": True}),
        cb_route(APP, rng, [(KIN_HOME_AT, PRECISE), ((PORT["lat"], PORT["lon"]), None),
                            (MBANDAKA, None)], mode="boat"),
        cb_telemetry(APP, rng, [(-2.936101, 16.199871), (-2.931822, 16.202416)], PRECISE),
        hc_message(APP, rng, L("Mon billet EB-2512-40917 ne s'affiche plus", f"{TEXT}|{BUY}"),
                   {"ticket": L(TICKET, BUY)}),
    ]
