"""A village hemp-cloth and indigo cooperative app "Ntaub Maj" (``ntaub`` cloth, ``maj`` hemp: the
Ta Van cooperative hands out hemp yarn, books its indigo vats, photographs and prices each
member's wax-resist and embroidered pieces, sells them to shops and visitors and pays the
members). She joined with her mother-in-law, who weaves; she draws the wax and sews. Its API's
keys are Hmong (RPA): ``tswv_cuab`` member, ``npe`` / ``xeem`` name / surname, ``xov_tooj``
phone, ``lo_zais`` password, ``daim_npav`` card, ``zos`` village, ``neeg_qhia`` sponsor (lit.
"the one who introduces"), ``xov_maj`` hemp yarn, ``zas`` dye, ``xiav`` blue (the indigo vat),
``ciab`` wax, ``daim`` piece, ``qauv`` pattern, ``loj`` size, ``nqi`` price, ``muag`` sold,
``tag_nrho`` total, ``nyiaj`` money, ``tais_khoas`` account, ``xa`` shipping, ``tus_txais``
recipient, ``chaw_nyob`` address, ``lus`` message, ``nrhiav`` search, ``duab`` photo. Calls:
joining (her residence card, her mother-in-law as sponsor), an OAuth password grant, ``/kuv``,
the yarn quota, a vat booking, her check-in at the workshop (its Wi-Fi joined), a piece
registered with its photo, the piece's price, her sales, the payout account, payouts by member
number in the path, a parcel to her sister in the US, the members' chat, an offline sync (JSON
Lines), the monthly statement (gzip), a search, a note about the dye on her hands, a preferences
cookie (base64 JSON), push and events. A docstring grep found no "hemp" and one "indigo" (set
177's ajrak block-printing class); batik-tulis commissions, a cashmere cooperative and weaving
classes exist: this is a members' hemp cooperative that pays piece by piece."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families285_kit import (
    MEMBER,
    MOTHER_IL,
    SISTER_US,
    TRC,
    VN_ACCOUNT,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families285_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families285_svc import (
    cl_wallet,
    cy_check,
    fn_eval,
    hs_message,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, W, case

APP = App("ntaubmaj", "Ntaub Maj", "com.example.ntaubmaj", "2.2.9",
          "https://api.ntaubmaj.example.net")
IID = "X-NM-Install"
PW = "Maj&Xiav2026"
NID = "personal.national_id"
SSID, BSSID = "NtaubMaj-TaVan", "60:a4:b7:1c:3e:92"  # the workshop's Wi-Fi (joined: wifi)
SISTER_ADDR = "1190 Payne Ave, Apt 3, St. Paul, MN 55130"  # typed by her (contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hm=True, **kw)


def ntaubmaj() -> list[Case]:
    rng = random.Random(28551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tswv_cuab=L(MEMBER, UID), email=L(EMAIL, MAIL)))}
    wla, wlo = fix(WORKSHOP_FIX)
    piece = obj(rng, "dm")
    pay = at_path(case(f, f"{a}/api/tswv_cuab/{MEMBER}/nyiaj", headers=_h(rng, **b),
                       query={"lub_hli": "2026-01"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/tswv_cuab", headers=_h(rng), body={
            "npe": L(FIRST, NAMEC), "xeem": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "xov_tooj": L(E164, TEL), "daim_npav": L(TRC, NID), "zos": L("Ta Van", COARSE),
            "neeg_qhia": {"npe": L(MOTHER_IL[1], NAMEC), "xov_tooj": L(MOTHER_IL[2], TEL)},
            "tswv_cuab": L(MEMBER, UID), "txuj_ci": ["ciab", "xaws"]}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ntaubmaj-android"}),
        case(f, f"{a}/api/kuv", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/xov_maj", headers=_h(rng, **b), query={
            "tswv_cuab": L(MEMBER, UID), "lub_hli": "2026-01"}),
        case(f, f"{a}/api/zas/xiav/teem", fmt="form", headers=_h(rng, **b), body={
            "lauj_kaub": "vat_03", "hnub": "2026-01-20", "teev": "08-11",
            "tswv_cuab": L(MEMBER, UID)}),
        case(f, f"{a}/api/checkin", headers=_h(rng, **b), body={
            "tswv_cuab": L(MEMBER, UID), "qhov_chaw": {"lat": wla, "lng": wlo, "acc": 7},
            "workshop": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        multipart(f, f"{a}/api/daim", [
            ("duab", "daim_paj_ntaub.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "daim": piece, "qauv": "qwj_npua", "loj": "50x50", "ciab": True,
                "tswv_cuab": L(MEMBER, UID),
                "lus": L("Kuv thiab kuv niam ua ua ke, nws ntos, kuv kos ciab", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/daim/{piece}/nqi", fmt="form", headers=_h(rng, **b), body={
            "nqi": "850000", "currency": "VND", "tswv_cuab": L(MEMBER, UID)}),
        case(f, f"{a}/api/muag", headers=_h(rng, **b), query={
            "tswv_cuab": L(MEMBER, UID), "txij": "2025-12-01"}),
        case(f, f"{a}/api/tais_khoas", headers=_h(rng, **b), body={
            "tus_tswv": L(f"{FIRST} {LAST}", NAMEC), "tais_khoas": L(VN_ACCOUNT, PAY),
            "tsev_txhab_nyiaj": "Example Bank Lao Cai", "tswv_cuab": L(MEMBER, UID)}),
        pay,
        case(f, f"{a}/api/xa", headers=_h(rng, **b), body={
            "tus_txais": {"npe": L(SISTER_US[0], NAMEC), "xov_tooj": L(SISTER_US[1], TEL),
                          "email": L(SISTER_US[2], MAIL),
                          "chaw_nyob": L(SISTER_ADDR, ADDR)},
            "daim": [piece, "dm_6a0e91c2f3"], "hnyav_kg": 1.2, "nqi_xa": L(690000, BUY),
            "tag_nrho": L(2390000, BUY)}),
        case(f, f"{a}/api/chat/messages", headers=_h(rng, **b), body={
            "room": "tswv_cuab_tavan",
            "lus": L("Leej twg muaj ciab ntau? Kuv li tas lawm, tag kis kuv mus Sa Pa yuav",
                     TEXT)}),
        lines(f, f"{a}/api/sync", [
            {"op": "daim", "daim": piece, "qauv": "qwj_npua", "by": L(MEMBER, UID)},
            {"op": "xov_maj", "kg": 0.8, "by": L(MEMBER, UID)},
            {"op": "muag", "daim": "dm_6a0e91c2f3", "tag_nrho": L(720000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/statement", gz=True, headers=_h(rng, **b), body={
            "tswv_cuab": L(MEMBER, UID), "lub_hli": "2026-01",
            "muag": [{"daim": "dm_6a0e91c2f3", "tag_nrho": L(720000, BUY)}],
            "xov_maj_kg": 0.8, "email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/nrhiav", headers=_h(rng, **b), query={
            "q": L("qauv paj ntaub qwj npua xiav", SEARCH)}),
        case(f, f"{a}/api/lus_ceeb_toom", headers=_h(rng, **b), body={
            "hom": "kev_nyab_xeeb",
            "lus": L("Kuv txhais tes khaus thiab liab tom qab zas xiav, puas muaj hnab looj tes?",
                     f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/prefs", headers=_h(rng, **b), cookies={
            "nm_sess": L(opaque(rng, "", 40), CRED),
            "nm_prefs": W({"tswv_cuab": L(MEMBER, UID), "hom_lus": L("hmn", DEV)}, "b64json")}),
        case(f, f"{a}/api/logout", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "hmn_VN")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("piece_registered", 1), ev("screen", 2, screen=L("NyiajMuag", USAGE))]}),
    ]


def ntaubmaj_sdks() -> list[Case]:
    rng = random.Random(28552)
    return [
        mc_batch(APP, rng, [("Piece Registered", {"pattern": "qwj_npua"}),
                            ("Vat Booked", {})], at=WORKSHOP_FIX, nd=2, locale="hmn_VN"),
        mc_identify(APP, rng, {"zos": L("Ta Van", COARSE), "tswv_cuab": L(MEMBER, UID)}),
        mc_pixel(APP, rng, "Sales Opened", {"month": "2026-01"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "listing", {"pattern": "qwj_npua"}),
        fn_eval(APP, rng, {"zos": L("Ta Van", COARSE), "role": "member"}),
        pt_register(APP, rng, at=WORKSHOP_FIX, nd=2, tags={"zos": L("Ta Van", COARSE)}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "720000", L(E164, TEL)),
        mm_geocode(APP, rng, "buu dien Sa Pa", "behavior.search", near=WORKSHOP_FIX, nd=3),
        hs_message(APP, rng, L("Nyiaj rau daim dm_6a0e91c2f3 tseem tsis tau los", TEXT),
                   {"tswv_cuab": L(MEMBER, UID)}),
    ]
