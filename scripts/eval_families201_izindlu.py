"""Housing co-operative app "Indlu Yethu" (a Bulawayo co-operative, Siyakha, whose members pay
monthly subscriptions, are allocated stands in Cowdray Park and build together; its API's keys
are isiNdebele: ``ibizo_eliphelele`` full name, ``inombolo_yesitupa`` national ID number,
``ucingo`` phone, ``imeyili`` e-mail, ``ikheli`` address (``umgwaqo``, ``ilokitshi``,
``idolobho``), ``ilungu`` / ``amalungu`` member(s), ``indlalifa`` beneficiary (heir),
``iminikelo`` contributions, ``inani`` amount, ``imali`` currency, ``indlela`` method,
``isiza`` / ``izisa`` stand(s), ``intengo`` price, ``izikhonkwane`` pegs, ``umfanekiso``
picture, ``uhlelo_lwendlu`` house plan, ``izinto_zokwakha`` building materials, ``ukuvota``
vote, ``isinqumo`` decision, ``isikhalazo`` complaint, ``umlayezo`` message, ``umbhalo`` text,
``ukudinga`` search, ``amanzi`` water, ``izehlakalo`` events).

Calls: joining (her ID number, her husband as beneficiary), an OAuth password grant, ``/mina``,
contributions by membership number in the path, a contribution by mobile money, the stands
available, a stand accepted, its pegs checked with her fix (stand number in the path), a site
photo, the house plan (PDF), a materials pool order (msgpack), an AGM vote, meetings, a bank
transfer's proof, a complaint about the builder, a message to the secretary, a search, a water
connection application, the statement by cookie (a base64 JSON cookie), the co-operative's news,
push and events. A docstring grep found no housing co-operative or stand allocation (set 151's
residents' association runs an existing block, set 158 pays land rates for a plot)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families201_kit import (
    COOP,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MY_ID,
    STAND,
    STAND_FIX,
    ZW_ACCOUNT,
    ZW_MOBILE,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import ab_event, ab_launch, sg_batch, sg_pixel
from eval_families201_svc import cm_check, fm_eval, hu_message, mp_geocode, pi_wallet, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("indluyethu", "Indlu Yethu", "com.example.indluyethu", "3.0.6",
          "https://api.indluyethu.example.org")
IID = "X-Indlu-Install"
PW = "Siyakha$Cowdray26"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
ME = f"{FIRST} {LAST}"
SNO = STAND["no"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, nd=True, **kw)


def indluyethu() -> list[Case]:
    rng = random.Random(20121)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ilungu=L(MEMBER, UID), imeyili=L(EMAIL, MAIL)))}
    sla, slo = fix(STAND_FIX)
    contrib = at_path(case(f, f"{a}/api/amalungu/{MEMBER}/iminikelo", headers=_h(rng, **b),
                           query={"unyaka": "2026"}), MEMBER, UID)
    pegs = at_path(case(f, f"{a}/api/izisa/{SNO}/izikhonkwane", headers=_h(rng, **b), body={
        "izikhonkwane": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)}
                         for la, lo in STAND["pegs"]],
        "lapho_engikhona": {"lat": sla, "lng": slo}, "zonke_zikhona": True}), SNO, ADDR)
    return [
        case(f, f"{a}/api/amalungu", headers=_h(rng), body={
            "ibizo_eliphelele": L(ME, NAMEC), "inombolo_yesitupa": L(MY_ID, NID),
            "ucingo": L(ZW_MOBILE, TEL), "imeyili": L(EMAIL, MAIL), "iphasiwedi": L(PW, CRED),
            "ikheli": {"umgwaqo": L(HOME["line"], ADDR), "ilokitshi": L(HOME["area"], COARSE),
                       "idolobho": L(HOME["town"], COARSE)},
            "indlalifa": {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                          "inombolo_yesitupa": L(HUSBAND["id"], NID),
                          "ucingo": L(HUSBAND["phone"], TEL), "ubudlelwane": "indoda"},
            "ilungu": L(MEMBER, UID), "ikopherethivu": COOP["id"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "indluyethu-android"}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        contrib,
        case(f, f"{a}/api/iminikelo", fmt="form", headers=_h(rng, **b), body={
            "ilungu": L(MEMBER, UID), "inani": L("50.00", BUY), "imali": "USD",
            "indlela": "imali_wallet", "ucingo_lwewallet": L(ZW_MOBILE, TEL),
            "inyanga": "2026-02"}),
        case(f, f"{a}/api/izisa/etholakalayo", headers=_h(rng, **b), query={
            "isigaba": "Cowdray Park Phase 3", "usayizi": "300"}),
        case(f, f"{a}/api/izisa/ukwabiwa", headers=_h(rng, **b), body={
            "ilungu": L(MEMBER, UID), "isiza": L(SNO, ADDR), "usayizi_m2": 300,
            "intengo": L(3200, BUY), "isigaba": "Cowdray Park Phase 3", "isivumelwano": True}),
        pegs,
        multipart(f, f"{a}/api/izisa/umfanekiso", [
            ("isithombe", "slab.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "isiza": L(SNO, ADDR),
                "umbhalo": L("Isisekelo sendlu sigcwaliswe lamuhla", TEXT)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/uhlelo_lwendlu", [
            ("uhlelo", "house_plan_cp4417.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"isiza": L(SNO, ADDR), "amakamelo": 3,
                                                "ubukhulu_m2": 96})], headers=_h(rng, **b)),
        case(f, f"{a}/api/izinto_zokwakha/ukuoda", fmt="msgpack", headers=_h(rng, **b), body={
            "ilungu": L(MEMBER, UID), "izinto": [
                {"uhlobo": "cement 50kg", "inani": 40, "intengo": 11.5},
                {"uhlobo": "bricks", "inani": 6000, "intengo": 0.13}],
            "inani_lilonke": L(1240, BUY)}),
        case(f, f"{a}/api/umhlangano/ukuvota", fmt="form", headers=_h(rng, **b), body={
            "ilungu": L(MEMBER, UID), "isiphakamiso": "sp_2026_04", "isinqumo": "yebo"}),
        case(f, f"{a}/api/imihlangano", headers=_h(rng, **b), query={"ilungu": L(MEMBER, UID)}),
        multipart(f, f"{a}/api/imbadalo/ibhange", [
            ("irisidi", "transfer.jpg", "image/jpeg", L(JPEG + b"\x82", f"{MEDIA}|{BUY}")),
            ("meta", None, "application/json", {"iakhawunti": L(ZW_ACCOUNT, PAY),
                                                "inani": L(600, BUY),
                                                "ilungu": L(MEMBER, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/isikhalazo", headers=_h(rng, **b), body={
            "uhlobo": "umakhi",
            "umbhalo": L("Umakhi kafikanga izinsuku ezintathu, izitina ziyanyamalala", TEXT)}),
        case(f, f"{a}/api/umlayezo", headers=_h(rng, **b), body={
            "kuya": "unobhala", "ingxoxo": obj(rng, "th"),
            "umbhalo": L("Indoda yami izabhadala okuseleyo ngoLwesihlanu", TEXT)}),
        case(f, f"{a}/api/ukudinga", headers=_h(rng, **b), query={
            "q": L("umakhi wezindlu eCowdray Park", SEARCH)}),
        case(f, f"{a}/api/amanzi/isicelo", headers=_h(rng, **b), body={
            "isiza": L(SNO, ADDR), "inombolo_yesitupa": L(MY_ID, NID),
            "ucingo": L(ZW_MOBILE, TEL), "uhlobo": "domestic"}),
        case(f, f"{a}/api/isitatimende", headers=_h(rng, how="none"), cookies={
            "iy_sess": L(opaque(rng, "", 40), CRED),
            "iy_prefs": W({"ilungu": L(MEMBER, UID), "ulimi": L("nd", DEV)}, "b64json")}),
        case(f, f"{a}/api/izindaba", headers=_h(rng, **b), query={
            "ikopherethivu": COOP["id"], "kusukela": "2026-01-01"}),
        case(f, f"{a}/api/idivayisi", headers=_h(rng, **b), body=idivayisi(push_token(rng))),
        case(f, f"{a}/api/izehlakalo", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "idivayisi": L(INSTALL_ID, DID), "izehlakalo": [
                ev("umnikelo", 1, inani=L(50, BUY)),
                ev("isikrini", 2, isikrini=L("Isiza", USAGE))]}),
    ]


def indluyethu_sdks() -> list[Case]:
    rng = random.Random(20122)
    return [
        sg_batch(APP, rng, [("Contribution Paid", {"amount": L(50, BUY)}),
                            ("Stand Viewed", {})], at=STAND_FIX, nd=2, locale="nd_ZW"),
        sg_pixel(APP, rng, "News Opened", {"item": "n_0412"}),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "contribution", {"ilungu": L(MEMBER, UID)}, revenue=50.0),
        fm_eval(APP, rng, {"ikopherethivu": COOP["id"], "idolobho": L("Bulawayo", COARSE)},
                hdr=True),
        pk_register(APP, rng, lang="nd", at=HOME_AT, nd=2, tags={"isigaba": "phase3"}),
        cm_check(APP, rng, {"analytics": True, "marketing": False}),
        pi_wallet(APP, rng, "50", L(ZW_MOBILE, TEL)),
        mp_geocode(APP, rng, "hardware Cowdray Park", SEARCH, near=STAND_FIX, nd=3),
        hu_message(APP, rng, L("Umnikelo wami kaFebruary awubonakali", TEXT),
                   {"ilungu": L(MEMBER, UID)}),
    ]
