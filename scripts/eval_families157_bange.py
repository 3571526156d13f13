"""Maternity postnatal follow-up app "Bangeso" (``bange`` birth, ``so`` house: a Hamdallaye
maternity where she gave birth to Bakary on 9 January 2026; snake_case Bambara API): sign-up
with her residence card's NINA and her AMO health-insurance number, a log-in (form), ``/ne``
(me), the birth record (a caesarean; the newborn's name, sex, weight, length, APGAR), her own
postnatal check (gzip: blood pressure, bleeding, pain, the wound, breast-feeding), a protobuf
feeding and weight beat for the baby, the baby's vaccinations (GET and POST), a photo of his
health booklet, the six-week appointment, a check-in with her fix, a message to her midwife, her
medicines and their purchase, the family-planning choice, a mood questionnaire (msgpack), the
delivery bill paid by mobile money, the invoice by file number in the path, a video consult,
news by cookie, push, events and a log-out. Keys: ``togo`` first name, ``jamu`` surname,
``imeli`` e-mail, ``telefoni`` phone, ``gundo`` password (lit. secret), ``bangedon`` birth
date, ``ce_muso`` sex (``muso`` woman, ``ce`` man), ``sigiyoro`` home (street line), ``kin``
neighbourhood, ``dugu`` town, ``furuke`` husband, ``den`` child, ``dosiye`` file, ``jiginni``
childbirth, ``cogoya`` manner, ``girinya`` weight, ``janya`` length, ``keneya`` health,
``joli`` blood, ``dimi`` pain, ``farigan`` fever, ``sindili`` breast-feeding, ``boloci``
vaccination, ``fura`` medicine, ``hake`` amount, ``sarali`` payment, ``cikan`` message, ``kuma``
words/text, ``waati`` time/appointment, ``yoro`` place, ``minen`` device, ``kow`` events."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families157_kit import (
    BKO_HOME,
    BKO_HOME_AT,
    DOSSIER,
    HUSBAND,
    MATERNITY,
    MATERNITY_FIX,
    MIDWIFE,
    MY_NINA,
    SON,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import (
    ck_crash,
    ck_crumb,
    ck_session,
    jm_batch,
    jm_identify,
    st_event,
    st_launch,
)
from eval_families157_svc import cs_save, hp_message, mj_route, pk_register, ws_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bangeso", "Bangeso", "com.example.bangeso", "3.1.0", "https://api.bangeso.example.org")
IID = "X-Bangeso-Minen"
PW = "Hamdallaye!2026"
DOB_ML = "17/05/1991"
NID = "personal.national_id"
FIT = "health.fitness"
AMO = "AMO-1188-420937"  # her health-insurance (AMO) number (health.medical, as set 37)
KID_FILE = DOSSIER + "-N1"  # the newborn's file (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bm=True, **kw)


def bangeso() -> list[Case]:
    rng = random.Random(15701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), dosiye=L(DOSSIER, MED)))}
    mla, mlo = fix(MATERNITY_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(KID_FILE, MED)), (2, 1768435200),
               (3, [(1, L(3.42, FIT)), (2, L(9, MED)), (3, L("sin doron", MED))]),
               (4, L(63, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/api/v1/dosiye/{DOSSIER}/fakitiri", headers=_h(rng, **b)),
                  DOSSIER, MED)
    return [
        case(f, f"{a}/api/v1/sebenni", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "gundo": L(PW, CRED), "bangedon": L(DOB_ML, BIRTH),
            "ce_muso": L("muso", GENDER), "sigiyoro": L(BKO_HOME["line"], ADDR),
            "kin": L(BKO_HOME["area"], COARSE), "dugu": L(BKO_HOME["town"], COARSE),
            "nina": L(MY_NINA, NID), "amo_nimero": L(AMO, MED),
            "furuke": {"togo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "dosiye": L(DOSSIER, MED), "sonni": True}),
        case(f, f"{a}/api/v1/donni", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL_UPPER, MAIL), "gundo": L(PW, CRED), "a_mara": "1"}),
        case(f, f"{a}/api/v1/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/jiginni", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "jiginni_don": L(SON["dob"], BIRTH),
            "cogoya": L("kono_tigeli (cesarienne)", MED), "kono_kalo": L(39, MED),
            "den": {"togo": L(SON["first"], NAMEC), "jamu": L(SON["last"], NAMEC),
                    "bangedon": L(SON["dob"], BIRTH), "ce_muso": L(SON["sex"], GENDER),
                    "girinya_kg": L(3.1, FIT), "janya_cm": L(50, FIT), "apgar": L("8/9", MED),
                    "dosiye": L(KID_FILE, MED)},
            "maternite": MATERNITY["id"], "sali": "201"}),
        case(f, f"{a}/api/v1/keneya/ba", gz=True, headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "don": 7, "joli_tansiyon": L("13/8", MED),
            "farigan": L(False, MED), "joli_boli": L("dooni", MED), "dimi": L(4, MED),
            "joginda": L("a be ka kene, bileli te", MED), "sindili": L(True, MED),
            "girinya_kg": L(71.5, FIT)}),
        raw(f, f"{a}/api/v1/den/sindili", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/boloci", headers=_h(rng, **b), query={
            "den_dosiye": L(KID_FILE, MED), "kalo": "2"}),
        case(f, f"{a}/api/v1/boloci", headers=_h(rng, **b), body={
            "den_dosiye": L(KID_FILE, MED),
            "boloci": [L("BCG", MED), L("VPO-0", MED), L("HepB-0", MED)],
            "don": "2026-01-10", "lot": "BCG-2511-07"}),
        multipart(f, f"{a}/api/v1/den/karinye", [
            ("ja", "karinye_bakary.jpg", "image/jpeg", L(JPEG + b"\x57", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"den_dosiye": L(KID_FILE, MED), "ne": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/waati", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "don": "2026-02-20T09:30", "dogotoro": "sf_017",
            "kun": L("kono_tigeli joginda lajeli, den boloci 6 dogokun", MED),
            "waati_id": obj(rng, "wt")}),
        case(f, f"{a}/api/v1/seginni", headers=_h(rng, **b), body={
            "waati_id": obj(rng, "wt"), "yoro": {"lat": mla, "lon": mlo},
            "maternite": {"id": MATERNITY["id"], "lat": MATERNITY["lat"],
                          "lon": MATERNITY["lon"]}}),
        case(f, f"{a}/api/v1/cikan", headers=_h(rng, **b), body={
            "ka_taa": {"togo": L(MIDWIFE[0], NAMEC), "imeli": L(MIDWIFE[1], MAIL)},
            "kuma": L("Bakary farigan ye 38.2 ye su in na, a te sin min kosebe",
                      f"{TEXT}|{MED}|{NAMEC}"),
            "ja_b": False}),
        case(f, f"{a}/api/v1/fura", headers=_h(rng, **b), query={
            "dosiye": L(DOSSIER, MED), "sisan": "1"}),
        case(f, f"{a}/api/v1/fura/san", fmt="form", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "fura": L("fer + acide folique; paracetamol 1 g", MED),
            "hake": L("4500", BUY), "wari": "XOF",
            "sarali_cogoya": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/denko_jatebo", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "cogoya": L("implant (Jadelle)", MED),
            "don": "2026-02-20"}),
        case(f, f"{a}/api/v1/hakili", fmt="msgpack", headers=_h(rng, **b), body={
            "dosiye": L(DOSSIER, MED), "epds": [L(1, MED), L(0, MED), L(2, MED), L(1, MED)],
            "jate": L(4, MED), "don": 14}),
        case(f, f"{a}/api/v1/sarali", headers=_h(rng, **b), body={
            "fakitiri": L("FAC-26-01-0412", BUY), "hake": L(185000, BUY), "wari": "XOF",
            "telefoni": L(WALLET, TEL), "amo_nimero": L(AMO, MED), "cogoya": "mobile_money"}),
        inv,
        case(f, f"{a}/api/v1/video", headers=_h(rng, **b), body={
            "waati_id": obj(rng, "wt"), "token": L(opaque(rng, "vc_", 36), CRED)}),
        case(f, f"{a}/api/v1/kunnafoni", headers=_h(rng, how="none"), cookies={
            "bg_sesi": L(opaque(rng, "", 40), CRED), "bg_minen": L(INSTALL_ID, DID),
            "bg_req": rid(rng)}),
        case(f, f"{a}/api/v1/sigiyoro", headers=_h(rng, **b), body={
            "sigiyoro": L(BKO_HOME["line"], ADDR), "kin": L(BKO_HOME["area"], COARSE),
            "komini": L(BKO_HOME["commune"], COARSE), "dugu": L(BKO_HOME["town"], COARSE)}),
        case(f, f"{a}/api/v1/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/kow", gz=True, headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("boloci_lajeli", 1), ev("ekran", 2, ekran=L("DenSindili", USAGE)),
                ev("sarali", 3, hake=L(185000, BUY))]}),
        case(f, f"{a}/api/v1/bo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "minen": L(INSTALL_ID, DID)}),
    ]


def bangeso_sdks() -> list[Case]:
    rng = random.Random(15702)
    return [
        jm_batch(APP, rng, [("Baby Feed Logged", {"count": L(9, MED)}),
                            ("Vaccine Viewed", {"vaccine": L("BCG", MED)})],
                 at=MATERNITY_FIX, nd=2, locale="bm_ML"),
        jm_identify(APP, rng, {"dugu": L("Bamako", COARSE), "postpartum_day": L(14, MED),
                               "den_hake": 2}),
        st_launch(APP, rng, first=True),
        st_event(APP, rng, "registration", {"program": L("postnatal", MED)}, hashed=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "feed timer stopped"),
                 [ck_crumb("nav", "Den -> Sindili"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/den/sindili",
                                           "status": 500})],
                 screen="SindiliActivity"),
        ck_session(APP, rng, secs=623),
        pk_register(APP, rng, lang="bm", tags={"maternite": MATERNITY["id"],
                                               "boloci_reminder": L("6_dogokun", MED)}),
        cs_save(APP, rng, {"analytics": True, "research": False, "marketing": False}),
        ws_wallet(APP, rng, "185000", L(WALLET, TEL)),
        mj_route(APP, rng, [(BKO_HOME_AT, PRECISE),
                            ((MATERNITY["lat"], MATERNITY["lon"]), None)]),
        hp_message(APP, rng, L(f"Fakitiri {DOSSIER} bora siyen fila", f"{TEXT}|{MED}"),
                   {"dosiye": L(DOSSIER, MED)}),
    ]
