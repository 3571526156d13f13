"""A neighbourhood iddir's app "Shooro Iddir" (the funeral mutual-aid association of Arada kebele
03 in Wolaita Sodo: monthly dues, death notices, mourners' contributions, the tent and chair
rota, a small loan fund; its API's keys are Wolaytta in Latin letters, ASCII-folded:
``sunttaa`` name, ``aawaa_sunttaa`` father's name (the surname), ``silkkiyaa`` phone,
``geemmo_qaalaa`` password (lit. "secret word"), ``yelettido_gallassaa`` birth date,
``deiyo_sohuwaa`` address (lit. "the place one lives"), ``katamaa`` town, ``qebeelee`` kebele,
``azinaa`` husband, ``keettaa_asaa`` household, ``abaalaa_qoodaa`` member (book) number,
``mewaaju`` dues, ``miishshaa`` amount, ``qanxxuwaa`` payment, ``hayqqo`` death,
``yeehuwaa`` mourning, ``kiitaa`` message, ``bidiraa`` loan, ``gallassaa`` date, ``sohuwaa``
place, ``doonaa`` language, ``hanotaa`` events): sign-up, log-in, ``/taani``, the household,
the dues by book number in the path, a dues payment, a death notice, a mourners' contribution,
the mourning-house check-in, the tent rota, a chair loan (msgpack), a meeting check-in, a vote,
the minutes, a loan request, a condolence message, the secretary's offline attendance (JSON Lines,
other members' book numbers), a receipt by cookie, push, events and a log-out."""

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
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, others, rid
from eval_families304_kit import (
    DAUGHTER,
    DOB_EC,
    ET_ACCOUNT,
    HALL_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    IDDIR,
    MEMBER,
    MOURNING_FIX,
    NEIGHBOUR,
    RESIDENT_ID,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families304_sdk import (
    ba_bid,
    ba_notice,
    cr_crash,
    cr_crumb,
    cr_session,
    mq_batch,
    mq_identify,
    ts_event,
    ts_launch,
)
from eval_families304_svc import cb_card, cb_confirm, hk_message, ma_reverse, pb_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("shooroiddir", "Shooro Iddir", "com.example.shooroiddir", "2.4.1",
          "https://api.shooroiddir.example.com")
IID = "X-Iddir-Moobaylaa"
PW = "Arada03!Sodo26"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, am=True, **kw)


