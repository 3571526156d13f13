"""A craft brewery's taproom app "Khamla Kil" ("hop house"; a Cheboksary brewpub brewing with
Chuvash hops: an age gate, a loyalty card, tables, takeaway growlers, tours). Its API's keys are
Chuvash in Latin letters, ASCII-folded, with English and Russian loans (``email``, ``token``,
``zakaz``, ``bron``, ``growler``, ``bilet``): ``yat``/``khushamat``, ``telefon``,
``varttan_samakh``, ``suralna_kun``, ``khula``, ``dokument``, ``kartasem`` card number
(``karta_nomere``), ``setel`` table, ``khanasem`` guests, ``khak`` price, ``pure`` total,
``tulev``, ``mel`` method, ``vyran`` place with ``sarlakash``/``varamash`` latitude/longitude,
``sara`` beer, ``litr``, ``ilse_kayas`` pick-up, ``khaklav`` rating, ``shukhash`` opinion,
``ekskursi``, ``parne`` gift, ``ilekan`` recipient, ``syru``, ``shyrav``, ``pallasem`` points,
``khater``, ``chelkhe``, ``vakhat_tarakhe``: sign-up behind the age gate, log-in, ``/manan``,
the age check with her passport, the tap list, a table booked and its deposit, a check-in with her
fix, the guest Wi-Fi, an order at the table (msgpack), a growler to take away, a review, a beer
check-in, a brewery tour, festival tickets, a gift card for her sister, points by cookie, the
receipt by booking number in the path, a search, the card linked (base64 JSON in a form field),
push, events and a log-out. A docstring grep: "brewery", "taproom", "craft beer", "beer
festival" nothing; sets 44 and 70 have home-brewing logs and set 233 a sorghum-beer cabaret."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families245_kit import (
    BREWPUB,
    BREWPUB_FIX,
    HUSBAND,
    PASSPORT,
    PUB_CARD,
    SISTER_US,
    TABLE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families245_sdk import (
    bs_bid,
    bs_notice,
    cy_crash,
    cy_crumb,
    ta_event,
    ts_batch,
    ts_identify,
)
from eval_families245_svc import hk_message, ms_reverse, pu_card, pu_confirm, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("khamla", "Khamla Kil", "com.example.khamlakil", "4.0.6",
          "https://api.khamlakil.example.com")
IID = "X-Khamla-Khater"
PW = "Sara&Khamla1991"
NID = "personal.national_id"
DOB_RU = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cv=True, **kw)


def khamla() -> list[Case]:
    rng = random.Random(24551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    karta_nomere=L(PUB_CARD, UID), age_ok=True))}
    bla, blo = fix(BREWPUB_FIX)
    receipt = at_path(case(f, f"{a}/api/v3/bron/{TABLE}/chek", headers=_h(rng, **b)),
                      TABLE, BUY)
    return [
        case(f, f"{a}/api/v3/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "varttan_samakh": L(PW, CRED),
            "suralna_kun": L(DOB_RU, BIRTH), "khula": L("Novocheboksarsk", COARSE),
            "karta_nomere": L(PUB_CARD, UID), "18_sultan_asla": True}),
        case(f, f"{a}/api/v3/kerni", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "varttan_samakh": L(PW, CRED), "astuma": "1"}),
        case(f, f"{a}/api/v3/manan", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/v3/sul/tereslev", [
            ("dokument", "passport.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"tesh": "passport_us",
                                                "nomer": L(PASSPORT, NID),
                                                "suralna_kun": L(DOB_RU, BIRTH)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/kranssem", headers=_h(rng, **b), query={
            "pivovarnya": BREWPUB["id"], "stil": "all"}),
        case(f, f"{a}/api/v3/bron", headers=_h(rng, **b), body={
            "pivovarnya": BREWPUB["id"], "kun": "2025-12-19", "vakhat": "19:30",
            "khanasem": 4, "bron": L(TABLE, BUY), "zalog": L(1000, BUY),
            "karta_nomere": L(PUB_CARD, UID),
            "shukhash": L("Upashkan suralna kune, chuvash khamlipa IPA ilmestp", TEXT)}),
        case(f, f"{a}/api/v3/tulev", fmt="form", headers=_h(rng, **b), body={
            "bron": L(TABLE, BUY), "summa": L("1000.00", BUY), "valyuta": "RUB",
            "mel": L(opaque(rng, "pm_", 24), PAY), "karta_vessi": L("4444", PAY)}),
        case(f, f"{a}/api/v3/check_in", headers=_h(rng, **b), body={
            "pivovarnya": BREWPUB["id"],
            "vyran": {"sarlakash": bla, "varamash": blo, "tochnost": 7},
            "pivovarnya_vyrane": {"sarlakash": BREWPUB["lat"], "varamash": BREWPUB["lon"]},
            "karta_nomere": L(PUB_CARD, UID), "check_in_id": obj(rng, "ci")}),
        case(f, f"{a}/api/v3/wifi/kerni", headers=_h(rng, **b), body={
            "ssid": L(BREWPUB["ssid"], WIFI), "bssid": L(BREWPUB["bssid"], WIFI),
            "shalti_ip": L("10.44.0.83", DEV), "karta_nomere": L(PUB_CARD, UID)}),
        case(f, f"{a}/api/v3/zakaz", fmt="msgpack", headers=_h(rng, **b), body={
            "setel": "t_12", "bron": L(TABLE, BUY),
            "yeresem": [{"sara": "khamla_ipa", "litr": 0.5, "khak": 340, "khisep": 2},
                        {"sara": "surkhuri_stout", "litr": 0.4, "khak": 390, "khisep": 1},
                        {"simes": "khuplu", "khak": 450, "khisep": 1}],
            "pure": L(1520, BUY), "karta_nomere": L(PUB_CARD, UID)}),
        case(f, f"{a}/api/v3/growler", headers=_h(rng, **b), body={
            "zakaz": L("GR-77301", BUY), "sara": "khamla_ipa", "litr": 2.0,
            "khak": L(980, BUY), "ilse_kayas": "2025-12-20T13:00", "telefon": L(NATIONAL, TEL)}),
        case(f, f"{a}/api/v3/khaklav", fmt="form", headers=_h(rng, **b), body={
            "pivovarnya": BREWPUB["id"], "khaklav": "5",
            "shukhash": L("Khamla IPA sav vyrantra chi lay, khuplu ta vesi!", TEXT)}),
        case(f, f"{a}/api/v3/sara/check_in", headers=_h(rng, **b), body={
            "sara": "surkhuri_stout", "khaklav": 4.5,
            "shukhash": L("Kofe tata shokolad tutle, shuret", TEXT),
            "karta_nomere": L(PUB_CARD, UID)}),
        case(f, f"{a}/api/v3/ekskursi", headers=_h(rng, **b), body={
            "kun": "2026-01-10", "vakhat": "15:00",
            "khanasem": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC)],
            "khak": L(1800, BUY), "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/v3/festival/bilet", headers=_h(rng, **b), body={
            "festival": "fest_khamla_26", "bilet": L("FT-26-40118", BUY), "khisep": 2,
            "pure": L(3000, BUY)}),
        case(f, f"{a}/api/v3/parne", headers=_h(rng, **b), body={
            "ilekan": {"yat": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)},
            "syru": L("Emily, Shupashkara kilsen chuvash sarine tutanse pakhatpar!", TEXT),
            "summa": L(3000, BUY), "kod": opaque(rng, "GC", 8)}),
        case(f, f"{a}/api/v3/pallasem", headers=_h(rng, how="none"), cookies={
            "kk_sesi": L(opaque(rng, "", 40), CRED), "kk_khater": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        receipt,
        case(f, f"{a}/api/v3/shyrav", headers=_h(rng, **b), query={
            "shyrav": L("alkogolsar sara khamlasar", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v3/karta/kasatu", fmt="form", headers=_h(rng, **b), body={
            "data": W({"karta_nomere": L(PUB_CARD, UID), "telefon": L(NATIONAL, TEL),
                       "suralna_kun": L(DOB_RU, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v3/khater", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "khater_id": L(INSTALL_ID, DID),
            "chelkhe": L("cv", DEV), "vakhat_tarakhe": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v3/pulamsem", gz=True, headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("table_booked", 1, pure=L(1000, BUY)),
                ev("screen", 2, screen=L("Kranssem", USAGE))]}),
        case(f, f"{a}/api/v3/tukhni", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "khater": L(INSTALL_ID, DID)}),
    ]


def khamla_sdks() -> list[Case]:
    rng = random.Random(24552)
    return [
        ts_batch(APP, rng, [("Table Booked", {"total": L(1000, BUY)}),
                            ("Checked In", {"pub": BREWPUB["id"]})],
                 at=BREWPUB_FIX, nd=2, locale="cv_RU"),
        ts_identify(APP, rng, {"khula": L("Novocheboksarsk", COARSE),
                               "karta_nomere": L(PUB_CARD, UID), "pallasem": 410}),
        ta_event(APP, rng, "purchase", {"bron": L(TABLE, BUY)}, revenue=1000.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BREWPUB_FIX, nd=3, yob=1991,
               gender="F", keywords="beer,craft,pub"),
        bs_notice(APP, rng, "win"),
        cy_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cy_crumb("nav", "Tereslev -> Kamera")], screen="AgeCheckActivity"),
        py_register(APP, rng, lang="cv", tags={"pivovarnya": BREWPUB["id"]}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "1000.00"),
        ms_reverse(APP, rng, BREWPUB_FIX, PRECISE, nd=4),
        hk_message(APP, rng, L(f"Bron {TABLE} ikke khut tulense", f"{TEXT}|{BUY}"),
                   {"karta_nomere": L(PUB_CARD, UID)}),
    ]
