"""Period and fertility tracker "Cyclowen" (free tier with banner ads): onboarding with a
trying-to-conceive goal, daily logs (flow, symptoms, mood, basal temperature, ovulation and
pregnancy tests, sexual activity), an offline sync (msgpack), a Bluetooth thermometer's readings
(protobuf), partner sharing, a ring's nightly data, a community post and reminders."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families20_kit import T0, App, opaque, play_token
from eval_families22_kit import PARTNER, lines
from eval_families24_kit import claims, head, rid
from eval_families27_sdk import (
    atv_event,
    atv_session,
    bm_bid,
    bm_notice,
    fl_crash,
    fl_crumb,
    tally_batch,
    tally_identify,
)
from eval_families27_svc import ah_start, cr_save, fq_eval, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cyclowen", "Cyclowen", "com.example.cyclowen", "3.8.2",
          "https://api.cyclowen.example.org")
IID = "X-Cyclowen-Install"
THERMO = {"serial": "BBT-K2-0049127", "fw": "1.3.2"}  # the thermometer (an accessory)
TEMPS = [(1765170000, 36.41), (1765256400, 36.47), (1765342800, 36.62)]
MED_TEXT, SENS_TEXT = f"{TEXT}|{MED}", f"{TEXT}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _thermo(rng: random.Random) -> Case:
    """The thermometer's memory as schema-less protobuf: readings are repeated field 2 (the
    temperature ``health.medical``), the thermometer's serial and firmware negatives."""
    rows = [(2, [(1, t), (2, c), (3, 1)]) for t, c in TEMPS]
    data = pb([(1, L(USER_ID, UID)), *rows, (3, THERMO["serial"]), (4, THERMO["fw"])], "", {})
    labels = {"1": UID, **{f"2[{i}].2": MED for i in range(len(TEMPS))}}
    return raw(APP.fam, f"{APP.api}/v1/bbt/import", data, "application/x-protobuf", labels,
               headers=_h(rng, auth="bearer"))


