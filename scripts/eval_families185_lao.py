"""Legal-aid app "Tokoni Lao" (``tokoni`` help, ``lao`` law: the legal-aid office of the Mata-Utu
court; she contests her dismissal from a shop after joining a union): its API's keys are
Wallisian without the glottal stop (``higoa`` / ``higoa_famili``, ``meli``, ``telefoni``,
``kupu_fufu``, ``aho_fanau``, ``numelo_secu``, ``kata_nofoaga`` residence card, ``nofoaga``,
``kolo``, ``faila`` file, ``kole_tokoni`` aid application, ``keisi`` case, ``tohi`` document,
``sitika`` union (from French "syndicat"), ``kata`` card, ``loia`` lawyer, ``fakamaauga``
court, ``fakamooni`` witness / testimony, ``aho`` date, ``talanoa`` message, ``mahaki``
illness, ``paaga`` amount, ``totogi`` payment, ``kumi`` search): registration, a log-in, ``/au``,
the aid application, her contract and payslips (PDFs), her union card, the lawyer chosen, a
video consultation, a check-in at the court, hearing dates by file number in the path, a message
to the lawyer, a witness statement, a draft (msgpack), the resources declaration (gzip), a
sick-leave note, her share of the fees, a search, preferences by cookie, push, events and a
log-out. No earlier set has a legal-aid app; lawyer bookings exist (naturalisation) and a
trade-union members' app, made different here (the union is one fact in a court file)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families185_kit import (
    COURT,
    COURT_FIX,
    HOME,
    LEGAL_FILE,
    NIR_ME,
    RESIDENCE,
    UNION,
    WF_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families185_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_queue, tn_launch
from eval_families185_svc import cl_card, cl_confirm, cy_check, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tokonilao", "Tokoni Lao", "com.example.tokonilao", "1.0.9",
          "https://api.tokonilao.example.net")
IID = "X-TL-Device"
PW = "Fakamaau#2026wf"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(50))
WITNESS = ("Akeneta Falelavaki", "+681826503")  # her former colleague (typed: contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, wls=True, **kw)


def tokonilao() -> list[Case]:
    rng = random.Random(18551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meli=L(EMAIL, MAIL), faila=L(LEGAL_FILE, UID)))}
    cla, clo = fix(COURT_FIX, 5)
    dates = at_path(case(f, f"{a}/api/v1/faila/{LEGAL_FILE}/aho", headers=_h(rng, **b)),
                    LEGAL_FILE, UID)
    return [
        case(f, f"{a}/api/v1/lesita", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC),
            "meli": L(EMAIL_MIXED, MAIL), "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED),
            "aho_fanau": L(DOB, BIRTH), "numelo_secu": L(NIR_ME, NID),
            "kata_nofoaga": L(RESIDENCE, NID), "nofoaga": L(HOME["line"], ADDR),
            "kolo": L(HOME["village"], COARSE), "post": L(HOME["post"], COARSE)}),
        case(f, f"{a}/api/v1/hu", fmt="form", headers=_h(rng), body={
            "meli": L(EMAIL, MAIL), "kupu_fufu": L(PW, CRED)}),
        case(f, f"{a}/api/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kole_tokoni", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "keisi": "prudhomme", "kaiga_tokolahi": 5,
            "fakamatala": L("Dismissed in December after six years at the shop, two weeks after "
                            "I joined the union", f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/api/v1/tohi", [
            ("tohi", "contrat_travail.pdf", "application/pdf", L(PDF, MEDIA)),
            ("tohi2", "bulletins_2025.pdf", "application/pdf", L(PDF + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"faila": L(LEGAL_FILE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sitika", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "sitika": L("FO Wallis-et-Futuna", SENS),
            "kata": L(UNION, SENS), "talu": L("2025-11-20", SENS),
            "tagata_tokoni": {"higoa": L("Soane Mulikihaamea", NAMEC),
                              "telefoni": L("+681822914", TEL)}}),
        case(f, f"{a}/api/v1/loia", fmt="form", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "loia": "av_nc_0144", "lea": "en"}),
        case(f, f"{a}/api/v1/vitio", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "aho": "2026-02-04T09:00",
            "token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/api/v1/hu_fakamaauga", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "potu": {"lat": cla, "lon": clo},
            "fakamaauga": {"id": COURT["id"], "lat": COURT["lat"], "lon": COURT["lon"]}}),
        dates,
        case(f, f"{a}/api/v1/talanoa", headers=_h(rng, **b), body={
            "ki": "av_nc_0144",
            "talanoa": L("My manager Soane Vaitootai said my contract ended because I joined "
                         "the union", f"{TEXT}|{SENS}|{NAMEC}")}),
        case(f, f"{a}/api/v1/fakamooni", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "higoa": L(WITNESS[0], NAMEC),
            "telefoni": L(WITNESS[1], TEL),
            "fakamooni": L("Akeneta heard the manager say it on 18 December", TEXT)}),
        case(f, f"{a}/api/v1/draft", fmt="msgpack", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "step": 3,
            "tohi": L("I ask the court to recognise the dismissal as unfair", TEXT)}),
        case(f, f"{a}/api/v1/paaga", gz=True, headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "numelo_secu": L(NIR_ME, NID),
            "iban": L(WF_ACCOUNT, PAY), "tokoni_gaue": True, "fale": "owned_by_family"}),
        case(f, f"{a}/api/v1/mahaki", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "mahaki": L("anxiety, sleep problems since dismissal",
                                                     MED), "aho": "2026-01-10"}),
        case(f, f"{a}/api/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "faila": L(LEGAL_FILE, UID), "paaga": L("18000", BUY), "valuta": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/kumi", headers=_h(rng, **b), query={
            "kumi": L("licenciement syndicat Wallis prudhomme", SEARCH)}),
        case(f, f"{a}/api/v1/fakaiku", headers=_h(rng, how="none"), cookies={
            "tl_sess": L(opaque(rng, "", 40), CRED),
            "tl_prefs": W({"faila": L(LEGAL_FILE, UID), "lea": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/fakamatala", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": obj(rng, "s"), "events": [
                ev("kole_sent", 1), ev("screen", 2, screen=L("Faila", USAGE))]}),
        case(f, f"{a}/api/v1/hu_ki_tua", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tokonilao_sdks() -> list[Case]:
    rng = random.Random(18552)
    return [
        mc_batch(APP, rng, [("Aid Requested", {"kind": "prudhomme"}),
                            ("Court Check In", {"court": COURT["id"]})],
                 at=COURT_FIX, nd=2),
        mc_queue(APP, rng, [("Draft Saved", {"step": 3}), ("Document Added", {"n": 2})]),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="law,rights,work"),
        cd_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cd_crumb("nav", "Faila -> Tohi"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/tohi", "status": 0})],
                 screen="TohiActivity"),
        fn_eval(APP, rng, {"court": COURT["id"], "aid": "partial"}),
        pt_register(APP, rng, lang="fr", at=COURT_FIX, nd=3, tags={"keisi": "prudhomme"}),
        cy_check(APP, rng, {"analytics": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "18000", "xpf"),
        hs_message(APP, rng, L("The video link for 4 February does not open", TEXT),
                   {"faila": L(LEGAL_FILE, UID)}),
    ]
