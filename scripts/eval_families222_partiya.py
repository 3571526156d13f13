"""A regional political party's supporters' app "Halk Sesi" (a fictional Gagauz party; she signed
up as a supporter with her husband and volunteers to hand out leaflets; its API's keys are Gagauz,
ASCII-folded: ``adi``/``soyadi``, ``e_pocta``, ``telefon``, ``parol``, ``duuma_yili`` birth
year, ``kasaba`` town, ``adres`` street line, ``partiya`` party, ``bolum`` local branch,
``taraftar_nomerasi`` supporter number, ``neden`` why (she joins), ``anket`` survey,
``cevaplar`` answers, ``avtonomiya`` autonomy, ``dil_siyaseti`` language policy, ``miting``
rally, ``katilma`` taking part, ``kisi`` persons, ``tema`` theme, ``meydan`` square,
``baaslama`` donation, ``fond`` fund, ``gonullu`` volunteer, ``rol`` role, ``marsrut`` route,
``kapi`` door, ``sonuc`` result, ``brosur`` leaflets, ``adet`` count, ``dilekce`` petition,
``imza`` signature, ``davet`` invitation, ``aidat`` dues, ``haber`` message, ``yazi`` text,
``aarama`` search): a supporter sign-up, an OAuth password grant, ``/ben`` with a party claim,
branch news, a policy survey, a rally RSVP and her check-in on the square, a donation to the
campaign fund, the volunteer sign-up and her leaflet route, a door-to-door offline sync (JSON
Lines), leaflets taken (msgpack), a rally photo, a petition signed, a message to the branch
coordinator, dues by cookie, her supporter card by number in the path, a search, an invitation
to her mother-in-law, push, events and a log-out (token revoked)."""

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
    PRECISE,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families222_kit import (
    HOME,
    HOME_AT,
    MOTHER_IL,
    PARTY,
    SQUARE_FIX,
    SUPPORTER,
    fix,
    hd,
    obj,
    push,
)
from eval_families222_sdk import cc_crash, cc_crumb, iz_event, sy_batch, sy_identify, sy_pixel
from eval_families222_svc import co_card, co_confirm, cr_save, hk_message, mb_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("halksesi", "Halk Sesi", "com.example.halksesi", "1.9.3",
          "https://api.halksesi.example.org")
IID = "X-HalkSesi-Aparat"
PW = "Bucak*Sesi2025"
POL = SENS  # political opinion (personal.sensitive)
BRANCH = "Comrat merkez"
SQUARE_AT = (46.30148, 28.65561)  # the square's public point (a negative)
# her fixes on the leaflet route (Comrat streets)
ROUTE_FIXES = [(46.303512, 28.661094), (46.304188, 28.662731), (46.304902, 28.664015)]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="gag", **kw)


