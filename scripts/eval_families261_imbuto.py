"""Farm-input e-voucher wallet "Imbuto" (``imbuto`` seed: a fictional agro-input voucher scheme
run with agro-dealers around Kasama; she holds the wallet for the family's maize field that her
mother-in-law farms). Keys Bemba in ASCII with the English words such APIs keep: ``ishina``
name, ``ishina_lyalupwa`` surname, ``foni`` phone, ``icikwama`` wallet, ``ifyashala`` balance
(lit. "what remains"), ``ukubika`` deposit, ``ukushita`` purchase (redemption), ``indalama``
amount, ``ibala`` field, ``amataba`` maize, ``umufundo`` fertiliser, ``umushi`` village,
``itauni`` town, ``ishitiriki`` district, ``provinsi`` province, ``ukutuma`` send, ``ikodi``
code, ``ubukombe`` message, ``ukufwaya`` search, ``incende`` place, ``icipasi`` card, ``ifyacitika``
events. Calls: sign-up with her spouse permit, an SMS code, ``/nebo``, the field's boundary, the
balance by wallet number in the path, her deposit from her bank account, dealers near the
family plot (2 decimals), a redemption at the depot with her card and PIN, the check-in at the
depot, a protobuf field visit, a msgpack receipt, a fall-armyworm report with a photo, the
statement, value sent to her mother-in-law, an offline field log (JSON Lines), a search, a
message to the dealer naming her husband, the card linked (base64 JSON in a form field), the
weather for the field, a statement by cookie, push and events."""

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
from eval_families261_kit import (
    CARD_NO,
    DEPOT,
    DEPOT_FIX,
    FIELD_AT,
    FIELD_FIX,
    HUSBAND,
    KS_PLOT_AT,
    MOTHER_IL,
    PERMIT,
    WALLET,
    ZM_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families261_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families261_svc import (
    cl_wallet,
    fn_eval,
    hs_message,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("imbuto", "Imbuto", "com.example.imbuto", "1.9.0", "https://api.imbuto.example.net")
IID = "X-Imbuto-Device"
NID = "personal.national_id"
PIN = "3917"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, bem=True, **kw)


def imbuto() -> list[Case]:
    rng = random.Random(26111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, icikwama=L(WALLET, UID), foni=L(E164, TEL)))}
    dla, dlo = fix(DEPOT_FIX, 4)
    lab: dict[str, str] = {}
    visit = pb([(1, L(WALLET, UID)), (2, 1765708200),
                (3, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 6.0)]),
                (4, "amataba"), (5, L(52, DEV))], "", lab)
    bal = at_path(case(f, f"{a}/v1/icikwama/{WALLET}/ifyashala", headers=_h(rng, **b)),
                  WALLET, UID)
    return [
        case(f, f"{a}/v1/ukulembesha", headers=_h(rng), body={
            "ishina": L(FIRST, NAMEC), "ishina_lyalupwa": L(LAST, NAMEC),
            "foni": L(E164, TEL), "permit": L(PERMIT, NID), "icikwama": L(WALLET, UID),
            "umushi": L("Mulilansolo", COARSE), "itauni": L("Kasama", COARSE),
            "ishitiriki": L("Kasama", COARSE), "provinsi": L("Northern", COARSE),
            "cooperative": "coop_tubombe_pamo", "ulupwa": 4}),
        case(f, f"{a}/v1/ikodi/ukushininkisha", fmt="form", headers=_h(rng), body={
            "foni": L(E164, TEL), "ikodi": L("508132", CRED)}),
        case(f, f"{a}/v1/nebo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ibala", headers=_h(rng, **b), body={
            "icikwama": L(WALLET, UID), "ifyabyalwa": "amataba", "hekta": 1.2,
            "imipaka": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_AT]}),
        bal,
        case(f, f"{a}/v1/ukubika", headers=_h(rng, **b), body={
            "icikwama": L(WALLET, UID), "indalama": L(400, BUY), "ndalama": "ZMW",
            "ukufuma_ku_bank": {"account": L(ZM_ACCOUNT, PAY), "bank": "bk_kitwe_01"},
            "reference": rid(rng)}),
        case(f, f"{a}/v1/ba_dealer/apepi", headers=_h(rng, **b), query={
            "lat": L(f"{KS_PLOT_AT[0]:.2f}", COARSE), "lng": L(f"{KS_PLOT_AT[1]:.2f}", COARSE),
            "ifintu": "umufundo"}),
        case(f, f"{a}/v1/ba_dealer/{DEPOT['id']}/ifintu", headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukushita", headers=_h(rng, **b), body={
            "dealer": DEPOT["id"], "icikwama": L(WALLET, UID),
            "ifintu": [{"ishina": "D-compound 50kg", "amasaka": 4, "umutengo": 780},
                       {"ishina": "Urea 50kg", "amasaka": 4, "umutengo": 820},
                       {"ishina": "imbuto ya amataba SC513 10kg", "amasaka": 1,
                        "umutengo": 560}],
            "indalama": L(6960, BUY), "icipasi": L(CARD_NO, PAY), "pin": L(PIN, CRED)}),
        case(f, f"{a}/v1/ukushita/ukufika", headers=_h(rng, **b), body={
            "dealer": DEPOT["id"], "incende": {"lat": dla, "lng": dlo},
            "incende_ya_dealer": {"lat": DEPOT["lat"], "lng": DEPOT["lon"]},
            "till": "till_03"}),
        raw(f, f"{a}/v1/ibala/ukutandalila", visit, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/risiti", fmt="msgpack", headers=_h(rng, **b), body={
            "risiti": L("RS-KSM-0091827", BUY), "indalama": L(6960, BUY),
            "icikwama": L(WALLET, UID), "dealer": DEPOT["id"], "ifintu": 3}),
        multipart(f, f"{a}/v1/ifishiko/ukulanda", [
            ("icikope", "fall_armyworm.jpg", "image/jpeg", L(JPEG + b"\x22", MEDIA)),
            ("meta", None, "application/json", {
                "ubukombe": L("Utushishi twalya amataba mu mutande wa cibili, fingi nga nshi",
                              TEXT),
                "icikwama": L(WALLET, UID), "ibala": obj(rng, "fd")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/amalipilo", headers=_h(rng, **b), query={
            "icikwama": L(WALLET, UID), "ukufuma": "2025-10-01", "ukufika": "2025-12-31"}),
        case(f, f"{a}/v1/ukutuma", headers=_h(rng, **b), body={
            "ku": {"ishina": L(MOTHER_IL[0], NAMEC), "foni": L(MOTHER_IL[1], TEL)},
            "indalama": L(300, BUY), "icikwama": L(WALLET, UID),
            "ubukombe": L("Bamayo, ulu ni ulwa kukwatilako ababomfi ba mu bala", TEXT)}),
        lines(f, f"{a}/v1/ibala/ifyalembwa", [
            {"ubushiku": "2025-11-28", "icalembwa": "ukubyala", "icikwama": L(WALLET, UID),
             "lat": L(FIELD_FIX[0], PRECISE), "lng": L(FIELD_FIX[1], PRECISE)},
            {"ubushiku": "2025-12-06", "icalembwa": "imfula_mm", "value": 34.5,
             "icikwama": L(WALLET, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/ukufwaya", headers=_h(rng, **b), query={
            "q": L("umufundo wa urea ku Kasama", SEARCH)}),
        case(f, f"{a}/v1/ilyashi", headers=_h(rng, **b), body={
            "ku": DEPOT["id"],
            "ubukombe": L("Ndeisa ne mulume wandi Bwalya Mulenga mailo, foni yakwe ni "
                          "+260977018244", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/icipasi/ukukaka", fmt="form", headers=_h(rng, **b), body={
            "data": W({"icipasi": L(CARD_NO, PAY), "icikwama": L(WALLET, UID),
                       "permit": L(PERMIT, NID)}, "b64json"), "v": "2"}),
        case(f, f"{a}/v1/imfula", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.3f}", PRECISE), "lng": L(f"{FIELD_FIX[1]:.3f}", PRECISE),
            "inshiku": "7"}),
        case(f, f"{a}/v1/amalipilo/statement", headers=_h(rng, how="none"), cookies={
            "imb_sid": L(opaque(rng, "", 40), CRED), "imb_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/icibombelo", headers=_h(rng, **b), body=push(push_token(rng), "bem_ZM")),
        case(f, f"{a}/v1/ifyacitika", gz=True, headers=_h(rng, **b), body={
            "umwina": L(USER_ID, UID), "ifyacitika": [
                ev("ukushita", 1, indalama=L(6960, BUY)),
                ev("screen", 2, screen=L("Ifyashala", USAGE))]}),
        case(f, f"{a}/v1/ukufuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def imbuto_sdks() -> list[Case]:
    rng = random.Random(26112)
    return [
        mc_batch(APP, rng, [("Voucher Redeemed", {"total": L(6960, BUY)}),
                            ("Balance Viewed", {})], locale="bem_ZM"),
        mc_queue(APP, rng, [("Field Visit", {"crop": "maize"}),
                            ("Pest Reported", {"pest": "fall_armyworm"})]),
        tn_launch(APP, rng, user=True),
        cd_session(APP, rng, secs=388),
        fn_eval(APP, rng, {"provinsi": L("Northern", COARSE), "scheme": "maize_25"}, hdr=True),
        pt_register(APP, rng, lang="bem", at=FIELD_FIX, nd=2,
                    tags={"ishitiriki": L("Kasama", COARSE), "crop": "maize"}),
        cl_wallet(APP, rng, "300", L(HUSBAND[1], TEL)),
        mm_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        mm_geocode(APP, rng, "Kasama Agro Inputs Depot", SEARCH, near=KS_PLOT_AT, nd=2),
        hs_message(APP, rng, L("Ifyashala mu cikwama tafilelanga bwino pa foni", TEXT), {"icikwama": L(WALLET, UID)}),
    ]
