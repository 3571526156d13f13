"""Youth race-walking school app "Yakamo" (``yakamo`` walking; Saransk's race-walking school,
where their son Stepan (11) trains in the under-12 group; snake_case keys, Erzya with Russian
sports loans: ``eykaksh`` child, ``lem`` name, ``familiya`` surname, ``chachoma_chi`` birth date,
``pol`` sex (``tsyora`` boy), ``svidetelstvo`` birth certificate, ``roditel`` parent,
``trener`` coach, ``trenirovka`` training, ``ki`` distance, ``shka`` time, ``ves`` weight,
``ser`` height, ``spravka`` medical clearance, ``orma`` illness, ``sorevnovaniya``
competition, ``vznos`` fee, ``pandoma`` payment, ``syorma`` message, ``veshnema`` search):
the parent's log-in (OAuth password grant), ``/me`` with an ``eykakshot`` claim, the child's
registration (birth certificate, SNILS), his timetable by athlete number in the path, the
sports doctor's clearance (photo), the monthly fee, a check-in at the track, his watch's track
(msgpack), the session summary (gzip), a competition entry and results, a message to the coach,
an absence, a training camp, a uniform, a finish photo, a pick-up authorisation, a search, the
watch paired, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    HW,
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
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families277_kit import (
    GROUP,
    HUSBAND,
    MOTHER_IL,
    SCHOOL,
    SON,
    SON_FIX,
    TRACK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families277_sdk import bf_bid, bf_notice, cd_crash, cd_crumb, mc_batch, mc_identify
from eval_families277_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yakamo", "Yakamo", "com.example.yakamo", "1.9.4", "https://api.yakamo.example.org")
IID = "X-Yakamo-Device"
PW = "Stepan2014!Sura"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
WATCH_MAC = "e4:5f:01:3a:9c:72"  # the son's sports watch (a device of the child's)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def yakamo() -> list[Case]:
    rng = random.Random(27731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    ath = SON["athlete"]
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), eykakshot=[L(ath, UID)],
                                    rol="roditel"))}
    tla, tlo = fix(TRACK_FIX)
    plan = at_path(case(f, f"{a}/api/eykaksh/{ath}/raspisanie", headers=_h(rng, **b),
                        query={"kov": "2026-02"}), ath, UID)
    track = [{"lat": L(round(SON_FIX[0] + 0.00021 * i, 6), PRECISE),
              "lon": L(round(SON_FIX[1] - 0.00034 * i, 6), PRECISE),
              "t": 1769932800 + 30 * i, "pulse": L(148 + 3 * i, FIT)} for i in range(4)]
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "yakamo-roditel"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/eykaksh", headers=_h(rng, **b), body={
            "lem": L(SON["first"], NAMEC), "familiya": L(SON["last"], NAMEC),
            "chachoma_chi": L(SON["dob"], BIRTH), "pol": L(SON["sex"], GENDER),
            "svidetelstvo": L(SON["cert"], NID), "snils": L(SON["snils"], NID),
            "shkola": "MOU SOSh 24", "klass": "5B", "sportsmen_numer": L(ath, UID),
            "roditel": {"lem": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                        "otnoshenie": "ava"}, "gruppa": GROUP["id"]}),
        plan,
        multipart(f, f"{a}/api/spravka", [
            ("foto", "spravka_vrach.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "sportsmen": L(ath, UID), "dopusk": L("dopushchen", MED),
                "gruppa_zdorovya": L("osnovnaya", MED), "srok": "2026-08-31"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/vznos", fmt="form", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "kov": "2026-02", "summa": L("1800.00", BUY),
            "valyuta": "RUB", "pandoma": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/trenirovka/kiyak", headers=_h(rng, **b), body={
            "trenirovka": obj(rng, "tr"), "tarka": {"lat": tla, "lon": tlo, "tochnost": 9},
            "stadion": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lon": SCHOOL["lon"]},
            "sportsmen": L(ath, UID)}),
        case(f, f"{a}/api/chasy/trek", fmt="msgpack", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "chasy": L(WATCH_MAC, HW), "tochki": track}),
        case(f, f"{a}/api/trenirovka/itog", gz=True, headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "ki_km": L(6.0, FIT), "shka": L("00:41:12", FIT),
            "temp": L("6:52", FIT), "pulse_sred": L(156, FIT), "pulse_maks": L(182, FIT),
            "ves": L(36.4, FIT), "ser": L(146, FIT), "trener": GROUP["coach"],
            "zamechaniya": 1}),
        case(f, f"{a}/api/sorevnovaniya/zayavka", headers=_h(rng, **b), body={
            "sorevnovaniya": "kubok_rm_u12_2026", "distantsiya": "3km",
            "sportsmen": L(ath, UID), "lem": L(KID, NAMEC), "chachoma_chi": L(SON["dob"], BIRTH),
            "vznos": L(300, BUY), "razryad": "3 yunosheskiy"}),
        case(f, f"{a}/api/sorevnovaniya/rezultat", headers=_h(rng, **b), query={
            "sportsmen": L(ath, UID), "sezon": "2025-2026"}),
        case(f, f"{a}/api/syorma", headers=_h(rng, **b), body={
            "kinen": GROUP["coach"], "tema": obj(rng, "th"),
            "syorma": L("Stepan's left knee hurts since Saturday's 5 km, may he skip Tuesday?",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/otsutstvie", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "ot": "2026-02-10", "do": "2026-02-12",
            "prichina": L("orma", MED), "orma": L("angina, 38.4", MED)}),
        case(f, f"{a}/api/sbory", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "sbory": "sb_leto_2026_1", "pitne": L(21500, BUY),
            "pitanie": L("bez laktozy", MED),
            "ekstrenno": {"lem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/forma/zakaz", fmt="form", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "razmer": "146", "ser": L("146", FIT),
            "summa": L("4200", BUY), "dostavka": "v_shkolu"}),
        multipart(f, f"{a}/api/albom", [
            ("foto", "finish_kubok.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "sportsmen": L(ath, UID),
                "podpis": L("Stepan at the finish, a new best on 3 km!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/doverennost", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "chi": ["vt", "cht"],
            "kin": {"lem": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                    "otnoshenie": "baba"}}),
        case(f, f"{a}/api/magazin/veshnema", headers=_h(rng, **b), query={
            "q": L("krossovki dlya sportivnoy khodby 36", SEARCH), "stranitsa": "1"}),
        case(f, f"{a}/api/chasy/pair", headers=_h(rng, **b), body={
            "sportsmen": L(ath, UID), "mac": L(WATCH_MAC, HW), "model": "Pace Kid 2",
            "firmware": "2.4.11"}),
        case(f, f"{a}/api/ustroystvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/events", headers=_h(rng, how="none"), cookies={
            "ya_sid": L(opaque(rng, "", 40), CRED), "ya_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("trek_opened", 1), ev("ekran", 2, ekran=L("Rezultaty", USAGE))]}),
        case(f, f"{a}/api/liseme", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def yakamo_sdks() -> list[Case]:
    rng = random.Random(27732)
    return [
        mc_batch(APP, rng, [("Training Checked In", {"group": GROUP["id"]}),
                            ("Fee Paid", {"amount": L(1800, BUY)})], at=TRACK_FIX, nd=3),
        mc_identify(APP, rng, {"rol": "roditel", "eykakshot": 1, "osh": L("Saransk",
                                                                           "location.coarse")}),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,kids,athletics"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "trek polyline"),
                 [cd_crumb("nav", "Rezultaty -> Trek")], user={"id": L(USER_ID, UID)},
                 screen="TrekActivity"),
        fn_eval(APP, rng, {"shkola": SCHOOL["id"], "eykakshot": 1}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1800.00"),
        mm_telemetry(APP, rng, [SON_FIX, TRACK_FIX], PRECISE),
        hs_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"sportsmen": L(SON["athlete"], UID)}),
    ]
