"""A sorghum-beer cabaret's order app "Sulumkanari" (sʊlʊm: the local sorghum beer, tchoukoutou
in French; kanari: the clay jar it is sold in; Mama Mazalo's cabaret in Kara delivers jars to
family feasts; snake_case Kabiyè keys in ASCII: ``hide`` name, ``diga_hide`` surname,
``telefoni`` phone, ``sekre_tom`` password, ``lulu_wiye`` birth date (the age gate),
``adiresi`` street line, ``tetu`` town, ``kanari`` jars, ``sulum`` beer, ``liidiye`` amount,
``liidiye_celuu`` payment, ``komandi`` order (loan), ``livrezo`` delivery, ``toonag`` food,
``tom`` note or message, ``wiye`` day, ``kado`` gift, ``eyu`` customer, ``kpekpe`` near): sign-up,
an SMS code, ``/eyu/ma``, cabarets near her (2 decimals), the menu, jars ordered for the Evala
feast delivered to the family compound at Landa, the payment, extras (msgpack), a rating, the
receipt by order number in the path, a gift jar for her mother-in-law, points by cookie, a
search, a complaint, the delivery confirmed with her fix, a preferences cookie (base64 JSON), an
offline cart (JSON Lines), push, events and a log-out. New: "cabaret", "tchouk" and "millet beer"
matched nothing in a docstring grep; "dolo" only an SDK's name; "brew" home-brewing and
breweries' tap rooms, not a village cabaret's jar orders."""

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
    MAIL,
    NAMEC,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families233_kit import (
    CABARET,
    COMPOUND_AT,
    HOME,
    HOME_AT,
    LOCAL_SIM,
    MOTHER_IL,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families233_sdk import (
    bs_bid,
    bs_notice,
    ck_crash,
    ck_crumb,
    mk_batch,
    mk_queue,
    tp_event,
    tp_launch,
)
from eval_families233_svc import cn_card, cn_confirm, md_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("sulumkanari", "Sulumkanari", "com.example.sulumkanari", "1.2.7",
          "https://api.sulumkanari.example.com")
IID = "X-Sulum-Masini"
PW = "Kanari$Tomde91"
DOB_TG = "17/05/1991"
ORDER = "SK-260709-0144"  # the feast order (financial.purchase)
COMPOUND_LINE = "Concession Tchalla, quartier Kpézindè, Landa"  # the family compound


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, fr=True, **kw)


