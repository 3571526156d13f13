"""The family's cardamom drying and sales ledger "Thaus Quas Tsev" (``thaus quas`` is the
Vietnamese thao qua, cardamom, as Hmong in Lao Cai write the loan; the app records the forest
plot, each harvest, each kiln batch and each sale to a buyer's depot, and pays into a bank
account). Its API's keys are Hmong (RPA) with loans: ``npe`` first name, ``xeem`` surname (clan
name), ``xov_tooj`` phone, ``lo_zais`` password (lit. "secret word"), ``hnub_yug`` birth date,
``chaw_nyob`` address, ``zos`` village, ``nroog`` town, ``xeev`` province, ``txiv`` husband,
``lej_neeg_cog`` grower number, ``teb`` field, ``ces_kaum`` corners, ``khaws`` harvest,
``hnyav`` weight, ``ziab`` drying, ``taws`` firewood, ``kub`` heat, ``muag`` sale, ``nqi``
price, ``tag_nrho`` total, ``them_nyiaj`` payment, ``tais_khoas`` account (Vietnamese tai khoan),
``tsev_txhab_nyiaj`` bank, ``qiv_nyiaj`` advance (lit. "borrow money"), ``vim li cas`` ->
``vim`` reason, ``lus`` message, ``nrhiav`` search, ``duab`` photo, ``sau_tseg`` note,
``huab_cua`` weather, ``ceeb_toom`` alert, ``tawm`` log out. Calls: sign-up, log-in, ``/kuv``,
the plot's corners, a harvest with her fix at the kiln, a kiln batch (msgpack), the kiln sensor's
beat (protobuf), depot prices, depots near their house, a sale, the payout account, an advance,
payouts by grower number in the path, the scale slip's photo, an offline sync (JSON Lines), a
search, a message to the buyer, the frost forecast, a price alert, receipts by cookie, push,
events and a log-out. No earlier set has cardamom (a docstring grep found none); crop
cooperatives exist (coffee, vanilla, tea), so this is a household's own drying ledger selling to
private depots."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families285_kit import (
    DEPOT,
    GROWER,
    HOME,
    HOME_AT,
    HUSBAND,
    KILN_AT,
    PLOT_AT,
    TZ,
    VN_ACCOUNT,
    fix,
    hd,
    obj,
)
from eval_families285_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families285_svc import cl_wallet, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("thausquas", "Thaus Quas Tsev", "com.example.thausquas", "1.7.2",
          "https://api.thausquas.example.com")
IID = "X-TQ-Cuab-Yeej"
PW = "Thausquas!LaoChai26"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hm=True, **kw)


def thausquas() -> list[Case]:
    rng = random.Random(28501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lej_neeg_cog=L(GROWER, UID)))}
    kla, klo = fix(KILN_AT)
    batch = obj(rng, "zb")
    lab: dict[str, str] = {}
    beat = pb([(1, L(GROWER, UID)), (2, batch), (3, 1768300000),
               (4, [(1, 58.5), (2, 61.0), (3, 57.25)]), (5, L(63, DEV))], "", lab)
    payouts = at_path(case(f, f"{a}/api/v1/neeg_cog/{GROWER}/nyiaj", headers=_h(rng, **b),
                           query={"xyoo": "2025"}), GROWER, UID)
    return [
        case(f, f"{a}/api/v1/sau_npe", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "xov_tooj": L(E164, TEL), "lo_zais": L(PW, CRED), "hnub_yug": L(DOB, BIRTH),
            "chaw_nyob": L(HOME["line"], ADDR), "zos": L(HOME["area"], COARSE),
            "nroog": L(HOME["town"], COARSE), "xeev": L(HOME["region"], COARSE),
            "txiv": {"npe": L(HUSBAND[1], NAMEC), "xov_tooj": L(HUSBAND[2], TEL)},
            "lej_neeg_cog": L(GROWER, UID), "pom_zoo": True}),
        case(f, f"{a}/api/v1/nkag", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "lo_zais": L(PW, CRED), "nco_ntsoov": "1"}),
        case(f, f"{a}/api/v1/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/teb", headers=_h(rng, **b), body={
            "lej_neeg_cog": L(GROWER, UID), "hom": "thaus_quas", "hectare": 0.8,
            "ces_kaum": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in PLOT_AT],
            "hav_zoov": "hav_zoov_ntoo_loj"}),
        case(f, f"{a}/api/v1/khaws", headers=_h(rng, **b), body={
            "hnub": "2025-10-18", "hnyav_kg": 412.5, "teb": "tb_01",
            "qhov_chaw": {"lat": kla, "lng": klo, "acc": 9}, "neeg_pab": 4,
            "sau_tseg": L("Nag los tag kis, peb khaws ntxov", TEXT)}),
        case(f, f"{a}/api/v1/ziab/{batch}", fmt="msgpack", headers=_h(rng, **b), body={
            "ziab": batch, "hnyav_ntub_kg": 412.5, "taws_kab": 3, "kub": 60,
            "teev": 72, "sau_tseg": L("Hluav taws tuag ib hmos, kuv tus txiv rov taws dua",
                                      TEXT), "lej_neeg_cog": L(GROWER, UID)}),
        raw(f, f"{a}/api/v1/ziab/{batch}/sensor", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/nqi", headers=_h(rng, **b), query={
            "zos": L("Lao Chai", COARSE), "hnub": "2026-01-12", "hom": "qhuav"}),
        case(f, f"{a}/api/v1/tub_lag_luam/ze", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "25"}),
        case(f, f"{a}/api/v1/muag", headers=_h(rng, **b), body={
            "tub_lag_luam": DEPOT["id"], "tub_lag_luam_xov_tooj": DEPOT["phone"],
            "ziab": batch, "hnyav_qhuav_kg": 96.2, "nqi_ib_kg": 310000,
            "tag_nrho": L(29822000, BUY), "muag_id": L("MQ-26-00418", BUY),
            "lej_neeg_cog": L(GROWER, UID)}),
        case(f, f"{a}/api/v1/tais_khoas", fmt="form", headers=_h(rng, **b), body={
            "tus_tswv": L(f"{FIRST} {LAST}", NAMEC), "tais_khoas": L(VN_ACCOUNT, PAY),
            "tsev_txhab_nyiaj": "Example Bank Lao Cai", "lej_neeg_cog": L(GROWER, UID)}),
        case(f, f"{a}/api/v1/qiv_nyiaj", headers=_h(rng, **b), body={
            "nyiaj": L(5000000, BUY), "them_rov_qab": "2026-03-31",
            "vim": L("Yuav taws thiab yas npog rau lub caij tom ntej", TEXT),
            "tub_lag_luam": DEPOT["id"]}),
        payouts,
        multipart(f, f"{a}/api/v1/muag/MQ-26-00418/duab", [
            ("duab", "daim_ntawv_teev.jpg", "image/jpeg", L(JPEG + b"\x85", MEDIA)),
            ("meta", None, "application/json", {"muag_id": L("MQ-26-00418", BUY),
                                                "hom": "daim_ntawv_teev"})],
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "khaws", "hnyav_kg": 88.0, "hnub": "2025-10-21", "by": L(GROWER, UID)},
            {"op": "ziab_tiav", "ziab": batch, "hnyav_qhuav_kg": 96.2},
            {"op": "muag", "muag_id": L("MQ-26-00418", BUY), "tag_nrho": L(29822000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/nrhiav", headers=_h(rng, **b), query={
            "q": L("nqi thaus quas qhuav hnub no Bat Xat", SEARCH), "nplooj": "1"}),
        case(f, f"{a}/api/v1/lus", headers=_h(rng, **b), body={
            "rau": DEPOT["id"],
            "lus": L("Hnub Ob peb nqa 96 kg tuaj. Hu rau kuv tus txiv ntawm 0912018344",
                     f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/huab_cua", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "hom": "te_nag_ntxhw"}),
        case(f, f"{a}/api/v1/ceeb_toom", fmt="form", headers=_h(rng, **b), body={
            "nqi_tsawg_kawg": "320000", "hom": "qhuav", "lej_neeg_cog": L(GROWER, UID)}),
        case(f, f"{a}/api/v1/daim_ntawv", headers=_h(rng, how="none"), cookies={
            "tq_sesia": L(opaque(rng, "", 40), CRED), "tq_cuab_yeej": L(INSTALL_ID, DID),
            "tq_req": rid(rng)}),
        case(f, f"{a}/api/v1/cuab_yeej", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "cuab_yeej_id": L(INSTALL_ID, DID),
            "hom_lus": L("hmn", DEV), "sij_hawm": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "tus_siv": L(USER_ID, UID), "events": [
                ev("khaws_sau", 1), ev("muag", 2, tag_nrho=L(29822000, BUY)),
                ev("screen", 3, screen=L("ZiabQhovCub", USAGE))]}),
        case(f, f"{a}/api/v1/tawm", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cuab_yeej": L(INSTALL_ID, DID)}),
    ]


def thausquas_sdks() -> list[Case]:
    rng = random.Random(28502)
    return [
        mc_batch(APP, rng, [("Harvest Logged", {"kg": 412.5}),
                            ("Sale Recorded", {"total": L(29822000, BUY)})],
                 at=KILN_AT, nd=2, locale="hmn_VN"),
        mc_identify(APP, rng, {"zos": L("Lao Chai", COARSE), "lej_neeg_cog": L(GROWER, UID),
                               "hectare": 0.8}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "sale", {"muag_id": L("MQ-26-00418", BUY)}, revenue=29822000.0,
                 currency="VND", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farm,spice,tarpaulin"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "scale slip camera closed"),
                 [cd_crumb("nav", "Muag -> Duab"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/muag", "status": 201})],
                 screen="DuabActivity"),
        pt_register(APP, rng, lang="hmn", at=HOME_AT, nd=2,
                    tags={"zos": L("Lao Chai", COARSE), "hom": "thaus_quas"}),
        fn_eval(APP, rng, {"xeev": L("Lao Cai", COARSE), "role": "grower"}),
        cl_wallet(APP, rng, "29822000", L(E164, TEL)),
        mm_reverse(APP, rng, KILN_AT, PRECISE, nd=5),
        hs_message(APP, rng, L("Kuv daim ntawv muag MQ-26-00418 tsis tau txais nyiaj",
                               f"{TEXT}|{BUY}"), {"lej_neeg_cog": L(GROWER, UID)}),
    ]
