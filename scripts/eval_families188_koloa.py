"""The village co-op store's ship pre-order app "Fale Koloa" (goods come on the supply ship
from Apia every few weeks; households order ahead on credit; Tokelauan keys: ``koloa`` goods,
``oka`` order, ``mea`` items, ``numela`` quantity / number, ``tau`` price, ``aofaiga`` total,
``kaute`` credit account, ``vakatele`` ship voyage, ``faletupe`` bank account, ``totogi``
payment, ``totogi_mai`` paid by someone else, ``tali`` who collects, ``momoli`` delivery,
``toe_fakafoki`` refund, ``mafuaga`` reason, ``fakapitoa`` special order, plus ``igoa``,
``imeli``, ``numela_telefoni``, ``upu_lilo``, ``tuatuhi``, ``tulaga``, ``hakili``, ``fekau``,
``ata``): sign-up with the household's credit account, a log-in, ``/oku``, the catalogue for
the next voyage, a search, the pre-order, an amendment (msgpack), the credit balance by account
in the path, a payment from her NZ account, her sister-in-law paying from Lower Hutt, a special
order of the son's asthma medicine, the wharf pick-up by her husband, a delivery to the house
with her fix, the receipt by cookie, history, a damaged-goods photo, a refund, the co-op
dividend, a protobuf shelf scan, push, events and a session refresh. Set 148 books her own ship
passage and cargo; grocery apps deliver in cities; a village co-op's pre-orders on household
credit for the next supply ship are new ("community store", "co-op store" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
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
from eval_families24_kit import claims, rid
from eval_families188_kit import (
    CREDIT,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    NZ_ACCOUNT,
    SAILING,
    SISTER_IL,
    STORE,
    fix,
    hd,
    push,
)
from eval_families188_sdk import (
    ab_bid,
    ab_notice,
    ck_crash,
    ck_crumb,
    mo_batch,
    mo_pixel,
    vk_event,
    vk_launch,
    vk_link,
)
from eval_families188_svc import pu_card, pu_confirm, pu_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("falekoloa", "Fale Koloa", "com.example.falekoloa", "1.12.1",
          "https://api.falekoloa.example.net")
IID = "X-FK-Masini"
PW = "Koloa$Vaka2026"
ORDER = "FK-OKA-55120"  # her pre-order for the voyage (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def falekoloa() -> list[Case]:
    rng = random.Random(18841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kaute=L(CREDIT, UID), kaiga=L(HOUSEHOLD, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    scan = pb([(1, L(CREDIT, UID)), (2, "9415007012345"), (3, 2), (4, "4.80"),
               (5, 1769475600)], "", lab)
    balance = at_path(case(f, f"{a}/v1/kaute/{CREDIT}", headers=_h(rng, **b)), CREDIT, UID)
    return [
        case(f, f"{a}/v1/tagata", headers=_h(rng), body={
            "igoa": L(f"{FIRST} {LAST}", NAMEC), "numela_telefoni": L(E164, TEL),
            "imeli": L(EMAIL, MAIL), "upu_lilo": L(PW, CRED), "kaute": L(CREDIT, UID),
            "kaiga": L(HOUSEHOLD, UID), "nuku": STORE["id"]}),
        case(f, f"{a}/v1/ulufale", fmt="form", headers=_h(rng), body={
            "numela_telefoni": L(NATIONAL, TEL), "upu_lilo": L(PW, CRED)}),
        case(f, f"{a}/v1/oku", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/koloa", headers=_h(rng, **b), query={
            "vakatele": SAILING, "vaega": "meakai", "itulau": "1"}),
        case(f, f"{a}/v1/koloa/hakili", headers=_h(rng, **b), query={
            "hakili": L("falaoa mata 10kg", SEARCH), "vakatele": SAILING}),
        case(f, f"{a}/v1/oka", headers=_h(rng, **b), body={
            "oka": L(ORDER, BUY), "vakatele": SAILING, "kaute": L(CREDIT, UID),
            "mea": [{"koloa": "falaoa mata 10kg", "numela": 2, "tau": 38.5},
                    {"koloa": "huka 2kg", "numela": 3, "tau": 7.9},
                    {"koloa": "pepa fale vai", "numela": 4, "tau": 6.2}],
            "aofaiga": L(125.50, BUY)}),
        case(f, f"{a}/v1/oka/{ORDER}/fetuli", fmt="msgpack", headers=_h(rng, **b), body={
            "oka": L(ORDER, BUY), "mea": [{"koloa": "huauu 5L", "numela": 1, "tau": 17.3}],
            "aofaiga": L(142.80, BUY), "kaute": L(CREDIT, UID)}),
        balance,
        case(f, f"{a}/v1/kaute/totogi", fmt="form", headers=_h(rng, **b), body={
            "kaute": L(CREDIT, UID), "tupe": L("100.00", BUY), "tupe_ituaiga": "NZD",
            "faletupe": L(NZ_ACCOUNT, PAY), "igoa_kaute": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/oka/{ORDER}/totogi_mai", headers=_h(rng, **b), body={
            "oka": L(ORDER, BUY), "tagata": {"igoa": L(SISTER_IL[0], NAMEC),
                                             "imeli": L(SISTER_IL[2], MAIL),
                                             "numela_telefoni": L(SISTER_IL[1], TEL)},
            "tupe": L(42.80, BUY)}),
        case(f, f"{a}/v1/oka/fakapitoa", headers=_h(rng, **b), body={
            "kaute": L(CREDIT, UID), "vakatele": SAILING,
            "fekau": L("Fakamolemole oka mai ni vailakau asthma mo Kele: salbutamol 2, "
                       "spacer 1", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/oka/{ORDER}/tali", fmt="form", headers=_h(rng, **b), body={
            "uafu": "uafu_fale", "aho": "2026-02-03", "tali_igoa": L(HUSBAND[0], NAMEC),
            "tali_telefoni": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/oka/{ORDER}/momoli", headers=_h(rng, **b), body={
            "tuatuhi": L(HOME["line"], ADDR), "tulaga": {"lat": hla, "lng": hlo},
            "faleoloa": {"lat": STORE["lat"], "lng": STORE["lon"]}, "itula": "16:00"}),
        case(f, f"{a}/v1/lihiti/fou", headers=_h(rng, how="none"), cookies={
            "fk_sesia": L(opaque(rng, "", 40), CRED), "fk_masini": L(INSTALL_ID, DID),
            "fk_req": rid(rng)}),
        case(f, f"{a}/v1/oka", headers=_h(rng, **b), query={
            "kaute": L(CREDIT, UID), "mai": "2025-10-01"}),
        multipart(f, f"{a}/v1/oka/{ORDER}/leaga", [
            ("ata", "huka_pala.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "oka": L(ORDER, BUY),
                "fekau": L("Ko te taga huka na mahae i luga o te vaka", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/oka/{ORDER}/toe_fakafoki", fmt="form", headers=_h(rng, **b), body={
            "oka": L(ORDER, BUY), "tupe": L("7.90", BUY),
            "mafuaga": L("Huka na pala i te vai", TEXT)}),
        case(f, f"{a}/v1/kaute/vaega_tupe", headers=_h(rng, **b), query={
            "kaute": L(CREDIT, UID), "tauhaga": "2025"}),
        raw(f, f"{a}/v1/fata/siaki", scan, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/fekau", headers=_h(rng, **b), body={
            "kia": STORE["id"], "fekau": L("E iei ni meakai fou mo te vakatele a Fepuali?", TEXT)}),
        case(f, f"{a}/v1/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mea_tutupu", gz=True, headers=_h(rng, **b), body={
            "fakaaoga": L(USER_ID, UID), "mea_tutupu": [
                ev("oka_tuku", 1, aofaiga=L(142.8, BUY)),
                ev("itulau", 2, itulau=L("Kaute", USAGE))]}),
        case(f, f"{a}/v1/sesia/fakafou", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
    ]


def falekoloa_sdks() -> list[Case]:
    rng = random.Random(18842)
    link = U("https://falekoloa.example.net/o", {"oka": L(ORDER, BUY), "ref": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mo_batch(APP, rng, [("Order Placed", {"total": L(142.8, BUY)}),
                            ("Credit Viewed", {})]),
        mo_pixel(APP, rng, "Catalogue Opened", {"voyage": SAILING}),
        vk_launch(APP, rng, first=True, user=True),
        vk_link(APP, rng, link),
        vk_event(APP, rng, "purchase", {"oka": L(ORDER, BUY)}, revenue=142.8, hashed=True,
                 currency="NZD"),
        ab_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="groceries,rice,flour"),
        ab_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.NumberFormatException", "qty"),
                 [ck_crumb("nav", "Koloa -> Oka"), ck_crumb("tap", "fetuli")],
                 screen="OkaActivity"),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "142.80"),
        pu_wallet(APP, rng, "100.00", L(E164, TEL)),
    ]
