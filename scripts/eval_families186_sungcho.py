"""A Buddhist public teachings registration and security-pass app "Sungcho" (the spring
teachings at the main temple courtyard in McLeod Ganj: foreigners register with passport and
visa, get a photo pass, and the gate matches faces). Keys are Tibetan in the simplified phonetic
spelling with English: ``tho`` registration, ``sungcho`` teaching, ``wang`` empowerment,
``cholug`` religion, ``dosa`` seat, ``fm`` translation channel, ``sungkyob`` security,
``dongpar`` face template, ``sgo`` gate, ``pass`` pass number, ``visa`` visa number,
``res_permit`` residential permit, ``chodro`` offering, ``kyorog`` companions, ``sanglen``
lost and found, ``menrog`` first aid, and the set's common words (``ming_dangpo``,
``ming_jema``, ``lokthrin``, ``khapar``, ``sangtsig``, ``kyetse``, ``phomo``, ``chilag``,
``khajang``, ``debjang``, ``lo``, ``sane``, ``ngul``, ``thrinyig``, ``yige``, ``tsol``,
``jungwa``): registration (passport, visa, permit, local address, religion), a log-in,
``/nga``, the schedule, a teaching and an empowerment registered, the pass photo, the face
template enrolled at the security desk, a protobuf gate scan with her fix, a cushion seat, the
translation channels, the venue's Wi-Fi joined for the FM stream, a question for the Q&A, a
message about a lost pass quoting its number, a mandala offering, a
search, a lost mala's photo, companion passes for Tenzin and Pema, the queue position with her
fix, the pass by number in the path, a first-aid call (low blood pressure), the pass QR by
cookie GET, push and events. Set 141's monastery app orders readings and butter lamps; this
one is admission and security for a public teaching."""

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
    FACE,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families186_kit import (
    DAUGHTER,
    DH_HOME,
    DH_HOME_AT,
    GREENBOOK_H,
    HUSBAND,
    PASS,
    PASSPORT,
    RES_PERMIT,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    push,
)
from eval_families186_sdk import (
    bz_bid,
    cr_crash,
    cr_crumb,
    lt_launch,
    lt_link,
    ts_batch,
    ts_identify,
)
from eval_families186_svc import cc_save, fd_eval, ms_route, ms_telemetry, pd_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("sungcho", "Sungcho", "com.example.sungcho", "1.3.2", "https://api.sungcho.example.org")
IID = "X-Sungcho-Device"
PW = "Karuna!Tsuglag9"
NID = "personal.national_id"
VISA = "X24P0391178"
TEACHING = "sc_2026_spring_bca"  # the teaching's ID (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> list[float]:
    """The security desk's 128-float face embedding of her (biometric.face)."""
    return [round(rng.gauss(0, 0.09), 5) for _ in range(128)]


