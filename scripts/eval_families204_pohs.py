"""The post office's box and mail-notice app "Pohsopis" (Kolonia has no home delivery: she rents a
post-office box, gets notices when letters and parcels arrive, picks up registered mail at the
counter with her passport, pays customs duty on parcels from the US, holds or forwards mail).
Its API's keys are Pohnpeian: ``ede``, ``ede_peneinei``, ``imeil``, ``delepwohn``,
``lokaia_rir``, ``rahnen_ipwidi``, ``pwoaks`` box (number), ``nempehn_pwoaks`` box account,
``sounkolokol`` holders (keepers) of the box, ``kisinlikou`` letter, ``pasel`` parcel, ``sohpeidi``
what is inside (contents), ``kamwohmwohd`` customs duty, ``kih`` key, ``kohdo`` arrive
(check-in), ``kolokol`` hold (keep), ``kadar`` send, ``kadarla`` forward, ``lel`` to, ``wasa``,
``wasahn_kousoan``, ``kahnimw``, ``wehi``, ``rahn``, ``mwohni``, ``pwain``, ``kilel`` photo,
``lokaia`` remark, ``rapahki``, ``wiewia``; paths ``ntingidi``, ``pedolong``, ``ngehi``,
``pedoisang``. Sign-up, a log-in (form), ``/ngehi`` with a JWT, the box rental with its holders
(her husband and daughter), the renewal fee, mail notices, a registered letter picked up with
her passport at the counter (her fix), a protobuf notice beat, scanned slips (msgpack), a
damaged parcel's photo, a customs declaration and the duty paid, a key replacement, a hold while
travelling, forwarding to her mother-in-law in Madolenihmw, the notices by box account in the
path, stamps, a search, a message, notices by cookie, a base64 JSON form link, push, events and
a log-out. Parcel lockers (inside residential apps) and barrel shipping (a ``_barrel``
module) exist; no set has a post office ("post office", "registered letter", "hold mail" matched
nothing). It replaces a giant-yam show this author first wrote and dropped: set 135 has an
agricultural show with yam entries."""

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
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families204_kit import (
    BOX,
    BOX_ACCOUNT,
    COUNTER_FIX,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    MIL_LINE,
    MOTHER_IL,
    MW,
    MW_VILLAGE,
    PASSPORT,
    POST_OFFICE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families204_sdk import (
    bs_bid,
    bs_notice,
    cp_crash,
    cp_crumb,
    sm_batch,
    sm_identify,
    ts_event,
    ts_launch,
)
from eval_families204_svc import cm_card, cm_confirm, hk_message, mk_reverse, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("pohsopis", "Pohsopis", "com.example.pohsopis", "1.8.2",
          "https://api.pohsopis.example.com")
IID = "X-Pohsopis-Device"
PW = "Pwoaks1187!Kol"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pon=True, **kw)


