"""A home-catering seller app "Sofram" (``sofra`` the laid table: a Constanta platform for home
cooks; she sells Crimean Tatar pastries from her kitchen as a registered sole trader, mostly to
weddings (``toy``) and family feasts; she is the seller; its API's keys are Crimean Tatar,
ASCII-folded: ``ad`` first name, ``familiya`` surname, ``telefon``, ``parol``, ``satici`` seller,
``vergi_kodu`` fiscal code, ``mutfaq_adresi`` kitchen address, ``menyu`` menu, ``baha`` price,
``simaris`` order, ``qabul`` accept, ``takvim`` calendar, ``teslimat`` delivery, ``musafir``
guests, ``qayd`` note, ``hamur`` dough, ``sahibi`` holder, ``odemeler`` payouts, ``satislar``
sales, ``gelir`` income, ``beyan`` declaration, ``kurye`` courier, ``sertifika`` certificate):
seller sign-up (her CNP and fiscal code, her kitchen), an SMS code, ``/menim``, the menu, a menu
photo, new orders, an order accepted, her calendar, a delivery check-in at a wedding hall with
her fix, an offline sync (JSON Lines), a kitchen note (msgpack), the payout IBAN, payouts, sales
by seller number in the path, a message to a customer, the income declaration (gzip), a courier
pick-up, the hygiene certificate (PDF), push, events and a session refresh. Set 251's rendang
kitchen is an ordering app (she buys); here she is the cook who sells."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families288_kit import (
    CNP,
    CUI,
    HALL_TOY,
    HALL_TOY_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    RO_IBAN,
    SELLER,
    fix,
    hd,
    obj,
    push,
)
from eval_families288_sdk import iz_event, iz_launch, sy_batch, sy_identify, sy_pixel
from eval_families288_svc import aq_wallet, by_eval, cq_register, hq_route, yd_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sofram", "Sofram", "com.example.sofram", "4.1.2", "https://api.sofram.example.net")
IID = "X-Sofram-Install"
PW = "Kobete&Suberek5"
NID = "personal.national_id"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(40))
ORDER = "SF-O-77102"  # a wedding order she accepted (financial.purchase: her sale)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def sofram() -> list[Case]:
    rng = random.Random(28861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, satici=L(SELLER, UID), telefon=L(E164, TEL)))}
    tla, tlo = fix(HALL_TOY_FIX)
    sales = at_path(case(f, f"{a}/api/v1/saticilar/{SELLER}/satislar", headers=_h(rng, **b),
                         query={"dan": "2026-01-01", "ga": "2026-03-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/saticilar", headers=_h(rng), body={
            "ad": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "satici": L(SELLER, UID),
            "cnp": L(CNP, NID), "vergi_kodu": L(CUI, NID),
            "mutfaq_adresi": L(HOME["line"], ADDR), "seer": L(HOME["town"], COARSE),
            "judet": L(HOME["county"], COARSE), "mutfaq": "ev_mutfagi"}),
        case(f, f"{a}/api/v1/kiris/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("552087", CRED)}),
        case(f, f"{a}/api/v1/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/menyu", headers=_h(rng, **b), body={
            "satici": L(SELLER, UID), "menyu": [
                {"ad": "suberek (etli)", "baha": 7, "minimum": 30},
                {"ad": "kobete", "baha": 45, "minimum": 2},
                {"ad": "yantiq", "baha": 6, "minimum": 30},
                {"ad": "qasiq borek (2 kg)", "baha": 90, "minimum": 1}]}),
        multipart(f, f"{a}/api/v1/menyu/foto", [
            ("foto", "kobete.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {"menyu": "kobete", "baha": 45})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/simarislar", headers=_h(rng, **b), query={
            "satici": L(SELLER, UID), "durum": "yeni"}),
        case(f, f"{a}/api/v1/simarislar/{ORDER}/qabul", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "yekun": L(1450, BUY), "musafir": 180,
            "teslimat": {"salon": HALL_TOY["id"], "saat": "2026-05-16T15:30"},
            "qayd": L("Suberekler sicaq barsin, 16:00-dan evel", TEXT)}),
        case(f, f"{a}/api/v1/takvim", fmt="form", headers=_h(rng, **b), body={
            "satici": L(SELLER, UID), "bos_kunler": "2026-05-09,2026-05-23",
            "kunluk_maks": "2"}),
        case(f, f"{a}/api/v1/teslimat/kelis", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "yer": {"lat": tla, "lng": tlo, "aniqliq": 7},
            "salon": {"id": HALL_TOY["id"], "lat": HALL_TOY["lat"], "lng": HALL_TOY["lon"]}}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "stok", "menyu": "kobete", "adet": 6, "by": L(SELLER, UID)},
            {"op": "satis", "simaris": L(ORDER, BUY), "yekun": L(1450, BUY)},
            {"op": "satis", "simaris": L("SF-O-77131", BUY), "yekun": L(210, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/mutfaq/qayd", fmt="msgpack", headers=_h(rng, **b), body={
            "hamur": obj(rng, "hm"), "un_kg": 12, "su_l": 6.5,
            "qayd": L("Yarin sabah 5-te turmaq kerek, hamur geceni saluqta tursun", TEXT),
            "by": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/fikirler/fk_20931/cevap", headers=_h(rng, **b), body={
            "satici": L(SELLER, UID),
            "cevap": L("Tesekkur etem! Kelecek toyunizda da yardim etermen.", TEXT)}),
        case(f, f"{a}/api/v1/odeme/hesap", headers=_h(rng, **b), body={
            "sahibi": L(f"{FIRST} {LAST}", NAMEC), "iban": L(RO_IBAN, PAY),
            "banka": "Banca Exemplu", "satici": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/odemeler", headers=_h(rng, **b), query={"satici": L(SELLER, UID)}),
        sales,
        case(f, f"{a}/api/v1/mesaj", headers=_h(rng, **b), body={
            "simaris": L(ORDER, BUY), "kime": "musteri_7731",
            "yazi": L("Hayirli toy olsun! Suberekleri qocam getirecek, telefoni +40722418305",
                      f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/vergi/beyan", gz=True, headers=_h(rng, **b), body={
            "satici": L(SELLER, UID), "vergi_kodu": L(CUI, NID), "yil": 2025,
            "gelir": L(38250, BUY), "masraf": L(14100, BUY)}),
        case(f, f"{a}/api/v1/kurye", fmt="form", headers=_h(rng, **b), body={
            "tarih": "2026-05-16", "aralik": "14-15", "baglanti_tel": L(HUSBAND[1], TEL),
            "paket": "4"}),
        multipart(f, f"{a}/api/v1/sertifika", [
            ("dosye", "igiena_sertifika.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"ad": L(f"{FIRST} {LAST}", NAMEC),
                                                "gecerli": "2027-02-28"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/cihazlar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/vaqialar", headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("simaris_qabul", 1), ev("ekran", 2, ekran=L("Takvim", USAGE))]}),
        case(f, f"{a}/api/v1/oturum/yenile", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "cihaz": L(INSTALL_ID, DID)}),
    ]


def sofram_sdks() -> list[Case]:
    rng = random.Random(28862)
    return [
        sy_batch(APP, rng, [("Order Accepted", {"total": L(1450, BUY)}),
                            ("Delivered", {})], at=HALL_TOY_FIX, nd=2),
        sy_identify(APP, rng, {"seer": L("Medgidia", COARSE), "satici": L(SELLER, UID)}),
        sy_pixel(APP, rng, "Sales Opened", {"period": "2026-Q1"}),
        iz_launch(APP, rng, user=True),
        iz_event(APP, rng, "listing", {"menyu": "kobete"}),
        by_eval(APP, rng, {"judet": L("Constanta", COARSE), "role": "seller"}),
        cq_register(APP, rng, at=HOME_AT, nd=2, tags={"judet": L("Constanta", COARSE)}),
        aq_wallet(APP, rng, "1450", L(E164, TEL)),
        hq_route(APP, rng, [(HOME_AT, PRECISE), ((HALL_TOY["lat"], HALL_TOY["lon"]), None)]),
        yd_message(APP, rng, L(f"Simaris {ORDER} icin odeme kelmedi", f"{TEXT}|{BUY}"),
                   {"satici": L(SELLER, UID)}),
    ]
