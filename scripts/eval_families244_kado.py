"""A wedding gift-list and money-pot app "Kolekt Kado" (her husband's brother Vikash marries
Anisha in Port Louis; its API's keys are Kreol Morisien in camelCase: ``prenon`` first name,
``nonFami`` surname, ``imel`` e-mail, ``nimeroTelefonn`` phone, ``modPas`` password,
``datNesans`` birth date, ``kado`` gift, ``lalis`` list, ``kontribision`` contribution,
``kagnot`` pot, ``objektif`` target, ``montan`` amount, ``peyman`` payment, ``kart`` card,
``mesaz`` message, ``envite`` invitees, ``destinater`` recipient, ``ladresLivrezon`` delivery
address, ``rambourseman`` refund, ``rezon`` reason, ``kontBank`` bank account, ``rod`` search,
``lang`` language, ``levennman`` events): sign-up, an SMS code, ``/mwa``, the couple's list by
its code, the catalogue, a contribution to an item with a message, its payment, a pot she
organises for the family, invitations (the cousin and her mother-in-law), a reminder, the
delivery to the couple's new flat, the RSVP, a basket (msgpack), a refund, the payout to her
account, the receipt by contribution number in the path, a search, preferences in a base64 JSON
cookie, an offline queue (JSON Lines), push, events and a token refresh."""

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
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families244_kit import (
    BROTHER_IL,
    COUSIN,
    FIANCEE,
    HUSBAND,
    MOTHER_IL,
    MU_ACCOUNT,
    SON,
    hd,
    obj,
    push,
)
from eval_families244_sdk import (
    bp_bid,
    bp_notice,
    ct_session,
    td_batch,
    tm_event,
    tm_launch,
)
from eval_families244_svc import (
    cg_check,
    ff_eval,
    ha_message,
    py_card,
    py_confirm,
    py_wallet,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kolektkado", "Kolekt Kado", "com.example.kolektkado", "2.2.0",
          "https://api.kolektkado.example.com")
