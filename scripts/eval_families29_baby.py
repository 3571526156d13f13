"""Baby monitor app "Lullabeam", used by a parent: sign-up, the baby's profile and photo, pairing
the nursery camera on the home Wi-Fi, a cry-detection upload with its audio features, cry
feedback, sleep (msgpack), feeding, growth and medicine logs, a grandmother invited to watch,
live view (ICE candidates), push-to-talk, a shared snapshot, a doctor's export and a firmware
check (free tier with native ads)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    EMAIL_UPPER,
    GENDER,
    IPLOC,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PEOPLE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VOICE,
    WAV,
    WIFI,
    multipart,
    push_token,
    relay,
    srflx,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families24_kit import claims, head, rid
from eval_families29_kit import (
    BABY_DOB,
    BABY_FIRST,
    BABY_LAST,
    BABY_SEX,
    NURSERY_CAM,
    PEDIATRIC_PHONE,
    PEDIATRICIAN,
    f0_contour,
    loudness,
    mfcc,
    obj,
)
from eval_families29_sdk import (
    ab_event,
    ab_launch,
    aq_bid,
    gp_crash,
    gp_crumb,
    tf_batch,
    tf_identify,
)
from eval_families29_svc import ak_geocode, cd_message, ow_save, rp_register, sb_eval
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, NAME, SSID, USER_ID, Case, J, L, case

APP = App("lullabeam", "Lullabeam", "com.example.lullabeam", "3.9.0",
          "https://api.lullabeam.example.org")
IID = "X-Lullabeam-Install"
BABY = "bb_5e71a0c4"
C_URL = f"https://api.lullabeam.example.org/v1/cameras/{NURSERY_CAM['serial']}"
HOST_CAND = (f"candidate:1029384756 1 udp 2122260223 {LOCAL_IP} 50418 typ host generation 0 "
             "ufrag Lb9q network-cost 10")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def lullabeam() -> list[Case]:
    rng = random.Random(2951)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), household=obj(rng, "hh")))}
    b = {"auth": "bearer"}
    cases = [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL),
            "password": L("Moonlit-Crib-4", CRED), "role": "parent", "newsletter": False}),
        case(f, f"{a}/v1/session", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L("Moonlit-Crib-4", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/babies", headers=_h(rng, **b), body={
            "first_name": L(BABY_FIRST, NAMEC), "last_name": L(BABY_LAST, NAMEC),
            "birth_date": L(BABY_DOB, BIRTH), "sex": L(BABY_SEX, GENDER),
            "birth_weight_g": L(3180, FIT), "birth_length_cm": L(50.5, FIT),
            "gestational_weeks": L(37, MED), "conditions": [L("reflux", MED)],
            "pediatrician": {"name": L(PEDIATRICIAN, NAMEC), "phone": PEDIATRIC_PHONE}}),
        multipart(f, f"{a}/v1/babies/{BABY}/photo", [
            ("photo", "elio_3months.jpg", "image/jpeg", L(JPEG, MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cameras/claim", headers=_h(rng, **b), body={
            "serial": NURSERY_CAM["serial"], "mac": NURSERY_CAM["mac"],
            "model": NURSERY_CAM["model"], "setup_code": L("LB-7Q2K-9X4M", CRED),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                     "password": L("Maple&Quartz19", CRED)},
            "phone_ip": L(LOCAL_IP, DEV), "room": "Nursery"}),
        case(f, f"{C_URL}/settings", headers=_h(rng, **b), body={
            "night_light": 20, "sound_sensitivity": 7, "temp_alert_c": [18, 24],
            "cry_detection": True, "fw": NURSERY_CAM["fw"]}),
        multipart(f, f"{a}/v1/cry-events", [
            ("audio", "cry_2025-12-09T03-12.wav", "audio/wav", L(WAV, MEDIA)),
            ("features", None, "application/json", {
                "baby_id": BABY, "camera": NURSERY_CAM["serial"], "duration_ms": 9200,
                "mfcc_mean": L(mfcc(rng), VOICE), "f0_hz": L(f0_contour(rng, 24), VOICE),
                "f0_mean": L(452.7, VOICE), "loudness_dba": loudness(rng, 10),
                "reason": {"hungry": 0.62, "tired": 0.21, "discomfort": 0.17},
                "room_temp_c": 21.4, "humidity": 46})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/cry-events/{obj(rng, 'cry')}/feedback", headers=_h(rng, **b), body={
            "actual": "hungry", "helpful": True,
            "comment": L("He settled after a feed, the app was right", TEXT)}),
        case(f, f"{a}/v1/babies/{BABY}/sleep", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "sessions": [
                {"start": L("2025-12-08T19:40", FIT), "end": L("2025-12-09T00:55", FIT),
                 "place": "crib"},
                {"start": L("2025-12-09T01:30", FIT), "end": L("2025-12-09T05:10", FIT),
                 "place": "crib"}], "wakings": L(2, FIT)}),
        case(f, f"{a}/v1/babies/{BABY}/feeds", headers=_h(rng, **b), body={
            "feeds": [{"at": "2025-12-09T00:58", "kind": L("breast_left", FIT),
                       "minutes": L(16, FIT)},
                      {"at": "2025-12-09T05:15", "kind": L("bottle", FIT), "ml": L(120, FIT),
                       "milk": "expressed"}], "diapers": 7}),
        case(f, f"{a}/v1/babies/{BABY}/growth", headers=_h(rng, **b), body={
            "date": "2025-12-05", "weight_g": L(6240, FIT), "length_cm": L(61.0, FIT),
            "head_cm": L(40.2, FIT), "percentile_source": "who"}),
        case(f, f"{a}/v1/babies/{BABY}/health", headers=_h(rng, **b), body={
            "entries": [{"kind": "medicine", "name": L("Vitamin D drops 400 IU", MED),
                         "at": "2025-12-09T08:00"},
                        {"kind": "temperature", "celsius": L(38.1, MED),
                         "at": "2025-12-08T21:30"},
                        {"kind": "vaccine", "name": L("2-month vaccines", MED),
                         "at": "2025-10-16"}],
            "note": L("Slight fever after the shots, gone by morning", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/caregivers", headers=_h(rng, **b), body={
            "name": L(PEOPLE[2][0], NAMEC), "email": L(PEOPLE[2][2], MAIL),
            "phone": L(PEOPLE[2][1], TEL), "role": "viewer", "can_talk": False}),
        case(f, f"{C_URL}/live", headers=_h(rng, **b), body={
            "session_id": rid(rng), "quality": "hd",
            "ice": {"srflx": L(srflx(), IPLOC), "host": L(HOST_CAND, DEV), "relay": relay()}}),
        multipart(f, f"{C_URL}/talk", [
            ("audio", "talk.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"duration_ms": 3800, "volume": 6})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/moments", [
            ("image", "snapshot.jpg", "image/jpeg", L(JPEG + b"\x05", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("First time he rolled over on his own!", TEXT),
                "share_with": [obj(rng, "cg")]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/exports", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "from": "2025-11-01", "to": "2025-12-09",
            "include": "sleep,feeds,growth,health"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "install_id": L(INSTALL_ID, DID),
            "critical_alerts": True}),
        case(f, f"{a}/v1/billing/play/verify", headers=_h(rng, **b), body={
            "product_id": L("lullabeam_plus_yearly", BUY),
            "order_id": L("GPA.3327-5519-0482-11736", BUY),
            "purchase_token": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user_id": L(USER_ID, UID), "events": [
                ev("cry_alert_opened", 1, seconds_to_open=L(14, USAGE)),
                ev("feed_logged", 2), ev("screen_view", 3, screen=L("LiveView", USAGE))]}),
        case(f, f"{C_URL}/firmware", query={"model": NURSERY_CAM["model"],
                                            "fw": NURSERY_CAM["fw"], "channel": "stable"},
             headers=_h(rng, how="none"),
             cookies={"lb_sess": L(opaque(rng, "", 48), CRED), "lb_inst": L(INSTALL_ID, DID)}),
    ]
    return cases


def lullabeam_sdks() -> list[Case]:
    rng = random.Random(2952)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"title":{"len":90}},'
                                    '{"id":2,"img":{"type":3,"w":1200,"h":627}}]}',
                         "ver": "1.2"}, "tagid": "lullabeam_tips_native"}
    return [
        tf_batch(APP, rng, [("Cry Alert Opened", {"reason": "hungry"}),
                            ("Feed Logged", {"kind": L("breast_left", FIT)})], adid=True),
        tf_identify(APP, rng, {"baby_age_weeks": L(17, BIRTH), "first_name": L(FIRST, NAMEC),
                               "last_name": L(LAST, NAMEC), "plan": "free"}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "start_trial", {"plan": "plus_yearly"}, hashed=True),
        aq_bid(APP, rng, native, nd=None, keywords="baby,sleep,parenting"),
        gp_crash(APP, rng, ("java.io.IOException", "audio encoder stalled"),
                 [gp_crumb("navigation", "Home -> LiveView"),
                  gp_crumb("log", "cry upload retry 2")],
                 tags={"camera_fw": NURSERY_CAM["fw"]}, screen="LiveViewActivity"),
        sb_eval(APP, rng, {"cameras": 1, "cryAi": True}),
        rp_register(APP, rng, tags={"baby_months": L(3, BIRTH), "plan": "free"}),
        ow_save(APP, rng, {"analytics": True, "advertising": True}),
        cd_message(APP, rng, L("The cry alert didn't ring last night, he cried for ten "
                               "minutes", TEXT), {"camera_model": NURSERY_CAM["model"]}),
        ak_geocode(APP, rng, "pediatric urgent care", SEARCH),
    ]
