"""A laser eye-surgery clinic's patient app "Ostrovid" (Skopje, Aerodrom: Femto-LASIK for her
myopia; the API's keys are Macedonian in Latin letters with sh/ch/zh/kj: ``ime`` first name,
``prezime`` surname, ``e_posta`` e-mail, ``telefon`` phone, ``embg`` citizen number,
``datum_na_ragjanje`` birth date, ``pol`` sex, ``karton`` chart, ``anamneza`` history,
``lekovi`` medicines, ``alergii`` allergies, ``kontaktni_lenci`` contact lenses, ``suvo_oko``
dry eye, ``bremenost`` pregnancy, ``glaukom_vo_semejstvo`` glaucoma in the family, ``snimka``
scan, ``recept_za_ochila`` glasses prescription, ``desno_oko``/``levo_oko`` right / left eye,
``dioptrija`` sphere, ``cilindar`` cylinder, ``termin`` appointment, ``tip`` kind, ``kapara``
deposit, ``soglasnost`` consent, ``potpishal`` signed by, ``prijavuvanje`` check-in,
``kapki`` drops, ``bolka`` pain, ``crvenilo`` redness, ``ostrina`` acuity, ``lekar`` doctor,
``pridruzhba`` companion, ``fakturi`` invoices, ``rati`` instalments, ``mesechno`` monthly):
registration with her EMBG, an SMS code, ``/jas``, the history (gzip), a corneal topography PDF,
her old glasses prescription, slots, the surgery booked, a deposit, the consent signature, a
check-in with her fix, a protobuf drops diary, a post-op eye photo, a message to her surgeon,
prescriptions, a video room, the companion who drives her home, a self-test of acuity, invoices
by chart number in the path, instalments (her IBAN), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families152_kit import (
    EMBG,
    EYE_CHART,
    EYE_CLINIC,
    EYE_FIX,
    HUSBAND,
    MK_ACCOUNT,
    SK_HOME_AT,
    SURGEON,
    fix,
    hd,
    obj,
    push,
)
from eval_families152_sdk import ak_launch, cb_session, mv_batch, mv_queue
from eval_families152_svc import cs_check, fm_eval, hk_attach, mp_geocode, pp_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("ostrovid", "Ostrovid", "com.example.ostrovid", "2.7.0",
          "https://api.ostrovid.example.net")
IID = "X-Ostrovid-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
MM = f"{MEDIA}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ostrovid() -> list[Case]:
    rng = random.Random(15241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posta=L(EMAIL, MAIL), karton=L(EYE_CHART, MED)))}
    ela, elo = fix(EYE_FIX, 5)
    lab: dict[str, str] = {}
    drops = pb([(1, L(EYE_CHART, MED)), (2, 1769068800),
                (3, [(1, L("Tobradex", MED)), (2, L(4, MED)), (3, L(2, MED))]),
                (4, [(1, L("vestachki solzi", MED)), (2, L(6, MED))]), (5, "2.7.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/v3/pacienti/{EYE_CHART}/fakturi", headers=_h(rng, **b)),
                  EYE_CHART, MED)
    return [
        case(f, f"{a}/api/v3/pacienti", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "e_posta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "embg": L(EMBG, NID),
            "datum_na_ragjanje": L("17.05.1991", BIRTH), "pol": L("zhenski", GENDER),
            "osiguruvanje": "privatno", "preporaka": "prijatel"}),
        case(f, f"{a}/api/v3/najava/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("664120", CRED)}),
        case(f, f"{a}/api/v3/jas", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/anamneza", gz=True, headers=_h(rng, **b), body={
            "karton": L(EYE_CHART, MED), "lekovi": [L("cetirizin 10 mg", MED)],
            "alergii": [L("lateks", MED)], "kontaktni_lenci": L("meki, 12 godini", MED),
            "suvo_oko": L(True, MED), "dijabetes": L(False, MED), "bremenost": L(False, MED),
            "glaukom_vo_semejstvo": L("majka", MED), "pushach": L(False, MED)}),
        multipart(f, f"{a}/api/v3/snimki", [
            ("snimka", "topografija.pdf", "application/pdf", L(PDF, MM)),
            ("meta", None, "application/json", {"karton": L(EYE_CHART, MED),
                                                "vid": "topografija na rozhnica"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/recept_za_ochila", headers=_h(rng, **b), body={
            "karton": L(EYE_CHART, MED),
            "desno_oko": {"dioptrija": L(-3.25, MED), "cilindar": L(-0.5, MED), "os": L(170, MED)},
            "levo_oko": {"dioptrija": L(-2.75, MED), "cilindar": L(-0.25, MED), "os": L(5, MED)},
            "izdaden": "2023-04"}),
        case(f, f"{a}/api/v3/termini", headers=_h(rng, **b), query={
            "tip": "konsultacija", "od": "2026-01-19", "klinika": EYE_CLINIC["id"]}),
        case(f, f"{a}/api/v3/termini", headers=_h(rng, **b), body={
            "karton": L(EYE_CHART, MED), "tip": L("Femto-LASIK, dvete ochi", MED),
            "pochetok": "2026-01-23T09:00", "sala": "op_2", "anestezija": L("kapki", MED)}),
        case(f, f"{a}/api/v3/kapara", fmt="form", headers=_h(rng, **b), body={
            "iznos": L("10000", BUY), "valuta": "MKD", "posledni4": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "karton": L(EYE_CHART, MED)}),
        multipart(f, f"{a}/api/v3/soglasnost", [
            ("potpis", "potpis.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("forma", None, "application/json", {"karton": L(EYE_CHART, MED),
                                                 "obrazec": "lasik_v4",
                                                 "potpishal": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/prijavuvanje", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "lokacija": {"lat": ela, "lng": elo},
            "klinika": {"id": EYE_CLINIC["id"], "lat": EYE_CLINIC["lat"],
                        "lng": EYE_CLINIC["lon"]}}),
        raw(f, f"{a}/api/v3/kapki/dnevnik", drops, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v3/postop/sliki", [
            ("slika", "den1_desno.jpg", "image/jpeg", L(JPEG + b"\x09", MM)),
            ("meta", None, "application/json", {"karton": L(EYE_CHART, MED), "den": 1,
                                                "crvenilo": L("blago", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/poraki", headers=_h(rng, **b), body={
            "do": {"lekar": L(SURGEON[0], NAMEC), "e_posta": L(SURGEON[1], MAIL)},
            "tekst": L("Navecher gledam oreoli okolu svetlata, dali e normalno po tri dena?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v3/recepti", headers=_h(rng, **b), query={
            "karton": L(EYE_CHART, MED), "aktivni": "true"}),
        case(f, f"{a}/api/v3/video/sobi", headers=_h(rng, **b), body={
            "termin": obj(rng, "tm"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v3/pridruzhba", fmt="form", headers=_h(rng, **b), body={
            "ime_prezime": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
            "termin": obj(rng, "tm")}),
        case(f, f"{a}/api/v3/vid/test", headers=_h(rng, **b), body={
            "karton": L(EYE_CHART, MED), "den": 7, "ostrina_desno": L("1.0", MED),
            "ostrina_levo": L("0.9", MED), "test": rid(rng)}),
        inv,
        case(f, f"{a}/api/v3/rati", headers=_h(rng, **b), body={
            "vkupno": L(118000, BUY), "meseci": 12, "mesechno": L(9834, BUY),
            "iban": L(MK_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v3/ured", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/nastani", headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "sesija": rid(rng), "nastani": [
                ev("termin_zakazhan", 1), ev("ekran", 2, ekran=L("DnevnikKapki", USAGE))]}),
    ]


def ostrovid_sdks() -> list[Case]:
    rng = random.Random(15242)
    return [
        mv_batch(APP, rng, [("Surgery Booked", {"procedure": L("Femto-LASIK", MED)}),
                            ("Deposit Paid", {"amount": L(10000, BUY)})]),
        mv_queue(APP, rng, [("Drops Logged", {"drug": L("Tobradex", MED)}),
                            ("Photo Uploaded", {"day": 1})]),
        ak_launch(APP, rng, first=True, user=True),
        cb_session(APP, rng, secs=488),
        fm_eval(APP, rng, {"clinic": EYE_CLINIC["id"], "program": L("refractive", MED)},
                hdr=True),
        pp_register(APP, rng, tags={"clinic": EYE_CLINIC["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Ostrovid Ochen Centar Aerodrom", "behavior.search",
                   near=SK_HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, MM), "otpusna_lista.pdf", "application/pdf"),
    ]
