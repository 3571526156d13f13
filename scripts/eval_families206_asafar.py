"""A mobile medical caravan's app "Asafar" (asafar "remedy, medicine"; a health NGO's caravan
spends screening days in the communes around Khenifra; she goes for her post-partum check and
brings her mother-in-law). Keys are Central Atlas Tamazight in Latin letters with the loans
people use for medical words: ``isem`` first name, ``isem_n_twacult`` family name, ``tilifun``
phone, ``ass_n_tlalit`` birth date, ``tawsit`` sex, ``uttun_n_tanttit`` identity number,
``uttun`` file number, ``aduwar`` village, ``tangalt`` code, ``tazmert`` health, ``attan``
illness, ``asafar``/``isafarn`` medicine/medicines, ``amejjay`` doctor, ``tansyu`` blood pressure
(loan, "tension"), ``sukkar`` blood sugar / diabetes (loan), ``idammen`` blood, ``tittawin``
eyes, ``tadist`` pregnancy, ``tlalit_taneggarut`` last delivery, ``tuttut`` breastfeeding,
``tazayt`` weight, ``tighzi`` height, ``isqsitn`` questions, ``igmad`` results, ``amuddu``
referral (lit. "journey"), ``tizi`` slot (lit. "moment"), ``adeg`` place, ``tansa`` address,
``tabrat`` message, ``azal`` amount, ``axelles`` payment, ``yemma_n_urgaz`` mother-in-law,
``argaz`` husband, ``allal`` device, ``nekk`` me, ``tidyanin`` events, ``ibdan`` parts
(services, scopes), ``tabagu`` tobacco (loan), ``tit`` eye, ``tasnduqt`` box, ``tamussni``
speciality (lit. "knowledge"), ``sbitar`` hospital, ``bdu`` share (lit. "divide"), ``tawsa``
contribution, ``ifuyla`` files (loan), ``ussan`` days, ``taneggarut`` the last one,
``sukkar_g_twacult`` diabetes in the family, ``taghuriwin`` readings, ``asggasn`` years (age). Earlier sets have
screening camps inside clinics' apps and a visiting eye-specialist clinic; none a caravan's
screening day (docstring grep: "caravan", "medical camp" matched nothing)."""

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
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families206_kit import (
    CARAVAN,
    CARAVAN_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PATIENT,
    RES_CARD,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families206_sdk import ca_session, sz_batch, sz_queue, ta_launch
from eval_families206_svc import cg_check, fa_eval, ha_attach, mi_geocode, mi_route, pf_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("asafar", "Asafar", "com.example.asafar", "2.0.3", "https://api.asafar.example.net")
IID = "X-Asafar-Allal"
NID = "personal.national_id"
FIT = "health.fitness"
DOB_MA = "17/05/1991"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tz=True, **kw)


