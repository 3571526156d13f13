"""The owners' app "Kaza Nueva" of their Şişli building's urban-transformation project (the
1970s block is to be pulled down and rebuilt to the seismic code; the owners vote, sign the
contractor's flat-for-land deal, move out on rent aid and draw the new flats). Its API's keys are
Ladino with the Turkish loans Istanbul speakers use: ``proprietario`` owner
(``numero_de_proprietario``), ``kon_proprietario`` co-owner, ``nombre``, ``alkunya``,
``posta_elektronika``, ``telefon``, ``kontrasenya``, ``kodigo``, ``numero_de_identidad``,
``bina`` building, ``apartamento`` flat, ``parte`` share, ``tapu`` title deed, ``votasion`` /
``opsion``, ``kontrato`` / ``firma``, ``ayudo_de_kira`` rent aid (``kira`` rent, ``kuento``
account), ``adreso_temporal``, ``kuartier``, ``distrito``, ``kodigo_postal``, ``mudansa``
move (``de`` / ``a`` from / to, ``presio``), ``yaves`` keys, ``sorteo`` draw, ``famiya``
household (``ija``, ``invalidita`` disability), ``suma``, ``mesaje``, ``bushkar``, ``avizos``
notices, ``fotos`` photos. Calls: owner sign-up, an SMS code, ``/yo``, the building, crack photos,
the vote, the signed contract, the rent-aid application, the temporary address, the movers, the
keys handed over at the old flat, the household for eligibility, an inventory (msgpack), the draw,
the new flat chosen, a share of extra costs, a message to the project office, a search, site
photos by owner number in the path, notices, push and events. Set 161 (quake damage and repair),
set 189 (alerts and a household plan), set 151 (a residents' association) and set 200 (a flat
renovation contractor) are the nearest; none is a pre-emptive demolish-and-rebuild project."""

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
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families212_kit import (
    BUILDING,
    DAUGHTER,
    DEED,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_ACCOUNT,
    OWNER,
    TEMP,
    TEMP_AT,
    TR_ACCOUNT,
    YKN,
    fix,
    hd,
    push,
)
from eval_families212_sdk import ab_event, ab_launch, ko_batch, ko_pixel
from eval_families212_svc import (
    fs_eval,
    hc_message,
    kl_check,
    mb_geocode,
    pa_card,
    pa_confirm,
    pv_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kazanueva", "Kaza Nueva", "com.example.kazanueva", "2.0.7",
          "https://api.kazanueva.example.org")
IID = "X-KN-Device"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, lad=True, **kw)


