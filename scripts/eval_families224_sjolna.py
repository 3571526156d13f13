"""A roof-waterproofing contractor's app "Sjolna" (``sjol na``: the roof, lit. "the head of the
house"; Impermeabilizantes Sjolna seals the flat concrete roofs of San Cristobal before the rains:
a quote from photos, an inspection, the job, a five-year warranty). She has their roof done and
then her in-laws'. Its API's keys are Tzotzil in ASCII with the building trade's Spanish loans
(``kotisasion`` as Tzotzil spells cotizacion, ``garantia``, ``kuadrilla``) and English: ``sbi``
first name, ``xchaal_sbi`` surname (lit. "the second name"), ``snumero_koponob`` phone number,
``mukulal`` password, ``snaj`` her house (address), ``be`` street (line), ``jteklum`` town,
``sjol_na`` roof, ``tzujel`` leak (lit. "dripping"), ``vo`` rain/water, ``yav`` place, ``lokol``
photo, ``buch_ta_snaj`` who is at home, ``buch_un`` whom it is for, ``stojol`` price, ``takin``
amount, ``tojel`` payment, ``stsib_sbi`` signature, ``yalel`` remark, ``jabil`` year,
``spasel`` events: sign-up, an SMS code, ``/me``, the quote for their roof (her house's point),
roof photos, the inspection with her husband at home, the quote accepted by its number in the
path, the advance by transfer (her CLABE), the in-laws' roof quote (their address and point),
the crew's arrival, the rain-delay alerts, a leak reported after the first rain, the warranty,
the colour (msgpack), the second payment, the tax invoice, the maintenance plan, a message to
the crew chief, a review, push and events. New: a docstring and file-name grep found no
"waterproof", "impermeab" or "roofer"; sets 200 and 212 are whole-flat renovations."""

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
from eval_families224_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    INLAWS,
    INLAWS_AT,
    MOTHER_IL,
    MX_CLABE,
    QUOTE,
    QUOTE2,
    RFC,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families224_sdk import ck_crash, ck_crumb, mj_batch, th_event, th_launch
