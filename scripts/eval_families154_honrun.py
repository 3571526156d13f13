"""Youth-baseball club app "Hònrun" (a Brievengat youth league where their son Jurensley, 10,
plays catcher; its API's keys are Papiamentu in Curaçao spelling without accents: ``nomber``
name, ``fam`` surname, ``korreo`` e-mail, ``selular`` mobile, ``kontrasena`` password,
``fecha_nasementu`` birth date, ``seks`` sex, ``adres`` street line, ``bario`` neighbourhood,
``siudat`` city, ``number_sedula`` identity-card number, ``relashon`` relation, ``hugado``
player, ``ekipo`` team, ``posishon`` position, ``pisa`` weight, ``haltura`` height, ``salu``
health, ``asma`` asthma, ``remedi`` medicine, ``alergia`` allergy, ``seguro`` insurance,
``kuota`` fee, ``suma`` amount, ``pago`` payment, ``ordu`` order, ``biahe`` trip, ``permiso``
consent, ``firma`` signature, ``kontakto_emergensia`` emergency contact, ``lanzamentu`` pitches
(a numbered protobuf), ``ousensia`` absence, ``nota`` note, ``mensahe`` message, ``buska``
search, ``turno`` shift, ``usuario`` user, ``eventonan`` events, ``drenta``/``sali`` log in/out):
the parent's sign-up, log-in, ``/mi``, enrolling the son (weight, height), his health form (gzip),
the medical certificate (PDF), his stats by player number in the path, practices, a field
check-in, an absence note, the season fee, a uniform order (msgpack), an away-tournament consent
with his passport, a protobuf pitch-count/arm-care log, a team photo, a coach message, a
concession-stand shift, an authorised pick-up, a search, receipts by cookie, push, events and a
log-out."""

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
from eval_families24_kit import claims, rid
from eval_families154_kit import (
    CW_HOME,
    CW_HOME_AT,
    MOTHER_IL,
    SEDULA,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families154_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families154_svc import cl_card, cl_confirm, cy_save, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("honrun", "Honrun", "com.example.honrun", "3.4.1", "https://api.honrun.example.org")
IID = "X-Honrun-Aparato"
PW = "Brievengat#Catcher10"
NID, FIT = "personal.national_id", "health.fitness"
FIELD = {"id": "fld_brv01", "name": "Kampo di Beisbol Brievengat", "lat": 12.14962,
         "lon": -68.89771}  # the league's field (a negative)
FIELD_FIX = (12.149588, -68.897802)  # her phone at the field
SON_PASSPORT = "NXC4R8K27"  # his Dutch (Kingdom) passport number (personal.national_id)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
KID = f"{SON['first']} {SON['last']}"
P = SON["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pap=True, **kw)


def honrun() -> list[Case]:
    rng = random.Random(15401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, korreo=L(EMAIL, MAIL), hugadonan=[L(P, UID)],
                                    rol="mayor"))}
    fla, flo = fix(FIELD_FIX)
    lab: dict[str, str] = {}
    arm = pb([(1, L(P, UID)), (2, obj(rng, "wg")), (3, 1765645200),
              (4, [(1, L(48, FIT)), (2, L(2, MED)), (3, L(3, FIT))]), (5, "3.4.1")], "", lab)
    stats = at_path(case(f, f"{a}/api/v1/hugadonan/{P}/estadistika", headers=_h(rng, **b),
                         query={"temporada": "2025-26"}), P, UID)
    return [
        case(f, f"{a}/api/v1/registrashon", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(E164, TEL), "kontrasena": L(PW, CRED),
            "adres": L(CW_HOME["line"], ADDR), "bario": L(CW_HOME["area"], COARSE),
            "siudat": L(CW_HOME["town"], COARSE), "number_sedula": L(SEDULA, NID),
            "relashon": "mama", "notifikashon": True}),
        case(f, f"{a}/api/v1/drenta", fmt="form", headers=_h(rng), body={
            "korreo": L(EMAIL_UPPER, MAIL), "kontrasena": L(PW, CRED), "korda_mi": "1"}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/hugadonan", headers=_h(rng, **b), body={
            "nomber": L(SON["first"], NAMEC), "fam": L(SON["last"], NAMEC),
            "fecha_nasementu": L(SON["dob"], BIRTH), "seks": L(SON["sex"], GENDER),
            "number_sedula": L(SON["sedula"], NID), "hugado": L(P, UID),
            "ekipo": "tm_brv_piratanan", "posishon": "catcher", "bate": "man drechi",
            "pisa": L(34, FIT), "haltura": L(141, FIT), "uniforme_tamano": "YM"}),
        case(f, f"{a}/api/v1/salu", gz=True, headers=_h(rng, **b), body={
            "hugado": L(P, UID), "asma": L(True, MED),
            "remedi": [L("salbutamol inhaler 100 mcg", MED)], "alergia": [L("pinda", MED)],
            "tipo_sanger": L("O+", MED), "dokter": L("Dr. Migna Statia", NAMEC),
            "seguro": {"kompania": "Example Seguro", "number": L("SZV-88104-22", MED)},
            "nota": L("E mester tin su inhaler den su tas semper", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/api/v1/salu/sertifikado", [
            ("dokumento", "sertifikado_medico.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"hugado": L(P, UID), "tipo": "fit_to_play",
                                                "valido_te": "2026-08-31"})],
            headers=_h(rng, **b)),
        stats,
        case(f, f"{a}/api/v1/entrenamentu", headers=_h(rng, **b), query={
            "ekipo": "tm_brv_piratanan", "hugado": L(P, UID), "siman": "2025-W50"}),
        case(f, f"{a}/api/v1/presensia", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "entrenamentu": obj(rng, "en"),
            "luga": {"latitut": fla, "longitut": flo, "presishon": 9},
            "kampo": {"id": FIELD["id"], "latitut": FIELD["lat"], "longitut": FIELD["lon"]}}),
        case(f, f"{a}/api/v1/ousensia", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "fecha": "2025-12-11", "motibu": L("malu", MED),
            "nota": L("Jurensley tin un atake di asma, e ta keda kas awe.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/kuota/pago", fmt="form", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "temporada": "2025-26", "suma": L("150.00", BUY),
            "moneda": "XCG", "metodo": L(opaque(rng, "pm_", 24), PAY),
            "ultimo_kuater": L("4444", PAY)}),
        case(f, f"{a}/api/v1/uniforme/ordu", fmt="msgpack", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "artikulonan": [
                {"sku": "jrs-home-ym", "kantidat": 1, "preis": 45},
                {"sku": "cap-brv-s", "kantidat": 1, "preis": 18}],
            "nomber_riba_shirt": L("MARTINA", NAMEC), "number_riba_shirt": 27,
            "suma": L(63, BUY)}),
        case(f, f"{a}/api/v1/biahe/trn_aruba26/permiso", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "pasport": L(SON_PASSPORT, NID),
            "kontakto_emergensia": {"nomber": L(MOTHER_IL[0], NAMEC),
                                    "telefon": L(MOTHER_IL[1], TEL)},
            "permiso": "si", "firma": L(f"{FIRST} {LAST}", NAMEC), "suma": L(890, BUY)}),
        raw(f, f"{a}/api/v1/lanzamentu", arm, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/potret", [
            ("potret", "ekipo_2025.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"hugado": L(P, UID), "album": "temporada25"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mensahe", headers=_h(rng, **b), body={
            "pa": "coach_brv_07", "hilo": obj(rng, "th"),
            "teksto": L("Entrenadó, nos ta yega 15 minüt lat djaweps, trafiko na Brievengat.",
                        TEXT)}),
        case(f, f"{a}/api/v1/voluntario", fmt="form", headers=_h(rng, **b), body={
            "nomber": L(f"{FIRST} {LAST}", NAMEC), "selular": L(E164, TEL),
            "turno": "2025-12-13T09:00", "tarea": "snek"}),
        case(f, f"{a}/api/v1/pikup", headers=_h(rng, **b), body={
            "hugado": L(P, UID), "persona": {"nomber": L(MOTHER_IL[0], NAMEC),
                                             "telefon": L(MOTHER_IL[1], TEL),
                                             "relashon": "wela"}, "dianan": ["dia2", "dia4"]}),
        case(f, f"{a}/api/v1/buska", headers=_h(rng, **b), query={
            "buska": L("kamp di beisbol den vakansi di pasku", SEARCH), "pagina": "1"}),
        case(f, f"{a}/api/v1/rekibunan", headers=_h(rng, how="none"), cookies={
            "hr_seshon": L(opaque(rng, "", 40), CRED), "hr_aparato": L(INSTALL_ID, DID),
            "hr_req": rid(rng)}),
        case(f, f"{a}/api/v1/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/eventonan", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("kuota_paga", 1, suma=L(150, BUY)), ev("pantaya", 2,
                                                          pantaya=L("Estadistika", USAGE))]}),
        case(f, f"{a}/api/v1/sali", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def honrun_sdks() -> list[Case]:
    rng = random.Random(15402)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(150, BUY)}),
                            ("Practice Check In", {"field": FIELD["id"]})],
                 at=FIELD_FIX, nd=2, locale="pap_CW"),
        mc_identify(APP, rng, {"siudat": L("Willemstad", COARSE), "hugadonan": 1,
                               "rol": "mayor"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"ordu": L("uniforme", BUY)}, revenue=63.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="baseball,kids,sports"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "lineup not loaded"),
                 [cd_crumb("nav", "Ekipo -> Lineup"),
                  cd_crumb("net", "GET", {"url": f"{APP.api}/api/v1/entrenamentu",
                                          "status": 500})], screen="LineupActivity"),
        pt_register(APP, rng, lang="pap", at=CW_HOME_AT, nd=2,
                    tags={"ekipo": "tm_brv_piratanan", "bario": L("Salinja", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "150.00"),
        hs_message(APP, rng, L(f"The trip fee for {KID} was charged twice", f"{TEXT}|{NAMEC}"),
                   {"hugado": L(P, UID)}),
    ]
