"""A Valletta letting agency's tenant app "Kirjaflat" (English keys with the agency's Maltese
labels ``kera`` rent and ``depozitu`` deposit): the tenant's sign-up with her e-Residence card,
a password log-in, ``/tenant`` (JWT bearer), the lease (co-tenant husband, the flat, the rent),
the rental contract's registration details (base64 JSON in a header), ID-card scans (JPEG), the
deposit and rent by bank transfer (her IBAN), a rent statement by tenant number in the path, a
repair ticket with a photo (the water heater; her home Wi-Fi for the smart meter), the
contractor's visit slot, an inventory check (msgpack), utility readings, a parking permit
request (the car's plate unlabelled), a renewal notice, a message to the agent, her documents by
cookie, push and events. Set 102 has a condo's owners' app; this is a rented flat's tenant app
with the rental registration."""

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
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families144_kit import (
    AGENCY,
    CAR,
    ERES_CARD,
    HOME,
    HOME_AT,
    HUSBAND,
    LEASE,
    MT_IBAN,
    TENANT,
    fix,
    hd,
    obj,
    push,
)
from eval_families144_sdk import cf_crash, cf_crumb, cf_session, sl_batch, tg_launch
from eval_families144_svc import cb_check, fk_eval, hl_message, mg_reverse, pq_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("kirjaflat", "Kirjaflat", "com.example.kirjaflat", "3.4.0",
          "https://tenants.kirjaflat.example.com")
