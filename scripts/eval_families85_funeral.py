"""Funeral-planning app "Wreathway", used after her father's death: sign-up, a log-in, ``/me``,
the arrangement with her late father's details, the death certificate's scan, service choices, a
plot, the obituary and his photo, her brother as co-arranger, people notified from her address
book, the service schedule (msgpack), flowers, a Social Security notification, a package's
deposit, a message to a grief counsellor, her return address for thank-you cards, a search,
venues near the funeral home, push, events and the memorial page by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families85_kit import BROTHER, CASE_NO, DAD, FUNERAL_HOME, PLOT, obj
from eval_families85_sdk import (
    gb_batch,
    gb_identify,
    lz_event,
    lz_launch,
    pz_bid,
    xk_crash,
    xk_crumb,
)
from eval_families85_svc import bj_save, dg_register, fp_card, fp_confirm, gm_route, mj_eval
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("wreathway", "Wreathway", "com.example.wreathway", "1.9.4",
          "https://api.wreathway.example.com")
IID = "X-WW-Install"
PW = "Linden-Porch-1948"
DADNAME = f"{DAD['first']} {DAD['last']}"
DOC = L(JPEG + b"\x41", f"{MEDIA}|{MED}|{NATID}")  # his death certificate (cause, SSN)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def _dad() -> dict[str, Any]:
    return {"firstName": L(DAD["first"], NAMEC), "lastName": L(DAD["last"], NAMEC),
            "dateOfBirth": L(DAD["dob"], "personal.birthdate"), "dateOfDeath": DAD["dod"],
            "ssn": L(DAD["ssn"], NATID),
            "lastAddress": {"line1": L(DAD["line"], ADDR), "city": L(DAD["city"], COARSE),
                            "state": L(DAD["state"], COARSE), "zip": L(DAD["zip"], COARSE)},
            "placeOfDeath": "Mountainside Medical Center",
            "causeOfDeath": L("metastatic pancreatic cancer", MED),
            "religion": L("Roman Catholic", SENS), "veteran": True}


def wreathway() -> list[Case]:
    rng = random.Random(8541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}",
                                                                      NAMEC)))}
    arr = obj(rng, "arr", 10)
    book = [("Aunt Carol", "+15550176604"), ("Father Tom (St. Cassian)", "+19735550162"),
            ("Dave Whitcomb", "+15550128893")]
    return [
        case(f, f"{a}/v1/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "firstName": L(FIRST, NAMEC),
            "lastName": L(LAST, NAMEC), "phone": L(E164, TEL), "relationship": "daughter"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/arrangements", headers=_h(rng, **b), body={
            "id": arr, "caseNumber": CASE_NO, "funeralHome": FUNERAL_HOME["id"],
            "deceased": _dad(), "informant": {"name": L(f"{FIRST} {LAST}", NAMEC),
                                              "phone": L(E164, TEL), "relation": "daughter"}}),
        multipart(f, f"{a}/v1/arrangements/{arr}/documents", [
            ("file", "death_certificate.jpg", "image/jpeg", DOC),
            ("meta", None, "application/json", {"kind": "death_certificate", "pages": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/arrangements/{arr}/service", headers=_h(rng, **b), body={
            "disposition": "burial", "service": L("Funeral Mass", SENS),
            "church": "St. Cassian Church", "viewing": True,
            "package": "traditional", "packagePrice": L("8450.00", BUY),
            "music": ["Ave Maria", "On Eagle's Wings"]}),
        case(f, f"{a}/v1/arrangements/{arr}/plot", fmt="form", headers=_h(rng, **b), body={
            "cemetery": PLOT["cemetery"], "section": PLOT["section"], "lot": PLOT["lot"],
            "price": L("3200.00", BUY), "opening": L("1150.00", BUY)}),
        case(f, f"{a}/v1/arrangements/{arr}/obituary", headers=_h(rng, **b), body={
            "text": L(f"{DADNAME}, 77, of Montclair, died November 28 after a long illness. "
                      f"He is survived by his children Jane and Michael.",
                      f"{TEXT}|{NAMEC}"), "publishTo": ["wreathway", "local_paper"]}),
        multipart(f, f"{a}/v1/arrangements/{arr}/photos", [
            ("photo", "dad_1998.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
            ("meta", None, "application/json", {"use": "obituary", "crop": [0, 40, 600, 640]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/arrangements/{arr}/collaborators", headers=_h(rng, **b), body={
            "name": L(BROTHER[0], NAMEC), "phone": L(BROTHER[1], TEL),
            "email": L(BROTHER[2], MAIL), "role": "co-arranger"}),
        case(f, f"{a}/v1/arrangements/{arr}/notify", headers=_h(rng, **b), body={
            "people": [{"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in book],
            "message": "service details", "via": "sms"}),
        case(f, f"{a}/v1/arrangements/{arr}/schedule", fmt="msgpack", headers=_h(rng, **b),
             body={"viewing": "2025-12-04T16:00", "mass": "2025-12-05T10:00",
                   "eulogy": [L(BROTHER[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
                   "pallbearers": 6, "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/flowers/orders", headers=_h(rng, **b), body={
            "sku": "standing-spray-white", "price": L("189.00", BUY),
            "deliverTo": {"name": FUNERAL_HOME["name"], "line": FUNERAL_HOME["line"],
                          "phone": FUNERAL_HOME["phone"]},
            "card": L("For Dad, who taught us to fish and to laugh. Love, Jane", TEXT)}),
        case(f, f"{a}/v1/benefits/ssa-notice", fmt="form", headers=_h(rng, **b), body={
            "deceasedName": L(DADNAME, NAMEC), "deceasedSsn": L(DAD["ssn"], NATID),
            "dateOfDeath": DAD["dod"], "informantPhone": L("(555) 010-0199", TEL)}),
        case(f, f"{a}/v1/arrangements/{arr}/deposit", headers=_h(rng, **b), body={
            "amount": L("2500.00", BUY), "method": L(opaque(rng, "pm_", 24), "financial.payment"),
            "idempotency": obj(rng, "idk", 12)}),
        case(f, f"{a}/v1/support/grief", headers=_h(rng, **b), body={
            "topic": "loss of a parent", "text": L("I've had panic attacks almost every night "
                                                   "since the funeral", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/thankyou/address", headers=_h(rng, **b), body={
            "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
            "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}),
        case(f, f"{a}/v1/guides/search", headers=_h(rng, **b), query={
            "q": L("burial vs cremation cost new jersey", SEARCH)}),
        case(f, f"{a}/v1/venues", headers=_h(rng, how="upper"), query={
            "lat": str(FUNERAL_HOME["lat"]), "lon": str(FUNERAL_HOME["lon"]), "r": "3000",
            "kind": "reception"}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("arrangement_created", 1), ev("obituary_published", 2),
                ev("screen", 3, screen=L("Checklist", USAGE))]}),
        case(f, f"{a}/v1/memorials/{arr}/guestbook", headers=_h(rng, how="none"),
             cookies={"ww_session": L(opaque(rng, "", 40), CRED),
                      "ww_install": L(INSTALL_ID.upper(), DID)}),
    ]


def wreathway_sdks() -> list[Case]:
    rng = random.Random(8542)
    return [
        gb_batch(APP, rng, [("Arrangement Created", {"disposition": "burial"}),
                            ("Obituary Published", {"words": 212})],
                 tz="America/New_York", locale="en_US"),
        gb_identify(APP, rng, {"relationship": "daughter", "state": L("NY", COARSE)}),
        lz_launch(APP, rng, user=True, n=9),
        lz_event(APP, rng, "deposit_paid", {"package": "traditional"}, revenue=2500.0,
                 currency="USD", hashed=True),
        pz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, country="USA", city="New York"),
        xk_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap too large"),
                 [xk_crumb("nav", "Obituary -> PhotoPicker")], screen="PhotoPickerActivity",
                 tz="America/New_York"),
        mj_eval(APP, rng, {"checklistV2": True}, hdr=True),
        dg_register(APP, rng, tz="America/New_York", tags={"arrangement": "open"}),
        bj_save(APP, rng, {"analytics": True, "advertising": False}, country="US"),
        fp_card(APP, rng, postcode=L(ZIP, COARSE)),
        fp_confirm(APP, rng, "2500.00", "usd"),
        gm_route(APP, rng, [((round(LAT, 5), round(LON, 5)), "location.precise"),
                            ((FUNERAL_HOME["lat"], FUNERAL_HOME["lon"]), None)]),
    ]
