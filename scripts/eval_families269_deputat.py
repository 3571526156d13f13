"""A city-council deputy's reception and constituents' appeals app "Kyygyr" (the deputy of the
Kyzyl city Khural for constituency No. 9, where their block stands; the API's keys are Tuvan in
ASCII mixed with Russian loans and English: ``songgukchu`` constituent (lit. "voter"),
``ady``/``familiya`` name/surname, ``telefon``, ``el_shuudang`` e-mail, ``torutken_chyly`` birth
year, ``churttaar_adres`` home address, ``kudumchu`` street, ``bazhyng`` house number,
``okrug`` constituency (loan), ``kyygyryg`` appeal, ``tema`` subject, ``sozuglel`` text,
``turar_cher`` location, ``priem`` reception slot (loan), ``detkikchi`` supporter,
``partiya`` party (loan), ``bodal`` opinion, ``aityryg`` question, ``harygy`` answer,
``huleeshkin`` donation, ``dileeshkin`` search, ``dyl`` language): sign-up, an e-mail code,
``/men``, the constituency by address, an appeal about the broken yard road with her fix and a
photo, the appeal's status, a reception slot, a collective bus-route appeal signed, her
registration as a supporter of the deputy's movement, a poll on the September city election,
a residents' meeting RSVP, the news, a donation to the movement's campaign fund, a message to
the deputy's assistant, a search, a newsletter, a flyer shift, a preferences cookie, push,
events and a log-out. (A file-name and docstring grep of ``scripts/`` found no deputy, council
member or city-council reception app; petitions and party apps exist, so this one is the
elected deputy's constituency desk with a side supporters' list.)"""

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
    E164,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims
