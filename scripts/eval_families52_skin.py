"""Eczema and skin-flare photo diary "Flarebook": sign-up, log-in, ``/me``, her condition and
treatments, a flare with its areas, itch, sleep loss and triggers, a flare photo with its geotag,
the on-device analysis, a POEM questionnaire, the weather at a rounded position, a food log
(msgpack), a cream reminder, a report shared with her dermatologist, a tele-dermatology consult,
the insurance card, a search, community posts, a Health Connect import, a Play subscription,
push, events and the PDF export by her user ID in the path and a cookie."""

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
    PAY,
    SEARCH,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, App, ev, opaque, play_token, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families52_kit import CREAMS, DERM, DERM_CLINIC, MEMBER_FB, TRIGGERS, home, obj
from eval_families52_sdk import (
    bq_bid,
    bq_win,
    cw_batch,
    cw_identify,
    sm_crash,
    sm_crumb,
    tb_event,
)
from eval_families52_svc import bk_register, hd_attach, hd_message, ob_save, tp_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case, h

APP = App("flarebook", "Flarebook", "com.example.flarebook", "2.9.4",
          "https://api.flarebook.example.com")
IID = "X-FB-Device"
PW = "Oatmeal-Bath-88"
AD = "atopic dermatitis"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def flarebook() -> list[Case]:
    rng = random.Random(5211)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    b = {"auth": "bearer"}
    fl = obj(rng, "flr", 12)
    hla, hlo = home(6)
    wla, wlo = pos(2)
    return [
        case(f, f"{a}/v1/auth/signup", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "first_name": L(FIRST, NAMEC),
            "birth_year": L(1991, BIRTH), "sex": L("female", GENDER),
            "skin_type": L("Fitzpatrick III", MED), "terms": True}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_name": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/profile/condition", headers=_h(rng, **b), body={
            "diagnosis": L(AD, MED), "diagnosed_year": L(2009, MED),
            "severity": L("moderate", MED), "comorbidities": [L("asthma", MED),
                                                              L("hay fever", MED)],
            "family_history": L(True, MED)}),
        case(f, f"{a}/v1/profile/treatments", headers=_h(rng, **b), body={"treatments": [
            {"name": L(CREAMS[0], MED), "schedule": "twice daily", "since": "2024-03"},
            {"name": L(CREAMS[1], MED), "schedule": "as needed", "since": "2019-01"},
            {"name": L(CREAMS[2], MED), "schedule": "every 2 weeks", "since": "2025-06"}]}),
        case(f, f"{a}/v1/flares", headers=_h(rng, **b), body={
            "id": fl, "started": "2025-12-07", "areas": [L("left_antecubital", MED),
                                                         L("right_antecubital", MED),
                                                         L("neck", MED)],
            "itch": L(7, MED), "sleep_loss_hours": L(3, MED),
            "triggers": [L(t, MED) for t in TRIGGERS[:3]],
            "note": L("Both elbows weeping after the wool sweater, neck cracked by morning",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/flares/{fl}/photos", [
            ("photo", "IMG_20251208_0712.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "area": L("left_antecubital", MED), "taken_at": "2025-12-08T07:12:40-05:00",
                "geotag": {"lat": hla, "lon": hlo}, "camera": L("Pixel 8", DEV),
                "lighting": "daylight", "sha256": h("sha256", "flare-photo-1")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/flares/{fl}/analysis", headers=_h(rng, **b), body={
            "redness_index": L(0.62, MED), "lesion_area_cm2": L(18.4, MED),
            "easi_estimate": L(11.7, MED), "model": "skinseg-3.2.0", "latency_ms": 412,
            "crop": [112, 240, 880, 990]}),
        case(f, f"{a}/v1/scores", headers=_h(rng, **b), body={
            "instrument": "POEM", "week": "2025-W50",
            "answers": [L(x, MED) for x in (3, 2, 4, 1, 0, 2, 3)], "total": L(15, MED)}),
        case(f, f"{a}/v1/weather", headers=_h(rng, **b), query={
            "lat": wla, "lon": wlo, "units": "imperial"}),
        case(f, f"{a}/v1/diary/food", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "date": "2025-12-08",
            "items": [{"food": "fd_1021", "label": "eggs"}, {"food": "fd_2210",
                                                            "label": "oat milk"}]}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "medication", "label": L(CREAMS[0], MED), "time": "21:00",
            "days": "mon,tue,wed,thu,fri,sat,sun"}),
        case(f, f"{a}/v1/share/doctor", headers=_h(rng, **b), body={
            "doctor": {"name": L(DERM[0], NAMEC), "email": L(DERM[1], MAIL)},
            "range": {"from": "2025-09-01", "to": "2025-12-09"}, "include_photos": True,
            "clinic": {"id": DERM_CLINIC["id"], "phone": DERM_CLINIC["phone"]}}),
        case(f, f"{a}/v1/consults", headers=_h(rng, **b), body={
            "slot": "2025-12-12T16:30:00-05:00", "provider": "prov_2291",
            "reason": L("Flare not responding to tacrolimus, new patches on eyelids",
                        f"{TEXT}|{MED}"),
            "price": L("49.00", BUY), "payment_method": L(opaque(rng, "pm_", 24), PAY),
            "insurance_member_id": L(MEMBER_FB, MED)}),
        multipart(f, f"{a}/v1/insurance/card", [
            ("front", "card_front.jpg", "image/jpeg", L(JPEG + b"\x22", f"{MEDIA}|{MED}")),
            ("fields", None, "application/json", {"member_id": L(MEMBER_FB, MED),
                                                  "group": "GRP-55120", "payer": "Empire Shield",
                                                  "holder": L("Jane Doe", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("dupilumab eye dryness", f"{SEARCH}|{MED}"), "scope": "articles"}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, **b), body={
            "topic": "swimming", "anonymous": True,
            "text": L("Anyone else flare from pool chlorine? My arms burn for two days",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/community/posts/pst_55021/comments", fmt="form",
             headers=_h(rng, **b), body={"text": L("Rinsing right after swimming helps me", TEXT),
                                          "reply_to": "cmt_88120"}),
        case(f, f"{a}/v1/health-connect/import", headers=_h(rng, **b), body={
            "source": "health_connect", "sleep": [
                {"date": "2025-12-07", "minutes": L(312, FIT)},
                {"date": "2025-12-08", "minutes": L(401, FIT)}],
            "steps": L(6120, FIT)}),
        case(f, f"{a}/v1/subscriptions/verify", headers=_h(rng, **b), body={
            "product": L("flarebook_plus_month", BUY), "order_id": L("GPA.3318-5520-1184-77120",
                                                                     BUY),
            "purchase_token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("flare_logged", 1, itch=L(7, MED)), ev("photo_added", 2),
                ev("screen", 3, screen=L("FlareTimeline", USAGE))]}),
        at_path(case(f, f"{a}/v1/users/{USER_ID}/export.pdf", headers=_h(rng, how="none"),
                     query={"months": "3"}, cookies={"fb_session": L(opaque(rng, "", 48), CRED),
                                                     "fb_dev": L(INSTALL_ID, DID)}),
                USER_ID, UID),
    ]


def flarebook_sdks() -> list[Case]:
    rng = random.Random(5212)
    return [
        cw_batch(APP, rng, [("Flare Logged", {"itch": L(7, MED), "areas": 3}),
                            ("Photo Added", {"area": L("neck", MED)}),
                            ("Paywall Viewed", {"source": "export"})]),
        cw_identify(APP, rng, {"condition": L(AD, MED), "plan": "plus",
                               "birth_year": L(1991, BIRTH), "email": L(EMAIL, MAIL)}),
        tb_event(APP, rng, "s7bq2e", {"plan": "plus_month"}, revenue=6.99, hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="skincare,eczema"),
        bq_win(APP, rng),
        sm_crash(APP, rng, ("java.lang.OutOfMemoryError", "Failed to allocate 48MB"),
                 [sm_crumb("navigation", "FlareDetail -> Camera"),
                  sm_crumb("log", "upload queued", {"flare": obj(rng, "flr", 12)})],
                 screen="CameraActivity"),
        hd_attach(APP, rng, L(JPEG + b"\x23", f"{MEDIA}|{MED}"), "neck_flare.jpg", "image/jpeg"),
        bk_register(APP, rng, tags={"reminders": "on", "severity": L("moderate", MED)}),
        ob_save(APP, rng, {"analytics": True, "ads": False}, user=True),
        tp_card(APP, rng, email=True),
        hd_message(APP, rng, L("Photos of my neck flare from Tuesday won't upload to the report",
                               f"{TEXT}|{MED}"), {"plan": "plus"}),
    ]