def sulumkanari() -> list[Case]:
    rng = random.Random(23331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefoni=L(LOCAL_SIM, TEL), eyu=L(USER_ID, UID)))}
    cla, clo = fix(COMPOUND_AT, 5)
    receipt = at_path(case(f, f"{a}/api/komandi/{ORDER}/takayag", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/eyu", headers=_h(rng), body={
            "hide": L(FIRST, NAMEC), "diga_hide": L(LAST, NAMEC), "telefoni": L(LOCAL_SIM, TEL),
            "email": L(EMAIL, MAIL), "sekre_tom": L(PW, CRED), "lulu_wiye": L(DOB_TG, BIRTH),
            "adiresi": L(HOME["line"], ADDR), "tetu": L(HOME["town"], COARSE),
            "majeur": True}),
        case(f, f"{a}/api/eyu/sms", fmt="form", headers=_h(rng), body={
            "telefoni": L(LOCAL_SIM, TEL), "kod": L("905117", CRED)}),
        case(f, f"{a}/api/eyu/ma", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/cabarets/kpekpe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "ouvert": "1"}),
        case(f, f"{a}/api/cabarets/{CABARET['id']}/menu", headers=_h(rng, **b),
             query={"wiye": "2026-07-10"}),
        case(f, f"{a}/api/komandi", headers=_h(rng, **b), body={
            "cabaret": CABARET["id"], "komandi": L(ORDER, BUY),
            "lignes": [{"sulum": "tchoukoutou doux", "kanari": 6, "prix": 3000},
                       {"sulum": "tchoukoutou fort", "kanari": 2, "prix": 3500}],
            "liidiye": L(25000, BUY),
            "livrezo": {"adiresi": L(COMPOUND_LINE, ADDR), "tetu": L("Landa", COARSE),
                        "lat": cla, "lng": clo, "wiye": "2026-07-11", "aliwaatu": "07:00"},
            "tom": L("Pour la fête d'evala, pas trop aigre s'il vous plaît", TEXT)}),
        case(f, f"{a}/api/liidiye_celuu", fmt="form", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY), "liidiye": L("25000", BUY), "devise": "XOF",
            "methode": "momo", "telefoni_momo": L(LOCAL_SIM, TEL),
            "reference": rid(rng)}),
        case(f, f"{a}/api/komandi/{obj(rng, 'ln')}/extras", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "komandi": L(ORDER, BUY),
                 "extras": [{"nom": "calebasses", "qte": 20, "prix": 100},
                            {"nom": "toonag: pâte et sauce gombo", "qte": 10, "prix": 500}],
                 "liidiye": L(7000, BUY)}),
        case(f, f"{a}/api/avis", fmt="form", headers=_h(rng, **b), body={
            "cabaret": CABARET["id"], "etoiles": "5",
            "tom": L("Le sulum était frais et bien sucré, les vieux ont aimé", TEXT)}),
        receipt,
        case(f, f"{a}/api/kado", headers=_h(rng, **b), body={
            "a": {"hide": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL)},
            "kanari": 1, "liidiye": L(3000, BUY),
            "tom": L("Pour Maman Massama, bonne fête!", f"{TEXT}|{NAMEC}"),
            "code": opaque(rng, "KD", 8)}),
        case(f, f"{a}/api/points", headers=_h(rng, how="none"), cookies={
            "sk_sesi": L(opaque(rng, "", 40), CRED), "sk_masini": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/api/search", headers=_h(rng, **b), query={
            "q": L("tchoukoutou livraison Landa samedi", SEARCH), "page": "1"}),
        case(f, f"{a}/api/plaintes", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY), "categorie": "retard",
            "tom": L("Le livreur est arrivé à 10h au lieu de 7h, deux kanari cassés", TEXT)}),
        case(f, f"{a}/api/livrezo/confirmer", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY), "recu": True, "at": {"lat": cla, "lng": clo},
            "livreur": obj(rng, "lv")}),
        case(f, f"{a}/api/preferences", headers=_h(rng, **b), cookies={
            "sk_sesi": L(opaque(rng, "", 40), CRED),
            "sk_prefs": W({"eyu": L(USER_ID, UID), "langue": L("fr", DEV),
                           "tetu": L("Kara", COARSE)}, "b64json")}),
        lines(f, f"{a}/api/panier/sync", [
            {"op": "add", "cabaret": CABARET["id"], "sulum": "tchoukoutou doux", "kanari": 2},
            {"op": "note", "tom": L("Ajouter le piment à part", TEXT)},
            {"op": "address", "adiresi": L(HOME["line"], ADDR)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/masini", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masini_id": L(INSTALL_ID, DID),
            "langue": L("fr", DEV), "fuseau": L(TZ, DEV), "modele": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "eyu": L(USER_ID, UID), "events": [
                ev("komandi_passee", 1, liidiye=L(25000, BUY)),
                ev("ecran", 2, ecran=L("Cabarets", USAGE))]}),
        case(f, f"{a}/api/eyu/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def sulumkanari_sdks() -> list[Case]:
    rng = random.Random(23332)
    return [
        mk_batch(APP, rng, [("Order Placed", {"total": L(25000, BUY)}),
                            ("Delivery Confirmed", {})], at=COMPOUND_AT, nd=2, locale="fr_TG"),
        mk_queue(APP, rng, [("Cart Updated", {"jars": 2}), ("Cabaret Viewed",
                                                           {"cabaret": CABARET["id"]})]),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "purchase", {"komandi": L(ORDER, BUY)}, revenue=25000.0,
                 hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="boissons,fete,kara"),
        bs_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "kanari qty"),
                 [ck_crumb("nav", "Menu -> Panier"), ck_crumb("tap", "plus_button")],
                 screen="PanierActivity"),
        cn_card(APP, rng, email=True),
        cn_confirm(APP, rng, "7000"),
        md_geocode(APP, rng, "Landa Kpézindè", SEARCH, near=HOME_AT, nd=3),
    ]