def pohsopis() -> list[Case]:
    rng = random.Random(20401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL),
                                    nempehn_pwoaks=L(BOX_ACCOUNT, UID)))}
    cla, clo = fix(COUNTER_FIX)
    n1, n2 = obj(rng, "nt"), obj(rng, "nt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(BOX_ACCOUNT, UID)), (2, n1), (3, 1767945600), (4, "registered"),
               (5, [(1, L(COUNTER_FIX[0], PRECISE)), (2, L(COUNTER_FIX[1], PRECISE))]),
               (6, L(64, DEV))], "", lab)
    notices = at_path(case(f, f"{a}/api/v1/pwoaks/{BOX_ACCOUNT}/kasalehda", headers=_h(rng, **b),
                           query={"since": "2026-01-01"}), BOX_ACCOUNT, UID)
    return [
        case(f, f"{a}/api/v1/ntingidi", headers=_h(rng), body={
            "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC), "imeil": L(EMAIL, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L(PW, CRED),
            "rahnen_ipwidi": L(DOB, BIRTH), "pwoaks": L(BOX, ADDR),
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID), "terms": True}),
        case(f, f"{a}/api/v1/pedolong", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL_UPPER, MAIL), "lokaia_rir": L(PW, CRED), "taman": "1"}),
        case(f, f"{a}/api/v1/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/pwoaks", headers=_h(rng, **b), body={
            "pwoaks": L(BOX, ADDR), "size": "small", "office": POST_OFFICE["id"],
            "sounkolokol": [{"ede": L(HUSBAND[0], NAMEC), "delepwohn": L(HUSBAND[1], TEL)},
                            {"ede": L(KID, NAMEC), "rahnen_ipwidi": L(DAUGHTER["dob"], BIRTH)}],
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID)}),
        case(f, f"{a}/api/v1/pwain", fmt="form", headers=_h(rng, **b), body={
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID), "mwohni": L("40.00", BUY),
            "currency": "USD", "metod": L(opaque(rng, "pm_", 24), PAY), "kard_4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/kasalehda", headers=_h(rng, **b), query={
            "pwoaks": L(BOX, ADDR), "kind": "all"}),
        case(f, f"{a}/api/v1/kisinlikou/{n1}/ale", headers=_h(rng, **b), body={
            "kasalehda": n1, "kind": "registered", "sounkadar": "Hawaii Medical Referral Office",
            "ID": {"kind": "passport", "nempe": L(PASSPORT, NID)},
            "sounale": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/kohdo", headers=_h(rng, **b), body={
            "office": POST_OFFICE["id"], "wasa": {"lat": cla, "lon": clo, "pwung": 9},
            "wasahn_office": {"lat": POST_OFFICE["lat"], "lon": POST_OFFICE["lon"]},
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID), "kohdo_id": obj(rng, "ko")}),
        raw(f, f"{a}/api/v1/kasalehda/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/slips", fmt="msgpack", headers=_h(rng, **b), body={
            "slips": [n1, n2], "pwoaks": L(BOX, ADDR), "nempehn_pwoaks": L(BOX_ACCOUNT, UID)}),
        multipart(f, f"{a}/api/v1/pasel/kilel", [
            ("kilel", "pasel_pwupwudi.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"pasel": n2, "nempehn_pwoaks": L(BOX_ACCOUNT, UID),
                                                "lokaia": L("The box was wet and torn at one "
                                                            "corner", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pasel/{n2}/customs", headers=_h(rng, **b), body={
            "sohpeidi": L("glucose test strips and a blood pressure cuff for my mother-in-law",
                          f"{TEXT}|{MED}"),
            "value": 86.0, "sounkadar": L("Emily Doe", NAMEC), "nempehn_pwoaks":
            L(BOX_ACCOUNT, UID)}),
        case(f, f"{a}/api/v1/pasel/{n2}/kamwohmwohd", fmt="form", headers=_h(rng, **b), body={
            "mwohni": L("4.30", BUY), "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/kih", headers=_h(rng, **b), body={
            "pwoaks": L(BOX, ADDR), "reason": "lost", "mwohni": L(10, BUY)}),
        case(f, f"{a}/api/v1/kolokol", headers=_h(rng, **b), body={
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID), "from": "2026-03-01", "to": "2026-03-15",
            "lokaia": L("We are in Honolulu for my sister's wedding", TEXT)}),
        case(f, f"{a}/api/v1/kadarla", headers=_h(rng, **b), body={
            "nempehn_pwoaks": L(BOX_ACCOUNT, UID),
            "lel": {"ede": L(MOTHER_IL[0], NAMEC), "wasahn_kousoan": L(MIL_LINE, ADDR),
                    "kahnimw": L(MW_VILLAGE, COARSE), "wehi": L(MW, COARSE),
                    "delepwohn": L(MOTHER_IL[1], TEL)}}),
        notices,
        case(f, f"{a}/api/v1/stamps", headers=_h(rng, **b), body={
            "items": [{"sku": "st_fsm_fish_4", "n": 2}], "mwohni": L(3.2, BUY)}),
        case(f, f"{a}/api/v1/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("tracking parcel from Ohio Priority Mail", SEARCH), "pali": "1"}),
        case(f, f"{a}/api/v1/kisinlikou", headers=_h(rng, **b), body={
            "sounale": "po_counter",
            "kisinlikou": L("My husband Kasiano Lihpai will pick up the parcel, he has the key",
                            f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/kasalehda/koaros", headers=_h(rng, how="none"), cookies={
            "po_sesin": L(opaque(rng, "", 40), CRED), "po_device": L(INSTALL_ID, DID),
            "po_req": rid(rng)}),
        case(f, f"{a}/api/v1/pwoaks/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"nempehn_pwoaks": L(BOX_ACCOUNT, UID), "delepwohn": L(NATIONAL, TEL),
                       "rahnen_ipwidi": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "lokaia": L("pon", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/wiewia", gz=True, headers=_h(rng, **b), body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("notice_opened", 1, kasalehda=n1), ev("pwain", 2, mwohni=L(40, BUY)),
                ev("skrihn", 3, skrihn=L("Kasalehda", USAGE))]}),
        case(f, f"{a}/api/v1/pedoisang", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def pohsopis_sdks() -> list[Case]:
    rng = random.Random(20402)
    return [
        sm_batch(APP, rng, [("Notice Opened", {"kind": "registered"}),
                            ("Box Renewed", {"total": L(40, BUY)})],
                 at=COUNTER_FIX, nd=2, locale="pon_FM"),
        sm_identify(APP, rng, {"kahnimw": L("Kolonia", COARSE),
                               "nempehn_pwoaks": L(BOX_ACCOUNT, UID), "holders": 3}),
        ts_launch(APP, rng, first=True),
        ts_event(APP, rng, "purchase", {"nempehn_pwoaks": L(BOX_ACCOUNT, UID)}, revenue=40.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="mail,parcels,shipping"),
        bs_notice(APP, rng, "win"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "scanner closed"),
                 [cp_crumb("nav", "Kasalehda -> Slip"),
                  cp_crumb("net", "POST", {"url": f"{APP.api}/api/v1/slips", "status": 201})],
                 screen="SlipActivity"),
        pn_register(APP, rng, lang="pon", at=HOME_AT, nd=2,
                    tags={"office": POST_OFFICE["id"], "kasalehda": "all"}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "40.00", "usd"),
        mk_reverse(APP, rng, COUNTER_FIX, PRECISE, nd=5),
        hk_message(APP, rng, L(f"Box account {BOX_ACCOUNT}: renewal charged twice",
                               f"{TEXT}|{UID}"), {"nempehn_pwoaks": L(BOX_ACCOUNT, UID)}),
    ]
