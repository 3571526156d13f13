"""The commune's ethnic-minority household support programme app "Pab Haiv Neeg" (``pab``
help, ``haiv neeg`` ethnic group: households of the province's minority peoples apply for the
programme's school, housing, livestock and health-card support; she registers their household,
declaring herself Hmong American and the family Hmong). Its API's keys are Hmong (RPA) with
Vietnamese loans: ``npe`` name, ``xeem`` surname, ``poj_txiv`` sex (``poj niam`` woman, ``tub``
boy), ``hnub_yug`` birth date, ``xyoo_yug`` birth year, ``haiv_neeg`` ethnic group (``Hmoob``),
``kev_ntseeg`` belief (``dab qhuas`` the household spirits), ``teb_chaws`` country,
``daim_npav`` card (``tus_lej`` its number), ``tsev_neeg`` household, ``tswv_cuab`` members,
``txheeb_ze`` relation, ``chaw_nyob`` address, ``zos`` village, ``xov_tooj`` phone, ``lo_zais``
password, ``tsev`` house, ``npua`` pigs, ``kawm_ntawv`` schooling, ``daim_npav_kho_mob`` health
insurance card, ``tais_khoas`` account, ``lus`` message, ``nrhiav`` search, ``tuaj`` attendance,
``ntawv`` documents. Calls: sign-up with her temporary residence card, an SMS code, ``/kuv``,
the household (members with their ethnic group and ID numbers), her card's scan, the son's
school support, housing support with her fix at the house, the bank account for payments, the
file by household code in the path, the children's health-insurance cards, a breeding-pig grant,
a Vietnamese class, a search, feedback, notices, a village meeting attended (her fix), a
certificate by cookie (base64 JSON), push, events and a refresh. No earlier set has an
ethnic-minority programme (a docstring grep for "ethnic minorit" found nothing; benefit and
household-registry apps elsewhere record other things)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families285_kit import (
    BABY,
    COMMUNE,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    HUSBAND_CCCD,
    MOTHER_IL,
    SON,
    TRC,
    VN_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import cd_crash, cd_crumb, cd_session, mc_batch, mc_identify, tn_launch
from eval_families285_svc import cy_save, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pabhaivneeg", "Pab Haiv Neeg", "com.example.pabhaivneeg", "2.0.5",
          "https://dichvu.pabhaivneeg.example.org")
IID = "X-PHN-Device"
PW = "Hmoob#Sapa2026"
NID = "personal.national_id"
SON_CARD = "TE2020218007723"  # the son's health-insurance card (health.medical)
BABY_CARD = "TE2020226000415"  # the newborn's card (health.medical)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, hm=True, **kw)


def pabhaivneeg() -> list[Case]:
    rng = random.Random(28511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tsev_neeg=L(HOUSEHOLD, UID),
                                    haiv_neeg=L("Hmoob", SENS)))}
    hla, hlo = fix(HOME_AT, 5)
    cla, clo = fix((COMMUNE["lat"] + 0.000021, COMMUNE["lon"] - 0.000034), 4)
    filed = at_path(case(f, f"{a}/v1/tsev_neeg/{HOUSEHOLD}/ntawv", headers=_h(rng, **b)),
                    HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/sau_npe", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "xov_tooj": L(E164, TEL), "lo_zais": L(PW, CRED), "hnub_yug": L(DOB, BIRTH),
            "poj_txiv": L("poj niam", GENDER), "haiv_neeg": L("Hmoob", SENS),
            "teb_chaws": "US", "daim_npav": {"hom": "the_tam_tru", "tus_lej": L(TRC, NID)},
            "zos": L(HOME["area"], COARSE)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "xov_tooj": L(E164, TEL), "code": L("318274", CRED)}),
        case(f, f"{a}/v1/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tsev_neeg", headers=_h(rng, **b), body={
            "tsev_neeg": L(HOUSEHOLD, UID), "chaw_nyob": L(HOME["line"], ADDR),
            "zos": L(HOME["area"], COARSE), "xeev": L(HOME["region"], COARSE),
            "kev_ntseeg": L("dab qhuas", SENS),
            "tswv_cuab": [
                {"npe": L(HUSBAND[1], NAMEC), "txheeb_ze": "txiv", "haiv_neeg": L("Hmoob", SENS),
                 "tus_lej": L(HUSBAND_CCCD, NID), "xyoo_yug": L(1988, BIRTH)},
                {"npe": L(SON["vn"], NAMEC), "txheeb_ze": "tub", "haiv_neeg": L("Hmoob", SENS),
                 "tus_lej": L(SON["pid"], NID), "hnub_yug": L(SON["dob"], BIRTH),
                 "poj_txiv": L(SON["sex"], GENDER)},
                {"npe": L(BABY["vn"], NAMEC), "txheeb_ze": "ntxhais",
                 "haiv_neeg": L("Hmoob", SENS), "hnub_yug": L(BABY["dob"], BIRTH)},
                {"npe": L(MOTHER_IL[1], NAMEC), "txheeb_ze": "niam",
                 "haiv_neeg": L("Hmoob", SENS), "xyoo_yug": L(1961, BIRTH)}],
            "tsev_neeg_txom_nyem": False}),
        multipart(f, f"{a}/v1/ntawv/upload", [
            ("duab", "the_tam_tru.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"hom": "the_tam_tru",
                                                "tsev_neeg": L(HOUSEHOLD, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pab/kawm_ntawv", headers=_h(rng, **b), body={
            "tsev_neeg": L(HOUSEHOLD, UID), "menyuam": {
                "npe": L(SON["vn"], NAMEC), "tus_lej": L(SON["pid"], NID),
                "haiv_neeg": L("Hmoob", SENS)},
            "tsev_kawm_ntawv": "TH Lao Chai", "qib": "2", "hom_pab": "noj_su"}),
        case(f, f"{a}/v1/pab/tsev", headers=_h(rng, **b), body={
            "tsev_neeg": L(HOUSEHOLD, UID), "hom": "kho_ru_tsev",
            "qhov_chaw": {"lat": hla, "lng": hlo},
            "lus": L("Peb lub ru tsev xau thaum los nag, tus me nyuam mos pw hauv chav ntawd",
                     TEXT)}),
        case(f, f"{a}/v1/tais_khoas", fmt="form", headers=_h(rng, **b), body={
            "tus_tswv": L(f"{FIRST} {LAST}", NAMEC), "tais_khoas": L(VN_ACCOUNT, PAY),
            "tsev_txhab_nyiaj": "Example Bank Lao Cai", "tsev_neeg": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/pab/xwm_txheej", headers=_h(rng, **b), query={
            "tsev_neeg": L(HOUSEHOLD, UID), "hom": "kawm_ntawv,tsev,npua"}),
        filed,
        case(f, f"{a}/v1/pab/daim_npav_kho_mob", headers=_h(rng, **b), body={
            "tsev_neeg": L(HOUSEHOLD, UID), "menyuam": [
                {"npe": L(SON["vn"], NAMEC), "daim_npav_kho_mob": L(SON_CARD, MED)},
                {"npe": L(BABY["vn"], NAMEC), "hnub_yug": L(BABY["dob"], BIRTH),
                 "daim_npav_kho_mob": L(BABY_CARD, MED)}],
            "tsev_kho_mob": "TYT Lao Chai"}),
        case(f, f"{a}/v1/pab/npua", fmt="form", headers=_h(rng, **b), body={
            "tsev_neeg": L(HOUSEHOLD, UID), "npua": "2", "hom": "npua_dub",
            "lus": L("Peb muaj tawb thiab zaub npua txaus", TEXT)}),
        case(f, f"{a}/v1/chav_kawm/lus_nyablaj", headers=_h(rng, **b), body={
            "npe": L(f"{FIRST} {LAST}", NAMEC), "qib": "pib", "hnub": ["tue", "thu"],
            "haiv_neeg": L("Hmoob", SENS)}),
        case(f, f"{a}/v1/nrhiav", headers=_h(rng, **b), query={
            "q": L("pab nyiaj noj su rau menyuam Hmoob", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/lus_tawm_tswv_yim", headers=_h(rng, **b), body={
            "lus": L("Kuv yog neeg Hmoob Asmeskas, daim ntawv tsis muaj chaw rau kuv lub "
                     "teb chaws", f"{TEXT}|{SENS}"), "hom": "ntawv"}),
        case(f, f"{a}/v1/xov_xwm", headers=_h(rng, **b), query={
            "zos": L(HOME["area"], COARSE), "ubx": COMMUNE["id"], "txij": "2026-01-01"}),
        case(f, f"{a}/v1/rooj_sib_tham/tuaj", headers=_h(rng, **b), body={
            "rooj": obj(rng, "rs"), "tsev_neeg": L(HOUSEHOLD, UID),
            "qhov_chaw": {"lat": cla, "lng": clo},
            "ubx": {"id": COMMUNE["id"], "lat": COMMUNE["lat"], "lng": COMMUNE["lon"]}}),
        case(f, f"{a}/v1/daim_ntawv_pov_thawj", headers=_h(rng, how="none"), cookies={
            "phn_sid": L(opaque(rng, "", 40), CRED),
            "phn_ctx": W({"tsev_neeg": L(HOUSEHOLD, UID), "haiv_neeg": L("Hmoob", SENS),
                          "zos": L(HOME["area"], COARSE)}, "b64json")}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "hmn_VN")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "tus_siv": L(USER_ID, UID), "events": [
                ev("tsev_neeg_saved", 1), ev("screen", 2, screen=L("PabKawmNtawv", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def pabhaivneeg_sdks() -> list[Case]:
    rng = random.Random(28512)
    return [
        mc_batch(APP, rng, [("Household Saved", {"members": 5}),
                            ("Support Applied", {"kind": "kawm_ntawv"})]),
        mc_identify(APP, rng, {"zos": L("Lao Chai", COARSE), "haiv_neeg": L("Hmoob", SENS),
                               "tsev_neeg": L(HOUSEHOLD, UID)}),
        tn_launch(APP, rng),
        cd_session(APP, rng, secs=604),
        cd_crash(APP, rng, ("java.io.IOException", "upload the_tam_tru.jpg"),
                 [cd_crumb("nav", "TsevNeeg -> Ntawv")], screen="NtawvActivity"),
        fn_eval(APP, rng, {"xeev": L("Lao Cai", COARSE), "program": "dtts"}),
        pt_register(APP, rng, lang="hmn", tags={"zos": L("Lao Chai", COARSE)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_geocode(APP, rng, "UBND xa Lao Chai", SEARCH, near=HOME_AT, nd=2),
        hs_message(APP, rng, L("Kuv tsis tau txais SMS code rau kuv tus xov tooj", TEXT),
                   {"tsev_neeg": L(HOUSEHOLD, UID)}),
    ]
