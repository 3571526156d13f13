"""A paddleboard rental and lessons app "Toua" (a hut on the beach at Bergeggi, near Savona; keys
Ligurian, ASCII-folded: ``toua`` board, ``noleggio`` rental, ``lesion`` lesson, ``istruttô``
instructor, ``peiso`` weight, ``sa_nua`` can swim, ``etae`` age, ``figgio`` son, ``mâ``/``ma``
sea, ``vento`` wind, ``onde`` waves, ``scoggio`` reef, ``manleva`` waiver, ``firma`` signature,
``spiaggia`` beach, ``rientro`` back ashore, ``pinna`` fin, ``giudissio`` review,
``nomme``/``cognomme``, ``telefono``, ``ciave``, ``inporto``, ``pagamento``): sign-up, log-in,
``/mi``, boards free at the hut, the rental for her and her son, the payment, the waiver
signature, the son's lesson (age, weight), a check-in at the hut (its Wi-Fi joined), a protobuf
board beat, an offline fix queue (msgpack), back ashore (5-decimal strings), the sea conditions,
the rental by number in the path, a photo from the water, a review, a lost fin, the invoice by
cookie, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families273_kit import (
    BEACH_FIX,
    HUSBAND,
    HUT,
    ISLAND_AT,
    RENTAL,
    SEA_FIX,
    SON,
    fix,
    hd,
    push,
)
from eval_families273_sdk import (
    bl_bid,
    bl_notice,
    cf_session,
    cz_batch,
    cz_queue,
    pk_event,
    pk_launch,
    pk_link,
)
from eval_families273_svc import mp_reverse, mp_telemetry, sp_card, sp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("toua", "Toua", "com.example.toua", "1.3.0", "https://api.toua.example.com")
IID = "X-Toua-Device"
PW = "Bergeggi$Toua26"
FIT = "health.fitness"
SSID, BSSID = "Toua-Spiaggia", "d8:07:b6:3c:11:e4"  # the hut's Wi-Fi (joined: wifi)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def toua() -> list[Case]:
    rng = random.Random(27361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefono=L(E164, TEL)))}
    bla, blo = fix(BEACH_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, RENTAL), (3, 1784800000),
               (4, [(1, L(SEA_FIX[0], PRECISE)), (2, L(SEA_FIX[1], PRECISE)), (3, 0.0)]),
               (5, L(52, DEV))], "", lab)
    rent = at_path(case(f, f"{a}/v1/noleggi/{RENTAL}", headers=_h(rng, **b)), RENTAL, BUY)
    return [
        case(f, f"{a}/v1/registrasion", headers=_h(rng), body={
            "nomme": L(FIRST, NAMEC), "cognomme": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefono": L(NATIONAL, TEL), "ciave": L(PW, CRED), "daeta_de_nascita": L(DOB, BIRTH),
            "peiso": L(61, FIT), "sa_nua": True, "nasionalitae": "US"}),
        case(f, f"{a}/v1/intra", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciave": L(PW, CRED), "dispoxitivo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/toue/libere", headers=_h(rng, **b), query={
            "spiaggia": HUT["id"], "data": "2026-07-22", "oa": "10:00"}),
        case(f, f"{a}/v1/noleggi", headers=_h(rng, **b), body={
            "spiaggia": HUT["id"], "data": "2026-07-22", "oe": 2, "toue": ["iSUP-10.6", "iSUP-8"],
            "noleggio": L(RENTAL, BUY), "inporto": L(40, BUY),
            "persone": [{"nomme": L(f"{FIRST} {LAST}", NAMEC)},
                        {"nomme": L(KID, NAMEC), "etae": L(8, BIRTH)}]}),
        case(f, f"{a}/v1/pagamento", fmt="form", headers=_h(rng, **b), body={
            "noleggio": L(RENTAL, BUY), "inporto": L("40.00", BUY), "valuta": "EUR",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        multipart(f, f"{a}/v1/manleva", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("modulo", None, "application/json", {"noleggio": L(RENTAL, BUY),
                                                  "firmou": L(f"{FIRST} {LAST}", NAMEC),
                                                  "pe_o_figgio": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lesioin", headers=_h(rng, **b), body={
            "figgio": {"nomme": L(SON["first"], NAMEC), "cognomme": L(SON["last"], NAMEC),
                       "etae": L(8, BIRTH), "peiso": L(27, FIT), "sa_nua": True},
            "istrutto": "ist_marta", "data": "2026-07-23T09:30", "inporto": L(25, BUY)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "noleggio": L(RENTAL, BUY), "poxision": {"lat": bla, "lon": blo, "prec": 6},
            "spiaggia": {"lat": HUT["lat"], "lon": HUT["lon"]},
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)}}),
        raw(f, f"{a}/v1/noleggi/{RENTAL}/batti", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/noleggi/{RENTAL}/coa", fmt="msgpack", headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID),
            "punti": [{"lat": L(round(SEA_FIX[0] - 0.0006 * i, 6), PRECISE),
                       "lon": L(round(SEA_FIX[1] + 0.0004 * i, 6), PRECISE),
                       "t": 1784800300 + 300 * i} for i in range(3)],
            "isoa": {"lat": ISLAND_AT[0], "lon": ISLAND_AT[1]}}),
        case(f, f"{a}/v1/noleggi/{RENTAL}/rientro", fmt="form", headers=_h(rng, **b), body={
            "stato": "a_riva", "lat": L(f"{BEACH_FIX[0]:.5f}", PRECISE),
            "lon": L(f"{BEACH_FIX[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/ma/condisioin", headers=_h(rng, **b), query={
            "spiaggia": HUT["id"], "oa": "10", "vento": "kn", "onde": "m"}),
        rent,
        multipart(f, f"{a}/v1/foto", [
            ("foto", "isoa.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"noleggio": L(RENTAL, BUY),
                                                "didascalia": L("Pietro in sciâ toua!",
                                                                TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/giudissi", headers=_h(rng, **b), body={
            "spiaggia": HUT["id"], "stelle": 5,
            "testo": L("Acqua ciæa, l'istruttrice paziente co-o figgeu", TEXT)}),
        case(f, f"{a}/v1/perdui", fmt="form", headers=_h(rng, **b), body={
            "noleggio": L(RENTAL, BUY),
            "testo": L("Persa a pinna da toua piccinn-a vixin a-o scoggio", TEXT),
            "telefono": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/fatture/urtima", headers=_h(rng, how="none"), cookies={
            "tu_sess": L(opaque(rng, "", 40), CRED), "tu_disp": L(INSTALL_ID, DID),
            "tu_req": rid(rng)}),
        case(f, f"{a}/v1/dispoxitivi", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "utente": L(USER_ID, UID), "eventi": [
                ev("noleggio", 1, inporto=L(40, BUY)), ev("schermo", 2, schermo=L("Mappa", USAGE))]}),
    ]


def toua_sdks() -> list[Case]:
    rng = random.Random(27362)
    link = U("https://toua.example.com/n", {"noleggio": L(RENTAL, BUY), "ref": "mail",
                                            "em": L(EMAIL, MAIL)})
    return [
        cz_batch(APP, rng, [("Rental Booked", {"total": L(40, BUY)}),
                            ("Back Ashore", {})], at=SEA_FIX, nd=3),
        cz_queue(APP, rng, [("Board Beat", {"speed": 3.1}), ("Lesson Booked", {})]),
        pk_launch(APP, rng, first=True),
        pk_link(APP, rng, link),
        pk_event(APP, rng, "purchase", {"noleggio": L(RENTAL, BUY)}, revenue=40.0, hashed=True),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BEACH_FIX, nd=2,
               keywords="sup,mare,liguria"),
        bl_notice(APP, rng, "imp"),
        cf_session(APP, rng, secs=1650),
        sp_card(APP, rng),
        sp_confirm(APP, rng, "40.00"),
        mp_reverse(APP, rng, SEA_FIX, PRECISE, nd=4),
        mp_telemetry(APP, rng, [SEA_FIX, BEACH_FIX], PRECISE),
    ]
