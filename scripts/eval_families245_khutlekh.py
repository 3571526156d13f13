"""A flat-insurance app "Khutlekh" ("protection"; a regional insurer's app: she insures their
Novocheboksarsk flat and claims after the upstairs neighbour's washing machine floods the
kitchen). Its API's keys are Chuvash in Latin letters, ASCII-folded, with the Russian loans of
the trade (``polis``, ``parol``, ``inn``, ``vnzh``, ``akt``, ``bik``) and English (``email`` is
``el_pochta`` here, ``token``): ``yat``/``khushamat``, ``el_pochta``, ``telefon``, ``parol``,
``suralna_kun``, ``khvatter`` flat, ``adres``, ``khula``, ``lapamesh`` area, ``khut`` floor,
``strakhlav`` insurance (``strakhlav_summi`` sum insured), ``premi`` premium, ``summa``,
``tulev`` payment, ``karta_vessi`` last four, ``upashka`` husband, ``yytu`` claim (lit.
"request"), ``sien`` damage, ``kurshe`` neighbour, ``ukerchek`` photo, ``vyran`` place,
``shutlav`` estimate, ``pure`` total, ``kilme`` visit, ``syru`` message, ``tulesse_pani`` payout,
``shyrav`` search, ``pulamsem`` events: sign-up, log-in, ``/manan``, a quote for the flat, the
policy bought and paid, the policy by number in the path, her husband added, the claim with her
fix at home, damage photos, the neighbour's details, the management company's report (PDF), the
estimate (msgpack), the adjuster's visit, a chat message, the payout account, the claim's status,
autopay, a search, push, events and a log-out. Sets 32 and 38 had homeowners and renters
insurance as one step of a mortgage or rent app; "home insurance", "property insurance", "flat
insurance" and "water damage" matched nothing: this app is the insurer's own, built around a
claim."""

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
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families245_kit import (
    CADASTRE,
    CLAIM,
    HOME,
    HOME_AT,
    HUSBAND,
    INN,
    INSURER_OFFICE,
    NEIGHBOUR,
    POLICY,
    RU_ACCOUNT,
    VNZH,
    fix,
    hd,
    obj,
)
from eval_families245_sdk import bs_bid, cy_crash, cy_crumb, ta_event, ts_batch, ts_identify
from eval_families245_svc import hk_message, ms_reverse, pu_card, pu_confirm, pu_wallet, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("khutlekh", "Khutlekh", "com.example.khutlekh", "5.2.0",
          "https://api.khutlekh.example.com")