from eval_families224_svc import (
    cn_check,
    fj_eval,
    hk_message,
    mp_geocode,
    mp_reverse,
    pj_card,
    pj_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sjolna", "Sjolna", "com.example.sjolna", "1.2.9", "https://api.sjolna.example.net")
IID = "X-Sjolna-Device"
PW = "Techo_Seco_2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def sjolna() -> list[Case]:
    rng = random.Random(22461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, snumero_koponob=L(E164, TEL),
                                    kotisasion=[L(QUOTE, BUY)]))}
    hla, hlo = fix(HOME_AT)
    ila, ilo = fix(INLAWS_AT)
    accept = at_path(case(f, f"{a}/v1/kotisasion/{QUOTE}/acepto", headers=_h(rng, **b), body={
        "stojol": L(11180, BUY), "plan_tojel": "3_partes", "garantia_jabil": 5,
        "stsib_sbi": L(f"{FIRST} {LAST}", NAMEC)}), QUOTE, BUY)
    return [
        case(f, f"{a}/v1/tsibael", headers=_h(rng), body={
            "sbi": L(FIRST, NAMEC), "xchaal_sbi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "snumero_koponob": L(E164, TEL), "mukulal": L(PW, CRED),
            "snaj": {"be": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE),
                     "jteklum": L(HOME["town"], COARSE), "cp": L(HOME["cp"], COARSE)}}),
        case(f, f"{a}/v1/ochel/sms", fmt="form", headers=_h(rng), body={
            "snumero_koponob": L(E164, TEL), "kodigo": L("917302", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kotisasion", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY),
            "sjol_na": {"metros2": 86, "tipo": "losa de concreto", "pisos": 2},
            "tzujel": L("Gotea en el cuarto de la nina y junto a la ventana de la cocina", TEXT),
            "snaj": {"be": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE)},
            "yav": {"lat": hla, "lon": hlo}}),
        multipart(f, f"{a}/v1/kotisasion/{QUOTE}/lokol", [
            ("lokol1", "techo_norte.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("lokol2", "mancha_cuarto.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"kotisasion": L(QUOTE, BUY), "jayvo": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/visita", fmt="form", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "skakalil": "2026-02-03", "ora": "09:00",
            "buch_ta_snaj": L(HUSBAND[0], NAMEC), "snumero_koponob": L(HUSBAND[1], TEL)}),
        accept,
        case(f, f"{a}/v1/tojel/spei", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "takin": L(4472, BUY), "clabe": L(MX_CLABE, PAY),
            "folio_spei": rid(rng), "parte": 1}),
        case(f, f"{a}/v1/kotisasion", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE2, BUY),
            "sjol_na": {"metros2": 64, "tipo": "losa de concreto", "pisos": 1},
            "snaj": {"be": L(INLAWS["line"], ADDR), "kolonia": L(INLAWS["colonia"], COARSE)},
            "yav": {"lat": ila, "lon": ilo},
            "buch_un": {"sbi": L(MOTHER_IL[0], NAMEC), "snumero_koponob": L(MOTHER_IL[1], TEL)},
            "tzujel": L("La casa de mis suegros se moja en la sala cada tarde de lluvia", TEXT)}),
        case(f, f"{a}/v1/kuadrilla/llegada", headers=_h(rng, **b), query={
            "kotisasion": L(QUOTE, BUY), "kuadrilla": "kd_03", "bodega": YARD["id"]}),
        case(f, f"{a}/v1/vo/aviso", fmt="form", headers=_h(rng, **b), body={
            "barrio": L(HOME["barrio"], COARSE), "aviso": "1", "ora_max": "20"}),
        multipart(f, f"{a}/v1/tzujel", [
            ("lokol", "gotera_cocina.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {
                "kotisasion": L(QUOTE, BUY),
                "yalel": L("Con la primera lluvia volvio a gotear junto a la ventana", TEXT),
                "yav": {"lat": L(round(HOME_AT[0], 5), PRECISE),
                        "lon": L(round(HOME_AT[1], 5), PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/garantia", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "jabil": 5, "snaj": L(HOME["line"], ADDR),
            "stsib_sbi": L(f"{FIRST} {LAST}", NAMEC), "garantia_id": obj(rng, "gr")}),
        case(f, f"{a}/v1/material", fmt="msgpack", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "kolor": "terracota", "kapa": 2,
            "producto": "IMP-ACR-10A", "litros": 38}),
        case(f, f"{a}/v1/tojel/tarjeta", fmt="form", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "takin": L("3354.00", BUY), "parte": "2",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "tarjeta_slajeb": L("4444", PAY)}),
        case(f, f"{a}/v1/factura", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "razon_social": L(f"{FIRST} {LAST}", NAMEC),
            "cp": L(HOME["cp"], COARSE), "uso_cfdi": "G03", "total": L(11180, BUY),
            "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/mantenimiento", headers=_h(rng, **b), query={
            "kotisasion": L(QUOTE, BUY), "jabil": "2027"}),
        case(f, f"{a}/v1/takbil_kop", headers=_h(rng, **b), body={
            "buch_un": "kd_03_jefe", "kotisasion": L(QUOTE, BUY),
            "takbil_kop": L("El porton lo abre mi esposo Pascual, 967 118 4420, yo llego a las 2",
                            f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/lekilal", fmt="form", headers=_h(rng, **b), body={
            "kotisasion": L(QUOTE, BUY), "lekilal": "4",
            "yalel": L("Buen trabajo, dejaron limpio, pero llegaron tarde dos dias", TEXT)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v1/spasel", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "dispositivo": L(INSTALL_ID, DID), "spasel": [
                ev("kotisasion_aceptada", 1), ev("pantalla", 2, pantalla=L("Obra", USAGE))]}),
    ]


def sjolna_sdks() -> list[Case]:
    rng = random.Random(22462)
    return [
        mj_batch(APP, rng, [("Quote Requested", {"m2": 86}),
                            ("Quote Accepted", {"total": L(11180, BUY)})], at=HOME_AT, nd=2,
                 locale="es_MX"),
        th_launch(APP, rng, user=True),
        th_event(APP, rng, "quote_accepted", {"kotisasion": L(QUOTE, BUY)}, revenue=11180.0,
                 currency="MXN"),
        cn_check(APP, rng, {"analytics": True, "ads": False}),
        ck_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap decode"),
                 [ck_crumb("nav", "Kotisasion -> Lokol"), ck_crumb("tap", "agregar_foto")],
                 screen="PhotosActivity"),
        fj_eval(APP, rng, {"jteklum": L("San Cristobal de las Casas", COARSE)}, hdr=True),
        ps_register(APP, rng, lang="es", at=HOME_AT, nd=2, tags={"temporada": "lluvias"}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "3354.00"),
        mp_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        mp_geocode(APP, rng, f"{INLAWS['line']}, {INLAWS['colonia']}", ADDR, near=HOME_AT,
                   nd=2),
        hk_message(APP, rng, L(f"La garantia de la cotizacion {QUOTE} no aparece",
                               f"{TEXT}|{BUY}"), {"kotisasion": L(QUOTE, BUY)}),
    ]
