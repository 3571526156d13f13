"""A "jastip" app "Titiwi" (jasa titip: travellers flying into Makassar carry goods bought for
others; she orders from a traveller coming from Singapore and sends a silk sarong to her sister in
the US). Its API's keys are Buginese, ASCII-folded, with English ``email``, ``token``, ``order``:
``aseng`` name, ``nomoro_hp`` mobile, ``sandi`` password, ``esso_jaji`` birth date,
``onrong_monro`` residence, ``kota`` town, ``kode_pos`` post code, ``pattiwi`` carrier (lit.
"the one who brings"), ``asal`` / ``tiba`` from / to, ``waramparang`` goods, ``aseng_barang``
item name, ``siaga`` quantity, ``ellinna`` price, ``jumella`` amount, ``catatang`` note,
``pappaseng`` message, ``gambara`` picture, ``onrong`` place, ``lao_ri`` to, ``jalang`` street,
``kelurahan`` ward, ``ongkos`` fee, ``paspor`` passport, ``nilai_usd`` declared value,
``bintang`` stars, ``pakkeda`` comment, ``pakkiring`` sending, ``silessureng`` sibling, ``elo``
wanted, ``sappa`` search, ``keluhang`` complaint, ``parewa`` device): sign-up, log-in,
``/iyya``, the trips, a traveller's page, the order, its escrow payment, a chat with the
traveller (quoting her phone), a product screenshot, the hand-over at the airport with her fix,
the courier home, the order by number in the path, the customs declaration (gzip; passport and
tax number), a review, a parcel to her sister in the US, a wish list (msgpack), a search, a
dispute, push and events by a session cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    SEARCH,
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
from eval_families275_kit import (
    MKS_HOME,
    MKS_HOME_AT,
    NPWP,
    ORDER,
    PASSPORT,
    SISTER_US,
    TRAVELLER,
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
    mc_identify,
    mc_pixel,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families275_svc import cl_card, cl_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("titiwi", "Titiwi", "com.example.titiwi", "4.7.3", "https://api.titiwi.example.com")
IID = "X-Titiwi-Parewa"
PW = "Titip!Sin2Mks"
NID = "personal.national_id"
AIRPORT_FIX = (-5.061702, 119.554211)  # her phone at the arrivals hall
SIS_ADDR = "2240 NW Lovejoy St, Portland, OR 97210"  # her sister's address, typed by her


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def titiwi() -> list[Case]:
    rng = random.Random(27561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), hp=L(E164, TEL)))}
    pla, plo = fix(AIRPORT_FIX)
    status = at_path(case(f, f"{a}/api/pesangeng/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/daftar", headers=_h(rng), body={
            "aseng": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "nomoro_hp": L(NATIONAL, TEL), "sandi": L(PW, CRED), "esso_jaji": L(DOB, BIRTH),
            "onrong_monro": L(MKS_HOME["line"], ADDR), "kota": L(MKS_HOME["town"], COARSE),
            "kode_pos": L(MKS_HOME["post"], COARSE)}),
        case(f, f"{a}/api/tama", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sandi": L(PW, CRED), "parewa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/iyya", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/perjalanan", headers=_h(rng, **b), query={
            "asal": "Singapura", "tiba": "Makassar", "mula": "2026-01-20"}),
        case(f, f"{a}/api/pattiwi/{TRAVELLER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/pesangeng", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "pattiwi": TRAVELLER["id"], "waramparang": [
                {"aseng_barang": "sunscreen SPF50 reef-safe", "siaga": 2,
                 "ellinna": L(310000, BUY)},
                {"aseng_barang": "kopi biji Arabika 500 g", "siaga": 1,
                 "ellinna": L(265000, BUY)}],
            "jumella": L(885000, BUY),
            "catatang": L("Tolong ala struk, sunscreen iyae de' naengka ri Makassar", TEXT)}),
        case(f, f"{a}/api/pabbayara", fmt="form", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "jumella": L("885000", BUY),
            "metode": L(opaque(rng, "pm_", 24), PAY), "kartu_bolo_eppa": L("4444", PAY)}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "thread": obj(rng, "ch"), "lao_ri": TRAVELLER["id"],
            "pappaseng": L("Narekko lettu'ni ri bandara, telpong ka ri +1 555 010 0199",
                           f"{TEXT}|{TEL}")}),
        multipart(f, f"{a}/api/chat/gambara", [
            ("gambara", "screenshot_sunscreen.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {"order": L(ORDER, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/serah-terima", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "onrong": {"lat": pla, "lng": plo},
            "titik": {"aseng": TRAVELLER["hub"], "lat": TRAVELLER["lat"],
                      "lng": TRAVELLER["lon"]}, "kode_serah": opaque(rng, "", 6)}),
        case(f, f"{a}/api/kurir", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY),
            "lao_ri": {"aseng": L(f"{FIRST} {LAST}", NAMEC), "nomoro_hp": L(E164, TEL),
                       "jalang": L(MKS_HOME["line"], ADDR),
                       "kelurahan": L(MKS_HOME["kel"], COARSE),
                       "kota": L(MKS_HOME["town"], COARSE),
                       "kode_pos": L(MKS_HOME["post"], COARSE)},
            "ongkos": L(18000, BUY)}),
        status,
        case(f, f"{a}/api/bea-cukai", gz=True, headers=_h(rng, **b), body={
            "order": L(ORDER, BUY), "paspor": L(PASSPORT, NID), "npwp": L(NPWP, NID),
            "nilai_usd": L(57, BUY), "kategori": "kosmetik, makanan"}),
        case(f, f"{a}/api/ulasang", fmt="form", headers=_h(rng, **b), body={
            "pattiwi": TRAVELLER["id"], "bintang": "5",
            "pakkeda": L("Macepa' sibawa jujur, barangna madeceng", TEXT)}),
        case(f, f"{a}/api/pakkiring", headers=_h(rng, **b), body={
            "lao_ri": {"aseng": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL),
                       "nomoro_hp": L(SISTER_US[1], TEL), "onrong": L(SIS_ADDR, ADDR)},
            "silessureng": True, "waramparang": "lipa' sabbe Sengkang",
            "ellinna": L(650000, BUY), "ongkos": L(420000, BUY)}),
        case(f, f"{a}/api/elo", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "elo": ["vitamin C gummies", "maple syrup", "Oregon hazelnuts"], "asal": "US"}),
        case(f, f"{a}/api/sappa", headers=_h(rng, **b), query={
            "q": L("maple syrup jastip Makassar", SEARCH), "page": "1"}),
        case(f, f"{a}/api/keluhang", headers=_h(rng, **b), body={
            "order": L(ORDER, BUY),
            "keluhang": L("Kopi iyae mabbessa paketna, siseddi botolo sunscreen masolang", TEXT)}),
        case(f, f"{a}/api/parewa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/kajadiang", headers=_h(rng, how="none"), cookies={
            "tw_sesi": L(opaque(rng, "", 40), CRED), "tw_parewa": L(INSTALL_ID, DID),
            "tw_req": rid(rng)}, body={
            "user": L(USER_ID, UID), "kajadiang": [
                ev("pesangeng_dibuat", 1, jumella=L(885000, BUY)),
                ev("screen", 2, screen=L("PerjalananList", USAGE))]}),
    ]


def titiwi_sdks() -> list[Case]:
    rng = random.Random(27562)
    link = U("https://titiwi.example.com/o", {"order": L(ORDER, BUY), "src": "wa",
                                               "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Order Created", {"total": L(885000, BUY)}),
                            ("Traveller Viewed", {"traveller": TRAVELLER["id"]})],
                 at=MKS_HOME_AT, nd=2),
        mc_identify(APP, rng, {"kota": L("Makassar", COARSE), "orders": 4}),
        mc_pixel(APP, rng, "Trips Opened", {"from": "SIN"}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=885000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MKS_HOME_AT, nd=2,
               keywords="belanja,luar negeri,oleh-oleh"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "traveller avatar"),
                 [cd_crumb("nav", "Perjalanan -> Pattiwi")], screen="PattiwiActivity"),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "885000"),
    ]
