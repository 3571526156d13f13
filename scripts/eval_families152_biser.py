"""An Ohrid pearl workshop's order app "Biserka" (a family workshop in the old town making Ohrid
pearl jewellery to order, with repairs and shipping abroad; the API's keys are Macedonian in
Latin letters with sh/ch/zh: ``ime`` first name, ``prezime`` surname, ``telefon`` phone,
``lozinka`` password, ``zemja`` country, ``kupuvach`` customer, ``katalog`` catalogue,
``kategorija`` category, ``naracka`` order, ``proizvod`` product, ``dolzhina`` length, ``cena``
price, ``vkupno`` total, ``gravura`` engraving, ``podarok`` gift, ``prsten`` ring,
``golemina`` size, ``kapara`` deposit, ``iznos`` amount, ``posledni4`` last four, ``isporaka``
shipping, ``primach`` recipient, ``dizajn`` design, ``niski`` strands, ``biseri`` pearls,
``zakopchuvach`` clasp, ``zabeleshka`` note, ``popravka`` repair, ``opis`` description,
``rabotilnica`` workshop, ``poseta`` visit, ``lokacija`` location, ``sertifikat`` certificate,
``sopstvenik`` owner, ``ocenka`` rating, ``komentar`` comment, ``poraka`` message, ``faktura``
invoice, ``ured`` device, ``nastani`` events, ``odjava`` log-out): sign-up, log-in, ``/moj_profil``,
the catalogue, a three-strand necklace for her sister, an engraved ring for her husband, the
deposit, shipping to Ohio, the design (msgpack), a brooch repair with a photo, slots, a visit with
her fix, the certificate, a search, a rating, a message quoting her sister's phone, the order by
number in the path, the invoice by cookie GET, the workshop's Wi-Fi, push, events, a log-out."""

from __future__ import annotations

