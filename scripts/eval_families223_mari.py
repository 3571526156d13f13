"""A unit-trust education savings app "Goanmari" (``!goan`` children + ``mari`` money; a
fictional Windhoek fund manager's plan for Aletta's schooling). Its API's keys are
Khoekhoegowab and Afrikaans loans, ASCII-folded (click letters dropped): ``ons`` name,
``familie_ons`` surname, ``selfoon`` mobile, ``wagwoord`` password (the Afrikaans loan this
developer keeps), ``goa_tses`` birth date, ``paspoort`` passport, ``permit`` residence permit,
``belasting_no`` tax number, ``oms`` house (street line), ``dorob`` town, ``pos_kode`` post
code, ``belegger`` investor, ``begunstigde`` beneficiary, ``goas`` daughter, ``aob`` husband,
``mari`` amount, ``ama`` buy (units), ``nama`` sell (redeem, ``!nama``), ``fonds`` fund,
``eenhede`` units, ``bank_rekening`` bank account, ``tak_kode`` branch code, ``khanis``
message, ``soek`` search, ``kurib`` year, ``tses`` day, ``toestel`` device, ``gowab``
language, ``xun`` events: sign-up with her passport, permit and tax number, an SMS code,
``/ti``, the passport scan and a selfie, the beneficiary (the daughter's ID number), funds, the
risk questions, a lump-sum purchase, a debit order (her account), the statement by investor
number in the path, unit prices, a redemption, a message to the adviser, her husband as a
viewer, the tax certificate, a fund search, an offline JSON Lines queue, a protobuf session
beat, preferences in a base64 JSON cookie, push and events."""

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
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families223_kit import (
    DAUGHTER,
    FUND,
    HUSBAND,
    INVESTOR,
    KH_HOME,
    NA_ACCOUNT,
    NA_BRANCH,
    PASSPORT,
    PERMIT,
    TIN,
    hd,
    push,
)
from eval_families223_sdk import (
    bo_bid,
    cn_session,
    mk_batch,
    mk_queue,
    tg_event,
    tg_launch,
)
from eval_families223_svc import ca_wallet, cb_check, fk_eval, hw_attach, ps_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("goanmari", "Goanmari", "com.example.goanmari", "3.0.6",
          "https://api.goanmari.example.com")
