"""Hearing-dog training log "Earpaw" (she is deaf and trains Luna in Belgrade with a trainer):
sign-up, a token refresh, ``/me``, the handler profile (hearing loss, audiogram, sign language),
the dog (negatives), her trainer, a training session, sound samples (her doorbell and smoke
alarm), a training video, a session sync (msgpack), a walk (gzip), a public-access incident, an
alert from the vibrating pager (protobuf), pairing the pager, a vet visit, the assistance-dog
card, an emergency contact, a vest order, a forum post, settings, push, events and the log by a
cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head
from eval_families90_kit import (
    AUDIOGRAM,
    BG_HOME,
    BG_HOME_AT,
    BG_LINE,
    BG_TZ,
    DOG,
    PAGER,
    PARTNER,
    TRAINER,
    fix,
    obj,
    paddle,
)
from eval_families90_sdk import kv_crash, kv_crumb, mk_alias, mk_batch, tg_event, tg_open
from eval_families90_svc import (
    dr_telemetry,
    ks_charge,
    pk_eval,
    ps_save,
    zv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("earpaw", "Earpaw", "com.example.earpaw", "2.2.5", "https://api.earpaw.example.org")
IID = "X-Earpaw-Device"
PW = "Luna-Listens-2025"
CAFE_AT = (44.81021, 20.46302)  # the café (a business: a negative)
WALK_END = (44.799318, 20.470904)  # her fix in the park at the end of a walk


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def earpaw() -> list[Case]:
    rng = random.Random(9061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    caf = fix((44.810187, 20.463071), 4)
    lab: dict[str, str] = {}
    alert = pb([(1, L(USER_ID, UID)), (2, PAGER["serial"]), (3, "smoke_alarm"),
                (4, 1765290112), (5, 2400), (6, DOG["id"])], "", lab)
    return [
        case(f, f"{a}/v1/signup", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(DIGITS, TEL), "country": L("RS", COARSE)}),
        case(f, f"{a}/v1/token", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "earpaw-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/handler", headers=_h(rng, **b), body={
            "hearing_loss": L("severe bilateral sensorineural", MED),
            "audiogram_db": L(AUDIOGRAM, MED), "cochlear_implant": L(False, MED),
            "hearing_aids": L(True, MED), "sign_language": L("SZJ", SENS),
            "disability_registered": L(True, SENS)}),
        case(f, f"{a}/v1/dogs", headers=_h(rng, **b), body={
            "id": DOG["id"], "name": DOG["name"], "chip": DOG["chip"], "breed": DOG["breed"],
            "weight_kg": DOG["weightKg"], "born": "2023-04"}),
        case(f, f"{a}/v1/trainer", headers=_h(rng, **b), body={
            "name": L(TRAINER[0], NAMEC), "phone": L(TRAINER[1], TEL),
            "email": L(TRAINER[2], MAIL), "organisation": "Psi Pomagaci Beograd"}),
        case(f, f"{a}/v1/dogs/{DOG['id']}/sessions", headers=_h(rng, **b), body={
            "session": obj(rng, "ts", 8), "cue": "doorbell", "trials": 12, "successes": 10,
            "latency_ms": [2100, 1800, 1650, 2300, 1500], "treats": 14, "minutes": 25}),
        multipart(f, f"{a}/v1/sounds", [
            ("doorbell", "doorbell.wav", "audio/wav", L(WAV, MEDIA)),
            ("smoke", "smoke_alarm.wav", "audio/wav", L(WAV + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"rooms": ["hallway", "kitchen"],
                                                "gainDb": 6})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/videos", [
            ("video", "alarm_drill.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"dog": DOG["id"], "cue": "smoke_alarm",
                                                "seconds": 48})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "handler": L(USER_ID, UID), "dog": DOG["id"], "sessions": [
                {"cue": "name_call", "ok": 9, "of": 10}, {"cue": "alarm_clock", "ok": 7,
                                                          "of": 8}]}),
        case(f, f"{a}/v1/walks", gz=True, headers=_h(rng, **b), body={
            "dog": DOG["id"], "points": paddle(rng, 6, start=BG_HOME_AT, end=WALK_END,
                                                 keys=("lat", "lng")),
            "distance_m": 2140, "pulls": 3}),
        case(f, f"{a}/v1/access-log", headers=_h(rng, **b), body={
            "venue": {"name": "Kafe Bistro Vracar", "lat": CAFE_AT[0], "lng": CAFE_AT[1]},
            "position": {"lat": caf[0], "lng": caf[1]}, "outcome": "refused",
            "text": L("The waiter said no dogs even after I showed Luna's card and "
                      "told him I'm deaf", f"{TEXT}|{SENS}")}),
        raw(f, f"{a}/v1/pager/alerts", alert, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pager", headers=_h(rng, **b), body={
            "serial": PAGER["serial"], "ble": PAGER["ble"], "pattern": "long-long",
            "phone_install": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/dogs/{DOG['id']}/vet", headers=_h(rng, **b), body={
            "clinic": "Veterinarska Ambulanta Zvezdara", "weight_kg": 27.9,
            "vaccines": ["rabies"], "cost": L("4200.00", BUY), "currency": "RSD"}),
        multipart(f, f"{a}/v1/cards", [
            ("photo", "me_and_luna.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("card", None, "application/json", {"handler_name": L(NAME, NAMEC),
                                                "assistance": L("hearing", SENS),
                                                "dog": DOG["id"]})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/emergency-contact", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL), "sms_only": True}),
        case(f, f"{a}/v1/shop/orders", headers=_h(rng, **b), body={
            "items": [{"sku": "vest-m-red", "qty": 1}], "total": L("3490.00", BUY),
            "currency": "RSD", "ship": {"name": L(NAME, NAMEC), "street": L(BG_LINE, ADDR),
                                        "zip": L(BG_HOME["postanski_broj"], COARSE),
                                        "city": L(BG_HOME["grad"], COARSE)}}),
        case(f, f"{a}/v1/forum/posts", headers=_h(rng, **b), body={
            "topic": "public-access", "title": L("Cafés in Vračar that were fine with Luna",
                                                 TEXT),
            "body": L("Most places were fine once I signed that she is a hearing dog", TEXT)}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "vibration": "strong", "flash": "1", "tz": L(BG_TZ, DEV),
            "captions": L("sr", DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("session_logged", 1, cue="doorbell"), ev("walk_saved", 2),
                ev("screen", 3, screen=L("Progress", USAGE))]}),
        case(f, f"{a}/v1/log", headers=_h(rng, how="upper"),
             cookies={"ep_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def earpaw_sdks() -> list[Case]:
    rng = random.Random(9062)
    return [
        mk_batch(APP, rng, [("Cue Trained", {"cue": "doorbell", "rate": 0.83}),
                            ("Walk Saved", {"m": 2140})], tz=BG_TZ),
        mk_alias(APP, rng, {"hearingLoss": L("severe", MED), "dogs": 1,
                            "country": L("RS", COARSE)}),
        tg_open(APP, rng, user=True, n=41),
        tg_event(APP, rng, "vest_purchased", {"sku": "vest-m-red"}, revenue=29.75,
                 currency="EUR"),
        kv_crash(APP, rng, ("android.media.AudioRecordException", "mic busy"),
                 [kv_crumb("nav", "Sounds -> Record"),
                  kv_crumb("log", "pager", {"serial": PAGER["serial"]})],
                 screen="RecordActivity"),
        pk_eval(APP, rng, {"pagerV2": True}, hdr=True),
        zv_register(APP, rng, at=BG_HOME_AT, nd=2, lang="en", tags={"dogs": "1"}),
        ps_save(APP, rng, {"analytics": True, "marketing": False}, lang="en"),
        ks_charge(APP, rng, "3490.00", "rsd"),
        dr_telemetry(APP, rng, [(44.801204, 20.473311), WALK_END], PRECISE),
    ]
