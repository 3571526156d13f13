"""Mopane-worm harvest-permit and buyers' app "Matomani Hub" (matomani: mopane worms; the
traditional council issues harvesting permits for its communal mopane veld and buyers collect
dried worms in Giyani for the Maputo and Gauteng markets; its API's keys are Xitsonga:
``vito`` first name, ``xivongo`` surname, ``imeyili`` e-mail, ``riqingho`` phone, ``xihundla``
password (lit. "secret"), ``siku_ro_velekiwa`` birth date, ``nomboro_ya_id`` ID number, ``muti``
village, ``xifundza`` district, ``adirese`` address, ``rimbewu`` sex (``wansati`` woman),
``nuna`` husband, ``pamiti`` permit, ``ntlawa`` harvest team, ``ndhawu`` place, ``ntiko``
weight, ``mabegi`` bags, ``ku_oma`` drying, ``muxavi`` buyer, ``xiavelo`` offer, ``ntsengo``
price/amount, ``hakelo`` payment, ``akhawunti`` account, ``rungula`` message, ``lava`` search,
``xivilelo`` complaint, ``xifaniso`` photo, ``nhlamuselo`` description, ``swiendlakalo`` events,
``mutirhisi`` user, ``xitirhisiwa`` device, ``nghena``/``huma`` log in/out): sign-up, log-in,
``/mina``, the permit and its fee, veld blocks near her yard, harvest logs with her fix, a
protobuf beat, a msgpack drying batch, buyers, an offer, the payout account, payouts by cookie, a
photo, messages, a search, a complaint, an offline sync (JSON Lines), push, events, log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import E164, EMAIL_UPPER, JPEG, multipart, pb, push_token
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families187_kit import (
    ADDR,
    BANK,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEPOT,
    DEV,
    DID,
    GENDER,
    HOME,
    HOME_AT,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    NID,
    PAY,
    PERMIT,
    PRECISE,
    SA_ID,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VELD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families187_sdk import (
    bn_bid,
    ct_crash,
    ct_crumb,
    lz_event,
    lz_launch,
    nm_batch,
    nm_identify,
)
from eval_families187_svc import hp_message, mn_reverse, ph_wallet, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("matomani", "Matomani Hub", "com.example.matomani", "3.4.1",
          "https://api.matomani.example.com")
IID = "X-Matomani-Xitirhisiwa"
PW = "Mopani#Giyani91"
OFFER = "MT-OF-22081"  # her offer of six bags to the depot (financial.purchase: her sale)
HELPER = "Nyiko Hlungwani"  # a neighbour in her harvest team (typed: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ts=True, **kw)


def matomani() -> list[Case]:
    rng = random.Random(18701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), pamiti=L(PERMIT, UID)))}
    vla, vlo = fix(VELD_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PERMIT, UID)), (2, 1766912400),
               (3, [(1, L(VELD_FIX[0], PRECISE)), (2, L(VELD_FIX[1], PRECISE)), (3, 9.0)]),
               (4, L(64, DEV)), (5, "3.4.1")], "", lab)
    permit = at_path(case(f, f"{a}/api/v1/pamiti/{PERMIT}", headers=_h(rng, **b)), PERMIT, UID)
    offer = at_path(case(f, f"{a}/api/v1/swiavelo/{OFFER}", headers=_h(rng, **b)), OFFER, BUY)
    return [
        case(f, f"{a}/api/v1/tsarisa", headers=_h(rng), body={
            "vito": L(FIRST, NAMEC), "xivongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "riqingho": L(E164, TEL), "xihundla": L(PW, CRED),
            "siku_ro_velekiwa": L("17/05/1991", BIRTH), "nomboro_ya_id": L(SA_ID, NID),
            "adirese": L(HOME["line"], ADDR), "muti": L(HOME["village"], COARSE),
            "xifundza": L(HOME["district"], COARSE), "rimbewu": L("wansati", GENDER),
            "nuna": {"vito": L(HUSBAND["name"], NAMEC), "riqingho": L(HUSBAND["phone"], TEL)},
            "ndzi_pfumela": True}),
        case(f, f"{a}/api/v1/nghena", fmt="form", headers=_h(rng), body={
            "imeyili": L(EMAIL_UPPER, MAIL), "xihundla": L(PW, CRED), "ndzi_tsundzuke": "1"}),
        case(f, f"{a}/api/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pamiti", headers=_h(rng, **b), body={
            "nomboro_ya_id": L(SA_ID, NID), "pamiti": L(PERMIT, UID), "xiphemu": "B7",
            "ntlawa": [L(HUSBAND["name"], NAMEC), L(HELPER, NAMEC)], "nhweti": "2025-12",
            "ntsengo": L(150, BUY)}),
        permit,
        case(f, f"{a}/api/v1/pamiti/hakelo", fmt="form", headers=_h(rng, **b), body={
            "pamiti": L(PERMIT, UID), "ntsengo": L("150.00", BUY), "mali": "ZAR",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "makhadi_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/swiphemu/kusuhi", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "25"}),
        case(f, f"{a}/api/v1/ntshovelo", headers=_h(rng, **b), body={
            "pamiti": L(PERMIT, UID), "ndhawu": {"lat": vla, "lng": vlo, "sizuste": 9},
            "ntiko_kg": 18.5, "mabegi": 2, "siku": "2025-12-28", "ntshovelo_id": obj(rng, "hv")}),
        raw(f, f"{a}/api/v1/ntshovelo/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ku_oma", fmt="msgpack", headers=_h(rng, **b), body={
            "ntlhanganiso": obj(rng, "dr"), "mabegi": 6, "ntiko_kg": 54.0, "masiku": 3,
            "ndhawu_yo_omisa": {"lat": L(round(HOME_AT[0], 4), PRECISE),
                                "lng": L(round(HOME_AT[1], 4), PRECISE)},
            "pamiti": L(PERMIT, UID)}),
        case(f, f"{a}/api/v1/vaxavi", headers=_h(rng, **b), query={
            "xifundza": L("Mopani", COARSE), "muxaka": "yo_oma"}),
        case(f, f"{a}/api/v1/swiavelo", headers=_h(rng, **b), body={
            "muxavi": DEPOT["id"], "muxavi_vito": DEPOT["name"], "muxavi_riqingho": DEPOT["phone"],
            "mabegi": 6, "ntiko_kg": 54.0, "ntsengo_hi_kg": 85, "xiavelo": L(OFFER, BUY),
            "ntsengo_hinkwawo": L(4590, BUY), "mutirhisi": L(USER_ID, UID)}),
        offer,
        case(f, f"{a}/api/v1/hakelo/akhawunti", headers=_h(rng, **b), body={
            "vito_ra_akhawunti": L(f"{FIRST} {LAST}", NAMEC),
            "nomboro_ya_akhawunti": L(BANK["account"], PAY), "khodi_ya_rhavi": BANK["branch"],
            "muxaka": "savings"}),
        case(f, f"{a}/api/v1/hakelo", headers=_h(rng, how="none"), cookies={
            "mt_sesheni": L(opaque(rng, "", 40), CRED), "mt_xitirhisiwa": L(INSTALL_ID, DID),
            "mt_req": rid(rng)}),
        multipart(f, f"{a}/api/v1/swifaniso", [
            ("xifaniso", "matomani_mabegi.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {
                "xiavelo": L(OFFER, BUY),
                "nhlamuselo": L("Matomani lama omeke kahle, mabegi ya 9kg", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/rungula", headers=_h(rng, **b), body={
            "eka": DEPOT["id"], "ntlhanganiso": obj(rng, "th"),
            "rungula": L(f"Ndzi ta fika hi 14:00 na nuna wa mina {HUSBAND['name']}, "
                         "riqingho ra yena i 082 555 0143", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/lava", headers=_h(rng, **b), query={
            "lava": L("ntsengo wa matomani yo oma eMaputo", SEARCH), "tluka": "1"}),
        case(f, f"{a}/api/v1/xivilelo", fmt="form", headers=_h(rng, **b), body={
            "muxaka": "ndhawu",
            "xivilelo": L("Van'wana va tsema mimopani exiphen'wini B7 va nga ri na pamiti",
                          TEXT)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "ntshovelo", "ntiko_kg": 9.5, "pamiti": L(PERMIT, UID), "ku_id": obj(rng, "op")},
            {"op": "xiavelo", "xiavelo": L(OFFER, BUY), "ntsengo": L(4590, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/xitirhisiwa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/swiendlakalo", gz=True, headers=_h(rng, **b), body={
            "mutirhisi": L(USER_ID, UID), "swiendlakalo": [
                ev("ntshovelo_ku_tsariwa", 1, mabegi=2),
                ev("xikirini", 2, xikirini=L("Swiavelo", USAGE)),
                ev("xiavelo_xi_rhumiwile", 3, ntsengo=L(4590, BUY))]}),
        case(f, f"{a}/api/v1/huma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "xitirhisiwa": L(INSTALL_ID, DID)}),
    ]


def matomani_sdks() -> list[Case]:
    rng = random.Random(18702)
    return [
        nm_batch(APP, rng, [("Harvest Logged", {"bags": 2}),
                            ("Offer Sent", {"total": L(4590, BUY)})],
                 at=VELD_FIX, nd=2, locale="ts_ZA"),
        nm_identify(APP, rng, {"muti": L("Mavalani", COARSE), "pamiti": L(PERMIT, UID),
                               "seasons": 3}),
        lz_launch(APP, rng, first=True),
        lz_event(APP, rng, "sale", {"xiavelo": L(OFFER, BUY)}, revenue=4590.0, hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VELD_FIX, nd=3,
               keywords="mopane,harvest,trade"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "gps fix timeout"),
                 [ct_crumb("nav", "Ntshovelo -> Mepe"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/ntshovelo", "status": 201})],
                 screen="NtshoveloActivity"),
        pr_register(APP, rng, lang="ts", at=HOME_AT, nd=2,
                    tags={"xifundza": L("Mopani", COARSE), "muxavi": DEPOT["id"]}),
        ph_wallet(APP, rng, "4590", L(E164, TEL)),
        mn_reverse(APP, rng, VELD_FIX, PRECISE, nd=5),
        hp_message(APP, rng, L(f"Xiavelo {OFFER} a xi si hakeriwa", f"{TEXT}|{BUY}"),
                   {"pamiti": L(PERMIT, UID)}),
    ]