IID = "X-Kirja-Install"
PW = "StraitSt_Flat3!"
NATID, PRECISE = "personal.national_id", "location.precise"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kirjaflat() -> list[Case]:
    rng = random.Random(14409)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tenant=L(TENANT, UID)))}
    hla, hlo = fix(HOME_AT, 6)
    stmt = at_path(case(f, f"{a}/api/v2/tenants/{TENANT}/statement", headers=_h(rng, **b),
                        query={"year": "2026"}), TENANT, UID)
    reg = W({"tenant": L(f"{FIRST} {LAST}", NAMEC), "idCard": L(ERES_CARD, NATID),
             "coTenantId": L("0412883M", NATID), "address": L(HOME["line"], ADDR),
             "postcode": L(HOME["post"], COARSE)}, "b64json")
    return [
        case(f, f"{a}/api/v2/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "dateOfBirth": L(DOB, BIRTH),
            "idCardNumber": L(ERES_CARD, NATID), "nationality": "US",
            "tenantNo": L(TENANT, UID)}),
        case(f, f"{a}/api/v2/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/tenant", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/api/v2/leases/{LEASE}", headers=_h(rng, **b)), LEASE, BUY),
        case(f, f"{a}/api/v2/leases/current/cotenants", headers=_h(rng, **b), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
            "idCard": L("0412883M", NATID), "relation": "spouse"}),
        case(f, f"{a}/api/v2/leases/current/registration", headers=_h(rng, **b,
                                                                       extra={"X-Reg-Data": reg})),
        multipart(f, f"{a}/api/v2/documents/id", [
            ("front", "eres_front.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{NATID}")),
            ("back", "eres_back.jpg", "image/jpeg", L(JPEG + b"\x62", f"{MEDIA}|{NATID}")),
            ("meta", None, "application/json", {"tenantNo": L(TENANT, UID), "kind": "eres"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/payments/deposit", headers=_h(rng, **b), body={
            "lease": L(LEASE, BUY), "depozitu": L(1900.0, BUY), "currency": "EUR",
            "fromIban": L(MT_IBAN, PAY), "fromName": L(f"{FIRST} {LAST}", NAMEC),
            "toIban": AGENCY["iban"], "reference": rid(rng)}),
        case(f, f"{a}/api/v2/payments/rent", fmt="form", headers=_h(rng, **b), body={
            "lease": L(LEASE, BUY), "kera": L("950.00", BUY), "month": "2026-03",
            "fromIban": L(MT_IBAN, PAY)}),
        stmt,
        multipart(f, f"{a}/api/v2/tickets", [
            ("photo", "heater.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("ticket", None, "application/json", {
                "category": "water_heater", "lease": L(LEASE, BUY),
                "text": L("The solar water heater on the roof leaks into the stairwell",
                          TEXT),
                "access": L("Call Luke on +35679912043 if I'm not home", f"{TEXT}|{NAMEC}|{TEL}"),
                "smartMeterWifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
                "meterIp": L(LOCAL_IP, DEV)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/tickets/{obj(rng, 'tk')}/slot", fmt="form", headers=_h(rng, **b),
             body={"slot": "2026-03-18T14:00+01:00", "contactPhone": L(E164, TEL)}),
        case(f, f"{a}/api/v2/inventory", fmt="msgpack", headers=_h(rng, **b), body={
            "lease": L(LEASE, BUY), "tenantNo": L(TENANT, UID),
            "items": [{"room": "kitchen", "item": "fridge", "ok": True},
                      {"room": "bedroom2", "item": "wardrobe door", "ok": False}]}),
        case(f, f"{a}/api/v2/meters/readings", headers=_h(rng, **b), body={
            "electricityKwh": 8812, "waterM3": 214.6, "account": "ARMS-55012",
            "lease": L(LEASE, BUY)}),
        case(f, f"{a}/api/v2/parking/permit", headers=_h(rng, **b), body={
            "plate": CAR["plate"], "make": CAR["make"], "holder": L(f"{FIRST} {LAST}", NAMEC),
            "address": L(HOME["line"], ADDR), "residentCard": L(ERES_CARD, NATID)}),
        case(f, f"{a}/api/v2/renewals", headers=_h(rng, **b), query={"lease": L(LEASE, BUY)}),
        case(f, f"{a}/api/v2/messages", headers=_h(rng, **b), body={
            "to": "agent", "text": L("We'd like to renew for another year from September",
                                     TEXT)}),
        case(f, f"{a}/api/v2/documents", headers=_h(rng, how="nodash"), cookies={
            "kf_sid": L(opaque(rng, "", 40), CRED), "kf_tenant": L(TENANT, UID),
            "kf_loc": L(f"{hla},{hlo}", PRECISE)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rent_paid", 1, amount=L(950.0, BUY)), ev("ticket_opened", 2),
                ev("screen", 3, screen=L("Statement", USAGE))]}),
        case(f, f"{a}/api/v2/profile", fmt="form", headers=_h(rng, **b), body={
            "phone": L(E164, TEL), "altEmail": L(EMAIL.upper(), MAIL),
            "emergencyName": L(HUSBAND[0], NAMEC), "emergencyPhone": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/v2/household", headers=_h(rng, **b), body={
            "occupants": [{"name": L(HUSBAND[0], NAMEC), "age": L(38, BIRTH)},
                          {"name": L("Matthew Camilleri", NAMEC), "age": L(8, BIRTH)}],
            "pets": 0, "smokers": 0}),
        case(f, f"{a}/api/v2/keys/request", fmt="form", headers=_h(rng, **b), body={
            "copies": "1", "fee": L("15.00", BUY), "collect": "office",
            "tenantNo": L(TENANT, UID)}),
    ]


def kirjaflat_sdks() -> list[Case]:
    rng = random.Random(14410)
    return [
        sl_batch(APP, rng, [("Rent Paid", {"amount": L(950.0, BUY)}),
                            ("Ticket Opened", {"category": "water_heater"})], at=HOME_AT, nd=4),
        tg_launch(APP, rng, first=True),
        cf_crash(APP, rng, ("java.lang.IllegalArgumentException", "iban checksum"),
                 [cf_crumb("nav", "Payments -> Deposit"),
                  cf_crumb("tap", "confirm", {"field": "fromIban"})], screen="DepositActivity"),
        cf_session(APP, rng, secs=512),
        fk_eval(APP, rng, {"leaseType": "long", "country": L("MT", COARSE)}),
        pq_register(APP, rng, tags={"building": "merkanti41"}),
        cb_check(APP, rng, {"analytics": True, "ads": True}),
        mg_reverse(APP, rng, HOME_AT, PRECISE, nd=6),
        hl_message(APP, rng, L("My deposit receipt shows the wrong flat number", TEXT),
                   {"tenantNo": L(TENANT, UID), "lease": L(LEASE, BUY)}),
    ]
