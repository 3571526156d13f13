"""Blind set twenty-two, part seven: an airline app ("Skyvale"), its own API and the SDKs it embeds
(see ``eval_families22.py`` for the rules of this set, its conventions and its calls).

First party: a log-in with the frequent-flyer number (form), the profile read and its update (the
e-mail, the national phone, birth date, gender, a trusted-traveller number, a diabetic meal
preference), an airport autocomplete, a flight search, a booking retrieved by its record locator
and last name and fetched by the locator in the URL path, the online check-in (names, birth date,
gender, passport, trusted-traveller number, an emergency contact), a paid seat, a wheelchair
assistance request with a remark, the boarding pass and a bag by their numbers in the path, a
flight's status, hotel offers near a 2-decimal position, an e-mail to support (the support address:
a negative), push registration and the app's own analytics (base64 JSON in a form field); calls
carry the app's User-Agent, a device cookie with the install ID and a session cookie. SDKs:
analytics upload (gzip) and identify, an MMP seat-purchase event (with the SHA-1 of the e-mail and
the MD5 of the phone for partners) and attribution, a crash and a session, card token and
confirmation, push and an opened notification, flags with the e-mail and exposures, consent lookup
and save.
"""

from __future__ import annotations

import random

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_SHA1,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    NATIONAL,
    PEOPLE,
    PHONE_MD5,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, STATE, App, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import FFN, KTN, PASSPORT, SUPPORT_MAIL, sdk_uuid
