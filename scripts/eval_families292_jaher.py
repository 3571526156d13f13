"""The village sacred grove's app "Jaherbonga" (``jaher`` the sacred grove, ``bonga`` the spirits
worshipped there; the Baskidih Jaherthan committee's app for the households of the village: its
festivals, offerings, dues and the priest's days). Its API's keys are Santali in Latin letters,
ASCII-folded as a Dumka developer types them (no ``ń``, no glottal apostrophe), with the English
words APIs keep and Hindi/Bengali loans where Santali speakers use them: ``nutum`` name,
``paris`` clan, ``mobail`` mobile number, ``uku_sabad`` password ("hidden word"),
``janam_maha`` birth date, ``thikana`` address, ``sohor`` town, ``ato`` village, ``jila``
district, ``herel`` husband, ``hanhar`` mother-in-law, ``kuri_gidri`` daughter, ``ling`` sex,
``orak_nombor`` household number, ``dhorom`` religion, ``porob`` festival, ``chanda`` dues,
``taka`` amount, ``taka_emok`` payment, ``sim`` fowl (offering), ``naeke`` the village priest,
``hajira`` attendance, ``tho`` place, ``akhansa`` / ``dirghansa`` latitude / longitude,
``khobor`` message, ``katha`` remark, ``panja`` search, ``beboharic`` user, ``ghotona`` events,
``jontro`` device, ``parsi`` language, ``okte_tho`` time zone, ``hilok`` day. Registration in
the household register, a log-in, ``/inak``, the festival calendar, the Baha dues, the offering
rota, attendance at Baha with her fix, the priest's days, the household's members, a photo of
the dance, a message to the priest, dues by household number in the path, a search, a gift for
the grove's fence, the festival list (msgpack), a protobuf presence beat, a receipt by cookie, a
Sohrae invitation to her sister, a household link (base64 JSON in a form field), push, events
and a log-out. A docstring grep found no "sarna", "jaher" or sacred-grove app ("sacred grove"
appears only in set 245's list of words that matched nothing)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families292_kit import (
    DAUGHTER,
    DK_HOME,
    HOUSEHOLD,
    HUSBAND,
    JAHER,
    JAHER_FIX,
    MOTHER_IL,
    SISTER_US,
    TZ,
    UPI,
    VILLAGE,
    VILLAGE_HOUSE_AT,
    fix,
    hd,
    obj,
)
from eval_families292_sdk import (
    bs_bid,
    bs_notice,
    cr_crash,
    cr_crumb,
    cr_session,
    hp_event,
    hp_launch,
    lk_batch,
    lk_identify,
)
from eval_families292_svc import hg_message, md_reverse, ps_register, tj_card, tj_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, W, case

APP = App("jaherbonga", "Jaherbonga", "com.example.jaherbonga", "1.8.2",
          "https://api.jaherbonga.example.org")
IID = "X-Jaher-Jontro"
PW = "Baha#Porob2026"
DOB_SAT = "17-05-1991"
REL = SENS  # religion (Sari Dhorom) and ethnic origin (a Santal clan)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sat=True, **kw)


def jaherbonga() -> list[Case]:
    rng = random.Random(29201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), orak=L(HOUSEHOLD, UID),
                                    jaher=L(JAHER["name"], REL)))}
    jla, jlo = fix(JAHER_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, L(JAHER["id"], REL)), (3, 1772438400),
               (4, [(1, L(JAHER_FIX[0], PRECISE)), (2, L(JAHER_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(63, DEV))], "", lab)
    dues = at_path(case(f, f"{a}/api/v1/orak/{HOUSEHOLD}/chanda", headers=_h(rng, **b),
                        query={"serma": "2026"}), HOUSEHOLD, UID)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    return [
        case(f, f"{a}/api/v1/bhorti", headers=_h(rng), body={
            "nutum": L(NAME, NAMEC), "paris": L("Murmu", REL), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "uku_sabad": L(PW, CRED), "janam_maha": L(DOB_SAT, BIRTH),
            "thikana": L(DK_HOME["line"], ADDR), "sohor": L(DK_HOME["town"], COARSE),
            "ato": L(VILLAGE["name"], COARSE), "jila": L(VILLAGE["district"], COARSE),
            "herel": {"nutum": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)},
            "orak_nombor": L(HOUSEHOLD, UID), "dhorom": L("Sari Dhorom", REL),
            "raji": True}),
        case(f, f"{a}/api/v1/bolo", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "uku_sabad": L(PW, CRED), "hara_ocho": "1"}),
        case(f, f"{a}/api/v1/inak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/porob", headers=_h(rng, **b), query={
            "jaher": L(JAHER["id"], REL), "serma": "2026"}),
        case(f, f"{a}/api/v1/chanda", headers=_h(rng, **b), body={
            "orak_nombor": L(HOUSEHOLD, UID), "porob": L("Baha", REL), "taka": L(151, BUY),
            "taka_emok": {"upi": L(UPI, PAY), "reference": rid(rng)}}),
        case(f, f"{a}/api/v1/sim_ader", headers=_h(rng, **b), body={
            "orak_nombor": L(HOUSEHOLD, UID), "porob": L("Baha", REL), "sim": 2,
            "hilok": "2026-03-02", "daka": "10_kg_caole", "line": obj(rng, "rt")}),
        case(f, f"{a}/api/v1/hajira", headers=_h(rng, **b), body={
            "porob": L("Baha", REL), "hilok": "2026-03-02",
            "tho": {"akhansa": jla, "dirghansa": jlo, "sudhi_m": 9},
            "jaher": {"akhansa": JAHER["lat"], "dirghansa": JAHER["lon"]},
            "orak_nombor": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/v1/naeke/hilok", headers=_h(rng, **b), query={
            "jaher": L(JAHER["id"], REL), "chando": "2026-03"}),
        case(f, f"{a}/api/v1/orak_hor", headers=_h(rng, **b), body={
            "orak_nombor": L(HOUSEHOLD, UID), "hor": [
                {"nutum": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL), "sagai": "herel"},
                {"nutum": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL),
                 "sagai": "hanhar"},
                {"nutum": L(kid, NAMEC), "janam_maha": L("03-11-2017", BIRTH),
                 "ling": L(DAUGHTER["sex"], GENDER), "sagai": "kuri_gidri"}]}),
        multipart(f, f"{a}/api/v1/chobi", [
            ("chobi", "baha_enec.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "porob": L("Baha", REL),
                "katha": L("Baha enec at the jaher with Sonamuni and Sunil", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/khobor", headers=_h(rng, **b), body={
            "ema": "naeke_bsk",
            "khobor": L("Naeke baba, my hanhar Phulmani Murmu cannot walk to the jaher this "
                        "Baha, her knees are swollen. Can we bring her sim on the 1st?",
                        f"{TEXT}|{REL}|{MED}|{NAMEC}")}),
        dues,
        case(f, f"{a}/api/v1/panja", headers=_h(rng, **b), query={
            "panja": L("Sohrae porob 2026 hilok", SEARCH), "pata": "1"}),
        case(f, f"{a}/api/v1/dan", fmt="form", headers=_h(rng, **b), body={
            "kami": L("jaher_bera", REL), "taka": L("500", BUY),
            "taka_emok": L(opaque(rng, "pm_", 24), PAY), "uku_nutum": "ban"}),
        case(f, f"{a}/api/v1/porob/sapha", fmt="msgpack", headers=_h(rng, **b), body={
            "orak_nombor": L(HOUSEHOLD, UID), "porob": L("Sohrae", REL),
            "jinis": [{"nutum": "caole", "kg": 5}, {"nutum": "handi_dak", "liter": 3},
                      {"nutum": "sindur", "ganan": 1}],
            "taka": L(420, BUY)}),
        raw(f, f"{a}/api/v1/hajira/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/rasid/latest", headers=_h(rng, how="none"), cookies={
            "jb_sesia": L(opaque(rng, "", 40), CRED), "jb_jontro": L(INSTALL_ID, DID),
            "jb_req": rid(rng)}),
        case(f, f"{a}/api/v1/ewen", headers=_h(rng, **b), body={
            "ema": {"nutum": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "porob": L("Sohrae", REL),
            "khobor": L("Emily, come for Sohrae in October, you will dance with us in Baskidih!",
                        f"{TEXT}|{REL}")}),
        case(f, f"{a}/api/v1/orak/jog", fmt="form", headers=_h(rng, **b), body={
            "data": W({"orak_nombor": L(HOUSEHOLD, UID), "mobail": L(NATIONAL, TEL),
                       "janam_maha": L(DOB_SAT, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/jontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "jontro_id": L(INSTALL_ID, DID),
            "parsi": L("sat", DEV), "okte_tho": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "beboharic": L(USER_ID, UID), "ghotona": [
                ev("chanda", 1, taka=L(151, BUY)), ev("hajira", 2, porob=L("Baha", REL)),
                ev("screen", 3, screen=L("PorobCalendar", USAGE))]}),
        case(f, f"{a}/api/v1/bahre", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jontro": L(INSTALL_ID, DID)}),
    ]


def jaherbonga_sdks() -> list[Case]:
    rng = random.Random(29202)
    return [
        lk_batch(APP, rng, [("Dues Paid", {"festival": L("Baha", REL), "total": L(151, BUY)}),
                            ("Attendance Marked", {"grove": L(JAHER["id"], REL)})],
                 at=JAHER_FIX, nd=2, locale="sat_IN"),
        lk_identify(APP, rng, {"ato": L(VILLAGE["name"], COARSE),
                               "orak_nombor": L(HOUSEHOLD, UID), "dhorom": L("Sari Dhorom", REL)}),
        hp_launch(APP, rng, first=True),
        hp_event(APP, rng, "donation", {"kami": L("jaher_bera", REL)}, revenue=500.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=JAHER_FIX, nd=3,
               keywords="festival,village,music", city="Jamtara"),
        bs_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "calendar month out of range"),
                 [cr_crumb("nav", "Porob -> Calendar"),
                  cr_crumb("net", "GET", {"url": f"{APP.api}/api/v1/porob", "status": 200})],
                 screen="PorobActivity"),
        ps_register(APP, rng, lang="sat", at=VILLAGE_HOUSE_AT, nd=2,
                    tags={"jaher": L(JAHER["id"], REL), "ato": L(VILLAGE["name"], COARSE)}),
        cr_session(APP, rng, secs=612),
        tj_card(APP, rng),
        tj_confirm(APP, rng, "500.00"),
        md_reverse(APP, rng, VILLAGE_HOUSE_AT, PRECISE, nd=5),
        hg_message(APP, rng, L(f"Chanda for orak {HOUSEHOLD} shows unpaid after UPI",
                               f"{TEXT}|{UID}"), {"orak_nombor": L(HOUSEHOLD, UID)}),
    ]
