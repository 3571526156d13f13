"""A child-benefit claim app "Moni Tamariki" (the family-payments office's app: she claims the
child benefit for Tamatoa (8) and the newborn grant for Tepaeru; its API's keys are Cook Islands
Maori with English ``id``/``token``: ``tono`` claim/application, ``numero_tono`` claim
number, ``moni_tauturu`` benefit payment, ``tamariki`` children, ``tamaiti`` child, ``pepe``
baby, ``tamaroa``/``tamaine`` boy/girl (sex), ``numero_anau`` birth registration number,
``iti_tangata`` ethnic group, ``apii`` school, ``piha`` class, ``numero_kaute`` account number,
``ingoa_kaute`` account name, ``tiketi_noo`` residence permit, ``paseporo`` passport, ``pepa``
document, ``taumaha`` weight, ``tuatau`` period, ``akatika`` review/confirm, ``noo`` lives at):
sign-up with her permit and passport, an SMS code, ``/ko_au``, the claim for both children
(registration numbers, the son's passport, ethnicity), the birth certificate scan, the son's
school confirmation, the bank account, the claim by number in the path, the quarterly review
(a move), the payment history, the newborn grant (birth weight), a message about the premature
birth, the signed declaration, the address, the husband's consent, a search, documents by
cookie, push, events and a token refresh. New to the evaluation (set 126 registers a birth and
set 108 has early-childhood care; no set claims a child benefit)."""

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
    E164,
    GENDER,
    JPEG,
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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families166_kit import (
    BABY,
    CK_ACCOUNT,
    CLAIM,
    HOME,
    HOME_AT,
    HUSBAND,
    OFFICE,
    PASSPORT,
    PERMIT,
    SON,
    hd,
    push,
)
from eval_families166_sdk import cm_crash, cm_crumb, mk_batch, mk_identify, tt_launch
from eval_families166_svc import ce_save, fk_eval, hm_message, mi_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("monitamariki", "Moni Tamariki", "com.example.monitamariki", "1.3.5",
          "https://api.monitamariki.example.net")
IID = "X-MT-Device"
NID = "personal.national_id"
PW = "Tepaeru#2025!"
ETH = "Maori Kuki Airani"  # the children's ethnic group as the form asks it (personal.sensitive)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mi=True, **kw)


def _kid(k: dict[str, str], **more: Any) -> dict[str, Any]:
    return {"ingoa": L(k["first"], NAMEC), "ingoa_openga": L(k["last"], NAMEC),
            "ra_anau": L(k["dob"], BIRTH), "tamaroa_tamaine": L(k["sex"], GENDER),
            "numero_anau": L(k["reg"], NID), "iti_tangata": L(ETH, SENS), **more}


