"""A Reformed Protestant parish's app "Salmet" (salmet: a little psalm; the Temple del Salin's
members in Toulouse; her religion: she grew up Presbyterian in the US and joined the French
Reformed parish; its API's keys are Occitan, ASCII-folded: ``membre`` member, ``pichon_nom``
first name, ``nom_d_ostal`` family name, ``corrièl`` → ``corriel`` e-mail, ``numerò`` →
``numero_tel`` phone, ``senhal`` password, ``nascuda_lo`` born on, ``registre`` the members'
register, ``confession``, ``batejada`` baptised, ``culte`` worship service, ``santa_cena`` holy
communion, ``ofrena`` offering, ``mandat`` SEPA mandate, ``recaupuda_fiscala`` tax receipt,
``numero_fiscal`` tax number, ``estudi_biblic`` Bible study, ``batejament`` baptism,
``pairin``/``mairina`` godparents, ``pregaria`` prayer, ``conselh_presbiteral`` parish council,
``vot`` vote, ``recuelh`` retreat, ``places`` seats, ``corala`` choir, ``pastora`` pastor,
``frasa`` text): registration in the members' register, an OAuth password grant, ``/ieu``,
worship attendance with her fix, the monthly offering by SEPA mandate, a one-off offering, the
yearly tax receipt with her tax number, a Bible-study group, Lina's baptism request (godparents),
a prayer request (her surgery, her mother-in-law), the parish council election, the retreat in
the Tarn, the choir rota, a photo, a message to the pastor, the register entry by number in the
path, sermons (a GET), a receipt by cookie GET, push and events. Church apps exist in many sets
(set 132's Presbyterian fellowship, set 213's communion season, sets 181, 204 and 220's
Protestant congregations, set 151's Orthodox parish): this one is a French Reformed parish whose
money is members' offerings with tax receipts and whose governance is an elected council."""

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
from eval_families239_kit import (
    DAUGHTER,
    FR_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    PARISH_NO,
    TAX_NO,
    TEMPLE,
    TEMPLE_FIX,
    fix,
    hd,
    push,
)
from eval_families239_sdk import cg_crash, cg_crumb, mg_batch, mg_identify, mg_pixel, tc_event
from eval_families239_svc import co_save, cp_card, cp_confirm, ht_message, mp_route, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("salmet", "Salmet", "com.example.salmet", "2.3.0", "https://api.salmet.example.org")
IID = "X-Salmet-Aparelh"
PW = "Psalme23!Salin"
REL = SENS
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def salmet() -> list[Case]:
    rng = random.Random(23921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, corriel=L(EMAIL, MAIL), membre=L(PARISH_NO, UID),
                                    parroquia=L(TEMPLE["name"], REL)))}
    tla, tlo = fix(TEMPLE_FIX, 4)
    reg = at_path(case(f, f"{a}/v1/registre/{PARISH_NO}", headers=_h(rng, **b)),
                  PARISH_NO, UID)
    return [
        case(f, f"{a}/v1/registre", headers=_h(rng), body={
            "pichon_nom": L(FIRST, NAMEC), "nom_d_ostal": L(LAST, NAMEC),
            "corriel": L(EMAIL_MIXED, MAIL), "numero_tel": L(E164, TEL),
            "senhal": L(PW, CRED), "nascuda_lo": L(DOB, BIRTH),
            "confession": L("Reformada (presbiteriana als EUA)", REL),
            "batejada": L(True, REL), "parroquia": L(TEMPLE["id"], REL),
            "espos": L(HUSBAND[0], NAMEC), "vila": L(HOME["town_fr"], COARSE),
            "registre": L(PARISH_NO, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "salmet-android"}),
        case(f, f"{a}/v1/ieu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/cultes/presencia", headers=_h(rng, **b), body={
            "culte": L("culte del dimenge amb santa cena", REL), "data": "2026-01-11",
            "posicion": {"lat": tla, "lng": tlo},
            "temple": {"lat": TEMPLE["lat"], "lng": TEMPLE["lon"]},
            "santa_cena": L(True, REL)}),
        case(f, f"{a}/v1/ofrenas/mandat", headers=_h(rng, **b), body={
            "membre": L(PARISH_NO, UID), "soma_mesadiera": L(30, BUY),
            "iban": L(FR_IBAN, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "fons": L("vida de la parroquia", REL), "jorn": "5"}),
        case(f, f"{a}/v1/ofrenas", fmt="form", headers=_h(rng, **b), body={
            "fons": L("entrajuda dels refugiats", REL), "soma": L("50", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "anonim": "false"}),
        case(f, f"{a}/v1/recaupudas_fiscalas", headers=_h(rng, **b), body={
            "membre": L(PARISH_NO, UID), "an": "2025", "numero_fiscal": L(TAX_NO, NID),
            "adreca": L(HOME["line_fr"], "contact.address"),
            "total_dons": L(410, BUY)}),
        case(f, f"{a}/v1/estudi_biblic/inscripcion", fmt="form", headers=_h(rng, **b), body={
            "grop": L("Evangèli de Marc, dimars al ser", REL), "membre": L(PARISH_NO, UID)}),
        case(f, f"{a}/v1/batejaments", headers=_h(rng, **b), body={
            "enfant": {"pichon_nom": L(DAUGHTER["first"], NAMEC),
                       "nom_d_ostal": L(DAUGHTER["last"], NAMEC),
                       "nascuda_lo": L(DAUGHTER["dob"], BIRTH)},
            "pairin": L("Marc Delpech", NAMEC), "mairina": L("Rachel Doe", NAMEC),
            "data_desirada": "2026-05-24", "parents": [L(f"{FIRST} {LAST}", NAMEC),
                                                      L(HUSBAND[0], NAMEC)],
            "ceremonia": L("batejament reformat", REL)}),
        case(f, f"{a}/v1/pregarias", headers=_h(rng, **b), body={
            "frasa": L("Pregatz per ieu, m'operan del pè dilus, e per ma sògra Odeta qu'a "
                       "de mal al còr.", f"{TEXT}|{REL}|{MED}"),
            "visibilitat": "pastora"}),
        case(f, f"{a}/v1/conselh_presbiteral/vot", headers=_h(rng, **b), body={
            "escrutin": "cp-2026", "candidats": ["cd_014", "cd_022", "cd_031"],
            "membre": L(PARISH_NO, UID), "nonce": rid(rng)}),
        case(f, f"{a}/v1/recuelhs/places", headers=_h(rng, **b), body={
            "recuelh": "rc_tarn_2026", "places": 2,
            "participants": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "soma": L(120, BUY), "regim": L("sens lactòsa", MED)}),
        case(f, f"{a}/v1/corala/torn", headers=_h(rng, **b), query={
            "membre": L(PARISH_NO, UID), "mes": "2026-02"}),
        multipart(f, f"{a}/v1/album/fotos", [
            ("foto", "cena_fraternala.jpg", "image/jpeg", L(JPEG + b"\x23", MEDIA)),
            ("meta", None, "application/json", {
                "album": "nadal-2025",
                "legenda": L("Lo repais fraternal de Nadal amb Lina e Bastian", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/messatges", headers=_h(rng, **b), body={
            "a": "pastora_tp_salin",
            "frasa": L("Pastora, ma sòrre Rachel Doe (+1 555 014 2277) seriá mairina de Lina, "
                       "pòt venir de l'Ohio per lo batejament?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/benevolat", fmt="form", headers=_h(rng, **b), body={
            "membre": L(PARISH_NO, UID), "servici": L("acuèlh dels refugiats del dimars", REL),
            "lengas": "anglés, francés", "telefon": L(E164, TEL)}),
        reg,
        case(f, f"{a}/v1/predicacions", headers=_h(rng, **b), query={
            "temple": TEMPLE["id"], "des": "2026-01-01", "format": "mp3"}),
        case(f, f"{a}/v1/recaupudas/darriera", headers=_h(rng, how="none"),
             cookies={"sm_sesilha": L(opaque(rng, "", 40), CRED),
                      "sm_aparelh": L(INSTALL_ID, DID), "sm_req": rid(rng)}),
        case(f, f"{a}/v1/aparelhs", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilizaire": L(USER_ID, UID), "eveniments": [
                ev("presencia_culte", 1), ev("ecran", 2, ecran=L("Ofrenas", USAGE)),
                ev("ofrena", 3, fons=L("entrajuda dels refugiats", REL))]}),
    ]


def salmet_sdks() -> list[Case]:
    rng = random.Random(23922)
    return [
        mg_batch(APP, rng, [("Attendance Logged", {"service": L("culte", REL)}),
                            ("Offering Given", {"amount": L(50, BUY)})],
                 at=TEMPLE_FIX, nd=2),
        mg_identify(APP, rng, {"parroquia": L(TEMPLE["name"], REL),
                               "registre": L(PARISH_NO, UID), "vila": L("Tolosa", COARSE)}),
        mg_pixel(APP, rng, "Sermon Played", {"date": "2026-01-11"}),
        tc_event(APP, rng, "offering", {"fons": L("entrajuda dels refugiats", REL)},
                 revenue=50.0),
        cg_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/ofrenas"),
                 [cg_crumb("nav", "Acuèlh -> Ofrenas"), cg_crumb("tap", "ofrenar")],
                 screen="OfrenaActivity"),
        pc_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"parroquia": L("Temple del Salin", REL), "corala": "contralt"}),
        co_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "50.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((TEMPLE["lat"], TEMPLE["lon"]), None)],
                 mode="walking"),
        ht_message(APP, rng, L("Ma recaupuda fiscala 2025 es pas arribada", f"{TEXT}|{REL}"),
                   {"registre": L(PARISH_NO, UID)}),
    ]
