"""NZ tax-refund agent app "Toe Tupe" (a fictional Tuvaluan-run Auckland agency that files final
NZ returns and KiwiSaver withdrawals for Pacific workers who have gone home; its developer writes
Tuvaluan keys). Keys in Tuvaluan (the shared words, plus ``numela_IRD`` IRD number,
``numela_kalaene`` client number, ``lafoga`` tax, ``tupe_maua`` income, ``tupe_toe_maua``
refund, ``kamupani`` employer, ``tuatusi_muamua`` former address, ``tuatusi_fou`` new address,
``aso_tiaki`` departure date, ``faletupe`` bank, ``saini`` signature, ``tusi_folau`` passport,
``tusi_totogi`` earnings statement, ``totogi_agent`` the agent's fee): sign-up with her IRD
number, a log-in, ``/au``, the IRD check, her Auckland and Funafuti addresses, her employers and
income, the earnings statement (PDF), the KiwiSaver withdrawal, her NZ account, a signature, the
estimate, the claim bought and its status by claim number in the path, a message quoting her IRD
number, a search, an SMS code, her passport, her sister-in-law as NZ contact, push, events, the
invoice by cookie and a log-out. A US joint tax return exists in an earlier set; a departing
worker's refund claim from abroad does not (a docstring grep for "tax refund" found nothing)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families27_kit import DOB_ES
from eval_families179_kit import (
    AKL_OLD,
    CLAIM,
    CLIENT,
    HOME,
    IRD,
    IRD_DASHED,
    KIWISAVER,
    NZ_ACCOUNT,
    PASSPORT,
    SISTER_IL,
    SISTER_IL_ADDR,
    hd,
    push,
)
from eval_families179_sdk import ck_crash, ck_crumb, me_batch, me_identify, tk_event, tk_launch
from eval_families179_svc import ca_check, ff_eval, hf_attach, pf_register, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("toetupe", "Toe Tupe", "com.example.toetupe", "2.4.0", "https://api.toetupe.example.net")
IID = "X-ToeTupe-Masini"
PW = "Mangere2019$Tupe"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def toetupe() -> list[Case]:
    rng = random.Random(17941)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, numela_kalaene=L(CLIENT, UID), ird=L(IRD_DASHED, NID)))}
    status = at_path(case(f, f"{a}/api/talosaga/{CLAIM}", headers=_h(rng, **b)), CLAIM, BUY)
    return [
        case(f, f"{a}/api/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "upu_huna": L(PW, CRED), "aso_fanau": L(DOB_ES, BIRTH),
            "numela_IRD": L(IRD, NID), "numela_kalaene": L(CLIENT, UID),
            "fenua_nofo": L("Tuvalu", COARSE)}),
        case(f, f"{a}/api/ulu", fmt="form", headers=_h(rng), body={
            "imeli": L(EMAIL, MAIL), "upu_huna": L(PW, CRED)}),
        case(f, f"{a}/api/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ird/siaki", headers=_h(rng, **b), query={
            "numela_IRD": L(IRD_DASHED, NID), "aso_fanau": L(DOB, BIRTH)}),
        case(f, f"{a}/api/tuatusi", headers=_h(rng, **b), body={
            "tuatusi_muamua": {"laina": L(AKL_OLD["line"], ADDR),
                               "fakai": L(AKL_OLD["suburb"], COARSE),
                               "taone": L(AKL_OLD["city"], COARSE),
                               "post": L(AKL_OLD["post"], COARSE)},
            "tuatusi_fou": {"laina": L(HOME["line"], ADDR), "motu": L(HOME["islet"], COARSE),
                            "fenua": L(HOME["country"], COARSE)},
            "aso_tiaki": "2024-08-30"}),
        case(f, f"{a}/api/galuega", headers=_h(rng, **b), body={
            "numela_kalaene": L(CLIENT, UID), "tausaga_lafoga": "2025",
            "kamupani": [{"igoa": "Example Freight Ltd", "tupe_maua": 41250.0,
                          "lafoga_PAYE": 7120.4, "kode_lafoga": "M"},
                         {"igoa": "Example Café Otahuhu", "tupe_maua": 6380.0,
                          "lafoga_PAYE": 1530.0, "kode_lafoga": "S"}]}),
        multipart(f, f"{a}/api/tusi_totogi", [
            ("tusi", "summary_of_earnings_2025.pdf", "application/pdf", L(PDF, f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"numela_IRD": L(IRD, NID), "tausaga": "2025"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kiwisaver", headers=_h(rng, **b), body={
            "numela_KiwiSaver": L(KIWISAVER, UID), "polokalame": "Example KiwiSaver Scheme",
            "talosaga": "tiaki_tumau", "fenua_fou": L("Tuvalu", COARSE),
            "numela_IRD": L(IRD, NID)}),
        case(f, f"{a}/api/faletupe", fmt="form", headers=_h(rng, **b), body={
            "igoa_tino": L(f"{FIRST} {LAST}", NAMEC), "numela_faletupe": L(NZ_ACCOUNT, PAY),
            "tupe_ituaiga": "NZD"}),
        multipart(f, f"{a}/api/saini", [
            ("saini", "saini.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(36), MEDIA)),
            ("meta", None, "application/json", {"talosaga": L(CLAIM, BUY),
                                                "igoa": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tupe_toe_maua", headers=_h(rng, **b), query={
            "numela_kalaene": L(CLIENT, UID), "tausaga": "2025"}),
        case(f, f"{a}/api/talosaga", headers=_h(rng, **b), body={
            "talosaga": L(CLAIM, BUY), "totogi_agent": L(95, BUY), "tupe_ituaiga": "NZD",
            "numela_kalaene": L(CLIENT, UID), "tupe_toe_maua_fakatatau": 1184.5}),
        status,
        case(f, f"{a}/api/fekau", headers=_h(rng, **b), body={
            "ki": "agent_lt07",
            "fekau": L(f"Talofa, toku numela IRD ko {IRD_DASHED}, ne tiaki au i Aokalani i "
                       "Aokuso 2024", f"{TEXT}|{NID}")}),
        case(f, f"{a}/api/sala", headers=_h(rng, **b), query={
            "sala": L("lafoga mo tino e nofo i fafo", SEARCH)}),
        case(f, f"{a}/api/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("390618", CRED)}),
        multipart(f, f"{a}/api/tusi_folau", [
            ("ata", "passport.jpg", "image/jpeg", L(JPEG + b"\x57", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"numela": L(PASSPORT, NID), "fenua": "US",
                                                "gata": "2031-04-09"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tino_fesokotaki", headers=_h(rng, **b), body={
            "igoa": L(SISTER_IL[0], NAMEC), "telefoni": L(SISTER_IL[1], TEL),
            "imeli": L(SISTER_IL[2], MAIL), "laina": L(SISTER_IL_ADDR["line"], ADDR),
            "taone": L(SISTER_IL_ADDR["city"], COARSE)}),
        case(f, f"{a}/api/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("claim_bought", 1, totogi=L(95, BUY)),
                ev("screen", 2, screen=L("Estimate", USAGE))]}),
        case(f, f"{a}/api/pili/fakamuli", headers=_h(rng, how="none"), cookies={
            "tt_sesi": L(opaque(rng, "", 40), CRED), "tt_masini": L(INSTALL_ID, DID),
            "tt_req": rid(rng)}),
        case(f, f"{a}/api/fakaoti", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def toetupe_sdks() -> list[Case]:
    rng = random.Random(17942)
    return [
        me_batch(APP, rng, [("Claim Bought", {"fee": L(95, BUY)}),
                            ("Estimate Viewed", {"year": 2025})]),
        me_identify(APP, rng, {"fenua": L("Tuvalu", COARSE), "numela_kalaene": L(CLIENT, UID)}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"talosaga": L(CLAIM, BUY)}, revenue=95.0,
                 currency="NZD", hashed=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "ird checksum"),
                 [ck_crumb("nav", "Lesitala -> IRD")], screen="IrdActivity"),
        ff_eval(APP, rng, {"fenua": L("TV", COARSE), "kiwisaver": True}),
        pf_register(APP, rng, tags={"tausaga": "2025"}),
        ca_check(APP, rng, {"analytics": True}),
        pt_card(APP, rng),
        pt_confirm(APP, rng, "95.00", "nzd"),
        hf_attach(APP, rng, L(PDF, f"{MEDIA}|{NID}"), "ir3_2025.pdf", "application/pdf"),
    ]
