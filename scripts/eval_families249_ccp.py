"""A postal current account app "Busta Idrimen" (the post's cheque accounts that most Algerians are
paid into; her salary from the language school where she teaches English lands there). Its API's
keys are Kabyle, ASCII-folded, with the French loans people say at the counter: ``isem`` first
name, ``lqeb`` surname, ``tansa_imayl`` e-mail address, ``uttun_n_tilifun`` phone number,
``awal_n_ueddi`` password (lit. "word of passing"), ``ass_n_tlalit`` birthday,
``takarda_n_uzddugh`` residence card, ``amidan`` account, ``uttun_n_umidan`` account number,
``tasarut`` the account's key (its two check digits), ``rip`` the postal account identifier,
``ssuld`` balance, ``timhal`` operations, ``tuzna`` transfer (lit. "sending"),
``anermas``/``inermasen`` recipient(s), ``azal`` amount, ``tafaturt`` bill, ``flexy`` a phone
top-up, ``tangalt`` code (PIN, SMS code), ``takarda`` card, ``ccik`` cheque, ``adlis_n_ccik``
chequebook, ``ssebba`` reason, ``bab_n_uxeddim`` employer, ``lbiru`` post office, ``tikit``
queue ticket, ``adeg`` place, ``izen`` message, ``ibenk`` device, ``tidyanin`` events:
activation with her residence card, an SMS code, a log-in, ``/amaghnu``, the balance by account
number in the path, the operations, a transfer to her husband's account, the electricity and gas
bill, a top-up for her mother-in-law, the card's new PIN, the card blocked after the cash
machine kept it, a chequebook, a salary attestation, saved recipients (msgpack), a device
binding (protobuf), post offices near her (3 decimals), a queue ticket at the counter with her
fix, a message, preferences in a base64 JSON cookie, push, events and a log-out. "postal
account", "postal cheque" and "postal bank" matched no docstring (set 204's post office is a
box-and-notice app; wallets elsewhere pay bills, not the post's own account)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    IPLOC,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families249_kit import (
    CCP,
    HUSBAND,
    MOTHER_IL,
    POST_OFFICE,
    RESIDENCE,
    TO_HOME,
    TO_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families249_sdk import as_batch, as_pixel, cz_session, tu_event, tu_launch
from eval_families249_svc import ca_check, ft_eval, ha_message, mt_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, PUBLIC_IP, USER_ID, Case, J, L, W, case

APP = App("bustaidrimen", "Busta Idrimen", "com.example.bustaidrimen", "5.3.0",
          "https://api.bustaidrimen.example.com")
IID = "X-Busta-Ibenk"
PW = "Tafat!Tizi2026"
NID = "personal.national_id"
HUSBAND_CCP = ("0017824051", "12")  # her husband's account, typed by her (financial.payment)
POST_FIX = (36.707139, 4.050164)  # her phone at the post office counter


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def busta() -> list[Case]:
    rng = random.Random(24911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    acct = CCP["account"]
    jw = {"Authorization": J(claims(rng, tansa_imayl=L(EMAIL, MAIL), amidan=L(acct, PAY),
                                    lqeb=L(LAST, NAMEC)))}
    pla, plo = fix(POST_FIX, 6)
    lab: dict[str, str] = {}
    bind = pb([(1, L(INSTALL_ID, DID)), (2, L(acct, PAY)), (3, L("Pixel 8", DEV)),
               (4, L("Android 14", DEV)), (5, L(PUBLIC_IP, IPLOC)), (6, 1767950000)], "", lab)
    ssuld = at_path(case(f, f"{a}/v2/amidan/{acct}/ssuld", headers=_h(rng, **b)), acct, PAY)
    return [
        case(f, f"{a}/v2/asermed", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "lqeb": L(LAST, NAMEC), "tansa_imayl": L(EMAIL_MIXED, MAIL),
            "uttun_n_tilifun": L(E164, TEL), "awal_n_ueddi": L(PW, CRED),
            "ass_n_tlalit": L(DOB, BIRTH), "takarda_n_uzddugh": L(RESIDENCE, NID),
            "uttun_n_umidan": L(acct, PAY), "tasarut": L(CCP["key"], PAY),
            "tansa": L(TO_HOME["line"], ADDR)}),
        case(f, f"{a}/v2/tangalt/sms", fmt="form", headers=_h(rng), body={
            "uttun_n_tilifun": L(E164, TEL), "tangalt": L("508317", CRED)}),
        case(f, f"{a}/v2/tuqqna", fmt="form", headers=_h(rng), body={
            "tansa_imayl": L(EMAIL, MAIL), "awal_n_ueddi": L(PW, CRED),
            "ibenk": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/amaghnu", headers=_h(rng, extra=jw)),
        ssuld,
        case(f, f"{a}/v2/timhal", headers=_h(rng, **b), query={
            "amidan": L(acct, PAY), "aggur": "2026-02", "asebter": "1"}),
        case(f, f"{a}/v2/tuzna", headers=_h(rng, **b), body={
            "seg": {"amidan": L(acct, PAY), "tasarut": L(CCP["key"], PAY)},
            "anermas": {"isem": L(HUSBAND[0], NAMEC), "amidan": L(HUSBAND_CCP[0], PAY),
                        "tasarut": L(HUSBAND_CCP[1], PAY)},
            "azal": L("15000.00", BUY), "tadrimt": "DZD",
            "izen": L("I lkra n yilel deg Tichy, ddurt n yulyu", TEXT),
            "tangalt": L("4417", CRED), "uttun_n_temhelt": rid(rng)}),
        case(f, f"{a}/v2/tafaturt/axelles", fmt="form", headers=_h(rng, **b), body={
            "anaw": "ttrisiti_d_lgaz", "uttun_n_tfaturt": L("EG-15-2026-01-448712", BUY),
            "azal": L("3862.40", BUY), "amidan": L(acct, PAY),
            "tansa_n_usmiktar": L(TO_HOME["line"], ADDR), "tangalt": L("4417", CRED)}),
        case(f, f"{a}/v2/flexy", headers=_h(rng, **b), body={
            "uttun_n_tilifun": L(MOTHER_IL[1], TEL), "azal": L(1000, BUY),
            "amidan": L(acct, PAY), "ssebba": L("I yemma Tassadit", TEXT)}),
        case(f, f"{a}/v2/takarda/tangalt", fmt="form", headers=_h(rng, **b), body={
            "takarda_4": L("7731", PAY), "tangalt_taqdimt": L("0912", CRED),
            "tangalt_tamaynut": L("4417", CRED)}),
        case(f, f"{a}/v2/takarda/asekker", fmt="form", headers=_h(rng, **b), body={
            "takarda_4": L("7731", PAY), "amidan": L(acct, PAY),
            "ssebba": L("Tettwasekker deg tmacint n lbiru, ur d-teffiɣ ara", TEXT)}),
        case(f, f"{a}/v2/ccik/adlis", headers=_h(rng, **b), body={
            "amidan": L(acct, PAY), "amdan_n_ccik": 25, "lbiru": POST_OFFICE["id"],
            "isem_d_lqeb": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/lattestasyu", headers=_h(rng, **b), body={
            "amidan": L(acct, PAY), "anaw": "lxels",
            "bab_n_uxeddim": "Ecole de langues Tilleli (SARL)",
            "ssebba": L("I lkridi n tkeṛṛust", TEXT), "aggur": "2026-02"}),
        case(f, f"{a}/v2/inermasen/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "amidan": L(acct, PAY), "inermasen": [
                {"isem": L(HUSBAND[0], NAMEC), "amidan": L(HUSBAND_CCP[0], PAY)},
                {"isem": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL)}],
            "amdan": 2}),
        raw(f, f"{a}/v2/ibenk/aqqen", bind, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lbiru/qrib", headers=_h(rng, **b), query={
            "lat": L(f"{TO_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{TO_HOME_AT[1]:.3f}", PRECISE),
            "km": "3", "yeldi": "true"}),
        case(f, f"{a}/v2/lbiru/{POST_OFFICE['id']}/tikit", headers=_h(rng, **b), body={
            "lbiru": POST_OFFICE["id"], "lgichi": "2", "adeg": {"lat": pla, "lng": plo},
            "lbiru_adeg": {"lat": POST_OFFICE["lat"], "lng": POST_OFFICE["lon"]},
            "tikit": obj(rng, "tk", 6)}),
        case(f, f"{a}/v2/izen", headers=_h(rng, **b), body={
            "asentel": "takarda",
            "izen": L("Takarda-inu tettwasekker deg tmacint n lbiru n Nouvelle Ville, "
                      "acu ara xedmeɣ?", TEXT)}),
        case(f, f"{a}/v2/ighewwaren", headers=_h(rng, how="none"), cookies={
            "bi_sesyu": L(opaque(rng, "", 40), CRED),
            "bi_prefs": W({"amidan": L(acct, PAY), "tutlayt": L("kab", DEV),
                           "asentel": "aberkan"}, "b64json")}),
        case(f, f"{a}/v2/ibenk", headers=_h(rng, **b), body=push(push_token(rng), "kab_DZ")),
        case(f, f"{a}/v2/tidyanin", headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("tuzna", 1, azal=L(15000, BUY)), ev("agdil", 2, agdil=L("Ssuld", USAGE))]}),
        case(f, f"{a}/v2/tufgha", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def busta_sdks() -> list[Case]:
    rng = random.Random(24912)
    return [
        as_batch(APP, rng, [("Transfer Sent", {"amount": L(15000, BUY)}),
                            ("Bill Paid", {"kind": "electricity"})]),
        as_pixel(APP, rng, "Balance Viewed", {"screen": "ssuld"}),
        tu_launch(APP, rng, user=True, n=41),
        tu_event(APP, rng, "bill_paid", {"biller": "eg15"}, revenue=3862.4),
        cz_session(APP, rng, secs=214),
        ft_eval(APP, rng, {"segment": "salary", "wilaya": L("Tizi Ouzou", "location.coarse")},
                hdr=True),
        pl_register(APP, rng, lang="kab", tags={"lbiru": POST_OFFICE["id"]}),
        ca_check(APP, rng, {"analytics": True, "marketing": False}),
        mt_route(APP, rng, [(TO_HOME_AT, PRECISE), ((POST_OFFICE["lat"], POST_OFFICE["lon"]),
                                                     None)], mode="walking"),
        ha_message(APP, rng, L("Tuzna n 15000 DA ur tewwid ara ɣer umidan n Idir", TEXT),
                   {"amidan": L(CCP["account"], PAY)}),
    ]
