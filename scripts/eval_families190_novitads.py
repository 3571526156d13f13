"""A Romansh local-news app "Novitads" (Lower Engadine and Chur news, a digital subscription,
comments, a voting-advice quiz before a cantonal vote, classifieds, death notices; its API's
keys are Rumantsch Grischun: ``lectura`` reader (f.), ``prenum``, ``num``, ``pledclav``,
``onn_naschientscha`` birth year, ``schlattaina``, ``abunament`` subscription, ``plan``,
``artitgels`` articles, ``rubrica`` section, ``pagina`` page, ``lecturas`` reading log,
``secundas`` seconds, ``commentari``, ``votaziun`` vote, ``enquista`` quiz, ``dumonda``
question, ``resposta`` answer (``gea``/``na``), ``partida`` party, ``inserat`` classified,
``titel``, ``pretsch`` price, ``annunzia_da_mort`` death notice, ``defunct`` the departed,
``sepultura`` burial, ``brev_da_lectura`` letter to the editor, ``favurits``, ``progress``,
``concurrenza`` contest, ``fotografia_dal_di`` reader's photo of the day). Set 11 has a news app
with a paywall and comments; this one adds the quiz answers (political opinions), classifieds
and death notices in a minority language."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BROWSE,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families190_kit import HOME, HOME_AT, HUSBAND, READER, apparat, hd, obj
from eval_families190_sdk import (
    bs_bid,
    bs_notice,
    cr_session,
    mp_batch,
    mp_identify,
    mp_pixel,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families190_svc import co_card, co_confirm, cs_save, fm_eval, mb_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("novitads", "Novitads", "com.example.novitads", "7.3.0",
          "https://api.novitads.example.org")
IID = "X-Novitads-Apparat"
PW = "Ftan#Parc2026"
SUB = "NV-AB-2026-33104"  # her digital subscription (financial.purchase)
WEB = "https://www.novitads.example.org"
POL = f"{TEXT}|{SENS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, rm=True, **kw)


def novitads() -> list[Case]:
    rng = random.Random(19061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lectura=L(READER, UID),
                                    plan="digital"))}
    favs = at_path(case(f, f"{a}/v1/lecturas/{READER}/favurits", headers=_h(rng, **b)),
                   READER, UID)
    reads = [{"url": L(f"{WEB}/engiadina/{s}", BROWSE), "secundas": n} for s, n in (
        ("parc-eolic-ftan-votaziun-mars", 212), ("scola-rumantscha-nova-classa", 95),
        ("dischalpada-scuol-program", 61))]
    return [
        case(f, f"{a}/v1/lecturas", headers=_h(rng), body={
            "prenum": L(FIRST, NAMEC), "num": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "pledclav": L(PW, CRED), "onn_naschientscha": L(1991, BIRTH),
            "schlattaina": L("dunna", GENDER), "lieu": L(HOME["town"], COARSE),
            "numer_postal": L(HOME["post"], COARSE), "lectura": L(READER, UID)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "pledclav": L(PW, CRED)}),
        case(f, f"{a}/v1/jau", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abunaments", headers=_h(rng, **b), body={
            "plan": "digital-onn", "abunament": L(SUB, BUY), "summa": L(149, BUY),
            "valuta": "CHF", "lectura": L(READER, UID)}),
        case(f, f"{a}/v1/pajaments", fmt="form", headers=_h(rng, **b), body={
            "abunament": L(SUB, BUY), "summa": L("149.00", BUY),
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ultimas_quatter": L("4444", PAY)}),
        case(f, f"{a}/v1/artitgels", headers=_h(rng, **b), query={
            "rubrica": "engiadina-bassa", "pagina": "1", "lingua": "rm"}),
        case(f, f"{a}/v1/lecturas/log", headers=_h(rng, **b), body={
            "lectura": L(READER, UID), "artitgels": reads}),
        case(f, f"{a}/v1/commentaris", headers=_h(rng, **b), body={
            "artitgel": "art_88412", "lectura": L(READER, UID),
            "commentari": L("Jau sun cunter il parc eolic sur Ftan: la cuntrada è nossa "
                            "ressursa.", POL)}),
        case(f, f"{a}/v1/votaziun/enquista", gz=True, headers=_h(rng, **b), body={
            "votaziun": "gr-2026-03", "lectura": L(READER, UID), "respostas": [
                {"dumonda": 1, "resposta": L("na", SENS)},
                {"dumonda": 2, "resposta": L("gea", SENS)},
                {"dumonda": 3, "resposta": L("plitost gea", SENS)}],
            "partida_pli_damanaivla": L("Verds", SENS)}),
        multipart(f, f"{a}/v1/inserats", [
            ("fotografia", "skis.jpg", "image/jpeg", L(JPEG + b"\x8e", MEDIA)),
            ("meta", None, "application/json", {
                "titel": "Skis d'uffant 120 cm", "pretsch": 80,
                "text": L("Skis d'uffant, be ina stagiun duvrads. Telefon +1 555 010 0199.",
                          f"{TEXT}|{TEL}"),
                "natel": L(E164, TEL), "lieu": L(HOME["town"], COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/annunzias_da_mort", headers=_h(rng, **b), body={
            "defunct": L("Jachen Tschander", NAMEC), "onns": "1938-2026",
            "text": L("Cun grond cordoli prendain nus cumià da noss bab e tat Jachen "
                      "Tschander.", f"{TEXT}|{NAMEC}"),
            "sepultura": "2026-02-03 14:00", "inseranta": L(f"{FIRST} {LAST}", NAMEC),
            "summa": L(240, BUY)}),
        case(f, f"{a}/v1/tschertga", headers=_h(rng, **b), query={
            "q": L("parc eolic Ftan votaziun", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/podcasts/progress", headers=_h(rng, **b), body={
            "episodi": "pd_radio_2026_011", "posiziun_s": 1412, "lectura": L(READER, UID)}),
        case(f, f"{a}/v1/newsletter", fmt="form", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "rubricas": "engiadina,chur", "lingua": "rm"}),
        case(f, f"{a}/v1/brev_da_lectura", headers=_h(rng, **b), body={
            "num": L(f"{FIRST} {LAST}", NAMEC), "lieu": L(HOME["town"], COARSE),
            "text": L("Sco mamma d'ina scolara a Scuol vuless jau che la scola rumantscha "
                      "survegnia daplaun daners, e jau sun cunter il parc eolic.", POL)}),
        favs,
        case(f, f"{a}/v1/paywall", headers=_h(rng, how="none"), cookies={
            "nv_sesiun": L(opaque(rng, "", 40), CRED), "nv_apparat": L(INSTALL_ID, DID),
            "nv_legids": "7", "nv_req": rid(rng)}),
        multipart(f, f"{a}/v1/fotografia_dal_di", [
            ("fotografia", "nibla.jpg", "image/jpeg", L(JPEG + b"\x9f", MEDIA)),
            ("meta", None, "application/json", {
                "legenda": L("Nibla sur la Val d'Uina, damaun a las set", TEXT),
                "lat": L(f"{HOME_AT[0] + 0.0101:.4f}", PRECISE),
                "lng": L(f"{HOME_AT[1] - 0.0042:.4f}", PRECISE)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/concurrenza", fmt="form", headers=_h(rng, **b), body={
            "num": L(HUSBAND[0], NAMEC), "email": L(EMAIL, MAIL), "resposta": "B",
            "concurrenza": obj(rng, "cc")}),
        case(f, f"{a}/v1/apparats", headers=_h(rng, **b), body=apparat(push_token(rng))),
        case(f, f"{a}/v1/eveniments", gz=True, headers=_h(rng, **b), body={
            "utilisader": L(USER_ID, UID), "eveniments": [
                ev("artitgel_legì", 1, rubrica="engiadina"),
                ev("visur", 2, visur=L("Enquista", USAGE))]}),
        case(f, f"{a}/v1/sesiun/renovar", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "apparat": L(INSTALL_ID, DID)}),
    ]


def novitads_sdks() -> list[Case]:
    rng = random.Random(19062)
    link = U("https://novitads.example.org/a", {"art": "art_88412", "ref": "newsletter",
                                                "em": L(EMAIL, MAIL)})
    return [
        mp_batch(APP, rng, [("Article Read", {"section": "engiadina"}),
                            ("Quiz Finished", {"vote": "gr-2026-03"})], adid=True),
        mp_identify(APP, rng, {"plan": "digital", "lectura": L(READER, UID),
                               "lieu": L("Scuol", COARSE)}),
        mp_pixel(APP, rng, "Paywall Shown", {"count": 7}),
        tk_launch(APP, rng, user=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "subscribe", {"abunament": L(SUB, BUY)}, revenue=149.0, hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=2, yob=1991,
               gender="F", keywords="news,engiadina"),
        bs_notice(APP, rng, "imp"),
        cr_session(APP, rng, secs=1170),
        fm_eval(APP, rng, {"plan": "digital", "lingua": L("rm", "device.info")}),
        cs_save(APP, rng, {"analytics": True, "marketing": True, "personalisation": True}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "149.00"),
        mb_geocode(APP, rng, "Val d'Uina", "behavior.search", near=HOME_AT, nd=3),
    ]