def iddir() -> list[Case]:
    rng = random.Random(30401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), abaalaa=L(MEMBER, UID)))}
    hla, hlo = fix(HALL_FIX, 5)
    mla, mlo = fix(MOURNING_FIX)
    dues = at_path(case(f, f"{a}/api/v1/abaalaa/{MEMBER}/mewaaju", headers=_h(rng, **b),
                        query={"laytta": "2018"}), MEMBER, UID)
    mates = others(rng, 3, "AI-03-")
    return [
        case(f, f"{a}/api/v1/galaatiya", headers=_h(rng), body={
            "sunttaa": L(FIRST, NAMEC), "aawaa_sunttaa": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "silkkiyaa": L(E164, TEL), "geemmo_qaalaa": L(PW, CRED),
            "yelettido_gallassaa": L(DOB_EC, BIRTH), "deiyo_sohuwaa": L(HOME["line"], ADDR),
            "qebeelee": L(HOME["area"], COARSE), "katamaa": L(HOME["town"], COARSE),
            "id_kaardiyaa": L(RESIDENT_ID, NID),
            "azinaa": {"sunttaa": L(HUSBAND[0], NAMEC), "silkkiyaa": L(HUSBAND[1], TEL)},
            "abaalaa_qoodaa": L(MEMBER, UID), "iddiraa": IDDIR["id"], "maayettiyaa": True}),
        case(f, f"{a}/api/v1/gelliya", fmt="form", headers=_h(rng), body={
            "silkkiyaa": L(E164, TEL), "geemmo_qaalaa": L(PW, CRED), "hassayaa": "1"}),
        case(f, f"{a}/api/v1/taani", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/keettaa_asaa", headers=_h(rng, **b), body={
            "abaalaa_qoodaa": L(MEMBER, UID), "keettaa_asaa": [
                {"sunttaa": L(HUSBAND[0], NAMEC), "dabbotaa": "azinaa"},
                {"sunttaa": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "dabbotaa": "naa", "yelettido_laytta": L(2017, BIRTH)}]}),
        dues,
        case(f, f"{a}/api/v1/mewaaju/qanxxuwaa", fmt="form", headers=_h(rng, **b), body={
            "abaalaa_qoodaa": L(MEMBER, UID), "aginaa": "3", "miishshaa": L("150.00", BUY),
            "birraa": "ETB", "qanxxuwaa": L(opaque(rng, "pm_", 24), PAY),
            "baankkiyaa_hisaabaa": L(ET_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v1/hayqqo", headers=_h(rng, **b), body={
            "hayqqidaagaa": L(NEIGHBOUR, NAMEC), "gallassaa": "2026-01-19",
            "moogiyo_gallassaa": "2026-01-20", "kiitaa": L(
                "Nu shooruwaa Ato Dana Dolebo omarssi hayqqiis. Moogiyoy wonttetto 10 saatiyan.",
                f"{TEXT}|{NAMEC}"), "yeehuwaa_keettaa": obj(rng, "yk")}),
        case(f, f"{a}/api/v1/yeehuwaa/maaddo", headers=_h(rng, **b), body={
            "abaalaa_qoodaa": L(MEMBER, UID), "miishshaa": L(200, BUY),
            "kattaa": [{"sunttaa": "buna", "kg": 1}, {"sunttaa": "daabbo", "qoodaa": 30}],
            "hayqqo": obj(rng, "hq")}),
        case(f, f"{a}/api/v1/yeehuwaa/gakkiis", headers=_h(rng, **b), body={
            "sohuwaa": {"lat": mla, "lng": mlo, "sizuste": 9},
            "abaalaa_qoodaa": L(MEMBER, UID), "wodiyaa": "2026-01-19T17:40"}),
        case(f, f"{a}/api/v1/dunkkaane/rota", headers=_h(rng, **b), query={
            "abaalaa_qoodaa": L(MEMBER, UID), "aginaa": "2026-01"}),
        case(f, f"{a}/api/v1/wanbbariyaa/tala", fmt="msgpack", headers=_h(rng, **b), body={
            "abaalaa_qoodaa": L(MEMBER, UID), "wanbbariyaa": 40, "dunkkaane": 1,
            "deiyo_sohuwaa": L(HOME["line"], ADDR), "gallassaa": "2026-01-24"}),
        case(f, f"{a}/api/v1/shiiqotaa/gakkiis", headers=_h(rng, **b), body={
            "shiiqotaa": obj(rng, "sq"), "sohuwaa": {"lat": hla, "lng": hlo},
            "iddiraa_sohuwaa": {"lat": IDDIR["lat"], "lng": IDDIR["lon"]}}),
        case(f, f"{a}/api/v1/doorauwaa", fmt="form", headers=_h(rng, **b), body={
            "qofaa": "mewaaju_60", "doorauwaa": "ee", "abaalaa_qoodaa": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/shiiqotaa/xuufiyaa", headers=_h(rng, **b), query={
            "iddiraa": IDDIR["id"], "aginaa": "2026-01"}),
        case(f, f"{a}/api/v1/bidiraa", headers=_h(rng, **b), body={
            "abaalaa_qoodaa": L(MEMBER, UID), "miishshaa": L(3000, BUY), "aginaa": 6,
            "gaasuwaa": L("Selamiyo tamaaro keettaa miishshaa qanxxanaw", TEXT),
            "baankkiyaa_hisaabaa": L(ET_ACCOUNT, PAY)}),
        case(f, f"{a}/api/v1/kiitaa", headers=_h(rng, **b), body={
            "yaa": "keettaa_dana_dolebo",
            "kiitaa": L("Xoossay intena minttono. Ermiasinne tanaa 0916204471 xeesa.",
                        f"{TEXT}|{TEL}")}),
        lines(f, f"{a}/api/v1/shiiqotaa/sync", [
            {"abaalaa_qoodaa": mates[0], "yiis": True, "t": 1768822800},
            {"abaalaa_qoodaa": mates[1], "yiis": False, "t": 1768822800},
            {"abaalaa_qoodaa": mates[2], "yiis": True, "t": 1768822800},
            {"abaalaa_qoodaa": L(MEMBER, UID), "yiis": True, "xaafiyaa": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/dareseenyaa/wurssetta", headers=_h(rng, how="none"), cookies={
            "si_sesia": L(opaque(rng, "", 40), CRED), "si_moobaylaa": L(INSTALL_ID, DID),
            "si_req": rid(rng)}),
        case(f, f"{a}/api/v1/moobaylaa", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "moobaylaa_id": L(INSTALL_ID, DID),
            "doonaa": L("am", DEV), "wodiyaa_zoonaa": L(TZ, DEV), "modeliyaa": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/hanotaa", gz=True, headers=_h(rng, **b), body={
            "xaafiyaa": L(USER_ID, UID), "hanotaa": [
                ev("mewaaju_qanxxiis", 1, miishshaa=L(150, BUY)),
                ev("hayqqo_xeelliis", 2), ev("ekraane", 3, ekraane=L("Yeehuwaa", USAGE))]}),
        case(f, f"{a}/api/v1/kessiya", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "moobaylaa": L(INSTALL_ID, DID), "silkkiyaa": L(NATIONAL, TEL)}),
        case(f, f"{a}/api/v1/gelliya/email", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "koodiyaa": L("552901", CRED)}),
    ]


def iddir_sdks() -> list[Case]:
    rng = random.Random(30402)
    return [
        mq_batch(APP, rng, [("Dues Paid", {"amount": L(150, BUY)}),
                            ("Death Notice Opened", {})], at=HALL_FIX, nd=2, locale="am_ET"),
        mq_identify(APP, rng, {"katamaa": L("Wolaita Sodo", COARSE),
                               "qebeelee": L("Arada", COARSE),
                               "abaalaa_qoodaa": L(MEMBER, UID), "household": 3}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "dues_paid", {"months": 3}, revenue=150.0, currency="ETB",
                 hashed=True),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="funeral,community,sodo"),
        ba_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.IllegalStateException", "ledger not synced"),
                 [cr_crumb("nav", "Shiiqotaa -> Sync"),
                  cr_crumb("net", "POST", {"url": f"{APP.api}/api/v1/shiiqotaa/sync",
                                           "status": 503})],
                 screen="SyncActivity"),
        pb_register(APP, rng, lang="am", at=HOME_AT, nd=2,
                    tags={"iddiraa": IDDIR["id"], "qebeelee": L("Arada", COARSE)}),
        cr_session(APP, rng, secs=612),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "150.00"),
        ma_reverse(APP, rng, MOURNING_FIX, "location.precise", nd=5),
        hk_message(APP, rng, L(f"Abaalaa qoodaa {MEMBER} mewaaju naaxxin bessiis",
                               f"{TEXT}|{UID}"), {"abaalaa_qoodaa": L(MEMBER, UID)}),
    ]
