"""Hearing-test app "Degjoz" (camelCase API): sign-up, a form log-in, ``/me``, headphone
calibration, a test started, the tone responses (msgpack), the audiogram (JSON and a protobuf
copy with packed thresholds), speech-in-noise, a questionnaire (tinnitus, exposure, history),
an ear photo from a clip-on otoscope, the result shared with the clinic, clinics near home, an
OTC hearing-aid preset, a retest reminder, her mother invited to test, a Play subscription,
feedback, push, events and a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
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
    multipart,
    push_token,
    varints,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families83_kit import AUDIO_CLINIC, HZ, LEFT_DB, PHONES, RIGHT_DB, ids
from eval_families83_sdk import (
    ak_bid,
    gb_crash,
    gb_crumb,
    gj_event,
    gj_session,
    vz_batch,
)
from eval_families83_svc import fx_eval, nd_message, nj_register, pg_confirm, pq_save
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, USER_ID, Case, J, L, case

APP = App("degjoz", "Degjoz", "com.example.degjoz", "2.2.0", "https://api.degjoz.example.com")
IID = "X-Degjoz-Id"
PW = "Cochlea*Harbor61"
TEST = "tst_51d2e08b"  # a test session (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return head(APP, rng, iid=IID, **kw)


def _trials(rng: random.Random) -> list[dict[str, Any]]:
    """Tone presentations: frequency, level, ear, heard and the tap latency."""
    out = []
    for hz, db in zip(HZ, LEFT_DB, strict=True):
        for lvl in (db + 10, db, db - 5):
            out.append({"hz": hz, "db": lvl, "ear": "L", "heard": lvl >= db,
                        "ms": rng.randrange(280, 900) if lvl >= db else None})
    return out


def _pb_audiogram(rng: random.Random) -> Case:
    """The audiogram as protobuf: the user ``1``, the test ``2`` (a negative), packed left and
    right thresholds ``3``/``4`` (one field each), packed frequencies ``5`` (a negative)."""
    labels: dict[str, str] = {}
    data = pb([(1, L(USER_ID, UID)), (2, TEST), (3, L(varints(LEFT_DB), MED)),
               (4, L(varints(RIGHT_DB), MED)), (5, varints(HZ))], "", labels)
    return raw(APP.fam, f"{APP.api}/api/v1/tests/{TEST}/audiogram.pb", data,
               "application/x-protobuf", labels, headers=_h(rng, auth="bearer"))


def degjoz() -> list[Case]:
    rng = random.Random(8371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    t = f"{a}/api/v1/tests/{TEST}"
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tier="plus"))}
    return [
        case(f, f"{a}/api/v1/users", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "birthYear": L(1991, BIRTH),
            "sex": L("female", GENDER), "marketingOptIn": False}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/profile", headers=_h(rng, **b), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC),
            "birthDate": L(DOB, BIRTH), "phone": L(DASHED, TEL), "zip": L(ZIP, COARSE),
            "occupation": "sound engineer", "units": "dBHL"}),
        case(f, f"{a}/api/v1/headphones/calibrate", headers=_h(rng, **b), body={
            "model": PHONES["model"], "ble": PHONES["ble"], "profile": PHONES["cal"],
            "ambientDb": 31.5, "volume": 0.62, "phone": L("Pixel 8", DEV)}),
        case(f, t, headers=_h(rng, **b), body={
            "method": "hughson-westlake", "ears": ["L", "R"], "roomNoiseDb": 29.8,
            "headphones": PHONES["model"]}),
        case(f, f"{t}/responses", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "trials": L(_trials(rng), MED), "catchTrials": 3}),
        case(f, f"{t}/audiogram", headers=_h(rng, **b), body={
            "hz": HZ, "left": [L(v, MED) for v in LEFT_DB],
            "right": [L(v, MED) for v in RIGHT_DB], "ptaLeft": L(21.3, MED),
            "ptaRight": L(17.5, MED),
            "classification": L("mild high-frequency loss, both ears", MED)}),
        _pb_audiogram(rng),
        case(f, f"{t}/speech-in-noise", headers=_h(rng, **b), body={
            "srtDb": L(-6.2, MED), "triplets": 24, "result": L("normal", MED)}),
        case(f, f"{a}/api/v1/questionnaire", headers=_h(rng, **b), body={
            "tinnitus": L("both ears, mostly at night", MED), "noiseAtWork": L(True, MED),
            "earInfections": L(False, MED), "familyHistory": L(True, MED),
            "difficultyInNoise": L(4, MED), "usesHearingAids": L(False, MED)}),
        multipart(f, f"{a}/api/v1/otoscope", [
            ("image", "left_ear.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"ear": "L", "device": "clip-on scope",
                                                "focus": 0.8})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/share", headers=_h(rng, **b), body={
            "clinic": AUDIO_CLINIC["id"], "clinicPhone": AUDIO_CLINIC["phone"],
            "test": TEST, "note": L("ringing in both ears since a concert in October",
                                    f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/clinics", headers=_h(rng, **b), query={
            "lat": L(f"{LAT:.5f}", PRECISE), "lng": L(f"{LON:.5f}", PRECISE),
            "radius": "8"}),
        case(f, f"{a}/api/v1/aids/preset", headers=_h(rng, **b), body={
            "preset": L("mild_hf_sloping", MED), "model": "OTC generic", "volumeStep": 6}),
        case(f, f"{a}/api/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "kind": "retest", "in_days": "180"}),
        case(f, f"{a}/api/v1/family/invite", headers=_h(rng, **b), body={
            "name": L("Carol Doe", NAMEC), "email": L("carol.doe@example.com", MAIL),
            "relation": "mother"}),
        case(f, f"{a}/api/v1/purchases/verify", headers=_h(rng, **b), body={
            "productId": L("degjoz_plus_year", BUY), "orderId": L("GPA.3318-7720-1104-48211",
                                                                   BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v1/feedback", headers=_h(rng, **b), body={
            "stars": 4, "text": L("The 8 kHz tone is hard to tell from the hiss", TEXT)}),
        case(f, f"{a}/api/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "locale": L("en_US", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "userId": L(USER_ID, UID), "events": [
                ev("test_completed", 1, ears=2), ev("result_shared", 2),
                ev("screen_view", 3, screen="Audiogram")]}),
        case(f, f"{a}/api/v1/articles/{ids(rng, 'art', 6)}", headers=_h(rng, how="none"),
             cookies={"dgz_s": L(opaque(rng, "", 40), CRED), "dgz_i": L(INSTALL_ID, DID)}),
    ]


def degjoz_sdks() -> list[Case]:
    rng = random.Random(8372)
    return [
        vz_batch(APP, rng, [("Test Completed", {"result": L("mild_hf_loss", MED)}),
                            ("Result Shared", {"target": "clinic"})]),
        gj_session(APP, rng, first=True),
        gj_event(APP, rng, "purchase", {"sku": "plus_year"}, revenue=24.99),
        ak_bid(APP, rng, {"banner": {"w": 320, "h": 50}},
               keywords=L("hearing_loss,hearing_aids", MED)),
        gb_crash(APP, rng, ("java.lang.IllegalStateException", "AudioTrack underrun"),
                 [gb_crumb("navigation", "Calibrate -> Test"),
                  gb_crumb("audio", "route", {"out": "bt_a2dp"})], screen="ToneTestActivity"),
        fx_eval(APP, rng, {"tier": "plus"}),
        nj_register(APP, rng, tags={"retest_due": "2026-06"}),
        pq_save(APP, rng, {"analytics": True, "ads": False}),
        pg_confirm(APP, rng, "24.99"),
        nd_message(APP, rng, L("My audiogram shows mild loss at 4 kHz, should I see a doctor?",
                               f"{TEXT}|{MED}"), {"tier": "plus"}),
    ]
