"""A joint-purchase ("sovmestnye pokupki") app "Khamtadaa" (khamta "together": organisers open
a purchase from a wholesaler, participants add goods, pay the price plus the organiser's share,
and collect at a pick-up point in Ulan-Ude when the lot arrives; she buys the son's felt boots and
winter clothes). Its API mixes Buryat in Latin letters with Russian loans and English: ``nere``
first name, ``familiya`` surname, ``gar_utahan`` mobile number, ``nyuusa_uge`` password,
``kod`` code, ``khoto`` city, ``khayag`` address, ``indeks`` post code, ``khabaadagsha``
participant, ``emkhidkhegshe`` organiser, ``khamtyn_abalga`` joint purchase, ``baraa`` goods,
``khemzheen`` size, ``unge`` colour, ``too`` quantity, ``sen`` price, ``dun`` total,
``emkhidkhegshyn_khubi`` organiser's share, ``zakhialga`` order, ``tulberi`` payment,
``huulshyn_durben`` last four digits, ``schet`` account, ``barimta`` receipt, ``khurgelte``
delivery, ``khuleen_abagsha`` recipient, ``abakha_gazar`` pick-up point, ``itgamzhal`` proxy,
``busaalga`` return, ``shaltagaan`` reason, ``segnelte`` rating, ``hanamzha`` remark,
``bederelge`` search, ``korzina`` basket, ``baidal`` status; ``email``, ``token``, ``id``
kept. Calls: sign-up, an SMS log-in, ``/bi``, the open purchases, a search, the order, the SBP
payment, the transfer screenshot (the bank's receipt), the order status by number in the path,
home delivery for part of it, the pick-up with her fix and its code, a proxy for her
sister-in-law, a return with her account for the refund, a review of the organiser, the basket
(msgpack), an offline sync (JSON Lines), a lot chat message, a protobuf beat, her payments by
query, receipts by cookie, a preferences cookie (base64 JSON), push and events."""

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
    PAY,
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
from eval_families264_kit import (
    BUYER,
    HUSBAND,
    PICKUP,
    PICKUP_FIX,
    RU_ACCOUNT,
    SISTER_IL,
    UU_HOME,
    UU_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families264_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families264_svc import cl_card, cl_confirm, cl_wallet, fn_eval, hs_attach, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("khamtadaa", "Khamtadaa", "com.example.khamtadaa", "5.12.0",
          "https://api.khamtadaa.example.com")
IID = "X-Khamta-Device"
ZAKH = "KH-Z-771204"  # her order in the felt-boots lot (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def khamtadaa() -> list[Case]:
    rng = random.Random(26421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, khabaadagsha=L(BUYER, UID), phone=L(E164, TEL)))}
    pla, plo = fix(PICKUP_FIX, 5)
    lot = obj(rng, "lot")
    lab: dict[str, str] = {}
    beat = pb([(1, L(BUYER, UID)), (2, lot), (3, 1765301200), (4, L(81, DEV)),
               (5, L("wifi", DEV))], "", lab)
    status = at_path(case(f, f"{a}/api/zakhialga/{ZAKH}/baidal", headers=_h(rng, **b)),
                     ZAKH, BUY)
    return [
        case(f, f"{a}/api/buridkhel", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "gar_utahan": L(E164, TEL),
            "email": L(EMAIL, MAIL), "nyuusa_uge": L("Valenki-2025!", CRED),
            "khoto": L(UU_HOME["town"], COARSE), "abakha_gazar": PICKUP["id"],
            "khabaadagsha": L(BUYER, UID), "offerta": True}),
        case(f, f"{a}/api/orokho", fmt="form", headers=_h(rng), body={
            "gar_utahan": L(E164, TEL), "kod": L("5307", CRED)}),
        case(f, f"{a}/api/bi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/khamtyn_abalga", headers=_h(rng, **b), query={
            "angilal": "khubsad_ukhibuud", "khoto": L("Ulan-Ude", COARSE), "neeltei": "1"}),
        case(f, f"{a}/api/bederelge", headers=_h(rng, **b), query={
            "q": L("valenki kids 36 with rubber sole", SEARCH), "lot": lot}),
        case(f, f"{a}/api/zakhialga", headers=_h(rng, **b), body={
            "lot": lot, "zakhialga": L(ZAKH, BUY), "khabaadagsha": L(BUYER, UID),
            "baraanuud": [{"baraa": "valenki_kids_rs", "khemzheen": "36", "unge": "grey",
                           "too": 1, "sen": 2400},
                          {"baraa": "mittens_wool", "khemzheen": "M", "unge": "blue", "too": 2,
                           "sen": 450}],
            "emkhidkhegshyn_khubi": "15%", "dun": L(4278, BUY),
            "hanamzha": L("If 36 is sold out, 37 is fine", TEXT)}),
        case(f, f"{a}/api/tulberi", fmt="form", headers=_h(rng, **b), body={
            "zakhialga": L(ZAKH, BUY), "dun": L("4278.00", BUY), "arga": "sbp",
            "gar_utahan": L(E164, TEL), "bank": "Example Bank", "huulshyn_durben": L("2345",
                                                                                     PAY)}),
        multipart(f, f"{a}/api/tulberi/barimta", [
            ("barimta", "sbp_receipt.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{PAY}")),
            ("meta", None, "application/json", {"zakhialga": L(ZAKH, BUY),
                                                "dun": L(4278, BUY)})], headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/khurgelte", headers=_h(rng, **b), body={
            "zakhialga": L(ZAKH, BUY), "khayag": L(UU_HOME["line"], ADDR),
            "khoto": L(UU_HOME["town"], COARSE), "indeks": L(UU_HOME["post"], COARSE),
            "khuleen_abagsha": {"nere": L(HUSBAND[0], NAMEC), "utahan": L(HUSBAND[1], TEL)},
            "sen": L(250, BUY)}),
        case(f, f"{a}/api/abakha", headers=_h(rng, **b), body={
            "zakhialga": L(ZAKH, BUY), "kod": L("8841", CRED),
            "gazar": {"urgereg": pla, "urtarag": plo, "nariin": 12},
            "abakha_gazar": {"id": PICKUP["id"], "urgereg": PICKUP["lat"],
                             "urtarag": PICKUP["lon"], "utahan": PICKUP["phone"]}}),
        case(f, f"{a}/api/itgamzhal", headers=_h(rng, **b), body={
            "zakhialga": L(ZAKH, BUY),
            "khun": {"nere": L(SISTER_IL[0], NAMEC), "utahan": L(SISTER_IL[1], TEL)},
            "khuchen": "2025-12-20"}),
        case(f, f"{a}/api/busaalga", headers=_h(rng, **b), body={
            "zakhialga": L(ZAKH, BUY), "baraa": "mittens_wool",
            "shaltagaan": L("The mittens came in the wrong colour, orange not blue", TEXT),
            "schet": L(RU_ACCOUNT, PAY), "bik": "048142604",
            "poluchatel": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/segnelte", fmt="form", headers=_h(rng, **b), body={
            "emkhidkhegshe": "org_tuyana_sp", "segnelte": "5",
            "hanamzha": L("Fast lot, the boots are warm, Aldar is happy", TEXT)}),
        case(f, f"{a}/api/korzina", fmt="msgpack", headers=_h(rng, **b), body={
            "khabaadagsha": L(BUYER, UID),
            "baraanuud": [{"lot": obj(rng, "lot"), "baraa": "thermo_underwear_140", "too": 1,
                           "sen": 1190},
                          {"lot": obj(rng, "lot"), "baraa": "tea_brick_250g", "too": 4,
                           "sen": 210}]}),
        lines(f, f"{a}/api/sync", [
            {"op": "view", "lot": lot, "khabaadagsha": L(BUYER, UID), "ts": 1765299001},
            {"op": "like", "baraa": "valenki_kids_rs", "khabaadagsha": L(BUYER, UID)},
            {"op": "screen", "screen": L("LotChat", USAGE), "ts": 1765299044}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lot/{lot}/chat", headers=_h(rng, **b), body={
            "zakhyaa": L("Girls, has anyone got the 36 in grey? My son measured 22.5 cm feet",
                         TEXT), "client_id": rid(rng)}),
        raw(f, f"{a}/api/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/tulberinuud", headers=_h(rng, **b), query={
            "khabaadagsha": L(BUYER, UID), "zhel": "2025"}),
        case(f, f"{a}/api/barimtanuud", headers=_h(rng, how="none"), cookies={
            "kh_sess": L(opaque(rng, "", 40), CRED), "kh_dev": L(INSTALL_ID, DID),
            "kh_req": rid(rng)}),
        case(f, f"{a}/api/tokhirgoo", headers=_h(rng, **b), cookies={
            "kh_prefs": W({"khabaadagsha": L(BUYER, UID), "khelen": L("ru", DEV),
                           "abakha_gazar": PICKUP["id"], "hemzheen_ukhibuun": "36"},
                          "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("lot_joined", 1, lot=lot), ev("paid", 2, dun=L(4278, BUY)),
                ev("screen", 3, screen=L("MiniiZakhialga", USAGE))]}),
    ]


def khamtadaa_sdks() -> list[Case]:
    rng = random.Random(26422)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(4278, BUY)}),
                            ("Picked Up", {"point": PICKUP["id"]})],
                 at=PICKUP_FIX, nd=3, locale="ru_RU"),
        mc_pixel(APP, rng, "Lot Viewed", {"lot": "lot_felt_boots"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"zakhialga": L(ZAKH, BUY)}, revenue=4278.0,
                 currency="RUB", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,winter,boots"),
        cd_session(APP, rng, secs=1322),
        fn_eval(APP, rng, {"city": L("Ulan-Ude", COARSE), "role": "participant"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "4278.00", "rub"),
        cl_wallet(APP, rng, "900", L(E164, TEL)),
        mm_geocode(APP, rng, "Kommunisticheskaya 12", SEARCH, near=UU_HOME_AT, nd=2),
        hs_attach(APP, rng, L(JPEG + b"\x73", f"{MEDIA}|{PAY}"), "transfer.jpg", "image/jpeg"),
    ]

