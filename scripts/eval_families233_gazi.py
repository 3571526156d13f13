"""A cooking-gas refill delivery app "Gazidiga" (gazi: gas; ɖɩɣa: house; a Kara depot's moto
riders swap an empty 12.5 kg cylinder for a full one at the door; camelCase with Kabiyè words in
ASCII: ``hide`` name, ``digaHide`` surname, ``telefoni`` phone, ``adiresi`` street line,
``tetu`` town, ``eyuNomero`` customer number, ``buteli`` cylinder, ``komandi`` order,
``liidiye`` amount, ``liidiyeCeluu`` payment, ``tom`` note or message, ``wiye`` day, ``jauge``
gauge, ``kpeekpe`` near, ``ceza`` referral): sign-up, an e-mail code, ``/me``, depots near her
(2 decimals), prices, an order delivered to her door (her fix at 5 decimals), the mobile-money
payment, the order by number in the path, the delivery confirmed, a leaking-valve photo, a monthly
plan from her IBAN, the history by cookie, a referral of a neighbour, accessories (msgpack), the
smart gauge joined to her home Wi-Fi, the gauge level, a message, a preferences cookie (base64
JSON), push and events. New: "gas deliver" matched nothing in a docstring grep; "gas cylinder"
one set's subsidised cylinder quota at a counter, not a door delivery."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families233_kit import (
    DEPOT,
    GAS_CLIENT,
    HOME,
    HOME_AT,
    LOCAL_SIM,
    TG_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families233_sdk import (
    bs_bid,
    ck_crash,
    ck_crumb,
    mk_batch,
    mk_identify,
    tp_event,
    tp_launch,
)
from eval_families233_svc import cn_wallet, ft_eval, hb_message, md_reverse, pl_register
from eval_payloads import BSSID, EMAIL, LOCAL_IP, SSID, USER_ID, Case, J, L, W, case

APP = App("gazidiga", "Gazidiga", "com.example.gazidiga", "1.4.9",
          "https://api.gazidiga.example.com")
IID = "X-Gazidiga-Device"
ORDER = "GZ-260122-3381"  # a refill order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def gazidiga() -> list[Case]:
    rng = random.Random(23371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, eyuNomero=L(GAS_CLIENT, UID), email=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT, 5)
    order = at_path(case(f, f"{a}/api/komandi/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/api/eyu", headers=_h(rng), body={
            "eyuNomero": L(GAS_CLIENT, UID), "hide": L(f"{FIRST} {LAST}", NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefoni": L(LOCAL_SIM, TEL),
            "adiresi": L(HOME["line"], ADDR), "tetu": L(HOME["town"], COARSE),
            "quartier": L(HOME["area"], COARSE), "buteli": "12.5kg"}),
        case(f, f"{a}/api/auth/email-code", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "code": L("317640", CRED)}),
        case(f, f"{a}/api/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/depots/kpeekpe", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/prix", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "buteli": "12.5kg"}),
        case(f, f"{a}/api/komandi", headers=_h(rng, **b), body={
            "eyuNomero": L(GAS_CLIENT, UID), "komandi": L(ORDER, BUY), "depot": DEPOT["id"],
            "buteli": "12.5kg", "echange": True, "liidiye": L(7200, BUY),
            "adiresi": L(HOME["line"], ADDR), "at": {"lat": hla, "lng": hlo},
            "tom": L("Portail bleu après la pharmacie, appelez mon mari si je ne réponds pas",
                     TEXT)}),
        case(f, f"{a}/api/liidiyeCeluu", fmt="form", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY), "liidiye": L("7200", BUY), "devise": "XOF",
            "momo": L(LOCAL_SIM, TEL), "reference": obj(rng, "ref")}),
        order,
        case(f, f"{a}/api/livraison/confirmer", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY), "at": {"lat": hla, "lng": hlo},
            "livreur": "rdr_114", "buteliRendu": "SN-88211-V"}),
        multipart(f, f"{a}/api/incidents", [
            ("foto", "valve.jpg", "image/jpeg", L(JPEG + b"\x4d", MEDIA)),
            ("meta", None, "application/json", {
                "komandi": L(ORDER, BUY),
                "tom": L("The new cylinder hisses at the valve, smell of gas in the kitchen",
                         TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/abonnement", headers=_h(rng, **b), body={
            "eyuNomero": L(GAS_CLIENT, UID), "frequence": "mensuel", "liidiye": L(7200, BUY),
            "iban": L(TG_ACCOUNT, PAY), "titulaire": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/historique", headers=_h(rng, how="none"), cookies={
            "gz_session": L(opaque(rng, "", 40), CRED),
            "gz_client": L(GAS_CLIENT, UID)}),
        case(f, f"{a}/api/ceza", headers=_h(rng, **b), body={
            "hide": L("Afi Essowè Pali", NAMEC), "telefoni": L("+22890667712", TEL),
            "eyuNomero": L(GAS_CLIENT, UID)}),
        case(f, f"{a}/api/accessoires", fmt="msgpack", headers=_h(rng, **b), body={
            "komandi": L(ORDER, BUY),
            "items": [{"sku": "detendeur_std", "qte": 1, "prix": 4500},
                      {"sku": "tuyau_1m5", "qte": 1, "prix": 1500}],
            "liidiye": L(6000, BUY)}),
        case(f, f"{a}/api/jauge/pairing", headers=_h(rng, **b), body={
            "jauge": "gg_7731a", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV), "eyuNomero": L(GAS_CLIENT, UID)}),
        case(f, f"{a}/api/jauge/niveau", headers=_h(rng, **b), query={
            "jauge": "gg_7731a", "since": "2026-01-22"}),
        case(f, f"{a}/api/messages", headers=_h(rng, **b), body={
            "a": "depot_krn",
            "tom": L("Please deliver after 17h, my husband Essozimna Tchalla (+228 90 41 27 63) "
                     "will pay", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/preferences", headers=_h(rng, **b), cookies={
            "gz_session": L(opaque(rng, "", 40), CRED),
            "gz_prefs": W({"eyuNomero": L(GAS_CLIENT, UID), "langue": L("fr", DEV),
                           "rappel": "mensuel"}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_TG")),
        case(f, f"{a}/api/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("komandi_passee", 1, liidiye=L(7200, BUY)),
                ev("ecran", 2, ecran=L("Jauge", USAGE))]}),
    ]


def gazidiga_sdks() -> list[Case]:
    rng = random.Random(23372)
    return [
        mk_batch(APP, rng, [("Refill Ordered", {"total": L(7200, BUY)}),
                            ("Gauge Paired", {})], at=HOME_AT, nd=2),
        mk_identify(APP, rng, {"tetu": L("Kara", COARSE), "eyuNomero": L(GAS_CLIENT, UID),
                               "buteli": "12.5kg"}),
        tp_launch(APP, rng),
        tp_event(APP, rng, "purchase", {"komandi": L(ORDER, BUY)}, revenue=7200.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="maison,cuisine,gaz"),
        ck_crash(APP, rng, ("java.io.IOException", "gauge pairing timeout"),
                 [ck_crumb("nav", "Jauge -> Pairing")], screen="PairingActivity"),
        ft_eval(APP, rng, {"depot": DEPOT["id"], "city": L("Kara", COARSE)}, hdr=True),
        pl_register(APP, rng, lang="fr", at=HOME_AT, nd=2, tags={"depot": DEPOT["id"]}),
        cn_wallet(APP, rng, "7200", L(LOCAL_SIM, TEL)),
        md_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hb_message(APP, rng, L(f"Order {ORDER} was charged twice on my mobile money",
                               f"{TEXT}|{BUY}"), {"eyuNomero": L(GAS_CLIENT, UID)}),
    ]

