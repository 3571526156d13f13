"""A Harris Tweed home weaver's app "Beairt" (she weaves at home, in the loom shed by the croft
house, pieces a Stornoway mill gives out; the mill's van brings the warp and takes the woven
piece for inspection and finishing). Its API's keys are Scottish Gaelic: ``breabadair`` weaver,
``aireamh_breabadair`` weaver number, ``muileann`` mill, ``beairt`` loom, ``dluth`` warp,
``inneach`` weft, ``snath`` yarn, ``pios`` piece, ``patran`` pattern, ``slatan`` yards,
``ire_paighidh`` piece rate, ``bhan`` van, ``libhrigeadh`` delivery, ``cunntair`` counter,
``lochd`` fault, ``sgrudadh`` inspection, ``crioch`` finish, ``togail`` collection, ``cis`` tax,
``utr`` Unique Taxpayer Reference, ``cosgaisean`` expenses, ``caradh`` repair,
``duilgheadas`` problem, ``ordugh`` order, ``reic`` sale, ``ceannaiche`` buyer, with the shared
Gaelic keys: sign-up (her UTR and NI number), an OAuth password grant, ``/mise``, the work on
offer, a piece accepted, the warp delivered to her shed, a protobuf loom-counter beat, a
weaving log (msgpack), a fault photo, the piece finished for collection, its inspection,
payments by weaver number in the path, her bank, the year's Self Assessment figures (gzip), a
loom repair, a weft order, a message to the mill, a length sold to her brother-in-law in
Glasgow, a pattern search, receipts by cookie, the loom counter on her home Wi-Fi, push, events
and a refresh. Weaving apps exist (129's tais marketplace, 131's children's carpet class, 147's
kente order as a buyer): here she is an outworker paid by the piece for a mill."""

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
    JPEG,
    MAIL,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families213_kit import (
    BROTHER_IL,
    GLASGOW,
    HOME,
    MILL,
    NINO,
    SHED_AT,
    UK_ACCOUNT,
    UK_SORT,
    UTR,
    WEAVER,
    fix,
    hd,
    push,
)
from eval_families213_sdk import lr_event, lr_launch, tm_batch, tm_identify
from eval_families213_svc import bp_register, bt_eval, cc_message, mp_geocode, sg_payout
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("beairt", "Beairt", "com.example.beairt", "1.11.3", "https://api.beairt.example.com")
IID = "X-Beairt-Inneal"
PW = "Clo!Hearach2026"
NID = "personal.national_id"
PIECE = "HT-26-3381"  # the mill's piece number (a negative: the mill's work order)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gd=True, **kw)


