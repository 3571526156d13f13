"""An Aglipayan (Iglesia Filipina Independiente) parish cemetery's app "Pakalaglagip" (remembrance:
the family tomb of her husband's grandmother in Vigan, Undas visits, masses for the dead, tomb
upkeep). Its API's keys are Iloko with English: ``miembro`` member, ``relihion`` religion,
``parokia`` parish, ``nabautisaran`` baptised, ``natay`` the departed, ``tanem`` grave,
``misa`` mass, ``kandela`` candle, ``kararag`` prayer, ``atang`` offering, ``bisita`` visitor,
``kumpil`` confirmation, ``pakatayan`` cause of death, ``nagan``, ``apelyido``,
``numero_selpon``, ``sekreto``, ``petsa_pannakayanak``, ``asawa`` spouse, ``gatad``,
``bayad``, ``mensahe``, ``sapul``: registration, an OAuth password grant, ``/siak``, the tomb by
her member number in the path, the departed's record, a mass for the dead, candles, the Undas
pass for the family, her check-in at the tomb, repainting, the payment, the tomb's photo, a prayer
request, the mass schedule, a search, an offering, a novena's attendance (msgpack), the son's
confirmation class, a message to the priest, receipts by cookie GET, push and events (gzip).
Funeral, burial-society and memorial apps exist (sets 45, 85, 128); mass intentions exist in
parish apps (sets 101, 124, 129, 142, 151); Pakalaglagip is the cemetery's side: a tomb, its
upkeep and the All Saints' visit."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    CEMETERY,
    GRANDMA,
    HOME_AT,
    HUSBAND,
    MEMBER,
    SON,
    TOMB,
    TOMB_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import cr_crash, cr_crumb, mb_batch, mb_identify, mb_pixel, tp_event
from eval_families156_svc import cb_save, cp_card, cp_confirm, ha_message, mg_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pakalaglagip", "Pakalaglagip", "com.example.pakalaglagip", "1.5.0",
          "https://api.pakalaglagip.example.org")
IID = "X-Pakalaglagip-Device"
PW = "Undas!Vigan1102"
REL = SENS
KID = f"{SON['first']} {SON['last']}"
PARISH = "IFI Parokia ni San Pablo, Vigan"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ilo=True, **kw)


def pakalaglagip() -> list[Case]:
    rng = random.Random(15661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), miembro=L(MEMBER, UID),
                                    parokia=L(PARISH, REL)))}
    tla, tlo = fix(TOMB_FIX, 5)
    tomb = at_path(case(f, f"{a}/v1/miembro/{MEMBER}/tanem", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/v1/rehistro", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "numero_selpon": L(E164, TEL), "sekreto": L(PW, CRED),
            "petsa_pannakayanak": L(DOB, BIRTH),
            "relihion": L("Iglesia Filipina Independiente", REL), "parokia": L(PARISH, REL),
            "nabautisaran": L("2021-05-16", REL), "asawa": L(HUSBAND[0], NAMEC),
            "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pakalaglagip-android"}),
        case(f, f"{a}/v1/siak", headers=_h(rng, extra=jw)),
        tomb,
        case(f, f"{a}/v1/natay", headers=_h(rng, **b), body={
            "nagan": L(GRANDMA[0], NAMEC), "petsa_pannakayanak": L(GRANDMA[1], BIRTH),
            "petsa_pannakatay": GRANDMA[2], "pakatayan": L("stroke", MED),
            "relasion": "lola ti asawa", "tanem": TOMB["id"], "miembro": L(MEMBER, UID)}),
        case(f, f"{a}/v1/misa", headers=_h(rng, **b), body={
            "kita": L("misa para kadagiti natay", REL), "petsa": "2026-11-02",
            "natay": [L(GRANDMA[0], NAMEC), L("Teodoro Agcaoili", NAMEC)],
            "gatad": L(300, BUY), "parokia": L(PARISH, REL)}),
        case(f, f"{a}/v1/kandela", headers=_h(rng, **b), body={
            "bilang": 6, "gatad": L(120, BUY), "tanem": TOMB["id"],
            "kararag": L("Para iti kararua ni Lola Felicidad", f"{TEXT}|{REL}")}),
        case(f, f"{a}/v1/undas/pase", headers=_h(rng, **b), body={
            "petsa": "2025-11-01", "oras": "06:00-10:00", "tanem": TOMB["id"],
            "bisita": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "plaka": "ABC 1234"}),
        case(f, f"{a}/v1/undas/adda-ak", headers=_h(rng, **b), body={
            "lugar": {"lat": tla, "lng": tlo, "kinapudno": 10},
            "tanem": {"id": TOMB["id"], "seksion": TOMB["section"], "row": TOMB["row"]},
            "sementerio": {"lat": CEMETERY["lat"], "lng": CEMETERY["lon"]}}),
        case(f, f"{a}/v1/tanem/taripato", headers=_h(rng, **b), body={
            "tanem": TOMB["id"], "trabaho": ["pintura", "panagdalus"], "gatad": L(1500, BUY),
            "order": L(obj(rng, "od"), BUY), "petsa": "2025-10-25"}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "gatad": L("1920.00", BUY), "kuarta": "PHP", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "miembro": L(MEMBER, UID)}),
        multipart(f, f"{a}/v1/tanem/ladawan", [
            ("ladawan", "tanem_lola.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"tanem": TOMB["id"],
                                                "caption": L("Nalpas ti pintura", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kararag", headers=_h(rng, **b), body={
            "teksto": L("Ikararagyo ni Perla Agcaoili, agsagsagaba iti rayuma ken kanser",
                        f"{TEXT}|{REL}|{MED}|{NAMEC}"), "makita": "padi laeng"}),
        case(f, f"{a}/v1/misa/eskediul", headers=_h(rng, **b), query={
            "parokia": L(PARISH, REL), "bulan": "2025-11"}),
        case(f, f"{a}/v1/sapul", headers=_h(rng, **b), query={
            "sapul": L("misa ti maikasiam nga aldaw", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/atang", fmt="form", headers=_h(rng, **b), body={
            "pondo": L("simbaan ti Aglipayan", REL), "gatad": L("500", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "false"}),
        case(f, f"{a}/v1/nobena", fmt="msgpack", headers=_h(rng, **b), body={
            "nobena": L("nobena para ken Lola Felicidad", REL), "miembro": L(MEMBER, UID),
            "aldaw": [1, 2, 3, 5, 7, 9], "nobena_id": obj(rng, "nb")}),
        case(f, f"{a}/v1/kumpil", headers=_h(rng, **b), body={
            "klase": L("kumpil dagiti ubbing", REL),
            "ubing": {"nagan": L(SON["first"], NAMEC), "apelyido": L(SON["last"], NAMEC),
                      "petsa_pannakayanak": L(SON["dob"], BIRTH),
                      "nabautisaran": L("2015-10-11", REL)},
            "nagannak": L(MEMBER, UID)}),
        case(f, f"{a}/v1/mensahe", headers=_h(rng, **b), body={
            "para": "padi_ifi_vgn",
            "teksto": L("Padi, mabalin kadi nga agkumpil ni Miguel iti Mayo uray saan pay a "
                        "nalpas ti klase?", f"{TEXT}|{REL}|{NAMEC}")}),
        case(f, f"{a}/v1/resibo", headers=_h(rng, how="none"), cookies={
            "pk_sesion": L(opaque(rng, "", 40), CRED), "pk_aparato": L(INSTALL_ID, DID),
            "pk_req": rid(rng)}),
        case(f, f"{a}/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng), "ilo_PH")),
        case(f, f"{a}/v1/pasamak", gz=True, headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("kandela", 1, bilang=6), ev("screen", 2, screen=L("Tanem", USAGE)),
                ev("atang", 3, pondo=L("simbaan ti Aglipayan", REL))]}),
    ]


def pakalaglagip_sdks() -> list[Case]:
    rng = random.Random(15662)
    return [
        mb_batch(APP, rng, [("Candles Lit", {"count": 6}),
                            ("Mass Offered", {"kind": L("misa para kadagiti natay", REL)})],
                 at=TOMB_FIX, nd=2, locale="ilo_PH"),
        mb_identify(APP, rng, {"parokia": L(PARISH, REL), "miembro": L(MEMBER, UID),
                               "ili": L("Vigan City", COARSE)}),
        mb_pixel(APP, rng, "Schedule Opened", {"month": "2025-11"}),
        tp_event(APP, rng, "offering", {"pondo": L("simbaan ti Aglipayan", REL)}, revenue=500.0,
                 currency="PHP"),
        cr_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/atang"),
                 [cr_crumb("nav", "Home -> Atang"), cr_crumb("tap", "atang_button")],
                 screen="AtangActivity"),
        ps_register(APP, rng, at=HOME_AT, nd=2, lang="ilo",
                    tags={"parokia": L("IFI San Pablo Vigan", REL), "undas": "2025"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "1920.00"),
        mg_route(APP, rng, [(HOME_AT, PRECISE), ((CEMETERY["lat"], CEMETERY["lon"]), None)]),
        ha_message(APP, rng, L("Awan ti resibo ti atang ko para iti simbaan", f"{TEXT}|{REL}"),
                   {"miembro": L(MEMBER, UID)}),
    ]