IID = "X-GM-Toestel"
PW = "Aletta!Spaar2026"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
HUSBAND_MAIL = "hendrik.goagoseb@example.com"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def goanmari() -> list[Case]:
    rng = random.Random(22311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), belegger=L(INVESTOR, UID),
                                    scope="invest"))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(INVESTOR, UID)), (2, 1772402400), (3, "3.0.6"),
               (4, [(1, L("Pixel 8", DEV)), (2, L(63, DEV))])], "", lab)
    stmt = at_path(case(f, f"{a}/v2/beleggings/{INVESTOR}/staat", headers=_h(rng, **b),
                        query={"van": "2026-01-01", "tot": "2026-03-31"}), INVESTOR, UID)
    return [
        case(f, f"{a}/v2/beleggers", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "familie_ons": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "selfoon": L(E164, TEL), "wagwoord": L(PW, CRED), "goa_tses": L("1991-05-17", BIRTH),
            "paspoort": L(PASSPORT, NID), "permit": L(PERMIT, NID),
            "belasting_no": L(TIN, NID), "oms": L(KH_HOME["line"], ADDR),
            "dorob": L(KH_HOME["town"], COARSE), "pos_kode": L(KH_HOME["post"], COARSE),
            "beroep": "bookkeeper", "bron_van_fondse": "salary"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "selfoon": L(E164, TEL), "kode": L("318540", CRED)}),
        case(f, f"{a}/v2/ti", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/kyc/dokument", [
            ("skandering", "paspoort.jpg", "image/jpeg", L(JPEG + b"\x21", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"soort": "paspoort",
                                                "nommer": L(PASSPORT, NID),
                                                "verval": "2031-06-30"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/kyc/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {"belegger": L(INVESTOR, UID), "poging": 1})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/begunstigde", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "verhouding": "goas",
            "ons": L(DAUGHTER["first"], NAMEC), "familie_ons": L(DAUGHTER["last"], NAMEC),
            "goa_tses": L(DAUGHTER["dob"], BIRTH), "id_nommer": L(DAUGHTER["idno"], NID),
            "geslag": L(DAUGHTER["sex"], GENDER), "persent": 100}),
        case(f, f"{a}/v2/fondse", headers=_h(rng, **b), query={
            "risiko": "gemiddeld", "doel": "opvoeding"}),
        case(f, f"{a}/v2/risiko", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "kurin": L(34, BIRTH), "horison_kurin": 10,
            "antwoorde": [2, 3, 2, 4, 1], "telling": 12}),
        case(f, f"{a}/v2/ama", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "fonds": FUND["id"], "mari": L(5000, BUY),
            "valuta": "NAD", "eenheidprys": FUND["price"], "transaksie": rid(rng),
            "mari_gui": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/debietorder", fmt="form", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "bank_rekening": L(NA_ACCOUNT, PAY),
            "tak_kode": NA_BRANCH, "rekening_houer": L(f"{FIRST} {LAST}", NAMEC),
            "mari": L("500.00", BUY), "tses": "25", "begin": "2026-04-25"}),
        stmt,
        case(f, f"{a}/v2/eenheidpryse", headers=_h(rng, **b), query={
            "fonds": FUND["id"], "van": "2026-03-01"}),
        case(f, f"{a}/v2/nama", fmt="form", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "fonds": FUND["id"], "mari": L("1200.00", BUY),
            "rede": "skoolfooie", "bank_rekening": L(NA_ACCOUNT, PAY)}),
        case(f, f"{a}/v2/khanis", headers=_h(rng, **b), body={
            "aan": "adviseur_0041", "draad": obj_id(rng),
            "khanis": L(f"Kan my man {HUSBAND[0]} ook {DAUGHTER['first']} se plan sien? "
                        "!Gai tses.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/gemagtigde", headers=_h(rng, **b), body={
            "belegger": L(INVESTOR, UID), "verhouding": "aob",
            "ons": L(HUSBAND[0], NAMEC), "selfoon": L(HUSBAND[1], TEL),
            "email": L(HUSBAND_MAIL, MAIL), "regte": ["lees"]}),
        case(f, f"{a}/v2/belasting/sertifikaat", headers=_h(rng, **b), query={
            "belasting_no": L(TIN, NID), "kurib": "2025"}),
        case(f, f"{a}/v2/soek", headers=_h(rng, **b), query={
            "soek": L("universiteit spaar fonds lae fooie", SEARCH)}),
        lines(f, f"{a}/v2/sinc", [
            {"xun": L("staat_oop", USAGE), "belegger": L(INVESTOR, UID), "t": 1772400000},
            {"xun": L("doel_verander", USAGE), "doel": "universiteit 2035",
             "belegger": L(INVESTOR, UID), "t": 1772400060}], headers=_h(rng, **b)),
        raw(f, f"{a}/v2/sessie/pols", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/voorkeure", headers=_h(rng, how="none"), cookies={
            "gm_sessie": L(opaque(rng, "", 40), CRED),
            "gm_voorkeur": W({"belegger": L(INVESTOR, UID), "gowab": L("af", DEV),
                              "tema": "donker"}, "b64json")}),
        case(f, f"{a}/v2/toestelle", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/xun", headers=_h(rng, **b), body={
            "khoe": L(USER_ID, UID), "sessie": rid(rng), "xun": [
                ev("ama_voltooi", 1, mari=L(5000, BUY)),
                ev("skerm", 2, skerm=L("Staat", USAGE))]}),
    ]


def obj_id(rng: random.Random) -> str:
    return "th_" + opaque(rng, "", 10)


def goanmari_sdks() -> list[Case]:
    rng = random.Random(22312)
    return [
        mk_batch(APP, rng, [("Units Bought", {"amount": L(5000, BUY)}),
                            ("Debit Order Set", {"day": 25})]),
        mk_queue(APP, rng, [("Statement Opened", {}), ("Goal Changed", {"year": 2035})]),
        tg_launch(APP, rng, first=True, user=True),
        tg_event(APP, rng, "invest", {"fund": FUND["id"]}, revenue=5000.0, currency="NAD",
                 hashed=True),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="savings,education,namibia"),
        cn_session(APP, rng, secs=388),
        fk_eval(APP, rng, {"fund": FUND["id"], "kyc": "done"}, hdr=True),
        ps_register(APP, rng, tags={"fund": FUND["id"], "dorob": L("Keetmanshoop", COARSE)}),
        cb_check(APP, rng, {"analytics": True, "marketing": False}),
        ca_wallet(APP, rng, "1200.00", L(E164, TEL)),
        hw_attach(APP, rng, L(PDF, MEDIA), "belasting_2025.pdf", "application/pdf"),
    ]
