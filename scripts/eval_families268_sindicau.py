"""Farmers' union member app "Sindicau" (a fictional farmers' union of Upper Aragon, its Huesca
office; she joined as co-holder of the family farm; its API's keys are Aragonese, ASCII-folded,
snake case: ``afiliau`` member, ``afiliacion`` membership, ``sindicau`` union,
``seccion`` section, ``nombre``, ``apelliu``, ``correu_electronico``, ``telefono``, ``clau``
password, ``naixencia`` birth date, ``nie``, ``domicilio`` home (street line), ``lugar`` village
or town, ``cp`` post code, ``comarca`` district, ``esplotacion`` farm register, ``cuota`` dues,
``domiciliacion`` direct debit, ``aduya`` subsidy / aid, ``campanya`` campaign, ``cantidat``
amount, ``manifestacion`` demonstration, ``asistencia`` attendance, ``asamblea`` assembly,
``voto`` vote, ``consulta`` question, ``pedregada`` hail, ``danyos`` damage, ``seguro``
insurance, ``poliza`` policy, ``curso`` course, ``certificau`` certificate, ``puesto`` place,
``avisos`` notices): joining (her NIE, the farm, the section), an OAuth password grant, ``/yo``,
the dues by direct debit (her IBAN), the card by member number in the path, the CAP aid claim it
files for the farm, a tractor-protest sign-up, an assembly vote, a legal question, a hail-damage
report with her fix in the orchard and a photo, the crop-insurance quote, a pesticide-applicator
course, its certificate (PDF), notices, a search, a message to the section, push and events."""

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
    JPEG,
    MAIL,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families268_kit import (
    ES_ACCOUNT,
    FARM_REG,
    HU_HOME,
    HUSBAND,
    MEMBER,
    NIE,
    ORCHARD_FIX,
    UNION_OFFICE,
    fix,
    hd,
    obj,
    push,
)
from eval_families268_sdk import cb_session, ms_batch, ms_identify, ms_pixel, rs_launch
from eval_families268_svc import bn_eval, cd_message, cp_register, cs_save, mp_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sindicau", "Sindicau", "com.example.sindicau", "2.2.0",
          "https://api.sindicau.example.org")
IID = "X-Sindicau-Aparato"
PW = "Cierzo!Uesca2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, es=True, **kw)


