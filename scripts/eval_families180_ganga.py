"""Ganga water-quality volunteer app "Jalparakh" (a citizens' network that samples the river at
Varanasi's ghats each week; she is a volunteer). Its API's keys are Bhojpuri in Latin letters:
``sewak`` volunteer (her number), ``naanv``/``titil``, ``imel``, ``mobail``, ``kunji``,
``janam_tarikh``, ``shahar``, ``peshaa`` occupation, ``namuna`` sample, ``paani`` water,
``tapman`` temperature, ``ghulit_oxygen`` dissolved oxygen, ``maila`` turbidity, ``rang``
colour, ``gandh`` smell, ``tippani`` remark, ``thaur`` place, ``akshansh``/``deshantar``
latitude/longitude, ``najdik`` nearby, ``kachra`` litter, ``kism`` kind, ``swasthya`` health,
``lakshan`` symptoms (``khujli`` itch, ``bukhar`` fever), ``prashikshan`` training, ``aapat``
emergency, ``sampark`` contact, ``praman_patra`` certificate, ``pata`` address, ``rakam``
amount, ``sanesa`` message, ``khoj`` search, ``sirf_wifi`` Wi-Fi only): sign-up, an OAuth
password grant, ``/hamaar``, ghats near her house, a sample at Assi with her fix, its photo, a
protobuf walk beat, an offline queue of samples (msgpack), an itch after sampling, a litter
report (a 5-decimal string), the leaderboard, training with her husband as emergency contact, a
test kit bought, the certificate by volunteer number in the path, the group chat, a search, the
Wi-Fi-only upload setting (her home network), a badge by cookie, push, events and a refresh.
The readings (temperature, pH, oxygen, turbidity) are the river's (unlabelled)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families180_kit import (
    ASSI_FIX,
    DASH_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    RAJ_FIX,
    SEWAK,
    STATION,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import (
    bb_bid,
    bb_notice,
    ct_session,
    gl_batch,
    gl_queue,
    tc_launch,
    tc_link,
)
from eval_families180_svc import mg_geocode, mg_telemetry, pn_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, U, case

APP = App("jalparakh", "Jalparakh", "com.example.jalparakh", "2.4.1",
          "https://api.jalparakh.example.org")
IID = "X-Jalparakh-Yantar"
PW = "AssiGhat!Ganga7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def _reading(rng: random.Random) -> dict[str, Any]:
    return {"tapman": round(rng.uniform(18, 22), 1), "ph": round(rng.uniform(7.6, 8.3), 2),
            "ghulit_oxygen": round(rng.uniform(5.1, 7.4), 1), "maila": rng.randint(30, 90)}


def jalparakh() -> list[Case]:
    rng = random.Random(18031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), sewak=L(SEWAK, UID)))}
    ala, alo = fix(ASSI_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(SEWAK, UID)), (2, [(1, L(DASH_FIX[0], PRECISE)),
                                        (2, L(DASH_FIX[1], PRECISE)), (3, 11.0)]),
               (3, 1765080000), (4, L(71, DEV))], "", lab)
    cert = at_path(case(f, f"{a}/v1/praman_patra/{SEWAK}", headers=_h(rng, **b)), SEWAK, UID)
    s1 = obj(rng, "nm")
    return [
        case(f, f"{a}/v1/sewak/judin", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "janam_tarikh": L(DOB, BIRTH),
            "shahar": L("Varanasi", COARSE), "peshaa": "shikshika", "sewak": L(SEWAK, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "jalparakh-android"}),
        case(f, f"{a}/v1/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ghat/najdik", headers=_h(rng, **b), query={
            "akshansh": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "deshantar": L(f"{HOME_AT[1]:.3f}", PRECISE), "km": "3"}),
        case(f, f"{a}/v1/namuna", headers=_h(rng, **b), body={
            "namuna": s1, "ghat": "assi", "sewak": L(SEWAK, UID),
            "thaur": {"akshansh": ala, "deshantar": alo, "sateekta": 6},
            "station": {"id": STATION["id"], "akshansh": STATION["lat"],
                        "deshantar": STATION["lon"]},
            **_reading(rng), "rang": "matmaila", "gandh": "halka",
            "tippani": L("Naala ke muhaana ke lage jhaag dekhaail", TEXT)}),
        multipart(f, f"{a}/v1/namuna/phota", [
            ("phota", "assi_namuna.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("jankari", None, "application/json", {
                "namuna": s1, "akshansh": L(ASSI_FIX[0], PRECISE),
                "deshantar": L(ASSI_FIX[1], PRECISE)})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/yatra/dhadkan", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/namuna/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "sewak": L(SEWAK, UID),
            "namune": [{"namuna": obj(rng, "nm"), "ghat": g,
                        "akshansh": L(round(at[0], 6), PRECISE),
                        "deshantar": L(round(at[1], 6), PRECISE), **_reading(rng)}
                       for g, at in (("dashashwamedh", DASH_FIX), ("rajghat", RAJ_FIX))]}),
        case(f, f"{a}/v1/swasthya/lakshan", headers=_h(rng, **b), body={
            "sewak": L(SEWAK, UID), "khujli": L(True, MED), "bukhar": L(False, MED),
            "kahan": L("dunu haath", MED),
            "tippani": L("Namuna lewe ke baad haath pe laal daana aa gail", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kachra", fmt="form", headers=_h(rng, **b), body={
            "kism": "plastic", "matra": "dher",
            "akshansh": L(f"{RAJ_FIX[0]:.5f}", PRECISE), "deshantar": L(f"{RAJ_FIX[1]:.5f}",
                                                                     PRECISE),
            "tippani": L("Rajghat pul ke neeche plastic ke dher", TEXT)}),
        case(f, f"{a}/v1/leaderboard", headers=_h(rng, **b), query={
            "shahar": L("Varanasi", COARSE), "mahina": "2025-12"}),
        case(f, f"{a}/v1/prashikshan/namankan", fmt="form", headers=_h(rng, **b), body={
            "sewak": L(SEWAK, UID), "batch": "DO-kit-3", "tshirt": "M",
            "aapat_naanv": L(HUSBAND["name"], NAMEC), "aapat_mobail": L(HUSBAND["phone"], TEL)}),
        case(f, f"{a}/v1/kit/order", headers=_h(rng, **b), body={
            "kit": "tds-ph-basic", "ginti": 1, "rakam": L(450, BUY),
            "pata": L(HOME["line"], ADDR), "pin": L(HOME["pin"], COARSE), "upi": L(UPI, PAY)}),
        cert,
        case(f, f"{a}/v1/sanesa", headers=_h(rng, **b), body={
            "samuh": "assi-sewak",
            "sanesa": L("Kal bhore 6 baje Assi pe milal jaay, Manoj kit le aaihen", TEXT)}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("ghulit oxygen kam kaahe", SEARCH)}),
        case(f, f"{a}/v1/settings/sync", headers=_h(rng, **b), body={
            "sirf_wifi": True, "wifi_ssid": L(SSID, WIFI), "wifi_bssid": L(BSSID, WIFI)}),
        case(f, f"{a}/v1/badge", headers=_h(rng, how="none"), cookies={
            "jp_session": L(opaque(rng, "", 40), CRED), "jp_yantar": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("namuna_bhejal", 1, ghat="assi"),
                ev("screen", 2, screen=L("NamunaNaksha", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantar": L(INSTALL_ID, DID)}),
    ]


def jalparakh_sdks() -> list[Case]:
    rng = random.Random(18032)
    link = U("https://jalparakh.example.org/j", {"sewak": L(SEWAK, UID), "ref": "mail",
                                                 "em": L(EMAIL, MAIL)})
    return [
        gl_batch(APP, rng, [("Sample Sent", {"ghat": "assi"}), ("Photo Added", {})],
                 at=ASSI_FIX, nd=3),
        gl_queue(APP, rng, [("Sample Queued", {"ghat": "dashashwamedh"}),
                            ("Sample Queued", {"ghat": "rajghat"})]),
        tc_launch(APP, rng, first=True),
        tc_link(APP, rng, link),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="river,ganga,volunteer"),
        bb_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=1930),
        mg_telemetry(APP, rng, [ASSI_FIX, DASH_FIX], PRECISE),
        mg_geocode(APP, rng, "Rajghat Varanasi", SEARCH, near=HOME_AT, nd=3),
        pn_register(APP, rng, at=HOME_AT, nd=2, tags={"ghat": "assi"}),
    ]
