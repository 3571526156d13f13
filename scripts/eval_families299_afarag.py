"""A mud-brick builders' app "Afarag" (the wall around a yard; builders and plasterers of banco
houses, booked for the roof terrace and the yard wall after the rains): her own house. Keys are
Tamasheq in Latin letters (ASCII-folded) with the French and Arabic loans builders use and English
API words: ``esem``/``esem_n_ebba`` first/family name, ``imel`` e-mail, ``portabl`` mobile,
``awal_n_ekchem`` password, ``adres`` street line, ``kartye`` quarter, ``aghrem`` town, ``ehan``
house (lit. tent/house), ``afella`` roof terrace (lit. above), ``afarag`` yard wall, ``ajenna``
rain (lit. sky), ``tabriqt`` brick (Arabic loan), ``banko`` mud brick (loan), ``bennay`` builder
(Arabic loan), ``tamedrayt`` visit slot, ``azref`` amount, ``takfit`` payment, ``avans``
deposit, ``edag`` place, ``awal`` message, ``foto`` photo, ``karte`` identity card, ``parsel``
plot (loan), ``amadal`` neighbour (a coinage), ``aparey`` device, ``nak`` me. Sign-up, a log-in,
``/nak``, the rain-damage report with her fix at the house, photos, builders near her house (3
decimals), a builder's page, the quote accepted, the deposit, a site visit, a sketch of the yard,
where the key is (a neighbour), the builder's arrival confirmed from the house (5-decimal
strings), materials (msgpack), the job by number in the path, a balance by cookie, a message, a
review, the final payment, the warranty, the commune's repair permit (her residence card), push
and events. "construction" matched set docstrings 157, 162, 257 and
283 (not read); "mud.brick" and "plaster" matched no set docstring."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families299_kit import (
    BUILDER,
    HOME,
    HOME_AT,
    HUSBAND,
    JOB,
    RESIDENCE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families299_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    tn_event,
    tn_launch,
)
from eval_families299_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    hs_message,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("afarag", "Afarag", "com.example.afarag", "1.1.9", "https://api.afarag.example.net")
IID = "X-Afarag-Aparey"
PW = "Banko#Amarewat14"
NID = "personal.national_id"
NEIGHBOUR = ("Hadizatou Abdou", "+22791205566")  # the neighbour keeping the key (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def afarag() -> list[Case]:
    rng = random.Random(29951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), ehan=L(HOME["line"], ADDR)))}
    hla, hlo = fix(HOME_AT)
    job = at_path(case(f, f"{a}/api/jobs/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/api/amaris", headers=_h(rng), body={
            "esem": L(FIRST, NAMEC), "esem_n_ebba": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "portabl": L(E164, TEL), "awal_n_ekchem": L(PW, CRED),
            "adres": L(HOME["line"], ADDR), "kartye": L(HOME["area"], COARSE),
            "aghrem": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/ekchem", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "awal_n_ekchem": L(PW, CRED)}),
        case(f, f"{a}/api/nak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ajenna/report", headers=_h(rng, **b), body={
            "ehan": {"lat": hla, "lng": hlo}, "afella": "collapsed_corner",
            "afarag_m": 6, "ajenna_ashal": "2025-08-11",
            "awal": L("After last night's rain a corner of the roof terrace fell into the "
                      "kitchen and the yard wall is cracked", TEXT)}),
        multipart(f, f"{a}/api/ajenna/foto", [
            ("foto", "afella.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("foto2", "afarag.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"report": obj(rng, "rp")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bennay", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "3", "kind": "banko"}),
        case(f, f"{a}/api/bennay/{BUILDER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/quotes/accept", headers=_h(rng, **b), body={
            "quote": obj(rng, "qt"), "job": L(JOB, BUY), "bennay": BUILDER["id"],
            "azref": L(340000, BUY), "tadrimt": "XOF", "tabriqt": 900}),
        case(f, f"{a}/api/takfit/avans", fmt="form", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "avans": L("100000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_4": L("4444", PAY)}),
        case(f, f"{a}/api/tamedrayt", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "slot": obj(rng, "sl"), "ashal": "2025-08-14T07:00",
            "amidi": {"esem": L(HUSBAND[0], NAMEC), "portabl": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/api/jobs/sketch", [
            ("sketch", "yard.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(40), MEDIA)),
            ("meta", None, "application/json", {"job": L(JOB, BUY), "afarag_m": 6,
                                                "tiwwurt": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/jobs/key", headers=_h(rng, **b), body={
            "job": L(JOB, BUY),
            "awal": L(f"The key is with our neighbour {NEIGHBOUR[0]}, {NEIGHBOUR[1]}, two doors "
                      "down", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/jobs/arrived", fmt="form", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "lat": L(f"{HOME_AT[0]:.5f}", PRECISE),
            "lng": L(f"{HOME_AT[1]:.5f}", PRECISE), "ok": "1"}),
        case(f, f"{a}/api/materials", fmt="msgpack", headers=_h(rng, **b), body={
            "job": L(JOB, BUY),
            "lines": [{"item": "banko", "n": 900, "unit": 60},
                      {"item": "lupo", "bags": 4, "unit": 6500},
                      {"item": "doum_beams", "n": 12, "unit": 2500}],
            "total": L(110000, BUY)}),
        job,
        case(f, f"{a}/api/balance", headers=_h(rng, how="none"), cookies={
            "af_session": L(opaque(rng, "", 40), CRED), "af_aparey": L(INSTALL_ID, DID),
            "af_req": rid(rng)}),
        case(f, f"{a}/api/awal", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "to": "bn_0217",
            "awal": L("Please use the palm-fibre mix on the terrace, like last time", TEXT)}),
        case(f, f"{a}/api/ahanay", fmt="form", headers=_h(rng, **b), body={
            "bennay": BUILDER["id"], "itran": "4",
            "awal": L("Good work on the wall, two days late because of the sandstorm", TEXT)}),
        case(f, f"{a}/api/takfit", fmt="form", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "azref": L("240000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/warranty", headers=_h(rng, **b), body={
            "job": L(JOB, BUY), "adres": L(HOME["line"], ADDR),
            "kartye": L(HOME["area"], COARSE), "months": 12, "user": L(USER_ID, UID)}),
        case(f, f"{a}/api/commune/permis", headers=_h(rng, **b), body={
            "karte": L(RESIDENCE, NID), "esem": L(f"{FIRST} {LAST}", NAMEC),
            "adres": L(HOME["line"], ADDR), "parsel": "AMR-14-212", "kind": "reparation"}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparey_id": L(INSTALL_ID, DID),
            "ilas": L("fr", DEV), "tz": L(TZ, DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("report_sent", 1), ev("screen", 2, screen=L("Quotes", USAGE))]}),
    ]


def afarag_sdks() -> list[Case]:
    rng = random.Random(29952)
    return [
        mc_batch(APP, rng, [("Report Sent", {"photos": 2}),
                            ("Quote Accepted", {"total": L(340000, BUY)})],
                 at=HOME_AT, nd=2, locale="fr_NE"),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"job": L(JOB, BUY)}, revenue=340000.0, currency="XOF",
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="home,repair,building"),
        bf_notice(APP, rng, "win"),
        cd_session(APP, rng, secs=377),
        fn_eval(APP, rng, {"aghrem": L("Agadez", COARSE), "season": "rains"}),
        pt_register(APP, rng, lang="fr", at=HOME_AT, nd=2, tags={"kartye": L("Amarewat",
                                                                               COARSE)}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "100000"),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Builder did not come for job {JOB}", f"{TEXT}|{BUY}"),
                   {"job": L(JOB, BUY)}),
    ]
