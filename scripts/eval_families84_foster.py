"""Foster-dog volunteering app "Kennelkin": she fosters Biscuit for a Brooklyn rescue. The
application (her home, her landlord, her licence for the background check), a log-in, ``/me``
with a JWT, the home check's photos, the background check's consent, dogs near her, a dog, the
foster accepted, a daily report, photos, a walk (gzip), feeding (msgpack), a vet visit for the
dog, an expense with its receipt, reimbursement to her bank, a meet-and-greet with an adopter,
a message, volunteer hours, a donation, shelters nearby, push, events and her fosters by a cookie
GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families22_kit import LICENCE
from eval_families24_kit import ACCOUNT, ROUTING, SSN, claims, head
from eval_families37_kit import obj
from eval_families84_kit import ADOPTER, DOG, LANDLORD, SHELTER, WALK_START, path_fixes
from eval_families84_sdk import ak_crash, ak_crumb, en_bid, it_event, it_session, kt_alias, kt_batch
from eval_families84_svc import dd_register, eg_eval, gd_attach, mp_geocode, og_card, og_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("kennelkin", "Kennelkin", "com.example.kennelkin", "3.2.4",
          "https://api.kennelkin.example.com")
IID = "X-KK-Install"
PW = "Biscuit&Bones7"
VOL = "VOL-22817"  # her volunteer number (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def kennelkin() -> list[Case]:
    rng = random.Random(8441)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, vol=L(VOL, UID), email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    fo = obj(rng, "fst", 8)
    return [
        case(f, f"{a}/api/volunteers", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(NATIONAL, TEL), "dob": L(DOB, BIRTH), "password": L(PW, CRED),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                        "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                        "zip": L(ZIP, COARSE)},
            "housing": "rent", "landlord": {"name": L(LANDLORD[0], NAMEC),
                                            "phone": L(LANDLORD[1], TEL)},
            "otherPets": ["cat"], "fencedYard": False, "driversLicence": L(LICENCE, NATID)}),
        case(f, f"{a}/api/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/volunteers/{VOL}/home-check", [
            ("living", "living.jpg", "image/jpeg", L(JPEG + b"\x88", MEDIA)),
            ("bedroom", "bedroom.jpg", "image/jpeg", L(JPEG + b"\x89", MEDIA)),
            ("info", None, "application/json", {"crate": True, "stairs": 3,
                                                "hoursAlone": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/background-check", fmt="form", headers=_h(rng, **b), body={
            "ssnLast4": L(SSN[-4:], NATID), "consent": "true",
            "signedName": L(NAME, NAMEC), "volunteer": L(VOL, UID)}),
        case(f, f"{a}/api/dogs", headers=_h(rng, **b), query={
            "near": L(f"{WALK_START[0]:.3f},{WALK_START[1]:.3f}", PRECISE), "size": "medium",
            "goodWithCats": "1"}),
        case(f, f"{a}/api/dogs/{DOG['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/fosters", headers=_h(rng, **b), body={
            "id": fo, "dog": DOG["id"], "volunteer": L(VOL, UID), "start": "2025-12-06",
            "pickup": {"shelter": SHELTER["id"], "line": SHELTER["line"],
                       "phone": SHELTER["phone"]}}),
        case(f, f"{a}/api/fosters/{fo}/reports", headers=_h(rng, **b), body={
            "date": "2025-12-10", "meals": 2, "medsGiven": DOG["meds"], "chip": DOG["chip"],
            "mood": "playful", "notes": L("Biscuit slept on my bed and ignored the cat all "
                                          "morning, pulls hard on the leash", TEXT)}),
        multipart(f, f"{a}/api/fosters/{fo}/photos", [
            ("photo", "biscuit.jpg", "image/jpeg", L(JPEG + b"\x8a", MEDIA)),
            ("meta", None, "application/json", {"caption": L("Sofa dog in training", TEXT),
                                                "forListing": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fosters/{fo}/walks", gz=True, headers=_h(rng, **b), body={
            "dog": DOG["id"], "km": 2.1, "points": path_fixes(rng, 6, WALK_START,
                                                             step=(0.0006, 0.0004))}),
        case(f, f"{a}/api/fosters/{fo}/feeding", fmt="msgpack", headers=_h(rng, **b), body={
            "dog": DOG["id"], "grams": 180, "food": "kibble", "by": L(VOL, UID),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/vet-visits", headers=_h(rng, **b), body={
            "dog": DOG["id"], "chip": DOG["chip"], "reason": "limping on the right foreleg",
            "clinic": {"name": "Rescue Vet Partners", "phone": "+17185550131"},
            "slot": "2025-12-12T15:00", "driver": L(VOL, UID)}),
        multipart(f, f"{a}/api/expenses", [
            ("receipt", "receipt.jpg", "image/jpeg", L(JPEG + b"\x8b", MEDIA)),
            ("expense", None, "application/json", {
                "foster": fo, "amount": L("42.18", BUY), "item": L("grain-free kibble 12 kg",
                                                                   BUY),
                "store": "Petkin Supply", "storePhone": "+12125550190"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/reimbursements", fmt="form", headers=_h(rng, **b), body={
            "routing": L(ROUTING, PAY), "account": L(ACCOUNT, PAY),
            "holder": L(NAME, NAMEC), "amount": L("42.18", BUY)}),
        case(f, f"{a}/api/meet-greets", headers=_h(rng, **b), body={
            "dog": DOG["id"], "adopterName": L(ADOPTER[0], NAMEC),
            "adopterPhone": L(ADOPTER[1], TEL), "place": "Madison Square Park dog run",
            "slot": "2025-12-14T11:00"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": "coordinator",
            "text": L("Can someone take Biscuit Dec 20-27? I'm flying home to see my mom", TEXT)}),
        case(f, f"{a}/api/hours", fmt="form", headers=_h(rng, **b), body={
            "date": "2025-12-07", "hours": "6.5", "activity": "adoption_event"}),
        case(f, f"{a}/api/donations", headers=_h(rng, **b), body={
            "amount": L("50.00", BUY), "recurring": False,
            "tribute": L("In memory of Pepper, my first foster", TEXT)}),
        case(f, f"{a}/api/shelters/nearby", headers=_h(rng), query={
            "lat": L("40.74", COARSE), "lng": L("-73.99", COARSE)}),
        case(f, f"{a}/api/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("report_sent", 1), ev("walk_logged", 2, km=2.1),
                ev("screen", 3, screen=L("FosterHome", USAGE))]}),
        case(f, f"{a}/api/fosters", headers=_h(rng, how="nodash"),
             cookies={"kk_session": L(opaque(rng, "", 40), CRED)}),
    ]


def kennelkin_sdks() -> list[Case]:
    rng = random.Random(8442)
    return [
        kt_batch(APP, rng, [("Foster Started", {"dog": DOG["id"]}),
                            ("Walk Logged", {"km": 2.1})], adid=True),
        kt_alias(APP, rng, {"email": L(EMAIL, MAIL), "zip": L(ZIP, COARSE),
                            "name": L(NAME, NAMEC), "fosters": 3}),
        it_session(APP, rng, user=True, n=14),
        it_event(APP, rng, "foster_started", {"size": "medium"}),
        en_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="dogs,fostering,pet food"),
        ak_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [ak_crumb("nav", "Foster -> Photos"), ak_crumb("tap", "upload")],
                 screen="PhotoUploadActivity"),
        eg_eval(APP, rng, {"fosterLevel": 2}),
        dd_register(APP, rng, at=WALK_START, nd=2, tags={"role": "foster"}),
        og_card(APP, rng, email=True),
        og_confirm(APP, rng, "50.00"),
        mp_geocode(APP, rng, "Madison Square Park dog run", SEARCH, near=WALK_START, nd=4),
        gd_attach(APP, rng, L(JPEG + b"\x8c", MEDIA), "leash.jpg", "image/jpeg"),
    ]