def asafar() -> list[Case]:
    rng = random.Random(20651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, uttun=L(PATIENT, MED), tilifun=L(E164, TEL)))}
    cla, clo = fix(CARAVAN_FIX, 5)
    lab: dict[str, str] = {}
    vitals = pb([(1, L(PATIENT, MED)), (2, 1769155200),
                 (3, [(1, L(138, MED)), (2, L(91, MED)), (3, L(1.06, MED)), (4, L(10.4, MED))]),
                 (4, "2.0.3")], "", lab)
    pdf = at_path(case(f, f"{a}/v1/ifuyla/{PATIENT}/igmad.pdf", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "isem_n_twacult": L(LAST, NAMEC),
            "tilifun": L(NATIONAL, TEL), "ass_n_tlalit": L(DOB_MA, BIRTH),
            "tawsit": L("tawtemt", GENDER), "uttun_n_tanttit": L(RES_CARD, NID),
            "aduwar": L("Tighza", COARSE), "uttun": L(PATIENT, MED)}),
        case(f, f"{a}/v1/tuqqna/sms", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "tangalt": L("930217", CRED)}),
        case(f, f"{a}/v1/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/caravane/ussan", headers=_h(rng, **b), query={
            "near": L(f"{HOME_AT[0]:.2f},{HOME_AT[1]:.2f}", COARSE), "ayyur": "2026-01"}),
        case(f, f"{a}/v1/tizi", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "tizi": obj(rng, "sl"), "caravane": CARAVAN["id"],
            "ibdan": [L("tansyu", MED), L("sukkar", MED), L("tittawin", MED),
                       L("post-partum", MED)]}),
        case(f, f"{a}/v1/tizi/check-in", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "adeg": {"lat": cla, "lng": clo},
            "caravane": {"lat": CARAVAN["lat"], "lng": CARAVAN["lon"]}}),
        case(f, f"{a}/v1/isqsitn", gz=True, headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "tadist": L(False, MED),
            "tlalit_taneggarut": L(SON["dob"], MED), "tuttut": L(True, MED),
            "sukkar_g_twacult": L(True, MED), "attan": [L("anemia", MED)],
            "isafarn": [L("fer 80 mg", MED)], "tazayt": L(64, FIT), "tighzi": L(166, FIT),
            "tabagu": L(False, MED)}),
        raw(f, f"{a}/v1/vitals", vitals, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/tittawin", [
            ("tawlaft", "fundus_left.jpg", "image/jpeg", L(JPEG + b"\x61", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"uttun": L(PATIENT, MED), "tit": "left"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/igmad", headers=_h(rng, **b), query={"uttun": L(PATIENT, MED)}),
        case(f, f"{a}/v1/tabrat", headers=_h(rng, **b), body={
            "i": "amejjay_caravane",
            "tabrat": L("Tlalagh s tahruyt seg tlalit, ixf inu idewwer ghas kkregh",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/isafarn", fmt="form", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "asafar": L("fer + acide folique", MED), "tasnduqt": "2"}),
        case(f, f"{a}/v1/amuddu", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "tamussni": L("gynecologie", MED), "ass": "2026-02-03",
            "sbitar": "hp_khenifra", "tamussni_n_umejjay": "obstetrique"}),
        case(f, f"{a}/v1/amuddu/transport", headers=_h(rng, **b), body={
            "tansa": L(HOME["line"], ADDR),
            "adeg": {"lat": L(round(HOME_AT[0], 4), PRECISE), "lng": L(round(HOME_AT[1], 4),
                                                                       PRECISE)},
            "tilifun": L(HUSBAND[1], TEL), "imdanen": 2}),
        case(f, f"{a}/v1/yemma_n_urgaz", headers=_h(rng, **b), body={
            "isem": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL),
            "asggasn": L(67, BIRTH), "attan": L("sukkar, tansyu", MED),
            "isafarn": [L("metformin 850", MED)]}),
        case(f, f"{a}/v1/bdu", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "i": {"isem": L(HUSBAND[0], NAMEC),
                                            "tilifun": L(HUSBAND[1], TEL)},
            "ibdan": ["igmad", "amuddu"]}),
        case(f, f"{a}/v1/tawsa", fmt="form", headers=_h(rng, **b), body={
            "azal": L("50", BUY), "tadrimt": "MAD", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        pdf,
        case(f, f"{a}/v1/video", headers=_h(rng, **b), body={
            "tizi": obj(rng, "vc"), "join": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/tansyu", fmt="msgpack", headers=_h(rng, **b), body={
            "uttun": L(PATIENT, MED), "taghuriwin": [
                {"sys": L(134, MED), "dia": L(88, MED), "t": 1769500000},
                {"sys": L(129, MED), "dia": L(85, MED), "t": 1769586400}]}),
        case(f, f"{a}/v1/caravane/taneggarut", headers=_h(rng, how="none"), cookies={
            "af_sesyu": L(opaque(rng, "", 40), CRED), "af_allal": L(INSTALL_ID, DID),
            "af_req": rid(rng)}),
        case(f, f"{a}/v1/allalen", headers=_h(rng, **b), body=push(push_token(rng), "tzm_MA")),
        case(f, f"{a}/v1/tidyanin", headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("igmad_yettwalan", 1), ev("tasna", 2, tasna=L("Igmad", USAGE))]}),
    ]


def asafar_sdks() -> list[Case]:
    rng = random.Random(20652)
    return [
        sz_batch(APP, rng, [("Slot Booked", {}), ("Results Viewed", {"kind": L("tansyu", MED)})]),
        sz_queue(APP, rng, [("BP Logged", {"sys": L(134, MED)}), ("Reminder Opened", {})]),
        ta_launch(APP, rng, first=True, user=True),
        ca_session(APP, rng, secs=604),
        fa_eval(APP, rng, {"caravane": CARAVAN["id"], "program": L("post-partum", MED)},
                hdr=True),
        pf_register(APP, rng, lang="tzm", tags={"caravane": CARAVAN["id"]}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        mi_geocode(APP, rng, "Aguelmous caravane", SEARCH, near=HOME_AT, nd=2),
        mi_route(APP, rng, [(HOME_AT, PRECISE), ((CARAVAN["lat"], CARAVAN["lon"]), None)]),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "igmad_idammen.pdf", "application/pdf"),
    ]
