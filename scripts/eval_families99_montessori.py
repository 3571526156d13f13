"""Montessori school parent app "Pinktower" (her daughter Asha, four, is in the primary class of a
Chelsea Montessori school; the user is the mother and the child's data is what the app is for):
the parent's sign-up and log-in, ``/me``, the child's enrolment (name, birth date, allergies, the
pediatrician, the home address), the people allowed to pick her up and a pickup PIN, an
immunisation record, photo consent, the child's photo, a daily check-in, an absence, a message to
the guide, observations by the child's ID in the path, a home-activity photo, a conference, the
tuition, a lunch plan, the calendar, volunteering, the class directory, push, events and the
feed by a cookie GET."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, FIRST, LAST, LINE1, LINE2, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import ACCOUNT, ROUTING, claims, head
from eval_families37_kit import obj
from eval_families99_kit import (
    GUIDE_MAIL,
    HUSBAND,
    KID,
    KID_AGE,
    KID_DOB,
    KID_ID,
    NANNY,
    PEDIATRICIAN,
    PICKUP_PIN,
    SCHOOL,
    in_path,
)
from eval_families99_sdk import aq_link, aq_session, cm_crash, cm_crumb, tg_batch, tg_identify
from eval_families99_svc import cf_check, ft_eval, pp_opened, pp_register, pr_bank
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, U, case

APP = App("pinktower", "Pinktower", "com.example.pinktower", "8.2.3",
          "https://api.pinktower.example.org")
IID = "X-Pinktower-Device"
PW = "Brown-Stair-10"
HUSB = f"{HUSBAND[0]} {HUSBAND[1]}"
KN = KID[0]


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def pinktower() -> list[Case]:
    rng = random.Random(9971)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), role="parent",
                                    children=[L(KID_ID, UID)]))}
    b = {"auth": "bearer"}
    feed = at_path(case(f, f"{a}/v1/children/{KID_ID}/observations", headers=_h(rng, **b),
                        query={"since": "2025-12-01", "limit": "20"}), KID_ID, UID)
    return in_path([
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "phone": L(PHONE, TEL), "password": L(PW, CRED),
            "relationship": "mother", "school": SCHOOL["id"]}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/parents/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "id": L(KID_ID, UID), "firstName": L(KN, NAMEC), "lastName": L(KID[1], NAMEC),
            "dateOfBirth": L(KID_DOB, BIRTH), "gender": L("girl", GENDER),
            "program": "primary", "classroom": "Rose Room", "homeLanguages": ["English",
                                                                               "Nepali"],
            "home": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                     "zip": L(ZIP, COARSE)},
            "pediatrician": {"name": L(PEDIATRICIAN[0], NAMEC),
                             "phone": L(PEDIATRICIAN[1], TEL)},
            "allergies": [L("peanuts", MED)], "epinephrine": L(True, MED)}),
        case(f, f"{a}/v1/children/{KID_ID}/pickups", headers=_h(rng, **b), body={
            "people": [{"name": L(HUSB, NAMEC), "phone": L(HUSBAND[2], TEL),
                        "relation": "father"},
                       {"name": L(NANNY[0], NAMEC), "phone": L(NANNY[1], TEL),
                        "relation": "nanny"}],
            "pin": L(PICKUP_PIN, CRED)}),
        multipart(f, f"{a}/v1/children/{KID_ID}/health", [
            ("record", "immunizations.jpg", "image/jpeg", L(JPEG + b"\xf1", f"{MEDIA}|{MED}")),
            ("form", None, "application/json", {
                "child": L(KID_ID, UID), "asthma": L(False, MED),
                "medications": [L("cetirizine 2.5 mg as needed", MED)]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/children/{KID_ID}/consents", fmt="form", headers=_h(rng, **b), body={
            "photosInternal": "1", "photosNewsletter": "0", "fieldTrips": "1"}),
        multipart(f, f"{a}/v1/children/{KID_ID}/photo", [
            ("photo", "asha.jpg", "image/jpeg", L(JPEG + b"\xf2", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkins", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "arrival": "08:15", "droppedBy": L(NANNY[0], NAMEC),
            "note": L("Slept badly, may need a longer nap", TEXT)}),
        case(f, f"{a}/v1/absences", fmt="form", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "date": "2025-12-09",
            "reason": L(f"{KN} has a fever and a rash since last night",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th", 8), "to": "guide", "cc": GUIDE_MAIL,
            "text": L(f"{KN} keeps building the pink tower at home, she loves it!",
                      f"{TEXT}|{NAMEC}")}),
        feed,
        multipart(f, f"{a}/v1/children/{KID_ID}/home-activities", [
            ("photo", "brown_stair.jpg", "image/jpeg", L(JPEG + b"\xf3", MEDIA)),
            ("meta", None, "application/json", {
                "child": L(KID_ID, UID), "note": L("She built the brown stair by herself",
                                                   TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/conferences", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "slot": "2026-01-22T16:30",
            "attendees": [L(NAME, NAMEC), L(HUSB, NAMEC)], "mode": "in_person"}),
        case(f, f"{a}/v1/billing/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("INV-2026-01-0122", BUY), "amount": L("2450.00", BUY),
            "method": L(opaque(rng, "ba_", 24), PAY)}),
        case(f, f"{a}/v1/lunch", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "plan": L("lunch-5day-winter", BUY),
            "price": L("310.00", BUY), "diet": "vegetarian"}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={
            "school": SCHOOL["id"], "month": "2026-01", "classroom": "rose"}),
        case(f, f"{a}/v1/volunteers", fmt="form", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "role": "library helper",
            "slot": "2026-01-15"}),
        case(f, f"{a}/v1/directory/me", headers=_h(rng, **b), body={
            "show": True, "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "childFirstName": L(KN, NAMEC), "school": {"name": SCHOOL["name"],
                                                      "phone": SCHOOL["phone"],
                                                      "line": SCHOOL["line"]}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "parent": L(USER_ID, UID), "child": L(KID_ID, UID), "events": [
                ev("observation_viewed", 1), ev("photo_liked", 2),
                ev("screen", 3, screen=L("ChildFeed", USAGE))]}),
        case(f, f"{a}/v1/feed", headers=_h(rng, how="none"),
             cookies={"pt_sess": L(opaque(rng, "", 40), CRED), "pt_child": L(KID_ID, UID),
                      "pt_dev": L(INSTALL_ID, DID)}),
    ], {KID_ID: UID})


def pinktower_sdks() -> list[Case]:
    rng = random.Random(9972)
    link = U("https://pinktower.example.org/l/invite", {
        "school": SCHOOL["id"], "child": L(KID_ID, UID), "utm_source": "email"})
    return [
        tg_batch(APP, rng, [("Observation Viewed", {"childAge": L(KID_AGE, BIRTH)}),
                            ("Photo Liked", {"count": 3})]),
        tg_identify(APP, rng, {"email": L(EMAIL, MAIL), "childAge": L(KID_AGE, BIRTH),
                               "classroom": "rose", "role": "parent"}),
        aq_session(APP, rng, first=True),
        aq_link(APP, rng, link),
        cm_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo grid"),
                 [cm_crumb("nav", "Feed -> PhotoGrid")], screen="PhotoGridActivity"),
        ft_eval(APP, rng, {"program": "primary", "childAge": L(KID_AGE, BIRTH)}),
        pp_register(APP, rng, tags={"classroom": "rose", "child_age": L(KID_AGE, BIRTH)}),
        pp_opened(APP, rng, "photo_post_opened"),
        pr_bank(APP, rng, ACCOUNT, ROUTING, L(NAME, NAMEC), "US"),
        cf_check(APP, rng, {"analytics": True, "ads": False}),
    ]
