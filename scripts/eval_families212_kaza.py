"""A short-let host's app "Kaza de Balat" (she lets the family's old flat on Vodina Caddesi and,
as Turkish law asks of every lodging, reports each guest's identity to the police's KBS). Its
API's keys are Ladino with Turkish loans as Istanbul speakers use them: ``patron`` host
(``numero_de_patron``), ``nombre``, ``alkunya``, ``posta_elektronika``, ``telefon``,
``kontrasenya``, ``numero_de_identidad``, ``kaza`` the flat (``adreso``, ``kuartier``,
``distrito``, ``kodigo_postal``, ``odas`` rooms, ``lisensia`` licence), ``musafir(es)``
guest(s) (``pasaporte``, ``nasionalidad``, ``data_de_nasimiento``, ``yegada`` / ``partida``
arrival / departure), ``rezervasion`` booking, ``presio``, ``kodigo_de_kapi`` door code,
``alimpiadora`` cleaner, ``danyo`` damage, ``kuento`` bank account (``titular``, ``iban``),
``pagos`` payouts, ``vergi`` tax (``entradas`` takings), ``kalendario``, ``mesaje``,
``opinion`` review, ``wifi``. Calls: host sign-up, log-in, ``/yo``, the flat's registration,
the KBS guest report, bookings, a booking by number in the path, a door code, a guest message,
the cleaner, her check at the flat, photos, a damage report, the payout account, payouts by host
number in the path, the lodging-tax declaration (gzip), the calendar feed (a tokenised URL in a
JSON field), a guest review, prices, a JSON Lines checklist, push and events by cookie. Set 61's
smart-lock app is for a short-let host too; this one is the host's own booking book with the
guests' identity reporting, the tax and the payouts (no lock pairing)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families212_kit import (
    FLAT,
    FLAT_FIX,
    GUEST,
    HOME_AT,
    HOST,
    TR_ACCOUNT,
    YKN,
    fix,
    hd,
    obj,
    push,
)
from eval_families212_sdk import ab_launch, ab_link, bk_bid, bk_notice, cg_session, ko_batch
from eval_families212_svc import hc_message, mb_reverse, mb_route, pa_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kazadebalat", "Kaza de Balat", "com.example.kazadebalat", "1.12.5",
          "https://api.kazadebalat.example.net")
IID = "X-KdB-Device"
PW = "Vodina38*Balat"
NID = "personal.national_id"
BOOKING = "KDB-26-0117"  # a guest's booking of her flat (her sale: financial.purchase)
SSID, BSSID = "KazaBalat-Misafir", "5c:e9:31:0a:7b:42"  # her flat's Wi-Fi (location.wifi)
CLEANER = ("Ayşe Demir", "+905335550264")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lad=True, **kw)


def kaza() -> list[Case]:
    rng = random.Random(21241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), patron=L(HOST, UID)))}
    fla, flo = fix(FLAT_FIX)
    bk = at_path(case(f, f"{a}/v1/rezervasiones/{BOOKING}", headers=_h(rng, **b)), BOOKING, BUY)
    pays = at_path(case(f, f"{a}/v1/patrones/{HOST}/pagos", headers=_h(rng, **b),
                        query={"anyo": "2026"}), HOST, UID)
    ical = U("https://kazadebalat.example.net/ical/kb_vodina38.ics",
             {"token": L(opaque(rng, "ic_", 32), CRED)})
    return [
        case(f, f"{a}/v1/patrones", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC), "posta_elektronika": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kontrasenya": L(PW, CRED),
            "numero_de_identidad": L(YKN, NID), "numero_de_patron": L(HOST, UID)}),
        case(f, f"{a}/v1/entrada", fmt="form", headers=_h(rng), body={
            "posta_elektronika": L(EMAIL, MAIL), "kontrasenya": L(PW, CRED),
            "aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kazas", headers=_h(rng, **b), body={
            "kaza": FLAT["id"], "adreso": L(FLAT["line"], ADDR), "kuartier": L(FLAT["area"], COARSE),
            "distrito": L(FLAT["district"], COARSE), "kodigo_postal": L(FLAT["post"], COARSE),
            "pin": {"lat": FLAT["lat"], "lng": FLAT["lon"]}, "odas": 2,
            "lisensia": "34-TRZ-2025-08812", "wifi": {"nombre": L(SSID, WIFI),
                                                     "bssid": L(BSSID, WIFI)}}),
        case(f, f"{a}/v1/kbs/musafires", headers=_h(rng, **b), body={
            "kaza": FLAT["id"], "rezervasion": L(BOOKING, BUY),
            "musafires": [{"nombre": L(GUEST[0], NAMEC), "pasaporte": L(GUEST[1], NID),
                           "nasionalidad": "IT", "data_de_nasimiento": L("1988-03-22", BIRTH)},
                          {"nombre": L("Giulia Bellini", NAMEC), "pasaporte": L("YB0938214", NID),
                           "nasionalidad": "IT", "data_de_nasimiento": L("1990-07-14", BIRTH)}],
            "yegada": "2026-01-17", "partida": "2026-01-21"}),
        case(f, f"{a}/v1/rezervasiones", headers=_h(rng, **b), query={
            "kaza": FLAT["id"], "mez": "2026-01"}),
        bk,
        case(f, f"{a}/v1/kodigos", fmt="form", headers=_h(rng, **b), body={
            "rezervasion": L(BOOKING, BUY), "kodigo_de_kapi": L("4417", CRED),
            "valido_fin": "2026-01-21T11:00"}),
        case(f, f"{a}/v1/mesajes", headers=_h(rng, **b), body={
            "a": "mus_" + opaque(rng, "", 8), "rezervasion": L(BOOKING, BUY),
            "mesaje": L("Bienvenidos Marco! El kodigo de la kapi es 4417, el wifi KazaBalat-Misafir",
                        f"{TEXT}|{CRED}|{WIFI}")}),
        case(f, f"{a}/v1/limpieza", headers=_h(rng, **b), body={
            "kaza": FLAT["id"], "data": "2026-01-21T12:00",
            "alimpiadora": {"nombre": L(CLEANER[0], NAMEC), "telefon": L(CLEANER[1], TEL)},
            "presio": L(900, BUY)}),
        case(f, f"{a}/v1/kazas/{FLAT['id']}/kontrol", headers=_h(rng, **b), body={
            "posision": {"lat": fla, "lng": flo, "presizion": 9}, "pin": {
                "lat": FLAT["lat"], "lng": FLAT["lon"]}, "kontrol": obj(rng, "kt")}),
        multipart(f, f"{a}/v1/kazas/fotos", [
            ("foto", "salon.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {"kaza": FLAT["id"], "oda": "salon"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/danyos", [
            ("foto", "masa.jpg", "image/jpeg", L(JPEG + b"\x82", MEDIA)),
            ("meta", None, "application/json", {
                "rezervasion": L(BOOKING, BUY),
                "teksto": L("La mesa del balkon esta kevrada, demando 1.500 TL", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kuento", headers=_h(rng, **b), body={
            "titular": L(f"{FIRST} {LAST}", NAMEC), "iban": L(TR_ACCOUNT, PAY),
            "banka": "Example Bank Türkiye", "numero_de_patron": L(HOST, UID)}),
        pays,
        case(f, f"{a}/v1/vergi/deklarasion", gz=True, headers=_h(rng, **b), body={
            "numero_de_identidad": L(YKN, NID), "periodo": "2025-Q4",
            "entradas": L(96400, BUY), "vergi_konaklama": L(1928, BUY), "noches": 41}),
        case(f, f"{a}/v1/kalendario/sinkro", headers=_h(rng, **b), body={
            "kaza": FLAT["id"], "ical": ical, "kada_minutos": 30}),
        case(f, f"{a}/v1/opiniones", headers=_h(rng, **b), body={
            "rezervasion": L(BOOKING, BUY), "estrellas": 5,
            "opinion": L("Musafires muy limpios i kayados, bienvenidos otra vez", TEXT)}),
        case(f, f"{a}/v1/presios", headers=_h(rng, **b), body={
            "kaza": FLAT["id"], "noche": 2400, "semana_deskuento": 10, "moneda": "TRY"}),
        lines(f, f"{a}/v1/limpieza/lista", [
            {"op": "cheked", "item": "chamashires", "ok": True},
            {"op": "cheked", "item": "yaves", "ok": True, "por": L(HOST, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/aparatos", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/v1/eventos", headers=_h(rng, how="none"), cookies={
            "kdb_sesion": L(opaque(rng, "", 40), CRED), "kdb_aparato": L(INSTALL_ID, DID)}, body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("kbs_enviado", 1), ev("ekran", 2, ekran=L("Rezervasiones", USAGE))]}),
    ]


def kaza_sdks() -> list[Case]:
    rng = random.Random(21242)
    link = U("https://kazadebalat.example.net/r", {"rez": L(BOOKING, BUY), "src": "mail",
                                                   "em": L(EMAIL, MAIL)})
    return [
        ko_batch(APP, rng, [("Guests Reported", {"count": 2}),
                            ("Payout Viewed", {"total": L(96400, BUY)})],
                 at=FLAT_FIX, nd=3, locale="tr_TR"),
        ab_launch(APP, rng, first=True),
        ab_link(APP, rng, link),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="istanbul,rental,balat"),
        bk_notice(APP, rng, "imp"),
        cg_session(APP, rng, secs=604),
        pa_wallet(APP, rng, "7850", L(E164, TEL)),
        mb_reverse(APP, rng, FLAT_FIX, PRECISE_CAT, nd=5),
        mb_route(APP, rng, [(HOME_AT, PRECISE_CAT), ((FLAT["lat"], FLAT["lon"]), None)]),
        hc_message(APP, rng, L(f"El pago de la rezervasion {BOOKING} no vino", f"{TEXT}|{BUY}"),
                   {"patron": L(HOST, UID)}),
    ]


PRECISE_CAT = "location.precise"
