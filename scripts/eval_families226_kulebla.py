"""Brown-tree-snake sightings and trap volunteers' app "Atan Kulebla" (``atan`` look, ``kulebla``
snake; the island's invasive-species desk): its API's keys are CHamoru as a local developer
writes them (ASCII, no glottal stops or accents) with English where APIs keep it: ``naan`` first
name, ``apiyidu`` surname, ``telefon`` phone, ``kontrasena`` password, ``songsong`` village,
``kodigu_postat`` post code, ``direksion`` street address, ``boluntario`` volunteer, ``lugat``
place (``latitud`` / ``longitud``), ``fecha`` / ``ora`` date / hour, ``linekka`` length,
``nota`` note, ``litratu`` photo, ``lasu`` trap, ``chaka`` the live mouse used as bait,
``konne`` caught, ``poste`` power pole, ``mensahi`` message, ``aligao`` search, ``patgon`` child,
``idat`` age, ``kodigu`` code, ``aparatu`` device, ``lenguahi`` language): sign-up, log-in,
``/yo``, a sighting in her yard with her fix, its photo, sightings near her house (3 decimals),
the trap she hosts on the back fence, a trap check (msgpack), a protobuf trap beat, an offline
queue of checks (JSON Lines), a power outage at a pole down the road (5-decimal strings), a
training class, volunteer hours with her daughter, hours by volunteer number in the path, a
neighbour's sighting she passes on, a message to the biologist, a search, a session-cookie GET,
push, events and a log-out. No earlier set has an invasive-species or snake app ("tree snake",
"invasive" and "kulebla" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families226_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    POLE,
    POLE_AT,
    SNAKE_OFFICE,
    TRAP,
    TZ,
    VOLUNTEER,
    YARD_AT,
    fix,
    hd,
    obj,
)
from eval_families226_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_launch,
)
from eval_families226_svc import (
    cy_save,
    fn_eval,
    hs_attach,
    mm_reverse,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("atankulebla", "Atan Kulebla", "com.example.atankulebla", "2.4.1",
          "https://api.atankulebla.example.org")
IID = "X-Kulebla-Aparatu"
PW = "Kulebla!Dededo26"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
NEIGHBOUR = ("Vicente Quinata", "+16715550136")  # a neighbour she names (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ch=True, **kw)


def atankulebla() -> list[Case]:
    rng = random.Random(22611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), boluntario=L(VOLUNTEER, UID),
                                    songsong=L(HOME["village"], COARSE)))}
    yla, ylo = fix(YARD_AT)
    report = obj(rng, "rp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, TRAP), (3, 1768180000),
               (4, [(1, L(YARD_AT[0], PRECISE)), (2, L(YARD_AT[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV)), (6, "2.4.1")], "", lab)
    hours = at_path(case(f, f"{a}/api/v1/boluntario/{VOLUNTEER}/ora", headers=_h(rng, **b),
                         query={"mes": "2026-01"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/api/v1/rehistra", headers=_h(rng), body={
            "naan": L(FIRST, NAMEC), "apiyidu": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasena": L(PW, CRED),
            "direksion": L(HOME["line"], ADDR), "songsong": L(HOME["village"], COARSE),
            "kodigu_postat": L(HOME["zip"], COARSE), "boluntario": True,
            "lenguahi": L("ch", DEV)}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kontrasena": L(PW, CRED), "fanhasso": "1"}),
        case(f, f"{a}/api/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/reporte", headers=_h(rng, **b), body={
            "reporte": report, "fecha": "2026-01-11", "ora": "21:40",
            "lugat": {"latitud": yla, "longitud": ylo, "presision": 5},
            "linekka_cm": 110, "halom_guma": False, "lugat_lie": "trongkon mangga",
            "nota": L("Kulebla gi trongkon mangga gi tatten guma-hu, dankolo, kalan 1 metro",
                      TEXT), "boluntario": L(VOLUNTEER, UID)}),
        multipart(f, f"{a}/api/v1/reporte/{report}/litratu", [
            ("litratu", "kulebla_mangga.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {"reporte": report, "flash": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/reporte/hihot", headers=_h(rng, **b), query={
            "latitud": L(f"{HOME_AT[0]:.3f}", PRECISE), "longitud": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "2", "dias": "30"}),
        case(f, f"{a}/api/v1/lasu", headers=_h(rng, **b), body={
            "lasu": TRAP, "boluntario": L(VOLUNTEER, UID), "direksion": L(HOME["line"], ADDR),
            "lugat": {"latitud": L(YARD_AT[0], PRECISE), "longitud": L(YARD_AT[1], PRECISE)},
            "tipu": "funnel", "ofisina": SNAKE_OFFICE["id"]}),
        case(f, f"{a}/api/v1/lasu/{TRAP}/chek", fmt="msgpack", headers=_h(rng, **b), body={
            "lasu": TRAP, "fecha": "2026-01-12", "chaka_lalala": True, "konne": False,
            "hanom": True, "boluntario": L(VOLUNTEER, UID)}),
        raw(f, f"{a}/api/v1/lasu/{TRAP}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "chek", "lasu": TRAP, "konne": True, "t": 1768266000,
             "boluntario": L(VOLUNTEER, UID),
             "lugat": {"latitud": L(YARD_AT[0], PRECISE), "longitud": L(YARD_AT[1], PRECISE)}},
            {"op": "chaka", "lasu": TRAP, "salape": 0, "t": 1768266060,
             "nota": L("Hu tulaika i chaka, esta mamatai", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/poste", fmt="form", headers=_h(rng, **b), body={
            "poste": POLE, "tipu": "kulebla_gi_alamle",
            "latitud": L(f"{POLE_AT[0]:.5f}", PRECISE), "longitud": L(f"{POLE_AT[1]:.5f}", PRECISE),
            "taya_kurente": "1", "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/v1/klas", fmt="form", headers=_h(rng, **b), body={
            "klas": "kls_hgt_0214", "fecha": "2026-02-14", "boluntario": L(VOLUNTEER, UID),
            "taotao": "2"}),
        case(f, f"{a}/api/v1/ora", headers=_h(rng, **b), body={
            "boluntario": L(VOLUNTEER, UID), "fecha": "2026-01-17", "ora": 3.5,
            "aktibidat": "survey_na_pine", "patgon": {"naan": L(KID, NAMEC),
                                                      "idat": L(DAUGHTER["age"], BIRTH)}}),
        hours,
        case(f, f"{a}/api/v1/reporte/sinangan", headers=_h(rng, **b), body={
            "taotao": {"naan": L(NEIGHBOUR[0], NAMEC), "telefon": L(NEIGHBOUR[1], TEL)},
            "nota": L("Si Vicente lie dos kulebla gi alamle gi entalo' guma-mami", TEXT),
            "songsong": L(HOME["village"], COARSE)}),
        case(f, f"{a}/api/v1/mensahi", headers=_h(rng, **b), body={
            "para": "biologist_desk", "hilo": obj(rng, "th"),
            "mensahi": L("Buenas, i lasu-hu konne kulebla esta ogaan. Ågang yo gi "
                         "+1 555 010 0199 despues di alas singko", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/aligao", headers=_h(rng, **b), query={
            "aligao": L("kulebla halom guma hafa bai hu cho'gue", SEARCH), "paha": "1"}),
        case(f, f"{a}/api/v1/sertifikao", headers=_h(rng, how="none"), cookies={
            "ak_sesion": L(opaque(rng, "", 40), CRED), "ak_aparatu": L(INSTALL_ID, DID),
            "ak_req": rid(rng)}),
        case(f, f"{a}/api/v1/aparatu", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparatu": L(INSTALL_ID, DID),
            "lenguahi": L("ch", DEV), "zona_ora": L(TZ, DEV), "modelu": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/eventu", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventu": [
                ev("reporte", 1, lugat="guma"), ev("lasu_chek", 2),
                ev("pantaya", 3, pantaya=L("MapanReporte", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparatu": L(INSTALL_ID, DID)}),
    ]


def atankulebla_sdks() -> list[Case]:
    rng = random.Random(22612)
    return [
        mc_batch(APP, rng, [("Sighting Reported", {"inside": False}),
                            ("Trap Checked", {"caught": True})], at=HOME_AT, nd=2,
                 locale="ch_GU"),
        mc_pixel(APP, rng, "Map Opened", {"layer": "sightings"}),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=YARD_AT, nd=3,
               keywords="outdoors,pest control,guam"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cd_crumb("nav", "Reporte -> Litratu"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/reporte", "status": 201})],
                 screen="LitratuActivity"),
        fn_eval(APP, rng, {"village": L(HOME["village"], COARSE), "trapHost": True}),
        pt_register(APP, rng, lang="ch", at=HOME_AT, nd=2,
                    tags={"songsong": L(HOME["village"], COARSE), "lasu": TRAP}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, YARD_AT, PRECISE, nd=5),
        mm_telemetry(APP, rng, [POLE_AT, HOME_AT], PRECISE),
        hs_attach(APP, rng, L(JPEG + b"\x4c", MEDIA), "kulebla_lasu.jpg", "image/jpeg"),
    ]
