"""Wendish descendants' society app "Korjenje" (kórjenje: roots; a society in Cottbus for people
of Lower Sorbian (Wendish) descent at home and abroad, with a Lower Sorbian evening class, family
research in church books, costume hire for festivals and a ball; she joined as a descendant of
the Wends who sailed from Burg to Texas in 1854). Its API's keys are Lower Sorbian,
ASCII-folded: ``clonk`` member, ``psedme``, ``familijowe_me``, ``email``, ``telefon``,
``datum_narozenja``, ``mesto``, ``pochad`` descent, ``narodnosc`` nationality/ethnicity,
``kurs`` course, ``suma``, ``plasenje``, ``mestno`` place (``syrina``/``dlujkosc``),
``swojbny_bom`` family tree, ``psedownicy`` ancestors, ``pokolenje`` generation,
``wupucowanje`` emigration, ``wjas`` village, ``cyrkwine_knigly`` church books, ``skan``,
``drasta`` costume, ``mery`` measurements, ``bilety`` tickets, ``lektorka`` teacher,
``powesc``, ``pytanje``, ``dar`` donation, ``se_cujom`` "I feel (myself)", ``grat``,
``tsojenja``, ``slowka`` vocabulary: joining with her stated descent, a log-in, ``/ja``, the
course list, the evening class booked and paid, attendance with her fix, the family tree (gzip),
a church-book search request, a hymnal page scanned, a costume hired (her measurements), ball
tickets, a message to the teacher, a search, the member card by number in the path, a donation,
the society's identity survey, vocabulary practice (JSON Lines), push and events."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families260_kit import (
    ANCESTORS,
    HUSBAND,
    MOTHER_US,
    SOC_FIX,
    SOC_HOUSE,
    SOC_MEMBER,
    fix,
    hd,
    obj,
    push,
)
from eval_families260_sdk import bk_bid, cs_batch, cs_pixel, zl_crash, zl_crumb, zw_launch, zw_link
from eval_families260_svc import dw_check, pl_card, pl_confirm, pw_register, rg_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("korjenje", "Korjenje", "com.example.korjenje", "1.3.0",
          "https://api.korjenje.example.org")
IID = "X-Korjenje-Grat"
PW = "Serbin1854!Burg"
DESCENT = "wendisch / serbski (Texas Wends, Burg 1854)"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def korjenje() -> list[Case]:
    rng = random.Random(26051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), clonk=L(SOC_MEMBER, UID)))}
    sla, slo = fix(SOC_FIX)
    card = at_path(case(f, f"{a}/v1/clonki/{SOC_MEMBER}/karta", headers=_h(rng, **b)),
                   SOC_MEMBER, UID)
    (n1, d1, v1), (n2, d2, _v2) = ANCESTORS
    return [
        case(f, f"{a}/v1/clonki", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijowe_me": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "datum_narozenja": L(DOB, BIRTH),
            "mesto": L("Lübbenau", COARSE), "pochad": L(DESCENT, SENS),
            "serbska_rec": "zachopjenk", "clonk": L(SOC_MEMBER, UID), "psinosk": L(36, BUY)}),
        case(f, f"{a}/v1/psizjawjenje", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gronidlo": L(PW, CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kursy", headers=_h(rng, **b), query={
            "rownina": "A1", "mesto": "Chosebuz", "cas": "wjacor"}),
        case(f, f"{a}/v1/kursy/dsb_a1_wjacor/psizjawjenje", headers=_h(rng, **b), body={
            "clonk": L(SOC_MEMBER, UID), "suma": L(120, BUY),
            "psicyna": L("I want to read my great-great-grandfather's Wendish hymnal and talk "
                         "with Mato's grandmother", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/plasenje", fmt="form", headers=_h(rng, **b), body={
            "kurs": "dsb_a1_wjacor", "suma": L("120.00", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kursy/dsb_a1_wjacor/psibytnosc",
             headers=_h(rng, **b), body={
                 "zasedanje": obj(rng, "zs"), "mestno": {"syrina": sla, "dlujkosc": slo},
                 "dom": {"id": SOC_HOUSE["id"], "syrina": SOC_HOUSE["lat"],
                         "dlujkosc": SOC_HOUSE["lon"]}}),
        case(f, f"{a}/v1/swojbny_bom", gz=True, headers=_h(rng, **b), body={
            "clonk": L(SOC_MEMBER, UID), "narodnosc_swojby": L("serbska / wendisch", SENS),
            "ja": {"me": L(f"{FIRST} {LAST}", NAMEC), "datum_narozenja": L(DOB, BIRTH)},
            "mas": {"me": L(MOTHER_US[0], NAMEC), "mesto": "Giddings, Texas"},
            "psedownicy": [
                {"me": L(n1, NAMEC), "narozeny": L(d1, BIRTH), "wjas": v1, "pokolenje": 5},
                {"me": L(n2, NAMEC), "narozeny": L(d2, BIRTH), "wjas": v1, "pokolenje": 5}],
            "wupucowanje": {"leto": 1854, "loz": "Ben Nevis", "cil": "Serbin, Texas"}}),
        case(f, f"{a}/v1/cyrkwine_knigly/pytanje", headers=_h(rng, **b), body={
            "psedownik": L(n1, NAMEC), "wjas": "Burg (Bórkowy)", "wot": 1800, "do": 1854,
            "email": L(EMAIL, MAIL), "suma": L(25, BUY),
            "powesc": L("Looking for the baptism of Jan Kóńcak and his parents' names",
                        f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/skany", [
            ("skan", "hymnal_page.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "clonk": L(SOC_MEMBER, UID),
                "tekst": L("My great-great-grandmother's Wendish hymnal, brought to Texas in 1854",
                           f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/drasta/wupozycenje", headers=_h(rng, **b), body={
            "drasta": "swjezenska_blota", "wot": "2026-06-20", "do": "2026-06-22",
            "me": L(f"{FIRST} {LAST}", NAMEC),
            "mery": {"wusokosc_cm": L(168, FIT), "psa_cm": L(92, FIT), "pas_cm": L(74, FIT)},
            "suma": L(45, BUY), "kaucija": L(100, BUY)}),
        case(f, f"{a}/v1/bal/bilety", headers=_h(rng, **b), body={
            "bal": "serbski_bal_2026", "bilety": [
                {"me": L(f"{FIRST} {LAST}", NAMEC)}, {"me": L(HUSBAND[0], NAMEC)}],
            "suma": L(64, BUY), "blido": "t_14"}),
        case(f, f"{a}/v1/powesci", headers=_h(rng, **b), body={
            "lektorka": "lk_2231",
            "tekst": L("Dobry wjacor! Can Kito join the children's group? He sings Sorbian songs "
                       "at school already.", TEXT)}),
        case(f, f"{a}/v1/pytanje", headers=_h(rng, **b), query={
            "q": L("Kóńcak Burg 1854 Ben Nevis", SEARCH), "bok": "1"}),
        card,
        case(f, f"{a}/v1/dar", fmt="form", headers=_h(rng, **b), body={
            "fond": "serbske_kulturne_dzelo", "suma": L("50", BUY), "waluta": "EUR",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "anonymne": "false"}),
        case(f, f"{a}/v1/naprasowanje",
             headers=_h(rng, **b), body={
                 "clonk": L(SOC_MEMBER, UID), "se_cujom": L("Wendin (Nachfahrin)", SENS),
                 "pochad_psez": L("mama", SENS), "rec_doma": "englisch",
                 "zajm": ["rec", "spiwy", "swojbne_sledowanje"]}),
        lines(f, f"{a}/v1/slowka/wusledki", [
            {"wuzywar": L(USER_ID, UID), "slowko": "sw_0412", "psawje": True,
             "ts": 1781290000},
            {"wuzywar": L(USER_ID, UID), "slowko": "sw_0413", "psawje": False,
             "ts": 1781290011}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/sesija", headers=_h(rng, how="none"), cookies={
            "kr_sesija": L(opaque(rng, "", 40), CRED), "kr_grat": L(INSTALL_ID, DID),
            "kr_req": rid(rng)}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tsojenja", gz=True, headers=_h(rng, **b), body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("kurs_psizjawjony", 1), ev("wobrazowka", 2, wobrazowka=L("SwojbnyBom", USAGE)),
                ev("rec", 3, rec=L("en", DEV))]}),
    ]


def korjenje_sdks() -> list[Case]:
    rng = random.Random(26052)
    link = U("https://korjenje.example.org/k", {"kurs": "dsb_a1_wjacor", "ref": "newsletter",
                                                "em": L(EMAIL, MAIL)})
    return [
        cs_batch(APP, rng, [("Course Booked", {"amount": L(120, BUY)}),
                            ("Tree Saved", {"people": 4})], at=SOC_FIX, nd=2),
        cs_pixel(APP, rng, "Newsletter Opened", {"issue": "2026-06"}),
        zw_launch(APP, rng, first=True),
        zw_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="genealogy,language,culture"),
        zl_crash(APP, rng, ("java.lang.OutOfMemoryError", "tree render"),
                 [zl_crumb("nav", "SwojbnyBom -> Psedownik"), zl_crumb("tap", "zoom_in")],
                 screen="TreeActivity"),
        pw_register(APP, rng, tags={"kurs": "dsb_a1_wjacor",
                                    "pochad": L("texas_wends", SENS)}),
        dw_check(APP, rng, {"analytics": True, "marketing": False}),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "120.00"),
        rg_message(APP, rng, L("My family tree upload stopped at 80 percent", TEXT),
                   {"clonk": L(SOC_MEMBER, UID)}),
    ]
