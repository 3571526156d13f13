"""A residents' aircraft-noise log "Shizika" (quiet: Goya lies under the approach to the air base
north of Okinawa City; residents log loud flights from home, send recordings, apply for the
soundproofing subsidy, sign the residents' statement and join the noise lawsuit). Uchinaaguchi
keys: ``naa``, ``yaanaa``, ``miiru``, ``keetai``, ``kakushi_kutuba``, ``sumee``, ``shima``,
``machi``, ``yuubin``, ``hookokusha`` reporter (its number), ``utu`` sound, ``utu_nu_takasa``
loudness (dB), ``nagasa`` duration, ``hikuuki`` aircraft, ``kichi`` the base, ``yuru`` night,
``ninjun`` sleep, ``miimii`` ears, ``kusui``, ``bouon`` soundproofing, ``shinsei``
application, ``yaa_nu_nushi`` homeowner, ``yaa_nu_chu`` household members, ``zairyuu_kaado``,
``tushi``, ``umui`` opinion, ``naa_gachi`` signature (lit. "name writing"), ``saiban``
lawsuit, ``genkoku`` plaintiff, ``dantai`` group, ``chuushin`` centre, ``hidari`` / ``migi``
left / right, ``kuma``, ``nishi_hai`` / ``agari_iri``, ``jin``, ``harai``, ``yuntaku``,
``kutuba``, ``tumi``, ``wan``. Calls: the reporter's sign-up, log-in (form), ``/wan``, a noise
event from her flat with its recording, a gzip batch of minute levels, a protobuf beat, a sleep
diary, the soundproofing application (gzip) and a floor-plan photo, her reports by reporter number
in the path, the residents' statement against night flights, the lawsuit's plaintiff form, a
forum post, the noise map, a search, a hearing self-test, notices by cookie, a donation, push and
events. Set 13 has a petition app and 58 an occupational noise dosimeter; none logs aircraft
noise from home with subsidy and lawsuit forms."""

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
    EMAIL_UPPER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    BASE_AT,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    NID,
    REPORTER,
    RESIDENCE_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families205_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    tn_launch,
)
from eval_families205_svc import cy_save, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shizika", "Shizika", "com.example.shizika", "1.3.7", "https://api.shizika.example.com")
IID = "X-Shizika-Device"
PW = "Yuru-Shizika-904"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
GROUP = "Koza Night-Flight Noise Plaintiffs"  # the residents' group (joining it: political)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def shizika() -> list[Case]:
    rng = random.Random(20551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hookokusha=L(REPORTER, UID), shima=L("Goya", COARSE)))}
    hla, hlo = fix(HOME_AT)
    ev_id = obj(rng, "ut")
    lab: dict[str, str] = {}
    beat = pb([(1, L(REPORTER, UID)), (2, 1770930000),
               (3, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
               (4, 101.2), (5, L(77, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/api/v1/hookokusha/{REPORTER}/kiroku", headers=_h(rng, **b),
                        query={"chichi": "2026-02"}), REPORTER, UID)
    return [
        case(f, f"{a}/api/v1/hookokusha", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED),
            "sumee": L(HOME["line"], ADDR), "shima": L(HOME["area"], COARSE),
            "machi": L(HOME["town"], COARSE), "yuubin": L(HOME["post"], COARSE),
            "hookokusha": L(REPORTER, UID)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "miiru": L(EMAIL_UPPER, MAIL), "kakushi_kutuba": L(PW, CRED)}),
        case(f, f"{a}/api/v1/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/utu", headers=_h(rng, **b), body={
            "utu_id": ev_id, "tuchi": "2026-02-13T02:47:10+09:00", "utu_nu_takasa": 96.4,
            "nagasa": 42, "hikuuki": "jet_fighter_pair", "hookokusha": L(REPORTER, UID),
            "kuma": {"nishi_hai": hla, "agari_iri": hlo, "seedo": 6},
            "kichi": {"nishi_hai": BASE_AT[0], "agari_iri": BASE_AT[1]}}),
        multipart(f, f"{a}/api/v1/utu/{ev_id}/rokuon", [
            ("audio", "0247.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"hookokusha": L(REPORTER, UID),
                                                "nagasa": 42, "gain": 0.8})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/utu/batch", gz=True, headers=_h(rng, **b), body={
            "hookokusha": L(REPORTER, UID),
            "kuma": {"nishi_hai": L(round(HOME_AT[0], 3), PRECISE),
                     "agari_iri": L(round(HOME_AT[1], 3), PRECISE)},
            "fun": [{"t": 1770929940 + 60 * i, "db": db} for i, db in
                    enumerate([48.1, 52.6, 88.9, 96.4, 71.0])]}),
        raw(f, f"{a}/api/v1/utu/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ninjun", headers=_h(rng, **b), body={
            "yuru": "2026-02-12", "ninjun_jikan": L(4.5, FIT), "uki_kaazu": L(3, FIT),
            "miimii": L("ringing in the left ear after the 3 a.m. flights", f"{TEXT}|{MED}"),
            "kusui": L("zolpidem 5 mg", MED)}),
        case(f, f"{a}/api/v1/bouon/shinsei", gz=True, headers=_h(rng, **b), body={
            "yaa_nu_nushi": {"naa": L(HUSBAND[0], NAMEC), "keetai": L(HUSBAND[1], TEL)},
            "shinseisha": {"naa": L(f"{FIRST} {LAST}", NAMEC),
                           "zairyuu_kaado": L(RESIDENCE_CARD, NID), "keetai": L(E164, TEL)},
            "sumee": L(HOME["line"], ADDR), "yuubin": L(HOME["post"], COARSE),
            "yaa_nu_chu": [{"naa": L(HUSBAND[0], NAMEC)},
                           {"naa": L(KID, NAMEC), "tushi": L(DAUGHTER["age"], BIRTH)}],
            "madori": "3LDK", "kenchiku_tushi": 1998, "heya": ["shinshitsu", "ima"]}),
        multipart(f, f"{a}/api/v1/bouon/zumen", [
            ("photo", "madori.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"shinsei": obj(rng, "bs")})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/api/v1/umui", headers=_h(rng, **b), body={
            "seimei": L("yakan hikou hantai (against night flights)", SENS),
            "umui": L("Mio wakes up crying at 2 a.m. every time the jets come back.",
                      f"{TEXT}|{SENS}|{NAMEC}"),
            "naa_gachi": L(f"{FIRST} {LAST}", NAMEC), "koukai": False}),
        case(f, f"{a}/api/v1/saiban/genkoku", headers=_h(rng, **b), body={
            "dantai": L(GROUP, SENS),
            "genkoku": {"naa": L(f"{FIRST} {LAST}", NAMEC), "sumee": L(HOME["line"], ADDR),
                        "nmari": L(DOB, BIRTH), "keetai": L(E164, TEL)},
            "sumi_hajimi": "2019-04", "jin": L(2000, BUY)}),
        case(f, f"{a}/api/v1/yuntaku", headers=_h(rng, **b), body={
            "ita": "goya_forum",
            "kutuba": L("3 a.m. take-offs over Goya again, 101 dB in our bedroom.",
                        f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/api/v1/chizu", headers=_h(rng, **b), query={
            "chuushin": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "zoom": "14",
            "kikan": "7d"}),
        case(f, f"{a}/api/v1/tumi", headers=_h(rng, **b), query={
            "tumi": L("night flight noise compensation amount Okinawa City", SEARCH)}),
        case(f, f"{a}/api/v1/miimii", headers=_h(rng, **b), body={
            "hookokusha": L(REPORTER, UID), "hz": [500, 1000, 2000, 4000],
            "hidari": [L(25, MED), L(30, MED), L(35, MED), L(45, MED)],
            "migi": [L(20, MED), L(20, MED), L(25, MED), L(30, MED)]}),
        case(f, f"{a}/api/v1/oshirase", headers=_h(rng, how="none"), cookies={
            "sz_sesshon": L(opaque(rng, "", 40), CRED), "sz_kikai": L(INSTALL_ID, DID),
            "sz_req": rid(rng)}),
        case(f, f"{a}/api/v1/kifu", fmt="form", headers=_h(rng, **b), body={
            "dantai": L(GROUP, SENS), "jin": L("3000", BUY),
            "harai": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("utu_hookoku", 1), ev("screen", 2, screen=L("Chizu", USAGE))]}),
    ]


def shizika_sdks() -> list[Case]:
    rng = random.Random(20552)
    return [
        mc_batch(APP, rng, [("Noise Logged", {"db": 96.4}), ("Recording Sent", {})],
                 at=HOME_AT, nd=3),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="soundproof,windows,earplugs"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "AudioRecord not initialised"),
                 [cd_crumb("nav", "Utu -> Rokuon"), cd_crumb("tap", "rec_button")],
                 screen="RokuonActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"shima": L("Goya", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("My soundproofing application shows no receipt date", TEXT),
                   {"hookokusha": L(REPORTER, UID)}),
    ]
