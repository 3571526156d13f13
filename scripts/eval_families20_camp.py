"""Blind set twenty, part seven: a campground-booking app ("Pitchpine"), its own API and the SDKs it
embeds (see ``eval_families20.py`` for the rules of this set, its conventions and its calls).

First party: a log-in (JSON), a campground search near the user (a ``"lat,lon"`` string and a
typed query), availability, a site hold (party and equipment), the booking (guest's name, e-mail
and phone, the car's plate, an accessible site, a note, payment method and total), the booking by
its reference in the URL path, a check-in at 5 decimals, sharing the trip by e-mail, a review, a
favourite, the campground's weather and map, the profile (names, birth date for a senior rate,
ZIP, phone, an access pass), offline map packs, a trip-location share at 6 decimals with the
battery level and an emergency contact; calls carry the app's User-Agent and two cookies (the
session, the device ID). SDKs: analytics batch (search term, purchase) and a hit, MMP install
and revenue event, two crash reports (one quoting a position), push with a state tag, a nearby
search, a route to the campground, a static map, card tokenisation and confirmation, consent
and remote config.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families14_kit import PLATE
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    HW,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, STATE, ZIP, App, ev, latlng, opaque, pos
from eval_families20_sdk import ck_event, lf_event, lf_install, mc_batch, mc_hit
from eval_families20_svc import (
    fp_fetch,
    pk_card,
    pk_confirm,
    pl_nearby,
    pl_route,
    pl_static,
    pm_save,
    pw_register,
)
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, Case, L, case, rnd_hex, rnd_uuid

PT = App("pitchpine", "Pitchpine", "com.example.pitchpine", "3.22.1",
         "https://api.pitchpine.example.org/v2")
CG = "cg_blackwoods"
CG_AT = (44.30962, -68.20533)  # the campground's own position
BK = "PPB-40721"


def pitchpine() -> list[Case]:
    rng = random.Random(20051)
    a, f = PT.api, PT.fam
    h = {"User-Agent": L(PT.ua, DEV)}
    did = {"pp_did": L(INSTALL_ID, DID)}
    jar: dict[str, Any] = {"pp_session": L(opaque(rng, "", 48), CRED), **did}
    out = [case(f, f"{a}/auth/login", headers=h, cookies=did, body={
        "email": L(EMAIL, MAIL), "password": L("Trailmix-4471", CRED), "remember": True})]
    out.append(case(f, f"{a}/campgrounds/search", headers=h, cookies=jar, query={
        "near": latlng(3), "radius_mi": "150", "checkin": "2026-06-12", "nights": "3",
        "q": L("lakeside tent sites", SEARCH), "sites": "tent"}))
    out.append(case(f, f"{a}/campgrounds/{CG}/availability", headers=h, cookies=jar, query={
        "from": "2026-06-12", "to": "2026-06-15"}))
    out.append(case(f, f"{a}/bookings/holds", headers=h, cookies=jar, body={
        "campground": CG, "site": "B-114", "checkin": "2026-06-12", "nights": 3,
        "party": {"adults": 2, "children": 1, "pets": 1},
        "equipment": {"type": "tent", "count": 2}}))
    out.append(case(f, f"{a}/bookings", headers=h, cookies=jar, body={
        "hold": "hd_" + rnd_hex(rng, 8),
        "primary": {"first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
                    "email": L(EMAIL, MAIL), "phone": L(E164, TEL)},
        "vehicle": {"plate": L(PLATE, HW), "make": "Subaru"},
        "accessible_site": L(True, SENS), "notes": L("Arriving late, around 10pm", TEXT),
        "payment_method": L("pm_" + rnd_hex(rng, 24), PAY), "nightly": 45.0,
        "total": L(142.5, BUY)}))
    c = case(f, f"{a}/bookings/{BK}", headers=h, cookies=jar)
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    lat, lon = pos(5, 44.30991 - LAT, -68.20498 - LON)
    c = case(f, f"{a}/bookings/{BK}/checkin", headers=h, cookies=jar, body={
        "lat": lat, "lng": lon, "accuracy_m": 12, "arrived_at": "2026-06-12T21:48:10-04:00"})
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    c = case(f, f"{a}/bookings/{BK}/share", headers=h, cookies=jar, body={
        "emails": [L(PEOPLE[0][2], MAIL)], "message": L("Site B-114, bring the big cooler",
                                                        TEXT)})
    c.labels[("url", "path[2]")] = BUY
    out.append(c)
    out.append(case(f, f"{a}/reviews", headers=h, cookies=jar, body={
        "campground": CG, "stars": 4, "title": L("Quiet loop, clean showers", TEXT),
        "text": L("Sites are close together but the loop is quiet after 9.", TEXT),
        "visit": "2025-10"}))
    out.append(case(f, f"{a}/favorites", headers=h, cookies=jar, body={"campground": CG}))
    out.append(case(f, f"{a}/weather", headers=h, query={
        "lat": f"{CG_AT[0]:.2f}", "lon": f"{CG_AT[1]:.2f}", "days": "5"}))
    out.append(case(f, f"{a}/campgrounds/{CG}/map.pdf", headers=h))
    out.append(case(f, f"{a}/profile", headers=h, cookies=jar, body={
        "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
        "birthdate": L(DOB, BIRTH), "zip": L(ZIP, COARSE), "phone": L(NATIONAL, TEL),
        "senior_pass": False, "access_pass": L(True, SENS), "units": "imperial"}))
    out.append(case(f, f"{a}/offline/packs", headers=h, query={
        "bbox": "-68.45,44.20,-68.10,44.45", "zoom": "14", "campground": CG}))
    lat, lon = pos(6, 44.31021 - LAT, -68.20611 - LON)
    out.append(case(f, f"{a}/trips/tr_88/location", headers=h, cookies=jar, body={
        "lat": lat, "lon": lon, "battery": L(41, DEV), "shared_with": ["u_x1c", "u_b7q"]}))
    out.append(case(f, f"{a}/emergency-contacts", headers=h, cookies=jar, body={
        "name": L(PEOPLE[0][0], NAMEC), "phone": L(PEOPLE[0][1], TEL), "relation": "friend"}))
    return out


def pitchpine_sdks() -> list[Case]:
    rng = random.Random(20052)
    out = [mc_batch(PT, [
        ev("search", 0, search_term=L("lakeside tent sites", SEARCH), nights=3),
        ev("view_item", 1, item_id=CG, item_category="national_park"),
        ev("begin_checkout", 2, item_id=CG),
        ev("purchase", 3, transaction_id=L(BK, BUY), value=L(142.5, BUY), currency="USD")],
        props={"trip_type": "tent", "home_state": L(STATE, COARSE)})]
    out.append(mc_hit(PT, rng, "screen_view", "MapView", 30500, 9,
                      extra={"ep.map_zoom": "11"}))
    out.append(lf_install(PT, "utm_source=outdoorblog&utm_medium=referral"))
    out.append(lf_event(PT, "booking_complete", revenue=142.5, extra={"booking": L(BK, BUY)}))
    out.append(ck_event(PT, rng, "java.net.UnknownHostException",
                        'Unable to resolve host "api.pitchpine.example.org": No address '
                        "associated with hostname", ["Trips", "TripDetail"]))
    out.append(ck_event(PT, rng, "com.example.pitchpine.CheckinException",
                        L(f"Check-in rejected: {LAT:.5f},{LON:.5f} is outside the park",
                          PRECISE), ["TripDetail", "CheckIn"], level="error"))
    out.append(pw_register(PT, push_token(rng), tags={"home_state": L(STATE, COARSE),
                                                      "upcoming_trip": "1"}))
    out.append(pl_nearby(PT, "gas station", 4))
    out.append(pl_route(PT, CG_AT, "DRIVE"))
    out.append(pl_static(PT, f"{CG_AT[0]:.4f},{CG_AT[1]:.4f}", "B"))
    out.append(pk_card(PT, rng))
    out.append(pk_confirm(PT, rng))
    out.append(pm_save(PT, rnd_uuid(rng), "custom"))
    out.append(fp_fetch(PT, {"trip_type": "tent"}))
    return out
