"""A local political party's members' app "Marymonte" (Mar y Monte Asturies, a fictional
regionalist party; she joined its Xixón-Oeste branch; its API's keys are Asturian and keep their
accents, as its volunteer developer wrote them: ``nome``, ``apellíos`` surnames, ``dni_nie``,
``correu``, ``teléfonu`` phone, ``nacencia`` birth date, ``direición`` street line, ``conceyu``,
``códigu_postal``, ``agrupación`` branch, ``afiliada`` member number, ``cuota`` fee,
``asamblea`` assembly, ``votu`` vote, ``candidatura`` slate, ``donativu`` donation, ``campaña``
campaign, ``turnu`` shift, ``mesa`` stall, ``encuesta`` survey, ``rempuesta`` answer, ``firma``
signature, ``firmante`` signer, ``iniciativa`` petition, ``foru`` forum, ``buzoneo`` leafleting,
``semeya`` photo, ``pie`` caption, ``delegada`` delegate, ``xinta`` dinner, ``acompañante``
companion, ``manifestación`` march, ``plaza`` seat, ``temes`` topics, ``gueta`` search): joining
the party (fee by direct debit), an e-mail code, ``/mio``, an assembly attendance with her fix, a
primaries vote, a fee change, a campaign donation, a stall shift with her fix, a policy survey,
a petition signature she collects from a neighbour, a forum post, a leafleting track (msgpack),
a stall photo, a delegate candidacy, the branch dinner with her husband, the membership card by
number in the path, topics in a base64 JSON cookie, a search, bus seats to a march, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families221_kit import (
    ES_ACCOUNT,
    GJ_HOME,
    GJ_HOME_AT,
    HUSBAND,
    MEMBER,
    NIE,
    PARTY,
    RALLY_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families221_sdk import ax_event, cp_batch, cp_identify, fa_crash, fa_crumb
from eval_families221_svc import (
    av_register,
    bd_eval,
    ch_message,
    cs_save,
    mp_route,
    pg_card,
    pg_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("marymonte", "Marymonte", "com.example.marymonte", "2.4.7",
          "https://api.marymonte.example.org")
IID = "X-MyM-Device"
NID = "personal.national_id"
NEIGHBOUR = ("Aurora Fueyo Rendueles", "11402877M")  # a neighbour who signs (typed by her)
OFFICE_FIX = (43.542093, -5.661017)  # her phone at the branch office (assembly)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ast=True, **kw)


def marymonte() -> list[Case]:
    rng = random.Random(22131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, afiliada=L(MEMBER, UID),
                                    agrupación=L(PARTY["branch"], SENS)))}
    ola, olo = fix(OFFICE_FIX, 4)
    rla, rlo = fix(RALLY_FIX, 5)
    card = at_path(case(f, f"{a}/v1/afiliaos/{MEMBER}/carne", headers=_h(rng, **b)),
                   MEMBER, UID)
    track = [{"llat": L(round(GJ_HOME_AT[0] + 0.0007 * i, 6), PRECISE),
              "llon": L(round(GJ_HOME_AT[1] - 0.0009 * i, 6), PRECISE),
              "t": 1768561200 + 240 * i, "portales": 6 + i} for i in range(4)]
    return [
        case(f, f"{a}/v1/afiliacion", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apellíos": L(LAST, NAMEC), "dni_nie": L(NIE, NID),
            "correu": L(EMAIL_MIXED, MAIL), "teléfonu": L(E164, TEL), "nacencia": L(DOB, BIRTH),
            "direición": L(GJ_HOME["line"], ADDR), "conceyu": L(GJ_HOME["town_ast"], COARSE),
            "códigu_postal": L(GJ_HOME["post"], COARSE),
            "agrupación": L(PARTY["branch"], SENS), "afiliada": L(MEMBER, UID),
            "cuota": {"mensual": L(10, BUY), "iban": L(ES_ACCOUNT, PAY)},
            "acepto_estatutos": True}),
        case(f, f"{a}/v1/auth/codigu", fmt="form", headers=_h(rng), body={
            "correu": L(EMAIL, MAIL), "códigu": L("552907", CRED)}),
        case(f, f"{a}/v1/mio", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/asamblees/presencia", headers=_h(rng, **b), body={
            "asamblea": obj(rng, "as"), "tipu": L("asamblea_local_ordinaria", SENS),
            "posición": {"llat": ola, "llon": olo},
            "sede": {"llat": PARTY["lat"], "llon": PARTY["lon"]},
            "afiliada": L(MEMBER, UID)}),
        case(f, f"{a}/v1/primaries/votu", headers=_h(rng, **b), body={
            "proceso": "primaries_xixon_2027", "afiliada": L(MEMBER, UID),
            "candidatura": L("Xixón de toos (Llista B)", SENS),
            "papeleta_id": obj(rng, "pp", 16), "sellu": rnd_seal(rng)}),
        case(f, f"{a}/v1/cuota", fmt="form", headers=_h(rng, **b), body={
            "afiliada": L(MEMBER, UID), "mensual": L("15", BUY), "iban": L(ES_ACCOUNT, PAY),
            "motivu": "xubir"}),
        case(f, f"{a}/v1/donativos", fmt="form", headers=_h(rng, **b), body={
            "campaña": L("autonómiques 2027", SENS), "importe": L("30.00", BUY),
            "metodu": L(opaque(rng, "pm_", 24), PAY), "anónimu": "false"}),
        case(f, f"{a}/v1/mesas/turnos", headers=_h(rng, **b), body={
            "mesa": "plaza_mayor_sab", "turnu": "10:00-12:00", "afiliada": L(MEMBER, UID),
            "posición": {"llat": rla, "llon": rlo}, "material": ["folletos", "chapes"]}),
        case(f, f"{a}/v1/encuestes/programa-2027", headers=_h(rng, **b), body={
            "afiliada": L(MEMBER, UID), "rempuestes": {
                "oficialidá_asturianu": L("a favor", SENS),
                "priorida_1": L("vivienda pública en alquiler", SENS),
                "priorida_2": L("tren de cercanías Xixón-Uviéu", SENS),
                "pactos": L("namás cola izquierda", SENS)}}),
        case(f, f"{a}/v1/iniciatives/ilp-vivienda/firmes", headers=_h(rng, **b), body={
            "recoyida_por": L(MEMBER, UID),
            "firmante": {"nome": L(NEIGHBOUR[0], NAMEC), "dni": L(NEIGHBOUR[1], NID),
                         "conceyu": L("Xixón", COARSE)},
            "iniciativa": L("ILP vivienda asequible", SENS)}),
        case(f, f"{a}/v1/foru/mensaxes", headers=_h(rng, **b), body={
            "filu": obj(rng, "fl"),
            "testu": L("Toi d'alcuerdu cola ponencia de vivienda, pero hai que falar más de "
                       "los alquileres turísticos en Cimavilla.", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/buzoneo/rutes", fmt="msgpack", headers=_h(rng, **b), body={
            "ruta": obj(rng, "rt"), "afiliada": L(MEMBER, UID), "puntos": track,
            "folletos": 120}),
        multipart(f, f"{a}/v1/semeyes", [
            ("semeya", "mesa_plaza_mayor.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {
                "pie": L("Mesa informativa na Plaza Mayor col equipu de Xixón-Oeste",
                         f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/delegaes/candidatura", headers=_h(rng, **b), body={
            "afiliada": L(MEMBER, UID), "congresu": "congresu_2026",
            "presentación": L("Profesora d'inglés autónoma, afiliada dende 2024, trabayo en "
                              "vivienda y llingua.", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/xinta/entraes", headers=_h(rng, **b), body={
            "eventu": "xinta_agrupacion_2026", "afiliada": L(MEMBER, UID),
            "acompañante": {"nome": L(HUSBAND[0], NAMEC)}, "entraes": 2,
            "importe": L(50, BUY)}),
        card,
        case(f, f"{a}/v1/boletin", headers=_h(rng, how="none"), cookies={
            "mym_sid": L(opaque(rng, "", 40), CRED),
            "mym_pref": W({"afiliada": L(MEMBER, UID),
                           "temes": [L("vivienda", SENS), L("llingua", SENS)]}, "b64json")}),
        case(f, f"{a}/v1/documentos/gueta", headers=_h(rng, **b), query={
            "gueta": L("ponencia vivienda pública enmiendes", SEARCH), "tipu": "pdf"}),
        case(f, f"{a}/v1/manifestaciones/plazes", headers=_h(rng, **b), body={
            "manifestación": L("manifestación pola sanidá pública, Uviéu", SENS),
            "plazes": 2, "pasaxeros": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "importe": L(8, BUY), "parada": "Estación de Xixón"}),
        case(f, f"{a}/v1/preseos", headers=_h(rng, **b), body=push(push_token(rng), "ast_ES")),
        case(f, f"{a}/v1/eventos", gz=True, headers=_h(rng, **b), body={
            "usuariu": L(USER_ID, UID), "eventos": [
                ev("votu_emitíu", 1), ev("pantalla", 2, pantalla=L("Primaries", USAGE))]}),
        case(f, f"{a}/v1/sesion/refrescar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "preseu": L(INSTALL_ID, DID)}),
    ]


def rnd_seal(rng: random.Random) -> str:
    """The ballot's server seal (an HMAC over the ballot ID): a negative."""
    return opaque(rng, "", 64)


