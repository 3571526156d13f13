"""A prescribed adapted-physical-activity programme's app "Muvimentu" (``muvimentu``: movement;
a Bastia sport-health house where her oncologist prescribed twelve weeks of adapted exercise
after her radiotherapy). Its API's keys are Corsican: ``nome``/``casata`` first
name/surname, ``telefunu`` phone, ``parolla_secreta`` password, ``data_di_nascita`` birth
date, ``sessu`` sex, ``benefiziariu`` programme file, ``ricetta`` prescription,
``medicu_prescrittore`` prescribing doctor, ``patologia`` condition, ``bilanciu``
assessment, ``pesu`` weight, ``statura`` height, ``camminata_6_min_m`` six-minute walk in
metres, ``forza_di_presa_kg`` grip strength, ``battitu_riposu`` resting heart rate,
``limitazioni`` limits, ``corsi`` classes, ``livellu`` level, ``iscrizzione`` enrolment,
``presenza`` attendance, ``pusizione`` position, ``passi`` steps, ``ghjorni`` days,
``ghjurnale`` diary, ``stanchezza`` fatigue, ``dulore`` pain, ``obiettivi`` goals, ``testu``
text, ``messaghju`` message, ``prugressu`` progress, ``somma`` amount, ``mutuale``
complementary insurance number, ``rimborsu`` reimbursement, ``nir`` social security number,
``ricerca`` search, ``cuntattu_d_urgenza`` emergency contact, ``attestazione`` attendance
certificate, ``valutazione`` review. Sign-up, an OAuth password grant, ``/eiu``, the
prescription (PDF), the initial assessment (gzip), classes, an enrolment, attendance with her
fix, a protobuf workout from her watch, steps, a fatigue and pain diary, a goal, a message to
the coach, progress by file number in the path, the fee, a reimbursement claim (msgpack), a
search, the emergency contact, the certificate by cookie, push, events and a review. Sets with
physiotherapy and gym apps exist; a doctor-prescribed programme after cancer with fitness
tests and an insurer's reimbursement is new in a grep ("prescribed exercise", "adapted" and
"sport-health" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families18_kit import FIT, NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families164_kit import (
    BENEF,
    GYM,
    GYM_FIX,
    HOME_AT,
    HUSBAND,
    MUTUELLE,
    NIR,
    fix,
    hd,
    obj,
    push,
)
from eval_families164_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_queue, tn_launch
from eval_families164_svc import cy_save, fn_eval, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("muvimentu", "Muvimentu", "com.example.muvimentu", "2.7.0",
          "https://api.muvimentu.example.com")
IID = "X-Muvimentu-Device"
PW = "Citadella&Marchja5"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
ONCO = "Dr Ornella Casanova"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def muvimentu() -> list[Case]:
    rng = random.Random(16461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), benefiziariu=L(BENEF, MED)))}
    gla, glo = fix(GYM_FIX, 5)
    lab: dict[str, str] = {}
    wk = pb([(1, L(USER_ID, UID)), (2, obj(rng, "ss")), (3, 1775030400),
             (4, [(1, L(118, FIT)), (2, L(141, FIT)), (3, L(212, FIT))]), (5, L(45, FIT))],
            "", lab)
    prog = at_path(case(f, f"{a}/v3/benefiziarii/{BENEF}/prugressu", headers=_h(rng, **b)),
                   BENEF, MED)
    return [
        case(f, f"{a}/v3/arrighjistramentu", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "casata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefunu": L(E164, TEL), "parolla_secreta": L(PW, CRED),
            "data_di_nascita": L(DOB, BIRTH), "sessu": L("F", GENDER),
            "benefiziariu": L(BENEF, MED)}),
        case(f, f"{a}/v3/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "muvimentu-android"}),
        case(f, f"{a}/v3/eiu", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/ricetta", [
            ("schedariu", "ricetta_apa.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "medicu_prescrittore": L(ONCO, NAMEC),
                "patologia": L("cancru di u senu", MED), "settimane": 12})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/bilanciu", gz=True, headers=_h(rng, **b), body={
            "benefiziariu": L(BENEF, MED), "pesu": L(61.4, FIT), "statura": L(168, FIT),
            "camminata_6_min_m": L(452, FIT), "forza_di_presa_kg": L(24.5, FIT),
            "battitu_riposu": L(74, FIT),
            "patologia": L("cancru di u senu, radioterapia finita in aprile", MED),
            "limitazioni": L("bracciu mancu: risicu di limfedema", MED)}),
        case(f, f"{a}/v3/corsi", headers=_h(rng, **b), query={
            "livellu": "1", "casa": GYM["id"], "settimana": "2026-W19"}),
        case(f, f"{a}/v3/corsi/iscrizzione", fmt="form", headers=_h(rng, **b), body={
            "corsu": obj(rng, "cr"), "benefiziariu": L(BENEF, MED)}),
        case(f, f"{a}/v3/presenza", headers=_h(rng, **b), body={
            "corsu": obj(rng, "cr"), "pusizione": {"lat": gla, "lng": glo},
            "casa": {"id": GYM["id"], "lat": GYM["lat"], "lng": GYM["lon"]}}),
        raw(f, f"{a}/v3/sessioni/orologhiu", wk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/passi", headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "ghjorni": [
                {"data": "2026-05-04", "passi": L(6120, FIT)},
                {"data": "2026-05-05", "passi": L(8433, FIT)},
                {"data": "2026-05-06", "passi": L(7210, FIT)}]}),
        case(f, f"{a}/v3/ghjurnale", fmt="form", headers=_h(rng, **b), body={
            "data": "2026-05-06", "stanchezza": L("4", MED), "dulore": L("2", MED),
            "nota": L("Menu stanca chè a settimana scorsa", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/obiettivi", headers=_h(rng, **b), body={
            "testu": L("Marchjà finu à a Citadella senza piantà", f"{TEXT}|{FIT}"),
            "scadenza": "2026-07-01"}),
        case(f, f"{a}/v3/messaghji", headers=_h(rng, **b), body={
            "a": "coach_mathieu",
            "testu": L("U bracciu mancu hè gunfiatu dopu l'esercizii cù l'elastichi",
                       f"{TEXT}|{MED}")}),
        prog,
        case(f, f"{a}/v3/pagamentu", fmt="form", headers=_h(rng, **b), body={
            "somma": L("60.00", BUY), "trimestre": "2026-T2", "mutuale": L(MUTUELLE, MED),
            "metodu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/rimborsu", fmt="msgpack", headers=_h(rng, **b), body={
            "mutuale": L(MUTUELLE, MED), "nir": L(NIR, NATID), "somma": L(60, BUY),
            "attestazione": obj(rng, "at")}),
        case(f, f"{a}/v3/ricerca", headers=_h(rng, **b), query={
            "q": L("aquagym dopu un cancru di u senu", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v3/cuntattu_d_urgenza", headers=_h(rng, **b), body={
            "nome": L(HUSBAND[0], NAMEC), "telefunu": L(HUSBAND[1], TEL), "ligame": "maritu"}),
        case(f, f"{a}/v3/attestazione", headers=_h(rng, how="none"), cookies={
            "mv_sid": L(opaque(rng, "", 40), CRED), "mv_dev": L(INSTALL_ID, DID),
            "mv_req": rid(rng)}),
        case(f, f"{a}/v3/apparechju", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/avvenimenti", gz=True, headers=_h(rng, **b), body={
            "utilizatore": L(USER_ID, UID), "avvenimenti": [
                ev("corsu_fattu", 1), ev("screen", 2, screen=L("Prugressu", USAGE)),
                ev("passi_sincrunizati", 3, batteria=L(64, DEV))]}),
        case(f, f"{a}/v3/valutazione", headers=_h(rng, **b), body={
            "nota": 5, "testu": L("Gruppu simpaticu, u coach adatta tuttu", TEXT)}),
    ]


def muvimentu_sdks() -> list[Case]:
    rng = random.Random(16462)
    return [
        mc_batch(APP, rng, [("Class Attended", {"level": 1}),
                            ("Steps Synced", {"steps": L(8433, FIT)})], at=GYM_FIX, nd=2),
        mc_queue(APP, rng, [("Diary Saved", {"fatigue": L(4, MED)}), ("Goal Set", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "watch sync"),
                 [cd_crumb("nav", "Sessioni -> Orologhiu"), cd_crumb("tap", "sync_button")],
                 screen="OrologhiuActivity"),
        cd_session(APP, rng, secs=1210),
        fn_eval(APP, rng, {"casa": GYM["id"], "programme": L("oncology", MED)}),
        pt_register(APP, rng, tags={"casa": GYM["id"], "livellu": "1"}),
        cy_save(APP, rng, {"analytics": True, "research": True}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((GYM["lat"], GYM["lon"]), None)],
                 mode="walking"),
        hs_message(APP, rng, L("L'attestazione per a mutuale ùn si scarica micca", TEXT),
                   {"benefiziariu": L(BENEF, MED)}),
    ]
