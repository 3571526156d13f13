"""Children's football academy app "Tindur Bóltskúli" (the user is the parent; her son Rói,
ten, plays): the parent's sign-up, a password grant, ``/me`` by JWT with the child's ID, the
player's registration (his name, birth date, gender, asthma, her husband as second contact), his
photo, his schedule by his ID in the path, attendance, the term fee, a carpool offer from her home,
a message to the coach, a skills video, a fitness test, a boots order, photo consent, push, events
and the club news by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DIGITS,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    multipart,
)
from eval_families18_kit import FIT
from eval_families20_kit import App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, others, rid
from eval_families120_kit import (
    FO_HOME,
    FO_HOME_AT,
    HUSBAND,
    PITCH_AT,
    SON,
    SON_ID,
    common,
    fo,
    scr,
)
from eval_families120_sdk import db_bid, tm_batch, wl_session
from eval_families120_svc import cl_card, mf_route, ph_register
from eval_payloads import EMAIL, NAME, Case, J, L, case

APP = App("tindur", "Tindur Boltskuli", "com.example.tindur", "3.3.1",
          "https://api.tindur.example.org")
IID = "X-Tindur-Install"


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, auth="bearer")


def tindur() -> list[Case]:
    rng = random.Random(12061)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(SON_ID, UID)]))}
    hla, hlo = fo(FO_HOME_AT, 5)
    out = [
        case(f, f"{a}/v1/parents", headers=head(APP, rng, iid=IID, lang=True), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(E164, TEL),
            "password": L("Bóltur#Gøta10", CRED)}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=head(APP, rng, iid=IID), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Bóltur#Gøta10", CRED), "client_id": "tindur-app"}),
        case(f, f"{a}/v1/me", headers=head(APP, rng, iid=IID, extra=jw)),
        case(f, f"{a}/v1/players", headers=_h(rng), body={
            "id": L(SON_ID, UID), "firstName": L(SON[0], NAMEC), "lastName": L(SON[1], NAMEC),
            "dob": L(SON[2], BIRTH), "gender": L("boy", GENDER), "team": "U11",
            "shirt": "YL", "medical": {"asthma": L(True, MED),
                                       "notes": L("Uses a blue inhaler before matches",
                                                  f"{TEXT}|{MED}")},
            "contacts": [{"name": L(NAME, NAMEC), "phone": L(E164, TEL)},
                         {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL)}]}),
        multipart(f, f"{a}/v1/players/{SON_ID}/photo", [
            ("photo", "roi.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA))], headers=_h(rng)),
        at_path(case(f, f"{a}/v1/players/{SON_ID}/schedule", headers=_h(rng),
                     query={"from": "2026-04-01", "to": "2026-04-30"}), SON_ID, UID),
        case(f, f"{a}/v1/attendance", fmt="form", headers=_h(rng), body={
            "player": L(SON_ID, UID), "session": "trn_0412", "present": "0",
            "reason": L("Sore ankle after Saturday's match", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/fees", headers=_h(rng), body={
            "player": L(SON_ID, UID), "term": "spring-2026", "amount": L("900.00", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY), "invoice": L("TB-2026-0412", BUY)}),
        case(f, f"{a}/v1/carpool/offers", headers=_h(rng), body={
            "from": {"lat": hla, "lon": hlo}, "to": list(PITCH_AT), "seats": 2,
            "day": "thursday", "driverPhone": L(DIGITS, TEL), "with": others(rng, 1, "par_")}),
        case(f, f"{a}/v1/messages", headers=_h(rng), body={
            "to": "coach_0091", "player": L(SON_ID, UID),
            "text": L("Rói can't come on Thursday, his ankle is still swollen. Can Sjúrður pick "
                      "up his kit?", f"{TEXT}|{MED}|{NAMEC}"), "client": rid(rng)}),
        multipart(f, f"{a}/v1/players/{SON_ID}/skills", [
            ("video", "juggling.mp4", "video/mp4", L(MP4 + b"\xc2", MEDIA)),
            ("meta", None, "application/json", {"drill": "juggling", "count": 23,
                                                "player": L(SON_ID, UID)})], headers=_h(rng)),
        case(f, f"{a}/v1/players/{SON_ID}/fitness", headers=_h(rng), body={
            "sprint20m": L(4.21, FIT), "heightCm": L(141, FIT), "weightKg": L(33.5, FIT),
            "beepLevel": L(6.4, FIT), "tested": "2026-04-09"}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng), body={
            "order": L("TBS-8841", BUY), "items": [{"sku": "BOOT-JR-35", "qty": 1}],
            "total": L("449.00", BUY), "deliver": {"line": L(FO_HOME["line"], ADDR),
                                                   "town": L(FO_HOME["town"], COARSE)}}),
        case(f, f"{a}/v1/consents", fmt="form", headers=_h(rng), body={
            "player": L(SON_ID, UID), "photos": "1", "video": "1",
            "signedBy": L(NAME, NAMEC), "version": "2026-01"}),
    ]
    return out + common(APP, rng, IID, [("schedule_viewed", scr("Schedule")), ("fee_paid", {}),
                               ("video_uploaded", {})], "tb_session", "v1/news")


def tindur_sdks() -> list[Case]:
    rng = random.Random(12062)
    return [
        tm_batch(APP, rng, [("Fee Paid", {"value": L(900.0, BUY)}),
                            ("Child Age", {"age": L(SON[3], BIRTH)})]),
        db_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, coppa=True),
        wl_session(APP, rng, secs=310),
        ph_register(APP, rng, tags={"team": "U11", "childAge": L(SON[3], BIRTH)}),
        cl_card(APP, rng),
        mf_route(APP, rng, [((FO_HOME_AT[0], FO_HOME_AT[1]), "location.precise"),
                            (PITCH_AT, None)], mode="auto"),
    ]
