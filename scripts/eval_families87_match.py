"""Matchmaking app with horoscope compatibility "Porutham" (her own profile; she is divorced and
lived in New York before Chennai): registration (birth date, time and place, religion, caste,
height, her New York residence), a log-in, ``/me``, horoscope details and a scan of her
horoscope chart, profile photos, a compatibility check with a prospective match's birth details,
matches by preference, an interest and a chat message (msgpack), a profile viewed, a shortlist,
family details, career, profiles near her (``lat,lon`` in the path), an ID check, a premium plan,
a contact unlocked, a report, push, events and the inbox by a cookie GET."""

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
    MEDIA,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, LINE1, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others
from eval_families37_kit import home
from eval_families87_kit import (
    AADHAAR,
    ACCEPT_IN,
    BIRTH_PLACE,
    BIRTH_PLACE_AT,
    BIRTH_TIME,
    CHN_AT,
    MATCH,
    MATRI_ID,
    gen_id,
)
from eval_families87_sdk import (
    am_event,
    am_open,
    bm_bid,
    ck_crash,
    ck_crumb,
    km_batch,
    km_identify,
)
from eval_families87_svc import kd_eval, kp_card, mo_register, sm_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("porutham", "Porutham", "com.example.porutham", "11.2.0",
          "https://api.porutham.example.com")
IID = "X-Porutham-Device"
PW = "Kolam&Jasmine91"
OTHERS = others(random.Random(8770), 4, "PRM-M")  # other members (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(ACCEPT_IN, DEV)
    return h