def cyclowen() -> list[Case]:
    rng = random.Random(2741)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), premium=False))}
    days = [{"date": d, "flow": L(fl, MED), "bbt_c": L(t, MED), "edited": True}
            for d, fl, t in (("2025-11-22", "heavy", 36.38), ("2025-11-23", "medium", 36.35),
                             ("2025-11-24", "light", 36.4))]
    queue = [{"uid": L(USER_ID, UID), "event": L(n, USAGE), "ts": (T0 + 47 * i) * 1000,
              "props": p} for i, (n, p) in enumerate([
                  ("app_open", {"locked": True}), ("day_logged", {"cycle_day": L(18, MED)}),
                  ("calendar_viewed", {"view": "month"})])]
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L("Lunar-Tide-88", CRED),
            "birth_year": L(1991, BIRTH), "goal": L("get_pregnant", SENS),
            "accept_terms": True, "health_data_consent": True}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL),
            "password": L("Lunar-Tide-88", CRED), "client_id": "cyclowen-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/onboarding", headers=_h(rng, auth="bearer"), body={
            "last_period_start": L("2025-11-22", MED), "cycle_length": L(29, MED),
            "period_length": L(5, MED), "contraception": L("none", MED),
            "conditions": [L("PCOS", MED)], "trying_since": L("2024-10", SENS),
            "height_cm": L(168, FIT), "weight_kg": L(63.8, FIT)}),
        case(f, f"{a}/v1/days/2025-12-09", headers=_h(rng, auth="bearer"), body={
            "flow": L("spotting", MED),
            "symptoms": [L("cramps", MED), L("headache", MED), L("bloating", MED)],
            "mood": [L("anxious", MED)], "bbt_c": L(36.62, MED),
            "cervical_mucus": L("egg_white", MED), "lh_test": L("positive", MED),
            "sex": {"had_sex": L(True, SENS), "protected": L(False, SENS)},
            "note": L("cramps worse than usual on the left side, took ibuprofen", MED_TEXT),
            "water_glasses": 6, "client_rev": 118}),
        case(f, f"{a}/v1/sync", fmt="msgpack", headers=_h(rng, auth="bearer"),
             body={"uid": L(USER_ID, UID), "days": days, "client_rev": 121, "offline": True}),
        _thermo(rng),
        multipart(f, f"{a}/v1/tests/pregnancy", [
            ("photo", "test_stick.jpg", "image/jpeg", L(JPEG, f"{MEDIA}|{SENS}")),
            ("result", None, "application/json", {"result": L("negative", SENS),
                                                  "dpo": L(11, MED),
                                                  "taken_at": "2025-12-09T07:02:00-05:00"})],
            headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/partner/invite", headers=_h(rng, auth="bearer"), body={
            "name": L(PARTNER[0], NAMEC), "email": L(PARTNER[2], MAIL),
            "phone": L(PARTNER[1], TEL),
            "share": {"period": True, "fertile_window": True, "sex": False, "mood": False}}),
        case(f, f"{a}/v1/reports/export", fmt="form", headers=_h(rng, auth="bearer"), body={
            "email": L(EMAIL, MAIL), "range": "6_cycles", "format": "pdf",
            "include_notes": "1"}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, auth="bearer"), body={
            "type": "supplement", "name": L("Prenatal vitamin with folic acid", MED),
            "time": "21:00", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}),
        case(f, f"{a}/v1/predictions/feedback", headers=_h(rng, auth="bearer"), body={
            "cycle_id": "cy_" + opaque(rng, "", 10),
            "ovulation_confirmed": L("2025-12-07", MED), "method": L("lh_test", MED)}),
        case(f, f"{a}/v1/community/posts", headers=_h(rng, auth="bearer"), body={
            "forum": "ttc-over-30", "display_name": L("moonjane", UID),
            "text": L("14 months trying and my first positive ovulation test in ages. Any "
                      "tips on timing?", SENS_TEXT), "client_id": rid(rng)}),
        case(f, f"{a}/v1/articles", headers=_h(rng, auth="bearer"),
             query={"q": L("implantation bleeding", SEARCH), "lang": "en", "page": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, auth="bearer"), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "tz": L("America/New_York", DEV), "discreet": True}),
        lines(f, f"{a}/v1/events/queue", queue, gz=True, headers=_h(rng, auth="bearer")),
        case(f, f"{a}/v1/settings", headers=_h(rng, auth="bearer"), body={
            "pregnancy_mode": L(False, SENS), "temp_unit": "celsius",
            "app_lock": {"enabled": True, "pin": L("2580", CRED)},
            "discreet_notifications": True, "week_starts": "sunday"}),
        case(f, f"{a}/v1/calendar", query={"from": "2025-10-01", "to": "2026-01-31"},
             headers=_h(rng, how="none"),
             cookies={"cw_sess": L(opaque(rng, "", 48), CRED), "cw_inst": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/wearables/connect", headers=_h(rng, auth="bearer"), body={
            "source": "ring", "oauth_code": L(opaque(rng, "oc_", 32), CRED),
            "scopes": ["temperature", "sleep", "heart_rate"]}),
        case(f, f"{a}/v1/wearables/nightly", gz=True, headers=_h(rng, auth="bearer"), body={
            "source": "ring", "nights": [
                {"date": d, "skin_temp_dev_c": L(t, MED), "resting_hr": L(hr, FIT),
                 "hrv_ms": L(hv, FIT), "sleep_min": L(m, FIT)}
                for d, t, hr, hv, m in (("2025-12-08", 0.18, 59, 44, 402),
                                        ("2025-12-09", 0.31, 58, 47, 412))]}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, auth="bearer"), body={
            "product_id": L("cyclowen_plus_yearly", BUY),
            "order_id": L("GPA.3390-1174-6620-41183", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/privacy/requests", fmt="form", headers=_h(rng, auth="bearer"), body={
            "type": "export", "email": L(EMAIL, MAIL),
            "reason": L("I want to know who can see my cycle data", TEXT)}),
    ]
    return cases


def cyclowen_sdks() -> list[Case]:
    rng = random.Random(2742)
    banner = {"banner": {"w": 320, "h": 50, "pos": 3}, "tag": "calendar_banner"}
    return [
        tally_batch(APP, rng, [("Symptom Logged", {"symptom": L("cramps", MED),
                                                   "cycle_day": L(18, MED)}),
                               ("Screen Viewed", {"screen": L("FertileWindow", USAGE)})],
                    adid=True),
        tally_identify(APP, rng, {"goal": L("get_pregnant", SENS), "age": L(34, BIRTH),
                                  "avg_cycle_days": L(29, MED), "plan": "free"}),
        atv_session(APP, rng, first=True),
        atv_event(APP, rng, "trl2dz", callback={"plan": "trial"}, hashed=True),
        bm_bid(APP, rng, banner, nd=None,
               keywords=L("fertility,ttc,ovulation", SENS)),
        bm_notice(APP, rng, "imp"),
        fl_crash(APP, rng, ("java.lang.NumberFormatException", 'For input string: "36,62"'),
                 [fl_crumb("nav", "Today -> LogTemperature"), fl_crumb("tap", "btn_save")],
                 screen="LogTemperatureActivity"),
        fq_eval(APP, rng, {"goal": L("get_pregnant", SENS), "tier": "free"}),
        pg_register(APP, rng, tags={"fertile_alerts": "on", "goal": L("ttc", SENS)}),
        cr_save(APP, rng, {"analytics": True, "advertising": True, "health_data": True},
                receipt=True),
        ah_start(APP, rng, L("The app predicted my period five days late two months in a "
                             "row, my cycles are irregular", MED_TEXT), {"plan": "free"}),
    ]
