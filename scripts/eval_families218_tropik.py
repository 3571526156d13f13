"""Tropical-medicine clinic app "Laafi Tropik" (a private clinic in Koulouba for travel and
tropical diseases; she is treated for intestinal amoebiasis: her own health data). Its API's
keys are Moore with French loans and English: ``yuure`` first name, ``sondre`` family name,
``portabl`` / ``portabl_bf`` mobile numbers, ``password``, ``kode`` SMS code, ``rogem_raare``
birth date, ``raoa_poaka`` sex (``poaka`` woman), ``sejour_nimero`` residence-card number,
``zak_soore`` street line, ``kartye`` quarter, ``sektor`` sector, ``tengkasenga`` town,
``dosye`` patient file (fr. dossier), ``randevu`` appointment (fr. rendez-vous), ``motif``
reason, ``baase`` illnesses, ``puug_zabdo`` belly pain, ``diare`` diarrhoea, ``tulgo`` fever
(lit. heat), ``ziim`` blood, ``yaab_koom`` drinking water, ``vaksen`` vaccines, ``tiima``
medicines, ``pugsuka`` pregnancy, ``analiz`` lab tests, ``rezulta`` results, ``dokta`` doctor,
``deegda`` recipient, ``koeega`` message, ``asuranse`` insurance, ``polis`` policy,
``sertifika`` certificate, ``daba`` days, ``ligdi`` amount, ``yaobre`` payment, ``fakture``
invoice, ``partaz`` sharing, ``baob`` search, ``apare`` device: sign-up, an SMS code, ``/mam``,
an appointment, the symptom questionnaire (gzip), a check-in at the clinic, lab orders and
results, an older US result (PDF), the consultation paid, a protobuf symptom diary, medicine
doses (msgpack), a message to her doctor, a video room, an insurance claim, invoices by file
number in the path, sharing with her husband, a sick-leave certificate, a search, receipts by
cookie, push and events. New: "tropical", "amoeb" and "travel medicine" matched no file name or
docstring (set 183's schistosomiasis app and set 160's home laboratory are other kinds)."""

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
from eval_families24_kit import claims, rid
from eval_families218_kit import (
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    FILE_NO,
    HUSBAND,
    LOCAL_PHONE,
    OUA_HOME,
    OUA_HOME_AT,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families218_sdk import ab_launch, cg_session, st_batch, st_queue
from eval_families218_svc import (
    cn_check,
    fs_eval,
    hw_attach,
    mz_geocode,
    pm_card,
    pm_confirm,
    py_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("laafitropik", "Laafi Tropik", "com.example.laafitropik", "5.0.3",
          "https://api.laafitropik.example.org")
IID = "X-LT-Install"
PW = "Koulouba*2025"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def laafitropik() -> list[Case]:
    rng = random.Random(21841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dosye=L(FILE_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE_NO, MED)), (2, 1767916800),
                (3, [(1, L(4, MED)), (2, L(37.9, MED)), (3, L("metronidazole 500 mg", MED))]),
                (4, "5.0.3")], "", lab)
    inv = at_path(case(f, f"{a}/api/dosye/{FILE_NO}/fakture", headers=_h(rng, **b)),
                  FILE_NO, MED)
    return [
        case(f, f"{a}/api/pasian", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "portabl_bf": L(LOCAL_PHONE, TEL),
            "password": L(PW, CRED), "rogem_raare": L(DOB, BIRTH),
            "raoa_poaka": L("poaka", GENDER), "sejour_nimero": L(RESIDENCE, NID),
            "zak_soore": L(OUA_HOME["line"], ADDR), "kartye": L(OUA_HOME["quarter"], COARSE),
            "sektor": L(OUA_HOME["sector"], COARSE),
            "tengkasenga": L(OUA_HOME["town"], COARSE)}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "portabl": L(E164, TEL), "kode": L("307551", CRED)}),
        case(f, f"{a}/api/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/randevu", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "dokta": "dr_sawadogo",
            "motif": L("puug_zabdo la diare", MED), "daare": "2026-01-09", "wakato": "09:30"}),
        case(f, f"{a}/api/kesionner", gz=True, headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "puug_zabdo": L(True, MED), "diare_daba": L(6, MED),
            "tulgo": L(38.4, MED), "ziim": L(True, MED), "yaab_koom": L("robinet", MED),
            "vaksen": {"tifoid": L("2025-08", MED), "hepatite_a": L(True, MED),
                       "fievre_jaune": L("2024-11", MED)},
            "tiima": [L("ciprofloxacin", MED)], "pugsuka": L(False, MED),
            "baase": [L("none", MED)]}),
        case(f, f"{a}/api/kolg", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "ziiga": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/api/analiz/komand", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED),
            "analiz": [L("KAOP (stool)", MED), L("NFS", MED), L("CRP", MED)],
            "ligdi": L(27500, BUY), "lab": "lab_koul"}),
        case(f, f"{a}/api/analiz/rezulta", headers=_h(rng, **b), query={
            "dosye": L(FILE_NO, MED), "since": "2026-01-09"}),
        multipart(f, f"{a}/api/analiz/pdf", [
            ("rezulta", "ny_bloodwork_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosye": L(FILE_NO, MED),
                                                "source": "US lab, June 2025"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/yaobre", fmt="form", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "ligdi": L("22000", BUY), "devise": "XOF",
            "kart_4": L("4444", PAY), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        raw(f, f"{a}/api/diary/beat", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tiima/nanda", fmt="msgpack", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "tiima": L("metronidazole 500 mg", MED),
            "nanda": [L(True, MED), L(True, MED), L(False, MED)], "daba": 10}),
        case(f, f"{a}/api/koeega", headers=_h(rng, **b), body={
            "deegda": {"yuure": L(DOCTOR[0], NAMEC), "email": L(DOCTOR[1], MAIL)},
            "koeega": L("The cramps are better since Tuesday but I still cannot eat spicy food",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/video/salon", headers=_h(rng, **b), body={
            "randevu": obj(rng, "rv"), "joinToken": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/api/asuranse/reclamasion", headers=_h(rng, **b), body={
            "polis": L("TRV-88120443", MED), "dosye": L(FILE_NO, MED),
            "ligdi": L(49500, BUY), "insurer": "Example Travel Insurance",
            "routing": "021000021", "kont": L("4410927736", PAY)}),
        inv,
        case(f, f"{a}/api/partaz", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED),
            "neda": {"yuure": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL)},
            "scope": ["randevu", "fakture"]}),
        case(f, f"{a}/api/sertifika", fmt="form", headers=_h(rng, **b), body={
            "dosye": L(FILE_NO, MED), "daba": L("3", MED), "buudu": "arret_travail",
            "lang": "en"}),
        case(f, f"{a}/api/baob", headers=_h(rng, **b), query={
            "q": L("amibiase regime alimentaire", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/resi", headers=_h(rng, how="none"), cookies={
            "lt_sesion": L(opaque(rng, "", 40), CRED), "lt_apare": L(INSTALL_ID, DID),
            "lt_req": rid(rng)}),
        case(f, f"{a}/api/apare", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/yela", headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "sesion": rid(rng), "yela": [
                ev("rezulta_opened", 1), ev("screen", 2, screen=L("TiimaRapel", USAGE))]}),
    ]


def laafitropik_sdks() -> list[Case]:
    rng = random.Random(21842)
    return [
        st_batch(APP, rng, [("Appointment Booked", {"clinic": CLINIC["id"]}),
                            ("Consultation Paid", {"amount": L(22000, BUY)})]),
        st_queue(APP, rng, [("Diary Entry", {"stools": L(4, MED)}),
                            ("Dose Taken", {"dose": 2})]),
        ab_launch(APP, rng, first=True, user=True),
        cg_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("amibiase", MED)}, hdr=True),
        py_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cn_check(APP, rng, {"analytics": True, "research": False}),
        mz_geocode(APP, rng, "Clinique Tropicale Koulouba", "behavior.search",
                   near=OUA_HOME_AT, nd=2),
        hw_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "stool_result.pdf", "application/pdf"),
        pm_card(APP, rng, email=True),
        pm_confirm(APP, rng, "22000"),
    ]
