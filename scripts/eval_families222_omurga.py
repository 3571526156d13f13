"""Spine clinic app "Omurga" (a Comrat spine centre; her cervical disc protrusion with pain and
numbness down the right arm; its API's keys are Gagauz with the Russian medical loans the clinic's
forms keep: ``adi``/``soyadi``, ``e_pocta``, ``telefon``, ``duuma_gunu``, ``cins`` sex (``kari``
woman), ``permis`` residence permit, ``kart`` patient card, ``anketa`` questionnaire, ``aari`` pain,
``aari_er`` where it hurts, ``aari_derecesi`` pain score, ``uyusma`` numbness, ``ilaclar``
medicines, ``allergiya``, ``boy`` height, ``aarlik`` weight, ``gebelik`` pregnancy, ``mrt`` MRI,
``bolge`` region, ``diagnoz``, ``tedavi`` treatment, ``priyom`` appointment, ``blokada`` nerve
block, ``lfk`` exercise therapy, ``adimlar`` steps, ``dakika`` minutes, ``razilik`` consent,
``imza`` signature, ``spravka`` sick note, ``polis`` insurance policy, ``recetalar`` prescriptions,
``schet`` invoice, ``kima`` to whom, ``yazi`` text): sign-up with her permit, an SMS log-in,
``/ben``, the questionnaire (gzip), the MRI report (PDF), the diagnosis and plan, a deposit, the
nerve-block appointment, the consent form, a check-in at the clinic, a protobuf pain diary, an
exercise session (msgpack), a message to her doctor, prescriptions, a video consult, a sick note for
her employer, sharing with her husband, invoices by card number in the path, her insurance policy,
push and events."""

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
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families222_kit import (
    CARD_NO,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HOME_AT,
    HUSBAND,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families222_sdk import cc_session, iz_launch, sy_batch, sy_queue
from eval_families222_svc import (
    bk_eval,
    cr_check,
    hk_attach,
    hk_message,
    mb_geocode,
    pl_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("omurga", "Omurga", "com.example.omurga", "5.1.2",
          "https://api.omurga.example.org")
IID = "X-Omurga-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(46))
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def omurga() -> list[Case]:
    rng = random.Random(22221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kart=L(CARD_NO, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1765497600),
                (3, [(1, L(5, MED)), (2, L("sag kol", MED)), (3, L("ibuprofen 400 mg", MED))]),
                (4, "1.2.0")], "", lab)
    inv = at_path(case(f, f"{a}/api/hastalar/{CARD_NO}/schetlar", headers=_h(rng, **b)),
                  CARD_NO, MED)
    return [
        case(f, f"{a}/api/hastalar", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "e_pocta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "duuma_gunu": L(DOB, BIRTH), "cins": L("kari", GENDER),
            "permis": L(RESIDENCE, NID), "dil": "en", "nerdan": "doktor tavsiyesi"}),
        case(f, f"{a}/api/giris/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("550917", CRED)}),
        case(f, f"{a}/api/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/anketa", gz=True, headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "aari_er": L("boyun, sag kol", MED),
            "aari_derecesi": L(7, MED), "baslama": "2025-10",
            "uyusma": L("sag elin parmakları", MED),
            "ilaclar": [L("ibuprofen 400 mg", MED), L("diklofenak jel", MED)],
            "allergiya": [L("penicillin", MED)], "boy": L(168, FIT), "aarlik": L(64, FIT),
            "gebelik": L(False, f"{MED}|{SENS}"), "sigara": L(False, MED),
            "is": "ofis, çok oturêr"}),
        multipart(f, f"{a}/api/mrt", [
            ("rapor", "mrt_boyun.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kart": L(CARD_NO, MED), "tip": "MRT",
                                                "bolge": L("C5-C6, C6-C7", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/diagnoz", headers=_h(rng, **b), query={"kart": L(CARD_NO, MED)}),
        case(f, f"{a}/api/plan/kabul", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED),
            "diagnoz": L("C5-C6 disk protruziyası, sag radikulopatiya", MED),
            "tedavi": L("faset blokada + LFK 10 seans", MED), "summa": L(3800, BUY),
            "valyuta": "MDL"}),
        case(f, f"{a}/api/plata/avans", fmt="form", headers=_h(rng, **b), body={
            "summa": L("1000", BUY), "valyuta": "MDL", "kart_son4": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart": L(CARD_NO, MED)}),
        case(f, f"{a}/api/priyom", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "tip": L("faset blokada", MED),
            "baslangic": "2025-12-16T09:30", "kabinet": "k-3", "doktor": "dr_dm07"}),
        multipart(f, f"{a}/api/razilik", [
            ("imza", "imza.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(32), MEDIA)),
            ("forma", None, "application/json", {"kart": L(CARD_NO, MED), "forma": "blokada_v3",
                                                 "imzalayan": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/geldim", headers=_h(rng, **b), body={
            "priyom": obj(rng, "pr"), "er": {"lat": cla, "lng": clo},
            "klinika": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/api/aari/gunluk", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lfk/seans", fmt="msgpack", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "seans": 4, "dakika": L(25, FIT), "adimlar": L(6400, FIT),
            "egzersizlar": [{"ad": "kopru", "tekrar": 10}, {"ad": "kedi-inek", "tekrar": 12}],
            "aari_sonra": L(3, MED)}),
        case(f, f"{a}/api/haber", headers=_h(rng, **b), body={
            "kima": {"adi": L(DOCTOR[0], NAMEC), "e_pocta": L(DOCTOR[1], MAIL)},
            "yazi": L("Blokadadan sonra sag elim hep uyuşêr, bu normal mi?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/recetalar", headers=_h(rng, **b), query={
            "kart": L(CARD_NO, MED), "aktiv": "true"}),
        case(f, f"{a}/api/video/oda", headers=_h(rng, **b), body={
            "priyom": obj(rng, "pr"), "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/spravka", fmt="form", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "baslangic": "2025-12-16", "gunler": "5",
            "sebep": L("servikal radikulopatiya", MED), "is_yeri": "Comrat Language Centre"}),
        case(f, f"{a}/api/paylasma", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED),
            "kima": {"adi_soyadi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "izin": ["priyomlar", "schetlar"]}),
        inv,
        case(f, f"{a}/api/polis", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "polis": L("PMA-7120448193", MED), "gecerli": "2026-12-31",
            "sigortaci": "Example Health Fund"}),
        case(f, f"{a}/api/aparat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/olaylar", headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "sesiya": rid(rng), "olaylar": [
                ev("plan_acildi", 1), ev("ekran", 2, ekran=L("AariGunluk", USAGE))]}),
    ]


def omurga_sdks() -> list[Case]:
    rng = random.Random(22222)
    return [
        sy_batch(APP, rng, [("Plan Accepted", {"level": L("C5-C6", MED)}),
                            ("Deposit Paid", {"amount": L(1000, BUY)})]),
        sy_queue(APP, rng, [("Pain Logged", {"score": L(5, MED)}),
                            ("Exercise Done", {"minutes": L(25, FIT)})]),
        iz_launch(APP, rng, first=True, user=True),
        cc_session(APP, rng, secs=604),
        bk_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("spine", MED)}, hdr=True),
        pl_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cr_check(APP, rng, {"analytics": True, "research": False}),
        mb_geocode(APP, rng, "Omurga Spine Centre Comrat", SEARCH, near=HOME_AT, nd=2),
        hk_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "rentgen_boyun.pdf", "application/pdf"),
        hk_message(APP, rng, L("Schet iki kerä geldi, avans 1000 ley ödendi", f"{TEXT}|{BUY}"),
                   {"kart": L(CARD_NO, MED)}),
    ]
