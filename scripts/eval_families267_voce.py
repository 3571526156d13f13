"""A phoniatrics voice clinic's app "Voce Bbona" (Chiaia, Naples; her vocal-fold nodules from
teaching English six hours a day: HER HEALTH). Its API's keys are Neapolitan, ASCII-folded, with
Italian medical loans: ``pazziente`` patient, ``nomme`` / ``cugnomme``, ``cellulare``,
``juorno_nascita`` birth date, ``sesso`` sex (``femmena``), ``codice_fiscale`` tax code,
``miedeco_curante`` family doctor, ``cartella`` chart, ``voce`` voice, ``cannarone`` throat,
``raucedine`` hoarseness, ``da_quanno`` since when, ``ore_voce`` hours of voice use a day,
``mestiere`` job, ``fummo`` smoking, ``reflusso`` reflux, ``medicine`` medicines, ``allergie``,
``impegnativa`` (a GP's referral) with its ``nre`` (electronic prescription number), ``referto``
report, ``stroboscopia`` (the videostroboscopy), ``registrazione`` recording, ``logopedia`` speech
therapy, ``esercizie`` exercises, ``dulore`` pain, ``diario`` diary, ``ticket`` (the co-payment, an
Italian loan), ``appuntamento`` appointment, ``certificato`` certificate, ``giorne`` days,
``diagnosi``, ``condivisione`` sharing, ``detrazione`` tax deduction, ``codice`` code,
``mmasciata`` message, ``scritto`` text: registration, an SMS code, ``/ije``, the questionnaire
(gzip), the GP's referral, the videostroboscopy (MP4) and its report, a voice recording (WAV) with
its acoustic measures, the plan, speech-therapy sessions, the co-payment, a check-in, a protobuf
voice diary, an exercise log (msgpack), a message to the phoniatrician, the reports by chart number
in the path, a sick-leave certificate, sharing with her husband, a video visit, invoices by cookie,
the medical-expense export, push and events. Set 63's Parkinson's voice test, set 105's Carnatic
vocal lessons and set 209's hyperbaric clinic differ: this is an ENT voice clinic for a teacher's
nodules."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WAV,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families267_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    GP,
    HOME_AT,
    HUSBAND,
    JANE_CF,
    PHONIATRIST,
    WORK,
    fix,
    hd,
    obj,
    push,
)
from eval_families267_sdk import cc_session, ms_batch, ms_queue, tp_launch
from eval_families267_svc import (
    ca_check,
    cz_card,
    cz_confirm,
    ff_eval,
    ht_attach,
    ma_geocode,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vocebbona", "Voce Bbona", "com.example.vocebbona", "2.4.7",
          "https://api.vocebbona.example.org")
IID = "X-VB-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NRE = "1500A4418827193"  # the GP's electronic referral number (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def vocebbona() -> list[Case]:
    rng = random.Random(26731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), cartella=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CHART, MED)), (2, 1768521600),
                (3, [(1, L(3, MED)), (2, L(6, MED)), (3, L("raucedine dopo le lezioni", MED))]),
                (4, "2.4.7")], "", lab)
    reps = at_path(case(f, f"{a}/api/v2/referti/{CHART}", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/api/v2/pazziente", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cugnomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "cellulare": L(E164, TEL), "juorno_nascita": L(DOB, BIRTH),
            "sesso": L("femmena", GENDER), "codice_fiscale": L(JANE_CF, NID),
            "miedeco_curante": L(GP, NAMEC), "lengua": "en"}),
        case(f, f"{a}/api/v2/trase/sms", fmt="form", headers=_h(rng), body={
            "cellulare": L(E164, TEL), "codice": L("318406", CRED)}),
        case(f, f"{a}/api/v2/ije", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/questionario", gz=True, headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "mestiere": "insegnante", "ore_voce": L(6, MED),
            "raucedine": L(True, MED), "da_quanno": L("3 mise", MED), "fummo": L(False, MED),
            "reflusso": L(True, MED), "medicine": [L("omeprazolo 20 mg", MED)],
            "allergie": [L("nichel", MED)], "cannarone": L("brucia la sera", MED),
            "canta": L("coro amatoriale", MED)}),
        case(f, f"{a}/api/v2/impegnativa", fmt="form", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "nre": L(NRE, MED), "codice_fiscale": L(JANE_CF, NID),
            "prestazione": L("visita foniatrica + stroboscopia", MED)}),
        multipart(f, f"{a}/api/v2/esame/stroboscopia", [
            ("video", "strobo_2026-01-09.mp4", "video/mp4", L(MP4, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "cartella": L(CHART, MED),
                "referto": L("noduli bilaterali al terzo medio delle corde vocali", MED)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/voce/registrazione", [
            ("audio", "vocale_a_sostenuta.wav", "audio/wav", L(WAV, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "cartella": L(CHART, MED), "compito": "a_sostenuta",
                "jitter_pct": L(1.42, MED), "shimmer_db": L(0.61, MED),
                "hnr_db": L(14.8, MED), "tempo_fonazione_s": L(11.2, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/piano", headers=_h(rng, **b), query={"cartella": L(CHART, MED)}),
        case(f, f"{a}/api/v2/appuntamento", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "tipo": L("logopedia", MED), "ciclo": 10,
            "juorno": "2026-01-20", "ora": "17:30", "sala": "lg_02"}),
        case(f, f"{a}/api/v2/pavamento", fmt="form", headers=_h(rng, **b), body={
            "ticket": L("36.15", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "cartella": L(CHART, MED)}),
        case(f, f"{a}/api/v2/checkin", headers=_h(rng, **b), body={
            "appuntamento": obj(rng, "ap"), "pusizione": {"lat": cla, "lng": clo},
            "centro": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/v2/diario", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/esercizie", fmt="msgpack", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "esercizie": [
                {"nomme": "cannuccia", "minuti": 5}, {"nomme": "sirena", "minuti": 3}],
            "dulore": L(2, MED), "juorno": "2026-01-22"}),
        case(f, f"{a}/api/v2/mmasciata", headers=_h(rng, **b), body={
            "a": {"nomme": L(PHONIATRIST[0], NAMEC), "email": L(PHONIATRIST[1], MAIL)},
            "scritto": L("Doctor, after three lessons in a row the voice breaks again and my "
                         "throat burns at night. Should I stop the choir?", f"{TEXT}|{MED}")}),
        reps,
        case(f, f"{a}/api/v2/certificato", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "codice_fiscale": L(JANE_CF, NID),
            "diagnosi": L("laringite acuta su noduli", MED), "giorne": L(5, MED),
            "datore": WORK["name"]}),
        case(f, f"{a}/api/v2/condivisione", headers=_h(rng, **b), body={
            "cartella": L(CHART, MED), "cu": {"nomme_cumpleto": L(HUSBAND[0], NAMEC),
                                              "cellulare": L(HUSBAND[1], TEL)},
            "permessi": ["appuntamente", "fatture"]}),
        case(f, f"{a}/api/v2/video/stanza", headers=_h(rng, **b), body={
            "appuntamento": obj(rng, "ap"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v2/fatture", headers=_h(rng, how="none"), cookies={
            "vb_sess": L(opaque(rng, "", 40), CRED), "vb_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v2/detrazione", headers=_h(rng, **b), body={
            "codice_fiscale": L(JANE_CF, NID), "anno": 2025, "totale": L(412.3, BUY),
            "tipo": L("spese sanitarie foniatria", MED)}),
        case(f, f"{a}/api/v2/dispusitive", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/evente", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "sessione": rid(rng), "evente": [
                ev("diario_salvato", 1), ev("schermo", 2, schermo=L("DiarioVoce", USAGE))]}),
    ]


def vocebbona_sdks() -> list[Case]:
    rng = random.Random(26732)
    return [
        ms_batch(APP, rng, [("Diary Saved", {"hoarseness": L(3, MED)}),
                            ("Session Booked", {"kind": L("speech therapy", MED)})]),
        ms_queue(APP, rng, [("Exercise Done", {"name": "straw", "minutes": 5}),
                            ("Recording Uploaded", {"task": "sustained_a"})]),
        tp_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=644),
        ff_eval(APP, rng, {"centro": CLINIC["id"], "percorso": L("voice nodules", MED)},
                hdr=True),
        pp_register(APP, rng, tags={"centro": CLINIC["id"], "logopedia": L(True, MED)}),
        ca_check(APP, rng, {"analytics": True, "research": False}),
        ma_geocode(APP, rng, "Centro Voce Chiaia", "behavior.search", near=HOME_AT, nd=2),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "referto_stroboscopia.pdf",
                  "application/pdf"),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "36.15"),
    ]
