"""A Moravian congregation's app "Dawan Utla" (``Dawan utla``: church, lit. "God's house"; Bilwi's
central Moravian church; her religion). Its API's keys are Miskito with the church's English
loans: ``nina``/``kiamka`` first/family name, ``imel``, ``telefon``, ``ki`` password,
``kainara_yu`` birth date, ``membar_namba`` member number, ``kongrigeshan`` congregation,
``baptis_yu`` baptism date, ``konfirmeshan`` confirmation, ``maia`` spouse, ``lav_fis``
lovefeast, ``Dawan_bila`` the daily text (watchword), ``sande_skul`` Sunday school, ``aiwanka``
hymn, ``prei_bila`` prayer request, ``lalah_Dawanra`` offering (lit. "money for God"),
``mairin_aslika`` women's fellowship, ``pruan_nani`` the departed, ``kumunion`` communion,
``alergia`` allergy, ``klas`` class, ``pliska`` place, ``lalah`` amount, ``lilka`` photo,
``bila`` message, ``plikanka`` search, ``tuktan_brisa`` pregnant. Registration, an OAuth
password grant, ``/me``, the daily text, lovefeast tickets, an offering, Naomi's Sunday-school
enrolment and attendance, a prayer request about her pregnancy, the Easter sunrise service in
the cemetery with the family graves she will dress, the women's fellowship, a hymn she recorded
for the choir, attendance with her fix, a baptism asked for the coming baby, a message to the
pastor, the register entry by member number in the path, a receipt by cookie, hymn favourites
(msgpack), a protobuf live-stream beat, a search, push, events and a log-out. Churches appear in
sets 122, 126, 130, 132, 134, 136 and 151; none is Moravian: the lovefeast, the daily texts and
the Easter dawn service in God's Acre are new, and the congregation's keys are Miskito."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families209_kit import (
    CHURCH,
    DAUGHTER,
    DUE,
    GODS_ACRE,
    HOME_AT,
    HUSBAND,
    SISTER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families209_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families209_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("morava", "Dawan Utla", "com.example.dawanutla", "3.1.0",
          "https://api.dawanutla.example.org")
IID = "X-DU-Device"
PW = "Kupia!Kumi1849"
MEMBER = "IMN-BLW-2231"  # her member number in the congregation's register (id.user)
REL = SENS
PREG = f"{SENS}|{MED}"
RIGO = f"{HUSBAND['first']} {HUSBAND['last']}"
CHURCH_FIX = (14.030141, -83.384512)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, miq=True, **kw)


def morava() -> list[Case]:
    rng = random.Random(20911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), membar_namba=L(MEMBER, UID),
                                    kongrigeshan=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, "live_sande_0104"), (3, L(2710, USAGE)),
               (4, L(41, DEV))], "", lab)
    reg = at_path(case(f, f"{a}/v2/membar/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/membar", headers=_h(rng), body={
            "nina": L(FIRST, NAMEC), "kiamka": L(LAST, NAMEC), "imel": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "ki": L(PW, CRED), "kainara_yu": L("1991-05-17", BIRTH),
            "membar_namba": L(MEMBER, UID), "kongrigeshan": L(CHURCH["id"], REL),
            "baptis_yu": L("2017-04-16", REL), "konfirmeshan": L(True, REL),
            "maia": L(RIGO, NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "dawanutla-android"}),
        case(f, f"{a}/v2/yang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/Dawan_bila", headers=_h(rng, **b), query={
            "yu": "2026-01-04", "bila": L("miq", DEV), "kongrigeshan": L(CHURCH["id"], REL)}),
        case(f, f"{a}/v2/lav_fis/tiket", headers=_h(rng, **b), body={
            "lav_fis": "lf_navidad_2025", "upla_nani": 3, "lalah": L(150, BUY),
            "moneda": "NIO", "membar_namba": L(MEMBER, UID)}),
        case(f, f"{a}/v2/lalah_Dawanra", fmt="form", headers=_h(rng, **b), body={
            "fondo": L("diezmo", REL), "lalah": L("500", BUY), "moneda": "NIO",
            "lalah_yabanka": L(opaque(rng, "pm_", 24), PAY), "membar_namba": L(MEMBER, UID)}),
        case(f, f"{a}/v2/sande_skul", headers=_h(rng, **b), body={
            "luhpia": {"nina": L(DAUGHTER["first"], NAMEC), "kiamka": L(DAUGHTER["last"], NAMEC),
                       "kainara_yu": L(DAUGHTER["dob"], BIRTH), "baptis": L(True, REL),
                       "alergia": L("peanut", MED)},
            "klas": "tuktan_sirpi", "yapti": L(MEMBER, UID)}),
        case(f, f"{a}/v2/sande_skul/atendans", headers=_h(rng, **b), query={
            "yapti": L(MEMBER, UID), "kati": "2026-01"}),
        case(f, f"{a}/v2/prei_bila", headers=_h(rng, **b), body={
            "bila": L("Pastor, yang tuktan brisa, kati matsip; Dawan ba tuktan ba kaiki "
                      "kabia, Rigo wark ra wan", f"{TEXT}|{PREG}"), "kaikra": "pastor"}),
        case(f, f"{a}/v2/ista/sunrise", headers=_h(rng, **b), body={
            "sirbis": L("Easter sunrise service", REL), "upla_nani": 3,
            "pruan_nani": [L("Silvanus Lackwood Pravia", NAMEC), L("Ofelia Hebbert Cox", NAMEC)],
            "pliska": {"lat": GODS_ACRE[0], "lng": GODS_ACRE[1]}, "flaua": True}),
        case(f, f"{a}/v2/mairin_aslika", fmt="form", headers=_h(rng, **b), body={
            "membar_namba": L(MEMBER, UID), "grup": L("Mairin Aslika Bilwi Central", REL),
            "rol": "sekretaria"}),
        multipart(f, f"{a}/v2/aiwanka/upload", [
            ("aiwanka", "dawan_kupia.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"nina": "Dawan Kupia Pain", "koro": "kr_mairin",
                                                "membar_namba": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/atendans", headers=_h(rng, **b), body={
            "sirbis": L("sande_morning", REL), "yu": "2026-01-04",
            "pliska": {"lat": cla, "lng": clo},
            "church": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]}, "kumunion": L(True, REL)}),
        case(f, f"{a}/v2/baptis/request", headers=_h(rng, **b), body={
            "tuktan_balaia_yu": L(DUE, PREG), "baptis": L("infant baptism", REL),
            "padrinu": [{"nina": L(SISTER_IL["name"], NAMEC),
                         "telefon": L(SISTER_IL["phone"], TEL)}],
            "aisa": L(RIGO, NAMEC)}),
        case(f, f"{a}/v2/pastor/bila", headers=_h(rng, **b), body={
            "pastor": "ps_bilwi_01",
            "bila": L("Pastor, Naomi baptis klas ra dimaia sip? Sande skul ra ailal lais "
                      "brisa", f"{TEXT}|{REL}")}),
        reg,
        case(f, f"{a}/v2/resibo/last", headers=_h(rng, how="none"), cookies={
            "du_sesion": L(opaque(rng, "", 40), CRED), "du_dukia": L(INSTALL_ID, DID),
            "du_req": rid(rng)}),
        case(f, f"{a}/v2/aiwanka/favorit", fmt="msgpack", headers=_h(rng, **b), body={
            "membar_namba": L(MEMBER, UID), "aiwanka": [112, 245, 301],
            "buk": "Moravian Hymnal (Miskitu)"}),
        raw(f, f"{a}/v2/live/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/plikanka", headers=_h(rng, **b), query={
            "q": L("aiwanka Dawan Kupia", SEARCH)}),
        case(f, f"{a}/v2/dukia", headers=_h(rng, **b), body=push(push_token(rng), "miq_NI")),
        case(f, f"{a}/v2/ivent", gz=True, headers=_h(rng, **b), body={
            "upla": L(USER_ID, UID), "ivent": [
                ev("daily_text_read", 1), ev("screen", 2, screen=L("LavFis", USAGE)),
                ev("offering", 3, fondo=L("diezmo", REL))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dukia": L(INSTALL_ID, DID),
            "sesion": obj(rng, "ss")}),
    ]


def morava_sdks() -> list[Case]:
    rng = random.Random(20912)
    return [
        mc_batch(APP, rng, [("Daily Text Read", {"day": "2026-01-04"}),
                            ("Offering Given", {"amount": L(500, BUY)})],
                 at=CHURCH_FIX, nd=2, locale="miq_NI"),
        mc_identify(APP, rng, {"kongrigeshan": L(CHURCH["name"], REL),
                               "membar_namba": L(MEMBER, UID), "tawan": L("Bilwi", COARSE)}),
        mc_pixel(APP, rng, "Daily Text Shared", {"day": "2026-01-05"}),
        tn_event(APP, rng, "offering", {"fondo": L("diezmo", REL)}, revenue=500.0),
        cd_crash(APP, rng, ("java.io.IOException", "m4a upload reset"),
                 [cd_crumb("nav", "Aiwanka -> Record"), cd_crumb("tap", "upload")],
                 screen="AiwankaActivity"),
        pt_register(APP, rng, lang="miq", at=HOME_AT, nd=2,
                    tags={"kongrigeshan": L("Bilwi Central", REL), "koro": "mairin"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (GODS_ACRE, None)], mode="walking"),
        hs_message(APP, rng, L("Lav fis tiket 3 atkri, resibo apu", f"{TEXT}|{BUY}"),
                   {"membar_namba": L(MEMBER, UID)}),
    ]
