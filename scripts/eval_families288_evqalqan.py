"""A home-insurance app "Evqalqan" (``ev`` house, ``qalqan`` shield: a Constanta insurance
broker's app for the compulsory earthquake-and-flood home policy and an optional contents policy
on their Medgidia flat; its API's keys are Crimean Tatar, ASCII-folded: ``sigortali`` insured,
``adi``/``soyadi`` name/surname, ``telefon``, ``sifre`` password, ``cnp``, ``tuvgan_kun`` birth
date, ``adres`` with ``soqaq`` street, ``bina`` block, ``kvartira`` flat, ``seer`` town,
``judet`` county, ``posta_kodu``; ``teklif`` quote, ``police`` policy, ``prim`` premium,
``qurulgan_yil`` year built, ``mesaha`` floor area, ``esyalar`` belongings, ``zarar`` damage,
``tasvir`` description, ``qomsu`` neighbour, ``tamir`` repair, ``aile`` household, ``yenileme``
renewal): sign-up, a log-in, ``/menim``, a quote, the policy bought, the card payment, the policy
PDF by number in the path, the contents policy, a water-damage claim from her flat with her fix,
the ceiling photo, the repair invoice (PDF), the claim's IBAN, its status by cookie, a leak sensor
on the home Wi-Fi, the household, a search, a message to the agent, auto-renewal, push and
events. Set 171's app is motor insurance with traffic fines; sets 161 and 189 are earthquake
relief and alerts; none is a home policy."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families288_kit import (
    AGENT,
    CNP,
    HOME,
    HOME_AT,
    HUSBAND,
    POLICY,
    POLICY2,
    RO_IBAN,
    SON,
    fix,
    hd,
    push,
)
from eval_families288_sdk import (
    bz_bid,
    bz_notice,
    iz_event,
    iz_launch,
    iz_link,
    qc_session,
    sy_batch,
)
from eval_families288_svc import aq_card, aq_confirm, hq_reverse, mv_check, yd_attach
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, U, case

APP = App("evqalqan", "Evqalqan", "com.example.evqalqan", "5.0.3",
          "https://api.evqalqan.example.com")
IID = "X-Evqalqan-Device"
PW = "Decebal14!C3"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(60))
CLAIM_ID = "zr_5581203"  # the claim's file (an internal ID: a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ro=True, **kw)


def _adr() -> dict[str, Any]:
    return {"soqaq": L("Str. Decebal 14", ADDR), "bina": L("bl. C3, sc. B", ADDR),
            "kvartira": L("ap. 12", ADDR), "seer": L(HOME["town"], COARSE),
            "judet": L(HOME["county"], COARSE), "posta_kodu": L(HOME["post"], COARSE)}


def evqalqan() -> list[Case]:
    rng = random.Random(28871)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), police=L(POLICY, BUY)))}
    hla, hlo = fix(HOME_AT, 5)
    pdf = at_path(case(f, f"{a}/api/policeler/{POLICY}/pdf", headers=_h(rng, **b)), POLICY, BUY)
    return [
        case(f, f"{a}/api/sigortali", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "sifre": L(PW, CRED), "cnp": L(CNP, NID),
            "tuvgan_kun": L(DOB, BIRTH), "adres": _adr()}),
        case(f, f"{a}/api/oturum", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sifre": L(PW, CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/menim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/teklif", headers=_h(rng, **b), body={
            "tur": "PAD", "adres": _adr(),
            "bina": {"qurulgan_yil": 1978, "qatlar": 4, "malzeme": "beton", "seysmik_risk": "II"},
            "mesaha": 62, "odalar": 3, "qiymeti": L(180000, BUY), "prim": L(130, BUY)}),
        case(f, f"{a}/api/police/al", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "prim": L(130, BUY), "valyuta": "RON",
            "baslangic": "2026-04-01", "sigortali_cnp": L(CNP, NID)}),
        case(f, f"{a}/api/tolev", fmt="form", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "miqdar": L("130.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY)}),
        pdf,
        case(f, f"{a}/api/icindekiler", headers=_h(rng, **b), body={
            "police": L(POLICY2, BUY), "esyalar": [
                {"tur": "televizor", "baha": 2400}, {"tur": "camasir_masinasi", "baha": 1900},
                {"tur": "hali", "baha": 3500}], "yekun_baha": L(7800, BUY),
            "prim": L(96, BUY)}),
        case(f, f"{a}/api/zarar", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "tarih": "2026-04-18T07:40", "tur": "suv_basuvi",
            "tasvir": L("Ust qattaki qomsunin kvartirasindan suv aqti, mutfaq tavani yas.",
                        TEXT),
            "qomsu": {"adi": L("Gheorghe Popa", NAMEC), "telefon": L("+40744190233", TEL)},
            "yer": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/api/zarar/{CLAIM_ID}/ekspert", fmt="form", headers=_h(rng, **b), body={
            "slot": "2026-04-21T10:00", "baglanti_telefon": L(HUSBAND[1], TEL),
            "adres": L(HOME["line"], ADDR), "izaat": L("Interfon 12, ekinci qat", TEXT)}),
        multipart(f, f"{a}/api/zarar/{CLAIM_ID}/foto", [
            ("foto", "tavan.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {"police": L(POLICY, BUY), "oda": "mutfaq"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/zarar/{CLAIM_ID}/tamir", [
            ("dosye", "tamir_fatura.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"miqdar": L(2350, BUY),
                                                "usta": "Renovari Medgidia SRL"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/zarar/{CLAIM_ID}/iban", headers=_h(rng, **b), body={
            "sahibi": L(f"{FIRST} {LAST}", NAMEC), "iban": L(RO_IBAN, PAY)}),
        case(f, f"{a}/api/zarar/{CLAIM_ID}/durum", headers=_h(rng, how="none"), cookies={
            "eq_sess": L(opaque(rng, "", 40), CRED), "eq_dev": L(INSTALL_ID, DID),
            "eq_req": rid(rng)}),
        case(f, f"{a}/api/ev/sensor", headers=_h(rng, **b), body={
            "sensor": "leak_8821", "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "ip": L(LOCAL_IP, DEV), "police": L(POLICY2, BUY)}),
        case(f, f"{a}/api/aile", headers=_h(rng, **b), body={
            "police": L(POLICY2, BUY), "azalar": [
                {"adi": L(HUSBAND[0], NAMEC), "cnp": L("1880923134025", NID)},
                {"adi": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "tuvgan_yil": L(2019, BIRTH)}]}),
        case(f, f"{a}/api/qidiruv", headers=_h(rng, **b), query={
            "q": L("zilzele teminati ne qapsay", SEARCH)}),
        case(f, f"{a}/api/mesaj", headers=_h(rng, **b), body={
            "kime": AGENT["id"],
            "yazi": L(f"Policem {POLICY} ucun zarar dosyesi acildi mi?", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/yenileme", fmt="form", headers=_h(rng, **b), body={
            "police": L(POLICY, BUY), "avto": "1", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/cihazlar", headers=_h(rng, **b), body=push(push_token(rng), "ro_RO")),
        case(f, f"{a}/api/vaqialar", gz=True, headers=_h(rng, **b), body={
            "qullanici": L(USER_ID, UID), "vaqialar": [
                ev("police_alindi", 1), ev("ekran", 2, ekran=L("ZararDosyesi", USAGE))]}),
    ]


def evqalqan_sdks() -> list[Case]:
    rng = random.Random(28872)
    link = U("https://evqalqan.example.com/p", {"police": L(POLICY, BUY), "kanal": "email",
                                                 "em": L(EMAIL, MAIL)})
    return [
        sy_batch(APP, rng, [("Policy Bought", {"premium": L(130, BUY)}),
                            ("Claim Opened", {"kind": "water"})], at=HOME_AT, nd=2),
        iz_launch(APP, rng, first=True),
        iz_link(APP, rng, link),
        iz_event(APP, rng, "purchase", {"police": L(POLICY, BUY)}, revenue=130.0,
                 currency="RON", hashed=True),
        bz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="home,insurance,repair"),
        bz_notice(APP, rng, "imp"),
        qc_session(APP, rng, secs=377),
        mv_check(APP, rng, {"analytics": True, "marketing": False}),
        aq_card(APP, rng, email=True),
        aq_confirm(APP, rng, "130.00"),
        hq_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        yd_attach(APP, rng, L(JPEG + b"\x78", MEDIA), "tavan2.jpg", "image/jpeg"),
    ]
