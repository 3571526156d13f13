"""An Asante funeral-contributions ledger "Ayiedi" (her husband's abusua keeps its funeral
donations, ``nsawa``, and dues in it): its API's keys are Twi (Asante): ``din`` name,
``abusua`` clan (matrilineal family), ``fon_noma`` phone number, ``efie`` home address,
``kurow`` town, ``awoda`` birth date, ``kunu`` husband, ``sika`` money (an amount), ``nsawa``
a funeral donation, ``ayie`` funeral, ``owufo`` the deceased, ``nkra`` message,
``ahintasem`` password (a secret), ``kasa`` language, ``baabi`` place, ``mmere`` time,
``nnipa`` people, ``aboa_boa`` helper. Sign-up, log-in, the ledger, a donation by mobile money,
the funeral programme, attendance at the grounds, dues, a condolence, the family's photo, a
receipt by ledger number in the path, an offline queue (msgpack), a protobuf beat, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
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
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families147_kit import (
    DECEASED,
    FUNERAL,
    FUNERAL_FIX,
    HUSBAND,
    KSI_HOME,
    KSI_HOME_AT,
    MEMBER_AY,
    MOMO,
    MOTHER_IN_LAW,
    fix,
    hd,
    push,
)
from eval_families147_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families147_svc import (
    cl_wallet,
    cy_save,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

NID, FIT = "personal.national_id", "health.fitness"

APP = App("ayiedi", "Ayiedi", "com.example.ayiedi", "2.3.1", "https://api.ayiedi.example.com")
IID = "X-Ayiedi-Device"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tw=True, **kw)


def ayiedi() -> list[Case]:
    rng = random.Random(14701)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, abusua_noma=L(MEMBER_AY, UID), fon=L(E164, TEL)))}
    fla, flo = fix(FUNERAL_FIX, 6)
    hla, hlo = fix(KSI_HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER_AY, UID)), (2, FUNERAL["id"]), (3, 1767780000),
               (4, [(1, L(FUNERAL_FIX[0], PRECISE)), (2, L(FUNERAL_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, L(61, DEV))], "", lab)
    rcpt = at_path(case(f, f"{a}/v1/ledger/{MEMBER_AY}/receipts", headers=_h(rng, **b),
                        query={"afe": "2026"}), MEMBER_AY, UID)
    return [
        case(f, f"{a}/v1/akwan/kyerew", headers=_h(rng), body={
            "din": L(f"{FIRST} {LAST}", NAMEC), "fon_noma": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ahintasem": L("Nyame-dua#91", CRED),
            "awoda": L(DOB, BIRTH), "efie": {"baabi": L(KSI_HOME["line"], ADDR),
                                             "kurow": L("Kumasi", COARSE),
                                             "gps": L(KSI_HOME["gps"], ADDR)},
            "kunu": {"din": L(HUSBAND[0], NAMEC), "fon_noma": L(HUSBAND[1], TEL)},
            "abusua": L("Oyoko", SENS), "kasa": L("tw", DEV)}),
        case(f, f"{a}/v1/akwan/bra", fmt="form", headers=_h(rng), body={
            "fon_noma": L(E164, TEL), "ahintasem": L("Nyame-dua#91", CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ayie", headers=_h(rng, **b), query={
            "kurow": L("Kumasi", COARSE), "abusua": L("Oyoko", SENS), "page": "1"}),
        case(f, f"{a}/v1/ayie/{FUNERAL['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/nsawa", headers=_h(rng, **b), body={
            "ayie": FUNERAL["id"], "owufo": DECEASED, "din": L(f"{FIRST} {LAST}", NAMEC),
            "sika": L(500, BUY), "currency": "GHS", "kwan": "momo",
            "momo": L(MOMO, TEL), "abusua_noma": L(MEMBER_AY, UID),
            "nkra": L("Due, due. Kwabena ne me ka yen ho", TEXT), "ref": rid(rng)}),
        case(f, f"{a}/v1/nsawa/confirm", fmt="form", headers=_h(rng, **b), body={
            "otp": L("318204", CRED), "momo": L(MOMO, TEL), "sika": L("500.00", BUY)}),
        case(f, f"{a}/v1/ayie/{FUNERAL['id']}/programme", headers=_h(rng, **b),
             query={"kasa": L("tw", DEV)}),
        case(f, f"{a}/v1/ayie/{FUNERAL['id']}/attend", headers=_h(rng, **b), body={
            "baabi": {"lat": fla, "lng": flo}, "mmere": "2026-01-10T10:42:11Z",
            "nnipa": 3, "abusua_noma": L(MEMBER_AY, UID)}),
        raw(f, f"{a}/v1/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/dues", headers=_h(rng, **b), body={
            "abusua_noma": L(MEMBER_AY, UID), "afe": 2026, "sika": L(120, BUY),
            "kwan": "card", "card_last4": L("4242", PAY)}),
        case(f, f"{a}/v1/nkra", headers=_h(rng, **b), body={
            "to": "abusua_group", "nkra": L(
                "Maame Akosua, mepa wo kyew frɛ me 0208812740 ansa na yɛakɔ",
                f"{TEXT}|{NAMEC}|{TEL}"), "ref": rid(rng)}),
        case(f, f"{a}/v1/aboa_boa", headers=_h(rng, **b), body={
            "din": L(MOTHER_IN_LAW[0], NAMEC), "fon_noma": L(MOTHER_IN_LAW[1], TEL),
            "dwuma": "cooking", "ayie": FUNERAL["id"]}),
        multipart(f, f"{a}/v1/ayie/{FUNERAL['id']}/photos", [
            ("photo", "abusua.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "caption": L("Yen abusua ne Kwabena wo ayie ase", f"{TEXT}|{NAMEC}"),
                "abusua_noma": L(MEMBER_AY, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ledger", headers=_h(rng, how="none"), query={"afe": "2026"},
             cookies={"ay_sess": L(opaque(rng, "", 40), CRED), "ay_dev": L(INSTALL_ID, DID)}),
        rcpt,
        case(f, f"{a}/v1/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "abusua_noma": L(MEMBER_AY, UID), "items": [
                {"k": "nsawa_view", "ayie": FUNERAL["id"], "t": 1767779000},
                {"k": "nsawa", "sika": L(200, BUY), "t": 1767779100}]}),
        case(f, f"{a}/v1/efie", headers=_h(rng, **b), body={
            "baabi": {"lat": hla, "lng": hlo}, "gps": L(KSI_HOME["gps"], ADDR),
            "kurow": L("Kumasi", COARSE), "mantam": L("Ashanti", COARSE)}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("Opanin Kwaku ayie Bantama", SEARCH)}),
        case(f, f"{a}/v1/transport", fmt="form", headers=_h(rng, **b), body={
            "from_lat": L(f"{KSI_HOME_AT[0]:.4f}", PRECISE),
            "from_lng": L(f"{KSI_HOME_AT[1]:.4f}", PRECISE), "to": FUNERAL["id"], "seats": "3"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "tw_GH")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("nsawa_sent", 1), ev("programme_open", 2),
                ev("screen", 3, screen=L("Ledger", USAGE))]}),
        case(f, f"{a}/v1/akwan/fi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 32), CRED)}),
    ]


def ayiedi_sdks() -> list[Case]:
    rng = random.Random(14702)
    return [
        mc_batch(APP, rng, [("Nsawa Sent", {"amount": L(500, BUY)}),
                            ("Programme Viewed", {"lang": "tw"})], at=FUNERAL_FIX, nd=2,
                 locale="tw_GH"),
        mc_identify(APP, rng, {"name": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
                               "town": L("Kumasi", COARSE), "clan": L("Oyoko", SENS)}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "donation", {"funeral": FUNERAL["id"]}, revenue=500, currency="GHS",
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="funeral,cloth,kumasi"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "ledger not loaded"),
                 [cd_crumb("nav", "Ledger"), cd_crumb("net", "GET", {"status": 502})],
                 screen="LedgerActivity"),
        pt_register(APP, rng, tags={"abusua": L("Oyoko", SENS), "kurow": L("Kumasi", COARSE)},
                    lang="tw"),
        cl_wallet(APP, rng, "500", L(MOMO, TEL)),
        cy_save(APP, rng, {"analytics": True, "ads": False}),
    ]
