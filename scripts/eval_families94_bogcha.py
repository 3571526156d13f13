"""Kindergarten (bog'cha) parents' app "Bog'chajon" for her son Aziz (4) at a Yunusobod
kindergarten: the parent's registration with her residence permit and personal number, a form
log-in, ``/me`` with a JWT naming the child, the child's profile (birth certificate, allergies,
asthma), his medical and vaccination documents (multipart), who may pick him up, the daily
report by query, an absence with his fever, drop-off at the gate (her fix) and pick-up (a form),
a message to the teacher, his photo, photo consents, the monthly fee, the menu (a GET), a milk-free
meal request, the gallery, a teacher rating, the New Year party RSVP, growth measurements, push,
events and the children list by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
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
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families94_kit import BOGCHA, GATE_FIX, GROUP, PINFL, RESIDENCE, SON, SPOUSE, uz_fix
from eval_families94_sdk import kz_batch, kz_identify, mb_session, sb_bid, xc_crash, xc_crumb
from eval_families94_svc import bq_eval, rz_save, tg_card, xp_register, yd_attach
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bogchajon", "Bogchajon", "uz.example.bogchajon", "1.9.4",
          "https://api.bogchajon.example.com")
IID = "X-Bogcha-Install"
PW = "Quyoshcha-Aziz-21"
KID = "kid_9a41c27e"  # her son's profile ID (id.user)
MT = f"{TEXT}|{MED}"
UZ_LANG = {"Accept-Language": L("uz-UZ,uz;q=0.9,en-US;q=0.8", DEV)}


def _h(rng: random.Random, how: str = "upper", auth: str | None = None,
       extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, auth=auth, extra={**UZ_LANG, **(extra or {})})


def bogchajon() -> list[Case]:
    rng = random.Random(9471)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), kids=[L(KID, UID)]))}
    b = {"auth": "bearer"}
    gla, glo = uz_fix(GATE_FIX)
    inv = obj(rng, "inv", 8)
    return [
        case(f, f"{a}/api/v1/parents/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "relation": "mother",
            "document": L(RESIDENCE, NATID), "pinfl": L(PINFL, NATID),
            "kindergarten": BOGCHA["id"]}),
        case(f, f"{a}/api/v1/auth/login", fmt="form", headers=_h(rng), body={
            "login": L(NATIONAL, TEL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/children", headers=_h(rng, **b), body={
            "id": L(KID, UID), "firstName": L(SON["first"], NAMEC),
            "lastName": L(SON["last"], NAMEC), "birthDate": L(SON["dob"], BIRTH),
            "gender": L("boy", GENDER), "birthCertificate": L("I-TN 0447128", NATID),
            "allergies": [L("peanuts", MED)], "conditions": [L("mild asthma", MED)],
            "inhaler": L("salbutamol as needed", MED), "group": GROUP["id"]}),
        at_path(multipart(f, f"{a}/api/v1/children/{KID}/documents", [
            ("med026", "forma_026.jpg", "image/jpeg", L(JPEG + b"\xf1", f"{MEDIA}|{MED}")),
            ("vaccines", "emlash_kartasi.jpg", "image/jpeg", L(JPEG + b"\xf2", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"types": ["026", "vaccination"],
                                                "issued": "2025-08-20"})],
            headers=_h(rng, **b)), KID, UID),
        at_path(case(f, f"{a}/api/v1/children/{KID}/pickup", headers=_h(rng, **b), body={
            "persons": [{"name": L(f"{SPOUSE[0]} {SPOUSE[1]}", NAMEC),
                         "phone": L(SPOUSE[2], TEL), "relation": "father",
                         "document": L("AC1187265", NATID)}]}), KID, UID),
        case(f, f"{a}/api/v1/groups/{GROUP['id']}/daily", headers=_h(rng, **b), query={
            "date": "2025-12-02", "child": L(KID, UID)}),
        case(f, f"{a}/api/v1/attendance/absence", headers=_h(rng, **b), body={
            "child": L(KID, UID), "from": "2025-12-03", "to": "2025-12-05",
            "reason": L("sick", MED),
            "note": L("He has had a fever of 38.4 since last night", MT)}),
        case(f, f"{a}/api/v1/attendance/dropoff", headers=_h(rng, **b), body={
            "child": L(KID, UID), "lat": gla, "lon": glo, "accuracy": 8,
            "gate": {"id": BOGCHA["id"], "lat": BOGCHA["lat"], "lon": BOGCHA["lon"]},
            "qr": "BG417-GATE-A"}),
        case(f, f"{a}/api/v1/attendance/pickup", fmt="form", headers=_h(rng, **b), body={
            "child": L(KID, UID), "by": "mother",
            "lat": L(f"{GATE_FIX[0]:.5f}", PRECISE), "lon": L(f"{GATE_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/api/v1/messages", headers=_h(rng, **b), body={
            "to": "tch_" + opaque(rng, "", 6), "child": L(KID, UID),
            "text": L("Please keep his hat on outside, he had an ear infection last week", MT)}),
        at_path(multipart(f, f"{a}/api/v1/children/{KID}/photo", [
            ("photo", "child.jpg", "image/jpeg", L(JPEG + b"\xf3", MEDIA)),
            ("crop", None, "application/json", {"x": 12, "y": 30, "size": 400})],
            headers=_h(rng, **b)), KID, UID),
        case(f, f"{a}/api/v1/consents", headers=_h(rng, **b), body={
            "child": L(KID, UID), "photosInGroupChat": False, "photosOnWebsite": False,
            "signedBy": L(NAME, NAMEC), "signedAt": "2025-09-01T08:20:00+05:00"}),
        case(f, f"{a}/api/v1/invoices/{inv}/pay", headers=_h(rng, **b), body={
            "amount": L("850000", BUY), "month": "2025-12",
            "method": L(opaque(rng, "pm_", 24), PAY),
            "cardLast4": L("2093", PAY)}),
        case(f, f"{a}/api/v1/menu", headers=_h(rng, **b), query={"week": "49"}),
        case(f, f"{a}/api/v1/meals/preferences", headers=_h(rng, **b), body={
            "child": L(KID, UID), "milkFree": L(True, MED), "noNuts": L(True, MED),
            "note": L("Lactose intolerant, oat milk is fine", MT)}),
        case(f, f"{a}/api/v1/gallery", headers=_h(rng, **b), query={
            "child": L(KID, UID), "month": "2025-11"}),
        case(f, f"{a}/api/v1/teachers/rating", fmt="form", headers=_h(rng, **b), body={
            "teacher": "tch_" + opaque(rng, "", 6), "stars": "5",
            "comment": L("Dilnoza opa is so patient with the little ones", TEXT)}),
        case(f, f"{a}/api/v1/events/yangi-yil/rsvp", headers=_h(rng, **b), body={
            "child": L(KID, UID), "guests": 2, "costume": "snowflake",
            "reminderPhone": L(E164, TEL)}),
        case(f, f"{a}/api/v1/children/growth", headers=_h(rng, **b), body={
            "child": L(KID, UID), "heightCm": L(104.5, FIT), "weightKg": L(17.2, FIT),
            "measuredAt": "2025-11-28"}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID.upper(), DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "parentId": L(USER_ID, UID), "events": [
                ev("daily_report_opened", 1), ev("photo_viewed", 2, count=6),
                ev("screen", 3, screen=L("DailyReport", USAGE))]}),
        case(f, f"{a}/api/v1/children", headers=_h(rng, how="plain"),
             cookies={"bj_session": L(opaque(rng, "", 40), CRED), "bj_child": L(KID, UID)}),
    ]


def bogchajon_sdks() -> list[Case]:
    rng = random.Random(9472)
    return [
        kz_batch(APP, rng, [("Daily Report Opened", {"group": GROUP["id"]}),
                            ("Fee Paid", {"amount": L(850000, BUY)})], roaming=True),
        kz_identify(APP, rng, {"kidAge": L(SON["age"], BIRTH), "group": GROUP["id"],
                               "city": L("Tashkent", "location.coarse")}),
        mb_session(APP, rng, user=True),
        sb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}),
        xc_crash(APP, rng, ("java.io.FileNotFoundException", "child_01.jpg (No such file)"),
                 [xc_crumb("nav", "Child -> Photo"),
                  xc_crumb("ui", "upload", {"child": L(KID, UID)})], screen="ChildPhotoActivity"),
        bq_eval(APP, rng, {"kindergarten": BOGCHA["id"]}, user=False),
        xp_register(APP, rng, tags={"group": GROUP["id"], "kid_age": L(SON["age"], BIRTH)},
                    lang="uz"),
        rz_save(APP, rng, {"analytics": True, "ads": True}, user=True),
        tg_card(APP, rng, zip_=False),
        yd_attach(APP, rng, L(JPEG + b"\xf4", MEDIA), "invoice_error.jpg", "image/jpeg"),
    ]
