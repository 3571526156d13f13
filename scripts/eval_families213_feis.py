"""A children's Gaelic traditional-music tuition week app "Ceolag" (a week of chanter, fiddle and
clarsach classes in Tarbert; Calum plays the chanter; the parent's account). Its API's keys are
Scottish Gaelic: ``paiste`` child, ``clann`` children, ``parant`` parent, ``gne`` sex
(``balach`` boy), ``aireamh_chi`` CHI number, ``ionnsramaid`` instrument (``feadan`` chanter),
``ire`` level, ``gaidhlig`` Gaelic ability, ``clasaichean`` classes, ``taille`` fee, ``slainte``
health, ``cuing_analach`` asthma, ``aileardsaidhean`` allergies, ``cungaidhean`` medicines,
``cead_dealbh`` photo consent, ``neach_togail`` the person collecting, ``fon_eiginn`` emergency
contacts, ``talla`` hall, ``frithealadh`` attendance, ``cuirm`` concert, ``bhidio`` video,
``iasad`` hire, ``tasgadh`` deposit, ``biadh`` lunch, ``clar_ama`` timetable, ``fios_air_ais``
feedback, with the shared Gaelic keys: the parent's sign-up, an e-mail code, ``/mise`` with a
``clann`` claim, Calum's profile (his CHI number), the week's enrolment, its payment, the health
form (gzip), consents, a collection authorisation for a neighbour, emergency contacts (her
mother-in-law in Glasgow), the drop-off check-in at the hall, his classes by participant number
in the path, a protobuf attendance beat, the concert video, a chanter hire, a message to the
tutor, a search, lunches (msgpack), the timetable by cookie (a base64 JSON cookie), feedback,
push, events and a log-out. Summer camps (93, 157, 171) and children's classes exist; this is a
Gaelic music tuition week with instrument hire and a closing concert."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
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
from eval_families24_kit import claims
from eval_families213_kit import (
    HALL,
    HALL_FIX,
    HOME,
    HUSBAND,
    MOTHER_IL,
    NEIGHBOUR,
    PUPIL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import lr_launch, sb_bid, tl_crash, tl_crumb, tm_batch, tm_identify
from eval_families213_svc import ag_save, bp_register, bt_eval, cc_message, sg_card, sg_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("ceolag", "Ceolag", "com.example.ceolag", "1.3.5", "https://api.ceolag.example.com")
IID = "X-Ceolag-Device"
PW = "Feadan#Calum15"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ceolag() -> list[Case]:
    rng = random.Random(21331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_d=L(EMAIL, MAIL), clann=[L(PUPIL, UID)],
                                    dreuchd="parant"))}
    hla, hlo = fix(HALL_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PUPIL, UID)), (2, "cl_feadan_1"), (3, 1783500000),
               (4, [(1, L(HALL_FIX[0], PRECISE)), (2, L(HALL_FIX[1], PRECISE))]),
               (5, L(81, DEV))], "", lab)
    classes = at_path(case(f, f"{a}/v1/clann/{PUPIL}/clasaichean", headers=_h(rng, **b),
                           query={"seachdain": "2026-07-06"}), PUPIL, UID)
    return [
        case(f, f"{a}/v1/parant/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED),
            "seoladh": L(HOME["line"], ADDR), "baile": L(HOME["town"], COARSE),
            "cod_puist": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/dearbhadh_post", fmt="form", headers=_h(rng), body={
            "post_d": L(EMAIL, MAIL), "cod": L("554017", CRED)}),
        case(f, f"{a}/v1/mise", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/clann", headers=_h(rng, **b), body={
            "ainm": L(SON["first"], NAMEC), "sloinneadh": L(SON["last"], NAMEC),
            "la_breith": L(SON["dob"], BIRTH), "gne": L(SON["sex"], GENDER),
            "aireamh_chi": L(SON["chi"], NID), "gaidhlig": "fileanta",
            "aireamh_paiste": L(PUPIL, UID)}),
        case(f, f"{a}/v1/clarachadh_feis", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "ionnsramaid": "feadan", "ire": "tòiseachadh",
            "clasaichean": ["cl_feadan_1", "cl_orain_2", "cl_dannsa_1"], "taille": L(85, BUY)}),
        case(f, f"{a}/v1/paigheadh", fmt="form", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "suim": L("85.00", BUY), "airgead": "GBP",
            "modh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/slainte", gz=True, headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "ainm": L(KID, NAMEC), "la_breith": L(SON["dob"], BIRTH),
            "aireamh_chi": L(SON["chi"], NID), "cuing_analach": L(True, MED),
            "aileardsaidhean": [L("peanuts", MED)], "cungaidhean": [L("salbutamol inhaler", MED)],
            "notaichean": L("Tha an inhaler aige na bhaga an-còmhnaidh", f"{TEXT}|{MED}"),
            "lighiche": "Tarbert Medical Practice"}),
        case(f, f"{a}/v1/cead", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "cead_dealbh": True, "cead_bhidio": True,
            "cead_grian": False, "soidhnichte": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/neach_togail", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "ainm": L(NEIGHBOUR[0], NAMEC),
            "fon_laimhe": L(NEIGHBOUR[1], TEL), "daimh": "nàbaidh", "lathaichean": ["dim", "dia"]}),
        case(f, f"{a}/v1/fon_eiginn", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "luchd": [
                {"ainm": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL), "daimh": "athair"},
                {"ainm": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                 "daimh": "seanmhair", "baile": L("Glasgow", COARSE)}]}),
        case(f, f"{a}/v1/talla/fagail", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "aite": {"domhan_leud": hla, "domhan_fad": hlo},
            "talla": {"id": HALL["id"], "domhan_leud": HALL["lat"], "domhan_fad": HALL["lon"]},
            "seorsa": "fagail"}),
        classes,
        raw(f, f"{a}/v1/frithealadh", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/cuirm/bhidio", [
            ("bhidio", "cuirm_feadan.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "paiste": L(PUPIL, UID),
                "fo_thiotal": L("Calum a' cluich 'Mo Dhachaigh' air an fheadan aig a' chuirm",
                                f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/iasad", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "ionnsramaid": "feadan", "aireamh_ionnsramaid": "fd_0412",
            "taille": L(15, BUY), "tasgadh": L(40, BUY)}),
        case(f, f"{a}/v1/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "tidsear_feadan", "snaithlean": obj(rng, "th"),
            "teachdaireachd": L("Calum has asthma, he may need his inhaler in the chanter class",
                                f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/lorg", headers=_h(rng, **b), query={
            "lorg": L("clasaichean clàrsaich airson clann 10", SEARCH)}),
        case(f, f"{a}/v1/biadh", fmt="msgpack", headers=_h(rng, **b), body={
            "paiste": L(PUPIL, UID), "biadh": L("gun chnòthan", MED),
            "lathaichean": ["dim", "dia", "dic"], "suim": L(12.0, BUY)}),
        case(f, f"{a}/v1/clar_ama", headers=_h(rng, how="none"), cookies={
            "ce_seisean": L(opaque(rng, "", 40), CRED), "ce_inneal": L(INSTALL_ID, DID),
            "ce_paiste": W({"paiste": L(PUPIL, UID), "canan": L("gd", DEV)}, "b64json")}),
        case(f, f"{a}/v1/fios_air_ais", fmt="form", headers=_h(rng, **b), body={
            "rionnagan": "5",
            "beachd": L("Sàr sheachdain, bha na tidsearan cho foighidneach", TEXT)}),
        case(f, f"{a}/v1/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tachartasan", headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("clarachadh_deiseil", 1), ev("sgrion", 2, sgrion=L("ClarAma", USAGE))]}),
        case(f, f"{a}/v1/logadh_a_mach", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "inneal": L(INSTALL_ID, DID)}),
    ]


def ceolag_sdks() -> list[Case]:
    rng = random.Random(21332)
    return [
        tm_batch(APP, rng, [("Child Enrolled", {"ionnsramaid": "feadan"}),
                            ("Fee Paid", {"suim": L(85, BUY)})]),
        tm_identify(APP, rng, {"dreuchd": "parant", "clann": 1, "baile": L("Tarbert", COARSE)}),
        lr_launch(APP, rng, first=True),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,kids,chanter"),
        tl_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encode"),
                 [tl_crumb("nav", "Cuirm -> Bhidio")], user={"id": L(USER_ID, UID)},
                 screen="BhidioActivity"),
        bt_eval(APP, rng, {"feis": HALL["id"], "clann": 1}),
        bp_register(APP, rng, lang="gd", tags={"talla": HALL["id"]}),
        ag_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        sg_card(APP, rng),
        sg_confirm(APP, rng, "85.00"),
        cc_message(APP, rng, L(f"The lunch order for {KID} shows twice", f"{TEXT}|{NAMEC}"),
                   {"paiste": L(PUPIL, UID)}),
    ]
