"""Durban stokvel (savings club) app "Hlanganisa" (its API's keys are isiZulu: ``igama`` first
name, ``isibongo`` surname, ``inombolo_yocingo`` phone number, ``ikheli`` address, ``idolobha``
town, ``inombolo_kamazisi`` ID number, ``usuku_lokuzalwa`` birth date, ``iphasiwedi`` password,
``umyeni`` husband): sign-up, a log-in and its SMS code, ``/mina``, joining the club by code, the
identity check (ID book photo, a selfie), monthly contributions and a proof of payment, the
rotation, the payout account, a loan request, a meeting's RSVP and check-in, the club chat, an
invitation, the year-end grocery order (msgpack), the nominee, a statement, settings, push,
events and the balance by a cookie GET."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, others, rid
from eval_families37_kit import fix, home, obj
from eval_families96_kit import (
    BANK_ACCT,
    BRANCH,
    DBN,
    FRIENDS,
    HUSBAND,
    HUSBAND_ID,
    INVITE,
    MEETING_AT,
    SA_ID,
    STOKVEL,
    skus,
)
from eval_families96_sdk import (
    ab_event,
    ab_session,
    bk_bid,
    co_crash,
    co_crumb,
    tw_batch,
    tw_identify,
)
from eval_families96_svc import fp_eval, hb_message, pd_bank, pw_register
from eval_payloads import EMAIL, INSTALL_ID, LAT, LON, NAME, USER_ID, Case, J, L, case

APP = App("hlanganisa", "Hlanganisa", "com.example.hlanganisa", "2.6.3",
          "https://api.hlanganisa.example.com")
IID = "X-Hlg-Device"
PW = "Ubuntu!Glenwood7"
MEMBERS = others(random.Random(9611), 4, "mb_")  # the other members (negatives)
LOAN_WHY = "Izimali zecreche zikaNandi zika-Januwari"  # "Nandi's creche fees for January"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("zu-ZA,zu;q=0.9,en-ZA;q=0.8", DEV)
    return h


def hlanganisa() -> list[Case]:
    rng = random.Random(9612)
    a, f = APP.api, APP.fam
    g = STOKVEL["id"]
    jw = {"Authorization": J(claims(rng, phone=L(E164, TEL), name=L(NAME, NAMEC),
                                    stokvel=g))}
    b = {"auth": "bearer"}
    mla, mlo = fix((-29.866984, 30.983021), 5)
    contrib = obj(rng, "mn", 10)
    nla, nlo = home(5)  # she pays December's share from New York (the profile's position)
    return [
        case(f, f"{a}/v1/amalungu", headers=_h(rng), body={
            "igama": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC),
            "inombolo_yocingo": L(E164, TEL), "i_imeyili": L(EMAIL, MAIL),
            "ikheli": L(f"{DBN['line']}, {DBN['suburb']}", ADDR),
            "idolobha": L(DBN["city"], COARSE), "ikhodi_yeposi": L(DBN["code"], COARSE),
            "inombolo_kamazisi": L(SA_ID, NATID), "usuku_lokuzalwa": L(DOB, BIRTH),
            "iphasiwedi": L(PW, CRED),
            "umyeni": {"igama": L(HUSBAND[0], NAMEC), "inombolo_yocingo": L(HUSBAND[1], TEL)},
            "ulimi": L("zu", DEV), "imigomo": True}),
        case(f, f"{a}/v1/ngena", fmt="form", headers=_h(rng), body={
            "inombolo_yocingo": L(NATIONAL, TEL), "iphasiwedi": L(PW, CRED)}),
        case(f, f"{a}/v1/ngena/qinisekisa", fmt="form", headers=_h(rng), body={
            "inombolo_yocingo": L(E164, TEL), "ikhodi": L("640219", CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/amaqembu/joyina", headers=_h(rng, **b), body={
            "ikhodi": L(INVITE, CRED), "iqembu": g, "indima": "ilungu"}),
        multipart(f, f"{a}/v1/ukuqinisekisa", [
            ("incwadi", "id_book.jpg", "image/jpeg", L(JPEG + b"\x96", f"{MEDIA}|{NATID}")),
            ("isithombe", "selfie.jpg", "image/jpeg", L(JPEG + b"\x97", MEDIA)),
            ("imininingwane", None, "application/json", {
                "inombolo_kamazisi": L(SA_ID, NATID), "usuku_lokuzalwa": L("1991/05/17", BIRTH),
                "uhlobo": "green_id_book"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/amaqembu/{g}/iminikelo", headers=_h(rng, **b), body={
            "id": contrib, "inani": L("500.00", BUY), "imali": "ZAR", "inyanga": "2025-12",
            "indlela": "eft", "inkomba": L("MSB-JDOE-DEC", BUY),
            "indawo": {"lat": nla, "lng": nlo, "acc": 14}}),
        multipart(f, f"{a}/v1/iminikelo/{contrib}/ubufakazi", [
            ("pop", "pop_dec.jpg", "image/jpeg", L(JPEG + b"\x98", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"inani": L("500.00", BUY),
                                                "usuku": "2025-12-09"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/amaqembu/{g}/ukujikeleza", headers=_h(rng, **b),
             query={"unyaka": "2026"}),
        case(f, f"{a}/v1/imali/ukukhokhelwa", headers=_h(rng, **b), body={
            "ibhange": "Umgeni Mutual Bank", "inombolo_ye_akhawunti": L(BANK_ACCT, PAY),
            "ikhodi_yegatsha": L(BRANCH, PAY), "igama_lomnikazi": L(NAME, NAMEC),
            "uhlobo": "cheque"}),
        case(f, f"{a}/v1/amaqembu/{g}/imali-mboleko", headers=_h(rng, **b), body={
            "inani": L("1500.00", BUY), "izinyanga": 3,
            "isizathu": L(LOAN_WHY, f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/imihlangano/mtg_1212/rsvp", fmt="form", headers=_h(rng, **b), body={
            "uzofika": "yebo", "abantu": "1"}),
        case(f, f"{a}/v1/imihlangano/mtg_1212/ngenile", headers=_h(rng, **b), body={
            "indawo": {"lat": mla, "lng": mlo, "acc": 9},
            "umhlangano": {"lat": MEETING_AT[0], "lng": MEETING_AT[1]}, "isikhathi": 1765639800}),
        case(f, f"{a}/v1/amaqembu/{g}/ivoti", fmt="form", headers=_h(rng, **b), body={
            "umbuzo": "vt_0412", "impendulo": "B"}),
        case(f, f"{a}/v1/amaqembu/{g}/ingxoxo", headers=_h(rng, **b), body={
            "umbhalo": L("Sanibonani, ngizokhokha ngoLwesihlanu ngoba iholo lifika sekwephuzile",
                         TEXT), "id": obj(rng, "msg", 12), "kubhekiswe": MEMBERS[:2]}),
        case(f, f"{a}/v1/memeza", fmt="form", headers=_h(rng, **b), body={
            "igama": L(FRIENDS[0][0], NAMEC), "inombolo_yocingo": L(FRIENDS[0][1], TEL),
            "iqembu": g}),
        case(f, f"{a}/v1/amaqembu/{g}/ukudla", fmt="msgpack", headers=_h(rng, **b), body={
            "izinto": skus(rng, [(0, 2), (1, 4), (2, 1)]), "isabelo": L("850.00", BUY),
            "ukulethwa": "2025-12-20"}),
        case(f, f"{a}/v1/umhlomuli", headers=_h(rng, **b), body={
            "igama": L(HUSBAND[0], NAMEC), "inombolo_kamazisi": L(HUSBAND_ID, NATID),
            "inombolo_yocingo": L(HUSBAND[1], TEL), "ubudlelwano": "umyeni",
            "iphesenti": 100}),
        case(f, f"{a}/v1/amaqembu/{g}/izitatimende", headers=_h(rng, **b), query={
            "unyaka": "2025", "ifomethi": "pdf", "ilungu": L(USER_ID, UID)}),
        case(f, f"{a}/v1/izilungiselelo", headers=_h(rng, **b), body={
            "ulimi": L("zu", DEV), "izaziso_sms": "1", "isikhathi": L("Africa/Johannesburg",
                                                                       DEV)}),
        case(f, f"{a}/v1/amadivayisi", headers=_h(rng, **b), body={
            "ithokheni": L(push_token(rng), DID), "idivayisi": L(INSTALL_ID, DID),
            "imodeli": L("Pixel 8", DEV), "uhlelo": L("Android 14", DEV),
            "ulimi": L("zu_ZA", DEV)}),
        case(f, f"{a}/v1/imicimbi", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "imicimbi": [
                ev("umnikelo_uthunyelwe", 1, inani=L(500, BUY)), ev("ingxoxo_ivuliwe", 2),
                ev("isikrini", 3, isikrini=L("Ibhalansi", USAGE))]}),
        case(f, f"{a}/v1/ibhalansi", headers=_h(rng, how="none"),
             cookies={"hlg_sess": L(opaque(rng, "", 40), CRED), "hlg_dev": L(INSTALL_ID, DID),
                      "hlg_trace": rid(rng)}),
    ]


def hlanganisa_sdks() -> list[Case]:
    rng = random.Random(9613)
    return [
        tw_batch(APP, rng, [("Contribution Made", {"amount": L(500.0, BUY), "month": "2025-12"}),
                            ("Chat Opened", {"unread": 4})], at=(LAT, LON), nd=2,
                 tz="America/New_York"),
        tw_identify(APP, rng, {"idolobha": L("Durban", COARSE), "role": "member",
                               "language": L("zu", DEV), "clubs": 1}),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "contribution", {"club_size": 12}, revenue=500.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="savings,stokvel,groceries"),
        co_crash(APP, rng, ("java.lang.IllegalStateException", "rotation list empty"),
                 [co_crumb("navigation", "Iqembu -> Ukujikeleza"),
                  co_crumb("http", "GET", {"url": f"{APP.api}/v1/amaqembu/{STOKVEL['id']}"
                                                  "/ukujikeleza", "status": 200})],
                 screen="RotationActivity"),
        fp_eval(APP, rng, {"stokvelSize": 12, "loansEnabled": True}),
        pw_register(APP, rng, lang="zu", tags={"club": STOKVEL["id"], "role": "member"}),
        pd_bank(APP, rng, purpose="payout"),
        hb_message(APP, rng, L("My December contribution shows as pending but I paid on the 9th",
                               TEXT), {"club": STOKVEL["id"]}),
    ]
