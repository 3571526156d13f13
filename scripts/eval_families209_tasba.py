"""An Indigenous territorial government's app "Tasba Aslika" (fictional territory "Tasba Raya"
around Bilwi: community membership, the communal land's use and the community judge; its API's
keys are Miskito as a local developer writes them: ``nina`` first name, ``kiamka`` family name
(lineage), ``nina_sut`` full name, ``imel`` e-mail, ``telefon`` phone, ``ki`` password (key),
``kainara_yu`` birth date, ``waikna_mairin`` sex (``mairin`` woman), ``nasin`` people/ethnic
origin, ``sedula`` ID card number, ``utla_pliska`` house address, ``tawan`` community/town,
``barrio`` neighbourhood, ``maia`` spouse, ``luhpia`` child, ``aslika_namba`` member number,
``insla`` farm plot, ``insla_mark`` its corners, ``wihta`` community judge, ``aiklabanka``
dispute, ``sindiku`` síndico, ``lalah`` amount, ``lalah_yabanka`` payment, ``wark_yu`` communal
work day, ``dus`` timber/firewood, ``pliska`` place, ``bila`` message, ``lilka`` photo,
``plikanka`` search, ``dia_mapara`` purpose, ``wala_upla`` the other person,
``lukanka`` opinion (a vote: ``au`` yes), ``dukia`` device (lit. "thing"), ``yang`` me,
``ivent`` events, ``tuktan_brisa`` pregnant (lit. "has a child"), ``mani`` years):
registration with her household, log-in, ``/me``, the membership certificate (aval) and its PDF
by member number in the path, a plot requested with its corners, its fee, a case before the
wihta with a photo, communal work attendance, a timber permit, an assembly vote (msgpack), a
protobuf boundary walk, a search, notices by cookie, a message to the síndico, the household's
health census line, the certificate shared with her bank (base64 JSON in a form), push, events and
a log-out. No earlier set has an Indigenous territorial government (sets 125 and 159 have land
titles, set 142 a barangay's documents): here it is communal land in usufruct and a community
judge."""

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
from eval_families209_kit import (
    DAUGHTER,
    DUE,
    HOME,
    HOME_AT,
    HUSBAND,
    PLOT_AT,
    RESIDENCE,
    TERRITORY,
    fix,
    hd,
    obj,
)
from eval_families209_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families209_svc import cy_save, fn_eval, hs_message, mm_geocode, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tasba", "Tasba Aslika", "com.example.tasbaaslika", "1.8.2",
          "https://api.tasbaaslika.example.org")
IID = "X-Tasba-Device"
PW = "Wangki#Bilwi2025"
NID = "personal.national_id"
MEMBER = "TR-BLW-04417"  # her community member number (id.user)
PREG = f"{SENS}|{MED}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
RIGO = f"{HUSBAND['first']} {HUSBAND['last']}"
WORK_FIX = (14.031884, -83.383512)  # her phone at the communal clean-up


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, miq=True, **kw)


