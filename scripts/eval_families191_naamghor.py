"""A satra's and the village namghar's devotee app "Naamghor" (Neo-Vaishnavite: the Bhogpur Satra
on Majuli, where her husband's family are disciples, and the Na-Ali namghar in Jorhat). Its API's
keys are Assamese in Latin letters as a Jorhat developer writes them (``x`` for the Assamese
s-sound): ``naam`` first name, ``upadhi`` surname, ``mobile_nombor`` mobile number,
``gupt_xobdo`` password ("secret word"), ``jonmo_tarikh`` birth date, ``linga`` sex (``mohila``
woman), ``thikona`` address, ``xohor`` town, ``jila`` district, ``dhormo`` faith, ``xoron_loa``
the date she took initiation (xoron), ``bhakat_nombor`` devotee number, ``swami`` husband,
``xahu`` mother-in-law, ``daan`` donation, ``porimaan`` amount, ``uddexya`` purpose,
``upasthiti`` attendance, ``anusthan`` rite, ``okhyangxo`` / ``dragimangxo`` latitude /
longitude, ``tithi`` death-anniversary rite, ``prayat`` the departed, ``xomporko`` relation,
``prarthona`` prayer, ``bhumika`` role (in a bhaona play), ``bahon`` transport, ``abostha``
condition, ``alohi`` guests, ``chobi`` photo, ``barta`` message, ``sondhan`` search, ``sontan``
child, ``ghotona`` events, ``yontro`` device, ``bhaxa`` language): registration, a log-in and an
SMS code, ``/moi``, her register entry by number in the path, the naam-prasanga timetable, Raas
attendance with her fix, a donation by UPI, her late father-in-law's tithi, a prayer request, a
bhaona role, wheelchair transport for her mother-in-law, prasad (msgpack), a satra guest-house
stay, a photo, a message, a receipt by cookie, a protobuf kirtan beat, a search, Junali's
children's class, push, events and a log-out."""

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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families191_kit import (
    BHAKAT,
    DAUGHTER,
    FATHER_IL,
    HOME,
    HUSBAND,
    IN_PHONE,
    JORHAT_AT,
    JORHAT_HOME,
    MOTHER_IL,
    NAMGHAR,
    SATRA,
    SATRA_FIX,
    TZ,
    VPA,
    fix,
    hd,
    obj,
)
from eval_families191_sdk import (
    bj_bid,
    cr_crash,
    cr_crumb,
    lm_batch,
    lm_identify,
    ts_event,
    ts_launch,
)
from eval_families191_svc import cx_save, hg_message, mb_route, pk_register, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("naamghor", "Naamghor", "com.example.naamghor", "3.4.1",
          "https://api.naamghor.example.org")
IID = "X-Naamghor-Yontro"
PW = "Madhavdev@1596"
DOB_IN = "17/05/1991"
REL = SENS
VPAL = f"{PAY}|{TEL}"  # her UPI address carries her Indian number


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, asm=True, **kw)


