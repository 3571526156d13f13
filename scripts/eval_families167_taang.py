"""Shea-butter women's cooperative app "Taangkaam" (taanga "shea tree", kaam "butter/oil"; a
Koudougou women's group that buys members' shea kernels, makes butter and pays by mobile
money; she joined with her mother-in-law and collects from the family's parkland). Moore keys
with English: ``yuure`` first name, ``sondre`` family name, ``telefon`` phone, ``pin`` PIN,
``kode`` SMS code, ``tenga`` town, ``saka`` quarter, ``soolem`` region, ``kart`` ID card,
``yaaba`` (here) mother-in-law sponsor, ``puugo`` field, ``taam_biisi`` shea kernels, ``kilo``
kilograms, ``ligdi`` amount, ``yaoogo`` payment, ``samde`` loan (lit. debt), ``kiuugu`` month,
``koosgo`` sale, ``reegda`` recipient, ``zaka`` address, ``koeega`` message, ``laoogo``
training session, ``soaba`` user, ``yela`` events: joining as a producer (her residence card,
her mother-in-law as sponsor), an SMS code, ``/maam``, the parkland's corners, a kernel
delivery weighed at the centre, a protobuf collection beat with her fix, an offline queue of
fixes (msgpack), the payout to her wallet, the payout account, a training session, a loan for a
roaster, the organic declaration (gzip), butter bought for her sister, a photo of kernels
drying, sales by producer number in the path, a message to the group's president, an offline
sync (JSON Lines), the price board, push, events and a session refresh. Shea does not appear in
earlier sets ("shea butter" and "karite" found nothing); set 151 has a seller of wine, set 94
a cotton cooperative's payouts: here a kernel producer in a women's group."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families167_kit import (
    BF_IBAN,
    COOP,
    KOUDOUGOU_AT,
    LOCAL,
    MOTHER_IL,
    PRODUCER,
    RESIDENT,
    SHEA_FIELD,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families167_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families167_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("taangkaam", "Taangkaam", "com.example.taangkaam", "1.5.3",
          "https://api.taangkaam.example.com")
IID = "X-Taang-Install"
NID = "personal.national_id"
P = PRODUCER
TREE_FIX = (12.271655, -2.380544)  # her phone under the shea trees at collection
CENTRE_FIX = (12.259041, -2.360087)  # her phone at the cooperative's scale


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def taangkaam() -> list[Case]:
    rng = random.Random(16771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, producer=L(P, UID), telefon=L(LOCAL, TEL)))}
    _tla, _tlo = fix(TREE_FIX)
    cla, clo = fix(CENTRE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(P, UID)), (2, 1782950400),
               (3, [(1, L(TREE_FIX[0], PRECISE)), (2, L(TREE_FIX[1], PRECISE))]),
               (4, 12.5), (5, L(52, DEV))], "", lab)
    sales = at_path(case(f, f"{a}/v1/producers/{P}/koosgo", headers=_h(rng, **b),
                         query={"saison": "2026"}), P, UID)
    return [
        case(f, f"{a}/v1/producers", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "telefon": L(LOCAL, TEL),
            "pin": L("2607", CRED), "kart": L(RESIDENT, NID), "producer": L(P, UID),
            "tenga": L("Koudougou", COARSE), "saka": L("Secteur 6", COARSE),
            "soolem": L("Centre-Ouest", COARSE),
            "yaaba": {"yuure": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "groupement": COOP["id"]}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "telefon": L(LOCAL, TEL), "kode": L("902731", CRED)}),
        case(f, f"{a}/v1/maam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/puugo", headers=_h(rng, **b), body={
            "producer": L(P, UID), "arbres": 46, "hectares": 2.1,
            "limites": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in SHEA_FIELD]}),
        case(f, f"{a}/v1/livraisons", headers=_h(rng, **b), body={
            "producer": L(P, UID), "taam_biisi_kilo": 84, "qualite": "A",
            "ligdi": L(23520, BUY), "ziiga": {"lat": cla, "lng": clo},
            "centre": {"id": COOP["id"], "lat": COOP["lat"], "lng": COOP["lon"]}}),
        raw(f, f"{a}/v1/collecte/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/collecte/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID),
            "fixes": [{"lat": L(round(TREE_FIX[0] + 0.0004 * i, 6), PRECISE),
                       "lng": L(round(TREE_FIX[1] + 0.0003 * i, 6), PRECISE),
                       "t": 1782950400 + 900 * i} for i in range(3)]}),
        case(f, f"{a}/v1/yaoogo", headers=_h(rng, **b), body={
            "producer": L(P, UID), "ligdi": L(23520, BUY), "wallet": L(LOCAL, TEL),
            "livraison": obj(rng, "lv")}),
        case(f, f"{a}/v1/yaoogo/compte", headers=_h(rng, **b), body={
            "titulaire": L(f"{FIRST} {LAST}", NAMEC), "iban": L(BF_IBAN, PAY),
            "banque": "Example Banque du Faso", "producer": L(P, UID)}),
        case(f, f"{a}/v1/laoogo/presence", fmt="form", headers=_h(rng, **b), body={
            "laoogo": obj(rng, "lg"), "producer": L(P, UID), "theme": "hygiene_beurre"}),
        case(f, f"{a}/v1/samde", headers=_h(rng, **b), body={
            "producer": L(P, UID), "samde": L(75000, BUY), "kiuugu": 10,
            "mensualite": L(7800, BUY),
            "motif": L("Torrefacteur pour les amandes, avec ma belle-mere", TEXT)}),
        case(f, f"{a}/v1/bio/declaration", gz=True, headers=_h(rng, **b), body={
            "producer": L(P, UID), "kart": L(RESIDENT, NID), "engrais_chimique": False,
            "feux_de_brousse": False, "saison": "2026"}),
        case(f, f"{a}/v1/commandes", headers=_h(rng, **b), body={
            "lignes": [{"produit": "beurre_bio_500g", "qte": 6, "prix": 3500}],
            "ligdi": L(21000, BUY), "reegda": {
                "yuure": L(SISTER_US[0], NAMEC), "zaka": L(SISTER_US[3], ADDR),
                "telefon": L(SISTER_US[1], TEL)}}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "sechage.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"producer": L(P, UID), "etape": "sechage"})],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "presidente",
            "koeega": L(f"Please weigh for {MOTHER_IL[0]} ({MOTHER_IL[1]}) on Saturday, "
                        "she cannot come", f"{TEXT}|{NAMEC}|{TEL}")}),
        lines(f, f"{a}/v1/sync", [
            {"op": "collecte", "kilo": 21, "by": L(P, UID)},
            {"op": "koosgo", "livraison": obj(rng, "lv"), "ligdi": L(23520, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prix", headers=_h(rng, **b), query={
            "centre": COOP["id"], "semaine": "2026-W27"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_BF")),
        case(f, f"{a}/v1/yela", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("delivery_logged", 1), ev("screen", 2, screen=L("Puugo", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/conseiller/visite", headers=_h(rng, **b), body={
            "producer": L(P, UID), "daare": "2026-07-18",
            "ziiga": {"lat": L(SHEA_FIELD[0][0], PRECISE), "lng": L(SHEA_FIELD[0][1], PRECISE)},
            "koeega": L("Some trees have mistletoe, can the adviser look?", TEXT)}),
    ]


def taangkaam_sdks() -> list[Case]:
    rng = random.Random(16772)
    return [
        mc_batch(APP, rng, [("Delivery Logged", {"kilo": 84}), ("Photo Sent", {})],
                 at=TREE_FIX, nd=2, locale="fr_BF"),
        mc_identify(APP, rng, {"soolem": L("Centre-Ouest", COARSE), "producer": L(P, UID)}),
        mc_pixel(APP, rng, "Prices Opened", {"semaine": "2026-W27"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "delivery", {"kilo": 84}, revenue=23520.0),
        fn_eval(APP, rng, {"soolem": L("Centre-Ouest", COARSE), "role": "productrice"}),
        pt_register(APP, rng, at=KOUDOUGOU_AT, nd=2, lang="fr",
                    tags={"tenga": L("Koudougou", COARSE)}),
        cl_wallet(APP, rng, "23520", L(LOCAL, TEL)),
        mm_geocode(APP, rng, "Koudougou centre de collecte Nong-Taaba", SEARCH,
                   near=KOUDOUGOU_AT, nd=3),
        hs_message(APP, rng, L("My payout for 84 kg did not arrive", TEXT),
                   {"producer": L(P, UID)}),
    ]

