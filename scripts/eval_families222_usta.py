"""A shoe and watch repair workshop's app "Ustalık" (a master's stall at the Comrat market: soles,
heels, zips, watch batteries and movements; its API's keys are Gagauz, ASCII-folded, with the
loans a market stall keeps: ``adi`` name, ``telefon``, ``e_pocta``, ``kasaba``, ``kod`` code,
``bilet`` repair ticket, ``kundura`` shoes, ``saat`` watch, ``marka``, ``seriya`` serial,
``kusur`` defect, ``tamir`` repair, ``foto``, ``paa`` price, ``tahmini`` estimated,
``parcalar`` parts, ``teklif`` quote, ``kabul`` accept, ``hazir`` ready, ``sira`` queue,
``alma`` collection, ``vekil`` proxy, ``fikir`` remark, ``yildiz`` stars, ``dostavka``
delivery, ``garantiya`` warranty, ``gecmis`` history, ``usta`` the master, ``yazi`` text,
``aarama`` search): sign-up by phone, an SMS code, ``/ben``, her boots handed in with a photo,
her father-in-law's old watch, the ticket by number in the path, a payment, the quote accepted,
her check-in at the stall, a queue subscription (msgpack), a ready check by phone in the query,
her husband as the one who collects, a review, a search, delivery home, a warranty claim,
history by cookie, a message to the master, a ticket shared (base64 JSON in a form field), push,
events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families222_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    TICKET,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families222_sdk import (
    bp_bid,
    bp_notice,
    cc_session,
    iz_launch,
    iz_link,
    sy_batch,
    sy_pixel,
)
from eval_families222_svc import co_card, co_confirm, mb_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("ustalik", "Ustalik", "com.example.ustalik", "1.3.5", "https://api.ustalik.example.net")
IID = "X-Ustalik-Device"
TICKET2 = "UT-7794"  # the watch's repair ticket (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="ru", **kw)


def ustalik() -> list[Case]:
    rng = random.Random(22251)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL)))}
    wla, wlo = fix(WORKSHOP_FIX, 4)
    hla, hlo = fix(HOME_AT, 5)
    tick = at_path(case(f, f"{a}/v1/bilet/{TICKET}", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/musteri", headers=_h(rng), body={
            "adi": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "e_pocta": L(EMAIL, MAIL), "kasaba": L(HOME["town"], COARSE), "haberler": False}),
        case(f, f"{a}/v1/sms/dogrulama", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("3309", CRED)}),
        case(f, f"{a}/v1/ben", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/tamir/kundura", [
            ("foto", "cizme.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {
                "bilet": L(TICKET, BUY), "kundura": "kış cizmesi",
                "kusur": L("Sol cizmenin tabanı ayrıldı, fermuar da sıkışêr", TEXT),
                "paa_tahmini": L(250, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/tamir/saat", headers=_h(rng, **b), body={
            "bilet": L(TICKET2, BUY), "saat": "mekanik kol saati", "seriya": "1962-44781",
            "kusur": L("Kaynatamın eski saati, tez durêr, cam catlak", TEXT),
            "paa_tahmini": L(350, BUY)}),
        tick,
        case(f, f"{a}/v1/plata", fmt="form", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "summa": L("250", BUY), "valyuta": "MDL",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/teklif/kabul", headers=_h(rng, **b), body={
            "bilet": L(TICKET2, BUY), "paa": L(420, BUY),
            "parcalar": [{"kod": "cam-30mm", "paa": 70}, {"kod": "yay-ana", "paa": 120}],
            "kabul": True}),
        case(f, f"{a}/v1/geldim", headers=_h(rng, **b), body={
            "usta": WORKSHOP["id"], "er": {"lat": wla, "lng": wlo},
            "usta_er": {"lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]}}),
        case(f, f"{a}/v1/sira", fmt="msgpack", headers=_h(rng, **b), body={
            "biletler": [L(TICKET, BUY), L(TICKET2, BUY)], "telefon": L(E164, TEL),
            "kanal": "sms"}),
        case(f, f"{a}/v1/hazir", headers=_h(rng), query={
            "telefon": L(E164, TEL), "bilet": L(TICKET, BUY)}),
        case(f, f"{a}/v1/alma/vekil", headers=_h(rng, **b), body={
            "bilet": L(TICKET2, BUY),
            "vekil": {"adi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/fikir", fmt="form", headers=_h(rng, **b), body={
            "usta": WORKSHOP["id"], "yildiz": "5",
            "yazi": L("Cizmelär eni gibi oldu, usta pek inceliklän calıştı", TEXT)}),
        case(f, f"{a}/v1/aarama", headers=_h(rng, **b), query={
            "aarama": L("saat cami degistirmäk paa", SEARCH)}),
        case(f, f"{a}/v1/dostavka", headers=_h(rng, **b), body={
            "bilet": L(TICKET2, BUY), "adres": L(HOME["line"], ADDR),
            "kasaba": L(HOME["town"], COARSE), "er": {"lat": hla, "lng": hlo},
            "telefon": L(E164, TEL), "summa": L(40, BUY)}),
        case(f, f"{a}/v1/garantiya", headers=_h(rng, **b), body={
            "bilet": L(TICKET, BUY), "talep": obj(rng, "gr"),
            "yazi": L("Fermuar bir haftada genä sıkıştı", TEXT)}),
        case(f, f"{a}/v1/gecmis", headers=_h(rng, how="none"), cookies={
            "us_sesiya": L(opaque(rng, "", 40), CRED), "us_aparat": L(INSTALL_ID, DID),
            "us_req": rid(rng)}),
        case(f, f"{a}/v1/haber", headers=_h(rng, **b), body={
            "kima": "usta", "tred": obj(rng, "th"),
            "yazi": L("Usta, cumertesi kızımın sandaletlerini da getirecäm", TEXT)}),
        case(f, f"{a}/v1/bilet/paylas", fmt="form", headers=_h(rng, **b), body={
            "data": W({"bilet": L(TICKET2, BUY), "adi": L(HUSBAND[0], NAMEC),
                       "telefon": L(HUSBAND[1], TEL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/aparat", headers=_h(rng, **b), body=push(push_token(rng), "ru_MD")),
        case(f, f"{a}/v1/olaylar", headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("bilet_acildi", 1), ev("ekran", 2, ekran=L("Biletlerim", USAGE))]}),
        case(f, f"{a}/v1/cikis", fmt="form", headers=_h(rng, how="none"), body={
            "sesiya": L(opaque(rng, "s1.", 36), CRED), "aparat": L(INSTALL_ID, DID)}),
    ]


def ustalik_sdks() -> list[Case]:
    rng = random.Random(22252)
    link = U("https://ustalik.example.net/b", {"bilet": L(TICKET, BUY), "src": "sms",
                                                "tel": L(E164, TEL)})
    return [
        sy_batch(APP, rng, [("Ticket Opened", {"kind": "shoes"}),
                            ("Quote Accepted", {"total": L(420, BUY)})],
                 at=WORKSHOP_FIX, nd=3, locale="ru_MD"),
        sy_pixel(APP, rng, "Ready Checked", {"via": "sms"}),
        iz_launch(APP, rng, first=True),
        iz_link(APP, rng, link),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="shoes,repair,watch"),
        bp_notice(APP, rng, "imp"),
        cc_session(APP, rng, secs=188),
        co_card(APP, rng),
        co_confirm(APP, rng, "250"),
        mb_geocode(APP, rng, HOME["line"] + ", Comrat", "contact.address", near=HOME_AT, nd=3),
    ]
