"""Blind set twenty-two, part nine: a youth-sports team app ("Rosterly", free with ads) used by a
parent, its own API and the SDKs it embeds (see ``eval_families22.py`` for the rules of this set,
its conventions and its calls).

First party: a magic-link sign-in (the e-mail, then the link's token and the device), the roster,
the child added as a player (name, birth date, both guardians' names, phones and e-mails), the
child's medical form (an allergy, asthma, the insurance member ID; the physician's office number: a
negative), an RSVP with a note, a team message, a carpool offer (5-decimal position, street line,
dashed phone), directions to the field from a 4-decimal ``"lat,lon"``, a game photo (multipart,
EXIF 6-decimal GPS at the field), a snack sign-up, team dues, invitations to two other parents,
friend matching by hashed address-book numbers, an attendance form with a reason naming a fever, a
league search and push registration; calls carry the app's User-Agent, the install ID and, signed
in, a bearer JWT whose claims name the user ID and the E.164 phone. SDKs: an OpenRTB banner bid at
3 decimals with the year of birth and an extended ID from the hashed phone, its impression beacon,
analytics upload and identify, an MMP dues event with revenue, a crash whose HTTP breadcrumb
carries the search, push with a last-known position and a focus ping, flags and exposures, card
token and confirmation, directions to the field and a consent lookup.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
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
    sha,
)
from eval_families20_kit import LAST, LINE1, T0, ZIP, App, latlng, opaque, pos
from eval_families22_kit import CHILD_DOB, CHILD_FIRST, FIELD_AT, PARTNER, PHYSICIAN_PHONE, sdk_uuid
from eval_families22_sdk import (
    aq_bid,
    aq_imp,
    aq_user,
    cr_event,
    gw_event,
    http,
    nav,
    sl_event,
    sl_identify,
    sl_upload,
)
from eval_families22_svc import (
    bc_focus,
    bc_player,
    cn_lookup,
    fw_init,
    fw_log,
    fw_user,
    ms_directions,
    tl_confirm,
    tl_token,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case, rnd_hex

RO = App("rosterly", "Rosterly", "com.example.rosterly", "5.27.0",
         "https://api.rosterly.example.com/v3")
TEAM = "tm_4410"
PLAYER = "pl_9Yc21"
EVENT = "ev_77120"


def _h(rng: random.Random, auth: bool = True) -> dict[str, Any]:
    h: dict[str, Any] = {"User-Agent": L(RO.ua, DEV), "X-Device-Id": L(INSTALL_ID, DID)}
    if auth:
        h["Authorization"] = J({"sub": L(USER_ID, UID), "phone_number": L(E164, TEL),
                                "teams": [TEAM], "iat": T0, "exp": T0 + 1209600})
    return h


def rosterly() -> list[Case]:
    rng = random.Random(22091)
    a, f = RO.api, RO.fam
    out = [case(f, f"{a}/auth/magic-link", headers=_h(rng, False), body={
        "email": L(EMAIL, MAIL), "redirect": "rosterly://auth/callback"})]
    out.append(case(f, f"{a}/auth/magic-link/verify", headers=_h(rng, False), body={
        "token": L(opaque(rng, "ml_", 32), CRED),
        "device": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}))
    out.append(case(f, f"{a}/teams/{TEAM}/roster", headers=_h(rng)))
    out.append(case(f, f"{a}/teams/{TEAM}/players", headers=_h(rng), body={
        "first_name": L(CHILD_FIRST, NAMEC), "last_name": L(LAST, NAMEC), "jersey": 7,
        "birthdate": L(CHILD_DOB, BIRTH), "position": "midfield",
        "guardians": [{"name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
                       "relationship": "mother"},
                      {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL),
                       "email": L(PARTNER[2], MAIL), "relationship": "father"}]}))
    out.append(case(f, f"{a}/players/{PLAYER}/medical", headers=_h(rng), body={
        "allergies": [L("bee stings", MED)],
        "conditions": L("Mild asthma, her inhaler is in the front pocket of her bag",
                        f"{TEXT}|{MED}"),
        "insurance": {"carrier": "Example Health", "member_id": L("XHP448120935", MED)},
        "physician_phone": PHYSICIAN_PHONE, "consent_treatment": True}))
    out.append(case(f, f"{a}/events/{EVENT}/rsvp", headers=_h(rng), body={
        "player": PLAYER, "status": "late",
        "note": L("Coming straight from school pickup, 10 min late", TEXT)}))
    out.append(case(f, f"{a}/teams/{TEAM}/messages", headers=_h(rng), body={
        "text": L("Can someone bring the spare pinnies on Saturday?", TEXT),
        "client_id": rnd_hex(rng, 16)}))
    lat, lon = pos(5, 0.0007, -0.0004)
    out.append(case(f, f"{a}/carpools", headers=_h(rng), body={
        "event": EVENT, "seats": 2, "from": {"lat": lat, "lon": lon},
        "address": L(LINE1, ADDR), "phone": L(DASHED, TEL), "leaves_at": "08:15"}))
    out.append(case(f, f"{a}/fields/fd_prospect/directions", headers=_h(rng), query={
        "origin": latlng(4), "mode": L("driving", USAGE)}))
    out.append(multipart(f, f"{a}/teams/{TEAM}/photos", [
        ("meta", None, "application/json", {
            "caption": L("First win of the season!", TEXT), "event": EVENT,
            "exif": {"gps": {"lat": L(round(FIELD_AT[0] + 0.00031, 6), PRECISE),
                             "lon": L(round(FIELD_AT[1] - 0.00022, 6), PRECISE)}}}),
        ("photo", "PXL_20251213_103344.jpg", "image/jpeg", L(JPEG + b"\x7e" * 40, MEDIA)),
    ], headers=_h(rng)))
    out.append(case(f, f"{a}/events/{EVENT}/snacks", headers=_h(rng), body={
        "item": "orange slices", "player": PLAYER}))
    out.append(case(f, f"{a}/dues/pay", headers=_h(rng), body={
        "player": PLAYER, "season": L("Spring 2026 U10 registration", BUY),
        "amount": L(185.0, BUY), "payment_method": L("pm_" + rnd_hex(rng, 24), PAY)}))
    out.append(case(f, f"{a}/teams/{TEAM}/invites", headers=_h(rng), body={"contacts": [
        {"name": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL)},
        {"name": L(PEOPLE[4][0], NAMEC), "phone": L(PEOPLE[4][1], TEL)}]}))
    out.append(case(f, f"{a}/contacts/match", headers=_h(rng), body={
        "hashes": [L(sha("sha256", p), CONTACTS) for _, p, _ in PEOPLE[1:4]], "region": "US"}))
    out.append(case(f, f"{a}/attendance", headers=_h(rng), fmt="form", body={
        "event_id": "ev_77135", "player_id": PLAYER, "status": "out",
        "reason": L("Mia has a fever since last night", f"{TEXT}|{MED}")}))
    out.append(case(f, f"{a}/leagues/search", headers=_h(rng), query={
        "q": L("u10 girls soccer brooklyn", SEARCH), "zip": L(ZIP, COARSE)}))
    out.append(case(f, f"{a}/devices", headers=_h(rng), body={
        "token": L(push_token(rng), DID), "platform": L("android", DEV),
        "app": RO.ver}))
    return out


def rosterly_sdks() -> list[Case]:
    rng = random.Random(22092)
    cuid = sdk_uuid(rng)
    out = [aq_bid(RO, rng, "schedule_banner", nd=3,
                  user=aq_user(gender=False, phone=True))]
    out.append(aq_imp(rng))
    out.append(sl_upload(RO, [
        sl_event(RO, 0, "Schedule Viewed", {"team": TEAM}),
        sl_event(RO, 1, "RSVP Sent", {"status": "late"}),
        sl_event(RO, 2, "Dues Paid", {"amount": L(185.0, BUY)})]))
    out.append(sl_identify(RO, {"role": "parent", "teams": 1, "zip": L(ZIP, COARSE)}))
    out.append(cr_event(RO, cuid, 88, "du3pay", {"team": TEAM}, revenue=185.0))
    out.append(gw_event(RO, rng, "kotlinx.serialization.SerializationException",
                        "Field 'venue' is required", [
                            nav("Schedule", "Leagues"),
                            http(f"{RO.api}/leagues/search", {
                                "q": L("u10 girls soccer brooklyn", SEARCH),
                                "zip": L(ZIP, COARSE)})]))
    out.append(bc_player(RO, push_token(rng), {"team": TEAM, "role": "parent"}, loc=3))
    out.append(bc_focus(RO, sdk_uuid(rng), 318))
    user = fw_user(RO)
    out.append(fw_init(RO, user))
    out.append(fw_log(RO, user, [("carpool_map", True), ("ads_native_feed", False)]))
    out.append(tl_token(RO, rng))
    out.append(tl_confirm(RO, rng))
    out.append(ms_directions(RO, FIELD_AT, "driving", nd=4))
    out.append(cn_lookup(RO, sdk_uuid(rng)))
    return out
