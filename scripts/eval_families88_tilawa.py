"""Quran-recitation audio class "Tilawaclass": she joins a women's online circle (halqa) with a
teacher: sign-up, log-in, ``/me``, the profile (her school of law), enrolment and its fee, the
lessons, a recitation recorded and uploaded (M4A) with its metadata, the teacher's feedback
answered, a live class's ICE candidates, memorisation progress, bookmarks, prayer times by her
position, a donation to the mosque school, fasting reminders, the circle's chat (msgpack), a
search, a certificate, the subscription (a Play purchase), push, events and the lessons by a
cookie GET."""

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
    IPLOC,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
    srflx,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head
from eval_families88_kit import HALQA, KANO_HOME_AT, MADRASA_AT, TEACHER, obj
from eval_families88_sdk import kd_batch, kd_screen, tb_bid, tl_link, tl_open
from eval_families88_svc import bg_card, sx_register, td_message, yn_check
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LAT,
    LOCAL_IP,
    LON,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    U,
    case,
)

APP = App("tilawaclass", "Tilawaclass", "com.example.tilawaclass", "5.2.3",
          "https://api.tilawaclass.example.com")
IID = "X-Tc-Install"
PW = "Tajweed-Noon-5510"
NY = f"{LAT:.4f},{LON:.4f}"  # her New York home, where she looks for a mosque for Fridays
HOST_CAND = (f"candidate:1840965 1 udp 2122260223 {LOCAL_IP} 50122 typ host generation 0 "
             "ufrag Rk2p network-id 1")


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def tilawaclass() -> list[Case]:
    rng = random.Random(8831)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    rec = obj(rng, "rec", 10)
    return [
        case(f, f"{a}/api/v3/register", headers=_h(rng), body={
            "firstName": L(FIRST, NAMEC), "lastName": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "phone": L(E164, TEL), "password": L(PW, CRED), "gender": L("female", GENDER),
            "birthYear": L(1991, BIRTH), "level": "beginner"}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": "1"}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/me/profile", headers=_h(rng, **b), body={
            "displayName": L(FIRST, NAMEC), "madhhab": L("Maliki", SENS),
            "goal": "tajweed_basics", "reciterPref": "husary", "avatar": "av_07"}),
        case(f, f"{a}/api/v3/halqas/{HALQA}/enrol", fmt="form", headers=_h(rng, **b), body={
            "teacher": TEACHER["id"], "slot": "sat-07:00", "fee": L("6000", BUY),
            "currency": "NGN"}),
        case(f, f"{a}/api/v3/lessons", headers=_h(rng, **b), query={
            "halqa": HALQA, "teacher": TEACHER["id"], "page": "1"}),
        multipart(f, f"{a}/api/v3/recitations", [
            ("audio", "yasin_1-12.m4a", "audio/mp4", L(M4A + b"\x11", MEDIA)),
            ("meta", None, "application/json", {
                "recording": rec, "surah": 36, "ayahFrom": 1, "ayahTo": 12,
                "durationS": 214, "lesson": obj(rng, "les", 8), "sampleRate": 44100})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/recitations/{rec}/reply", headers=_h(rng, **b), body={
            "text": L("Na gyara madd a aya ta 5, Malama, don Allah ki sake saurara", TEXT),
            "teacher": TEACHER["id"]}),
        case(f, f"{a}/api/v3/live/{HALQA}/ice", headers=_h(rng, **b), body={
            "session": obj(rng, "lv", 12), "candidates": [
                L(srflx(50122), IPLOC), L(HOST_CAND, DEV)], "audioOnly": True,
            "net": {"type": L("wifi", DEV), "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
                    "rssi": -61, "jitterMs": 14}}),
        case(f, f"{a}/api/v3/hifz/progress", headers=_h(rng, **b), body={
            "surahsDone": [1, 112, 113, 114, 103], "juz": 30, "streakDays": L(12, USAGE)}),
        case(f, f"{a}/api/v3/bookmarks", fmt="form", headers=_h(rng, **b), body={
            "surah": "18", "ayah": "10", "note": L("Remember to recite on Friday", TEXT)}),
        case(f, f"{a}/api/v3/prayer-times", headers=_h(rng, **b), query={
            "lat": L(f"{KANO_HOME_AT[0]:.4f}", PRECISE),
            "lon": L(f"{KANO_HOME_AT[1]:.4f}", PRECISE), "method": "MWL",
            "tz": L("Africa/Lagos", DEV)}),
        at_path(case(f, f"{a}/api/v3/masjids/near/{NY}", headers=_h(rng, **b),
                     query={"radiusKm": "3", "jumuah": "1"}), NY, PRECISE),
        case(f, f"{a}/api/v3/donations", fmt="form", headers=_h(rng, **b), body={
            "payee": L("Madrasatul Huda Islamiyya", SENS), "amount": L("5000", BUY),
            "purpose": L("sadaqah", SENS), "anonymous": "0",
            "payeeLat": str(MADRASA_AT[0]), "payeeLon": str(MADRASA_AT[1])}),
        case(f, f"{a}/api/v3/reminders", fmt="form", headers=_h(rng, **b), body={
            "fasting": L("mon_thu", SENS), "dailyAyah": "1", "time": "05:10"}),
        case(f, f"{a}/api/v3/halqas/{HALQA}/chat", fmt="msgpack", headers=_h(rng, **b), body={
            "from": L(USER_ID, UID), "msg": obj(rng, "m", 10),
            "text": L("Assalamu alaikum, I will be ten minutes late today", TEXT),
            "replyTo": "m_" + opaque(rng, "", 10)}),
        case(f, f"{a}/api/v3/search", headers=_h(rng, **b), query={
            "q": L("idgham rules surah mulk", SEARCH), "type": "lesson"}),
        case(f, f"{a}/api/v3/certificates", headers=_h(rng, **b), body={
            "nameOnCertificate": L(NAME, NAMEC), "course": "tajweed-1",
            "halqa": HALQA}),
        case(f, f"{a}/api/v3/billing/play", headers=_h(rng, **b), body={
            "productId": L("tc_monthly_halqa", BUY), "orderId": L("GPA.3391-2207-4410-58812",
                                                                 BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body={
            "fcmToken": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_NG", DEV)}),
        case(f, f"{a}/api/v3/track", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recitation_uploaded", 1, seconds=214), ev("feedback_read", 2),
                ev("screen", 3, screen=L("HalqaRoom", USAGE))]}),
        case(f, f"{a}/api/v3/audio/reference/036/001", headers=_h(rng, how="none")),
        case(f, f"{a}/api/v3/lessons/upcoming", headers=_h(rng, how="nodash"),
             cookies={"tc_sid": L(opaque(rng, "", 36), CRED), "tc_lang": L("ha", DEV)}),
    ]


def tilawaclass_sdks() -> list[Case]:
    rng = random.Random(8832)
    return [
        kd_batch(APP, rng, [("Recitation Uploaded", {"seconds": 214}),
                            ("Lesson Opened", {"surah": 36})], locale="en-US",
                 tz="America/New_York", at=(LAT, LON), nd=2),
        kd_screen(APP, rng, "HalqaRoom", {"live": True}),
        tl_open(APP, rng, first=True),
        tl_link(APP, rng, U("https://tilawaclass.example.com/halqa/join", {
            "h": HALQA, "ref": "hadiza22", "uid": L(USER_ID, UID)})),
        tb_bid(APP, rng, {"video": {"w": 320, "h": 480, "mimes": ["video/mp4"]}},
               at=KANO_HOME_AT, nd=3, yob=1991, gender="F",
               keywords=L("quran,tajweed,islamic", SENS)),
        tb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991),
        sx_register(APP, rng, tags={"halqa": HALQA, "ramadan": L("yes", SENS)}),
        yn_check(APP, rng, {"analytics": True, "ads": True}),
        bg_card(APP, rng),
        td_message(APP, rng, L("My recording stops after two minutes on the live class", TEXT),
                   {"plan": "monthly"}, phone=L(E164, TEL)),
    ]
