"""Smart baby bottle and feeding tracker "Bottlebee": sign-up, a log-in, ``/me``, her
daughter's profile, pairing the bottle, a feed, the feed's suck-pressure trace (gzip JSON),
offline feeds synced (msgpack), growth, symptoms and a medicine, her pumping log, a caregiver
invited, the pediatrician, the baby's photo, a milestone, sleep, feeds by the baby's ID in the
query, the warmer, a formula reorder, a Play subscription, push, events and the family by a
cookie GET."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import obj
from eval_families49_kit import BABY, BABY_ID, BOTTLE, FORMULA_SKU, PEDIATRICIAN, feeds, suck_trace
from eval_families49_sdk import (
    bq_bid,
    bq_notice,
    cm_event,
    cm_session,
    cw_crash,
    cw_crumb,
    eb_batch,
    eb_identify,
)
from eval_families49_svc import aj_attach, pm_opened, pm_register, ps_check
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("bottlebee", "Bottlebee", "com.example.bottlebee", "5.2.3",
          "https://api.bottlebee.example.com")
IID = "Bb-Install-Id"
PW = "Honeycomb!Nap4"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def bottlebee() -> list[Case]:
    rng = random.Random(4931)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(BABY_ID, UID)]))}
    b = {"auth": "bearer"}
    feed = obj(rng, "fd", 10)
    return [
        case(f, f"{a}/v1/users", headers=_h(rng, lang=True), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "name": L(NAME, NAMEC),
            "phone": L(E164, TEL), "units": "ml", "marketingOptIn": False}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/babies", headers=_h(rng, **b), body={
            "id": L(BABY_ID, UID), "name": L(BABY[0], NAMEC), "birthDate": L(BABY[1], BIRTH),
            "sex": L(BABY[2], GENDER), "birthWeightG": L(3340, FIT),
            "gestationWeeks": L(39, MED), "feeding": "combination"}),
        case(f, f"{a}/v1/bottles/pair", headers=_h(rng, **b), body={
            "serial": BOTTLE["serial"], "ble": BOTTLE["ble"], "firmware": BOTTLE["fw"],
            "model": BOTTLE["model"], "battery": BOTTLE["battery"],
            "phoneInstall": L(INSTALL_ID, DID), "baby": L(BABY_ID, UID)}),
        case(f, f"{a}/v1/feeds", headers=_h(rng, **b), body={
            "id": feed, "baby": L(BABY_ID, UID), "start": "2025-12-10T03:12:40-05:00",
            "durationS": L(842, FIT), "preparedMl": 130, "consumedMl": L(115, FIT),
            "milkTempC": 37.1, "tiltAvgDeg": 38, "formula": "Stage 1 Gentle",
            "bottle": BOTTLE["serial"]}),
        case(f, f"{a}/v1/feeds/{feed}/trace", gz=True, headers=_h(rng, **b), body={
            "hz": 10, "pressure": L(suck_trace(rng, 60), FIT), "bottle": BOTTLE["serial"],
            "bursts": L(14, FIT), "pauses": L(13, FIT)}),
        case(f, f"{a}/v1/feeds/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "bottle": BOTTLE["serial"], "baby": L(BABY_ID, UID), "feeds": feeds(rng, 3),
            "fw": BOTTLE["fw"]}),
        case(f, f"{a}/v1/growth", headers=_h(rng, **b), body={
            "baby": L(BABY_ID, UID), "date": "2025-12-08", "weightG": L(5420, FIT),
            "lengthCm": L(58.5, FIT), "headCm": L(38.9, FIT), "source": "pediatrician"}),
        case(f, f"{a}/v1/health", headers=_h(rng, **b), body={
            "baby": L(BABY_ID, UID), "symptoms": [L("reflux", MED), L("spit-up after feeds", MED)],
            "medication": {"name": L("Famotidine", MED), "dose": L("0.5 mL twice daily", MED)},
            "note": L("Spits up more with the new formula and arches her back", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/pumping", headers=_h(rng, **b), body={
            "side": "left", "ml": L(90, FIT), "minutes": L(18, FIT),
            "at": "2025-12-10T05:40:00-05:00"}),
        case(f, f"{a}/v1/caregivers/invite", fmt="form", headers=_h(rng, **b), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL), "role": "parent", "baby": L(BABY_ID, UID)}),
        case(f, f"{a}/v1/pediatrician", headers=_h(rng, **b), body={
            "name": L(PEDIATRICIAN[0], NAMEC), "phone": L(PEDIATRICIAN[1], TEL),
            "shareWeeklySummary": True}),
        at_path(multipart(f, f"{a}/v1/babies/{BABY_ID}/photo", [
            ("photo", "ava.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"takenAt": "2025-12-07T11:02:00-05:00"})],
            headers=_h(rng, **b)), BABY_ID, UID),
        case(f, f"{a}/v1/milestones", headers=_h(rng, **b), body={
            "baby": L(BABY_ID, UID), "milestone": "first_smile",
            "note": L("Ava smiled at Alex during the 3 am feed", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/sleep", headers=_h(rng, **b), body={
            "baby": L(BABY_ID, UID), "start": "2025-12-10T03:35:00-05:00",
            "end": "2025-12-10T06:10:00-05:00", "minutes": L(155, FIT)}),
        case(f, f"{a}/v1/feeds", headers=_h(rng, **b), query={
            "baby": L(BABY_ID, UID), "from": "2025-12-01", "limit": "50"}),
        case(f, f"{a}/v1/warmer/start", fmt="form", headers=_h(rng, **b), body={
            "bottle": BOTTLE["serial"], "targetC": "37", "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/formula/reorder", headers=_h(rng, **b), body={
            "sku": FORMULA_SKU, "qty": 2, "total": L("67.98", BUY),
            "address": {"line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v1/billing/google", headers=_h(rng, **b), body={
            "sku": L("bb_plus_monthly", BUY), "token": L(play_token(rng), BUY),
            "package": APP.pkg}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "device": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v1/analytics", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("feed_logged", 1, source="bottle"), ev("trace_viewed", 2),
                ev("screen", 3, screen=L("FeedDetail", USAGE))]}),
        case(f, f"{a}/v1/family", headers=_h(rng, how="nodash"),
             cookies={"bb_session": L(opaque(rng, "", 48), CRED)}),
    ]


def bottlebee_sdks() -> list[Case]:
    rng = random.Random(4932)
    return [
        eb_batch(APP, rng, [("Feed Logged", {"ml": L(115, FIT), "source": "bottle"}),
                            ("Growth Added", {})], adid=True),
        eb_identify(APP, rng, {"babyAgeWeeks": L(12, BIRTH), "plan": "plus", "units": "ml"}),
        cm_session(APP, rng, first=True),
        cm_event(APP, rng, "subscription_start", {"sku": "bb_plus_monthly"}, revenue="7.99",
                 hashed=True),
        bq_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}}, yob=1991, gender="F",
               keywords="newborn,formula,baby sleep"),
        bq_notice(APP, rng, "win"),
        cw_crash(APP, rng, ("android.bluetooth.BluetoothGattException", "status 8"),
                 [cw_crumb("navigation", "Feeds -> LiveFeed"),
                  cw_crumb("log", "ble notify", {"bottle": BOTTLE["serial"]})],
                 screen="LiveFeedActivity"),
        pm_register(APP, rng, tags={"baby_age_weeks": L(12, BIRTH), "night_feeds": "on"}),
        pm_opened(APP, rng, "night_feed_summary"),
        ps_check(APP, rng, {"analytics": True, "ads": True}),
        aj_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "leaking_nipple.jpg", "image/jpeg"),
    ]
