"""A law office's case app "Raizes" (roots) for the Spanish nationality for Sephardic descendants:
she files through a Nişantaşı office, proving descent through her mother's mother Rebeka
Alhadeff of Izmir (ethnic origin and religion: ``personal.sensitive``). Its API's keys are
Ladino: ``solisitante`` applicant, ``numero_de_dosier`` case number, ``nombre``, ``alkunya``,
``posta_elektronika``, ``telefon``, ``kontrasenya``, ``data_de_nasimiento``,
``lugar_de_nasimiento`` birthplace, ``pasaporte``, ``numero_de_identidad`` (her foreigner
identity number), ``adreso``, ``sivdad``, ``djenealojia`` genealogy (``nona`` grandmother,
``madre``, ``avuelos`` ancestors, ``alkunyas_sefaradis`` Sephardic surnames, ``murio`` died),
``lingua_de_kaza`` home language, ``sertifikado`` certificate (``komunita``, ``numero``),
``egzamen`` exam, ``dokumento`` (``tipo``), ``notario`` notary, ``akompanyante`` companion,
``tasa`` fee, ``suma``, ``firma`` signature, ``estado`` status, ``mesaje``, ``bushkar``.
Calls: sign-up, an OAuth password grant, ``/yo``, the applicant form, the family tree
(msgpack), the community certificate, the exams, uploads (passport scan, birth certificate,
background check), a signed mandate (base64 JSON in a form field), the fee, the notary slot in
Madrid, a message to the lawyer, a search, the case status by case number in the path, a video
interview, the courier for the apostilles, push, events and a log-out. Set 61 (an immigration
lawyer for a US green card) and set 39 (a document wallet) are the nearest kinds; this one is a
nationality-by-descent file built on ancestry and a religious community's certificate."""

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
from eval_families24_kit import claims, rid
from eval_families212_kit import (
    CERT,
    DOSSIER,
    HOME,
    HOME_AT,
    HUSBAND,
    NONA,
    PASSPORT,
    YKN,
    hd,
    obj,
    push,
)
from eval_families212_sdk import ab_event, ab_launch, cg_crash, cg_crumb, ko_batch, ko_identify
from eval_families212_svc import (
    hc_message,
    kl_save,
    mb_geocode,
    pa_card,
    pa_confirm,
    pv_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("raizes", "Raizes", "com.example.raizes", "3.0.2", "https://api.raizes.example.com")
IID = "X-Raizes-Device"
PW = "Alhadeff1911!"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def raizes() -> list[Case]:
    rng = random.Random(21231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), dosier=L(DOSSIER, UID),
                                    tipo="sefaradi"))}
    status = at_path(case(f, f"{a}/api/dosieres/{DOSSIER}/estado", headers=_h(rng, **b)),
                     DOSSIER, UID)
    return [
        case(f, f"{a}/api/enrejistrasion", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC),
            "posta_elektronika": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "kontrasenya": L(PW, CRED), "akseptar": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "raizes-android"}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/dosieres/solisitante", gz=True, headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID), "nombre": L(FIRST, NAMEC),
            "alkunya": L(LAST, NAMEC), "data_de_nasimiento": L(DOB, BIRTH),
            "lugar_de_nasimiento": L("Seattle", COARSE), "nasionalidad": "US",
            "pasaporte": L(PASSPORT, NID), "numero_de_identidad": L(YKN, NID),
            "adreso": L(HOME["line"], ADDR), "sivdad": L(HOME["town"], COARSE),
            "kazada_kon": L(HUSBAND[0], NAMEC), "lingua_de_kaza": L("ladino", SENS)}),
        case(f, f"{a}/api/dosieres/djenealojia", fmt="msgpack", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID),
            "nona": {"nombre": L(NONA["name"], NAMEC), "nasimiento": L(NONA["born"], BIRTH),
                     "lugar": L(NONA["place"], COARSE), "murio": NONA["died"]},
            "madre": {"nombre": L("Susan Doe", NAMEC), "nasimiento": L("1962-08-09", BIRTH)},
            "avuelos": [{"nombre": L("Avram Alhadeff", NAMEC), "lugar": L("Izmir", COARSE)},
                        {"nombre": L("Djoya Franko", NAMEC), "lugar": L("Rodes", COARSE)}],
            "alkunyas_sefaradis": [L("Alhadeff", SENS), L("Franko", SENS)]}),
        case(f, f"{a}/api/dosieres/sertifikado", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID), "numero": L(CERT, SENS),
            "komunita": L("Gran Rabinato de Turkiya", SENS),
            "teksto": L("Sertifikamos ke la solisitante es deshendiente de djudios sefaradis de "
                        "Izmir", f"{TEXT}|{SENS}"), "data": "2025-11-20"}),
        case(f, f"{a}/api/dosieres/egzamenes", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID), "dele": "A2", "dele_puntos": 71,
            "ccse": "apto", "sentro": "Instituto Cervantes Estambol"}),
        multipart(f, f"{a}/api/dokumentos", [
            ("dosya", "pasaporte.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"tipo": "pasaporte",
                                                "numero_de_dosier": L(DOSSIER, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/dokumentos", [
            ("dosya", "ketuba_nona_1930.pdf", "application/pdf", L(PDF, f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"tipo": L("ketuba", SENS),
                                                "numero_de_dosier": L(DOSSIER, UID)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/dokumentos", [
            ("dosya", "background_check.pdf", "application/pdf", L(PDF + b"\x01", MEDIA)),
            ("meta", None, "application/json", {"tipo": "antesedentes",
                                                "numero_de_dosier": L(DOSSIER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dosieres/mandato", fmt="form", headers=_h(rng, **b), body={
            "data": W({"numero_de_dosier": L(DOSSIER, UID), "firma": L(f"{FIRST} {LAST}", NAMEC),
                       "pasaporte": L(PASSPORT, NID)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/pagos/tasa", fmt="form", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID), "suma": L("100.00", BUY), "moneda": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos_kuatro": L("4444", PAY)}),
        case(f, f"{a}/api/notarios/randevus", headers=_h(rng, **b), query={
            "sivdad": "Madrid", "mez": "2026-04"}),
        case(f, f"{a}/api/notarios/randevu", headers=_h(rng, **b), body={
            "slot": obj(rng, "nt"), "notario": "nt_mad_044", "numero_de_dosier": L(DOSSIER, UID),
            "akompanyante": L(HUSBAND[0], NAMEC), "tradusion": "ingles"}),
        case(f, f"{a}/api/mesajes", headers=_h(rng, **b), body={
            "a": "abogada_dosier",
            "mesaje": L("Topi la ketuba de mi nona Rebeka Alhadeff, kazada en Izmir en 1930",
                        f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/api/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("notario en Madrid ke avla ingles", SEARCH)}),
        status,
        case(f, f"{a}/api/entrevista/video", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID),
            "token_de_oda": L(opaque(rng, "iv_", 36), CRED), "data": "2026-03-02T11:00"}),
        case(f, f"{a}/api/kurier/apostil", fmt="form", headers=_h(rng, **b), body={
            "numero_de_dosier": L(DOSSIER, UID), "rekojer_en": L(HOME["line"], ADDR),
            "telefon": L(E164, TEL), "sigimiento": "KRY-" + opaque(rng, "", 8)}),
        case(f, f"{a}/api/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "uzador": L(USER_ID, UID), "seans": rid(rng), "eventos": [
                ev("dokumento_subido", 1), ev("ekran", 2, ekran=L("Djenealojia", USAGE))]}),
        case(f, f"{a}/api/salida", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def raizes_sdks() -> list[Case]:
    rng = random.Random(21232)
    return [
        ko_batch(APP, rng, [("Document Uploaded", {"kind": "passport"}),
                            ("Fee Paid", {"amount": L(100, BUY)})]),
        ko_identify(APP, rng, {"dosier": L(DOSSIER, UID), "tipo": L("sefaradi", SENS),
                               "sivdad": L("İstanbul", COARSE)}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"dosier": L(DOSSIER, UID)}, revenue=100.0,
                 currency="EUR", hashed=True),
        cg_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cg_crumb("nav", "Dokumentos -> Subir"), cg_crumb("tap", "subir_pdf")],
                 screen="DokumentosActivity"),
        pv_register(APP, rng, tags={"estado": "en_revizion"}),
        kl_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pa_card(APP, rng, email=True),
        pa_confirm(APP, rng, "100.00", currency="eur"),
        mb_geocode(APP, rng, "Instituto Cervantes Estambol", SEARCH, near=HOME_AT, nd=3),
        hc_message(APP, rng, L(f"El dosier {DOSSIER} no amostra el sertifikado", f"{TEXT}|{UID}"),
                   {"dosier": L(DOSSIER, UID)}),
    ]
