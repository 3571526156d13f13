"""Hirudotherapy (medical leech) clinic app "Holok" (holok leech: a private clinic in Ufa's
Sipaylovo where she has a course of leech sessions for the varicose veins of her left leg; its
API's keys are Bashkir in Latin letters with Russian medical loans, as the clinic's developer
wrote them: ``tulyq_isem`` full name, ``tyugan_data`` birth date, ``enes`` sex, ``telefon``,
``pochta`` e-mail, ``parol`` password (the Russian loan), ``kod`` code, ``snils`` pension number,
``polis_oms`` state health insurance policy, ``meditsina_kartahy`` medical card, ``auyryular``
illnesses, ``zarlanyu`` complaint, ``daryular`` medicines, ``allergiya``, ``qan_basymy`` blood
pressure, ``qan_oyouy`` clotting, ``auyrly`` pregnant, ``temeke`` smoking, ``holok_hany`` number
of leeches, ``seans`` session, ``tabip`` doctor, ``yazylyu`` appointment, ``xezmat`` service,
``rizalyq`` consent, ``qultamga`` signature, ``tulau`` payment, ``hum`` amount, ``auyrtyu``
pain, ``qan_agyu`` bleeding, ``qysyu`` itching, ``khat`` message, ``hurat`` photo, ``boltyr``
calf, ``hisap`` invoice, ``uryn`` place): sign-up with her SNILS and policy, an SMS log-in,
``/min``, the questionnaire (gzip), a vein ultrasound (PDF), her lab results, the appointment,
the consent signature, a payment, a check-in at the clinic, a protobuf session record, a msgpack
diary, a photo of the bites, a message to the doctor, the doctors, compression stockings ordered
(calf measurement, delivery address), sharing her card with her husband, invoices by card number
in the path, the tax-deduction certificate (her INN), push, events and appointments by cookie."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families241_kit import (
    CHART,
    CLINIC,
    CLINIC_FIX,
    DOCTOR,
    HUSBAND,
    INN,
    SNILS,
    UFA_HOME,
    UFA_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families241_sdk import bt_launch, is_batch, is_queue, sc_crash, sc_crumb, sc_session
from eval_families241_svc import bd_attach, ip_register, rz_check, um_geocode, yf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("holok", "Holok", "com.example.holok", "2.2.7", "https://api.holok.example.org")
IID = "X-Holok-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
NID = "personal.national_id"
FIT = "health.fitness"
POLICY = "0258810874003311"  # her OMS policy (health.medical: an insurance member number)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def holok() -> list[Case]:
    rng = random.Random(24111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochta=L(EMAIL, MAIL), karta=L(CHART, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    rec = pb([(1, L(CHART, MED)), (2, 1765532400),
              (3, [(1, L(5, MED)), (2, L("sul ayaq, boltyr, ese yaq", MED)), (3, 45)]),
              (4, L(2, MED)), (5, "dr_galimova")], "", lab)
    inv = at_path(case(f, f"{a}/v2/pacient/{CHART}/hisaptar", headers=_h(rng, **b)), CHART, MED)
    return [
        case(f, f"{a}/v2/pacient/terkaleu", headers=_h(rng), body={
            "tulyq_isem": L(f"{FIRST} {LAST}", NAMEC), "tyugan_data": L(DOB, BIRTH),
            "enes": L("qatyn", GENDER), "telefon": L(NATIONAL, TEL), "pochta": L(EMAIL, MAIL),
            "parol": L("Holok#Sipaylovo5", CRED), "snils": L(SNILS, NID),
            "polis_oms": L(POLICY, MED), "qayzan_belde": "dus"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kod": L("508134", CRED)}),
        case(f, f"{a}/v2/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/anketa", gz=True, headers=_h(rng, **b), body={
            "meditsina_kartahy": L(CHART, MED), "zarlanyu": L(
                "Kisen sul ayaq hyzlay, boltyrza tamyrzar qabara", f"{TEXT}|{MED}"),
            "auyryular": [L("varikoz, sul ayaq", MED), L("gipotireoz", MED)],
            "daryular": [L("levotiroksin 50 mkg", MED), L("diosmin 600 mg", MED)],
            "allergiya": [L("yod", MED)], "qan_basymy": L("125/80", MED),
            "qan_oyouy_bozolgan": L(False, MED), "auyrly": L(False, MED),
            "temeke": L(False, MED), "antikoagulyant": L(False, MED)}),
        multipart(f, f"{a}/v2/hujjattar", [
            ("fayl", "uzds_ayaq_venalary.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"meditsina_kartahy": L(CHART, MED),
                                                "tor": L("UZDS vena, ike ayaq", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/analizlar", headers=_h(rng, **b), query={
            "meditsina_kartahy": L(CHART, MED), "tor": "koagulogramma"}),
        case(f, f"{a}/v2/yazylyu", headers=_h(rng, **b), body={
            "meditsina_kartahy": L(CHART, MED), "tabip": "dr_galimova",
            "xezmat": L("girudoterapiya, varikoz", MED), "waqyt": "2025-12-12T17:00",
            "kabinet": "k_3", "seans_hany": L(6, MED)}),
        multipart(f, f"{a}/v2/rizalyq", [
            ("qultamga", "qultamga.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"meditsina_kartahy": L(CHART, MED),
                                                "forma": "girudo_v3",
                                                "kem": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tulau", fmt="form", headers=_h(rng, **b), body={
            "hum": L("3200.00", BUY), "valyuta": "RUB", "karta_songy_dort": L("4444", PAY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "yazylyu": obj(rng, "yz"),
            "chek_pochtaga": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/checkin", headers=_h(rng, **b), body={
            "yazylyu": obj(rng, "yz"), "uryn": {"kinlek": cla, "ozonloq": clo},
            "klinika": {"id": CLINIC["id"], "kinlek": CLINIC["lat"], "ozonloq": CLINIC["lon"]}}),
        raw(f, f"{a}/v2/seans/yazma", rec, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/kondalek", fmt="msgpack", headers=_h(rng, **b), body={
            "meditsina_kartahy": L(CHART, MED), "kon": 2, "qan_agyu": L("az, 8 sagat", MED),
            "qysyu": L(True, MED), "auyrtyu": L(2, MED), "temperatura": L(36.9, MED)}),
        multipart(f, f"{a}/v2/hurattar", [
            ("hurat", "ayaq_kon2.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"meditsina_kartahy": L(CHART, MED), "kon": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/khat", headers=_h(rng, **b), body={
            "kemga": {"isem": L(DOCTOR[0], NAMEC), "pochta": L(DOCTOR[1], MAIL)},
            "khat": L("Rezeda Rinatovna, ike yara kisen qysyta, buyau mumkinme? Yod yaramay.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/tabiplar", headers=_h(rng, **b), query={
            "xezmat": "girudoterapiya", "filial": CLINIC["id"]}),
        case(f, f"{a}/v2/kibet/zakaz", headers=_h(rng, **b), body={
            "zakaz": L("KZ-50917", BUY), "tauar": "kompression_oyoq_2klass",
            "boltyr_aylanahy_sm": L(36, FIT), "buy_sm": L(167, FIT), "hum": L(4890, BUY),
            "adres": L(UFA_HOME["line"], ADDR), "qala": L(UFA_HOME["town"], COARSE),
            "indeks": L(UFA_HOME["post"], COARSE)}),
        case(f, f"{a}/v2/ortaq", headers=_h(rng, **b), body={
            "meditsina_kartahy": L(CHART, MED),
            "kem_menan": {"isem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "naristar": ["yazylyular", "hisaptar"]}),
        inv,
        case(f, f"{a}/v2/nalog/spravka", headers=_h(rng, **b), body={
            "yyl": 2025, "inn": L(INN, NID), "tulyq_isem": L(f"{FIRST} {LAST}", NAMEC),
            "tyugan_data": L(DOB, BIRTH), "hum": L(19200, BUY), "kod_uslugi": "01"}),
        case(f, f"{a}/v2/qorolmalar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/waqigalar", headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "sessiya": rid(rng), "waqigalar": [
                ev("yazylyu_quyyldy", 1), ev("ekran", 2, ekran=L("Kondalek", USAGE))]}),
        case(f, f"{a}/v2/yazylyular", headers=_h(rng, how="none"), cookies={
            "hl_sid": L(opaque(rng, "", 40), CRED), "hl_dev": L(INSTALL_ID, DID),
            "hl_req": rid(rng)}),
    ]


def holok_sdks() -> list[Case]:
    rng = random.Random(24112)
    return [
        is_batch(APP, rng, [("Appointment Booked", {"service": L("girudoterapiya", MED)}),
                            ("Payment Done", {"amount": L(3200, BUY)})]),
        is_queue(APP, rng, [("Diary Entry", {"pain": L(2, MED)}),
                            ("Photo Uploaded", {"day": 2})]),
        bt_launch(APP, rng, first=True, user=True),
        sc_session(APP, rng, secs=388),
        sc_crash(APP, rng, ("java.io.FileNotFoundException", "uzds_ayaq_venalary.pdf"),
                 [sc_crumb("nav", "Anketa -> Hujjattar"), sc_crumb("tap", "fayl_qushyu")],
                 screen="HujjattarActivity"),
        yf_eval(APP, rng, {"filial": CLINIC["id"], "program": L("girudoterapiya", MED)}, hdr=True),
        ip_register(APP, rng, lang="en", tags={"filial": CLINIC["id"]}),
        rz_check(APP, rng, {"analytics": True, "research": False}),
        um_geocode(APP, rng, "Holok Hirudo Centre Sipaylovo", "behavior.search",
                   near=UFA_HOME_AT, nd=2),
        bd_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "koagulogramma.pdf", "application/pdf"),
    ]
