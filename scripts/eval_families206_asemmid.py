"""Midelt apple cold-store app "Asemmid" (asemmid "cold"; the family's orchard near Midelt sends
its apples to a cold store that rents space by the crate and releases them for sale in spring;
she keeps the family's grower account). Its API's keys are Central Atlas Tamazight in Latin
letters as a local developer writes them (no special letters): ``isem`` first name,
``isem_n_twacult`` family name, ``imayl`` e-mail, ``tilifun`` phone, ``awal_uffir`` password (lit.
"hidden word"), ``uttun_n_tanttit`` identity number, ``tansa`` address, ``tamdint`` town,
``aduwar`` village, ``tamnadt`` region, ``argaz`` husband, ``anessemres`` user, ``urti`` orchard,
``tilisa`` boundary, ``tamegra`` harvest, ``tteffah`` apples, ``isnduqn`` crates, ``taxxamt``
chamber, ``asekchem`` bringing in, ``asuffegh`` taking out, ``azal`` amount / price, ``axelles``
payment, ``abruri`` hail, ``tawlaft`` photo, ``awal`` remark, ``tabrat`` message, ``anadi``
search, ``adeg`` place, ``ass`` day, ``tazayt`` weight, ``imawlan`` family (kin), ``tidyanin``
events, ``nekk`` me, ``ajerred`` registration, ``tuqqna`` log-in, ``ffegh`` log-out.
Other keys: ``tiwtilin`` terms, ``cfu_fell_i`` remember me,
``ixeddamn`` workers, ``azal_n_usnduq_i_wayyur`` price per crate per month, ``azal_amezwaru``
first (deposit) amount, ``tismitin``/``tasmit`` grades/grade, ``ixessan`` missing, ``tadrimt``
currency, ``bab_n_lhisab`` account holder, ``lhisab`` account, ``amsagh`` buyer, ``amsnqel``
transporter, ``ansa`` where, ``ukkuz_ineggura`` last four, ``izerfan`` rights, ``tasna`` screen,
``ussan`` days, ``asggas`` year, ``tifaturin``/``fatura`` invoices/invoice, ``allal`` device,
``lkamyu`` lorry, ``lbank`` bank, ``sesyu`` session (the last ones French or Arabic loans as
spoken). Earlier sets have an olive harvest, a kiwifruit picking roster and an orchard selling
to packing houses that bid (docstring grep); none has a cold store renting crate space ("cold
store", "cold storage" matched nothing): she rents space, grades, releases and pays rent."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families206_kit import (
    BROTHER_IL,
    COLD_FIX,
    COLDSTORE,
    GROWER,
    HOME,
    HUSBAND,
    MA_RIB,
    MOTHER_IL,
    ORCHARD_AT,
    ORCHARD_FIX,
    RES_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families206_sdk import (
    bt_bid,
    bt_notice,
    ca_crash,
    ca_crumb,
    sz_batch,
    sz_identify,
    ta_event,
    ta_launch,
)
from eval_families206_svc import ha_message, mi_reverse, pf_register, pm_card, pm_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("asemmid", "Asemmid", "com.example.asemmid", "3.1.0", "https://api.asemmid.example.com")
IID = "X-Asemmid-Allal"
PW = "Tteffah!Midelt25"
NID = "personal.national_id"
BROTHER_CIN = "UC31244"  # her brother-in-law's CIN (letters guessed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tz=True, **kw)


def asemmid() -> list[Case]:
    rng = random.Random(20601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), anessemres=L(GROWER, UID)))}
    cla, clo = fix(COLD_FIX)
    ola, olo = fix(ORCHARD_FIX)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    beat = pb([(1, L(GROWER, UID)), (2, lot), (3, 1764900000),
               (4, [(1, L(COLD_FIX[0], PRECISE)), (2, L(COLD_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    bills = at_path(case(f, f"{a}/api/v1/tifaturin/{GROWER}", headers=_h(rng, **b),
                         query={"asggas": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/api/v1/ajerred", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "isem_n_twacult": L(LAST, NAMEC), "imayl": L(EMAIL, MAIL),
            "tilifun": L(E164, TEL), "awal_uffir": L(PW, CRED),
            "uttun_n_tanttit": L(RES_CARD, NID), "tansa": L(HOME["line"], ADDR),
            "tamdint": L(HOME["town"], COARSE),
            "urti": {"aduwar": L("Ait Ayach", COARSE), "tamnadt": L("Draa-Tafilalet", COARSE)},
            "argaz": {"isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL),
                      "uttun_n_tanttit": L(HUSBAND[2], NID)},
            "anessemres": L(GROWER, UID), "tiwtilin": True}),
        case(f, f"{a}/api/v1/tuqqna", fmt="form", headers=_h(rng), body={
            "imayl": L(EMAIL_UPPER, MAIL), "awal_uffir": L(PW, CRED), "cfu_fell_i": "1"}),
        case(f, f"{a}/api/v1/nekk", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/urti/tilisa", headers=_h(rng, **b), body={
            "anessemres": L(GROWER, UID), "hectar": 2.1, "tawsit": "Golden Delicious",
            "tilisa": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in ORCHARD_AT]}),
        case(f, f"{a}/api/v1/tamegra", headers=_h(rng, **b), body={
            "ass": "2025-10-06", "tazayt_kg": 4800, "isnduqn": 240, "tawsit": "Golden Delicious",
            "adeg": {"lat": ola, "lng": olo}, "ixeddamn": 7}),
        case(f, f"{a}/api/v1/asekchem", headers=_h(rng, **b), body={
            "anessemres": L(GROWER, UID), "lot": lot, "isnduqn": 240, "taxxamt": "ch-04",
            "azal_n_usnduq_i_wayyur": 6.5, "azal_amezwaru": L(1560, BUY),
            "adeg": {"lat": cla, "lng": clo},
            "frigo": {"id": COLDSTORE["id"], "lat": COLDSTORE["lat"], "lng": COLDSTORE["lon"]}}),
        case(f, f"{a}/api/v1/taxxamin/ch-04/asemmid", headers=_h(rng, **b), query={
            "anessemres": L(GROWER, UID), "ussan": "7"}),
        raw(f, f"{a}/api/v1/dock/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/lot/{lot}/tismitin", fmt="msgpack", headers=_h(rng, **b), body={
            "lot": lot, "anessemres": L(GROWER, UID),
            "tismitin": [{"tasmit": "extra", "isnduqn": 96}, {"tasmit": "I", "isnduqn": 118},
                       {"tasmit": "II", "isnduqn": 26}], "ixessan": 3}),
        multipart(f, f"{a}/api/v1/abruri", [
            ("tawlaft", "abruri_urti.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {
                "anessemres": L(GROWER, UID), "adeg": {"lat": ola, "lng": olo},
                "awal": L("Abruri yewwet tiddas n tteffah ass n 14 shtenber, azgen n urti",
                          TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/asuffegh", fmt="form", headers=_h(rng, **b), body={
            "lot": lot, "isnduqn": "80", "amsagh": "gr_souk_meknes", "ass": "2026-03-02",
            "azal": L("9600.00", BUY), "anessemres": L(GROWER, UID)}),
        case(f, f"{a}/api/v1/axelles", fmt="form", headers=_h(rng, **b), body={
            "azal": L("1560.00", BUY), "tadrimt": "MAD", "fatura": L("ASM-F-25-0911", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ukkuz_ineggura": L("4444", PAY)}),
        case(f, f"{a}/api/v1/rib", headers=_h(rng, **b), body={
            "bab_n_lhisab": L(f"{FIRST} {LAST}", NAMEC), "rib": L(MA_RIB, PAY),
            "lbank": "Example Bank Maroc", "anessemres": L(GROWER, UID)}),
        bills,
        case(f, f"{a}/api/v1/lhisab", headers=_h(rng, how="none"), cookies={
            "as_sesyu": L(opaque(rng, "", 40), CRED), "as_allal": L(INSTALL_ID, DID),
            "as_req": rid(rng)}),
        case(f, f"{a}/api/v1/anadi", headers=_h(rng, **b), query={
            "anadi": L("azal n tteffah golden souk Casablanca mars", SEARCH), "tasna": "1"}),
        case(f, f"{a}/api/v1/tabrat", headers=_h(rng, **b), body={
            "i": "frigo_mdl07_mudir",
            "tabrat": L(f"Ali Amahrouq ad d-yas ad yawi 20 usnduq, tilifun nns {BROTHER_IL[1]}",
                        f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/imawlan", headers=_h(rng, **b), body={
            "anessemres": L(GROWER, UID), "imawlan": [
                {"isem": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL)},
                {"isem": L(BROTHER_IL[0], NAMEC), "tilifun": L(BROTHER_IL[1], TEL),
                 "uttun_n_tanttit": L(BROTHER_CIN, NID)}], "izerfan": ["asuffegh"]}),
        case(f, f"{a}/api/v1/lkamyu", headers=_h(rng, **b), body={
            "ansa": {"lat": ola, "lng": olo}, "ass": "2025-10-07", "isnduqn": 240,
            "azal": L(700, BUY), "amsnqel": "trans_ouled_ali", "tilifun": L(HUSBAND[1], TEL)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "scan", "lot": lot, "asnduq": "c-000913", "by": L(GROWER, UID)},
            {"op": "scan", "lot": lot, "asnduq": "c-000914", "by": L(GROWER, UID)},
            {"op": "pay", "fatura": L("ASM-F-25-0911", BUY), "azal": L(1560, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/allalen", headers=_h(rng, **b), body=push(push_token(rng), "tzm_MA")),
        case(f, f"{a}/api/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "anessemres": L(USER_ID, UID), "tidyanin": [
                ev("asekchem", 1, isnduqn=240), ev("axelles", 2, azal=L(1560, BUY)),
                ev("tasna", 3, tasna=L("Taxxamin", USAGE))]}),
        case(f, f"{a}/api/v1/ffegh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "allal": L(INSTALL_ID, DID)}),
    ]


def asemmid_sdks() -> list[Case]:
    rng = random.Random(20602)
    return [
        sz_batch(APP, rng, [("Crates Stored", {"crates": 240, "total": L(1560, BUY)}),
                            ("Release Requested", {"crates": 80})],
                 at=COLD_FIX, nd=2, locale="tzm_MA"),
        sz_identify(APP, rng, {"tamdint": L("Midelt", COARSE), "anessemres": L(GROWER, UID),
                               "isnduqn": 240}),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "storage_paid", {"fatura": L("ASM-F-25-0911", BUY)}, revenue=1560.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ORCHARD_FIX, nd=3,
               keywords="apples,orchard,tractor"),
        bt_notice(APP, rng, "win"),
        ca_crash(APP, rng, ("java.lang.IllegalStateException", "crate scanner closed"),
                 [ca_crumb("nav", "Taxxamin -> Scanner"),
                  ca_crumb("net", "POST", {"url": f"{APP.api}/api/v1/asekchem", "status": 201})],
                 screen="ScannerActivity"),
        pf_register(APP, rng, lang="tzm", at=ORCHARD_FIX, nd=2,
                    tags={"frigo": COLDSTORE["id"], "tamdint": L("Midelt", COARSE)}),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "1560.00"),
        mi_reverse(APP, rng, ORCHARD_FIX, PRECISE, nd=5),
        ha_message(APP, rng, L("Tafatura ASM-F-25-0911 tban sin tikkal", f"{TEXT}|{BUY}"),
                   {"anessemres": L(GROWER, UID)}),
    ]