def beairt() -> list[Case]:
    rng = random.Random(21361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, breabadair=L(WEAVER, UID), post_d=L(EMAIL, MAIL)))}
    sla, slo = fix(SHED_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WEAVER, UID)), (2, PIECE), (3, 182440), (4, 46.5), (5, 1770104400),
               (6, L(52, DEV))], "", lab)
    pays = at_path(case(f, f"{a}/api/paighidhean/{WEAVER}", headers=_h(rng, **b),
                        query={"bho": "2026-01-01"}), WEAVER, UID)
    return [
        case(f, f"{a}/api/breabadair/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL_MIXED, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED),
            "seoladh": L(HOME["line"], ADDR), "baile": L(HOME["town"], COARSE),
            "eilean": L("Harris", COARSE), "cod_puist": L(HOME["post"], COARSE),
            "aireamh_breabadair": L(WEAVER, UID), "utr": L(UTR, NID), "aireamh_ni": L(NINO, NID),
            "beairt": "hattersley_single_width"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "beairt-android"}),
        case(f, f"{a}/api/mise", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/obair", headers=_h(rng, **b), query={
            "aireamh_breabadair": L(WEAVER, UID), "muileann": MILL["id"]}),
        case(f, f"{a}/api/pios/gabhail", headers=_h(rng, **b), body={
            "pios": PIECE, "patran": "herringbone_4", "slatan": 80, "ire_paighidh": 4.20,
            "luach": L(336.00, BUY), "dluth": ["dubh", "liath"], "inneach": "liath_ghorm",
            "aireamh_breabadair": L(WEAVER, UID)}),
        case(f, f"{a}/api/bhan/libhrigeadh", headers=_h(rng, **b), body={
            "pios": PIECE, "seoladh": L(HOME["line"], ADDR),
            "seada": {"domhan_leud": sla, "domhan_fad": slo}, "uair": "2026-02-02T10:00"}),
        raw(f, f"{a}/api/beairt/cunntair", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/beairt/log", fmt="msgpack", headers=_h(rng, **b), body={
            "pios": PIECE, "slatan_an_diugh": 14, "uairean": 6, "briseadh": 3,
            "neach": L(WEAVER, UID)}),
        multipart(f, f"{a}/api/lochd/dealbh", [
            ("dealbh", "lochd.jpg", "image/jpeg", L(JPEG + b"\x2d", MEDIA)),
            ("meta", None, "application/json", {"pios": PIECE, "nota": L(
                "Snàth briste san dlùth aig 31 slat, air a chàradh", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/pios/crioch", headers=_h(rng, **b), body={
            "pios": PIECE, "slatan": 80, "cuideam_kg": 21.4,
            "togail": {"domhan_leud": L(round(SHED_AT[0], 5), PRECISE),
                       "domhan_fad": L(round(SHED_AT[1], 5), PRECISE)}}),
        case(f, f"{a}/api/sgrudadh/{PIECE}", headers=_h(rng, **b), query={
            "aireamh_breabadair": L(WEAVER, UID)}),
        pays,
        case(f, f"{a}/api/banca", headers=_h(rng, **b), body={
            "cod_seorsachaidh": L(UK_SORT, PAY), "aireamh_cunntais": L(UK_ACCOUNT, PAY),
            "ainm_cunntais": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/cis/bliadhnail", gz=True, headers=_h(rng, **b), body={
            "utr": L(UTR, NID), "aireamh_ni": L(NINO, NID), "bliadhna": "2025-26",
            "teachd_a_steach_iomlan": L(14820, BUY), "cosgaisean": L(2310, BUY),
            "pioson": 44}),
        case(f, f"{a}/api/caradh", headers=_h(rng, **b), body={
            "beairt": "hattersley_single_width",
            "duilgheadas": L("Tha an spàl a' leum às a' bheairt", TEXT),
            "fon_laimhe": L(NATIONAL, TEL), "seoladh": L(HOME["line"], ADDR)}),
        case(f, f"{a}/api/snath/ordugh", fmt="form", headers=_h(rng, **b), body={
            "snath": "inneach_liath_ghorm", "kg": "3", "suim": L("54.00", BUY),
            "modh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/teachdaireachd", headers=_h(rng, **b), body={
            "gu": MILL["id"], "teachdaireachd": L(
                "Tha Iain MacLeod (iain.macleod@example.net) ann an Glaschu ag iarraidh fad "
                "seacaid, an urrainn dhomh a reic ris?", f"{TEXT}|{NAMEC}|{MAIL}")}),
        case(f, f"{a}/api/reic/pearsanta", headers=_h(rng, **b), body={
            "ceannaiche": {"ainm": L(BROTHER_IL[0], NAMEC), "post_d": L(BROTHER_IL[2], MAIL),
                           "fon": L(BROTHER_IL[1], TEL), "seoladh": L(GLASGOW["line"], ADDR),
                           "baile": L(GLASGOW["town"], COARSE), "cod_puist": L(GLASGOW["post"],
                                                                               COARSE)},
            "slatan": 3.5, "suim": L(105, BUY), "ordugh": L("RP-0212", BUY)}),
        case(f, f"{a}/api/lorg", headers=_h(rng, **b), query={
            "lorg": L("pàtran herringbone dubh is liath", SEARCH)}),
        case(f, f"{a}/api/cuidhteasan", headers=_h(rng, how="none"), cookies={
            "bt_seisean": L(opaque(rng, "", 40), CRED), "bt_inneal": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/beairt/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip": L(LOCAL_IP, DEV),
            "cunntair": "cnt_0277"}),
        case(f, f"{a}/api/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tachartasan", gz=True, headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("pios_deiseil", 1), ev("sgrion", 2, sgrion=L("Paighidhean", USAGE))]}),
        case(f, f"{a}/api/seisean/ath_nuadhachadh", fmt="form", headers=_h(rng, how="none"),
             body={"refresh_token": L(opaque(rng, "rt_", 48), CRED),
                   "inneal": L(INSTALL_ID, DID)}),
    ]


def beairt_sdks() -> list[Case]:
    rng = random.Random(21362)
    return [
        tm_batch(APP, rng, [("Piece Accepted", {"slatan": 80}),
                            ("Piece Finished", {"luach": L(336, BUY)})], at=SHED_AT, nd=2,
                 locale="gd_GB"),
        tm_identify(APP, rng, {"eilean": L("Harris", COARSE),
                               "breabadair": L(WEAVER, UID), "muileann": MILL["id"]}),
        lr_launch(APP, rng, user=True),
        lr_event(APP, rng, "piece_done", {"pios": PIECE}),
        bt_eval(APP, rng, {"muileann": MILL["id"], "eilean": L("Harris", COARSE)}),
        bp_register(APP, rng, lang="gd", at=SHED_AT, nd=2, tags={"muileann": MILL["id"]}),
        sg_payout(APP, rng, "336.00", L(NATIONAL, TEL)),
        mp_geocode(APP, rng, MILL["name"], SEARCH),
        cc_message(APP, rng, L(f"Payment for piece {PIECE} is missing", TEXT),
                   {"aireamh_breabadair": L(WEAVER, UID)}),
    ]
