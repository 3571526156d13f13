"""An insomnia programme app "Sogn Bu" (a hospital sleep centre's cognitive-behavioural therapy
for insomnia, CBT-I, on her GP's referral: HER HEALTH). Its API's keys are Lombard in camelCase,
ASCII-folded: ``pasient`` patient, ``nom``, ``cognom``, ``email``, ``celular`` mobile, ``ciav``
password, ``nassida`` birth date, ``sess`` sex (``dona`` woman), ``codesFiscal`` tax code,
``impegnativa`` referral (``nre`` its number, ``quesit`` the question), ``questionare``
(``risposte`` answers, ``puntegg`` score, ``ansia`` anxiety), ``diariSogn`` sleep diary
(``nocc`` night, ``inLecc`` in bed, ``indormentasMin`` minutes to fall asleep, ``dessedade``
awakenings, ``levada`` getting up, ``ureDeSogn`` hours slept, ``caffe``), ``finestra`` sleep
window, ``medesine`` medicines, ``visita`` visit (``tip``), ``posisiu`` position, ``sala``
video room, ``messagg``, ``referti`` reports, ``ticket`` the regional co-payment, ``import``
amount, ``metod`` method, ``condivisiu`` sharing, ``aparecc`` device, ``evencc`` events): sign-up,
an SMS code, ``/me``, the referral, the insomnia severity questionnaire (gzip), the sleep diary
(JSON Lines), a protobuf night summary from her wristband, the sleep window and its acceptance,
medicines, a visit and the check-in at the centre, a video room, a message to the therapist,
the centre's report (PDF), reports by patient number in the path, the co-payment, sharing with
her wife, invoices by cookie, push and events. Set 37 has a sleep clinic's home apnoea test, 111
a CPAP app and 11/24 sleep-sound apps; none an insomnia therapy with a prescribed sleep window."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    CENTRE_FIX,
    CF,
    HOME_AT,
    PATIENT,
    SLEEP_CENTRE,
    WIFE,
    fix,
    hd,
    obj,
    push,
)
from eval_families281_sdk import cs_session, ms_batch, ms_pixel, tp_launch
from eval_families281_svc import (
    co_card,
    co_confirm,
    cp_check,
    fs_eval,
    hc_attach,
    mp_geocode,
    po_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sognbu", "Sogn Bu", "com.example.sognbu", "1.3.7", "https://api.sognbu.example.it")
IID = "X-SognBu-Install"
PW = "Dormi-Ben!0530"
NID = "personal.national_id"
BIRTH = "personal.birthdate"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NRE = "030A04218877190"  # the e-referral number (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _night(d: str, bed: str, lat: int, wake: int, up: str, hours: float, cups: int) -> dict[str, Any]:
    return {"nocc": d, "inLecc": bed, "indormentasMin": L(lat, MED), "dessedade": L(wake, MED),
            "levada": up, "ureDeSogn": L(hours, MED), "caffe": cups, "pasient": L(PATIENT, MED)}


def sognbu() -> list[Case]:
    rng = random.Random(28131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pasient=L(PATIENT, MED)))}
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    band = pb([(1, L(PATIENT, MED)), (2, "2026-01-14"),
               (3, [(1, L(54, FIT)), (2, L(61, FIT))]), (4, L(0.71, MED)), (5, "wb2.4.0")],
              "", lab)
    reports = at_path(case(f, f"{a}/v1/pasiencc/{PATIENT}/referti", headers=_h(rng, **b)),
                      PATIENT, MED)
    return [
        case(f, f"{a}/v1/pasiencc", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celular": L(E164, TEL), "ciav": L(PW, CRED), "nassida": L(DOB, BIRTH),
            "sess": L("dona", GENDER), "codesFiscal": L(CF, NID), "medegDeBase": "mmg_pesenti",
            "centro": SLEEP_CENTRE["id"]}),
        case(f, f"{a}/v1/entrada/otp", fmt="form", headers=_h(rng), body={
            "celular": L(E164, TEL), "codes": L("518204", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/impegnativa", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "nre": L(NRE, MED),
            "quesit": L("insonnia cronica, risvegli precoci", MED), "priorita": "D"}),
        case(f, f"{a}/v1/questionare/isi", gz=True, headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "risposte": [L(v, MED) for v in (3, 3, 4, 2, 3, 2, 2)],
            "puntegg": L(19, MED), "ansia": L("moderate", MED), "compilat": "2026-01-10"}),
        lines(f, f"{a}/v1/diariSogn", [
            _night("2026-01-12", "23:10", 75, 3, "06:40", 4.9, 3),
            _night("2026-01-13", "23:40", 50, 2, "06:35", 5.4, 2)], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/bracialet/nocc", band, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/finestra", headers=_h(rng, **b), query={
            "pasient": L(PATIENT, MED), "setimana": "3"}),
        case(f, f"{a}/v1/finestra/acetasiu", fmt="form", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "inLecc": L("00:30", MED), "levada": L("06:30", MED)}),
        case(f, f"{a}/v1/medesine", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "medesine": [L("melatonina 2 mg", MED)],
            "scalar": L("zolpidem 5 mg: half tablet, stop by week 6", MED)}),
        case(f, f"{a}/v1/visite", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "tip": L("controllo CBT-I", MED),
            "dat": "2026-02-04T15:30", "ambulatori": "amb_3"}),
        case(f, f"{a}/v1/visite/checkin", headers=_h(rng, **b), body={
            "visita": obj(rng, "vi"), "posisiu": {"lat": cla, "lng": clo},
            "centro": {"lat": SLEEP_CENTRE["at"][0], "lng": SLEEP_CENTRE["at"][1]}}),
        case(f, f"{a}/v1/video/sale", headers=_h(rng, **b), body={
            "visita": obj(rng, "vi"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/messagg", headers=_h(rng, **b), body={
            "a": {"nom": L("Dr. Elena Gritti", NAMEC),
                  "email": L("e.gritti@sonno.example.it", MAIL)},
            "test": L("I slept 5 hours but woke at 3 again, and I am anxious about work",
                      f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/documencc", [
            ("referto", "referto_sonno.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"pasient": L(PATIENT, MED),
                                                "tip": "actigrafia"})],
            headers=_h(rng, **b)),
        reports,
        case(f, f"{a}/v1/ticket", fmt="form", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "import": L("36.15", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/condivisiu", headers=_h(rng, **b), body={
            "pasient": L(PATIENT, MED), "con": {"nom": L(WIFE["name"], NAMEC),
                                                "email": L(WIFE["email"], MAIL)},
            "ambit": ["diariSogn", "visite"]}),
        case(f, f"{a}/v1/serca", headers=_h(rng, **b), query={
            "q": L("restrizione del sonno pisolino pomeriggio", SEARCH)}),
        case(f, f"{a}/v1/fature", headers=_h(rng, how="none"), cookies={
            "sb_sess": L(opaque(rng, "", 40), CRED), "sb_dev": L(INSTALL_ID, DID),
            "sb_req": rid(rng)}),
        case(f, f"{a}/v1/aparecc", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/evencc", headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "sessiu": rid(rng), "evencc": [
                ev("diari_salvat", 1), ev("schermada", 2, schermada=L("Finestra", USAGE))]}),
    ]


def sognbu_sdks() -> list[Case]:
    rng = random.Random(28132)
    return [
        ms_batch(APP, rng, [("Diary Saved", {"nights": 2}),
                            ("Window Accepted", {"week": 3})]),
        ms_pixel(APP, rng, "Lesson Opened", {"lesson": "stimulus-control"}),
        tp_launch(APP, rng, first=True, user=True),
        cs_session(APP, rng, secs=296),
        fs_eval(APP, rng, {"centre": SLEEP_CENTRE["id"], "programme": L("cbt-i", MED)},
                hdr=True),
        po_register(APP, rng, tags={"reminder": "21:30", "centre": SLEEP_CENTRE["id"]}),
        cp_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Centro del Sonno Bergamo Ovest", SEARCH, near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "diario_sonno.pdf", "application/pdf"),
        co_card(APP, rng),
        co_confirm(APP, rng, "36.15"),
    ]
