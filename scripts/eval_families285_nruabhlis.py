"""A postpartum confinement service app "Nruab Hlis" (``nyob nruab hlis``: the Hmong month of
rest after a birth, with chicken and herb soup three times a day; a Sa Pa kitchen delivers the
meals and the bath herbs, and a midwife visits the mother and the newborn at home). Its API's
keys are Hmong (RPA): ``niam`` mother, ``me_nyuam_mos`` newborn, ``npe`` / ``xeem`` name /
surname, ``hnub_yug`` birth date, ``xov_tooj`` phone, ``lo_zais`` password, ``chaw_nyob``
address, ``zos`` village, ``yug`` birth (``hom_yug`` the kind of delivery), ``xaws`` stitches,
``los_ntshav`` bleeding, ``mob`` pain, ``ua_npaws`` fever, ``ntshav_siab`` blood pressure,
``plawv_dhia`` pulse, ``pub_mis`` breastfeeding, ``hnyav`` weight, ``daj`` jaundice,
``siab_ntsws`` mood (a screening score), ``tshuaj`` medicine, ``tshuaj_ntsuab`` herbs,
``kua_zaub_qaib`` chicken soup, ``zaub_mov`` meals, ``kws_yug_menyuam`` midwife, ``tuaj_saib``
home visit, ``nqi`` / ``tag_nrho`` price / total, ``them_nyiaj`` payment, ``lus`` message,
``duab`` photo. Calls: sign-up (her client number, the baby's birth date), an e-mail code,
``/kuv``, the birth record (gzip), the meal plan, its payment, a midwife's home visit with her
fix, the daily check (protobuf), blood-pressure readings from her cuff (msgpack), the mood
screening, the baby's weights, a photo of the baby's skin for jaundice, a message to the
midwife, her medicines, the bath herbs, sharing with her husband, her record by client number in
the path, a video call, invoices by cookie, push, events and a log-out. A docstring grep found
no "confinement"; earlier sets have antenatal, post-partum checks and lactation, not a
confinement meal-and-care service."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families285_kit import (
    BABY,
    HOME,
    HOME_AT,
    HUSBAND,
    KITCHEN,
    MIDWIFE,
    MOTHER_NO,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families285_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nruabhlis", "Nruab Hlis", "com.example.nruabhlis", "3.1.4",
          "https://api.nruabhlis.example.com")
IID = "X-NH-Install"
PW = "Ntxawm0105#niam"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
BABY_NAME = BABY["hm"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hm=True, **kw)


def nruabhlis() -> list[Case]:
    rng = random.Random(28531)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), niam=L(MOTHER_NO, MED)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    daily = pb([(1, L(MOTHER_NO, MED)), (2, 1768089600),
                (3, [(1, L(2, MED)), (2, L(3, MED)), (3, L(37.1, MED))]),
                (4, L(55, DEV))], "", lab)
    record = at_path(case(f, f"{a}/api/v2/niam/{MOTHER_NO}/ntaub_ntawv", headers=_h(rng, **b)),
                     MOTHER_NO, MED)
    return [
        case(f, f"{a}/api/v2/sau_npe", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "xov_tooj": L(E164, TEL), "lo_zais": L(PW, CRED), "hnub_yug": L(DOB, BIRTH),
            "chaw_nyob": L(HOME["line"], ADDR), "zos": L(HOME["area"], COARSE),
            "me_nyuam_mos": {"hnub_yug": L(BABY["dob"], BIRTH)},
            "niam": L(MOTHER_NO, MED)}),
        case(f, f"{a}/api/v2/auth/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("904417", CRED)}),
        case(f, f"{a}/api/v2/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/yug", gz=True, headers=_h(rng, **b), body={
            "niam": L(MOTHER_NO, MED), "hnub": L(BABY["dob"], BIRTH),
            "hom_yug": L("yug ib txwm", MED), "xaws": L(True, MED),
            "los_ntshav_ml": L(450, MED), "pub_mis": L("pub mis xwb", MED),
            "tsev_kho_mob": "BV Sa Pa",
            "me_nyuam_mos": {"npe": L(BABY_NAME, NAMEC), "hnyav_g": L(3050, MED),
                             "daj": L("me ntsis", MED)}}),
        case(f, f"{a}/api/v2/zaub_mov", headers=_h(rng, **b), body={
            "pob": "30_hnub", "kua_zaub_qaib": 3, "pib": "2026-01-06",
            "chaw_nyob": L(HOME["line"], ADDR), "zos": L(HOME["area"], COARSE),
            "tsis_noj": L("tsis noj ntsev ntau, tsis haus dej txias", TEXT),
            "tag_nrho": L(4500000, BUY), "kitchen": KITCHEN["id"]}),
        case(f, f"{a}/api/v2/them_nyiaj", fmt="form", headers=_h(rng, **b), body={
            "tag_nrho": L("4500000", BUY), "currency": "VND",
            "method": L(opaque(rng, "pm_", 24), PAY), "plaub_tus_kawg": L("4444", PAY),
            "order": L("NH-26-0107", BUY)}),
        case(f, f"{a}/api/v2/tuaj_saib", headers=_h(rng, **b), body={
            "niam": L(MOTHER_NO, MED), "hnub": "2026-01-12T09:00",
            "kws_yug_menyuam": "mw_yaj_07", "chaw_nyob": L(HOME["line"], ADDR),
            "qhov_chaw": {"lat": hla, "lng": hlo}, "visit": obj(rng, "vs")}),
        raw(f, f"{a}/api/v2/kuaj_hnub", daily, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/ntshav_siab", fmt="msgpack", headers=_h(rng, **b), body={
            "niam": L(MOTHER_NO, MED), "cuff": {"serial": "BPX-771204", "fw": "2.1.0"},
            "readings": [{"sys": L(138, MED), "dia": L(88, MED), "plawv_dhia": L(84, FIT),
                          "t": 1768090000 + 3600 * i} for i in range(3)]}),
        case(f, f"{a}/api/v2/siab_ntsws", headers=_h(rng, **b), body={
            "niam": L(MOTHER_NO, MED), "daim_ntawv": "epds",
            "lus_teb": [L(v, MED) for v in (1, 2, 1, 2, 0, 1, 2, 1, 0, 0)],
            "qhab_nia": L(10, MED)}),
        case(f, f"{a}/api/v2/me_nyuam_mos/hnyav", headers=_h(rng, **b), body={
            "npe": L(BABY_NAME, NAMEC),
            "hnyav_g": [L(3050, FIT), L(2940, FIT), L(3120, FIT)],
            "hnub": ["2026-01-05", "2026-01-08", "2026-01-12"]}),
        multipart(f, f"{a}/api/v2/me_nyuam_mos/duab", [
            ("duab", "ntxawm_daj.jpg", "image/jpeg", L(JPEG + b"\xa1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"daj": L("qhov muag thiab hauv siab daj",
                                                         MED), "hnub_nyoog_hnub": 7})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/lus", headers=_h(rng, **b), body={
            "rau": {"npe": L(MIDWIFE[0], NAMEC), "xov_tooj": L(MIDWIFE[1], TEL)},
            "lus": L("Niam Ntxawg, kuv tseem los ntshav ntau thiab mob taub hau, puas yuav tsum "
                     "mus tsev kho mob?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v2/tshuaj", headers=_h(rng, **b), query={
            "niam": L(MOTHER_NO, MED), "tam_sim_no": "true"}),
        case(f, f"{a}/api/v2/tshuaj_ntsuab", headers=_h(rng, **b), body={
            "pob": "da_dej_30", "tshuaj_ntsuab": [L("nplooj tshuaj da dej", MED),
                                                 L("hmab ntsha", MED)],
            "nqi": L(600000, BUY), "xa_rau": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/v2/share", headers=_h(rng, **b), body={
            "niam": L(MOTHER_NO, MED),
            "nrog": {"npe": L(HUSBAND[0], NAMEC), "xov_tooj": L(HUSBAND[2], TEL)},
            "scope": ["zaub_mov", "tuaj_saib"]}),
        record,
        case(f, f"{a}/api/v2/video/rooms", headers=_h(rng, **b), body={
            "visit": obj(rng, "vs"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v2/invoices/latest", headers=_h(rng, how="none"), cookies={
            "nh_session": L(opaque(rng, "", 40), CRED), "nh_device": L(INSTALL_ID, DID),
            "nh_req": rid(rng)}),
        case(f, f"{a}/api/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("daily_check", 1), ev("screen", 2, screen=L("KuajHnub", USAGE))]}),
        case(f, f"{a}/api/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def nruabhlis_sdks() -> list[Case]:
    rng = random.Random(28532)
    return [
        mc_batch(APP, rng, [("Meal Plan Bought", {"total": L(4500000, BUY)}),
                            ("Daily Check", {"bleeding": L(2, MED)})]),
        mc_queue(APP, rng, [("Baby Weighed", {"grams": L(3120, FIT)}),
                            ("Soup Delivered", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=733),
        fn_eval(APP, rng, {"kitchen": KITCHEN["id"], "program": L("postpartum", MED)}, hdr=True),
        pt_register(APP, rng, tags={"kitchen": KITCHEN["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "nha thuoc Sa Pa", "behavior.search", near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "giay_ra_vien.pdf", "application/pdf"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "4500000", "vnd"),
    ]
