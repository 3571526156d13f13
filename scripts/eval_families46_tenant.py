"""Tenants' repair-request app "Tenfix" (snake_case API): sign-up, a form log-in, ``/me``, her
tenancy (the flat's address and point), her landlord (typed by her) and the managing agent, the
household, repair requests with photos and the lobby's door code, a mould report naming her son's
asthma, a leak video, the list of open requests, messages, a visit slot, a rating, rent paid and
its receipt by reference in the query, the landlord's letter photographed, a city housing
complaint relayed, a heat log (msgpack), a gas emergency with her fix, push, events and the
request history by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families46_kit import (
    AGENT,
    BUILDING,
    DOOR_CODE,
    LANDLORD,
    SON,
    home,
    near_home,
    obj,
    temps,
)
from eval_families46_sdk import ar_link, bh_bid, cp_crash, cp_crumb, cs_batch
from eval_families46_svc import cr_check, ft_eval, hm_attach, pm_register, pq_bank, tf_geocode
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("tenfix", "Tenfix", "com.example.tenfix", "2.4.0", "https://api.tenfix.example.com")
IID = "X-Tenfix-Device"
PW = "Radiator*Cold19"
RECEIPT = "TFX-RNT-2601-77310"  # the rent payment's receipt reference (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tenfix() -> list[Case]:
    rng = random.Random(4671)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tenancy="tn_8c41d2e7"))}
    leak, mould = obj(rng, "req", 10), obj(rng, "req", 10)
    bla, blo = home(5)
    ela, elo = near_home(1, 6)
    return [
        case(f, f"{a}/api/v3/signup", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "full_name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "role": "tenant"}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "keep_signed_in": "1"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/tenancy", headers=_h(rng, **b), body={
            "building_id": BUILDING, "line1": L(LINE1, ADDR), "unit": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "lat": bla, "lng": blo, "lease_start": "2024-09-01", "rent_stabilized": True}),
        case(f, f"{a}/api/v3/landlord", headers=_h(rng, **b), body={
            "landlord": {"name": L(LANDLORD[0], NAMEC), "phone": L(LANDLORD[1], TEL),
                         "email": L(LANDLORD[2], MAIL)},
            "agent": {"name": AGENT["name"], "phone": AGENT["phone"], "line1": AGENT["line"],
                      "email": AGENT["mail"]}}),
        case(f, f"{a}/api/v3/household", headers=_h(rng, **b), body={
            "adults": 2, "children": 1, "occupants": [
                {"relation": "son", "first_name": L(SON[0], NAMEC), "birth_year": L(SON[1], BIRTH)},
                {"relation": "mother", "mobility": L("wheelchair user", SENS)}],
            "pets": ["cat"]}),
        multipart(f, f"{a}/api/v3/requests", [
            ("photo1", "ceiling.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("photo2", "bucket.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("request", None, "application/json", {
                "request_id": leak, "category": "leak", "room": "bathroom", "urgency": "high",
                "description": L("Water coming through the bathroom ceiling from 5B, the light "
                                 "fixture is dripping", TEXT),
                "entry_permission": True, "access_code": L(DOOR_CODE, CRED),
                "windows": ["2025-12-11T09:00/12:00", "2025-12-12T13:00/17:00"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/requests", headers=_h(rng, **b), body={
            "request_id": mould, "category": "mould", "room": "bedroom",
            "description": L("Black mould behind the bed again and my son's asthma is worse "
                             "since it came back", f"{TEXT}|{MED}"), "urgency": "normal"}),
        multipart(f, f"{a}/api/v3/requests/{leak}/video", [
            ("video", "leak.mp4", "video/mp4", L(MP4 + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"duration_s": 14})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/requests", query={"status": "open", "page": "1"},
             headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/requests/{leak}/messages", headers=_h(rng, **b), body={
            "text": L("The super came but said he needs a plumber, can someone come Thursday?",
                      TEXT), "client_ref": opaque(rng, "", 12)}),
        case(f, f"{a}/api/v3/requests/{leak}/schedule", fmt="form", headers=_h(rng, **b), body={
            "slot": "2025-12-11T09:00", "contact_phone": L(DIGITS, TEL), "pet_secured": "yes"}),
        case(f, f"{a}/api/v3/requests/{leak}/rating", headers=_h(rng, **b), body={
            "stars": 2, "comment": L("Fixed the pipe but left the ceiling open", TEXT)}),
        case(f, f"{a}/api/v3/rent/payments", headers=_h(rng, **b), body={
            "amount": L("2850.00", BUY), "period": "2026-01", "method": "ach",
            "account_mask": L("•••• 6789", PAY), "payee": AGENT["name"]}),
        case(f, f"{a}/api/v3/rent/receipt", query={"ref": L(RECEIPT, BUY), "format": "pdf"},
             headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/documents", [
            ("scan", "letter.jpg", "image/jpeg", L(JPEG + b"\x64", MEDIA)),
            ("meta", None, "application/json", {"kind": "landlord_notice",
                                                "received": "2025-12-02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/complaints/city", headers=_h(rng, **b), body={
            "complainant": {"name": L(NAME, NAMEC), "phone": L(PHONE, TEL),
                            "email": L(EMAIL, MAIL)},
            "address": {"line1": L(LINE1, ADDR), "apt": L(LINE2, ADDR), "zip": L(ZIP, COARSE)},
            "problem": "HEAT/HOT WATER", "text": L("No heat since Sunday night, 58F inside",
                                                   TEXT), "anonymous_to_landlord": True}),
        case(f, f"{a}/api/v3/heat/log", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "building": BUILDING, "readings": temps(rng, 6),
            "sensor": "phone_manual"}),
        case(f, f"{a}/api/v3/emergency", headers=_h(rng, **b), body={
            "kind": "gas_smell", "lat": L(ela, PRECISE), "lng": L(elo, PRECISE),
            "accuracy_m": 7, "callback": L(E164, TEL), "building_id": BUILDING}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v3/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("request_created", 1, category="leak"), ev("rent_paid", 2),
                ev("screen", 3, screen=L("RequestDetail", USAGE))]}),
        case(f, f"{a}/api/v3/requests/history", headers=_h(rng, how="none"),
             cookies={"tfx_sess": L(opaque(rng, "", 40), CRED), "tfx_dev": L(INSTALL_ID, DID)}),
    ]


def tenfix_sdks() -> list[Case]:
    rng = random.Random(4672)
    return [
        cs_batch(APP, rng, [("Request Created", {"category": "leak", "photos": 2}),
                            ("Rent Paid", {"amount": L(2850.0, BUY)})], adid=True),
        ar_link(APP, rng, U("https://tenfix.example.com/invite", {
            "building": BUILDING, "ref": "KESTREL-LOBBY", "email": L(EMAIL, MAIL)})),
        bh_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\",\"assets\":[]}"}}),
        cp_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 48 MB"),
                 [cp_crumb("navigation", "NewRequest -> Camera"),
                  cp_crumb("ui", "attach", {"count": 2})], screen="NewRequestActivity"),
        ft_eval(APP, rng, {"buildingId": BUILDING, "rentPay": True}),
        pm_register(APP, rng, tags={"building": BUILDING}),
        cr_check(APP, rng, {"analytics": True, "ads": True}),
        pq_bank(APP, rng),
        tf_geocode(APP, rng, "350 Fifth Avenue, New York", ADDR),
        hm_attach(APP, rng, L(JPEG + b"\x65", MEDIA), "radiator.jpg", "image/jpeg"),
    ]