def halksesi() -> list[Case]:
    rng = random.Random(22231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), taraftar=L(SUPPORTER, UID),
                                    partiya=L(PARTY["name"], POL)))}
    sla, slo = fix(SQUARE_FIX, 4)
    rally = obj(rng, "mt")
    card = at_path(case(f, f"{a}/api/v2/taraftar/{SUPPORTER}/kart", headers=_h(rng, **b)),
                   SUPPORTER, UID)
    return [
        case(f, f"{a}/api/v2/taraftar/yazilma", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "e_pocta": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "duuma_yili": L(DOB[:4], BIRTH),
            "kasaba": L(HOME["town"], COARSE), "adres": L(HOME["line"], ADDR),
            "partiya": L(PARTY["id"], POL), "bolum": L(BRANCH, POL),
            "taraftar_nomerasi": L(SUPPORTER, UID),
            "neden": L("Avtonomiya için hem kızımın gagauzça okuması için", f"{TEXT}|{POL}")}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "halksesi-android"}),
        case(f, f"{a}/api/v2/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/haberler", headers=_h(rng, **b), query={
            "bolum": L(BRANCH, POL), "dil": "gag", "sayfa": "1"}),
        case(f, f"{a}/api/v2/anket", headers=_h(rng, **b), body={
            "anket": "an_2025_12", "taraftar": L(SUPPORTER, UID), "cevaplar": {
                "avtonomiya": L("daa genis hakları", POL),
                "dil_siyaseti": L("gagauzca + rusca + romanca", POL),
                "en_önemli": L("yollar hem is erleri", POL)}}),
        case(f, f"{a}/api/v2/miting/{rally}/katilma", fmt="form", headers=_h(rng, **b), body={
            "taraftar": L(SUPPORTER, UID), "kisi": "2", "tema": L("Avtonomiya günü", POL)}),
        case(f, f"{a}/api/v2/miting/geldim", headers=_h(rng, **b), body={
            "miting": rally, "er": {"lat": sla, "lng": slo},
            "meydan": {"lat": SQUARE_AT[0], "lng": SQUARE_AT[1]},
            "tema": L("Avtonomiya günü", POL)}),
        case(f, f"{a}/api/v2/baaslama", fmt="form", headers=_h(rng, **b), body={
            "fond": L("secim kampaniyasi 2026", POL), "summa": L("200", BUY), "valyuta": "MDL",
            "metod": L(opaque(rng, "pm_", 24), PAY), "gizli": "false"}),
        case(f, f"{a}/api/v2/gonullu", headers=_h(rng, **b), body={
            "taraftar": L(SUPPORTER, UID), "rol": L("brosur dagitma", POL),
            "gunler": ["cumertesi", "pazar"], "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/v2/gonullu/marsrut", headers=_h(rng, **b), query={
            "taraftar": L(SUPPORTER, UID), "bolum": L(BRANCH, POL), "hafta": "2025-W50"}),
        lines(f, f"{a}/api/v2/kapi/sync", [
            {"kapi": obj(rng, "kp"), "sonuc": "brosur_verildi", "t": 1765700000 + 300 * i,
             "er": {"lat": L(la, PRECISE), "lng": L(lo, PRECISE)}, "by": L(SUPPORTER, UID)}
            for i, (la, lo) in enumerate(ROUTE_FIXES)], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/brosur", fmt="msgpack", headers=_h(rng, **b), body={
            "taraftar": L(SUPPORTER, UID), "adet": 200, "bolum": L(BRANCH, POL),
            "paket": obj(rng, "pk")}),
        multipart(f, f"{a}/api/v2/foto", [
            ("foto", "miting.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "miting": rally, "yazi": L("Mitingdä Todurlan bayraklan", f"{TEXT}|{POL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/dilekce/dl_dil_okul/imza", headers=_h(rng, **b), body={
            "dilekce": L("Gagauz dili hepsi okullarda", POL),
            "adi_soyadi": L(f"{FIRST} {LAST}", NAMEC), "kasaba": L(HOME["town"], COARSE),
            "taraftar": L(SUPPORTER, UID)}),
        case(f, f"{a}/api/v2/haber", headers=_h(rng, **b), body={
            "kima": "koordinator_comrat", "tred": obj(rng, "th"),
            "yazi": L("Ben Amerika vatandaşıyım, secimdä gözlemci olabilirim mi?",
                      f"{TEXT}|{POL}")}),
        case(f, f"{a}/api/v2/aidat", headers=_h(rng, how="none"), cookies={
            "hs_sesiya": L(opaque(rng, "", 40), CRED), "hs_aparat": L(INSTALL_ID, DID),
            "hs_req": rid(rng)}),
        card,
        case(f, f"{a}/api/v2/aarama", headers=_h(rng, **b), query={
            "aarama": L("miting Ceadir-Lunga mart", SEARCH)}),
        case(f, f"{a}/api/v2/davet", headers=_h(rng, **b), body={
            "kima": {"adi_soyadi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "haber": L("Mamu, gel sän da bizim partiyaya yazıl!", f"{TEXT}|{POL}")}),
        case(f, f"{a}/api/v2/aparat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/olaylar", gz=True, headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("miting_katilma", 1), ev("ekran", 2, ekran=L("Haberler", USAGE)),
                ev("baaslama", 3, fond=L("secim kampaniyasi 2026", POL))]}),
        case(f, f"{a}/oauth/revoke", fmt="form", headers=_h(rng, **b), body={
            "token": L(opaque(rng, "rt_", 48), CRED), "token_type_hint": "refresh_token",
            "client_id": "halksesi-android"}),
    ]


def halksesi_sdks() -> list[Case]:
    rng = random.Random(22232)
    return [
        sy_batch(APP, rng, [("Rally RSVP", {"party": L(PARTY["name"], POL)}),
                            ("Donation", {"amount": L(200, BUY)})], at=SQUARE_FIX, nd=2),
        sy_identify(APP, rng, {"bolum": L(BRANCH, POL), "taraftar": L(SUPPORTER, UID),
                               "kasaba": L("Comrat", COARSE)}),
        sy_pixel(APP, rng, "News Opened", {"item": "hb_2025_1214"}),
        iz_event(APP, rng, "donation", {"fond": L("secim kampaniyasi 2026", POL)},
                 revenue=200.0),
        cc_crash(APP, rng, ("java.net.SocketTimeoutException", "v2/baaslama"),
                 [cc_crumb("nav", "Ana -> Baaslama"), cc_crumb("tap", "ode_button")],
                 screen="BaaslamaActivity"),
        pl_register(APP, rng, lang="ru", at=HOME_AT, nd=2,
                    tags={"partiya": L(PARTY["name"], POL), "rol": L("gonullu", POL)}),
        cr_save(APP, rng, {"analytics": True, "marketing": False}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "200.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), (SQUARE_AT, None)], mode="walking"),
        hk_message(APP, rng, L("Baaslama kvitansiyası gelmedi, partiya fonu için 200 ley",
                               f"{TEXT}|{POL}|{BUY}"), {"taraftar": L(SUPPORTER, UID)}),
    ]
