"""Junior rugby-league club registration app "Lakapiliki" (``lakapi`` rugby, ``liki`` league):
she registers her son Iosefa (11) with an Apia club's U12 side (the child's data). Unlike set
73's concussion tracker and set 122's sevens fan club this is a club's season registration:
the parent's account, a log-in, ``/me`` with a JWT, the child's player record (name, birth date,
gender, school, weight for the grade), his birth certificate scan and number, medical consent
(asthma, an inhaler), the emergency contact, a photo for his player card, the fee, the player by
ID in the path, the team's fixtures, availability, a lift request, a message to the coach,
training pick-up at the ground, a jersey order (msgpack), a search, push, events and a cookie
GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families126_kit import (
    BIRTH_CERT,
    CLUB,
    COACH,
    GROUND_AT,
    GROUND_FIX,
    HUSBAND,
    SON,
    fix,
    hd,
    obj,
)
from eval_families126_sdk import ab_event, ab_launch, fr_crash, fr_crumb, mw_batch, mw_queue
from eval_families126_svc import ol_save, pc_register, pk_card, pk_confirm, tm_route, tp_eval
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("lakapi", "Lakapiliki", "com.example.lakapiliki", "2.2.1",
          "https://api.lakapiliki.example.net")
IID = "X-Liki-Install"
PW = "Tuli-Mai-Tackle4"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def lakapi() -> list[Case]:
    rng = random.Random(12651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "mobile": L(NATIONAL, TEL),
            "password": L(PW, CRED), "relationship": "mother"}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra={"Authorization": J(claims(
            rng, kids=[L(SON["id"], UID)]))})),
        case(f, f"{a}/v1/players", headers=_h(rng, **b), body={
            "id": L(SON["id"], UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "dob": L(SON["dob"], BIRTH),
            "gender": L("male", GENDER), "school": "Leififi Intermediate",
            "weightKg": L(44.5, FIT), "club": CLUB["id"], "grade": CLUB["grade"]}),
        multipart(f, f"{a}/v1/players/{SON['id']}/birth-certificate", [
            ("scan", "birth_cert.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {"regNo": L(BIRTH_CERT, NATID),
                                                "dob": L(SON["dob"], BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/players/{SON['id']}/medical", headers=_h(rng, **b), body={
            "conditions": [L("asthma", MED)], "medication": L("salbutamol inhaler", MED),
            "allergies": [L("penicillin", MED)], "consentTreatment": True,
            "signedBy": L(NAME, NAMEC)}),
        case(f, f"{a}/v1/players/{SON['id']}/emergency", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "relation": "father"}),
        multipart(f, f"{a}/v1/players/{SON['id']}/photo", [
            ("photo", "iosefa.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"crop": [120, 80, 520, 520]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/registrations", headers=_h(rng, **b), body={
            "player": L(SON["id"], UID), "season": 2026, "fee": L("85.00", BUY),
            "currency": "WST", "sibling": False}),
        at_path(case(f, f"{a}/v1/players/{SON['id']}", headers=_h(rng, **b)), SON["id"], UID),
        case(f, f"{a}/v1/teams/{CLUB['team']}/fixtures", query={"round": "3"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/availability", fmt="form", headers=_h(rng, **b), body={
            "player": L(SON["id"], UID), "fixture": obj(rng, "fx", 6), "available": "0",
            "reason": L("Iosefa has a chest infection this week", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/carpool", headers=_h(rng, **b), body={
            "fixture": obj(rng, "fx", 6), "seats": 2, "from": "Faleasiu",
            "note": L("Can take two boys from the west side", TEXT)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "coach", "coach": {"name": COACH[0], "phone": COACH[1]},
            "text": L("Is training still on with the cyclone warning?", TEXT)}),
        case(f, f"{a}/v1/pickup/arrived", headers=_h(rng, **b), body={
            "player": L(SON["id"], UID), "lat": fix(GROUND_FIX)[0], "lng": fix(GROUND_FIX)[1],
            "ground": {"lat": GROUND_AT[0], "lng": GROUND_AT[1]}}),
        case(f, f"{a}/v1/shop/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "JSY-U12-BLU", "size": "YL", "print": L("IOSEFA 9", NAMEC)}],
            "total": L("95.00", BUY), "player": L(SON["id"], UID)}),
        case(f, f"{a}/v1/search", query={"q": L("U12 draw Apia", SEARCH)}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "os": L("Android 14", DEV), "model": L("SM-A546E", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("player_registered", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("TeamFixtures", USAGE))]}),
        case(f, f"{a}/v1/registrations", headers=_h(rng, how="nodash"),
             cookies={"liki_sess": L(opaque(rng, "", 40), CRED),
                      "liki_kid": L(SON["id"], UID)}),
    ]


def lakapi_sdks() -> list[Case]:
    rng = random.Random(12652)
    return [
        mw_batch(APP, rng, [("Player Registered", {"grade": "U12",
                                                   "age": L(SON["age"], BIRTH)}),
                            ("Fixture Viewed", {})]),
        mw_queue(APP, rng, [("Availability Set", {"available": False}),
                            ("Carpool Offered", {"seats": 2})]),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "registration_paid", {"season": 2026}, revenue=85.0, hashed=True),
        fr_crash(APP, rng, ("java.io.FileNotFoundException", "birth_cert.jpg"),
                 [fr_crumb("nav", "Player -> Documents")], screen="DocumentsActivity"),
        tp_eval(APP, rng, {"parent": True, "kids": 1}),
        pc_register(APP, rng, tags={"team": CLUB["team"], "kid_age": L(SON["age"], BIRTH)}),
        ol_save(APP, rng, {"analytics": True, "marketing": False}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "85.00"),
        tm_route(APP, rng, [((-13.805142, -171.948731), "location.precise"), (GROUND_AT, None)]),
    ]
