"""A Petrozavodsk - Joensuu coach app with border-queue slots "Rajakyydi" (raja border, kyydi
ride; Livvi keys in ASCII: ``nimi``, ``sugunimi``, ``e_posti``, ``telefon``, ``salasana``,
``roinduspaivy``, ``koodu`` code, ``matkustai`` passenger, ``matkustajat`` passengers,
``passportu`` passport number, ``viza`` visa number, ``biletu`` ticket, ``sija`` seat, ``reissu``
trip, ``mis`` / ``kunne`` from / to, ``datu`` date, ``summu``, ``valuuttu`` currency, ``maksu``,
``maksai`` payer, ``hetu`` Finnish personal identity code, ``raja`` border, ``jono`` queue,
``vuoro`` slot, ``tavarat`` luggage, ``paino`` weight, ``hindu`` price, ``vastaanottai`` who
meets, ``viesti``, ``arvostelu`` review, ``eccimine``): sign-up, an SMS code, an OAuth password
grant, ``/mina``, a trip search, three seats booked with passports and her Schengen visa, the
payment, the ticket by number in the path, a border slot, her place in the queue (protobuf), a
customs note, a live ping queue (msgpack), who meets them in Joensuu, the son's return ticket
paid by his aunt in euros (her HETU, her IBAN), extra luggage, a lost bag, a review, a message to
dispatch, the coach's Wi-Fi, tickets by cookie, push and events. Set 136 (small traders at an
African border post) and set 119 (a commuter car pool) are other kinds: this is a scheduled
international coach with a border-queue booking."""

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
    PAY,
    PRECISE,
    SEARCH,
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
from eval_families184_kit import (
    BORDER_FIX,
    FI_IBAN,
    HUSBAND,
    PASSPORT,
    PTZ_HOME_AT,
    SISTER_IL,
    SON,
    STN_BORDER,
    STN_PTZ,
    TICKET,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families184_sdk import (
    jg_event,
    jg_launch,
    jg_link,
    kt_session,
    lg_batch,
    lg_queue,
    tb_bid,
    tb_notice,
)
from eval_families184_svc import dk_card, dk_confirm, kr_reverse, kr_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("rajakyydi", "Rajakyydi", "com.example.rajakyydi", "5.0.2",
          "https://api.rajakyydi.example.com")
IID = "X-Rk-Device"
PW = "Vartsila!Joki26"
NID = "personal.national_id"
PAX = "RKP-33018"  # her passenger account (id.user)
VISA = "FIN028815472"  # her Schengen visa sticker number (personal.national_id)
KID = f"{SON['first']} {SON['last']}"
SSID, BSSID = "Rajakyydi-Bus-17", "02:1a:11:f0:3c:9e"  # the coach's Wi-Fi she joins


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def rajakyydi() -> list[Case]:
    rng = random.Random(18421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, matkustai=L(PAX, UID), telefon=L(E164, TEL)))}
    _qla, _qlo = fix(BORDER_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TICKET, BUY)), (2, "vrt"), (3, 1771052400),
               (4, [(1, L(BORDER_FIX[0], PRECISE)), (2, L(BORDER_FIX[1], PRECISE)), (3, 14.0)]),
               (5, 37), (6, L(63, DEV))], "", lab)
    tick = at_path(case(f, f"{a}/v2/biletut/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v2/rekisteroindy", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "salasana": L(PW, CRED), "roinduspaivy": L(DOB, BIRTH),
            "matkustai": L(PAX, UID), "uudizet": False}),
        case(f, f"{a}/v2/telefon/koodu", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "koodu": L("518204", CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rajakyydi-android"}),
        case(f, f"{a}/v2/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/reissut", headers=_h(rng, **b), query={
            "mis": L("Petroskoi", SEARCH), "kunne": L("Joensuu", SEARCH),
            "datu": "2026-02-14", "matkustajat": "3"}),
        case(f, f"{a}/v2/broni", headers=_h(rng, **b), body={
            "reissu": "rs_ptz_jns_0214", "sijat": ["12", "13", "14"], "biletu": L(TICKET, BUY),
            "summu": L(8400, BUY), "valuuttu": "RUB", "matkustajat": [
                {"nimi": L(f"{FIRST} {LAST}", NAMEC), "passportu": L(PASSPORT, NID),
                 "viza": L(VISA, NID), "vnzh": L(VNZH, NID), "roinduspaivy": L(DOB, BIRTH)},
                {"nimi": L(HUSBAND[0], NAMEC), "passportu": L("75 2219904", NID)},
                {"nimi": L(KID, NAMEC), "passportu": L("75 4410982", NID),
                 "roinduspaivy": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/v2/maksu", fmt="form", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY), "summu": L("8400.00", BUY), "valuuttu": "RUB",
            "kartu_tokenu": L(opaque(rng, "tok_", 24), PAY), "kartu_loppu": L("6781", PAY)}),
        tick,
        case(f, f"{a}/v2/raja/vuoro", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY), "raja": "vartsila_niirala", "vuoro": obj(rng, "vr"),
            "aigu": "2026-02-14T11:40", "sms_telefon": L(E164, TEL)}),
        raw(f, f"{a}/v2/raja/jono", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/raja/tulli", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY),
            "tavarat": L("2 kg kuivattuu muuroidu Annale, kantele lahjakse", TEXT),
            "raja_kohtu": {"lat": STN_BORDER[0], "lng": STN_BORDER[1]}}),
        case(f, f"{a}/v2/reissut/rs_ptz_jns_0214/ping", fmt="msgpack", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY), "kohtat": [
                {"lat": L(round(BORDER_FIX[0] - 0.0215 * i, 6), PRECISE),
                 "lng": L(round(BORDER_FIX[1] + 0.0391 * i, 6), PRECISE), "t": 1771050000 + 600 * i}
                for i in range(3)], "asema": {"lat": STN_PTZ[0], "lng": STN_PTZ[1]}}),
        case(f, f"{a}/v2/vastaanottai", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY), "nimi": L(SISTER_IL[0], NAMEC),
            "telefon": L(SISTER_IL[1], TEL), "asema": "joensuu_matkakeskus"}),
        case(f, f"{a}/v2/broni/paluu", headers=_h(rng, **b), body={
            "reissu": "rs_jns_ptz_0222", "matkustai": {"nimi": L(KID, NAMEC),
                                                      "passportu": L("75 4410982", NID)},
            "maksai": {"nimi": L(SISTER_IL[0], NAMEC), "hetu": L(SISTER_IL[3], NID),
                       "e_posti": L(SISTER_IL[2], MAIL), "iban": L(FI_IBAN, PAY)},
            "summu": L("62.00", BUY), "valuuttu": "EUR", "biletu": L("RK-260222-0119", BUY)}),
        case(f, f"{a}/v2/tavarat", fmt="form", headers=_h(rng, **b), body={
            "biletu": L(TICKET, BUY), "lugu": "2", "paino": "23", "hindu": L("400", BUY)}),
        multipart(f, f"{a}/v2/kadonnut", [
            ("kuva", "laukku.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "biletu": L(TICKET, BUY),
                "tekstu": L("Sinine laukku jai bussih, sies on poijan leluloi", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/arvostelu", fmt="form", headers=_h(rng, **b), body={
            "reissu": "rs_ptz_jns_0214", "tahtet": "4",
            "tekstu": L("Rajal seizoimmo kaksi tshasuu, mugavat sijat", TEXT)}),
        case(f, f"{a}/v2/viestit", headers=_h(rng, **b), body={
            "kenele": "dispetcheru",
            "viesti": L("Myohastymmo asemal 10 minuuttua, soittakkua +1 555 010 0199",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "biletu": L(TICKET, BUY),
            "mac_random": True}),
        case(f, f"{a}/v2/biletut", headers=_h(rng, how="none"), cookies={
            "rk_sess": L(opaque(rng, "", 40), CRED), "rk_dev": L(INSTALL_ID, DID),
            "rk_req": rid(rng)}),
        case(f, f"{a}/v2/laite", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("trip_search", 1), ev("booking", 2, summu=L(8400, BUY)),
                ev("screen", 3, screen=L("BorderQueue", USAGE))]}),
    ]


def rajakyydi_sdks() -> list[Case]:
    rng = random.Random(18422)
    link = U("https://rajakyydi.example.com/b", {"biletu": L(TICKET, BUY), "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        lg_batch(APP, rng, [("Trip Booked", {"total": L(8400, BUY)}),
                            ("Border Slot", {"post": "vartsila"})], at=BORDER_FIX, nd=3),
        lg_queue(APP, rng, [("Queue Opened", {"pos": 37}), ("Customs Note", {})]),
        jg_launch(APP, rng, first=True),
        jg_link(APP, rng, link),
        jg_event(APP, rng, "purchase", {"biletu": L(TICKET, BUY)}, revenue=8400.0, hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="travel,finland,coach"),
        tb_notice(APP, rng, "win"),
        kt_session(APP, rng, secs=1310),
        dk_card(APP, rng),
        dk_confirm(APP, rng, "8400.00"),
        kr_route(APP, rng, [(PTZ_HOME_AT, PRECISE), (STN_PTZ, None)], mode="walking"),
        kr_reverse(APP, rng, BORDER_FIX, PRECISE, nd=4),
    ]