def naamghor() -> list[Case]:
    rng = random.Random(19101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bhakat=L(BHAKAT, UID),
                                    satra=L(SATRA["name"], REL)))}
    sla, slo = fix(SATRA_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(BHAKAT, UID)), (2, L(SATRA["id"], REL)), (3, 1773830400),
               (4, [(1, L(SATRA_FIX[0], PRECISE)), (2, L(SATRA_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    entry = at_path(case(f, f"{a}/api/v1/bhakat/{BHAKAT}", headers=_h(rng, **b)), BHAKAT, UID)
    return [
        case(f, f"{a}/api/v1/panjiyon", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "upadhi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile_nombor": L(IN_PHONE, TEL), "gupt_xobdo": L(PW, CRED),
            "jonmo_tarikh": L(DOB_IN, BIRTH), "linga": L("mohila", GENDER),
            "thikona": L(HOME["line"], ADDR), "xohor": L(HOME["town"], COARSE),
            "jila": L(HOME["district"], COARSE), "pin": L(HOME["pin"], COARSE),
            "dhormo": L("Ekasarana Vaishnav", REL), "satra": L(SATRA["id"], REL),
            "xoron_loa": L("2023-03-08", REL),
            "swami": {"naam": L(HUSBAND[0], NAMEC), "mobile_nombor": L(HUSBAND[1], TEL)},
            "bhakat_nombor": L(BHAKAT, UID), "xorto_manilu": True}),
        case(f, f"{a}/api/v1/pravex", fmt="form", headers=_h(rng), body={
            "mobile_nombor": L(IN_PHONE, TEL), "gupt_xobdo": L(PW, CRED), "mone_rakha": "1"}),
        case(f, f"{a}/api/v1/otp/satyapon", fmt="form", headers=_h(rng), body={
            "mobile_nombor": L(IN_PHONE, TEL), "otp": L("318604", CRED)}),
        case(f, f"{a}/api/v1/moi", headers=_h(rng, extra=jw)),
        entry,
        case(f, f"{a}/api/v1/naam_prasanga", headers=_h(rng, **b), query={
            "namghar": L(NAMGHAR["id"], REL), "tarikh": "2026-03-18"}),
        case(f, f"{a}/api/v1/upasthiti", headers=_h(rng, **b), body={
            "bhakat_nombor": L(BHAKAT, UID), "anusthan": L("Raas Mahotsav", REL),
            "satra": L(SATRA["id"], REL),
            "sthan": {"okhyangxo": sla, "dragimangxo": slo, "nikhutota": 11},
            "satrar_sthan": {"okhyangxo": SATRA["lat"], "dragimangxo": SATRA["lon"]},
            "upasthiti_id": obj(rng, "up")}),
        case(f, f"{a}/api/v1/daan", fmt="form", headers=_h(rng, **b), body={
            "satra": L(SATRA["id"], REL), "uddexya": L("Raas Mahotsav bhog", REL),
            "porimaan": L("1101", BUY), "mudra": "INR", "upi": L(VPA, VPAL),
            "gupt_daan": "0"}),
        case(f, f"{a}/api/v1/tithi", headers=_h(rng, **b), body={
            "prayat": L(FATHER_IL, NAMEC), "xomporko": "xahur", "tarikh": "2026-02-21",
            "namghar": L(NAMGHAR["id"], REL), "anusthan": L("naam-kirtan aru bhog", REL),
            "dokkhina": L(501, BUY), "bhakat_nombor": L(BHAKAT, UID)}),
        case(f, f"{a}/api/v1/prarthona", headers=_h(rng, **b), body={
            "barta": L("Mor xahu Anima Baruahr hatur operation xukrobare, tekhetor babe "
                       "prarthona koribo", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "dekhuwa": "satradhikar_matro"}),
        case(f, f"{a}/api/v1/bhaona/bhumika", fmt="form", headers=_h(rng, **b), body={
            "bhaona": "bh_rukmini_haran", "bhumika": L("Rukmini", REL),
            "bhakat_nombor": L(BHAKAT, UID), "onuxilon": "xonibar"}),
        case(f, f"{a}/api/v1/bahon/anurodh", headers=_h(rng, **b), body={
            "jatri": {"naam": L(MOTHER_IL[0], NAMEC), "mobile_nombor": L(MOTHER_IL[1], TEL)},
            "huilchair": L(True, REL),
            "abostha": L("Bhori bikol, huilchairot thake; hatur oxukh", f"{TEXT}|{REL}|{MED}"),
            "thikona": L(JORHAT_HOME["line"], ADDR),
            "sthan": {"okhyangxo": L(JORHAT_AT[0], PRECISE), "dragimangxo": L(JORHAT_AT[1],
                                                                             PRECISE)},
            "namghar": L(NAMGHAR["id"], REL), "tarikh": "2026-02-21", "xomoy": "06:30"}),
        case(f, f"{a}/api/v1/prasad", fmt="msgpack", headers=_h(rng, **b), body={
            "bostu": [{"naam": "mah-prasad", "poriman": 2, "dam": 40},
                      {"naam": "laru", "poriman": 1, "dam": 120}],
            "porimaan": L(200, BUY), "thikona": L(HOME["line"], ADDR),
            "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/api/v1/atithi_griha", headers=_h(rng, **b), body={
            "satra": L(SATRA["id"], REL), "agomon": "2026-03-17", "prosthan": "2026-03-19",
            "alohi": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                      L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC)],
            "kotha": "kt_2", "xongrokhon": L("BS-AG-26-0311", BUY), "porimaan": L(900, BUY)}),
        multipart(f, f"{a}/api/v1/chobi", [
            ("chobi", "raas_2026.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {
                "album": "raas-2026",
                "biboron": L("Raas-ot Junali aru Pranjalr logot", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/barta", headers=_h(rng, **b), body={
            "prapok": "satra_karyaloi",
            "barta": L("Moi aru mor swami Pranjal Baruah (+919864021735) Raas-ot xewa dibo "
                       "bisaru", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/roxid/xeshot", headers=_h(rng, how="none"), cookies={
            "ng_sesion": L(opaque(rng, "", 40), CRED), "ng_yontro": L(INSTALL_ID, DID),
            "ng_req": rid(rng)}),
        raw(f, f"{a}/api/v1/kirtan/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sondhan", headers=_h(rng, **b), query={
            "sondhan": L("Madhavdevr borgeet Payo more", SEARCH), "pristha": "1"}),
        case(f, f"{a}/api/v1/sontan/xiksha", headers=_h(rng, **b), body={
            "sontan": {"naam": L(DAUGHTER["first"], NAMEC), "upadhi": L(DAUGHTER["last"], NAMEC),
                       "jonmo_tarikh": L(DAUGHTER["dob"], BIRTH),
                       "linga": L("suwali", GENDER)},
            "xreni": L("xishu borgeet xreni", REL), "namghar": L(NAMGHAR["id"], REL),
            "obhibhawok": L(BHAKAT, UID)}),
        case(f, f"{a}/api/v1/yontro", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "yontro_id": L(INSTALL_ID, DID),
            "bhaxa": L("as", DEV), "xomoy_khondo": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "byabohari": L(USER_ID, UID), "ghotona": [
                ev("daan", 1, porimaan=L(1101, BUY)), ev("upasthiti", 2),
                ev("porda", 3, porda=L("NaamPrasanga", USAGE))]}),
        case(f, f"{a}/api/v1/bahir", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yontro": L(INSTALL_ID, DID)}),
    ]


def naamghor_sdks() -> list[Case]:
    rng = random.Random(19102)
    return [
        lm_batch(APP, rng, [("Donation Made", {"uddexya": L("Raas Mahotsav bhog", REL),
                                                "amount": L(1101, BUY)}),
                            ("Attendance Marked", {"rite": L("Raas Mahotsav", REL)})],
                 at=SATRA_FIX, nd=2, locale="as_IN"),
        lm_identify(APP, rng, {"satra": L(SATRA["name"], REL), "bhakat": L(BHAKAT, UID),
                               "xohor": L("Guwahati", COARSE)}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "donation", {"uddexya": L("Raas Mahotsav bhog", REL)},
                 revenue=1101.0, currency="INR", hashed=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="devotional,borgeet,majuli"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "upi intent cancelled"),
                 [cr_crumb("nav", "Daan -> UpiSheet"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/v1/daan", "status": 502})],
                 screen="DaanActivity"),
        pk_register(APP, rng, lang="as", at=JORHAT_AT, nd=2,
                    tags={"satra": L(SATRA["id"], REL), "namghar": L(NAMGHAR["id"], REL)}),
        cx_save(APP, rng, {"analytics": True, "marketing": False}),
        py_confirm(APP, rng, "1101.00"),
        mb_route(APP, rng, [(JORHAT_AT, PRECISE), ((NAMGHAR["lat"], NAMGHAR["lon"]), None)],
                 mode="walking"),
        hg_message(APP, rng, L("Mor daanr roxid ahi pua nai", f"{TEXT}|{REL}"),
                   {"bhakat": L(BHAKAT, UID)}),
    ]
