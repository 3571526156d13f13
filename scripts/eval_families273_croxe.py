"""A volunteer ambulance association's app "Croxe" (the Croxe Celeste post in Sampierdarena, where
she does evening shifts as a rescuer; keys Ligurian, ASCII-folded, with loans: ``volontaio``
volunteer, ``turno`` shift, ``ambulansa`` ambulance, ``postassion`` post, ``corso`` course,
``attestou`` certificate, ``idoneitae`` fitness to serve, ``vaccin`` vaccines, ``gruppo_sangue``
blood group, ``divisa`` uniform, ``taggia`` size, ``scarpe`` shoes, ``patente`` driving licence,
``contatto_emergensa`` emergency contact, ``servissio`` call-out, ``rimborso`` refund,
``nomme``/``cognomme``, ``telefono``, ``indirisso``, ``codexo_fiscale``, ``inporto``): the
application (licence, blood group), log-in, ``/mi``, the shift board, a shift booked, the shift
check-in at the post with her fix, a BLS-D course and its certificate (PDF), the fitness form
(gzip), a call-out's track from her phone (JSON Lines), the uniform, a photo of the ambulance's
damage, the emergency contact, availability, a search, protocols, her timesheet by volunteer
number in the path, a travel refund to her IBAN, push and events."""

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
    EMAIL_UPPER,
    JPEG,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families273_kit import (
    AMB,
    GE_HOME,
    GE_HOME_AT,
    HUSBAND,
    IT_ACCOUNT,
    POST,
    POST_FIX,
    TAXCODE,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families273_sdk import bl_bid, bl_notice, cf_crash, cf_crumb, cf_session, cz_batch
from eval_families273_svc import ct_save, fc_eval, hm_message, mp_telemetry, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("croxe", "Croxe", "com.example.croxe", "4.0.7", "https://api.croxe.example.org")
IID = "X-Croxe-Device"
PW = "Sampe#118Celeste"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
NID = "personal.national_id"
CALL_FIX = [(44.409822, 8.899104), (44.408377, 8.903951), (44.407102, 8.910266)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lij=True, **kw)


def croxe() -> list[Case]:
    rng = random.Random(27351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, volontaio=L(VOLUNTEER, UID), email=L(EMAIL, MAIL),
                                    ruolo="soccorritrice"))}
    pla, plo = fix(POST_FIX)
    shift = obj(rng, "tu")
    sheet = at_path(case(f, f"{a}/api/volontai/{VOLUNTEER}/ore", headers=_h(rng, **b),
                         query={"meise": "2026-01"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/api/candidatua", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefono": L(E164, TEL), "daeta_de_nascita": L(DOB, BIRTH),
            "codexo_fiscale": L(TAXCODE, NID), "indirisso": L(GE_HOME["line"], ADDR),
            "comun": L(GE_HOME["town"], COARSE), "patente": L("GE5120418K", NID),
            "gruppo_sangue": L("0 Rh-", MED), "postassion": POST["id"],
            "lengue": ["en", "it"]}),
        case(f, f"{a}/api/intra", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/turni/tabellon", headers=_h(rng, **b), query={
            "postassion": POST["id"], "settemann-a": "2026-W04"}),
        case(f, f"{a}/api/turni/{shift}/prenota", fmt="form", headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID), "ambulansa": AMB, "ruolo": "soccorritrice"}),
        case(f, f"{a}/api/turni/{shift}/checkin", headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID), "poxision": {"lat": pla, "lon": plo, "prec": 5},
            "postassion": {"id": POST["id"], "lat": POST["lat"], "lon": POST["lon"]}}),
        case(f, f"{a}/api/corsi/blsd/iscrision", headers=_h(rng, **b), body={
            "corso": "blsd_2026_02", "volontaio": L(VOLUNTEER, UID), "inporto": L(35, BUY)}),
        multipart(f, f"{a}/api/attestoei", [
            ("file", "blsd_attestou.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"volontaio": L(VOLUNTEER, UID),
                                                "tipo": "BLSD", "scadensa": "2028-02-10"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/idoneitae", gz=True, headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID),
            "vaccin": {"epatite_B": L("2012-03-14", MED), "tetano": L("2023-09-01", MED)},
            "visita": L("idonea", MED), "lenti_a_contatto": L(True, MED),
            "allergie": [L("lattice", MED)]}),
        lines(f, f"{a}/api/servissi/sync", [
            {"servissio": obj(rng, "sv"), "ambulansa": AMB, "volontaio": L(VOLUNTEER, UID),
             "codice": "verde", "partensa": 1768852800},
            *[{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1768852860 + 60 * i}
              for i, (la, lo) in enumerate(CALL_FIX)]],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/divisa", headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID), "taggia": "M", "scarpe": 39,
            "inporto": L(48, BUY)}),
        multipart(f, f"{a}/api/ambulanse/{AMB}/danni", [
            ("foto", "paraurti.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "testo": L("Paraurti ammaccou in retromarcia into cortile", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/contatto_emergensa", headers=_h(rng, **b), body={
            "nomme": L(HUSBAND[0], NAMEC), "telefono": L(HUSBAND[1], TEL),
            "relasion": "mario"}),
        case(f, f"{a}/api/disponibilitae", fmt="form", headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID), "giorni": "lun,zeu", "fascia": "20-24"}),
        case(f, f"{a}/api/cerca", headers=_h(rng, **b), query={
            "q": L("protocollo ictus scala Cincinnati", SEARCH)}),
        case(f, f"{a}/api/protocolli", headers=_h(rng, **b), query={
            "postassion": POST["id"], "versione": "2026.1"}),
        sheet,
        case(f, f"{a}/api/rimborsi", headers=_h(rng, **b), body={
            "volontaio": L(VOLUNTEER, UID), "inporto": L(22.40, BUY), "km": 32,
            "iban": L(IT_ACCOUNT, PAY), "titolare": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/messaggi", headers=_h(rng, **b), body={
            "a": "capoturno", "fio": obj(rng, "th"),
            "testo": L("Stasera arrivo alle 20:15, c'è traffico in Lungomare Canepa", TEXT)}),
        case(f, f"{a}/api/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("turno_prenotou", 1), ev("schermo", 2, schermo=L("Tabellon", USAGE))]}),
    ]


def croxe_sdks() -> list[Case]:
    rng = random.Random(27352)
    return [
        cz_batch(APP, rng, [("Shift Booked", {"post": POST["id"]}),
                            ("Shift Checked In", {})], at=POST_FIX, nd=3),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GE_HOME_AT, nd=2,
               keywords="volontariato,genova"),
        bl_notice(APP, rng, "win"),
        cf_crash(APP, rng, ("java.lang.IllegalStateException", "shift already closed"),
                 [cf_crumb("nav", "Tabellon -> Turno")], screen="TurnoActivity"),
        cf_session(APP, rng, secs=1290),
        fc_eval(APP, rng, {"post": POST["id"], "role": "rescuer"}),
        pf_register(APP, rng, lang="it", at=POST_FIX, nd=2, tags={"postassion": POST["id"]}),
        ct_save(APP, rng, {"analytics": True, "marketing": False}),
        mp_telemetry(APP, rng, CALL_FIX[:2], PRECISE),
        hm_message(APP, rng, L("Non riesco a caricare l'attestato BLSD", TEXT),
                   {"volontaio": L(VOLUNTEER, UID)}),
    ]