def _birth(place_pt: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {"date": L(DOB, BIRTH), "time": L(BIRTH_TIME, BIRTH),
                         "place": L(BIRTH_PLACE, COARSE)}
    if place_pt:
        d.update(lat=L(BIRTH_PLACE_AT[0], COARSE), lon=L(BIRTH_PLACE_AT[1], COARSE))
    return d


def porutham() -> list[Case]:
    rng = random.Random(8771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, matri_id=L(MATRI_ID, UID), email=L(EMAIL, MAIL)))}
    nyla, nylo = home(4)
    seg = f"{CHN_AT[0]:.4f},{CHN_AT[1]:.4f}"
    return [
        case(f, f"{a}/v2/register", headers=_h(rng), body={
            "profileFor": "self", "name": L(NAME, NAMEC), "gender": L("female", GENDER),
            "birth": _birth(False), "religion": L("Hindu", SENS),
            "caste": L("Saiva Pillai", SENS), "motherTongue": "Tamil",
            "maritalStatus": "divorced", "heightCm": L(162, FIT), "email": L(EMAIL_MIXED, MAIL),
            "mobile": L(E164, TEL), "password": L(PW, CRED),
            "residence": {"city": L("Chennai", COARSE), "country": L("India", COARSE)},
            "previousResidence": {"line": L(LINE1, ADDR), "city": L(CITY, COARSE),
                                  "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
                                  "lat": nyla, "lon": nylo}}),
        case(f, f"{a}/v2/login", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/horoscope", headers=_h(rng, **b), body={
            "birth": _birth(), "tzOffset": "+05:30", "rasi": "Rishabam",
            "nakshatram": "Rohini", "dosham": "none", "gothram": L("Bharadwaja", SENS),
            "chart": "south_indian"}),
        multipart(f, f"{a}/v2/horoscope/scan", [
            ("jathagam", "jathagam.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"pages": 1, "language": "ta"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/photos", [
            ("photo1", "saree.jpg", "image/jpeg", L(JPEG + b"\xd2", MEDIA)),
            ("photo2", "family_function.jpg", "image/jpeg", L(JPEG + b"\xd3", MEDIA)),
            ("meta", None, "application/json", {"visibility": "accepted_interests"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/compatibility", headers=_h(rng, **b), body={
            "self": _birth(),
            "other": {"profileId": MATCH["id"], "name": L(MATCH["name"], NAMEC),
                      "date": L(MATCH["dob"], BIRTH), "time": L(MATCH["time"], BIRTH),
                      "place": L(MATCH["place"], COARSE)},
            "system": "dasa_porutham"}),
        case(f, f"{a}/v2/matches", query={
            "ageMin": "33", "ageMax": "42", "religion": L("Hindu", SENS),
            "caste": L("Saiva Pillai", SENS), "maritalStatus": "divorced,widowed",
            "city": L("Chennai", COARSE), "page": "1"}, headers=_h(rng, **b)),
        case(f, f"{a}/v2/interests", headers=_h(rng, **b), body={
            "to": MATCH["id"], "from": L(MATRI_ID, UID),
            "message": L("Our horoscopes match 8 of 10. My son is 15, I hope that is fine", TEXT)}),
        case(f, f"{a}/v2/chat/messages", fmt="msgpack", headers=_h(rng, **b), body={
            "conv": gen_id(rng, "cv", 10), "from": L(MATRI_ID, UID), "to": MATCH["id"],
            "text": L("Sunday coffee at Besant Nagar beach works for me", TEXT)}),
        case(f, f"{a}/v2/profiles/{MATCH['id']}", query={"src": "matches"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v2/shortlist", headers=_h(rng, **b), body={
            "add": OTHERS[:3], "remove": [OTHERS[3]]}),
        case(f, f"{a}/v2/family", headers=_h(rng, **b), body={
            "father": L("R. Doraisamy", NAMEC), "mother": L("D. Kamala", NAMEC),
            "nativePlace": L("Madurai", COARSE), "siblings": 1, "familyType": "nuclear",
            "children": {"count": 1, "livingWith": True}}),
        case(f, f"{a}/v2/career", fmt="form", headers=_h(rng, **b), body={
            "education": "M.S.", "occupation": "Product manager",
            "employer": "Chennai design studio", "annualIncome": "25-30 LPA"}),
        at_path(case(f, f"{a}/v2/nearby/{seg}", query={"radiusKm": "10"},
                     headers=_h(rng, **b)), seg, PRECISE),
        multipart(f, f"{a}/v2/verify/id", [
            ("front", "aadhaar.jpg", "image/jpeg", L(JPEG + b"\xd4", f"{MEDIA}|{NATID}")),
            ("data", None, "application/json", {
                "idType": "aadhaar", "masked": L("XXXX XXXX " + AADHAAR[-4:], NATID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/premium", headers=_h(rng, **b), body={
            "plan": L("GOLD_3M", BUY), "amount": L("4999", BUY), "currency": "INR",
            "matriId": L(MATRI_ID, UID)}),
        case(f, f"{a}/v2/contacts/unlock", fmt="form", headers=_h(rng, **b), body={
            "profileId": MATCH["id"], "credits": "1"}),
        case(f, f"{a}/v2/reports", headers=_h(rng, **b), body={
            "profileId": OTHERS[2], "reason": "fake",
            "text": L("Asked me for money for a visa within two messages", TEXT)}),
        case(f, f"{a}/v2/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "lang": L("en_IN", DEV)}),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "u": L(USER_ID, UID), "events": [
                ev("compatibility_checked", 1, score=8), ev("interest_sent", 2),
                ev("screen", 3, screen=L("MatchList", USAGE))]}),
        case(f, f"{a}/v2/inbox", headers=_h(rng, how="upper"), cookies={
            "prm_s": L(opaque(rng, "", 40), CRED), "prm_id": L(MATRI_ID, UID)}),
    ]


def porutham_sdks() -> list[Case]:
    rng = random.Random(8772)
    return [
        km_batch(APP, rng, [("Interest Sent", {"score": 8}),
                            ("Compatibility Checked", {"system": "dasa"})], at=CHN_AT, nd=3),
        km_identify(APP, rng, {"gender": L("female", GENDER), "age": L(34, BIRTH),
                               "religion": L("Hindu", SENS), "plan": "free"}),
        am_open(APP, rng, first=True),
        am_event(APP, rng, "af_subscribe", {"plan": "GOLD_3M"}, revenue="4999.00", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F", hem=True),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "chart is null"),
                 [ck_crumb("nav", "Profile -> Compatibility"),
                  ck_crumb("net", "POST /v2/compatibility", {"status": 500})],
                 screen="CompatibilityActivity"),
        kd_eval(APP, rng, {"religion": L("hindu", SENS), "premium": False}, user=False,
                get=True),
        sm_save(APP, rng, {"essential": True, "personalised_ads": True}),
        mo_register(APP, rng, tags={"plan": "free", "religion": L("hindu", SENS)}),
        kp_card(APP, rng),
    ]