def sungcho() -> list[Case]:
    rng = random.Random(18641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), **{"pass": L(PASS, UID)}))}
    lab: dict[str, str] = {}
    gate = pb([(1, L(PASS, UID)), (2, "sgo_north"), (3, 1772150400),
               (4, [(1, L(VENUE_FIX[0], PRECISE)), (2, L(VENUE_FIX[1], PRECISE))]),
               (5, L(63, DEV))], "", lab)
    qla, qlo = fix(VENUE_FIX, 4)
    ala, alo = fix(VENUE_FIX, 5)
    mypass = at_path(case(f, f"{a}/api/pass/{PASS}", headers=_h(rng, **b)), PASS, UID)
    return [
        case(f, f"{a}/api/tho", headers=_h(rng), body={
            "ming_dangpo": L(FIRST, NAMEC), "ming_jema": L(LAST, NAMEC),
            "lokthrin": L(EMAIL, MAIL), "khapar": L(E164, "contact.phone"),
            "sangtsig": L(PW, CRED), "kyetse": L(DOB, BIRTH), "phomo": L("mo", GENDER),
            "gyalkhab": "US", "chilag": L(PASSPORT, NID), "visa": L(VISA, NID),
            "res_permit": L(RES_PERMIT, NID), "khajang": L(DH_HOME["line"], ADDR),
            "drongkhyer": L(DH_HOME["town"], COARSE), "cholug": L("nangpa (Buddhist)", SENS)}),
        case(f, f"{a}/api/zhug", fmt="form", headers=_h(rng), body={
            "lokthrin": L(EMAIL, MAIL), "sangtsig": L(PW, CRED)}),
        case(f, f"{a}/api/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/sungcho", headers=_h(rng, **b), query={
            "lo": "2026", "keyig": L("en", DEV)}),
        case(f, f"{a}/api/sungcho/{TEACHING}/tho", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "sungcho": L("Bodhicharyavatara, days 1-3", SENS),
            "wang": L("Avalokiteshvara empowerment", SENS), "fm": "en-92.3",
            "dosa_rig": "foreigners"}),
        multipart(f, f"{a}/api/pass/par", [
            ("par", "pass_photo.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"pass": L(PASS, UID), "rig": "pass_photo"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/sungkyob/dongpar", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "dongpar": L(_face(rng), FACE), "model": "fe-v3-128",
            "tsad": 0.93}),
        raw(f, f"{a}/api/sgo/beat", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/dosa/ngongak", fmt="form", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "dosa": "F-12", "sungcho": TEACHING}),
        case(f, f"{a}/api/fm", headers=_h(rng, **b), query={"keyig": L("en", DEV)}),
        case(f, f"{a}/api/wifi/zhug", headers=_h(rng, **b), body={
            "ssid": L("Tsuglag-Teachings-FM", WIFI), "bssid": L("e8:48:b8:07:3c:51", WIFI),
            "pass": L(PASS, UID)}),
        case(f, f"{a}/api/sungcho/{TEACHING}/dri", headers=_h(rng, **b), body={
            "pass": L(PASS, UID),
            "yige": L("How can a lay practitioner with a small child keep a daily practice?",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/thrinyig", headers=_h(rng, **b), body={
            "la": "registration_desk",
            "yige": L("I lost my pass near the north gate, the pass number is SC-26-F-048213",
                      f"{TEXT}|{UID}")}),
        case(f, f"{a}/api/chodro", fmt="form", headers=_h(rng, **b), body={
            "rig": L("mandala offering", SENS), "ngul": L("1100", BUY),
            "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/tsol", headers=_h(rng, **b), query={
            "tsol": L("cushion rental near temple", SEARCH)}),
        multipart(f, f"{a}/api/sanglen", [
            ("par", "mala.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {
                "yige": L("Lost my rosewood mala with a turquoise guru bead in the east section",
                          f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/kyorog", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "kyorog": [
                {"ming": L(HUSBAND[0], NAMEC), "debjang": L(GREENBOOK_H, NID)},
                {"ming": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "lo": L(9, BIRTH), "debjang": L(DAUGHTER["gb"], NID)}]}),
        case(f, f"{a}/api/sane", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "sane": {"lat": qla, "lng": qlo},
            "venue": {"id": VENUE["id"], "lat": VENUE["lat"], "lng": VENUE["lon"]}}),
        mypass,
        case(f, f"{a}/api/menrog", headers=_h(rng, **b), body={
            "pass": L(PASS, UID), "sane": {"lat": ala, "lng": alo},
            "yige": L("Feeling faint in the sun, I have low blood pressure", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/pass/qr", headers=_h(rng, how="none"), cookies={
            "sc_session": L(opaque(rng, "", 40), CRED), "sc_dev": L(INSTALL_ID, DID),
            "sc_prefs": W({"pass": L(PASS, UID), "keyig": L("en", DEV)}, "b64json"),
            "sc_req": rid(rng)}),
        case(f, f"{a}/api/yoche", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/jungwa", headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("pass_scanned", 1), ev("nyenngo", 2, nyenngo=L("FmPlayer", USAGE))]}),
    ]


def sungcho_sdks() -> list[Case]:
    rng = random.Random(18642)
    link = U("https://sungcho.example.org/p", {"pass": L(PASS, UID), "src": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        ts_batch(APP, rng, [("Teaching Registered", {"teaching": L("Bodhicharyavatara", SENS)}),
                            ("Gate Passed", {"gate": "north"})], at=VENUE_FIX, nd=2),
        ts_identify(APP, rng, {"cholug": L("nangpa", SENS), "pass": L(PASS, UID),
                               "drongkhyer": L("Dharamshala", COARSE)}),
        lt_launch(APP, rng, first=True),
        lt_link(APP, rng, link),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,himachal"),
        cr_crash(APP, rng, ("java.lang.SecurityException", "camera busy"),
                 [cr_crumb("nav", "Pass -> Dongpar"), cr_crumb("tap", "capture")],
                 screen="DongparActivity"),
        fd_eval(APP, rng, {"venue": VENUE["id"], "teaching": L("spring-bca", SENS)}),
        pd_register(APP, rng, tags={"sungcho": L("spring-bca", SENS), "fm": "en"}),
        cc_save(APP, rng, {"analytics": True, "marketing": False}),
        ms_route(APP, rng, [(DH_HOME_AT, PRECISE), ((VENUE["lat"], VENUE["lon"]), None)],
                 mode="walking"),
        ms_telemetry(APP, rng, [VENUE_FIX, (32.233105, 76.324012)], PRECISE),
    ]


__all__ = ["sungcho", "sungcho_sdks"]
