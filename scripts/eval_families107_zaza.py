"""Preschool app "Zazakely" (her son Niry, four, at a preschool in Isoraka): the parent's account,
the child's profile (name, birth date, allergies, vaccinations), people allowed to pick him up,
the daily report, a photo the teacher shared liked, an absence with a reason, fees paid, a
message to the teacher, the child's page by his ID in the path, a drawing uploaded, a pickup
check-in near the school, push, events and a cookie GET."""

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
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families107_kit import KID_ID, MG_PHONE, PICKUP, SCHOOL, SON, TANA_AT, TEACHER, VADY
from eval_families107_sdk import ck_crash, ck_crumb, ly_batch, ly_identify, sf_launch
from eval_families107_svc import ca_check, cv_message, fr_eval, pf_register, pv_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("zazakely", "Zazakely", "org.example.zazakely", "2.6.1",
          "https://api.zazakely.example.org")
IID = "X-Zz-Install"
PASS = "Niry&Ravinala4"
PICK_AT = (-18.914102, 47.521933)  # her phone at the school gate (her fix)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("fr-MG,fr;q=0.9,mg;q=0.7", DEV)
    return h


def zazakely() -> list[Case]:
    rng = random.Random(10761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_ID, UID)]))}
    page = at_path(case(f, f"{a}/v1/children/{KID_ID}/page", headers=_h(rng, **b),
                        query={"week": "2025-W50"}), KID_ID, UID)
    return [
        case(f, f"{a}/v1/parents", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(MG_PHONE, TEL), "password": L(PASS, CRED), "relation": "mother",
            "school": SCHOOL["id"], "invite_code": L("ZZ-ISR-48KQ", CRED)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PASS, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/children", headers=_h(rng, **b), body={
            "id": L(KID_ID, UID), "first_name": L(SON[0], NAMEC),
            "last_name": L("Rakotomalala", NAMEC), "dob": L(SON[1], BIRTH),
            "sex": L("boy", GENDER), "class": "Petite section",
            "allergies": [L("arachide", MED)], "asthma": L(True, MED),
            "vaccinations": [L("BCG", MED), L("ROR", MED)]}),
        case(f, f"{a}/v1/children/{KID_ID}/pickup", headers=_h(rng, **b), body={
            "people": [{"name": L(PICKUP[0][0], NAMEC), "phone": L(PICKUP[0][1], TEL),
                        "relation": "grand-mere"},
                       {"name": L(VADY[0], NAMEC), "phone": L(VADY[1], TEL),
                        "relation": "pere"}]}),
        case(f, f"{a}/v1/reports/daily", headers=_h(rng, **b), query={
            "child": L(KID_ID, UID), "date": "2025-12-12"}),
        case(f, f"{a}/v1/feed/ph_5510/like", headers=_h(rng, **b), body={
            "by": L(USER_ID, UID), "reaction": "heart"}),
        case(f, f"{a}/v1/absences", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "from": "2025-12-15", "to": "2025-12-17",
            "reason": L("Tazomoka, manaraka fitsaboana", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/fees/pay", fmt="form", headers=_h(rng, **b), body={
            "invoice": L("ZZ-INV-2512-0231", BUY), "amount": L("180000", BUY),
            "wallet": L(MG_PHONE, TEL), "child": L(KID_ID, UID)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": TEACHER[1], "child": L(KID_ID, UID), "thread": rid(rng),
            "text": L("Bonjour Mme Hanta, Niry prend encore son sirop à midi",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        page,
        multipart(f, f"{a}/v1/children/{KID_ID}/drawings", [
            ("image", "dessin.jpg", "image/jpeg", L(JPEG + b"\xd1", MEDIA)),
            ("meta", None, "application/json", {"title": L("Niry sy ny omby", f"{TEXT}|{NAMEC}"),
                                                "child": L(KID_ID, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "child": L(KID_ID, UID), "lat": L(PICK_AT[0], PRECISE), "lon": L(PICK_AT[1], PRECISE),
            "school": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]}}),
        case(f, f"{a}/v1/school/{SCHOOL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "locale": L("fr_MG", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [ev("report_opened", 1), ev("photo_liked", 2),
                                               ev("screen", 3, s=L("Feed", USAGE))]}),
        case(f, f"{a}/v1/calendar", headers=_h(rng, how="none"), cookies={
            "zz_sid": L(opaque(rng, "", 40), CRED), "zz_child": L(KID_ID, UID)}),
    ]


def zazakely_sdks() -> list[Case]:
    rng = random.Random(10762)
    return [
        ly_batch(APP, rng, [("Report Opened", {"child_age": L(SON[2], BIRTH)}),
                            ("Fee Paid", {"amount": L(180000, BUY)})]),
        ly_identify(APP, rng, {"children": 1, "school": SCHOOL["id"]}),
        sf_launch(APP, rng, user=True, n=11),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap"),
                 [ck_crumb("navigation", "Feed -> Photo")], screen="PhotoActivity"),
        fr_eval(APP, rng, {"kid_age": L(SON[2], BIRTH)}, hdr=True),
        pf_register(APP, rng, tags={"class": "PS"}, at=TANA_AT, nd=2),
        ca_check(APP, rng, {"analytics": True, "ads": False}),
        pv_card(APP, rng, email=True),
        cv_message(APP, rng, L("Tsy hitako ny tatitra androany", TEXT), {"child": L(KID_ID, UID)}),
    ]