def monitamariki() -> list[Case]:
    rng = random.Random(16641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numero_tono=L(CLAIM, UID),
                                    tamariki=[L(SON["reg"], NID), L(BABY["reg"], NID)]))}
    status = at_path(case(f, f"{a}/v1/tono/{CLAIM}/tupuanga", headers=_h(rng, **b)), CLAIM, UID)
    return [
        case(f, f"{a}/v1/kaute", headers=_h(rng), body={
            "ingoa": L(FIRST, NAMEC), "ingoa_openga": L(LAST, NAMEC), "ra_anau": L(DOB, BIRTH),
            "imera": L(EMAIL, MAIL), "numero_niuniu": L(E164, TEL), "kupu_muna": L(PW, CRED),
            "tiketi_noo": L(PERMIT, NID), "paseporo": L(PASSPORT, NID)}),
        case(f, f"{a}/v1/kaute/kode", fmt="form", headers=_h(rng), body={
            "numero_niuniu": L(E164, TEL), "kode": L("882406", CRED)}),
        case(f, f"{a}/v1/ko_au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tono", headers=_h(rng, **b), body={
            "numero_tono": L(CLAIM, UID), "metua": L(f"{FIRST} {LAST}", NAMEC),
            "tane": L(HUSBAND[0], NAMEC),
            "tamariki": [_kid(SON, paseporo=L(SON["passport"], NID)), _kid(BABY)],
            "noo": {"ngutuare": L(HOME["line"], ADDR), "oire": L(HOME["area"], COARSE),
                    "enua": L(HOME["island"], COARSE)}, "akamatanga": "2025-09-01"}),
        multipart(f, f"{a}/v1/pepa", [
            ("pepa", "tepaeru_birth_cert.jpg", "image/jpeg", L(JPEG + b"\x56", MEDIA)),
            ("meta", None, "application/json", {"numero_anau": L(BABY["reg"], NID),
                                                "tu": "birth_certificate"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/apii", headers=_h(rng, **b), body={
            "tamaiti": L(f"{SON['first']} {SON['last']}", NAMEC),
            "numero_anau": L(SON["reg"], NID), "apii": "sch_avarua_pri", "piha": "Y4",
            "mataiti": 2026}),
        case(f, f"{a}/v1/numero_kaute", headers=_h(rng, **b), body={
            "numero_kaute": L(CK_ACCOUNT, PAY), "ingoa_kaute": L(f"{FIRST} {LAST}", NAMEC),
            "peka": "Example Bank Cook Islands", "numero_tono": L(CLAIM, UID)}),
        status,
        case(f, f"{a}/v1/tono/amuamu", headers=_h(rng, **b), body={
            "numero_tono": L(CLAIM, UID), "tuatau": "2025-12",
            "karere": L("The December payment for Tamatoa did not come into my account",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/tuatau/akatika", headers=_h(rng, **b), body={
            "numero_tono": L(CLAIM, UID), "tuatau": "2026-Q1", "tamariki_noo": 2,
            "kua_neke": True, "ngutuare_ou": L("Ara Tapu, house 3, Nikao", ADDR),
            "oire_ou": L("Nikao", COARSE)}),
        case(f, f"{a}/v1/moni_tauturu", headers=_h(rng, **b), query={
            "numero_tono": L(CLAIM, UID), "mai": "2025-09-01", "ki": "2026-01-31"}),
        case(f, f"{a}/v1/pepe/tauturu", headers=_h(rng, **b), body={
            "pepe": {"ingoa": L(f"{BABY['first']} {BABY['last']}", NAMEC),
                     "ra_anau": L(BABY["dob"], BIRTH), "numero_anau": L(BABY["reg"], NID),
                     "taumaha_kg": L(2.4, "health.fitness"),
                     "wiki": L(35, MED)}, "fanau_i": "hosp_rar",
            "numero_kaute": L(CK_ACCOUNT, PAY)}),
        case(f, f"{a}/v1/karere", headers=_h(rng, **b), body={
            "kia": "case_officer",
            "karere": L("Tepaeru was born early at 35 weeks and stayed in hospital ten days, "
                        "the grant form is late because of that", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/tikaanga", fmt="form", headers=_h(rng, **b), body={
            "numero_tono": L(CLAIM, UID), "akairo": L(f"{FIRST} {LAST}", NAMEC),
            "ra": "2026-01-08", "tika": "ae"}),
        case(f, f"{a}/v1/kaute/ngutuare", headers=_h(rng, **b), body={
            "pouaka": L(HOME["box"], ADDR), "oire": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/tono/tane", headers=_h(rng, **b), body={
            "ingoa": L(HUSBAND[0], NAMEC), "numero_niuniu": L(HUSBAND[1], TEL),
            "ra_anau": L("1988-09-02", BIRTH), "paseporo": L("LK338102", NID),
            "tikaanga": True}),
        case(f, f"{a}/v1/kimi", headers=_h(rng, **b), query={
            "kupu": L("child benefit payment dates 2026", SEARCH)}),
        case(f, f"{a}/v1/pepa/list", headers=_h(rng, how="none"), cookies={
            "mt_session": L(opaque(rng, "", 40), CRED), "mt_device": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "rar_CK")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("claim_submitted", 1, kids=2), ev("screen", 2, screen=L("Payments", USAGE))]}),
        case(f, f"{a}/v1/oauth/refresh", fmt="form", headers=_h(rng), body={
            "grant_type": "refresh_token", "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "client_id": "monitamariki-android"}),
    ]


def monitamariki_sdks() -> list[Case]:
    rng = random.Random(16642)
    return [
        mk_batch(APP, rng, [("Claim Submitted", {"children": 2}),
                            ("Grant Requested", {"amount": L(500, BUY)})],
                 at=HOME_AT, nd=2, locale="rar_CK"),
        mk_identify(APP, rng, {"oire": L("Tupapa", COARSE), "tamariki": 2,
                               "numero_tono": L(CLAIM, UID)}),
        tt_launch(APP, rng),
        cm_crash(APP, rng, ("java.io.FileNotFoundException", "pepa upload"),
                 [cm_crumb("nav", "Tono -> Pepa")], screen="PepaActivity"),
        fk_eval(APP, rng, {"office": OFFICE["id"], "children": 2}),
        pp_register(APP, rng, lang="rar", tags={"office": OFFICE["id"]}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        hm_message(APP, rng, L(f"My claim {CLAIM} shows only one child", f"{TEXT}|{UID}"),
                   {"numero_tono": L(CLAIM, UID)}),
        mi_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
    ]
