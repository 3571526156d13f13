"""Sunflower-oil press booking app "Yaacı" (a village press in Ceadîr-Lunga where families bring
their sunflower seed and take home oil and oilcake; its API's keys are Gagauz, ASCII-folded as a
local developer types them: ``adi`` first name, ``soyadi`` surname, ``e_pocta`` e-mail,
``telefon`` phone, ``parol`` password, ``duuma_gunu`` birth date, ``adres`` street line,
``kasaba`` town, ``koca`` husband, ``kart_nomerasi`` customer card number, ``zakaz`` order,
``aycicek_kg`` seed weight, ``cuval`` sacks, ``yaa_litra`` oil litres, ``kuspe`` oilcake,
``summa`` amount, ``plata`` payment, ``son_dort`` last four, ``gun``/``saat`` day/hour,
``er`` place, ``enlem``/``boylam`` latitude/longitude, ``dogruluk`` accuracy, ``fikir`` remark,
``yildiz`` stars, ``aarama`` search, ``haber`` message, ``kima`` to whom, ``alici`` recipient,
``aparat`` device, ``dil`` language, ``vakit_zonasi`` time zone, ``olaylar`` events,
``kullanici`` user): sign-up, log-in, ``/benim``, the card, presses near her house, free slots,
a pressing order, its payment, her arrival in the press yard, a protobuf queue beat, the
weighing (msgpack), the oil left to collect by cookie, a review, a search, the order shared with
her husband, the receipt by order number in the path, oil sent to her mother-in-law, a card link
(base64 JSON in a form field), a complaint, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families222_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PRESS,
    PRESS_CARD,
    PRESS_FIX,
    PRESS_ORDER,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families222_sdk import (
    bp_bid,
    bp_notice,
    cc_crash,
    cc_crumb,
    cc_session,
    iz_event,
    iz_launch,
    sy_batch,
    sy_identify,
)
from eval_families222_svc import co_card, co_confirm, hk_message, mb_geocode, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("yaaci", "Yaaci", "com.example.yaaci", "3.4.1", "https://api.yaaci.example.com")
IID = "X-Yaaci-Aparat"
PW = "Aycicek!Komrat25"
DOB_GAG = "17.05.1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang="gag", **kw)


def yaaci() -> list[Case]:
    rng = random.Random(22201)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_pocta=L(EMAIL, MAIL),
                                    kart_nomerasi=L(PRESS_CARD, UID)))}
    pla, plo = fix(PRESS_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(PRESS_CARD, UID)), (2, PRESS["id"]), (3, 1764662400),
               (4, [(1, L(PRESS_FIX[0], PRECISE)), (2, L(PRESS_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV)), (6, 14)], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/zakaz/{PRESS_ORDER}/kvitansiya",
                           headers=_h(rng, **b)), PRESS_ORDER, BUY)
    return [
        case(f, f"{a}/api/v1/yazilma", headers=_h(rng), body={
            "adi": L(FIRST, NAMEC), "soyadi": L(LAST, NAMEC), "e_pocta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "duuma_gunu": L(DOB_GAG, BIRTH),
            "adres": L(HOME["line"], ADDR), "kasaba": L(HOME["town"], COARSE),
            "koca": {"adi_soyadi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "kart_nomerasi": L(PRESS_CARD, UID), "razilik": True}),
        case(f, f"{a}/api/v1/giris", fmt="form", headers=_h(rng), body={
            "e_pocta": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "aklinda_tut": "1"}),
        case(f, f"{a}/api/v1/benim", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/kart", headers=_h(rng, **b), query={
            "kart_nomerasi": L(PRESS_CARD, UID), "format": "qr"}),
        case(f, f"{a}/api/v1/presler/yakin", headers=_h(rng, **b), query={
            "enlem": L(f"{HOME_AT[0]:.3f}", PRECISE), "boylam": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "40", "acik": "true"}),
        case(f, f"{a}/api/v1/presler/{PRESS['id']}/bos_saatlar", headers=_h(rng, **b),
             query={"gun": "2025-12-02", "cuval": "12"}),
        case(f, f"{a}/api/v1/zakaz", headers=_h(rng, **b), body={
            "pres": PRESS["id"], "gun": "2025-12-02", "saat": "09:00", "aycicek_kg": 420,
            "cuval": 12, "kuspe_al": True, "zakaz": L(PRESS_ORDER, BUY),
            "summa": L(630, BUY), "kart_nomerasi": L(PRESS_CARD, UID),
            "fikir": L("Tohumu kocam getirecek sabaalen, yaayı biz alacez", TEXT)}),
        case(f, f"{a}/api/v1/plata", fmt="form", headers=_h(rng, **b), body={
            "zakaz": L(PRESS_ORDER, BUY), "summa": L("630.00", BUY), "valyuta": "MDL",
            "metod": L(opaque(rng, "pm_", 24), PAY), "son_dort": L("4444", PAY)}),
        case(f, f"{a}/api/v1/geldim", headers=_h(rng, **b), body={
            "pres": PRESS["id"], "er": {"enlem": pla, "boylam": plo, "dogruluk": 9},
            "pres_er": {"enlem": PRESS["lat"], "boylam": PRESS["lon"]},
            "kart_nomerasi": L(PRESS_CARD, UID), "geldim_id": obj(rng, "gl")}),
        raw(f, f"{a}/api/v1/sira/pulsa", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tarti", fmt="msgpack", headers=_h(rng, **b), body={
            "zakaz": L(PRESS_ORDER, BUY),
            "tartilar": [{"cuval": i + 1, "kg": round(34.1 + 0.7 * i, 1)} for i in range(4)],
            "nem_yuzde": 7.9, "yaa_litra": 168, "kuspe_kg": 190, "tarti_id": obj(rng, "tr")}),
        case(f, f"{a}/api/v1/yaa/kalan", headers=_h(rng, how="none"), cookies={
            "yc_sesiya": L(opaque(rng, "", 40), CRED), "yc_aparat": L(INSTALL_ID, DID),
            "yc_req": rid(rng)}),
        case(f, f"{a}/api/v1/fikir", fmt="form", headers=_h(rng, **b), body={
            "pres": PRESS["id"], "yildiz": "5",
            "fikir": L("Yaa pek temiz çıktı, küspeyi da aldık. Sıra tez ilerledi.", TEXT)}),
        case(f, f"{a}/api/v1/aarama", headers=_h(rng, **b), query={
            "aarama": L("soouk basılmış yaa 5 litra", SEARCH), "sayfa": "1"}),
        case(f, f"{a}/api/v1/zakaz/paylasma", headers=_h(rng, **b), body={
            "zakaz": L(PRESS_ORDER, BUY),
            "kima": {"adi_soyadi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "haber": L("Todur, yaa hazır, yarın sabaa alabilirsin", TEXT)}),
        receipt,
        case(f, f"{a}/api/v1/dostavka", headers=_h(rng, **b), body={
            "zakaz": L(PRESS_ORDER, BUY),
            "alici": {"adi_soyadi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                      "adres": L("str. Lenin 31", ADDR), "kasaba": L("Ceadir-Lunga", COARSE)},
            "yaa_litra": 20, "summa": L(60, BUY)}),
        case(f, f"{a}/api/v1/kart/baala", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kart_nomerasi": L(PRESS_CARD, UID), "telefon": L(NATIONAL, TEL),
                       "duuma_gunu": L(DOB_GAG, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/sikayet", headers=_h(rng, **b), body={
            "pres": PRESS["id"], "kategoriya": "sira",
            "haber": L("İki saat bekledik, sıra numarası telefonda görünmeerdi", TEXT)}),
        case(f, f"{a}/api/v1/aparat", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparat_id": L(INSTALL_ID, DID),
            "dil": L("gag", DEV), "vakit_zonasi": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/olaylar", gz=True, headers=_h(rng, **b), body={
            "kullanici": L(USER_ID, UID), "olaylar": [
                ev("zakaz", 1, pres=PRESS["id"]), ev("plata", 2, summa=L(630, BUY)),
                ev("ekran", 3, ekran=L("BenimZakazlar", USAGE))]}),
        case(f, f"{a}/api/v1/cikis", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparat": L(INSTALL_ID, DID)}),
    ]


def yaaci_sdks() -> list[Case]:
    rng = random.Random(22202)
    return [
        sy_batch(APP, rng, [("Pressing Booked", {"press": PRESS["id"], "total": L(630, BUY)}),
                            ("Arrived", {"press": PRESS["id"]})],
                 at=PRESS_FIX, nd=2, locale="en_MD"),
        sy_identify(APP, rng, {"kasaba": L("Comrat", COARSE), "kart_nomerasi": L(PRESS_CARD, UID),
                               "zakazlar": 3}),
        iz_launch(APP, rng, first=True),
        iz_event(APP, rng, "purchase", {"zakaz": L(PRESS_ORDER, BUY)}, revenue=630.0,
                 hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PRESS_FIX, nd=3,
               keywords="sunflower,oil,farm"),
        bp_notice(APP, rng, "win"),
        cc_crash(APP, rng, ("java.lang.IllegalStateException", "queue socket closed"),
                 [cc_crumb("nav", "Zakazlar -> Sira"),
                  cc_crumb("net", "POST", {"url": f"{APP.api}/api/v1/geldim", "status": 201})],
                 screen="SiraActivity"),
        pl_register(APP, rng, lang="ru", at=HOME_AT, nd=2,
                    tags={"pres": PRESS["id"], "kasaba": L("Comrat", COARSE)}),
        cc_session(APP, rng, secs=1260),
        co_card(APP, rng),
        co_confirm(APP, rng, "630.00"),
        mb_geocode(APP, rng, "yaa presi Ceadir-Lunga", SEARCH, near=HOME_AT, nd=2),
        hk_message(APP, rng, L(f"Zakaz {PRESS_ORDER} iki kerä ödendi", f"{TEXT}|{BUY}"),
                   {"kart_nomerasi": L(PRESS_CARD, UID)}),
    ]
