"""Cyclone evacuation-centre household registry "Valetaqomaki" (``vale`` house, ``taqomaki``
protect; set 77's volcano app is an alert app, this one registers households at a centre and
tracks their needs and relief): she is at her husband's village Nakorovou (Ra) when a cyclone
comes through in December. Sign-up, the SMS code, ``/me`` with a JWT, the household (her husband
as head, her as spouse, his mother and nephew, ID-card numbers, the house's point), the members'
needs, centres near her, the check-in at the school (her fix, its Wi-Fi), "we are safe" to
Auckland, house damage with a photo, a relief claim (msgpack), alerts, a missing relative, a
protobuf ping, the offline queue (JSON Lines), volunteering, the head's ID card photo, water,
feedback, the household by number in the path, a ride home for his mother, push, events and
bulletins by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
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
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    WIFI,
    jsonl,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import PHONE_PAREN
from eval_families20_kit import DOB, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, obj
from eval_families122_kit import (
    CENTRE,
    CENTRE_FIX,
    FJ_TZ,
    HOUSEHOLD,
    HUSBAND,
    HUSBAND_ID,
    ID_CARD,
    KORO,
    KORO_AT,
    MIL,
    NEPHEW,
    SISTER,
    YASANA,
    evs,
    hdr,
)
from eval_families122_sdk import fp_crash, fp_crumb, gf_batch, gf_queue, ir_session
from eval_families122_svc import ag_route, ag_telemetry, am_attach, ft_eval, pk_register, pm_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("valetaqomaki", "Valetaqomaki", "com.example.valetaqomaki", "1.12.0",
          "https://api.valetaqomaki.example.org")
IID = "X-VT-Device"
PW = "Cyclone-Safe-2025"
HH = f"{APP.api}/v2/households/{HOUSEHOLD}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, fj=False, **kw)


def _hh(c: Case) -> Case:
    return at_path(c, HOUSEHOLD, UID)


def valetaqomaki() -> list[Case]:
    rng = random.Random(12211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), household=L(HOUSEHOLD, UID)))}
    kla, klo = fix(KORO_AT)
    cla, clo = fix(CENTRE_FIX)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(HOUSEHOLD, UID)),
               (3, [(1, L(CENTRE_FIX[0], PRECISE)), (2, L(CENTRE_FIX[1], PRECISE))]),
               (4, L(23, DEV)), (5, 1765580412)], "", lab)
    acc: dict[tuple[str, str], str] = {}
    queue = jsonl([{"op": "headcount", "household": L(HOUSEHOLD, UID), "present": 4,
                    "device": L(INSTALL_ID, DID), "ts": 1765579001},
                   {"op": "note", "household": L(HOUSEHOLD, UID), "device": L(INSTALL_ID, DID),
                    "text": L("Nau needs her insulin kept cold, the fridge here has no power",
                              f"{TEXT}|{MED}"), "ts": 1765579066}], acc)
    qcase = raw(f, f"{a}/v2/sync", queue, "application/x-ndjson", {},
                headers=_h(rng, **b))
    qcase.labels.update(acc)
    return [
        case(f, f"{a}/v2/accounts", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH), "language": L("en", DEV)}),
        case(f, f"{a}/v2/auth/otp", fmt="form", headers=_h(rng), body={
            "phone": L(PHONE_PAREN, TEL), "otp": L("730418", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/households", headers=_h(rng, **b), body={
            "householdNo": L(HOUSEHOLD, UID), "village": L(KORO, COARSE),
            "province": L(YASANA, COARSE), "home": {"lat": kla, "lon": klo},
            "head": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                     "idCard": L(HUSBAND_ID, NATID)},
            "spouse": {"name": L(NAME, NAMEC), "idCard": L(ID_CARD, NATID),
                       "dob": L(DOB, BIRTH)},
            "members": [{"name": L(MIL[0], NAMEC), "age": L(MIL[1], BIRTH), "rel": "mother"},
                        {"name": L(NEPHEW[0], NAMEC), "age": L(NEPHEW[1], BIRTH),
                         "rel": "nephew"}],
            "size": 4, "houseType": "timber_iron_roof"}),
        _hh(case(f, f"{HH}/needs", headers=_h(rng, **b), body={
            "members": [{"name": L(MIL[0], NAMEC), "conditions": [L("diabetes", MED),
                                                                  L("hypertension", MED)],
                         "medicines": [L("insulin", MED)], "mobility": L("wheelchair", MED)},
                        {"name": L(NEPHEW[0], NAMEC), "conditions": [L("asthma", MED)]}],
            "pregnant": L(False, SENS), "infants": 0, "elderly": 1})),
        case(f, f"{a}/v2/centres/nearby", headers=_h(rng, **b), query={
            "lat": L(f"{KORO_AT[0]:.3f}", PRECISE), "lon": L(f"{KORO_AT[1]:.3f}", PRECISE),
            "radiusKm": "10", "open": "true"}),
        case(f, f"{a}/v2/centres/{CENTRE['id']}/checkin", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "lat": cla, "lon": clo, "accuracyM": 9,
            "wifi": {"ssid": L(CENTRE["ssid"], WIFI), "bssid": L(CENTRE["bssid"], WIFI)},
            "present": 4, "qr": "VTQ-EC0412-7781",
            "centre": {"lat": CENTRE["lat"], "lon": CENTRE["lon"], "phone": CENTRE["phone"]}}),
        case(f, f"{a}/v2/safe", fmt="form", headers=_h(rng, **b), body={
            "to": L(SISTER[1], TEL), "household": L(HOUSEHOLD, UID),
            "message": L("We are all safe at the evacuation centre, Nau is with us. Will call "
                         "when the power is back", TEXT)}),
        _hh(multipart(f, f"{HH}/damage", [
            ("photo", "house.jpg", "image/jpeg", L(JPEG + b"\x23\x01", MEDIA)),
            ("report", None, "application/json", {
                "lat": L(round(KORO_AT[0], 5), PRECISE), "lon": L(round(KORO_AT[1], 5), PRECISE),
                "roof": "gone", "walls": "standing",
                "description": L("Roof iron blown off, kitchen flooded, the water tank fell",
                                 TEXT)})], headers=_h(rng, **b))),
        case(f, f"{a}/v2/relief/claims", fmt="msgpack", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "centre": CENTRE["id"],
            "items": [{"sku": "tarp_4x6", "qty": 1}, {"sku": "water_5l", "qty": 4},
                      {"sku": "rice_10kg", "qty": 1}], "collectedBy": L(NAME, NAMEC)}),
        case(f, f"{a}/v2/alerts", headers=_h(rng, **b), query={
            "province": L(YASANA, COARSE), "lang": L("en", DEV), "since": "1765500000"}),
        case(f, f"{a}/v2/missing", headers=_h(rng, **b), body={
            "person": {"name": L("Jone Naivalu", NAMEC), "age": L(81, BIRTH)},
            "lastSeen": L("Jone went to check the boats at the creek before the wind came",
                          TEXT), "reporterPhone": L(E164, TEL), "household": L(HOUSEHOLD, UID)}),
        raw(f, f"{a}/v2/ping", ping, "application/x-protobuf", lab, headers=_h(rng, **b)),
        qcase,
        case(f, f"{a}/v2/volunteers", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "skills": ["cooking", "registration"],
            "centre": CENTRE["id"], "days": ["2025-12-15", "2025-12-16"]}),
        _hh(multipart(f, f"{HH}/documents", [
            ("file", "head_id.jpg", "image/jpeg", L(JPEG + b"\x23\x02", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"type": "id_card",
                                                 "holder": L(HUSBAND[0], NAMEC)})],
            headers=_h(rng, **b))),
        case(f, f"{a}/v2/water", fmt="form", headers=_h(rng, **b), body={
            "household": L(HOUSEHOLD, UID), "tankLevel": "low", "boilNoticeSeen": "1"}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "centre": CENTRE["id"], "rating": "4",
            "comment": L("Toilets need cleaning, the children are sleeping on the floor", TEXT)}),
        _hh(case(f, HH, headers=_h(rng, **b))),
        case(f, f"{a}/v2/transport", headers=_h(rng, **b), body={
            "from": CENTRE["id"], "to": {"lat": kla, "lon": klo},
            "passenger": L(MIL[0], NAMEC), "wheelchair": L(True, MED),
            "contact": L(E164, TEL), "ride": obj(rng, "rd", 8)}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "tz": L(FJ_TZ, DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_FJ", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": evs("checkin_done", "safe_sent",
                                                   "screen_Relief", centre=CENTRE["id"])}),
        case(f, f"{a}/v2/bulletins", headers=_h(rng, how="upper"),
             cookies={"vt_session": L(opaque(rng, "", 44), CRED), "vt_trace": rid(rng)}),
    ]


def valetaqomaki_sdks() -> list[Case]:
    rng = random.Random(12212)
    route = [(CENTRE_FIX[0] + 0.0011 * i, CENTRE_FIX[1] + 0.0009 * i) for i in range(1, 4)]
    return [
        gf_queue(APP, rng, [("Checkin Completed", {"centre": CENTRE["id"]}),
                            ("Safe Message Sent", {"recipients": 1}),
                            ("Relief Claimed", {"items": 3})]),
        gf_batch(APP, rng, [("Alert Viewed", {"level": "red"})], ip=True),
        ir_session(APP, rng, user=True, n=4),
        fp_crash(APP, rng, ("java.net.UnknownHostException", "api.valetaqomaki.example.org"),
                 [fp_crumb("nav", "Home -> Checkin"), fp_crumb("log", "offline queue 2")],
                 screen="CheckinActivity"),
        ft_eval(APP, rng, {"province": L(YASANA, COARSE), "offlineFirst": True}, get=True),
        pk_register(APP, rng, tags={"province": L(YASANA, COARSE), "centre": CENTRE["id"]},
                    at=KORO_AT, nd=2),
        pm_save(APP, rng, {"analytics": True, "crash": True, "marketing": False}, user=True),
        ag_route(APP, rng, [(CENTRE_FIX, PRECISE), (KORO_AT, PRECISE)], mode="walking"),
        ag_telemetry(APP, rng, [(round(la, 6), round(lo, 6)) for la, lo in route], PRECISE),
        am_attach(APP, rng, L(JPEG + b"\x23\x03", MEDIA), "tank.jpg", "image/jpeg"),
    ]
