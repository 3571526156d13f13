"""A union council's e-services app "Yunian Kaunsil" (Gulshan-e-Iqbal Town: registering their
nikah, married in 2016 in New York, with the union council, and Marvi's birth abroad for her
B-form; a family registration certificate for school). Sindhi keys: ``nikah_nama`` marriage
contract, ``ghot`` groom, ``kunwar`` bride, ``haq_mehr`` dower, ``gawah`` witnesses,
``nikah_khwan`` officiant, ``mazhab`` religion, ``islam_qabool`` conversion date, ``piu_jo_nalo``
father's name, ``maau`` mother, ``janam`` birth, ``janam_jo_hando`` place of birth, ``wazan``
weight, ``b_form`` child registration number, ``khandan`` family, ``sanad`` certificate,
``mulaqat`` appointment, ``mussawado`` draft. A docstring grep found no marriage-registration
app ("nikah" matched only set 143's henna studio, "marriage regist" only a remark in set 105's
property-tax app); set 166 has a child-benefit claim with birth registration numbers. This one
registers a foreign-born convert's nikah and a child's birth
abroad with a Pakistani union council: registration, a log-in, ``/muhinjo``, the
nikah application (religion and conversion), witnesses, the nikah nama scan, their photo, fees,
the application by number in the path, Marvi's birth registration, her US birth certificate, the
family certificate and its status (B-form in the query), an appointment, a check-in at the
office with her fix, a search, a message to the secretary, a draft (msgpack), the certificate by
cookie, an address change, push, events and a log-out."""

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
    GENDER,
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
from eval_families24_kit import claims
from eval_families177_kit import (
    DAUGHTER,
    HUSBAND,
    KHI_HOME,
    KHI_HOME_AT,
    NIKAH_REG,
    PASSPORT,
    PK_SIM,
    POC,
    UC,
    WITNESSES,
    fix,
    hd,
    obj,
    push,
)
from eval_families177_sdk import km_batch, rk_launch, tc_crash, tc_crumb, tc_session
from eval_families177_svc import ck_check, cr_confirm, fm_eval, hp_message, mp_geocode, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("yuniankaunsil", "Yunian Kaunsil", "com.example.yuniankaunsil", "2.0.5",
          "https://api.yuniankaunsil.example.org")
IID = "X-UC-Device"
PW = "Nikah2016!Gulshan"
NID = "personal.national_id"
REL = SENS
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FEE_CHALLAN = "UC7-CH-2026-5521"  # the fee slip (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sd=True, **kw)


