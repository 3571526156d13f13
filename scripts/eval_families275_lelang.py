"""A fish auction's buyer app "Lelangbale" (the Paotere auction hall, Makassar; she buys for the
family's grilled-fish stall on the ground floor of their house). Its API's keys are Buginese,
ASCII-folded, with English ``email``, ``token``, ``id``, ``lot``: ``aseng`` name, ``nomoro_hp``
mobile, ``sandi`` password, ``kartu`` buyer card, ``usaha`` business, ``onrong_usaha`` business
address, ``kota`` town, ``bale`` fish, ``wera_kg`` weight, ``tawaran`` bid, ``harga`` price,
``panjar`` deposit, ``jumella`` amount, ``rekening`` bank account, ``nota`` invoice, ``ongkos``
fee, ``lao_ri`` to, ``onrong`` place, ``keluhang`` complaint, ``pakkeda`` comment, ``pappaseng``
message, ``sappa`` search, ``parewa`` device, ``kajadiang`` events): the buyer's registration
(her KITAS and tax number), log-in, ``/iyya``, the day's catalogue, a deposit, her check-in in
the hall, a bid, a msgpack burst of re-bids, a protobuf bidding heartbeat with her fix, the won
lots by card number in the path, the invoice settled, a cold-box delivery home, a photo and a
complaint, a price alert, a search, the week's purchases, a message to the auctioneer, an
offline queue of bids (JSON Lines), push and events."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families275_kit import (
    AUCTION,
    AUCTION_FIX,
    BANK_ACCT,
    BUYER_CARD,
    HUSBAND,
    KITAS,
    MKS_HOME,
    MKS_HOME_AT,
    NPWP,
    fix,
    hd,
    obj,
    push,
)
from eval_families275_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families275_svc import cl_wallet, mm_route, mm_telemetry, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lelangbale", "Lelangbale", "com.example.lelangbale", "2.6.0",
          "https://api.lelangbale.example.com")
IID = "X-LB-Parewa"
PW = "Paotere$Bale26"
NID = "personal.national_id"
NOTA = "NT-PTR-260114-088"  # her invoice for the lots she won (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bug=True, **kw)


def lelangbale() -> list[Case]:
    rng = random.Random(27551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kartu=L(BUYER_CARD, UID), hp=L(E164, TEL)))}
    ala, alo = fix(AUCTION_FIX)
    lot1, lot2, lot3 = obj(rng, "lot", 8), obj(rng, "lot", 8), obj(rng, "lot", 8)
    lab: dict[str, str] = {}
    beat = pb([(1, L(BUYER_CARD, UID)), (2, lot1), (3, 1768341600),
               (4, [(1, L(AUCTION_FIX[0], PRECISE)), (2, L(AUCTION_FIX[1], PRECISE))]),
               (5, L(38, DEV))], "", lab)
    won = at_path(case(f, f"{a}/v1/pangelli/{BUYER_CARD}/lot", headers=_h(rng, **b),
                       query={"esso": "2026-01-14"}), BUYER_CARD, UID)
    return [
        case(f, f"{a}/v1/pangelli", headers=_h(rng), body={
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "nomoro_hp": L(E164, TEL),
            "email": L(EMAIL_MIXED, MAIL), "sandi": L(PW, CRED), "kitas": L(KITAS, NID),
            "npwp": L(NPWP, NID), "usaha": "Warung Bale Toddopuli",
            "onrong_usaha": L(MKS_HOME["line"], ADDR), "kota": L(MKS_HOME["town"], COARSE),
            "kartu": L(BUYER_CARD, UID)}),
        case(f, f"{a}/v1/tama", fmt="form", headers=_h(rng), body={
            "nomoro_hp": L(E164, TEL), "sandi": L(PW, CRED), "parewa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalog", headers=_h(rng, **b), query={
            "tpi": AUCTION["id"], "esso": "2026-01-14", "bale": "all"}),
        case(f, f"{a}/v1/panjar", fmt="form", headers=_h(rng, **b), body={
            "kartu": L(BUYER_CARD, UID), "jumella": L("3000000", BUY),
            "rekening": L(BANK_ACCT, PAY), "ref": rid(rng)}),
        case(f, f"{a}/v1/lettu", headers=_h(rng, **b), body={
            "tpi": AUCTION["id"], "onrong": {"lat": ala, "lng": alo, "akurasi": 14},
            "tpi_onrong": {"lat": AUCTION["lat"], "lng": AUCTION["lon"]},
            "kartu": L(BUYER_CARD, UID)}),
        case(f, f"{a}/v1/tawaran", headers=_h(rng, **b), body={
            "lot": lot1, "bale": "cakalang", "wera_kg": 40, "tawaran_per_kg": L(28000, BUY),
            "kartu": L(BUYER_CARD, UID), "nonce": rid(rng)}),
        case(f, f"{a}/v1/tawaran/burst", fmt="msgpack", headers=_h(rng, **b), body={
            "kartu": L(BUYER_CARD, UID), "tawaran": [
                {"lot": lot2, "harga": L(41000, BUY)}, {"lot": lot2, "harga": L(42500, BUY)},
                {"lot": lot3, "harga": L(36000, BUY)}]}),
        raw(f, f"{a}/v1/tawaran/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        won,
        case(f, f"{a}/v1/nota/bayara", fmt="form", headers=_h(rng, **b), body={
            "nota": L(NOTA, BUY), "jumella": L("2285000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/pakkiring", headers=_h(rng, **b), body={
            "nota": L(NOTA, BUY), "kotak_es": 2,
            "lao_ri": {"aseng": L(HUSBAND[0], NAMEC), "nomoro_hp": L(HUSBAND[1], TEL),
                       "onrong": L(MKS_HOME["line"], ADDR),
                       "lat": L(f"{MKS_HOME_AT[0]:.5f}", PRECISE),
                       "lng": L(f"{MKS_HOME_AT[1]:.5f}", PRECISE)},
            "ongkos": L(45000, BUY)}),
        multipart(f, f"{a}/v1/keluhang/gambara", [
            ("gambara", "baronang.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "nota": L(NOTA, BUY), "pakkeda": L("Matanna bale maputi, de' nasegara", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/keluhang", headers=_h(rng, **b), body={
            "nota": L(NOTA, BUY), "lot": lot3,
            "keluhang": L("Baronang lot iyae mabau, de' nasegara. Melo'ka ripasule.", TEXT)}),
        case(f, f"{a}/v1/alert", headers=_h(rng, **b), body={
            "bale": ["cakalang", "baronang", "katamba"], "harga_maksimal": 30000,
            "kartu": L(BUYER_CARD, UID)}),
        case(f, f"{a}/v1/sappa", headers=_h(rng, **b), query={
            "sappa": L("baronang segara Paotere ele", SEARCH)}),
        case(f, f"{a}/v1/elli", headers=_h(rng, **b), query={
            "kartu": L(BUYER_CARD, UID), "mula": "2026-01-08", "lesu": "2026-01-14"}),
        case(f, f"{a}/v1/pappaseng", headers=_h(rng, **b), body={
            "lao_ri": "juru_lelang_04",
            "pappaseng": L("Lot 14 tahang jolo', lakkaiku Andi Ridwan Pananrangi engka ri "
                           "pintu dua", f"{TEXT}|{NAMEC}")}),
        lines(f, f"{a}/v1/antrian", [
            {"op": "tawaran", "lot": lot1, "harga": L(28500, BUY), "kartu": L(BUYER_CARD, UID),
             "wettu": 1768341660},
            {"op": "onrong", "lat": L(round(AUCTION_FIX[0], 4), PRECISE),
             "lng": L(round(AUCTION_FIX[1], 4), PRECISE), "wettu": 1768341700}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/parewa", headers=_h(rng, **b), body=push(push_token(rng), "id_ID")),
        case(f, f"{a}/v1/kajadiang", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("tawaran", 1, lot=lot1), ev("screen", 2, screen=L("LotLive", USAGE)),
                ev("nota_bayara", 3, jumella=L(2285000, BUY))]}),
    ]


def lelangbale_sdks() -> list[Case]:
    rng = random.Random(27552)
    return [
        mc_batch(APP, rng, [("Bid Placed", {"fish": "cakalang"}),
                            ("Invoice Paid", {"total": L(2285000, BUY)})],
                 at=AUCTION_FIX, nd=3, locale="id_ID"),
        mc_queue(APP, rng, [("Bid Queued", {"lot": "queued"}), ("Hall Entered", {})]),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"nota": L(NOTA, BUY)}, revenue=2285000.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=AUCTION_FIX, nd=2,
               keywords="ikan,lelang,makassar"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/tawaran"),
                 [cd_crumb("nav", "Katalog -> LotLive"), cd_crumb("tap", "bid_button")],
                 screen="LotLiveActivity"),
        pt_register(APP, rng, lang="id", at=MKS_HOME_AT, nd=2,
                    tags={"tpi": AUCTION["id"], "bale": "cakalang"}),
        cl_wallet(APP, rng, "3000000", L(E164, TEL)),
        mm_route(APP, rng, [(MKS_HOME_AT, PRECISE), ((AUCTION["lat"], AUCTION["lon"]), None)]),
        mm_telemetry(APP, rng, [AUCTION_FIX, MKS_HOME_AT], PRECISE),
    ]
