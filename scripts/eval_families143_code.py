"""The son's after-school coding club app "Codekidz" (a Forodhani club teaching 8-14-year-olds
block and Python coding on shared laptops). Calls: a parent account, a log-in (JSON), ``/me``
with a JWT naming the children, enrolling Amani (name, birth date, sex, school year), the term
fee invoice, a card payment, the pick-up list (her husband), the health and consent form, his
photo for the badge, attendance by member number in the path, a pick-up check-in at the club
(her fix), a late note, a message to the tutor, his project shared to the family (a URL in JSON
with his member number), the showcase RSVP, a device-loan agreement (base64 JSON in a form),
the parent's address, progress by a cookie GET, a receipt by invoice number in the path,
a sibling discount search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families143_kit import (
    CLUB,
    CLUB_FIX,
    CLUB_INVOICE,
    HOME,
    HUSBAND,
    SISTER_IN_LAW,
    SON,
    fix,
    hd,
    push,
)
from eval_families143_sdk import dh_launch, kd_crash, kd_crumb, ng_bid, pz_batch
from eval_families143_svc import bp_register, kc_check, kz_confirm, mw_route, zf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("codekidz", "Codekidz", "com.example.codekidz", "3.0.8",
          "https://api.codekidz.example.com")
IID = "X-CK-Device"
PW = "Amani!Code2016"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def codekidz() -> list[Case]:
    rng = random.Random(14341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), children=[L(SON["member"], UID)],
                                    role="parent"))}
    pla, plo = fix(CLUB_FIX)
    att = at_path(case(f, f"{a}/api/children/{SON['member']}/attendance", headers=_h(rng, **b),
                       query={"term": "2026-T1"}), SON["member"], UID)
    rec = at_path(case(f, f"{a}/api/invoices/{CLUB_INVOICE}/receipt.pdf", headers=_h(rng, **b)),
                  f"{CLUB_INVOICE}", BUY)
    return [
        case(f, f"{a}/api/parents", headers=_h(rng), body={
            "name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "relationship": "mother"}),
        case(f, f"{a}/api/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/children", headers=_h(rng, **b), body={
            "firstName": L(SON["first"], NAMEC), "lastName": L(SON["last"], NAMEC),
            "dob": L(SON["dob"], BIRTH), "sex": L(SON["sex"], GENDER), "schoolYear": "Std 4",
            "school": "a Stone Town primary", "level": "blocks-2"}),
        at_path(case(f, f"{a}/api/invoices/{CLUB_INVOICE}", headers=_h(rng, **b), query={
            "child": L(SON["member"], UID)}), CLUB_INVOICE, BUY),
        case(f, f"{a}/api/payments", headers=_h(rng, **b), body={
            "invoice": L(CLUB_INVOICE, BUY), "amount": L(120000, BUY), "currency": "TZS",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/children/{SON['member']}/pickup", headers=_h(rng, **b), body={
            "people": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                        "relation": "father"},
                       {"name": L(SISTER_IN_LAW[0], NAMEC), "phone": L(SISTER_IN_LAW[1], TEL),
                        "relation": "aunt"}]}),
        case(f, f"{a}/api/children/health-form", headers=_h(rng, **b), body={
            "member": L(SON["member"], UID), "allergies": [L("peanuts", MED)],
            "conditions": L("Mild eczema on the hands, uses an emollient", MED),
            "photoConsent": True, "screenTimeLimitMin": 90}),
        multipart(f, f"{a}/api/children/badge-photo", [
            ("photo", "amani.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"member": L(SON["member"], UID),
                                                "name": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        att,
        case(f, f"{a}/api/pickups/checkin", headers=_h(rng, **b), body={
            "member": L(SON["member"], UID), "by": "mother", "at": {"lat": pla, "lon": plo},
            "club": CLUB["id"], "clubAt": {"lat": CLUB["lat"], "lon": CLUB["lon"]}}),
        case(f, f"{a}/api/notes", fmt="form", headers=_h(rng, **b), body={
            "member": L(SON["member"], UID),
            "text": L("Amani will be late today, he has Quran class until 4", f"{TEXT}|{NAMEC}|"
                      "personal.sensitive")}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "to": "tutor", "text": L("Amani says the laptop keyboard sticks, can he swap?",
                                     f"{TEXT}|{NAMEC}"), "member": L(SON["member"], UID)}),
        case(f, f"{a}/api/projects/share", headers=_h(rng, **b), body={
            "project": "prj_77120", "title": "Dhow race game",
            "link": U("https://codekidz.example.com/p", {"m": L(SON["member"], UID),
                                                         "p": "prj_77120"}),
            "to": [{"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/api/showcase/rsvp", fmt="form", headers=_h(rng, **b), body={
            "event": "sc_2026_03", "member": L(SON["member"], UID), "guests": "3"}),
        case(f, f"{a}/api/loans/agreement", fmt="form", headers=_h(rng, **b), body={
            "data": W({"member": L(SON["member"], UID), "parent": L(f"{FIRST} {LAST}", NAMEC),
                       "phone": L(E164, TEL), "laptop": "LT-CK-019"}, "b64json"),
            "sig": opaque(rng, "", 32)}),
        case(f, f"{a}/api/parents/address", headers=_h(rng, **b), body={
            "line": L(HOME["line"], ADDR), "area": L(HOME["area"], COARSE),
            "town": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/progress", headers=_h(rng, how="none"), cookies={
            "ck_session": L(opaque(rng, "", 40), CRED), "ck_child": L(SON["member"], UID)}),
        rec,
        case(f, f"{a}/api/discounts/search", headers=_h(rng, **b), query={
            "q": L("sibling discount girls python", SEARCH)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("attendance_viewed", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("ChildProgress", USAGE))]}),
    ]


def codekidz_sdks() -> list[Case]:
    rng = random.Random(14342)
    return [
        pz_batch(APP, rng, [("Fee Paid", {"amount": L(120000, BUY)}),
                            ("Attendance Viewed", {})], at=CLUB_FIX, nd=2),
        dh_launch(APP, rng, first=True),
        ng_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        kd_crash(APP, rng, ("java.lang.IllegalArgumentException", "bad invoice id"),
                 [kd_crumb("nav", "Fees -> Pay")], screen="PayActivity"),
        zf_eval(APP, rng, {"role": "parent", "children": 1}),
        bp_register(APP, rng, tags={"club": CLUB["id"], "child_level": "blocks-2"}),
        kc_check(APP, rng, {"analytics": True, "ads": False}),
        kz_confirm(APP, rng, "120000"),
        mw_route(APP, rng, [((-6.163418, 39.190227), PRECISE),
                            ((CLUB["lat"], CLUB["lon"]), None)], mode="walking"),
    ]