import random
from typing import Any

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
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families152_kit import (
    HUSBAND,
    OH_HOUSE_AT,
    PEARL_ORDER,
    SISTER_US,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families152_sdk import (
    ak_event,
    ak_launch,
    ak_link,
    bt_bid,
    bt_notice,
    cb_session,
    mv_batch,
    mv_identify,
)
from eval_families152_svc import hk_attach, mp_reverse, pd_card, pd_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("biserka", "Biserka", "com.example.biserka", "5.0.2", "https://api.biserka.example.com")
IID = "X-Biserka-Device"
PW = "Biser!Ohrid2026"
BUYER = "BS-K-20931"  # her customer account (id.user)
RING = "BS-2025-1143"  # the ring order (financial.purchase)
SSID, BSSID = "Biserka-Gosti", "e8:48:b8:0c:17:a2"  # the workshop's guest Wi-Fi (joined)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def biserka() -> list[Case]:
    rng = random.Random(15231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kupuvach=L(BUYER, UID)))}
    wla, wlo = fix(WORKSHOP_FIX)
    status = at_path(case(f, f"{a}/api/naracki/{PEARL_ORDER}/status", headers=_h(rng, **b)),
                     PEARL_ORDER, BUY)
    return [
        case(f, f"{a}/api/registracija", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "lozinka": L(PW, CRED),
            "zemja": L("Severna Makedonija", COARSE), "kupuvach": L(BUYER, UID)}),
        case(f, f"{a}/api/najava", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "lozinka": L(PW, CRED), "ured": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/moj_profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/katalog", headers=_h(rng, **b), query={
            "kategorija": "ogrlici", "valuta": "MKD", "strana": "2"}),
        case(f, f"{a}/api/naracki", headers=_h(rng, **b), body={
            "naracka": L(PEARL_ORDER, BUY), "proizvod": "ogrlica_3niski", "dolzhina_cm": 45,
            "cena": 18500, "vkupno": L(18500, BUY), "podarok": True,
            "gravura": L("Za Anna, od Jane - Ohrid 2026", TEXT)}),
        case(f, f"{a}/api/naracki/prsten", headers=_h(rng, **b), body={
            "naracka": L(RING, BUY), "proizvod": "prsten_biser_srebro", "golemina": 64,
            "vkupno": L(6400, BUY),
            "gravura": L(f"{HUSBAND[0]} 12.06.2010", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/kapara", fmt="form", headers=_h(rng, **b), body={
            "naracka": L(PEARL_ORDER, BUY), "iznos": L("5000", BUY), "valuta": "MKD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "posledni4": L("4444", PAY)}),
        case(f, f"{a}/api/isporaka", headers=_h(rng, **b), body={
            "naracka": L(PEARL_ORDER, BUY), "kurir": "ems_intl",
            "primach": {"ime_prezime": L(SISTER_US[0], NAMEC), "adresa": L(SISTER_US[3], ADDR),
                        "zemja": L("US", COARSE), "telefon": L(SISTER_US[1], TEL),
                        "email": L(SISTER_US[2], MAIL)}, "osiguruvanje": True}),
        case(f, f"{a}/api/dizajn", fmt="msgpack", headers=_h(rng, **b), body={
            "naracka": L(PEARL_ORDER, BUY), "niski": 3, "biseri": 120,
            "zakopchuvach": "srebro 925", "skica": obj(rng, "sk"),
            "zabeleshka": L("Pomali biseri blisku do zakopchuvachot", TEXT)}),
        multipart(f, f"{a}/api/popravki", [
            ("slika", "brosh.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "popravka": obj(rng, "pp"),
                "opis": L("Brosh od babata na mojot soprug, skrshena igla", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/rabotilnica/{WORKSHOP['id']}/termini", headers=_h(rng, **b),
             query={"datum": "2026-01-09"}),
        case(f, f"{a}/api/poseta", headers=_h(rng, **b), body={
            "rabotilnica": WORKSHOP["id"], "lokacija": {"lat": wla, "lng": wlo, "tochnost": 6},
            "rabotilnica_lokacija": {"lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}}),
        case(f, f"{a}/api/sertifikat", headers=_h(rng, **b), body={
            "naracka": L(PEARL_ORDER, BUY), "sopstvenik": L(f"{FIRST} {LAST}", NAMEC),
            "za_osiguruvanje": True, "jazik": "en"}),
        case(f, f"{a}/api/prebaruvanje", headers=_h(rng, **b), query={
            "q": L("ohridski biser obetki srebro", SEARCH)}),
        case(f, f"{a}/api/ocenki", fmt="form", headers=_h(rng, **b), body={
            "rabotilnica": WORKSHOP["id"], "ocenka": "5",
            "komentar": L("Prekrasna izrabotka, go videvme celiot proces", TEXT)}),
        case(f, f"{a}/api/poraki", headers=_h(rng, **b), body={
            "naracka": PEARL_ORDER,
            "tekst": L("Mozhe li paketot za sestra mi da stigne do 20 dekemvri? Nejziniot "
                       "telefon e +1 555 014 2276", f"{TEXT}|{TEL}")}),
        status,
        case(f, f"{a}/api/smetka/faktura", headers=_h(rng, how="none"), cookies={
            "bs_sesija": L(opaque(rng, "", 40), CRED), "bs_ured": L(INSTALL_ID, DID),
            "bs_req": rid(rng)}),
        case(f, f"{a}/api/wifi/rabotilnica", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "lokalna_ip": L("10.0.8.31", DEV),
            "kupuvach": L(BUYER, UID)}),
        case(f, f"{a}/api/ured", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/nastani", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("naracka", 1, vkupno=L(18500, BUY)), ev("ekran", 2, ekran=L("Dizajn", USAGE))]}),
        case(f, f"{a}/api/odjava", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ured": L(INSTALL_ID, DID)}),
    ]


def biserka_sdks() -> list[Case]:
    rng = random.Random(15232)
    link = U("https://biserka.example.com/n", {"naracka": L(PEARL_ORDER, BUY), "ref": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        mv_batch(APP, rng, [("Order Placed", {"total": L(18500, BUY)}),
                            ("Workshop Visit", {"workshop": WORKSHOP["id"]})],
                 at=WORKSHOP_FIX, nd=3),
        mv_identify(APP, rng, {"grad": L("Ohrid", COARSE), "kupuvach": L(BUYER, UID)}),
        ak_launch(APP, rng, first=True),
        ak_link(APP, rng, link),
        ak_event(APP, rng, "purchase", {"naracka": L(PEARL_ORDER, BUY)}, revenue=18500.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=WORKSHOP_FIX, nd=2,
               keywords="pearls,ohrid,jewellery"),
        bt_notice(APP, rng, "imp"),
        cb_session(APP, rng, secs=1020),
        pd_card(APP, rng, email=True),
        pd_confirm(APP, rng, "5000.00"),
        mp_reverse(APP, rng, OH_HOUSE_AT, PRECISE, nd=5),
        hk_attach(APP, rng, L(JPEG + b"\x28", MEDIA), "brosh_2.jpg", "image/jpeg"),
    ]
