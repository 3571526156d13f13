"""A nail salon's booking app "Tırnak" (a Comrat studio: manicure, pedicure, gel; its API's keys are
Gagauz, ASCII-folded: ``adi``/``soyadi``, ``telefon``, ``e_pocta``, ``parol``, ``duuma_gunu``
(a birthday discount), ``cins`` sex, ``musteri_nomerasi`` client number, ``usta`` nail
technician, ``hizmet`` service, ``bos_vakitlar`` free slots, ``yazilma`` booking, ``gun``/
``saat``, ``not`` note, ``anket`` questionnaire, ``allergiya``, ``mantar`` fungus, ``seker``
diabetes, ``gebelik`` pregnancy, ``ilham`` inspiration, ``summa``, ``plata``, ``son_dort``,
``er`` place, ``bonus`` points, ``hediye`` gift, ``alici`` recipient, ``haber`` message,
``fikir``/``yildiz`` review, ``iptal`` cancellation, ``sebep`` reason, ``usak`` child, ``yas``
age, ``tercih`` preferences, ``aarama`` search): sign-up, log-in, ``/ben``, the technicians,
free slots, a gel manicure booked, the health questionnaire, an inspiration photo, the payment,
her check-in at the studio (its Wi-Fi joined), a protobuf loyalty beat, points by cookie, a gift
voucher for her mother-in-law, a review, a search, the booking by code in the path, a
reschedule, Mariya's first manicure for her birthday, preferences in a base64 JSON cookie, push
and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families222_kit import (
    CLIENT,
    DAUGHTER,
    HOME_AT,
    MOTHER_IL,
    SALON,
    SALON_FIX,
    fix,
    hd,
    push,
)
from eval_families222_sdk import (
    bp_bid,
    bp_notice,
    cc_crash,
    cc_crumb,
    iz_event,
    iz_launch,
    sy_batch,
    sy_identify,
)
from eval_families222_svc import co_card, co_confirm, cr_check, hk_message, pl_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tirnak", "Tirnak", "com.example.tirnak", "4.0.2", "https://api.tirnak.example.com")
IID = "X-Tirnak-Aparat"
PW = "Manikur#Komrat91"
DOB_GAG = "17.05.1991"
BOOKING = "TN-B-20412"  # her booking code (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="gag", **kw)


def tirnak() -> list[Case]:
    rng = random.Random(22261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), musteri=L(CLIENT, UID)))}
    sla, slo = fix(SALON_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CLIENT, UID)), (2, SALON["id"]), (3, 1765800000),
               (4, [(1, L(SALON_FIX[0], PRECISE)), (2, L(SALON_FIX[1], PRECISE))]),
               (5, 120)], "", lab)
    booking = at_path(case(f, f"{a}/api/yazilmalar/{BOOKING}", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/api/registr", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "e_pocta": L(EMAIL_MIXED, MAIL), "parol": L(PW, CRED),
            "duuma_gunu": L(DOB_GAG, BIRTH), "cins": L("kari", GENDER),
            "musteri_nomerasi": L(CLIENT, UID), "reklam": False}),
        case(f, f"{a}/api/giris", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "parol": L(PW, CRED)}),
        case(f, f"{a}/api/ben", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ustalar", headers=_h(rng, **b), query={"salon": SALON["id"]}),
        case(f, f"{a}/api/bos_vakitlar", headers=_h(rng, **b), query={
            "usta": "us_olesya", "gun": "2025-12-20", "hizmet": "gel_manikur"}),
        case(f, f"{a}/api/yazilma", headers=_h(rng, **b), body={
            "salon": SALON["id"], "usta": "us_olesya", "hizmet": "gel_manikur",
            "gun": "2025-12-20", "saat": "11:30", "yazilma": L(BOOKING, BUY),
            "summa": L(280, BUY), "musteri": L(CLIENT, UID),
            "not": L("Uzun badem forması, açık pembe, sade", TEXT)}),
        case(f, f"{a}/api/anket", headers=_h(rng, **b), body={
            "musteri": L(CLIENT, UID), "allergiya": [L("akril", MED)],
            "mantar": L("sol ayak baş parmak", MED), "seker": L(False, MED),
            "gebelik": L(False, f"{MED}|{SENS}"), "ilaclar": L("yok", MED)}),
        multipart(f, f"{a}/api/ilham", [
            ("foto", "eller.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {"yazilma": L(BOOKING, BUY),
                                                "yazi": L("Bu desen gibi, ama altınsız", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/plata", fmt="form", headers=_h(rng, **b), body={
            "yazilma": L(BOOKING, BUY), "summa": L("280.00", BUY), "valyuta": "MDL",
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY)}),
        case(f, f"{a}/api/geldim", headers=_h(rng, **b), body={
            "yazilma": L(BOOKING, BUY), "er": {"lat": sla, "lng": slo, "acc": 7},
            "salon_er": {"lat": SALON["lat"], "lng": SALON["lon"]},
            "wifi": {"ssid": L(SALON["ssid"], WIFI), "bssid": L(SALON["bssid"], WIFI)}}),
        raw(f, f"{a}/api/bonus/pulsa", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/bonus", headers=_h(rng, how="none"), cookies={
            "tn_sesiya": L(opaque(rng, "", 40), CRED), "tn_aparat": L(INSTALL_ID, DID),
            "tn_req": rid(rng)}),
        case(f, f"{a}/api/hediye", headers=_h(rng, **b), body={
            "alici": {"adi_soyadi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
            "summa": L(300, BUY), "kod": opaque(rng, "HD", 8),
            "haber": L("Mamu, 8 Martta kendinä bir pedikür yap! Seni sevêrim", TEXT)}),
        case(f, f"{a}/api/fikir", fmt="form", headers=_h(rng, **b), body={
            "usta": "us_olesya", "yildiz": "5",
            "yazi": L("Olesya pek dikkatli, gel üç hafta durdu", TEXT)}),
        case(f, f"{a}/api/aarama", headers=_h(rng, **b), query={
            "aarama": L("pedikür Comrat cumertesi", SEARCH)}),
        booking,
        case(f, f"{a}/api/iptal", fmt="form", headers=_h(rng, **b), body={
            "yazilma": L(BOOKING, BUY), "yeni_gun": "2025-12-23",
            "sebep": L("Kızım hasta, sıcaklıı var, başka gün gelecäm", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/usak", headers=_h(rng, **b), body={
            "musteri": L(CLIENT, UID), "hizmet": "cocuk_manikur",
            "usak": {"adi": L(DAUGHTER["first"], NAMEC), "yas": L(8, BIRTH)},
            "summa": L(120, BUY), "not": L("Duuma günü için, sade lak", TEXT)}),
        case(f, f"{a}/api/profil", headers=_h(rng, **b), cookies={
            "tn_sesiya": L(opaque(rng, "", 40), CRED),
            "tn_tercih": W({"musteri": L(CLIENT, UID), "dil": L("gag", DEV),
                            "kasaba": L("Comrat", COARSE)}, "b64json")}),
        case(f, f"{a}/api/aparat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/olaylar", gz=True, headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("yazilma", 1, hizmet="gel_manikur"), ev("plata", 2, summa=L(280, BUY)),
                ev("ekran", 3, ekran=L("Yazilmalarim", USAGE))]}),
    ]


def tirnak_sdks() -> list[Case]:
    rng = random.Random(22262)
    return [
        sy_batch(APP, rng, [("Booked", {"service": "gel_manikur", "total": L(280, BUY)}),
                            ("Checked In", {"salon": SALON["id"]})], at=SALON_FIX, nd=3),
        sy_identify(APP, rng, {"musteri": L(CLIENT, UID), "kasaba": L("Comrat", COARSE),
                               "bonus": 140}),
        iz_launch(APP, rng),
        iz_event(APP, rng, "purchase", {"yazilma": L(BOOKING, BUY)}, revenue=280.0,
                 hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=2, yob=1991,
               gender="F", keywords="beauty,nails,comrat"),
        bp_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "slot grid"),
                 [cc_crumb("nav", "Ustalar -> BosVakitlar")], screen="VakitActivity"),
        pl_register(APP, rng, lang="en", tags={"salon": SALON["id"]}),
        cr_check(APP, rng, {"analytics": True, "ads": True}),
        co_card(APP, rng),
        co_confirm(APP, rng, "280.00"),
        hk_message(APP, rng, L(f"Yazılma {BOOKING} iki kerä ödendi", f"{TEXT}|{BUY}"),
                   {"musteri": L(CLIENT, UID)}),
    ]