from eval_families22_sdk import (
    cr_attribution,
    cr_event,
    gw_event,
    gw_session,
    nav,
    sl_event,
    sl_identify,
    sl_upload,
)
from eval_families22_svc import (
    bc_opened,
    bc_player,
    cn_event,
    cn_lookup,
    fw_init,
    fw_log,
    fw_user,
    tl_confirm,
    tl_token,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, L, W, case

SV = App("skyvale", "Skyvale", "com.example.skyvale", "25.12.1",
         "https://mobile.skyvale.example.com/api/v3")
PNR = "K7QX2M"
BAG = "0372SV481209"


def skyvale() -> list[Case]:
    rng = random.Random(22071)
    a, f = SV.api, SV.fam
    h = {"User-Agent": L(SV.ua, DEV), "X-SV-Channel": "android"}
    dev = {"sv_device": L(INSTALL_ID, DID)}
    jar = {**dev, "SV_SESSION": L(opaque(rng, "", 64), CRED)}
    out = [case(f, f"{a}/auth/login", headers=h, cookies=dev, fmt="form", body={
        "username": L(FFN, UID), "password": L("Contrail!2025", CRED), "remember": "true"})]
    out.append(case(f, f"{a}/profile", headers=h, cookies=jar))
    out.append(case(f, f"{a}/profile", headers=h, cookies=jar, body={
        "email": L(EMAIL, MAIL), "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH),
        "gender": L("F", GENDER), "known_traveler_number": L(KTN, NATID),
        "seat_pref": "window", "meal_pref": L("DBML", MED), "newsletter": False}))
    out.append(case(f, f"{a}/airports/autocomplete", headers=h, cookies=jar,
                    query={"q": L("san fr", SEARCH), "limit": "8"}))
    out.append(case(f, f"{a}/flights/search", headers=h, cookies=jar, query={
        "from": "JFK", "to": "SFO", "date": "2026-01-09", "adults": "1", "cabin": "economy"}))
    out.append(case(f, f"{a}/bookings/retrieve", headers=h, cookies=jar, body={
        "pnr": L(PNR, BUY), "last_name": L(LAST, NAMEC)}))
    out.append(at_path(case(f, f"{a}/bookings/{PNR}", headers=h, cookies=jar), PNR, BUY))
    out.append(at_path(case(f, f"{a}/checkin/{PNR}", headers=h, cookies=jar, body={
        "passengers": [{
            "pax_id": "P1", "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC),
            "dob": L(DOB, BIRTH), "gender": L("F", GENDER),
            "document": {"type": "P", "number": L(PASSPORT, NATID), "issuing_country": "USA",
                         "nationality": "USA", "expiry": "2031-04-30"},
            "known_traveler_number": L(KTN, NATID),
            "emergency_contact": {"name": L(PEOPLE[2][0], NAMEC),
                                  "phone": L(PEOPLE[2][1], TEL), "relationship": "mother"}}],
        "hazmat_ack": True}), PNR, BUY))
    out.append(at_path(case(f, f"{a}/seats/{PNR}", headers=h, cookies=jar, body={
        "segment": "SV214-20260109", "pax_id": "P1", "seat": "14A",
        "price": L(39.0, BUY)}), PNR, BUY))
    out.append(at_path(case(f, f"{a}/ssr/{PNR}", headers=h, cookies=jar, body={
        "pax_id": "P1", "code": L("WCHR", SENS),
        "remarks": L("I can walk short distances but need help between gates",
                     f"{TEXT}|{SENS}")}), PNR, BUY))
    out.append(at_path(case(f, f"{a}/boardingpass/{PNR}/P1", headers=h, cookies=jar,
                            query={"format": "pkpass"}), PNR, BUY))
    out.append(case(f, f"{a}/flights/SV214/status", headers=h, cookies=dev,
                    query={"date": "2026-01-09"}))
    out.append(case(f, f"{a}/bags/{BAG}", headers=h, cookies=jar))
    lat, lon = pos(2)
    out.append(case(f, f"{a}/offers/hotels", headers=h, cookies=jar, query={
        "lat": lat, "lon": lon, "checkin": "2026-01-09", "nights": "2"}))
    out.append(case(f, f"{a}/support/email", headers=h, cookies=jar, body={
        "to": SUPPORT_MAIL, "reply_to": L(EMAIL_MIXED, MAIL), "pnr": L(PNR, BUY),
        "body": L("My wheelchair request isn't showing on the boarding pass", f"{TEXT}|{SENS}")}))
    out.append(case(f, f"{a}/devices", headers=h, cookies=jar, body={
        "push_token": L(push_token(rng), DID), "platform": L("android", DEV),
        "locale": L("en_US", DEV)}))
    out.append(case(f, f"{a}/analytics", headers=h, cookies=dev, fmt="form", body={
        "v": "3", "data": W({"did": L(INSTALL_ID, DID), "ffn": L(FFN, UID), "events": [
            {"n": L("checkin_complete", USAGE), "pnr": L(PNR, BUY)},
            {"n": L("boarding_pass_added", USAGE), "wallet": "google"}]}, "b64json")}))
    return out


def skyvale_sdks() -> list[Case]:
    rng = random.Random(22072)
    cuid = sdk_uuid(rng)
    out = [sl_upload(SV, [
        sl_event(SV, 0, "Check-in Started", {"pnr": L(PNR, BUY)}),
        sl_event(SV, 1, "Seat Purchased", {"seat": "14A", "price": L(39.0, BUY)}),
        sl_event(SV, 2, "Boarding Pass Viewed", {"segment": "SV214"})], gz=True)]
    out.append(sl_identify(SV, {"tier": "gold", "home_state": L(STATE, COARSE),
                                "ffn": L(FFN, UID), "birth_year": L(1991, BIRTH)}))
    out.append(cr_event(SV, cuid, 27, "st8pay", {"pnr": L(PNR, BUY), "seat": "14A"},
                        revenue=39.0, partner={"em_sha1": L(EMAIL_SHA1, MAIL),
                                               "ph_md5": L(PHONE_MD5, TEL)}))
    out.append(cr_attribution(SV, cuid))
    out.append(gw_event(SV, rng, "java.lang.NullPointerException",
                        "Attempt to invoke virtual method 'getSeat()' on a null object "
                        "reference", [nav("Trips", "CheckIn"), nav("CheckIn", "SeatMap")],
                        user={"id": L(USER_ID, UID), "username": L(FFN, UID)}))
    out.append(gw_session(SV, rng))
    out.append(tl_token(SV, rng))
    out.append(tl_confirm(SV, rng))
    out.append(bc_player(SV, push_token(rng), {"tier": "gold", "next_trip": "SFO"}))
    out.append(bc_opened(SV, rng, sdk_uuid(rng)))
    user = fw_user(SV, email=True, plan="gold")
    out.append(fw_init(SV, user))
    out.append(fw_log(SV, user, [("seatmap_v2", True)], "seat_purchased"))
    cid = sdk_uuid(rng)
    out.append(cn_lookup(SV, cid))
    out.append(cn_event(SV, cid, True))
    return out
