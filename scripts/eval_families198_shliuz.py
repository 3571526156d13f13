"""The Augustow Canal visa-free zone app "Shliuz" (a tour operator's: the tourist voucher that
lets a foreigner cross at the Lesnaja checkpoint without a visa, lock passages, kayak hire,
campsites). Its keys are Belarusian in Lacinka, ASCII-folded, mixed with English: ``imia``,
``prozvisca``, ``posta``, ``telefon``, ``parol``, ``data_naradzennia``, ``pol`` sex
(``zanocy`` female), ``paspart`` passport, ``vaucar`` voucher, ``strachouka`` insurance,
``udzielniki`` party members, ``sluz`` lock, ``bajdarka`` kayak, ``arenda`` hire, ``zalih``
deposit, ``stajanka`` campsite, ``prachod`` passage, ``miaza`` border, ``punkt`` checkpoint,
``syrata`` / ``dauhata``, ``vodhuk`` review, ``dapamoha`` help, ``bron`` booking, ``suma``."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    BASE,
    DAUGHTER,
    HUSBAND,
    HUSBAND_ID,
    LOCK,
    LOCK_FIX,
    PASSPORT,
    PERMIT,
    fix,
    hd,
    obj,
    push,
)
from eval_families198_sdk import (
    bk_bid,
    cn_session,
    md_batch,
    md_queue,
    tz_event,
    tz_launch,
    tz_link,
)
from eval_families198_svc import cz_card, cz_confirm, mb_route, mb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, case

APP = App("shliuz", "Shliuz", "com.example.shliuz", "2.2.0", "https://api.shliuz.example.com")
IID = "X-Shliuz-Device"
PW = "Augustou#Kanal7"
NID = "personal.national_id"
SSID, BSSID = "Lesnica-Baza", "60:a4:b7:3e:0c:91"  # the kayak base's Wi-Fi (joined: wifi)
CANAL_FIX = (53.761204, 23.571833)  # her phone on the water between locks
BOOKING = "SLZ-44817"  # a lock passage and kayak booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def shliuz() -> list[Case]:
    rng = random.Random(19821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), vaucar=L(PERMIT, BUY)))}
    kla, klo = fix(LOCK_FIX)
    trip = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, 1783000000),
               (4, [(1, L(CANAL_FIX[0], PRECISE)), (2, L(CANAL_FIX[1], PRECISE)), (3, 4.0)]),
               (5, L(63, DEV))], "", lab)
    voucher = at_path(case(f, f"{a}/v2/vaucary/{PERMIT}/pdf", headers=_h(rng, **b)), PERMIT, BUY)
    return [
        case(f, f"{a}/v2/rehistracyja", headers=_h(rng), body={
            "imia": L(FIRST, NAMEC), "prozvisca": L(LAST, NAMEC), "posta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "mova": L("en", DEV)}),
        case(f, f"{a}/v2/uvachod", fmt="form", headers=_h(rng), body={
            "posta": L(EMAIL, MAIL), "parol": L(PW, CRED), "prylada": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vaucary", headers=_h(rng, **b), body={
            "vaucar": L(PERMIT, BUY), "zona": "Augustouski kanal", "ad": "2026-06-12",
            "da": "2026-06-15", "punkt": "Lesnaja", "suma": L(45, BUY),
            "turyst": {"imia": L(f"{FIRST} {LAST}", NAMEC), "paspart": L(PASSPORT, NID),
                       "data_naradzennia": L(DOB, BIRTH), "pol": L("zanocy", GENDER)},
            "strachouka": {"polis": L("TRV-BY-7720418", BUY), "kampanija": "Example Assurance"},
            "udzielniki": [
                {"imia": L(HUSBAND[0], NAMEC), "identyfikacyjny_numar": L(HUSBAND_ID, NID)},
                {"imia": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "data_naradzennia": L(DAUGHTER["dob"], BIRTH),
                 "identyfikacyjny_numar": L(DAUGHTER["pn"], NID)}]}),
        case(f, f"{a}/v2/aplata", fmt="form", headers=_h(rng, **b), body={
            "vaucar": L(PERMIT, BUY), "suma": L("45.00", BUY), "valiuta": "BYN",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v2/sluzy", headers=_h(rng, **b), query={
            "data": "2026-06-13", "kirunak": "na_zachad"}),
        case(f, f"{a}/v2/sluzy/bron", headers=_h(rng, **b), body={
            "sluz": LOCK["id"], "cas": "2026-06-13T11:20", "lodki": 2, "typ": "bajdarka",
            "bron": L(BOOKING, BUY), "suma": L(12, BUY)}),
        case(f, f"{a}/v2/bajdarki/arenda", headers=_h(rng, **b), body={
            "baza": BASE["id"], "kolkasc": 2, "dni": 3, "bron": L(BOOKING, BUY),
            "suma": L(150, BUY), "zalih": L(100, BUY),
            "dakument_u_zalih": {"typ": "paspart", "numar": L(PASSPORT, NID)}}),
        case(f, f"{a}/v2/sluzy/prachod", headers=_h(rng, **b), body={
            "sluz": LOCK["id"], "miesca": {"syrata": kla, "dauhata": klo, "dakladnasc": 6},
            "sluz_miesca": {"syrata": LOCK["lat"], "dauhata": LOCK["lon"]},
            "bron": L(BOOKING, BUY)}),
        raw(f, f"{a}/v2/marsrut/{trip}/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/marsrut/{trip}/cherha", fmt="msgpack", headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID),
            "kropki": [{"syrata": L(round(CANAL_FIX[0] - 0.0017 * i, 6), PRECISE),
                        "dauhata": L(round(CANAL_FIX[1] + 0.0024 * i, 6), PRECISE),
                        "t": 1783000300 + 300 * i} for i in range(3)],
            "sluz": {"syrata": LOCK["lat"], "dauhata": LOCK["lon"]}}),
        case(f, f"{a}/v2/miaza/pierasiacennie", headers=_h(rng, **b), body={
            "punkt": "pp_lesnaja", "kirunak": "uvachod", "cas": "2026-06-12T09:05",
            "vaucar": L(PERMIT, BUY), "paspart": L(PASSPORT, NID), "asob": 3}),
        case(f, f"{a}/v2/stajanki/bron", fmt="form", headers=_h(rng, **b), body={
            "stajanka": "st_kurjanka", "nocy": "1", "namioty": "1", "suma": L("18", BUY)}),
        case(f, f"{a}/v2/nadvorje", headers=_h(rng, **b), query={
            "syrata": L(f"{CANAL_FIX[0]:.2f}", COARSE), "dauhata": L(f"{CANAL_FIX[1]:.2f}", COARSE),
            "dni": "3"}),
        case(f, f"{a}/v2/baza/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "lokalny_ip": L(LOCAL_IP, DEV),
            "baza": BASE["id"]}),
        case(f, f"{a}/v2/dapamoha", headers=_h(rng, **b), body={
            "typ": "medycynskaja",
            "tekst": L("Dacka parezala nahu ab kamien, patrebien bint i antyseptyk", f"{TEXT}|{MED}"),
            "miesca": {"syrata": L(round(CANAL_FIX[0], 5), PRECISE),
                       "dauhata": L(round(CANAL_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/v2/vodhuk", headers=_h(rng, **b), body={
            "baza": BASE["id"], "acenka": 5,
            "tekst": L("Cudoŭny kanal, sluzy pracujuc chutka, bajdarki novyja", TEXT)}),
        case(f, f"{a}/v2/posuk", headers=_h(rng, **b), query={
            "q": L("stajanka z dusam kala sluza Kurjanka", SEARCH)}),
        voucher,
        case(f, f"{a}/v2/rachunak", headers=_h(rng, how="none"), cookies={
            "sz_sesija": L(opaque(rng, "", 40), CRED), "sz_prylada": L(INSTALL_ID, DID),
            "sz_req": rid(rng)}),
        case(f, f"{a}/v2/prylady", headers=_h(rng, **b), body=push(push_token(rng), "en_BY")),
        case(f, f"{a}/v2/padziei", gz=True, headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("vaucar_kuplen", 1), ev("sluz_prajdzien", 2, sluz=LOCK["id"]),
                ev("ekran", 3, ekran=L("MapaKanala", USAGE))]}),
        case(f, f"{a}/v2/vychad", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def shliuz_sdks() -> list[Case]:
    rng = random.Random(19822)
    link = U("https://shliuz.example.com/v", {"vaucar": L(PERMIT, BUY), "src": "mail",
                                              "em": L(EMAIL, MAIL)})
    return [
        md_batch(APP, rng, [("Voucher Bought", {"total": L(45, BUY)}),
                            ("Lock Passed", {"lock": LOCK["id"]})], at=LOCK_FIX, nd=3),
        md_queue(APP, rng, [("Trip Beat", {"km": 14}), ("Camp Reached", {})]),
        tz_launch(APP, rng, first=True),
        tz_link(APP, rng, link),
        tz_event(APP, rng, "purchase", {"vaucar": L(PERMIT, BUY)}, revenue=45.0, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=LOCK_FIX, nd=2,
               keywords="kayak,canal,camping"),
        cn_session(APP, rng, secs=1880),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "45.00"),
        mb_route(APP, rng, [(LOCK_FIX, PRECISE), ((BASE["lat"], BASE["lon"]), None)],
                 mode="walking"),
        mb_telemetry(APP, rng, [CANAL_FIX, LOCK_FIX], PRECISE),
    ]