def marymonte_sdks() -> list[Case]:
    rng = random.Random(22132)
    return [
        cp_batch(APP, rng, [("Vote Cast", {"process": "primaries_xixon_2027"}),
                            ("Donation", {"amount": L(30, BUY)})], at=RALLY_FIX, nd=2,
                 locale="ast_ES"),
        cp_identify(APP, rng, {"agrupacion": L(PARTY["branch"], SENS),
                               "afiliada": L(MEMBER, UID), "conceyu": L("Xixón", COARSE)}),
        ax_event(APP, rng, "donation", {"campaign": L("autonomiques-2027", SENS)},
                 revenue=30.0),
        fa_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/primaries/votu"),
                 [fa_crumb("nav", "Primaries -> Votu"), fa_crumb("tap", "confirmar_votu")],
                 screen="VotuActivity"),
        av_register(APP, rng, lang="ast", at=GJ_HOME_AT, nd=2,
                    tags={"agrupacion": L("xixon-oeste", SENS), "voluntaria": "si"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        bd_eval(APP, rng, {"role": "afiliada", "agrupacion": L("xixon-oeste", SENS)}),
        pg_card(APP, rng, email=True),
        pg_confirm(APP, rng, "30.00"),
        mp_route(APP, rng, [(GJ_HOME_AT, PRECISE), ((PARTY["lat"], PARTY["lon"]), None)],
                 mode="walking"),
        ch_message(APP, rng, L("Nun me llegó el certificáu del donativu pa la renta",
                               f"{TEXT}|{SENS}"), {"afiliada": L(MEMBER, UID)}),
    ]
