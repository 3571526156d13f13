"""Community share offer app "Ayrnyn" (``ayrnyn`` shares: Ramsey's regulars are buying their pub
as a co-operative and sell withdrawable shares through it; its API's keys are Manx Gaelic,
ASCII-folded, snake_case, with the English of finance where a developer keeps it:
``ennym_bashtee`` first name, ``sloinney`` surname, ``post_l`` e-mail, ``chellvane_laue`` mobile,
``fockle_follit`` password, ``laa_ruggyree`` birth date, ``enmys`` address, ``straid`` street,
``balley`` town, ``coad_post`` postcode, ``earroo_arrey_ashoonagh`` national insurance number,
``coad`` code, ``pashpoyrt`` passport, ``ashoonys`` nationality, ``jalloo`` picture,
``earroo_keesh`` tax number, ``cheer_keesh`` tax country, ``sheeanys`` signature, ``ayrnyn``
shares, ``price_ayrn`` price per share, ``sym`` amount, ``aght_eeck`` how paid,
``earroo_coontey`` account number, ``ennym_coontey`` account holder, ``lhiannoo`` child,
``ennym`` name, ``chellvane`` phone, ``chaghteraght`` message, ``raa`` remark, ``shirrey``
search, ``ymmydeyr`` user): registration with her NI number, an e-mail code, ``/mish``, the
offer, the identity check (her passport's number and picture), the US-person tax
self-certification (her SSN), the application, its bank transfer, gift shares for Aalin, the
interest account, a nominee, her share certificate by shareholder number in the path, the AGM
vote and proxy, the annual tax statement (gzip), a volunteer offer, a search, a message, push,
events with cookies and a token refresh. Credit unions, savings clubs and co-operatives exist in
earlier sets (a "co-operative" grep matched several); no file name or docstring matched
"community share(s)" or "share offer"."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families253_kit import (
    ACCOUNT_NO,
    APPLICATION,
    DAUGHTER,
    DOB_DOTS,
    HOME,
    HOME_AT,
    HUSBAND,
    IM_ACCOUNT,
    NI_NUMBER,
    PASSPORT,
    PUB,
    SHAREHOLDER,
    SORT_CODE,
    US_TIN,
    hd,
    obj,
    push,
)
from eval_families253_sdk import (
    bl_bid,
    bl_notice,
    cc_session,
    co_batch,
    co_identify,
    tv_event,
    tv_launch,
    tv_link,
)
from eval_families253_svc import ep_card, ep_confirm, fs_eval, hm_message, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("ayrnyn", "Ayrnyn", "com.example.ayrnyn", "2.2.0", "https://api.ayrnyn.example.com")
IID = "X-Ayrnyn-Install"
PW = "Ballure-Arms-500"
NID = "personal.national_id"
GIFT = "BA-GF-26-0210"  # the gift shares for the daughter (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ayrnyn() -> list[Case]:
    rng = random.Random(25341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_l=L(EMAIL, MAIL),
                                    shareholder=L(SHAREHOLDER, UID), kyc="passed"))}
    cert = at_path(case(f, f"{a}/v2/shareholders/{SHAREHOLDER}/certificate",
                        headers=_h(rng, **b), query={"format": "pdf"}), SHAREHOLDER, UID)
    return [
        case(f, f"{a}/v2/investors", headers=_h(rng), body={
            "ennym_bashtee": L(FIRST, NAMEC), "sloinney": L(LAST, NAMEC),
            "post_l": L(EMAIL_MIXED, MAIL), "chellvane_laue": L(E164, TEL),
            "fockle_follit": L(PW, CRED), "laa_ruggyree": L(DOB_DOTS, BIRTH),
            "enmys": {"straid": L(HOME["line"], ADDR), "balley": L(HOME["town"], COARSE),
                      "coad_post": L(HOME["post"], COARSE)},
            "earroo_arrey_ashoonagh": L(NI_NUMBER, NID), "marketing": False}),
        case(f, f"{a}/v2/auth/email-code", fmt="form", headers=_h(rng), body={
            "post_l": L(EMAIL, MAIL), "coad": L("308115", CRED)}),
        case(f, f"{a}/v2/mish", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/offer", headers=_h(rng, **b), query={
            "co": PUB["id"], "doc": "prospectus-2026", "chengey": "en"}),
        multipart(f, f"{a}/v2/kyc", [
            ("pashpoyrt_jalloo", "passport.jpg", "image/jpeg",
             L(JPEG + b"\x3d", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "pashpoyrt": L(PASSPORT, NID), "ashoonys": "US", "expires": "2031-08-14",
                "ennym_slane": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tax/self-cert", headers=_h(rng, **b), body={
            "us_person": True, "earroo_keesh": L(US_TIN, NID), "cheer_keesh": "US",
            "cheer_vaghee": L("IM", COARSE), "sheeanys": L(f"{FIRST} {LAST}", NAMEC),
            "laa": "2026-02-09"}),
        case(f, f"{a}/v2/applications", headers=_h(rng, **b), body={
            "application": L(APPLICATION, BUY), "co": PUB["id"], "aght": "ordinary",
            "ayrnyn": 500, "price_ayrn": 1.0, "sym": L(500, BUY), "aght_eeck": "bank_transfer"}),
        case(f, f"{a}/v2/payments", fmt="form", headers=_h(rng, **b), body={
            "application": L(APPLICATION, BUY), "sym": L("500.00", BUY),
            "sort_code": L(SORT_CODE, PAY), "earroo_coontey": L(ACCOUNT_NO, PAY),
            "ennym_coontey": L(f"{FIRST} {LAST}", NAMEC), "reference": L(APPLICATION, BUY)}),
        case(f, f"{a}/v2/gift-shares", headers=_h(rng, **b), body={
            "gift": L(GIFT, BUY), "ayrnyn": 100, "sym": L(100, BUY),
            "lhiannoo": {"ennym": L(DAUGHTER["first"], NAMEC),
                         "sloinney": L(DAUGHTER["last"], NAMEC),
                         "laa_ruggyree": L(DAUGHTER["dob"], BIRTH)},
            "chaghteraght": L("For Aalin, her own little share of the Ballure",
                              f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/interest/account", headers=_h(rng, **b), body={
            "iban": L(IM_ACCOUNT, PAY), "ennym_coontey": L(f"{FIRST} {LAST}", NAMEC),
            "reinvest": False}),
        case(f, f"{a}/v2/nominee", headers=_h(rng, **b), body={
            "ennym": L(HUSBAND[0], NAMEC), "chellvane": L(HUSBAND[1], TEL),
            "post_l": L(HUSBAND[2], MAIL), "enmys": L(HOME["line"], ADDR), "kynney": "spouse"}),
        cert,
        case(f, f"{a}/v2/agm/vote", headers=_h(rng, **b), body={
            "shareholder": L(SHAREHOLDER, UID), "meeting": "agm_2026",
            "resolutions": [{"id": "r1", "vote": "for"}, {"id": "r2", "vote": "against"},
                            {"id": "r3", "vote": "abstain"}]}),
        case(f, f"{a}/v2/agm/proxy", fmt="form", headers=_h(rng, **b), body={
            "shareholder": L(SHAREHOLDER, UID), "proxy_ennym": L(HUSBAND[0], NAMEC),
            "meeting": "agm_2026"}),
        case(f, f"{a}/v2/tax/annual", gz=True, headers=_h(rng, **b), body={
            "shareholder": L(SHAREHOLDER, UID), "blein": "2025-26",
            "earroo_arrey_ashoonagh": L(NI_NUMBER, NID), "cheer_vaghee": L("IM", COARSE),
            "interest": L(12.5, BUY), "ayrnyn": 500}),
        case(f, f"{a}/v2/volunteers", headers=_h(rng, **b), body={
            "raa": L("I can paint on Saturdays and help with the Manx music night", TEXT),
            "skillyn": ["painting", "bookkeeping"], "shareholder": L(SHAREHOLDER, UID)}),
        case(f, f"{a}/v2/search", headers=_h(rng, **b), query={
            "shirrey": L("withdraw shares notice period", SEARCH)}),
        case(f, f"{a}/v2/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "chaghteraght": L(f"My transfer with reference {APPLICATION} left my bank on "
                              "Monday, can you check it arrived?", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, how="none"), cookies={
            "ay_sid": L(opaque(rng, "", 40), CRED), "ay_dev": L(INSTALL_ID, DID)}, body={
            "ymmydeyr": L(USER_ID, UID), "events": [
                ev("offer_read", 1), ev("screen", 2, screen=L("Certificate", USAGE))]}),
        case(f, f"{a}/v2/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ayrnyn_sdks() -> list[Case]:
    rng = random.Random(25342)
    link = U("https://ayrnyn.example.com/o", {"app": L(APPLICATION, BUY), "ref": "newsletter",
                                              "em": L(EMAIL, MAIL)})
    return [
        co_batch(APP, rng, [("Shares Applied", {"amount": L(500, BUY)}),
                            ("Offer Read", {"doc": "prospectus-2026"})], at=HOME_AT, nd=2),
        co_identify(APP, rng, {"balley": L("Ramsey", COARSE),
                               "shareholder": L(SHAREHOLDER, UID), "ayrnyn": 600}),
        tv_launch(APP, rng, first=True),
        tv_link(APP, rng, link),
        tv_event(APP, rng, "purchase", {"application": L(APPLICATION, BUY)}, revenue=500.0,
                 hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="pub,community,shares"),
        bl_notice(APP, rng, "imp"),
        cc_session(APP, rng, secs=604),
        fs_eval(APP, rng, {"offer": PUB["id"], "kyc": "passed"}),
        pk_register(APP, rng, tags={"offer": PUB["id"]}),
        ep_card(APP, rng),
        ep_confirm(APP, rng, "100.00"),
        hm_message(APP, rng, L("The gift shares for my daughter do not show on my account",
                               TEXT), {"shareholder": L(SHAREHOLDER, UID)}),
    ]
