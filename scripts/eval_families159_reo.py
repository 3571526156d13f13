"""Reo Tahiti immersion pre-school app "Punaha Reo" (Maui's class in Tipaerui, where only reo Tahiti
is spoken; keys in reo Tahiti: ``tamarii`` child, ``numera_piahi`` pupil number, ``ioa`` /
``ioa_utuafare`` names, ``mahana_fanauraa`` birth date, ``ira`` sex (``tamaroa`` boy),
``numera_cps`` CPS number, ``nunaa`` origin (ethnicity), ``metua`` parent, ``tiaraa`` relation,
``niuniu`` phone, ``ea`` health, ``allergie`` allergy, ``raau`` medicines, ``patia`` vaccines,
``taote`` doctor, ``reo_tamarii`` the child's voice clip, ``hohoa`` photo, ``fariiraa``
consent, ``tapao_rima`` signature, ``tii`` fetch (pick-up), ``ore`` absence, ``tumu`` reason,
``poroi`` message, ``moni`` amount, ``maa`` meals, ``imiraa`` search, ``ava`` month,
``pupu`` class, ``matini`` device, ``tupuraa`` events): the parent's OAuth password grant,
``/ou`` with a ``tamarii`` claim, enrolment (Maui's name, birth date, sex, CPS number, origin),
the day's report by pupil number in the path, the health form (gzip), a voice clip of Maui
counting (M4A), the photo consent, a pick-up authorisation for his grandmother, the gate
check-in (protobuf), an absence note, a message to the teacher, the fee, the meals, the class
calendar, a song search, his pupil-card photo, emergency contacts, the newsletter by cookie, a
home-activity log (msgpack), push and events. Sets 94 and 101 have kindergartens; this one is a
language-immersion class (voice clips, vocabulary, an origin question)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families159_kit import (
    GATE_FIX,
    HUSBAND,
    MOTHER_IL,
    PRESCHOOL,
    SISTER_US,
    SON,
    hd,
    obj,
    push,
)
from eval_families159_sdk import cm_crash, cm_crumb, mt_batch, mt_identify, tv_launch
from eval_families159_svc import cn_save, cp_card, cp_confirm, ft_eval, hu_message, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("punahareo", "Punaha Reo", "com.example.punahareo", "2.2.1",
          "https://api.punahareo.example.org")
IID = "X-Punaha-Device"
PW = "Maui2020!Reo"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
PUP = SON["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ty=True, **kw)


def reo() -> list[Case]:
    rng = random.Random(15951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rata_uira=L(EMAIL, MAIL), tamarii=[L(PUP, UID)],
                                    tiaraa="metua"))}
    lab: dict[str, str] = {}
    gate = pb([(1, L(PUP, UID)), (2, PRESCHOOL["id"]), (3, 1765782000),
               (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE))]),
               (5, "tii")], "", lab)
    day = at_path(case(f, f"{a}/v1/tamarii/{PUP}/mahana", headers=_h(rng, **b),
                       query={"mahana": "2025-12-15"}), PUP, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "punaha-metua"}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tamarii", headers=_h(rng, **b), body={
            "ioa": L(SON["first"], NAMEC), "ioa_utuafare": L(SON["last"], NAMEC),
            "mahana_fanauraa": L(SON["dob"], BIRTH), "ira": L(SON["sex"], GENDER),
            "numera_cps": L(SON["dn"], NID), "nunaa": L("maohi / marite", SENS),
            "metua": [{"ioa": L(f"{FIRST} {LAST}", NAMEC), "tiaraa": "mama"},
                      {"ioa": L(HUSBAND[0], NAMEC), "tiaraa": "papa",
                       "niuniu": L(HUSBAND[1], TEL)}],
            "pupu": "pupu_iti_a", "numera_piahi": L(PUP, UID)}),
        day,
        case(f, f"{a}/v1/tamarii/ea", gz=True, headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "allergie": [L("pinati", MED)],
            "raau": [L("epinephrine auto-injector 0.15 mg", MED)],
            "patia": {"ROR": L("2021-09-14", MED), "DTP": L("2021-02-10", MED)},
            "taote": L("Taote Vaite Laurent", NAMEC), "asthme": L(False, MED),
            "tapao": L("Mai ihu i te tau ua", f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/reo_tamarii", [
            ("reo", "maui_taio.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"numera_piahi": L(PUP, UID),
                                                "haapiiraa": "taio_1_10", "sec": 14})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fariiraa/hohoa", fmt="form", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "fariiraa": "pupu_noa",
            "tapao_rima": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/tii", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID),
            "taata": {"ioa": L(MOTHER_IL[0], NAMEC), "niuniu": L(MOTHER_IL[1], TEL),
                      "tiaraa": "mama ruau"}, "mahana": ["pae", "mahana_maa"]}),
        raw(f, f"{a}/v1/uputa", gate, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/ore", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "mai": "2025-12-11", "tae": "2025-12-12",
            "tumu": L("mai", MED),
            "poroi": L("E fiva to Maui e te hota, e faaea oia i te fare.",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/poroi", headers=_h(rng, **b), body={
            "ia_tae": "orometua_pupu_iti_a", "paruru": obj(rng, "th"),
            "poroi": L("Ua moe ia Maui ta'na ahu taoto i te fare haapiiraa.",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/moni", fmt="form", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "ava": "2026-01", "moni": L("12500", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/maa", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "ava": "2026-01",
            "maa_taa": L("aita e pinati", MED), "moni": L(6000, BUY)}),
        case(f, f"{a}/v1/tabula", headers=_h(rng, **b), query={
            "pupu": "pupu_iti_a", "ava": "2026-01"}),
        case(f, f"{a}/v1/himene/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("himene no te tamarii taio numera", SEARCH)}),
        multipart(f, f"{a}/v1/tamarii/hohoa", [
            ("hohoa", "maui.jpg", "image/jpeg", L(JPEG + b"\x63", MEDIA)),
            ("meta", None, "application/json", {"numera_piahi": L(PUP, UID),
                                                "no": "tareta_piahi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tamarii/taata_ru", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "taata": [
                {"ioa": L(HUSBAND[0], NAMEC), "niuniu": L(HUSBAND[1], TEL)},
                {"ioa": L(SISTER_US[0], NAMEC), "niuniu": L(SISTER_US[1], TEL)}]}),
        case(f, f"{a}/v1/vea", headers=_h(rng, how="none"), cookies={
            "pr_sesi": L(opaque(rng, "", 40), CRED), "pr_device": L(INSTALL_ID, DID),
            "pr_req": rid(rng)}),
        case(f, f"{a}/v1/fare/ohipa", fmt="msgpack", headers=_h(rng, **b), body={
            "numera_piahi": L(PUP, UID), "parau_api": 12, "minuti": 25,
            "tapao": L("Ua taio oia e tae atu i te ahuru", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "ty_PF")),
        case(f, f"{a}/v1/tupuraa", headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("mahana_hiti", 1), ev("hiti", 2, hiti=L("ReoTamarii", USAGE))]}),
    ]


def reo_sdks() -> list[Case]:
    rng = random.Random(15952)
    return [
        mt_batch(APP, rng, [("Day Report Opened", {}),
                            ("Clip Uploaded", {"secs": 14})], locale="ty_PF"),
        mt_identify(APP, rng, {"role": "metua", "tamarii": 1, "oire": L("Papeete", COARSE)}),
        tv_launch(APP, rng),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "recorder not prepared"),
                 [cm_crumb("nav", "Tamarii -> ReoTamarii")], screen="ReoActivity"),
        ft_eval(APP, rng, {"school": PRESCHOOL["id"], "children": 1}),
        pp_register(APP, rng, lang="ty", tags={"pupu": "pupu_iti_a"}),
        cn_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "12500", currency="xpf"),
        hu_message(APP, rng, L(f"Aita te moni no {KID} i tae", f"{TEXT}|{NAMEC}"),
                   {"numera_piahi": L(PUP, UID)}),
    ]
