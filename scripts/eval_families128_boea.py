"""Wool-and-mohair shearing shed payment app "Boeapay" (``boea``, wool) of a Maseru shed where
she sells the clip of her sheep and Angora goats; its API's keys are Sesotho: ``lebitso`` (name),
``fane`` (family name), ``nomoro_mohala`` (phone number), ``aterese`` (address), ``setereke``
(district), ``nomoro_boitsebiso`` (national ID number), ``letsatsi_tsoalo`` (birth date),
``lentsoe_sephiri`` (password, "secret word"), ``monna`` (husband), with ``motse`` (village),
``imeile`` (e-mail), ``linku``/``lipoli`` (sheep/goats), ``boima`` (weight), ``chelete``
(money), ``tefo`` (payment), ``molaetsa`` (message), ``molemi`` (farmer) and ``nna`` (me).
Registration, a log-in and an SMS code, ``/nna``, her grower record by number in the path, the
flock and its grazing post, the ID card's photo, a clip delivered and its bales scanned at the
shed (msgpack), the season's prices, the payout bank account and mobile-money wallet, the payout
by reference in the path and its confirmation, a message, a statement by e-mail, transport of the
clip from the cattle post, a profile photo, a password change, push and events."""

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
    DIGITS,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families128_kit import (
    BANK_LS,
    FLOCK,
    GROWER,
    HOME,
    HUSBAND,
    LOTS,
    NID_LS,
    PAYOUT,
    POST_AT,
    SHED,
    fix,
    obj,
)
from eval_families128_sdk import (
    ab_event,
    ab_session,
    bs_bid,
    bs_win,
    sk_crash,
    sk_crumb,
    tq_batch,
    tq_identify,
)
from eval_families128_svc import ak_save, cd_register, cf_reverse, sb_eval
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("boeapay", "Boeapay", "com.example.boeapay", "2.6.1", "https://api.boeapay.example.com")
IID = "X-Boea-Sesebelisoa"
PW = "Maloti-Nku-2291"
ST = {"Accept-Language": L("st-LS,st;q=0.9,en;q=0.8", DEV)}
SPAN = f"{TEL}|{PAY}"  # the wallet is her number: the number and the payout means


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {**ST, **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def boeapay() -> list[Case]:
    rng = random.Random(12801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, molemi=L(GROWER, UID), mohala=L(E164, TEL)))}
    shed_fix = fix((-29.305412, 27.498277), 6)
    return [
        case(f, f"{a}/v1/ngoliso", headers=_h(rng), body={
            "lebitso": L(FIRST, NAMEC), "fane": L(LAST, NAMEC), "nomoro_mohala": L(E164, TEL),
            "imeile": L(EMAIL, MAIL), "letsatsi_tsoalo": L(DOB, BIRTH),
            "nomoro_boitsebiso": L(NID_LS, "personal.national_id"),
            "aterese": L(HOME["line"], ADDR), "motse": L("Ha Thetsane", COARSE),
            "setereke": L(HOME["district"], COARSE), "lentsoe_sephiri": L(PW, CRED),
            "monna": {"lebitso": L(HUSBAND[0], NAMEC), "nomoro_mohala": L(HUSBAND[1], TEL)},
            "puo": L("st", DEV)}),
        case(f, f"{a}/v1/kena", fmt="form", headers=_h(rng), body={
            "nomoro_mohala": L(PHONE, TEL), "lentsoe_sephiri": L(PW, CRED),
            "sesebelisoa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/kena/otp", fmt="form", headers=_h(rng), body={
            "nomoro_mohala": L(E164, TEL), "khoutu": L("604218", CRED), "kopo": rid(rng)}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        at_path(case(f, f"{a}/v1/molemi/{GROWER}", headers=_h(rng, **b)), GROWER, UID),
        case(f, f"{a}/v1/mehlape", headers=_h(rng, **b), body={
            "molemi": L(GROWER, UID), "linku": FLOCK["linku"], "lipoli": FLOCK["lipoli"],
            "mofuta": ["Merino", "Angora"], "motebo": {"lat": L(round(POST_AT[0], 5), PRECISE),
                                                     "lon": L(round(POST_AT[1], 5), PRECISE)},
            "setereke": L("Thaba-Tseka", COARSE)}),
        multipart(f, f"{a}/v1/boitsebiso", [
            ("setsoantso", "karete.jpg", "image/jpeg",
             L(JPEG + b"\x81", f"{MEDIA}|personal.national_id")),
            ("data", None, "application/json", {
                "nomoro_boitsebiso": L(NID_LS, "personal.national_id"),
                "letsatsi_tsoalo": L(DOB, BIRTH), "mofuta": "national_id"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/boea/kenyo", headers=_h(rng, **b), body={
            "molemi": L(GROWER, UID), "shed": SHED["id"], "sehla": "2025-26",
            "mekotla": [{"lot": LOTS[0], "mofuta": "boea", "boima": 41.5, "sehlopha": "MF2"},
                        {"lot": LOTS[1], "mofuta": "moheare", "boima": 22.0,
                         "sehlopha": "YG"}], "kenyo_id": obj(rng, "dlv")}),
        case(f, f"{a}/v1/boea/sekena", fmt="msgpack", headers=_h(rng, **b), body={
            "molemi": L(GROWER, UID), "lot": LOTS[2], "boima": 38.25, "scale": "SC-3",
            "lat": shed_fix[0], "lon": shed_fix[1], "sesebelisoa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/litheko", query={"sehla": "2025-26", "mofuta": "moheare"},
             headers=_h(rng, how="upper"), cookies={"bp_sess": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/v1/tefo/akhaonte", fmt="form", headers=_h(rng, **b), body={
            "banka": "Maloti Commercial Bank", "lekala": "Maseru Kingsway",
            "akhaonte": L(BANK_LS, PAY), "mong": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/tefo/mohala", headers=_h(rng, **b), body={
            "nomoro_mohala": L(E164, SPAN), "mofani": "mobile_money", "ea_sehlooho": True}),
        at_path(case(f, f"{a}/v1/tefo/{PAYOUT}", headers=_h(rng, **b)), PAYOUT, BUY),
        case(f, f"{a}/v1/tefo/netefatsa", headers=_h(rng, **b), body={
            "tefo": L(PAYOUT, BUY), "chelete": L("18240.75", BUY), "ho": "akhaonte",
            "pin": L("4417", CRED), "litheko_kg": {"boea": 82.4, "moheare": 231.0}}),
        case(f, f"{a}/v1/molaetsa", headers=_h(rng, **b), body={
            "ho": "shed_office", "molaetsa": L(
                "Lot 11403 was weighed while still wet from the rain, please reweigh it", TEXT),
            "kopo": rid(rng)}),
        case(f, f"{a}/v1/tlaleho", fmt="form", headers=_h(rng, **b), body={
            "imeile": L(EMAIL_UPPER, MAIL), "selemo": "2025", "sebopeho": "pdf"}),
        case(f, f"{a}/v1/palamo", headers=_h(rng, **b), body={
            "ho_tloha": {"lat": L(round(POST_AT[0], 4), PRECISE),
                         "lon": L(round(POST_AT[1], 4), PRECISE)},
            "ho_ea": {"lat": SHED["lat"], "lon": SHED["lon"], "lebitso": SHED["name"]},
            "letsatsi": "2025-12-15", "mekotla": 3, "tefiso": L("450.00", BUY),
            "mokhanni_mohala": "+26658990012"}),
        case(f, f"{a}/v1/thuso/founela", fmt="form", headers=_h(rng, **b), body={
            "nomoro_mohala": L(DIGITS, TEL), "nako": "morning", "taba": "payout"}),
        multipart(f, f"{a}/v1/nna/setsoantso", [
            ("setsoantso", "nna.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nna/lentsoe", headers=_h(rng, **b), body={
            "la_khale": L(PW, CRED), "le_lecha": L("Maloti-Poli-7713", CRED)}),
        case(f, f"{a}/v1/tsebiso/token", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "sesebelisoa": L(INSTALL_ID, DID),
            "mohlala": L("Pixel 8", DEV), "os": L("Android 14", DEV), "puo": L("st_LS", DEV)}),
        case(f, f"{a}/v1/liketsahalo", gz=True, headers=_h(rng, **b), body={
            "mosebelisi": L(USER_ID, UID), "liketsahalo": [
                ev("clip_delivered", 1, bales=3), ev("payout_viewed", 2),
                ev("screen", 3, screen=L("TefoDetail", USAGE))]}),
        case(f, f"{a}/v1/mehlape/nalane", query={"molemi": L(GROWER, UID),
                                                 "setereke": L("Maseru", COARSE), "leqephe": "2"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/molemi/phone", fmt="form", headers=_h(rng, **b), body={
            "nomoro_mohala_e_ncha": L(NATIONAL, TEL), "lebaka": "roaming"}),
    ]


def boeapay_sdks() -> list[Case]:
    rng = random.Random(12802)
    return [
        tq_batch(APP, rng, [("Clip Delivered", {"bales": 3, "kg": 101.75}),
                            ("Payout Confirmed", {"method": "bank"})], locale="st_LS"),
        tq_identify(APP, rng, {"grower": L(GROWER, UID), "district": L("Maseru", COARSE),
                               "flock_size": 60}),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "payout_received", {"season": "2025-26"}),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        bs_win(APP, rng),
        sk_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"41,5\""),
                 [sk_crumb("nav", "Kenyo -> Mekotla"),
                  sk_crumb("http", "POST /v1/boea/kenyo", {"status": 400})],
                 screen="KenyoActivity"),
        sb_eval(APP, rng, {"district": L("Maseru", COARSE)}, hdr=True),
        cd_register(APP, rng, tags={"grower": L(GROWER, UID), "season": "2025-26"},
                    lang="st"),
        ak_save(APP, rng, {"analytics": True, "ads": False}),
        cf_reverse(APP, rng, POST_AT, PRECISE, nd=5),
    ]