def tasba() -> list[Case]:
    rng = random.Random(20901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), aslika_namba=L(MEMBER, UID)))}
    wla, wlo = fix(WORK_FIX, 4)
    lab: dict[str, str] = {}
    walk = pb([(1, L(MEMBER, UID)), (2, "ins_tuapi_22"), (3, 1766152800),
               (4, [(1, L(PLOT_AT[1][0], PRECISE)), (2, L(PLOT_AT[1][1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    aval = at_path(case(f, f"{a}/api/v1/upla/{MEMBER}/aval", headers=_h(rng, **b),
                        query={"formato": "pdf"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/upla/dimaia", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "kainara_yu": L("17/05/1991", BIRTH),
            "waikna_mairin": L("mairin", GENDER), "nasin": L("Amerikan", SENS),
            "sedula": L(RESIDENCE, NID), "utla_pliska": L(HOME["line"], ADDR),
            "barrio": L(HOME["barrio"], COARSE), "tawan": L(HOME["town"], COARSE),
            "maia": {"nina_sut": L(RIGO, NAMEC), "sedula": L(HUSBAND["ced"], NID),
                     "nasin": L("Miskitu", SENS), "telefon": L(HUSBAND["phone"], TEL)},
            "territorio": TERRITORY["id"]}),
        case(f, f"{a}/api/v1/upla/login", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "ki": L(PW, CRED), "dukia": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/upla/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/aval", headers=_h(rng, **b), body={
            "aslika_namba": L(MEMBER, UID), "dia_mapara": L("Bank ra account kaikaia", TEXT),
            "tawan": L("Bilwi", COARSE), "mani_tawan_ra": 9,
            "luhpia": [{"nina_sut": L(KID, NAMEC), "kainara_yu": L(DAUGHTER["dob"], BIRTH),
                        "nasin": L("Miskitu", SENS)}]}),
        aval,
        case(f, f"{a}/api/v1/insla", headers=_h(rng, **b), body={
            "aslika_namba": L(MEMBER, UID), "tawan": L("Tuapi", COARSE), "ektarea": 1.2,
            "insla_mark": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in PLOT_AT],
            "dia_pura": "yuca, kiki, banana", "maia_wal": L(RIGO, NAMEC)}),
        case(f, f"{a}/api/v1/insla", headers=_h(rng, **b), query={
            "aslika_namba": L(MEMBER, UID), "status": "aktivo"}),
        case(f, f"{a}/api/v1/insla/ins_tuapi_22/lalah", fmt="form", headers=_h(rng, **b), body={
            "lalah": L("350.00", BUY), "moneda": "NIO", "lalah_yabanka": L(opaque(rng, "pm_", 24),
                                                                          PAY),
            "kard_las4": L("4444", PAY), "recibo": obj(rng, "rc")}),
        case(f, f"{a}/api/v1/wihta/aiklabanka", headers=_h(rng, **b), body={
            "aslika_namba": L(MEMBER, UID), "wala_upla": L("Orlando Kingsman Davis", NAMEC),
            "bila": L("Orlando Kingsman insla mark ra fence ba klauhbrisa, yang insla ra bip "
                      "nani dimi", f"{TEXT}|{NAMEC}"),
            "wihta": "wt_tuapi", "yu": "2025-12-15"}),
        multipart(f, f"{a}/api/v1/wihta/aiklabanka/ak_7781/lilka", [
            ("lilka", "fence.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"bila": L("Fence kauhkan", TEXT),
                                                "insla": "ins_tuapi_22"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/wark_yu/diman", headers=_h(rng, **b), body={
            "wark_yu": "wy_2025_12_20", "aslika_namba": L(MEMBER, UID),
            "pliska": {"lat": wla, "lng": wlo}, "barrio_office": {
                "lat": TERRITORY["lat"], "lng": TERRITORY["lon"]}}),
        case(f, f"{a}/api/v1/dus/permit", headers=_h(rng, **b), body={
            "aslika_namba": L(MEMBER, UID), "dus": "santa maría", "pies": 240,
            "dia_mapara": L("Rigo dori kum daukaia", TEXT),
            "lalah": L(120, BUY)}),
        case(f, f"{a}/api/v1/asamblea/votar", fmt="msgpack", headers=_h(rng, **b), body={
            "asamblea": "as_2025_12", "aslika_namba": L(MEMBER, UID), "lukanka": "au",
            "tawan": L("Bilwi", COARSE)}),
        raw(f, f"{a}/api/v1/insla/ins_tuapi_22/walk", walk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/plikanka", headers=_h(rng, **b), query={
            "plikanka": L("insla lalah nahki yabaia", SEARCH), "pag": "1"}),
        case(f, f"{a}/api/v1/notisia", headers=_h(rng, how="none"), cookies={
            "ta_sesion": L(opaque(rng, "", 40), CRED), "ta_dukia": L(INSTALL_ID, DID),
            "ta_req": rid(rng)}),
        case(f, f"{a}/api/v1/sindiku/bila", headers=_h(rng, **b), body={
            "sindiku": "sd_bilwi_02",
            "bila": L("Sindiku, yang telefon +1 555 010 0199, insla papel ba nahki pyua ra?",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/utla/upla", headers=_h(rng, **b), body={
            "aslika_namba": L(MEMBER, UID), "mairin": {
                "tuktan_brisa": L(True, PREG), "tuktan_balaia_yu": L(DUE, PREG)},
            "luhpia": {"nina": L(DAUGHTER["first"], NAMEC), "mani": L(7, BIRTH)},
            "upla_sut": 3}),
        case(f, f"{a}/api/v1/aval/bank", fmt="form", headers=_h(rng, **b), body={
            "data": W({"aslika_namba": L(MEMBER, UID), "sedula": L(RESIDENCE, NID),
                       "nina_sut": L(f"{FIRST} {LAST}", NAMEC)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/dukia", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "dukia_id": L(INSTALL_ID, DID),
            "bila": L("miq", DEV), "pyua_zona": L("America/Managua", DEV),
            "modelo": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("aval_request", 1), ev("screen", 2, screen=L("InslaMap", USAGE)),
                ev("insla_paid", 3, lalah=L(350, BUY))]}),
        case(f, f"{a}/api/v1/upla/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dukia": L(INSTALL_ID, DID)}),
    ]


def tasba_sdks() -> list[Case]:
    rng = random.Random(20902)
    return [
        mc_batch(APP, rng, [("Aval Requested", {"kind": "bank"}),
                            ("Plot Mapped", {"corners": 4})], at=HOME_AT, nd=2,
                 locale="miq_NI"),
        mc_identify(APP, rng, {"tawan": L("Bilwi", COARSE), "aslika_namba": L(MEMBER, UID)}),
        tn_launch(APP, rng, first=True),
        fn_eval(APP, rng, {"territorio": TERRITORY["id"], "role": "comunaria"}),
        pt_register(APP, rng, lang="miq", at=HOME_AT, nd=2,
                    tags={"tawan": L("Bilwi", COARSE), "wihta": "wt_tuapi"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, PLOT_AT[0], PRECISE, nd=5),
        mm_geocode(APP, rng, "Tuapi", "behavior.search", near=HOME_AT, nd=3),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "polygon not closed"),
                 [cd_crumb("nav", "Insla -> Mark"), cd_crumb("tap", "close_polygon")],
                 screen="InslaMarkActivity"),
        hs_message(APP, rng, L("Aval PDF ba apu sa, yang sedula RN-0457721", f"{TEXT}|{NID}"),
                   {"aslika_namba": L(MEMBER, UID)}),
    ]
