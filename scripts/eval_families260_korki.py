"""Gherkin cannery's shop-and-club app "Korkarnja" (kórka: gherkin; a family cannery in Boblitz
near Lübbenau that sells its Spreewald gherkins, mustard gherkins and horseradish at the works'
shop, ships jars and runs a club card). Its API's keys are Lower Sorbian in camelCase,
ASCII-folded, with English words kept: ``psedme`` first name, ``familijoweMe`` surname,
``email``, ``telefon``, ``gronidlo`` password, ``narodnyZen`` birthday, ``klubowaKorta`` club
card, ``droga`` street, ``plc`` post code (postowa licba), ``mesto`` town, ``skazanka`` order,
``pozicije`` lines, ``sklenca`` jar, ``licba`` quantity, ``dogromady`` total, ``suma`` amount,
``plasenje`` payment, ``wotwzese`` collection, ``posylka`` parcel, ``dostawarka`` recipient,
``powesc`` message, ``recept`` recipe, ``hodnosenje`` rating, ``slowo`` search word,
``zniwowyZen`` harvest day, ``wosoby`` persons, ``lěta`` (``leta``) years, ``punkty`` points,
``bilety`` tickets, ``grat`` device, ``tsojenja`` events: club sign-up, an e-mail code, ``/ja``,
the catalogue, an order for collection, its payment, the collection at the shop with her fix,
jars shipped to her mother in Texas, the pickers' day for her and Kito (his wasp allergy), a
recipe with a photo, a review, a search, the order history, a base64 JSON cart cookie, the order
by number in the path, points redeemed, festival tickets, the till's club-card scans (JSON Lines),
push, events and a refresh."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families260_kit import (
    CLUB_CARD,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_US,
    SHOP,
    SHOP_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families260_sdk import cs_batch, cs_pixel, zw_event, zw_launch
from eval_families260_svc import (
    bm_geocode,
    dw_save,
    pl_card,
    pl_confirm,
    ps_eval,
    pw_register,
    rg_attach,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("korkarnja", "Korkarnja", "com.example.korkarnja", "2.2.0",
          "https://api.korkarnja.example.com")
IID = "X-Korkarnja-Grat"
ORDER = "KK-B-260418"  # her order for collection (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def korkarnja() -> list[Case]:
    rng = random.Random(26021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    klubowaKorta=L(CLUB_CARD, UID)))}
    sla, slo = fix(SHOP_FIX, 5)
    order = at_path(case(f, f"{a}/v2/skazanki/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/klub/registracija", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijoweMe": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "gronidlo": L("Senfgurke#03222", CRED), "narodnyZen": L(DOB, BIRTH),
            "klubowaKorta": L(CLUB_CARD, UID),
            "adresa": {"droga": L(HOME["line"], ADDR), "plc": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE)},
            "marketingPsizwolenje": False}),
        case(f, f"{a}/v2/auth/email-kod", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kod": L("508317", CRED)}),
        case(f, f"{a}/v2/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/katalog", headers=_h(rng, **b), query={
            "kategorija": "kisale-korki", "wobchod": SHOP["id"], "bok": "1"}),
        case(f, f"{a}/v2/katalog/pr_senf_720", headers=_h(rng, **b)),
        case(f, f"{a}/v2/skazanki", headers=_h(rng, **b), body={
            "skazanka": L(ORDER, BUY), "klubowaKorta": L(CLUB_CARD, UID),
            "pozicije": [{"sklenca": "pr_senf_720", "licba": 3, "cena": 4.29},
                         {"sklenca": "pr_dill_370", "licba": 4, "cena": 2.49},
                         {"sklenca": "pr_chren_200", "licba": 1, "cena": 3.19}],
            "dogromady": L(26.02, BUY),
            "wotwzese": {"wobchod": SHOP["id"], "zen": "2026-06-06", "cas": "15:00"}}),
        case(f, f"{a}/v2/plasenje", fmt="form", headers=_h(rng, **b), body={
            "skazanka": L(ORDER, BUY), "suma": L("26.02", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "kartaSledne4": L("4444", PAY)}),
        case(f, f"{a}/v2/wotwzese/check-in", headers=_h(rng, **b), body={
            "skazanka": L(ORDER, BUY), "mestno": {"lat": sla, "lng": slo},
            "wobchod": {"id": SHOP["id"], "lat": SHOP["lat"], "lng": SHOP["lon"],
                        "telefon": SHOP["phone"]}}),
        case(f, f"{a}/v2/posylki", headers=_h(rng, **b), body={
            "dostawarka": {"me": L(MOTHER_US[0], NAMEC), "adresa": L(MOTHER_US[2], ADDR),
                           "telefon": L(MOTHER_US[1], TEL), "kraj": "US"},
            "pozicije": [{"sklenca": "pr_senf_720", "licba": 6}], "wagaKg": 5.2,
            "cena": L(48.9, BUY),
            "powesc": L("Happy birthday Mom! Real Spreewald gherkins, like great-grandma's",
                        TEXT)}),
        case(f, f"{a}/v2/zniwowyZen/psizjawjenje", headers=_h(rng, **b), body={
            "zen": "2026-07-18", "wosoby": [
                {"me": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
                {"me": L(KID, NAMEC), "leta": L(11, BIRTH)}],
            "tricko": ["M", "XS"],
            "pokazka": L("Kito is allergic to wasp stings, we bring his EpiPen",
                         f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v2/recepty", [
            ("wobraz", "gurkensalat.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("recept", None, "application/json", {
                "titel": "Texas-Wendish cucumber salad",
                "tekst": L("My grandmother's recipe from Serbin: cucumbers, sour cream, dill, "
                           "a little sugar", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/hodnosenje", fmt="form", headers=_h(rng, **b), body={
            "sklenca": "pr_senf_720", "hodnosenje": "5",
            "tekst": L("Best mustard gherkins, my husband eats a jar a week", TEXT)}),
        case(f, f"{a}/v2/pytanje", headers=_h(rng, **b), query={
            "slowo": L("Senfgurken ohne Zucker", SEARCH)}),
        case(f, f"{a}/v2/skazanki/historija", gz=True, headers=_h(rng, **b), body={
            "klubowaKorta": L(CLUB_CARD, UID), "wot": "2025-01-01", "limit": 20}),
        case(f, f"{a}/v2/kosyk", headers=_h(rng, how="none"), cookies={
            "kk_sesija": L(opaque(rng, "", 40), CRED),
            "kk_kosyk": W({"klubowaKorta": L(CLUB_CARD, UID),
                           "pozicije": [{"sklenca": "pr_dill_370", "licba": 2}]}, "b64json")}),
        order,
        case(f, f"{a}/v2/punkty/wumenjenje", headers=_h(rng, **b), body={
            "klubowaKorta": L(CLUB_CARD, UID), "punkty": 500, "kupon": "KUP-5EUR"}),
        case(f, f"{a}/v2/bilety", headers=_h(rng, **b), body={
            "swjezen": "gurkentag-2026", "bilety": [
                {"me": L(f"{FIRST} {LAST}", NAMEC)}, {"me": L(HUSBAND[0], NAMEC)},
                {"me": L(KID, NAMEC), "zise": True}],
            "dogromady": L(17, BUY), "email": L(EMAIL, MAIL)}),
        lines(f, f"{a}/v2/kasa/skeny", [
            {"korta": L(CLUB_CARD, UID), "wobchod": SHOP["id"], "ts": 1780744200,
             "bon": obj(rng, "bn")},
            {"korta": L(CLUB_CARD, UID), "wobchod": SHOP["id"], "ts": 1781349000,
             "bon": obj(rng, "bn"), "suma": L(11.47, BUY)}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/tsojenja", headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "sesija": rid(rng), "tsojenja": [
                ev("skazanka_wotposlana", 1), ev("wobrazowka", 2,
                                                  wobrazowka=L("Recepty", USAGE))]}),
        case(f, f"{a}/v2/token/wobnowis", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "grat": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV)}),
    ]


def korkarnja_sdks() -> list[Case]:
    rng = random.Random(26022)
    return [
        cs_batch(APP, rng, [("Order Placed", {"total": L(26.02, BUY)}),
                            ("Collected", {"shop": SHOP["id"]})], at=SHOP_FIX, nd=3),
        cs_pixel(APP, rng, "Recipe Opened", {"recipe": "rc_0931"}),
        zw_launch(APP, rng, user=True),
        zw_event(APP, rng, "purchase", {"skazanka": L(ORDER, BUY)}, revenue=26.02),
        ps_eval(APP, rng, {"shop": SHOP["id"], "club": True}),
        pw_register(APP, rng, tags={"klub": "gold", "wobchod": SHOP["id"]}),
        dw_save(APP, rng, {"analytics": True, "marketing": True}),
        pl_card(APP, rng, email=True),
        pl_confirm(APP, rng, "26.02"),
        bm_geocode(APP, rng, "Korkarnja Boblitz", SEARCH, near=HOME_AT, nd=2),
        rg_attach(APP, rng, L(JPEG + b"\x5d", MEDIA), "broken_jar.jpg", "image/jpeg"),
    ]
