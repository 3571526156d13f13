"""An antiques and rare-book auction house's app "Mezat" (Çukurcuma, Beyoğlu): she bids on a
Ladino manuscript in soletreo script from Izmir and consigns her grandmother's silver hanukia.
Its API's keys are Ladino: ``ofertador`` bidder, ``paleta`` paddle number, ``nombre``,
``alkunya``, ``posta_elektronika``, ``telefon``, ``data_de_nasimiento``,
``numero_de_identidad``, ``adreso``, ``sivdad``, ``verifikasion`` (``pasaporte``,
``plantiya_de_kara`` face template, ``vivo`` liveness), ``mezat`` sale, ``katalogo``, ``lote``
lot, ``favoritos``, ``oferta`` bid (``suma``, ``oferta_maksima`` ceiling), ``ekspertiz``
condition report, ``fatura`` invoice, ``pago`` (``iban``), ``envio`` shipping (``resividor``,
``kodigo_postal``), ``konsinyasion`` consignment (``deskripsion``, ``avaluo`` estimate),
``alerta`` saved search, ``bushkar``, ``mesaje``. Calls: sign-up, an OAuth password grant,
``/yo``, the identity check with a face template, the catalogue, a lot, a favourite, a bid, live
bids (msgpack), a protobuf presence beat, the preview visit, a search, a condition question, the
invoice by number in the path, the bank transfer, shipping, a consignment with photos, the
consignor payout, a saved search, push and events by cookie. Earlier auctions are of cars,
fish, livestock or crafts (sets 106, 111, 134, 173, 175); none is an antiques and rare-book
sale room with a bidder identity check."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families16_kit import f32b64
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    FACE,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families212_kit import (
    HOME,
    HOME_AT,
    HOUSE,
    HOUSE_FIX,
    PADDLE,
    PASSPORT,
    TR_ACCOUNT,
    YKN,
    fix,
    hd,
    obj,
    push,
)
from eval_families212_sdk import (
    ab_event,
    ab_launch,
    bk_bid,
    bk_notice,
    cg_crash,
    cg_crumb,
    cg_session,
    ko_batch,
    ko_identify,
)
from eval_families212_svc import hc_attach, mb_route, pa_card, pa_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mezat", "Mezat", "com.example.mezat", "5.3.0", "https://api.mezat.example.com")
IID = "X-Mezat-Device"
PW = "Soletreo!1890"
NID = "personal.national_id"
LOT = "lt_2026_03_118"  # the manuscript lot (a negative)
INVOICE = "MZF-2026-00412"  # her invoice (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mezat() -> list[Case]:
    rng = random.Random(21261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), paleta=L(PADDLE, UID)))}
    pla, plo = fix(HOUSE_FIX, 5)
    face = f32b64([round(rng.gauss(0, 0.08), 5) for _ in range(128)])
    lab: dict[str, str] = {}
    beat = pb([(1, L(PADDLE, UID)), (2, LOT), (3, 1772622000), (4, L(47, DEV)),
               (5, L("wifi", DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v3/faturas/{INVOICE}", headers=_h(rng, **b)), INVOICE, BUY)
    return [
        case(f, f"{a}/v3/ofertadores", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC),
            "posta_elektronika": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "kontrasenya": L(PW, CRED), "data_de_nasimiento": L(DOB, BIRTH),
            "numero_de_identidad": L(YKN, NID), "adreso": L(HOME["line"], ADDR),
            "sivdad": L(HOME["town"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mezat-android"}),
        case(f, f"{a}/v3/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/verifikasion", headers=_h(rng, **b), body={
            "paleta": L(PADDLE, UID), "pasaporte": L(PASSPORT, NID),
            "plantiya_de_kara": L(face, FACE), "vivo": 0.982, "modelo_kara": "fm-3.1"}),
        case(f, f"{a}/v3/katalogo", headers=_h(rng, **b), query={
            "mezat": "mz_2026_03", "kategoria": "livros_i_manuskritos", "pajina": "2"}),
        case(f, f"{a}/v3/lotes/{LOT}", headers=_h(rng, **b)),
        case(f, f"{a}/v3/favoritos", fmt="form", headers=_h(rng, **b), body={
            "lote": LOT, "paleta": L(PADDLE, UID)}),
        case(f, f"{a}/v3/ofertas", headers=_h(rng, **b), body={
            "lote": LOT, "paleta": L(PADDLE, UID), "suma": L(42000, BUY),
            "oferta_maksima": L(55000, BUY), "moneda": "TRY", "nonce": rid(rng)}),
        case(f, f"{a}/v3/live/ofertas", fmt="msgpack", headers=_h(rng, **b), body={
            "paleta": L(PADDLE, UID), "lote": LOT,
            "ofertas": [{"suma": L(46000, BUY), "seq": 31}, {"suma": L(50000, BUY), "seq": 35}]}),
        raw(f, f"{a}/v3/live/prezensia", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v3/vijita", headers=_h(rng, **b), body={
            "mezat": "mz_2026_03", "posision": {"lat": pla, "lng": plo},
            "kaza_de_mezat": {"lat": HOUSE["lat"], "lng": HOUSE["lon"]}}),
        case(f, f"{a}/v3/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("manuskrito soletreo Izmir", SEARCH), "orden": "data"}),
        case(f, f"{a}/v3/ekspertiz/preguntas", headers=_h(rng, **b), body={
            "lote": LOT, "mesaje": L("Las ojas 12 a 14 tienen manchas de agua? Esta kompleto?",
                                     TEXT)}),
        inv,
        case(f, f"{a}/v3/pago", fmt="form", headers=_h(rng, **b), body={
            "fatura": L(INVOICE, BUY), "suma": L("56100.00", BUY), "moneda": "TRY",
            "iban": L(TR_ACCOUNT, PAY)}),
        case(f, f"{a}/v3/envio", headers=_h(rng, **b), body={
            "fatura": L(INVOICE, BUY), "resividor": L(f"{FIRST} {LAST}", NAMEC),
            "adreso": L(HOME["line"], ADDR), "kuartier": L(HOME["area"], COARSE),
            "sivdad": L(HOME["town"], COARSE), "kodigo_postal": L(HOME["post"], COARSE),
            "telefon": L(E164, TEL), "asegurado": True}),
        multipart(f, f"{a}/v3/konsinyasion", [
            ("foto", "hanukia.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "paleta": L(PADDLE, UID),
                "deskripsion": L("Hanukia de plata de mi nona, echa en Izmir por 1920",
                                 f"{TEXT}|{SENS}"), "avaluo": 30000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/konsinyasion/pago", headers=_h(rng, **b), body={
            "paleta": L(PADDLE, UID), "suma": L(27600, BUY), "iban": L(TR_ACCOUNT, PAY),
            "konsinyasion": obj(rng, "kn")}),
        case(f, f"{a}/v3/alertas", headers=_h(rng, **b), body={
            "alerta": L("ketuba Izmir", SEARCH), "paleta": L(PADDLE, UID)}),
        case(f, f"{a}/v3/aparatos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/eventos", headers=_h(rng, how="none"), cookies={
            "mz_sesion": L(opaque(rng, "", 40), CRED), "mz_aparato": L(INSTALL_ID, DID)}, body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("oferta_dada", 1, lote=LOT), ev("ekran", 2, ekran=L("Live", USAGE))]}),
    ]


def mezat_sdks() -> list[Case]:
    rng = random.Random(21262)
    return [
        ko_batch(APP, rng, [("Bid Placed", {"lot": LOT, "amount": L(42000, BUY)}),
                            ("Preview Visited", {})], at=HOUSE_FIX, nd=3),
        ko_identify(APP, rng, {"paleta": L(PADDLE, UID), "interes": "livros_ladinos"}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "purchase", {"fatura": L(INVOICE, BUY)}, revenue=56100.0,
                 currency="TRY", hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOUSE_FIX, nd=2,
               keywords="antiques,books,auction"),
        bk_notice(APP, rng, "win"),
        cg_crash(APP, rng, ("java.net.SocketException", "live socket closed"),
                 [cg_crumb("nav", "Lote -> Live"), cg_crumb("tap", "ofertar")],
                 screen="LiveActivity"),
        cg_session(APP, rng, secs=1830),
        pa_card(APP, rng),
        pa_confirm(APP, rng, "56100.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((HOUSE["lat"], HOUSE["lon"]), None)]),
        hc_attach(APP, rng, L(JPEG + b"\xa2", MEDIA), "hanukia_detalle.jpg", "image/jpeg"),
    ]
