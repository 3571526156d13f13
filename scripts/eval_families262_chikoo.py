"""A chikoo (sapota) growers' co-operative app "Chikoowadi" (a Gandevi fruit growers' mandali:
members deliver crates to its pack-house, the fruit is weighed and graded, the day's rate is
paid into the member's bank account, advances and fertiliser are given on credit). The family's
orchard at Amalsad stands in her mother-in-law's name; she keeps its account since the
father-in-law died. Its API's keys are Gujarati in Latin letters, camelCase (``naam`` name,
``atak`` surname, ``mobileNo``, ``utpadakNo`` grower number, ``sahMalik`` co-owner, ``gaam``
village, ``taluko``, ``jillo`` district, ``vadi`` orchard, ``seema`` boundary, ``vruksh`` trees,
``kapni`` harvest, ``peti`` crate, ``vajan`` weight, ``darajjo`` grade, ``bhav`` rate, ``rakam``
amount, ``upad`` advance, ``khatuNo`` account number, ``khatar`` fertiliser, ``udhar`` credit,
``majur`` labourers, ``chitthi`` weighbridge slip, ``hisab`` statement, ``sandesh`` message,
``sthal`` place, ``aksh``/``rekh`` latitude/longitude): sign-up with her PAN and the co-owner,
the OTP, ``/maru``, the orchard's boundary, the harvest with her fix, a crate delivery, the
day's rates, the slip by number in the path, an advance into her account, payouts, fertiliser
on credit (msgpack), a pest photo, a tally queued offline (JSON Lines), a protobuf crate count,
a message to the secretary, the bank details with a cheque photo, KYC (base64 JSON in a form
field), the statement by cookie, the dividend, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
from eval_families262_kit import (
    GROWER,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    MOTHER_IL,
    OCI,
    PACKHOUSE,
    PAN,
    WADI_AT,
    WADI_FIX,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families262_sdk import bk_bid, bk_notice, md_batch, md_identify, tt_event, tt_launch
from eval_families262_svc import fj_eval, ht_message, mp_geocode, pc_wallet, pu_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("chikoowadi", "Chikoowadi", "com.example.chikoowadi", "1.8.5",
          "https://api.chikoowadi.example.net")
IID = "X-Chikoo-Upkaran"
NID = "personal.national_id"
SLIP = "CH-251214-0457"  # the weighbridge slip of her delivery (her sale: financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, gu=True, **kw)


def chikoowadi() -> list[Case]:
    rng = random.Random(26221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, utpadakNo=L(GROWER, UID), mobileNo=L(E164, TEL)))}
    wla, wlo = fix(WADI_FIX)
    lab: dict[str, str] = {}
    tally = pb([(1, L(GROWER, UID)), (2, 1765700000), (3, 38), (4, 912.5),
                (5, [(1, L(WADI_FIX[0], PRECISE)), (2, L(WADI_FIX[1], PRECISE))]),
                (6, "1.8.5"), (7, L(27375, BUY))], "", lab)
    slip = at_path(case(f, f"{a}/v2/chitthi/{SLIP}", headers=_h(rng, **b)), SLIP, BUY)
    return [
        case(f, f"{a}/v2/sabhya/nondhani", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "atak": L(LAST, NAMEC), "mobileNo": L(E164, TEL),
            "email": L(EMAIL, MAIL), "pan": L(PAN, NID), "utpadakNo": L(GROWER, UID),
            "sahMalik": {"naam": L(MOTHER_IL[0], NAMEC), "mobileNo": L(MOTHER_IL[1], TEL),
                         "sambandh": "sasu"},
            "gaam": L("Amalsad", COARSE), "taluko": L("Gandevi", COARSE),
            "jillo": L("Navsari", COARSE), "mandali": PACKHOUSE["id"]}),
        case(f, f"{a}/v2/otp/chakaso", fmt="form", headers=_h(rng), body={
            "mobileNo": L(E164, TEL), "otp": L("508213", CRED)}),
        case(f, f"{a}/v2/maru", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vadi", headers=_h(rng, **b), body={
            "utpadakNo": L(GROWER, UID), "jat": "Kalipatti", "vruksh": 140, "vigha": 6,
            "seema": [{"aksh": L(la, PRECISE), "rekh": L(lo, PRECISE)} for la, lo in WADI_AT]}),
        case(f, f"{a}/v2/kapni", headers=_h(rng, **b), body={
            "tarikh": "2025-12-14", "peti": 38, "majur": 5, "haar": "h7",
            "sthal": {"aksh": wla, "rekh": wlo, "chokasai": 9}}),
        case(f, f"{a}/v2/peti/jama", headers=_h(rng, **b), body={
            "utpadakNo": L(GROWER, UID), "chitthi": L(SLIP, BUY), "peti": 38,
            "vajan": 912.5, "darajjo": {"A": 24, "B": 11, "C": 3},
            "rakam": L(27375, BUY), "packhouse": {"id": PACKHOUSE["id"],
                                                  "aksh": PACKHOUSE["lat"],
                                                  "rekh": PACKHOUSE["lon"]}}),
        case(f, f"{a}/v2/bhav", headers=_h(rng, **b), query={
            "tarikh": "2025-12-14", "bajar": "gandevi", "fal": "chikoo"}),
        slip,
        case(f, f"{a}/v2/upad", headers=_h(rng, **b), body={
            "utpadakNo": L(GROWER, UID), "rakam": L(15000, BUY), "khatuNo": L(IN_ACCOUNT, PAY),
            "ifsc": IFSC, "karan": L("Majur ni majuri ane davani chhantkav mate", TEXT)}),
        case(f, f"{a}/v2/chukavani", headers=_h(rng, **b), query={
            "utpadakNo": L(GROWER, UID), "thi": "2025-11-01", "sudhi": "2025-12-31"}),
        case(f, f"{a}/v2/khatar/udhar", fmt="msgpack", headers=_h(rng, **b), body={
            "utpadakNo": L(GROWER, UID),
            "vastu": [{"naam": "NPK 19:19:19", "thela": 4, "kimat": 1450},
                      {"naam": "neem khol", "thela": 6, "kimat": 620}],
            "rakam": L(9520, BUY), "order": obj(rng, "kh")}),
        multipart(f, f"{a}/v2/rog/photo", [
            ("photo", "chikoo_borer.jpg", "image/jpeg", L(JPEG + b"\x72", MEDIA)),
            ("meta", None, "application/json", {
                "utpadakNo": L(GROWER, UID),
                "sandesh": L("Phal ma kida dekhay che, hajar vruksh ma thi 20 ma", TEXT)})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/v2/sync", [
            {"op": "kapni", "peti": 12, "hr": "h7", "aksh": L(round(WADI_FIX[0], 5), PRECISE),
             "rekh": L(round(WADI_FIX[1], 5), PRECISE), "t": 1765690000},
            {"op": "kapni", "peti": 26, "hr": "h8", "t": 1765697200},
            {"op": "majuri", "majur": 5, "rakam": L(2500, BUY), "t": 1765699000}],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/peti/ganatri", tally, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/sandesh", headers=_h(rng, **b), body={
            "kone": "mantri",
            "sandesh": L(f"Kale peti levane mara pati {HUSBAND[0]} aavshe, teno number "
                         f"{HUSBAND[1]} che", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/v2/bank", [
            ("cheque", "cancelled_cheque.jpg", "image/jpeg", L(JPEG + b"\x73", f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {
                "khatuNo": L(IN_ACCOUNT, PAY), "ifsc": IFSC,
                "khatedar": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kyc", fmt="form", headers=_h(rng, **b), body={
            "data": W({"pan": L(PAN, NID), "oci": L(OCI, NID), "utpadakNo": L(GROWER, UID)},
                      "b64json"), "v": "2"}),
        case(f, f"{a}/v2/hisab/varshik", headers=_h(rng, how="none"), cookies={
            "cw_sesh": L(opaque(rng, "", 40), CRED), "cw_upkaran": L(INSTALL_ID, DID),
            "cw_req": rid(rng)}, query={"varsh": "2025"}),
        case(f, f"{a}/v2/dividend", headers=_h(rng, **b), query={
            "utpadakNo": L(GROWER, UID), "varsh": "2024-25"}),
        case(f, f"{a}/v2/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/v2/ghatna", headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "ghatnao": [
                ev("peti_jama", 1), ev("screen", 2, screen=L("Bhav", USAGE)),
                ev("upad_request", 3, rakam=L(15000, BUY))]}),
        case(f, f"{a}/v2/bahar", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "upkaran": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV)}),
    ]


def chikoowadi_sdks() -> list[Case]:
    rng = random.Random(26222)
    return [
        md_batch(APP, rng, [("Crates Delivered", {"peti": 38, "rakam": L(27375, BUY)}),
                            ("Rates Viewed", {"fal": "chikoo"})], at=WADI_FIX, nd=2),
        md_identify(APP, rng, {"gaam": L("Amalsad", COARSE), "utpadakNo": L(GROWER, UID),
                               "vruksh": 140}),
        tt_launch(APP, rng, first=True),
        tt_event(APP, rng, "sale", {"chitthi": L(SLIP, BUY)}, revenue=27375.0, currency="INR"),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=WADI_FIX, nd=2,
               keywords="agri,fertiliser,tractor"),
        bk_notice(APP, rng, "win"),
        fj_eval(APP, rng, {"mandali": PACKHOUSE["id"], "taluko": L("Gandevi", COARSE)}),
        pu_register(APP, rng, lang="gu", at=WADI_FIX, nd=2,
                    tags={"taluko": L("Gandevi", COARSE), "fal": "chikoo"}),
        pc_wallet(APP, rng, "15000", L(E164, TEL)),
        mp_geocode(APP, rng, "Gandevi mandali pack house", "behavior.search", near=WADI_FIX,
                   nd=3),
        ht_message(APP, rng, L(f"Chitthi {SLIP} no paisa haju aavya nathi", f"{TEXT}|{BUY}"),
                   {"utpadakNo": L(GROWER, UID)}),
    ]
