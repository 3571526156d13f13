"""Crofting app "Croitear" (the tenancy of her husband's family croft at Urgha, which she now
holds, the township's common grazings and the peat banks; its API's keys are Scottish Gaelic:
``croit`` croft, ``aireamh_croite`` croft register number, ``gabhaltas`` tenancy,
``neach_gabhail`` tenant, ``mal`` rent, ``ionaltradh`` grazing, ``baile_fearainn`` township,
``caoraich`` sheep, ``uain`` lambs, ``fang`` fank (sheep pen), ``moine`` peat,
``bruach_mhoine`` peat bank, ``oisnean`` corners, ``ceapan`` peats cut, ``aireamh_ni`` National
Insurance number, ``teachd_a_steach`` income, ``tabhartas`` grant, ``iarrtas`` application,
``teaghlach`` household, ``comataidh`` committee, ``bhot`` vote, ``feansa`` fence, ``dealbh``
photo, ``ceile`` spouse, ``mac`` son, ``aois`` age, ``fuireach`` resident, ``cleachdadh`` use,
with the shared ``ainm``, ``sloinneadh``, ``post_d``, ``fon_laimhe``, ``facal_faire``,
``seoladh``, ``baile``, ``cod_puist``, ``domhan_leud``/``domhan_fad``, ``teachdaireachd``,
``lorg``): sign-up, an OAuth password grant, ``/mise``, the croft by register number in the
path, the tenancy, the rent, the grazings, the sheep souming, a fank day with her fix, the peat
bank's corners, a peat-cutting log (msgpack), a photo of the stacked peats, a croft-house grant
(gzip; her NI number, household, health), a fence grant, the committee's meetings and a vote, a
message to the grazings clerk, her bank for support payments, payments by cookie (a base64 JSON
cookie), a search, the annual crofting census, an offline sync (JSON Lines), push, events and a
refresh. Set 97 has a sheep-flock register (a UK keeper's holding and flock mark) and sets 78
and 93 flocks and herds; Croitear is about the croft tenancy, the common grazings shares and
the peat banks, with the sheep only as a souming count."""

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
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families213_kit import (
    CROFT,
    FANK,
    HOME,
    HOME_AT,
    HUSBAND,
    NINO,
    PEAT_AT,
    SON,
    UK_ACCOUNT,
    UK_SORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import lr_launch, sb_bid, tm_batch, tm_queue
from eval_families213_svc import (
    bp_register,
    bt_eval,
    cc_message,
    mp_reverse,
    mp_telemetry,
    sg_payout,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("croitear", "Croitear", "com.example.croitear", "2.2.0",
          "https://api.croitear.example.net")
IID = "X-Croitear-Inneal"
PW = "Moine&Urgha1991"
NID = "personal.national_id"
FANK_FIX = (57.908772, -6.779488)  # her phone at the fank on the gathering day
BANK_FIX = (57.911201, -6.790311)  # her phone at the peat bank


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, gd=True, **kw)


def croitear() -> list[Case]:
    rng = random.Random(21311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, croit=L(CROFT, UID), post_d=L(EMAIL, MAIL)))}
    fla, flo = fix(FANK_FIX, 5)
    bla, blo = fix(BANK_FIX)
    page = at_path(case(f, f"{a}/v2/croitean/{CROFT}", headers=_h(rng, **b)), CROFT, UID)
    return [
        case(f, f"{a}/v2/neach_gabhail/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL_MIXED, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED),
            "seoladh": L(HOME["line"], ADDR), "baile": L(HOME["town"], COARSE),
            "cod_puist": L(HOME["post"], COARSE), "aireamh_croite": L(CROFT, UID),
            "aireamh_ni": L(NINO, NID),
            "ceile": {"ainm": L(HUSBAND[0], NAMEC), "fon_laimhe": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "croitear-android"}),
        case(f, f"{a}/v2/mise", headers=_h(rng, extra=jw)),
        page,
        case(f, f"{a}/v2/croitean/gabhaltas", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "neach_gabhail": L(f"{FIRST} {LAST}", NAMEC),
            "bho": "2019-05-28", "seorsa": "sònraichte", "heactairean": 3.2,
            "mal": L(42.00, BUY)}),
        case(f, f"{a}/v2/mal/paigheadh", fmt="form", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "suim": L("42.00", BUY), "airgead": "GBP",
            "modh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/ionaltradh", headers=_h(rng, **b), query={
            "baile_fearainn": L("Urgha", COARSE), "aireamh_croite": L(CROFT, UID)}),
        case(f, f"{a}/v2/ionaltradh/caoraich", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "caoraich": 24, "uain": 31, "coir": 1.5,
            "bliadhna": 2026}),
        case(f, f"{a}/v2/fang/latha", headers=_h(rng, **b), body={
            "fang": FANK["id"], "aite": {"domhan_leud": fla, "domhan_fad": flo},
            "fang_aite": {"domhan_leud": FANK["lat"], "domhan_fad": FANK["lon"]},
            "obair": "rùsgadh", "neach": L(CROFT, UID)}),
        case(f, f"{a}/v2/moine/bruach", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "faid_m": 18,
            "oisnean": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PEAT_AT]}),
        case(f, f"{a}/v2/moine/obair", fmt="msgpack", headers=_h(rng, **b), body={
            "latha": "2026-05-16", "ceapan": 420, "uairean": 5,
            "aite": {"domhan_leud": bla, "domhan_fad": blo}, "neach": L(CROFT, UID)}),
        multipart(f, f"{a}/v2/moine/dealbh", [
            ("dealbh", "cruach.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "fo_thiotal": L("A' chruach mhòine agam fhìn is Mhurchaidh, deiseil ron t-samhradh",
                                TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/tabhartas/taigh", gz=True, headers=_h(rng, **b), body={
            "iarrtas": obj(rng, "ia"), "aireamh_croite": L(CROFT, UID),
            "aireamh_ni": L(NINO, NID), "teachd_a_steach": 31800,
            "teaghlach": [{"ainm": L(HUSBAND[0], NAMEC), "daimh": "ceile"},
                          {"ainm": L(f"{SON['first']} {SON['last']}", NAMEC),
                           "aois": L(10, BIRTH), "daimh": "mac"}],
            "feumalachdan_slainte": L("atrial fibrillation, no heavy lifting", MED),
            "cosgais": L(68500, BUY)}),
        case(f, f"{a}/v2/tabhartas/feansa", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "faid_m": 340, "cunnradair": "ct_hebfence",
            "luach": L(4120, BUY)}),
        case(f, f"{a}/v2/comataidh/coinneamhan", headers=_h(rng, **b), query={
            "baile_fearainn": L("Urgha", COARSE), "bho": "2026-01-01"}),
        case(f, f"{a}/v2/comataidh/bhot", fmt="form", headers=_h(rng, **b), body={
            "cuspair": "feansa_ionaltraidh", "bhot": "aontaich", "aireamh_croite": L(CROFT, UID)}),
        case(f, f"{a}/v2/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "clarc_ionaltraidh",
            "teachdaireachd": L("Tha caoraich Peigi Morrison (07700 900268) air an fheansa againn "
                                "a-rithist", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/banca", headers=_h(rng, **b), body={
            "cod_seorsachaidh": L(UK_SORT, PAY), "aireamh_cunntais": L(UK_ACCOUNT, PAY),
            "ainm_cunntais": L(f"{FIRST} {LAST}", NAMEC), "aireamh_ni": L(NINO, NID)}),
        case(f, f"{a}/v2/paighidhean", headers=_h(rng, how="none"), cookies={
            "cr_seisean": L(opaque(rng, "", 40), CRED),
            "cr_roghainn": W({"croit": L(CROFT, UID), "canan": L("gd", DEV)}, "b64json")}),
        case(f, f"{a}/v2/lorg", headers=_h(rng, **b), query={
            "lorg": L("croit air mhàl Na Hearadh le taigh", SEARCH)}),
        case(f, f"{a}/v2/cunntas_bliadhnail", headers=_h(rng, **b), body={
            "aireamh_croite": L(CROFT, UID), "fuireach": True,
            "seoladh": L(HOME["line"], ADDR), "cleachdadh": ["caoraich", "mòine", "buntàta"],
            "uairean_san_t_seachdain": 9}),
        lines(f, f"{a}/v2/sioncronachadh", [
            {"op": "moine", "ceapan": 380, "neach": L(CROFT, UID)},
            {"op": "caoraich", "uain": 2, "neach": L(CROFT, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tachartasan", headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("bruach_clàraichte", 1), ev("sgrion", 2, sgrion=L("Ionaltradh", USAGE))]}),
        case(f, f"{a}/v2/seisean/ath_nuadhachadh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "inneal": L(INSTALL_ID, DID)}),
    ]


def croitear_sdks() -> list[Case]:
    rng = random.Random(21312)
    return [
        tm_batch(APP, rng, [("Peat Bank Saved", {"m": 18}), ("Vote Cast", {})],
                 at=HOME_AT, nd=3, locale="gd_GB"),
        tm_queue(APP, rng, [("Peats Logged", {"ceapan": 420}), ("Photo Queued", {})]),
        lr_launch(APP, rng, user=True),
        bt_eval(APP, rng, {"eilean": L("Harris", COARSE), "role": "tenant"}),
        bp_register(APP, rng, lang="gd", at=HOME_AT, nd=2, tags={"baile": L("Urgha", COARSE)}),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="sheep,fencing,tractor"),
        sg_payout(APP, rng, "1240.00", L(E164, TEL)),
        mp_reverse(APP, rng, PEAT_AT[0], PRECISE, nd=5),
        mp_telemetry(APP, rng, [BANK_FIX, FANK_FIX], PRECISE),
        cc_message(APP, rng, L("The census form will not accept my croft number", TEXT),
                   {"aireamh_croite": L(CROFT, UID)}),
    ]