def sindicau() -> list[Case]:
    rng = random.Random(26811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correu_electronico=L(EMAIL, MAIL),
                                    afiliau=L(MEMBER, UID), seccion=L("fruita-y-trufa", SENS)))}
    pla, plo = fix(ORCHARD_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, "mf_uesca_0128"), (3, 1769590800),
               (4, L(True, SENS)), (5, L(71, DEV))], "", lab)
    card = at_path(case(f, f"{a}/v2/afiliaus/{MEMBER}/carnet", headers=_h(rng, **b),
                        query={"formato": "qr"}), MEMBER, UID)
    return [
        case(f, f"{a}/v2/afiliacion", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "apelliu": L(LAST, NAMEC),
            "correu_electronico": L(EMAIL, MAIL), "telefono": L(NATIONAL, TEL),
            "clau": L(PW, CRED), "naixencia": L(DOB, BIRTH), "nie": L(NIE, NID),
            "domicilio": L(HU_HOME["line"], ADDR), "lugar": L(HU_HOME["town"], COARSE),
            "cp": L(HU_HOME["post"], COARSE), "comarca": L("Plana de Uesca", COARSE),
            "esplotacion": FARM_REG, "titularidat": "cotitular",
            "cotitular": L(HUSBAND[0], NAMEC),
            "sindicau": L("Sindicau Agrario de l'Alto Aragon", SENS),
            "seccion": L("fruita-y-trufa", SENS), "oficina": UNION_OFFICE["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sindicau-android"}),
        case(f, f"{a}/v2/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/cuotas/domiciliacion", fmt="form", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "iban": L(ES_ACCOUNT, PAY),
            "titular": L(f"{FIRST} {LAST}", NAMEC), "cuota": L("96.00", f"{BUY}|{SENS}"),
            "periodicidat": "anual"}),
        card,
        case(f, f"{a}/v2/aduyas/pac", gz=True, headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "campanya": 2026, "esplotacion": FARM_REG,
            "solicitant": {"nombre": L(f"{FIRST} {LAST}", NAMEC), "nie": L(NIE, NID)},
            "recintos": [{"poligono": 7, "parcela": 112, "hectarias": 1.8,
                          "cultivo": "carrasca trufera"},
                         {"poligono": 7, "parcela": 113, "hectarias": 0.6,
                          "cultivo": "almendrera"}],
            "cantidat_estimada": L(1840.0, BUY), "iban": L(ES_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/manifestacions/mf_uesca_0128/inscripcion", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "asistencia": L(True, SENS),
            "vehiclo": "tractor", "acompanyants": 1,
            "acompanyant": L(HUSBAND[0], f"{NAMEC}|{SENS}"),
            "salida": "Plaza de Navarra", "telefono": L(NATIONAL, TEL)}),
        raw(f, f"{a}/v2/manifestacions/mf_uesca_0128/pulso", beat, "application/x-protobuf",
            lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/asambleas/as_2026_02/voto", fmt="form", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "punto": "3", "voto": L("a favor", SENS),
            "nonce": rid(rng)}),
        case(f, f"{a}/v2/consultas", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "tema": "juridico",
            "consulta": L("Como cotitular, puedo fer a declaracion d'a PAC si o mio mariu "
                          "Jorge ye o titular principal? Soi afiliada dende o mes pasau.",
                          f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/danyos/pedregada", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "esplotacion": FARM_REG, "calendata": "2025-07-14",
            "puesto": {"latitut": pla, "longitut": plo},
            "oficina": {"latitut": UNION_OFFICE["lat"], "longitut": UNION_OFFICE["lon"]},
            "danyos": "30% carrascas trencadas"}),
        multipart(f, f"{a}/v2/danyos/pedregada/fotos", [
            ("foto", "pedregada_01.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"afiliau": L(MEMBER, UID), "parcela": 112})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/seguros/presupuesto", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "linia": "frutos secos y trufa", "hectarias": 2.4,
            "prima": L(212.4, BUY), "poliza": L("PZ-26-118830", BUY)}),
        case(f, f"{a}/v2/cursos/fitosanitarios/matricula", fmt="form", headers=_h(rng, **b),
             body={"afiliau": L(MEMBER, UID), "nivel": "basico", "nie": L(NIE, NID),
                   "precio": L("45", BUY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v2/cursos/fitosanitarios/certificau", [
            ("certificau", "carnet_fitosanitario.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"afiliau": L(MEMBER, UID),
                                                "titular": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/citas/renta", headers=_h(rng, **b), body={
            "afiliau": L(MEMBER, UID), "oficina": UNION_OFFICE["id"], "calendata": "2026-05-12",
            "hora": "10:30", "declarants": [
                {"nombre": L(f"{FIRST} {LAST}", NAMEC), "nie": L(NIE, NID)},
                {"nombre": L(HUSBAND[0], NAMEC), "dni": L("18443021B", NID)}],
            "conchunta": True, "fillos_a_cargo": 1, "preu_afiliau": L(25, BUY)}),
        case(f, f"{a}/v2/avisos", headers=_h(rng, **b), query={
            "seccion": L("fruita-y-trufa", SENS), "comarca": L("Plana de Uesca", COARSE),
            "dende": "2026-01-01"}),
        case(f, f"{a}/v2/busca", headers=_h(rng, **b), query={
            "q": L("precio almendra lonja Binefar", SEARCH)}),
        case(f, f"{a}/v2/mensaches", headers=_h(rng, **b), body={
            "ta": "seccion_fruita", "fio": obj(rng, "fi"),
            "texto": L("Puedo portar o tractor de mi suegro a la tractorada d'o 28?",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/aparatos", headers=_h(rng, **b), body=push(push_token(rng), "es_ES")),
        case(f, f"{a}/v2/eventos", headers=_h(rng, how="none"), cookies={
            "sd_sesion": L(opaque(rng, "", 40), CRED), "sd_aparato": L(INSTALL_ID, DID)}, body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("voto_emitiu", 1), ev("pantalla", 2, pantalla=L("Manifestacions", USAGE))]}),
    ]


def sindicau_sdks() -> list[Case]:
    rng = random.Random(26812)
    return [
        ms_batch(APP, rng, [("Dues Paid", {"amount": L(96, f"{BUY}|{SENS}")}),
                            ("Protest Joined", {"event": "mf_uesca_0128"})], locale="es_ES"),
        ms_identify(APP, rng, {"seccion": L("fruita-y-trufa", SENS),
                               "comarca": L("Plana de Uesca", COARSE),
                               "afiliau": L(MEMBER, UID)}),
        ms_pixel(APP, rng, "Notice Opened", {"notice": "nt_2026_014"}),
        rs_launch(APP, rng, first=True, user=True),
        cb_session(APP, rng, secs=388),
        bn_eval(APP, rng, {"oficina": UNION_OFFICE["id"], "pac2026": True}, hdr=True),
        cp_register(APP, rng, lang="es", tags={"seccion": L("fruita-y-trufa", SENS),
                                               "manifestacions": L(True, SENS)}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_reverse(APP, rng, ORCHARD_FIX, PRECISE, nd=5),
        cd_message(APP, rng, L("No me plega o carnet d'afiliada en l'app", f"{TEXT}|{SENS}"),
                   {"afiliau": L(MEMBER, UID)}),
    ]