IID = "X-Khutlekh-Device"
PW = "Vinokurova45!kv"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def khutlekh() -> list[Case]:
    rng = random.Random(24521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), polis=L(POLICY, BUY)))}
    hla, hlo = fix(HOME_AT)
    pol = at_path(case(f, f"{a}/v2/polis/{POLICY}", headers=_h(rng, **b),
                       query={"formati": "pdf"}), POLICY, BUY)
    return [
        case(f, f"{a}/v2/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "el_pochta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "suralna_kun": L(DOB, BIRTH),
            "vnzh": L(VNZH, NID), "inn": L(INN, NID), "kileshu": True}),
        case(f, f"{a}/v2/kerni", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "astuma": "1"}),
        case(f, f"{a}/v2/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/shutlav", headers=_h(rng, **b), body={
            "khvatter": {"adres": L(HOME["line"], ADDR), "khula": L(HOME["town"], COARSE),
                         "indeks": L(HOME["post"], COARSE), "kadastr": CADASTRE,
                         "lapamesh": 64.2, "khut": 9, "surt_sule": 1987},
            "strakhlav_summi": L(1500000, BUY), "varianty": ["interior", "property", "civil"]}),
        case(f, f"{a}/v2/polis", headers=_h(rng, **b), body={
            "polis": L(POLICY, BUY), "tarif": "optima", "premi": L(6900, BUY),
            "strakhlav_summi": L(1500000, BUY), "pusla": "2025-11-01", "vesle": "2026-10-31",
            "khvatter": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v2/tulev", fmt="form", headers=_h(rng, **b), body={
            "polis": L(POLICY, BUY), "summa": L("6900.00", BUY), "valyuta": "RUB",
            "karta_vessi": L("4444", PAY), "mel": L(opaque(rng, "pm_", 24), PAY)}),
        pol,
        case(f, f"{a}/v2/polis/strakhlana", headers=_h(rng, **b), body={
            "polis": L(POLICY, BUY), "upashka": {
                "yat": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                "suralna_kun": L("1988-02-11", BIRTH)}}),
        case(f, f"{a}/v2/yytu", headers=_h(rng, **b), body={
            "polis": L(POLICY, BUY), "yytu": L(CLAIM, BUY), "kun": "2025-12-08T07:40",
            "sien": L("Kurshe washing machine ulttamesh khutran shyv yukhna: kukhnyara "
                      "poten, laminat tata oboi pasalna", TEXT),
            "vyran": {"lat": hla, "lon": hlo, "tochnost": 14}}),
        at_path(multipart(f, f"{a}/v2/yytu/{CLAIM}/ukerchek", [
            ("ukerchek", "potolok.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("ukerchek2", "laminat.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {"yytu": L(CLAIM, BUY), "pulme": "kukhnya"})],
            headers=_h(rng, **b)), CLAIM, BUY),
        case(f, f"{a}/v2/yytu/kurshe", headers=_h(rng, **b), body={
            "yytu": L(CLAIM, BUY), "kurshe": {"yat": L(NEIGHBOUR[0], NAMEC),
                                              "khvatter": NEIGHBOUR[1]},
            "syru": L("Viktor Semyonov kv. 116 khuyshi, val pelet", f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v2/yytu/akt", [
            ("akt", "akt_uk.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"yytu": L(CLAIM, BUY), "uk": "uk_nch_07"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/yytu/shutlav", fmt="msgpack", headers=_h(rng, **b), body={
            "yytu": L(CLAIM, BUY),
            "yeresem": [{"yat": "laminat 12 m2", "khak": 21600},
                        {"yat": "oboi", "khak": 8400}, {"yat": "potolok", "khak": 12900}],
            "pure": L(42900, BUY)}),
        case(f, f"{a}/v2/kilme", fmt="form", headers=_h(rng, **b), body={
            "yytu": L(CLAIM, BUY), "slot": obj(rng, "sl"), "kun": "2025-12-11",
            "adres": L(HOME["line"], ADDR), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v2/chat/syru", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "syru": L("Ekspert 11-mesh kun 14:00 hyssan kilme pultarat-i? Eper irden kilte.",
                      TEXT)}),
        case(f, f"{a}/v2/tulesse_pani", headers=_h(rng, **b), body={
            "yytu": L(CLAIM, BUY), "schet": L(RU_ACCOUNT, PAY), "bik": "049706609",
            "ilekan": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/yytu/status", headers=_h(rng, **b), query={"yytu": L(CLAIM, BUY)}),
        case(f, f"{a}/v2/autotulev", fmt="form", headers=_h(rng, **b), body={
            "polis": L(POLICY, BUY), "karta_token": L(opaque(rng, "tok_", 24), PAY),
            "on": "true"}),
        case(f, f"{a}/v2/shyrav", headers=_h(rng, **b), query={
            "shyrav": L("kurshe shyv yukhtarsan kam tulet", SEARCH), "strana": "1"}),
        case(f, f"{a}/v2/ofis", headers=_h(rng, **b), query={
            "id": INSURER_OFFICE["id"], "lat": INSURER_OFFICE["lat"],
            "lon": INSURER_OFFICE["lon"]}),
        case(f, f"{a}/v2/khater", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "khater_id": L(INSTALL_ID, DID),
            "chelkhe": L("ru", "device.info"), "model": L("Pixel 8", "device.info")}),
        case(f, f"{a}/v2/pulamsem", gz=True, headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("claim_opened", 1), ev("screen", 2, screen=L("YytuStatus", USAGE))]}),
        case(f, f"{a}/v2/tukhni", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "khater": L(INSTALL_ID, DID)}),
    ]


def khutlekh_sdks() -> list[Case]:
    rng = random.Random(24522)
    return [
        ts_batch(APP, rng, [("Policy Bought", {"premium": L(6900, BUY)}),
                            ("Claim Opened", {"room": "kitchen"})], at=HOME_AT, nd=2),
        ts_identify(APP, rng, {"khula": L("Novocheboksarsk", COARSE), "polis": L(POLICY, BUY)}),
        ta_event(APP, rng, "purchase", {"polis": L(POLICY, BUY)}, revenue=6900.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="insurance,home,repair"),
        cy_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [cy_crumb("nav", "Yytu -> Ukerchek"),
                  cy_crumb("net", "POST", {"url": f"{APP.api}/v2/yytu/akt",
                                           "status": 0})], screen="ClaimPhotosActivity"),
        py_register(APP, rng, lang="ru", tags={"tarif": "optima"}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "6900.00"),
        pu_wallet(APP, rng, "42900", L(E164, TEL)),
        hk_message(APP, rng, L(f"Yytu {CLAIM}: ekspert kilmerch, sien 42900 tenke",
                               f"{TEXT}|{BUY}"), {"polis": L(POLICY, BUY)}),
        ms_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