def yuniankaunsil() -> list[Case]:
    rng = random.Random(17761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), poc=L(POC, NID)))}
    ula, ulo = fix(KHI_HOME_AT, 4)
    ola, olo = fix((24.923161, 67.100628), 6)  # her phone inside the council office
    status = at_path(case(f, f"{a}/api/nikah/{NIKAH_REG}/halat", headers=_h(rng, **b)),
                     NIKAH_REG, UID)
    return [
        case(f, f"{a}/api/shehri/rajistar", headers=_h(rng), body={
            "nalo": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobile": L(PK_SIM, TEL), "gujho_lafz": L(PW, CRED), "poc_nambar": L(POC, NID),
            "jaman_tareekh": L(DOB, BIRTH)}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "username": L(EMAIL, MAIL), "password": L(PW, CRED), "uc": UC["id"]}),
        case(f, f"{a}/api/muhinjo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/nikah/darkhwast", headers=_h(rng, **b), body={
            "darkhwast": L(NIKAH_REG, UID), "nikah_tareekh": "2016-08-20",
            "nikah_jo_hando": L("New York", COARSE), "haq_mehr": 100000,
            "ghot": {"nalo": L(HUSBAND[0], NAMEC), "cnic": L(HUSBAND[2], NID),
                     "piu_jo_nalo": L("Ghulam Mustafa Soomro", NAMEC),
                     "jaman_tareekh": L("1988-02-14", BIRTH), "mazhab": L("Musalman", REL)},
            "kunwar": {"nalo": L(f"{FIRST} {LAST}", NAMEC), "passport": L(PASSPORT, NID),
                       "poc_nambar": L(POC, NID), "piu_jo_nalo": L("Robert Doe", NAMEC),
                       "jaman_tareekh": L(DOB, BIRTH), "mazhab": L("Musalman", REL),
                       "islam_qabool": L("2016-07-02", REL)},
            "nikah_khwan": "nk_reg_0311"}),
        case(f, f"{a}/api/nikah/gawah", headers=_h(rng, **b), body={
            "darkhwast": L(NIKAH_REG, UID),
            "gawah": [{"nalo": L(n, NAMEC), "cnic": L(c, NID)} for n, c in WITNESSES]}),
        multipart(f, f"{a}/api/nikah/nama", [
            ("scan", "nikah_nama.pdf", "application/pdf", L(PDF, f"{MEDIA}|{REL}")),
            ("meta", None, "application/json", {"darkhwast": L(NIKAH_REG, UID), "safha": 4})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/nikah/tasveer", [
            ("tasveer", "joro.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {"darkhwast": L(NIKAH_REG, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/fees", fmt="form", headers=_h(rng, **b), body={
            "challan": L(FEE_CHALLAN, BUY), "raqam": L("1500", BUY), "currency": "PKR",
            "method": L(opaque(rng, "pm_", 24), PAY), "darkhwast": L(NIKAH_REG, UID)}),
        status,
        case(f, f"{a}/api/janam/darkhwast", headers=_h(rng, **b), body={
            "baar": {"nalo": L(KID, NAMEC), "jaman_tareekh": L(DAUGHTER["dob"], BIRTH),
                     "jins": L(DAUGHTER["sex"], GENDER),
                     "janam_jo_hando": L("Brooklyn, New York", COARSE),
                     "wazan_kg": L(3.1, FIT), "ispatal": "Brooklyn General (example)"},
            "piu": {"nalo": L(HUSBAND[0], NAMEC), "cnic": L(HUSBAND[2], NID)},
            "maau": {"nalo": L(f"{FIRST} {LAST}", NAMEC), "poc_nambar": L(POC, NID)},
            "b_form": L(DAUGHTER["bform"], NID)}),
        multipart(f, f"{a}/api/janam/sanad", [
            ("scan", "birth_certificate_us.pdf", "application/pdf", L(PDF, f"{MEDIA}|{BIRTH}")),
            ("meta", None, "application/json", {"b_form": L(DAUGHTER["bform"], NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/frc", headers=_h(rng, **b), body={
            "khandan": [{"rishto": "murs", "cnic": L(HUSBAND[2], NID)},
                        {"rishto": "zaal", "poc_nambar": L(POC, NID)},
                        {"rishto": "dhee", "b_form": L(DAUGHTER["bform"], NID)}],
            "maqsad": "school_admission"}),
        case(f, f"{a}/api/frc/halat", headers=_h(rng, **b), query={
            "b_form": L(DAUGHTER["bform"], NID), "ref": obj(rng, "frc")}),
        case(f, f"{a}/api/mulaqat", headers=_h(rng, **b), body={
            "uc": UC["id"], "slot": obj(rng, "ms"), "tareekh": "2026-02-09",
            "kam": "nikah_tasdeeq", "mobile": L(PK_SIM, TEL)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "jaga": {"lat": ola, "lng": olo}, "uc": {"id": UC["id"], "lat": UC["lat"],
                                                    "lng": UC["lon"]}}),
        case(f, f"{a}/api/gol", headers=_h(rng, **b), query={
            "q": L("nikah nama ji copy ji fees", SEARCH)}),
        case(f, f"{a}/api/niyapo", headers=_h(rng, **b), body={
            "to": "uc7_secretary",
            "likhat": L(f"Muhinje murs jo CNIC {HUSBAND[2]} aahe, nikah jo record na pio milay",
                        f"{TEXT}|{NID}")}),
        case(f, f"{a}/api/mussawado", fmt="msgpack", headers=_h(rng, **b), body={
            "form": "janam", "baar_nalo": L(KID, NAMEC),
            "jaman_tareekh": L(DAUGHTER["dob"], BIRTH), "saved": 1769000000}),
        case(f, f"{a}/api/sanad/download", headers=_h(rng, how="none"), cookies={
            "uc_session": L(opaque(rng, "", 40), CRED), "uc_device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/patto", headers=_h(rng, **b), body={
            "patto": L(KHI_HOME["line"], ADDR), "mahallo": L(KHI_HOME["area"], COARSE),
            "shahar": L(KHI_HOME["town"], COARSE), "post_code": L(KHI_HOME["post"], COARSE),
            "jaga": {"lat": ula, "lng": ulo}}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "sd_PK")),
        case(f, f"{a}/api/waqiya", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "waqiya": [
                ev("nikah_submitted", 1), ev("fee_paid", 2),
                ev("screen", 3, screen=L("JanamForm", USAGE))]}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def yuniankaunsil_sdks() -> list[Case]:
    rng = random.Random(17762)
    return [
        km_batch(APP, rng, [("Nikah Submitted", {"uc": UC["id"]}),
                            ("Fee Paid", {"amount": L(1500, BUY)})], locale="sd_PK"),
        rk_launch(APP, rng, first=True),
        tc_crash(APP, rng, ("android.os.FileUriExposedException", "nikah_nama.pdf"),
                 [tc_crumb("nav", "Nikah -> Scan")], screen="ScanActivity"),
        tc_session(APP, rng, secs=655),
        fm_eval(APP, rng, {"uc": UC["id"], "service": "nikah"}, hdr=True),
        ps_register(APP, rng, lang="sd", tags={"uc": UC["id"]}),
        ck_check(APP, rng, {"analytics": True}),
        cr_confirm(APP, rng, "1500"),
        mp_geocode(APP, rng, "Union Council 7 Gulshan-e-Iqbal", SEARCH, near=KHI_HOME_AT,
                   nd=3),
        hp_message(APP, rng, L(f"Nikah application {NIKAH_REG} shows witnesses missing",
                               f"{TEXT}|{UID}"), {"darkhwast": L(NIKAH_REG, UID)}),
    ]
