"""A Mapuche community's app "Trawun" (trawün: a gathering; the fictional Lof Trapilwe near Lumaco
keeps its register, its assemblies and the organisation of its ngillatun, the community's prayer
ceremony, in it). Its API's keys are Mapudungun (Unificado, ASCII-folded): ``uy`` name, ``kupalme``
surname, ``nutramkawe`` phone, ``run`` RUN, ``llegun_antu`` birth date, ``lofche`` community member
(her register number), ``kupal`` descent (``mapuche``/``winka``), ``feyentun`` belief, ``renma``
household, ``futa`` husband, ``punen`` a mother's child, ``domo_wentru`` sex, ``llalla``
mother-in-law, ``ulkantufe`` singer, ``ngillatun`` the ceremony, ``ngillatuwe`` its field, ``rewe``
the ceremonial post, ``kellun`` contribution (lit. help), ``ufisa`` sheep, ``mudai`` the ceremonial
drink, ``iyael`` food, ``ramada`` the family's shelter at the field, ``trawun`` assembly,
``werken`` the community's messenger, ``kimeltuchefe`` teacher, ``adentun`` photo, ``nutram``
message, ``dungu`` text, ``kintun`` search, ``kullin`` amount, ``kullitun`` payment, ``chew``
where, ``pikun``/``puel`` latitude/longitude, ``eluwun`` funeral, ``wenumapu`` the world above,
``tripan`` log-out, ``femun`` events: registration (she is a member by marriage with an
indigenous-status certificate), an e-mail code, ``/inche``, the certificate (PDF), the household,
the ngillatun contributions, the family's ramada, attendance at the field with her fix, an assembly
vote, the yearly quota, a land-title copy request, an indigenous scholarship for Antu, a message to
the werken, a we tripantu photo, a Mapudungun class, the register entry by number in the path, a
receipt by cookie, a search, push, events, a funeral contribution and a log-out. Set 209 has an
Indigenous territorial government (Tasba Aslika, Nicaragua: land, forest and consultation); this is
a lof's own register and ceremony organisation."""

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
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families214_kit import (
    CERT,
    HOME_AT,
    HUSBAND,
    LLALLA,
    LOF,
    LOFCHE,
    NGILLATUWE_FIX,
    REWE,
    RUN,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families214_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families214_svc import cl_card, cl_confirm, cy_save, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("trawun", "Trawun", "com.example.trawun", "1.3.5", "https://api.trawun.example.org")
IID = "X-Trawun-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
LOFS = f"{COARSE}|{SENS}"  # membership of the named lof: where, and ethnic origin
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def trawun() -> list[Case]:
    rng = random.Random(21431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lofche=L(LOFCHE, UID),
                                    lof=L(LOF["name"], LOFS)))}
    nla, nlo = fix(NGILLATUWE_FIX, 4)
    entry = at_path(case(f, f"{a}/v1/lofche/{LOFCHE}", headers=_h(rng, **b)), LOFCHE, UID)
    return [
        case(f, f"{a}/v1/lofche", headers=_h(rng), body={
            "uy": L(FIRST, NAMEC), "kupalme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nutramkawe": L(E164, TEL), "run": L(RUN, NID), "llegun_antu": L(DOB, BIRTH),
            "lofche": L(LOFCHE, UID), "lof": L(LOF["name"], LOFS),
            "kupal": L("winka", SENS), "calidad_indigena": L(CERT, SENS),
            "via": L("conyuge_mapuche", SENS), "futa": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "codigo": L("274051", CRED)}),
        case(f, f"{a}/v1/inche", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/lofche/certificado", [
            ("certificado", "calidad_indigena.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"numero": L(CERT, SENS), "run": L(RUN, NID),
                                                "emisor": "oficina_temuco"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/renma", headers=_h(rng, **b), body={
            "lofche": L(LOFCHE, UID), "renma": [
                {"uy": L(HUSBAND[0], NAMEC), "run": L(HUSBAND[2], NID),
                 "kupal": L("mapuche", SENS)},
                {"uy": L(KID, NAMEC), "run": L(SON["run"], NID),
                 "llegun_antu": L(SON["dob"], BIRTH), "domo_wentru": L(SON["sex"], GENDER),
                 "kupal": L("mapuche", SENS)},
                {"uy": L(LLALLA[0], NAMEC), "parentesco": "llalla", "kupal": L("mapuche", SENS),
                 "rol": L("ulkantufe", SENS)}]}),
        case(f, f"{a}/v1/ngillatun/kellun", headers=_h(rng, **b), body={
            "ngillatun": L("ngillatun_2026_02", SENS), "lofche": L(LOFCHE, UID),
            "kellun": [{"tipo": L("ufisa", SENS), "rakin": 1},
                       {"tipo": L("mudai", SENS), "litros": 20},
                       {"tipo": L("iyael", SENS), "dungu": "catuto y sopaipillas"}],
            "feyentun": L("mapuche", SENS)}),
        case(f, f"{a}/v1/ngillatun/ramada", fmt="form", headers=_h(rng, **b), body={
            "ramada": "r14", "kupalme": L("Catrileo Millaman", NAMEC), "lofche": L(LOFCHE, UID),
            "personas": "6", "ngillatun": L("ngillatun_2026_02", SENS)}),
        case(f, f"{a}/v1/ngillatuwe/asistencia", headers=_h(rng, **b), body={
            "chew": {"pikun": nla, "puel": nlo}, "rewe": {"pikun": REWE["lat"],
                                                          "puel": REWE["lon"]},
            "antu": "2026-02-14", "ngillatun": L("ngillatun_2026_02", SENS),
            "rol": L("awun_kawellu", SENS)}),
        case(f, f"{a}/v1/trawun/voto", fmt="form", headers=_h(rng, **b), body={
            "trawun": "trawun_2026_01", "mocion": "mo_camino", "voto": "may",
            "lofche": L(LOFCHE, UID)}),
        case(f, f"{a}/v1/kullitun", fmt="form", headers=_h(rng, **b), body={
            "concepto": "cuota_anual", "kullin": L("5000", BUY), "moneda": "CLP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "lofche": L(LOFCHE, UID)}),
        case(f, f"{a}/v1/titulo/copia", headers=_h(rng, **b), query={
            "titulo": "tm_1908_0442", "lofche": L(LOFCHE, UID)}),
        case(f, f"{a}/v1/beca", headers=_h(rng, **b), body={
            "punen": {"uy": L(KID, NAMEC), "run": L(SON["run"], NID),
                      "llegun_antu": L(SON["dob"], BIRTH), "kupal": L("mapuche", SENS)},
            "chillkatuwe": "esc_plc_0233", "curso": "5B", "promedio": 6.1,
            "tutora": {"uy": L(f"{FIRST} {LAST}", NAMEC), "run": L(RUN, NID)},
            "rsh_tramo": "40"}),
        case(f, f"{a}/v1/nutram", headers=_h(rng, **b), body={
            "iney": "werken", "hilo": obj(rng, "th"),
            "nutram": L("Peñi, la machi Juana Painemal pidió que Felipe Catrileo lleve el "
                        "kultrun al rewe", f"{TEXT}|{SENS}|{NAMEC}")}),
        multipart(f, f"{a}/v1/adentun", [
            ("adentun", "we_tripantu.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "album": "we_tripantu_2025",
                "dungu": L("We tripantu con la familia frente al rewe", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mapudungun/inscripcion", headers=_h(rng, **b), body={
            "lofche": L(LOFCHE, UID), "nivel": "kiñe", "kimeltuchefe": "km_0031",
            "horario": "sabado_10"}),
        entry,
        case(f, f"{a}/v1/recibos/ultimo", headers=_h(rng, how="none"), cookies={
            "tw_sesion": L(opaque(rng, "", 40), CRED), "tw_device": L(INSTALL_ID, DID),
            "tw_req": rid(rng)}),
        case(f, f"{a}/v1/kintun", headers=_h(rng, **b), query={
            "kintun": L("fecha ngillatun febrero 2026", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/femun", gz=True, headers=_h(rng, **b), body={
            "che": L(USER_ID, UID), "femun": [
                ev("kellun_enviado", 1, tipo=L("ufisa", SENS)),
                ev("screen", 2, screen=L("Ngillatun", f"{USAGE}|{SENS}"))]}),
        case(f, f"{a}/v1/eluwun/kellun", headers=_h(rng, **b), body={
            "eluwun": "el_2026_0007", "kullin": L(10000, BUY),
            "dungu": L("Para la familia de la papay Carmen Ancan, que descanse en el wenumapu",
                       f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v1/tripan", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def trawun_sdks() -> list[Case]:
    rng = random.Random(21432)
    return [
        mc_batch(APP, rng, [("Contribution Sent", {"kind": L("ufisa", SENS)}),
                            ("Attendance", {"event": L("ngillatun", SENS)})],
                 at=NGILLATUWE_FIX, nd=2, locale="es_CL"),
        mc_identify(APP, rng, {"lof": L(LOF["name"], LOFS), "lofche": L(LOFCHE, UID),
                               "comuna": L("Lumaco", COARSE)}),
        mc_pixel(APP, rng, "Calendar Opened", {"month": "2026-02"}),
        tn_event(APP, rng, "quota", {"concepto": "cuota_anual"}, revenue=5000.0),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/ngillatun/kellun"),
                 [cd_crumb("nav", "Inche -> Ngillatun"), cd_crumb("tap", "kellun_button")],
                 screen="NgillatunActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"lof": L("trapilwe", LOFS)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "5000"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((REWE["lat"], REWE["lon"]), None)]),
        hs_message(APP, rng, L("No me llegó el recibo de la cuota del lof", TEXT),
                   {"lofche": L(LOFCHE, UID)}),
    ]
