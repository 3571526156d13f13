"""A human-rights centre's accompaniment app "Ichbail" (``ichbail ta muk'``: respect, lit. "being
taken as great"; the fictional Centro de Derechos Ichbail ta Muk in San Cristobal documents
cases of Indigenous families and accompanies them). Her Tzotzil parents-in-law were expelled
from their paraje in San Juan Chamula in 1994 for becoming Presbyterians; this year the
paraje's water committee cut the pipe to their milpa parcel and they were threatened; she
opened the case for them (her account, the family's file, their traits). Its API's keys are
Tzotzil in ASCII with Spanish legal loans and English: ``biil`` name, ``sbi_stot`` surname (lit.
"the father's name"), ``snumero`` phone number (the loan), ``mukul_kop`` password,
``skakalil_svokel`` birth date (lit. "the day of her birth"), ``jteklum`` town, ``paraje``,
``slumal`` people (one's own people: ethnic belonging), ``skop`` language, ``xchunel`` belief
(religion), ``chulna`` church (lit. "holy house"), ``tsobobil`` organisation (lit. "gathering"),
``koplal`` matter (the case), ``ilbajinel`` abuse, ``xiel`` fear (a threat report), ``mulil``
offence, ``yav`` place, ``lokol`` image, ``ak_kop`` voice statement (lit. "given word"),
``takbil_kop`` message, ``chiuk`` with (companions), ``takin`` amount, ``kuxlejal`` life (the
safety plan), ``spasel`` events: registration, an OAuth log-in, ``/me``, the case intake (the
family's ethnicity, language and religion, the parcel's corners), photos of the cut pipe with
their point, her mother-in-law's voice statement, a threat report with her fix, an accompaniment
request, membership of the displaced families' organisation, a workshop, an interpreter, the
1994 expulsion record (PDF), a message to the lawyer, the case by number in the path, its
timeline, a check-in at the centre, a donation, the consent for a public statement, the safety
plan with emergency contacts and their pastor, push, events and a log-out. New to the
evaluation: a docstring and file-name grep found no "human rights", "expel", "evangelical" or
"Chamula" (set 185's and 187's "legal aid" are a land clinic and a tenants' service; sets 63 and
98 are refugee housing and drought relief)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families224_kit import (
    CASE_NO,
    CENTRE,
    CENTRE_FIX,
    FATHER_IL,
    HOME_AT,
    HUSBAND,
    INLAWS,
    INLAWS_AT,
    MOTHER_IL,
    PARAJE,
    PARCEL_AT,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families224_sdk import ck_crash, ck_crumb, ck_session, mj_batch
from eval_families224_svc import (
    cn_save,
    fj_eval,
    hk_message,
    mp_reverse,
    mp_route,
    pj_card,
    pj_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ichbail", "Ichbail", "org.example.ichbail", "2.0.6", "https://api.ichbail.example.org")
IID = "X-Ichbail-Install"
PW = "Jobel-Sotz!94"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ORG = "Organizacion de Familias Desplazadas de los Altos"  # her organisation (personal.sensitive)
CHURCH = "Iglesia Presbiteriana Monte Sinai"  # the in-laws' church (personal.sensitive)
PASTOR = ("Mariano Diaz Hernandez", "+529671255093")  # their pastor (typed: contact.*)
PARCEL = [(PARCEL_AT[0], PARCEL_AT[1]), (PARCEL_AT[0] + 0.000812, PARCEL_AT[1] + 0.000201),
          (PARCEL_AT[0] + 0.000644, PARCEL_AT[1] + 0.001093)]  # the milpa's corners (precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def ichbail() -> list[Case]:
    rng = random.Random(22431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), expediente=L(CASE_NO, UID),
                                    rol="acompanante"))}
    ila, ilo = fix(INLAWS_AT)
    cla, clo = fix(CENTRE_FIX, 4)
    file = at_path(case(f, f"{a}/api/koplal/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, UID)
    return [
        case(f, f"{a}/api/tsibael", headers=_h(rng), body={
            "biil": L(FIRST, NAMEC), "sbi_stot": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "snumero": L(E164, TEL), "mukul_kop": L(PW, CRED),
            "skakalil_svokel": L(DOB, "personal.birthdate"),
            "jteklum": L("San Cristobal de las Casas", COARSE), "skop": [L("en", DEV), L("es", DEV)],
            "aviso": "v3"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ichbail-android"}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/koplal", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID), "ilbajinel": "corte_de_agua_y_amenazas",
            "paraje": L(PARAJE["name"], COARSE), "municipio": L(PARAJE["municipio"], COARSE),
            "afectados": [
                {"biil": L(FATHER_IL[0], NAMEC), "snumero": L(FATHER_IL[1], TEL),
                 "slumal": L("tsotsil", SENS), "skop": L("bats'i k'op", SENS),
                 "xchunel": L("presbiteriana", SENS), "sjabilal": L(67, "personal.birthdate")},
                {"biil": L(MOTHER_IL[0], NAMEC), "slumal": L("tsotsil", SENS),
                 "skop": L("bats'i k'op", SENS), "xchunel": L("presbiteriana", SENS),
                 "sjabilal": L(63, "personal.birthdate")}],
            "loked_ta_jabil": 1994,
            "milpa": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PARCEL],
            "yalel": L("Cortaron el tubo del agua de la milpa de mis suegros porque no cooperan "
                       "para la fiesta del santo; son evangelicos desde 1994.",
                       f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/api/koplal/{CASE_NO}/lokol", [
            ("lokol", "tubo_cortado.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "lat": L(PARCEL_AT[0], PRECISE), "lon": L(PARCEL_AT[1], PRECISE),
                "skakalil": "2026-01-24",
                "yalel": L("El tubo de la milpa, cortado a machete", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/koplal/{CASE_NO}/ak_kop", [
            ("ak_kop", "testimonio_rosa.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "biil": L(MOTHER_IL[0], NAMEC), "skop": L("tsotsil", SENS), "sekundos": 214})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/xiel", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID), "mulil": "amenaza", "kiboj": "2026-01-28T19:40",
            "yav": {"lat": ila, "lon": ilo, "presicion": 7},
            "snaj": {"be": L(INLAWS["line"], "contact.address"),
                     "kolonia": L(INLAWS["colonia"], COARSE)},
            "yalel": L("Dos hombres del comite vinieron a la casa de mis suegros y dijeron que si "
                       "no dejan la iglesia les quitan la tierra", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/akompanyamento", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID), "skakalil": "2026-02-06",
            "yav": L(f"{PARAJE['name']}, {PARAJE['municipio']}", COARSE),
            "chiuk": [L(HUSBAND[0], NAMEC), L(FATHER_IL[0], NAMEC)],
            "interprete": L("tsotsil-espanol", SENS), "vehiculo": "vh_02"}),
        case(f, f"{a}/api/tsobobil/miembro", fmt="form", headers=_h(rng, **b), body={
            "tsobobil": L(ORG, SENS), "kargo": L("tesorera", SENS),
            "biil": L(f"{FIRST} {LAST}", NAMEC), "expediente": L(CASE_NO, UID)}),
        case(f, f"{a}/api/taller", fmt="form", headers=_h(rng, **b), body={
            "taller": "tl_libertad_religiosa_02", "biil": L(f"{FIRST} {LAST}", NAMEC),
            "jayvo": "2", "skakalil": "2026-02-21"}),
        case(f, f"{a}/api/interprete", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID), "skop": L("bats'i k'op (Chamula)", SENS),
            "buch_un": L(MOTHER_IL[0], NAMEC), "cita": obj(rng, "ct")}),
        multipart(f, f"{a}/api/koplal/{CASE_NO}/vunetik", [
            ("vun", "acta_expulsion_1994.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"tipo": "acta_expulsion",
                                                "xchunel": L("presbiteriana", SENS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/takbil_kop", headers=_h(rng, **b), body={
            "buch_un": "abg_07", "expediente": L(CASE_NO, UID),
            "takbil_kop": L("Licenciada, el pastor Mariano Diaz dice que la asamblea del paraje "
                            "es el domingo; mi suegro Juan quiere ir con ustedes.",
                            f"{TEXT}|{SENS}|{NAMEC}")}),
        file,
        case(f, f"{a}/api/koplal/linea", headers=_h(rng, **b), query={
            "expediente": L(CASE_NO, UID), "desde": "2026-01-01"}),
        case(f, f"{a}/api/yulel", headers=_h(rng, **b), body={
            "cita": obj(rng, "ct"), "yav": {"lat": cla, "lon": clo},
            "centro": {"id": CENTRE["id"], "lat": CENTRE["lat"], "lon": CENTRE["lon"]}}),
        case(f, f"{a}/api/matanal", fmt="form", headers=_h(rng, **b), body={
            "takin": L("500", BUY), "moneda": "MXN", "anonimo": "si",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/pronunciamiento/permiso", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID), "publicar_nombres": False,
            "nombres_permitidos": [L(FATHER_IL[0], NAMEC)], "lokol_permitido": False}),
        case(f, f"{a}/api/kuxlejal/plan", headers=_h(rng, **b), body={
            "expediente": L(CASE_NO, UID),
            "chiuk": [{"biil": L(HUSBAND[0], NAMEC), "snumero": L(HUSBAND[1], TEL)},
                      {"biil": L(SISTER_US[0], NAMEC), "snumero": L(SISTER_US[1], TEL),
                       "email": L(SISTER_US[2], MAIL)},
                      {"biil": L(PASTOR[0], NAMEC), "snumero": L(PASTOR[1], TEL),
                       "chulna": L(CHURCH, SENS)}],
            "kodigo_alerta": L("pozol frio", CRED)}),
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/spasel", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "spasel": [
                ev("koplal_abierto", 1), ev("pantalla", 2, pantalla=L("Linea", USAGE))]}),
        case(f, f"{a}/api/lokel", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID),
            "req": rid(rng)}),
    ]


def ichbail_sdks() -> list[Case]:
    rng = random.Random(22432)
    return [
        mj_batch(APP, rng, [("Case Opened", {}), ("Evidence Uploaded", {"kind": "photo"})],
                 locale="es_MX"),
        ck_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ck_crumb("nav", "Koplal -> Lokol"), ck_crumb("tap", "subir")],
                 screen="EvidenceActivity"),
        ck_session(APP, rng, secs=1204),
        fj_eval(APP, rng, {"rol": "acompanante", "region": L("Altos de Chiapas", COARSE)}),
        ps_register(APP, rng, lang="es", tags={"tsobobil": L(ORG, SENS), "rol": "acompanante"}),
        cn_save(APP, rng, {"analytics": True, "marketing": False}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "500.00"),
        mp_reverse(APP, rng, PARCEL_AT, PRECISE, nd=5),
        mp_route(APP, rng, [(HOME_AT, PRECISE), (INLAWS_AT, PRECISE)], mode="driving"),
        hk_message(APP, rng, L(f"No puedo subir el audio al expediente {CASE_NO}",
                               f"{TEXT}|{UID}"), {"expediente": L(CASE_NO, UID)}),
    ]