def nueva() -> list[Case]:
    rng = random.Random(21251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, proprietario=L(OWNER, UID), telefon=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT)
    tla, tlo = fix(TEMP_AT, 5)
    photos = at_path(case(f, f"{a}/api/proprietarios/{OWNER}/fotos-de-obra", headers=_h(rng, **b),
                          query={"mez": "2026-03"}), OWNER, UID)
    return [
        case(f, f"{a}/api/proprietarios", headers=_h(rng), body={
            "nombre": L(FIRST, NAMEC), "alkunya": L(LAST, NAMEC),
            "posta_elektronika": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL),
            "numero_de_identidad": L(YKN, NID), "numero_de_proprietario": L(OWNER, UID),
            "bina": BUILDING["id"], "apartamento": "7", "parte": "1/2",
            "kon_proprietario": {"nombre": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                                 "numero_de_identidad": L(HUSBAND[2], NID)}}),
        case(f, f"{a}/api/entrada/kodigo", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodigo": L("551904", CRED)}),
        case(f, f"{a}/api/yo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/binas/{BUILDING['id']}", headers=_h(rng, **b)),
        multipart(f, f"{a}/api/binas/fotos", [
            ("foto", "kolon_kevrado.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "proprietario": L(OWNER, UID),
                "teksto": L("Avertura en la kolona del banyo, mas grande despues del temblor",
                            TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/votasiones/transformasion", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "opsion": "si", "tapu": DEED, "metros": 96}),
        multipart(f, f"{a}/api/kontratos/firma", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"proprietario": L(OWNER, UID),
                                                "firmado_por": L(f"{FIRST} {LAST}", NAMEC),
                                                "kontrato": "kt_kat_karsiligi_v3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ayudo-de-kira", headers=_h(rng, **b), body={
            "numero_de_identidad": L(YKN, NID), "proprietario": L(OWNER, UID),
            "kira": L(32000, BUY), "kuento": L(HUSBAND_ACCOUNT, PAY),
            "titular": L(HUSBAND[0], NAMEC), "adreso_temporal": L(TEMP["line"], ADDR)}),
        case(f, f"{a}/api/adreso-temporal", headers=_h(rng, **b), body={
            "adreso": L(TEMP["line"], ADDR), "kuartier": L(TEMP["area"], COARSE),
            "distrito": L(TEMP["district"], COARSE), "kodigo_postal": L(TEMP["post"], COARSE),
            "lat": tla, "lng": tlo}),
        case(f, f"{a}/api/mudansa", headers=_h(rng, **b), body={
            "data": "2026-02-14", "de": L(HOME["line"], ADDR), "a": L(TEMP["line"], ADDR),
            "presio": L(18500, BUY), "telefon": L(E164, TEL), "kompania": "mv_tasima_04"}),
        case(f, f"{a}/api/yaves/entregar", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "posision": {"lat": hla, "lng": hlo},
            "bina": {"lat": BUILDING["lat"], "lng": BUILDING["lon"]}, "yaves": 3}),
        case(f, f"{a}/api/famiya", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "miembros": [
                {"nombre": L(HUSBAND[0], NAMEC), "numero_de_identidad": L(HUSBAND[2], NID)},
                {"nombre": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "numero_de_identidad": L(DAUGHTER["tc"], NID),
                 "data_de_nasimiento": L(DAUGHTER["dob"], BIRTH)}],
            "invalidita": L(False, SENS)}),
        case(f, f"{a}/api/inventario", fmt="msgpack", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "apartamento": "7",
            "kontadores": [{"tipo": "gaz", "numero": "G-004512", "valor": 4471.2},
                           {"tipo": "agua", "numero": "W-889120", "valor": 611.0}]}),
        case(f, f"{a}/api/sorteo", headers=_h(rng, **b), query={
            "proprietario": L(OWNER, UID), "bina": BUILDING["id"]}),
        case(f, f"{a}/api/apartamentos-nuevos/eskojer", fmt="form", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "dayire": "B-9", "kat": "5", "fasada": "sud"}),
        case(f, f"{a}/api/pagos/gastos", fmt="form", headers=_h(rng, **b), body={
            "proprietario": L(OWNER, UID), "suma": L("12500.00", BUY), "moneda": "TRY",
            "iban": L(TR_ACCOUNT, PAY), "referensia": rid(rng)}),
        case(f, f"{a}/api/mesajes", headers=_h(rng, **b), body={
            "a": "ofisina_proyekto",
            "mesaje": L("Kuando mos pagan el ayudo de kira de marso? Ya mos mudimos a Kurtuluş",
                        f"{TEXT}|{COARSE}")}),
        case(f, f"{a}/api/bushkar", headers=_h(rng, **b), query={
            "bushkar": L("kira 2+1 Kurtuluş kon asensor", SEARCH)}),
        photos,
        case(f, f"{a}/api/avizos", headers=_h(rng, **b), query={
            "bina": BUILDING["id"], "dizde": "2026-01-01"}),
        case(f, f"{a}/api/aparatos", headers=_h(rng, **b), body=push(push_token(rng), "tr_TR")),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, how="none"), cookies={
            "kn_sesion": L(opaque(rng, "", 40), CRED), "kn_aparato": L(INSTALL_ID, DID)}, body={
            "uzador": L(USER_ID, UID), "eventos": [
                ev("voto_dado", 1), ev("ekran", 2, ekran=L("Sorteo", USAGE))]}),
    ]


def nueva_sdks() -> list[Case]:
    rng = random.Random(21252)
    return [
        ko_batch(APP, rng, [("Vote Cast", {"option": "yes"}),
                            ("Rent Aid Applied", {"rent": L(32000, BUY)})],
                 at=HOME_AT, nd=2, locale="tr_TR"),
        ko_pixel(APP, rng, "Notice Opened", {"notice": "nt_0214"}),
        ab_launch(APP, rng, user=True),
        ab_event(APP, rng, "contract_signed", {"bina": BUILDING["id"]}),
        fs_eval(APP, rng, {"bina": BUILDING["id"], "distrito": L("Şişli", COARSE)}),
        pv_register(APP, rng, at=TEMP_AT, nd=2, tags={"bina": BUILDING["id"]}),
        kl_check(APP, rng, {"analytics": True}),
        pa_card(APP, rng),
        pa_confirm(APP, rng, "12500.00"),
        mb_geocode(APP, rng, TEMP["line"], ADDR, near=HOME_AT, nd=4),
        hc_message(APP, rng, L("Mi kontrato firmado no aparese en la aplikasion", TEXT),
                   {"proprietario": L(OWNER, UID)}),
    ]