IID = "X-Kado-Device"
LIST = "KK-MRZ-VA2026"  # the couple's list code (theirs, shared on the invitation: negative)
MINE = "KT-88120457"  # her contribution (financial.purchase)
POT = "KG-2026-0412"  # the pot she organises (financial.purchase)
NEW_FLAT = "Apt 5, Residence Les Bambous, Rue Desforges"  # the couple's new flat (typed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def kolektkado() -> list[Case]:
    rng = random.Random(24421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), tel=L(E164, TEL)))}
    receipt = at_path(case(f, f"{a}/v1/kontribision/{MINE}/resi", headers=_h(rng, **b)),
                      MINE, BUY)
    return [
        case(f, f"{a}/v1/kont", headers=_h(rng), body={
            "prenon": L(FIRST, NAMEC), "nonFami": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "nimeroTelefonn": L(E164, TEL), "modPas": L("Kado#Maryaz2026", CRED),
            "datNesans": L(DOB, BIRTH), "lang": L("mfe", DEV), "nouvel": False}),
        case(f, f"{a}/v1/otp/verifye", fmt="form", headers=_h(rng), body={
            "nimeroTelefonn": L(E164, TEL), "kod": L("304718", CRED),
            "aparey": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lalis/{LIST}", headers=_h(rng, **b), query={"lang": "mfe"}),
        case(f, f"{a}/v1/lalis/{LIST}/kado", headers=_h(rng, **b), query={
            "tri": "pri", "disponib": "true", "paz": "1"}),
        case(f, f"{a}/v1/kontribision", headers=_h(rng, **b), body={
            "lalis": LIST, "kado": "kd_frigo_2p", "kontribision": L(MINE, BUY),
            "montan": L(5000, BUY), "monnen": "MUR", "anonim": False,
            "mesaz": L("Felisitasion Vikash ek Anisha! Enn ti kontribision pou zot nouvo lakaz.",
                       TEXT), "deNou": L(f"{FIRST}, {HUSBAND[0]} ek {SON['first']}", NAMEC)}),
        case(f, f"{a}/v1/peyman", fmt="form", headers=_h(rng, **b), body={
            "kontribision": L(MINE, BUY), "montan": L("5000.00", BUY), "monnen": "MUR",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart4": L("4444", PAY)}),
        case(f, f"{a}/v1/kagnot", headers=_h(rng, **b), body={
            "kagnot": L(POT, BUY), "tit": L("Kado fami Veerasamy pou maryaz Vikash", TEXT),
            "objektif": L(30000, BUY), "datLimit": "2026-03-01", "lalis": LIST,
            "organizater": L(USER_ID, UID)}),
        case(f, f"{a}/v1/kagnot/{POT}/envite", headers=_h(rng, **b), body={
            "envite": [{"non": L(COUSIN[0], NAMEC), "nimeroTelefonn": L(COUSIN[1], TEL),
                        "imel": L(COUSIN[2], MAIL)},
                       {"non": L(MOTHER_IL[0], NAMEC), "nimeroTelefonn": L(MOTHER_IL[1], TEL)}],
            "mesaz": L("Nou pe kolekte pou frizider Vikash ek Anisha, met seki zot kapav", TEXT)}),
        case(f, f"{a}/v1/kagnot/{POT}/rapel", fmt="form", headers=_h(rng, **b), body={
            "kanal": "sms", "mesaz": L("Rapel: kagnot la ferme 1 Mars", TEXT)}),
        case(f, f"{a}/v1/livrezon", headers=_h(rng, **b), body={
            "lalis": LIST, "kado": "kd_frigo_2p",
            "destinater": {"non": L(BROTHER_IL[0], NAMEC),
                           "nimeroTelefonn": L(BROTHER_IL[1], TEL)},
            "kopi": {"non": L(FIANCEE[0], NAMEC), "imel": L(FIANCEE[1], MAIL)},
            "ladresLivrezon": L(NEW_FLAT, ADDR), "lavil": L("Port Louis", COARSE),
            "dat": "2026-03-14", "kagnot": L(POT, BUY)}),
        case(f, f"{a}/v1/rsvp", headers=_h(rng, **b), body={
            "lalis": LIST, "vini": True, "nbEnvite": 3,
            "envite": [{"non": L(f"{FIRST} {LAST}", NAMEC)}, {"non": L(HUSBAND[0], NAMEC)},
                       {"non": L(f"{SON['first']} {SON['last']}", NAMEC),
                        "laz": L(6, BIRTH)}],
            "tab": "T12"}),
        case(f, f"{a}/v1/pane", fmt="msgpack", headers=_h(rng, **b), body={
            "lalis": LIST, "pane": [{"kado": "kd_ser_fer", "kantite": 1, "pri": 2450},
                                    {"kado": "kd_verr_6", "kantite": 2, "pri": 890}],
            "total": L(4230, BUY), "itilizater": L(USER_ID, UID)}),
        case(f, f"{a}/v1/rambourseman", headers=_h(rng, **b), body={
            "kontribision": L(MINE, BUY), "montan": L(1000, BUY),
            "rezon": L("Mo finn pey de fwa pou mem kado", TEXT)}),
        case(f, f"{a}/v1/kagnot/{POT}/vireman", headers=_h(rng, **b), body={
            "titiler": L(f"{FIRST} {LAST}", NAMEC), "kontBank": L(MU_ACCOUNT, PAY),
            "montan": L(27500, BUY), "monnen": "MUR", "bank": "Example Bank Mauritius"}),
        receipt,
        case(f, f"{a}/v1/rod", headers=_h(rng, **b), query={
            "rod": L("ser fer vapor pa tro ser", SEARCH), "lalis": LIST}),
        case(f, f"{a}/v1/preferans", headers=_h(rng, how="none"), cookies={
            "kk_sesion": L(opaque(rng, "", 40), CRED),
            "kk_pref": W({"itilizater": L(USER_ID, UID), "lang": L("mfe", DEV),
                          "notif": "sms"}, "b64json")}),
        lines(f, f"{a}/v1/levennman/offline", [
            {"levennman": L("kado_gete", USAGE), "kado": "kd_frigo_2p", "ts": 1769001200},
            {"levennman": L("kontribision_fer", USAGE), "montan": L(5000, BUY),
             "ts": 1769001321},
            {"levennman": L("kagnot_kree", USAGE), "kagnot": L(POT, BUY), "ts": 1769001402}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/levennman", headers=_h(rng, **b), body={
            "itilizater": L(USER_ID, UID), "sesion": rid(rng), "levennman": [
                ev("lalis_louvert", 1), ev("ekran", 2, ekran=L("MoKagnot", USAGE))]}),
        case(f, f"{a}/v1/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID),
            "req": obj(rng, "rq")}),
    ]


def kolektkado_sdks() -> list[Case]:
    rng = random.Random(24422)
    return [
        td_batch(APP, rng, [("Contribution Made", {"amount": L(5000, BUY)}),
                            ("Pot Created", {"target": L(30000, BUY)})]),
        tm_launch(APP, rng, first=True),
        tm_event(APP, rng, "purchase", {"kontribision": L(MINE, BUY)}, revenue=5000.0,
                 currency="MUR", hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="wedding,gifts,home"),
        bp_notice(APP, rng, "win"),
        ct_session(APP, rng, secs=388),
        py_card(APP, rng, email=True),
        py_confirm(APP, rng, "5000.00"),
        py_wallet(APP, rng, "27500", L(E164, TEL)),
        cg_check(APP, rng, {"analytics": True, "marketing": False}),
        ff_eval(APP, rng, {"lalis": LIST, "pot_owner": True}),
        ha_message(APP, rng, L(f"Mo kontribision {MINE} inn debite de fwa",
                               f"{TEXT}|{BUY}"), {"kagnot": L(POT, BUY)}),
    ]