from eval_families269_kit import (
    APPEAL,
    CONSTITUENT,
    KZ_HOME,
    KZ_HOME_AT,
    OFFICE,
    fix,
    hd,
    obj,
    push,
)
from eval_families269_sdk import bs_bid, bs_notice, ct_crash, ct_crumb, th_launch, um_batch
from eval_families269_svc import ck_check, fk_eval, hk_message, ps_register, py_card, py_confirm
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("kyygyr", "Kyygyr", "com.example.kyygyr", "3.0.1", "https://api.kyygyr.example.org")
IID = "X-Kyygyr-Device"
MOVEMENT = "Yenisei Green Movement"  # the deputy's (fictional) political movement
YARD_FIX = (51.716571, 94.441902)  # her phone at the broken yard road behind the block


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kyygyr() -> list[Case]:
    rng = random.Random(26931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, songgukchu=L(CONSTITUENT, UID),
                                    el_shuudang=L(EMAIL, MAIL), okrug=L("9", COARSE)))}
    yla, ylo = fix(YARD_FIX, 5)
    return [
        case(f, f"{a}/api/songgukchular", headers=_h(rng), body={
            "ady": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "el_shuudang": L(EMAIL_MIXED, MAIL), "torutken_chyly": L(1991, BIRTH),
            "churttaar_adres": L(KZ_HOME["line"], ADDR), "hooray": L(KZ_HOME["town"], COARSE),
            "okrug": L("9", COARSE), "songgukchu": L(CONSTITUENT, UID)}),
        case(f, f"{a}/api/auth/el-kod", fmt="form", headers=_h(rng), body={
            "el_shuudang": L(EMAIL, MAIL), "kod": L("270519", CRED)}),
        case(f, f"{a}/api/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/okrug/adres", headers=_h(rng, **b), query={
            "kudumchu": L("Kochetova", ADDR), "bazhyng": L("41", ADDR),
            "hooray": L("Kyzyl", COARSE)}),
        case(f, f"{a}/api/kyygyryglar", headers=_h(rng, **b), body={
            "songgukchu": L(CONSTITUENT, UID), "tema": "chol",
            "sozuglel": L("Bistin bazhyngnyng artynda chol buzulgan, ooldar shkolaze "
                          "baryp shydavas. Kachan septeer siler?", TEXT),
            "turar_cher": {"lat": yla, "lng": ylo}, "adres": L(KZ_HOME["line"], ADDR),
            "kyygyryg_id": APPEAL}),
        multipart(f, f"{a}/api/kyygyryglar/{APPEAL}/churuk", [
            ("churuk", "chol.jpg", "image/jpeg", L(JPEG + b"\x09", MEDIA)),
            ("meta", None, "application/json", {"songgukchu": L(CONSTITUENT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kyygyryglar/{APPEAL}", headers=_h(rng, **b),
             query={"songgukchu": L(CONSTITUENT, UID)}),
        case(f, f"{a}/api/priem", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "pr"), "office": OFFICE["id"], "songgukchu": L(CONSTITUENT, UID),
            "tema": L("Hovaa-Aksy avtobus marshruttu", TEXT)}),
        case(f, f"{a}/api/kollektiv/avtobus-12", headers=_h(rng, **b), body={
            "ady_familiyazy": L(f"{FIRST} {LAST}", NAMEC), "adres": L(KZ_HOME["line"], ADDR),
            "chopshool": True, "songgukchu": L(CONSTITUENT, UID)}),
        case(f, f"{a}/api/detkikchiler", headers=_h(rng, **b), body={
            "songgukchu": L(CONSTITUENT, UID), "partiya": L(MOVEMENT, SENS),
            "detkikchi": L(True, SENS), "rol": L("agitator", SENS),
            "ondagaan_temalar": ["chol", "ekologiya"], "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/opros/songgulda-2026", headers=_h(rng, **b), body={
            "aityryg": "q_party", "harygy": L(MOVEMENT, SENS),
            "bodal": L("Hooraida komur yzhy chok bolzun dep olarga unum beer men",
                       f"{TEXT}|{SENS}"), "okrug": L("9", COARSE)}),
        case(f, f"{a}/api/churttakchylar-chyyzhy", headers=_h(rng, **b), query={
            "chyyzh": "ch_0126", "keler": "iye", "songgukchu": L(CONSTITUENT, UID)}),
        case(f, f"{a}/api/medeeler", headers=_h(rng, **b), query={
            "okrug": "9", "since": "2026-01-01"}),
        case(f, f"{a}/api/huleeshkin", fmt="form", headers=_h(rng, **b), body={
            "fond": L("yenisei-green-campaign-2026", SENS), "aksha": L("1000", BUY),
            "valyuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/medee/pomoshnik", headers=_h(rng, **b), body={
            "kymga": "asst_okr09",
            "sozuglel": L("Ashakymnyng iezi Choduraa Mongush Chadanda pensiyazyn "
                          "katap sanatpaan", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/dileeshkin", headers=_h(rng, **b), query={
            "q": L("Kochetova chol asfalt", SEARCH)}),
        case(f, f"{a}/api/rassylka", fmt="form", headers=_h(rng, **b), body={
            "el_shuudang": L(EMAIL, MAIL), "temalar": "chol,ekologiya", "dyl": L("tyv", DEV)}),
        case(f, f"{a}/api/detkikchiler/smena", headers=_h(rng, **b), body={
            "songgukchu": L(CONSTITUENT, UID), "hun": "2026-08-22",
            "smena": L("listovka taratpaan, okrug 9", SENS), "kudumchular": ["Kochetova",
                                                                            "Lenina"]}),
        case(f, f"{a}/api/profil/prefs", headers=_h(rng, **b), cookies={
            "kg_sess": L(opaque(rng, "", 40), CRED),
            "kg_prefs": W({"songgukchu": L(CONSTITUENT, UID), "dyl": L("tyv", DEV)},
                          "b64json")}),
        case(f, f"{a}/api/hereksel", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/boluushkunnar", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("appeal_sent", 1), ev("screen", 2, screen=L("Kyygyryglar", USAGE))]}),
        case(f, f"{a}/api/undurer", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def kyygyr_sdks() -> list[Case]:
    rng = random.Random(26932)
    return [
        um_batch(APP, rng, [("Appeal Sent", {"tema": "chol"}), ("Poll Answered", {})],
                 at=KZ_HOME_AT, nd=2),
        th_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="news,kyzyl,city"),
        bs_notice(APP, rng, "imp"),
        ct_crash(APP, rng, ("java.lang.IllegalArgumentException", "photo too large"),
                 [ct_crumb("nav", "Kyygyryglar -> Churuk")], screen="AppealActivity"),
        fk_eval(APP, rng, {"okrug": L("9", COARSE), "hooray": L("Kyzyl", COARSE)}, hdr=True),
        ps_register(APP, rng, at=KZ_HOME_AT, nd=2,
                    tags={"okrug": L("9", COARSE), "detkikchi": L("yes", SENS)}),
        ck_check(APP, rng, {"analytics": True}),
        py_card(APP, rng),
        py_confirm(APP, rng, "1000"),
        hk_message(APP, rng, L(f"Appeal {APPEAL}: no answer for 30 days", TEXT),
                   {"songgukchu": L(CONSTITUENT, UID)}),
    ]
