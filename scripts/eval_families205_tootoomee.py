"""A household altar and family-tomb app "Uyafaafuji" (ancestors: the lunar-calendar year of an
Okinawan household's ancestor rites, the tablets (``tootoomee``) on the altar, offerings ordered
for delivery, the Shiimii tomb visit and its cleaning, the seventh-year memorial of her late
father-in-law, a consultation with a ``yuta``; her husband's family's religion, which she keeps
with them). Uchinaaguchi keys: ``chu_nu_naa`` a person's full name, ``miiru``, ``keetai``,
``kakushi_kutuba``, ``sumee``, ``machi``, ``yuubin``, ``yaa`` household (``yaa_bangoo`` its
account), ``munchuu`` patrilineal clan, ``shinkuu`` faith, ``uyafaafuji`` ancestors,
``tootoomee`` ancestral tablets, ``kankii`` relation, ``nenchi`` memorial year, ``kyuureki``
lunar date, ``uguwan`` rite, ``hinukan`` hearth god, ``ubuku`` rice offering, ``uchikabi`` paper
money for the dead, ``juubaku`` food boxes, ``haka`` tomb, ``shiimii`` the Qingming tomb visit,
``mabuigumi`` soul-returning rite, ``suudan`` consultation, ``keishuu`` succession, ``kifu``
donation, ``ukui_saki`` addressee, ``dinwa``, ``chuumun`` order, ``jin``, ``harai``,
``kuudu``, ``kuma``, ``nishi_hai`` / ``agari_iri``, ``yuntaku``, ``kutuba``, ``tumi``,
``wan``. Calls: the household's registration, an e-mail code, ``/wan``, the tablets' names, the
lunar calendar, the seventh-year memorial at her mother-in-law's house, offerings for Shiimii
(msgpack) and their payment, the tomb's cleaning (its point), the tomb visit with her fix, a
family photo, a ``yuta`` consultation for Mio, the memorials by household number in the path, a
family message, a search, the hearth-god log, the tablets' succession, a clan donation, the
receipt by cookie, lunar reminders, push and events. Earlier ancestor apps are a pagoda's
donations (125), a church's genealogy (135), one ceremony's feast (155, 169) and a priest's
shraddha rite (174, 175); this one is the household's own altar calendar, offerings and tomb."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    BROTHER_IL,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    LATE_FIL,
    MOTHER_IL,
    TOMB_AT,
    fix,
    hd,
    push,
)
from eval_families205_sdk import mc_batch, mc_queue, tn_event, tn_launch
from eval_families205_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uyafaafuji", "Uyafaafuji", "com.example.uyafaafuji", "4.0.2",
          "https://api.uyafaafuji.example.com")
IID = "X-Uyafaafuji-Kikai"
PW = "Shiimii#Nago2026"
REL = SENS
ORDER = "UF-ORD-26-0331"  # the Shiimii offerings order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ja=True, **kw)


def uyafaafuji() -> list[Case]:
    rng = random.Random(20531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, yaa_bangoo=L(HOUSEHOLD, UID), miiru=L(EMAIL, MAIL),
                                    munchuu=L("Tamashiro munchuu (Nago)", REL)))}
    tla, tlo = fix(TOMB_AT, 5)
    memorials = at_path(case(f, f"{a}/v1/yaa/{HOUSEHOLD}/nenchi", headers=_h(rng, **b)),
                        HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/yaa", headers=_h(rng), body={
            "chu_nu_naa": L(f"{FIRST} {LAST}", NAMEC), "miiru": L(EMAIL_MIXED, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED),
            "sumee": L(HOME["line"], ADDR), "machi": L(HOME["town"], COARSE),
            "yuubin": L(HOME["post"], COARSE), "yaa_bangoo": L(HOUSEHOLD, UID),
            "munchuu": L("Tamashiro munchuu (Nago)", REL),
            "shinkuu": L("uyafaafuji uguwan (ancestor veneration)", REL)}),
        case(f, f"{a}/v1/auth/miiru", fmt="form", headers=_h(rng), body={
            "miiru": L(EMAIL, MAIL), "kuudu": L("804417", CRED)}),
        case(f, f"{a}/v1/wan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tootoomee", headers=_h(rng, **b), body={
            "yaa_bangoo": L(HOUSEHOLD, UID), "tootoomee_kata": L("kuro nuri, 8 fuda", REL),
            "uyafaafuji": [
                {"chu_nu_naa": L(LATE_FIL[0], NAMEC), "guso_ichi": LATE_FIL[1],
                 "kankii": "wuttu_nu_taarii"},
                {"chu_nu_naa": L("Seitoku Tamashiro", NAMEC), "guso_ichi": "1988-10-02",
                 "kankii": "usumee"},
                {"chu_nu_naa": L("Kamaa Tamashiro", NAMEC), "guso_ichi": "1995-05-21",
                 "kankii": "haamee"}]}),
        case(f, f"{a}/v1/kyuureki", headers=_h(rng, **b), query={
            "tushi": "2026", "shinkuu": L("uyafaafuji", REL)}),
        case(f, f"{a}/v1/nenchi", headers=_h(rng, **b), body={
            "nenchi": L("shichinenchi (7th-year memorial)", REL), "kyuureki": "2026-01-27",
            "uyafaafuji": L(LATE_FIL[0], NAMEC),
            "tukuru": {"sumee": L(MOTHER_IL["line"], "contact.address"),
                       "machi": L(MOTHER_IL["town"], COARSE)},
            "ninzuu": 25, "juubaku": 3}),
        case(f, f"{a}/v1/chuumun", fmt="msgpack", headers=_h(rng, **b), body={
            "chuumun": L(ORDER, BUY), "uguwan": L("shiimii", REL),
            "shina": [{"id": "juubaku_kan_3dan", "kazu": 3, "chassa": 5400},
                      {"id": "uchikabi_100", "kazu": 2, "chassa": 330}],
            "jin": L(16860, BUY),
            "ukui_saki": {"chu_nu_naa": L(BROTHER_IL[0], NAMEC),
                          "dinwa": L(BROTHER_IL[1], TEL),
                          "sumee": L(MOTHER_IL["line"], ADDR),
                          "yuubin": L(MOTHER_IL["post"], COARSE)},
            "todoku_hii": "2026-04-04"}),
        case(f, f"{a}/v1/harai", fmt="form", headers=_h(rng, **b), body={
            "chuumun": L(ORDER, BUY), "jin": L("16860", BUY), "tsuuka": "JPY",
            "harai": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/haka/soouji", headers=_h(rng, **b), body={
            "haka": {"nishi_hai": L(TOMB_AT[0], PRECISE), "agari_iri": L(TOMB_AT[1], PRECISE)},
            "haka_nu_naa": "Tamashiro-baka", "hii": "2026-04-01", "jin": L(15000, BUY),
            "gyousha": "sv_nago_green", "yaa_bangoo": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/haka/sanpai", headers=_h(rng, **b), body={
            "uguwan": L("shiimii", REL), "kuma": {"nishi_hai": tla, "agari_iri": tlo},
            "ninzuu": 11, "sanpai_id": rid(rng)}),
        multipart(f, f"{a}/v1/shashin", [
            ("photo", "shiimii_2026.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("meta", None, "application/json", {
                "kutuba": L("Shiimii at the tomb with the whole family", f"{TEXT}|{REL}"),
                "yaa_bangoo": L(HOUSEHOLD, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/yuta/suudan", headers=_h(rng, **b), body={
            "yuta": "yt_0042", "hii": "2026-04-11",
            "suudan": L("Mio lost her mabui when she fell at school; we want a mabuigumi.",
                        f"{TEXT}|{REL}|{NAMEC}"),
            "uguwan": L("mabuigumi", REL), "jin": L(10000, BUY)}),
        memorials,
        case(f, f"{a}/v1/yuntaku", headers=_h(rng, **b), body={
            "heya": "tamashiro_choodee",
            "kutuba": L("Tsuyoshi, please bring the uchikabi and the ubuku on Sunday.",
                        f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/tumi", headers=_h(rng, **b), query={
            "tumi": L("juubaku menu for shiimii", SEARCH)}),
        case(f, f"{a}/v1/hinukan", headers=_h(rng, **b), body={
            "kyuureki": "2026-02-15", "ubuku": L(True, REL),
            "sasagi": [L("ucha", REL), L("uchikabi", REL), L("mizi", REL)],
            "yaa_bangoo": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/tootoomee/keishuu", headers=_h(rng, **b), body={
            "keishuu": L("chakunan keishuu (eldest-son line)", REL),
            "tsugu_chu": {"chu_nu_naa": L(HUSBAND[0], NAMEC), "keetai": L(HUSBAND[1], TEL)},
            "yaa_bangoo": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/kifu", fmt="form", headers=_h(rng, **b), body={
            "jin": L("10000", BUY), "munchuu": L("Tamashiro munchuu (Nago)", REL),
            "harai": L(opaque(rng, "pm_", 24), PAY), "tokumei": "0"}),
        case(f, f"{a}/v1/uketui/latest", headers=_h(rng, how="none"), cookies={
            "uf_sesshon": L(opaque(rng, "", 40), CRED), "uf_kikai": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/reminders", headers=_h(rng, **b), body={
            "kyuureki": ["2026-02-15", "2026-03-01", "2026-03-15"],
            "uguwan": [L("hinukan", REL), L("tootoomee", REL), L("shiimii", REL)],
            "tuchi": "07:30"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ja_JP")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("chuumun", 1, uguwan=L("shiimii", REL)),
                ev("screen", 2, screen=L("Kyuureki", USAGE))]}),
    ]


def uyafaafuji_sdks() -> list[Case]:
    rng = random.Random(20532)
    return [
        mc_batch(APP, rng, [("Offerings Ordered", {"rite": L("shiimii", REL)}),
                            ("Memorial Planned", {"kind": L("shichinenchi", REL)})],
                 locale="ja_JP"),
        mc_queue(APP, rng, [("Tomb Visit", {"rite": L("shiimii", REL)}),
                            ("Photo Taken", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"chuumun": L(ORDER, BUY)}, revenue=16860.0),
        fn_eval(APP, rng, {"shinkuu": L("uyafaafuji", REL), "machi": L("Nago", COARSE)}),
        pt_register(APP, rng, lang="ja", tags={"uguwan": L("shiimii", REL)}),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "16860"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (TOMB_AT, PRECISE)]),
        hs_message(APP, rng, L(f"The juubaku for order {ORDER} have not arrived in Nago",
                               f"{TEXT}|{BUY}|{COARSE}"), {"yaa_bangoo": L(HOUSEHOLD, UID)}),
    ]
