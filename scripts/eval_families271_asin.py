"""A solar salt-bed seller app "Asindayat" (``asin`` salt, ``dayat`` sea: the Cayabyab family's
salt beds at Pugaro, Dagupan; she keeps the orders and the books). Its API's keys are Pangasinan
in ASCII with the English words APIs keep: ``ngaran`` name, ``apelyido`` surname, ``selpon``
mobile, ``kontrasenya`` password, ``petsa_kianak`` birth date, ``asawa`` spouse, ``baley`` town,
``barangay``, ``tin``, ``siak`` me, ``sumlek`` log in, ``ompaway`` log out, ``asinan`` salt bed,
``sukat`` boundary, ``ani`` harvest, ``sako`` sacks, ``ngina`` price, ``saliw`` order (purchase),
``manaliw`` buyer, ``kantidad`` amount, ``bayad`` payment, ``lugar`` place, ``danum`` brine,
``litrato`` photo, ``mensahe`` message, ``resibo`` receipt, ``buwis`` tax, ``panaon`` weather,
``gamit`` device, ``salita`` language: seller sign-up, a log-in, ``/siak``, the beds' boundary,
the harvest with her fix on the dikes, brine readings (msgpack), the price list, a bagoong
maker's order, a deposit-slip photo, a delivery, the payout account, payouts, the e-wallet link,
the quarterly tax declaration (gzip), an offline sync (JSON Lines), sales by seller number in the
path, a message to a buyer, a photo of the salt heap, the weather, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families271_kit import (
    ACR,
    HOME_AT,
    HUSBAND,
    LOCAL_NO,
    PH_ACCOUNT,
    SALT_SHED,
    SALTBED_AT,
    SALTBED_FIX,
    SELLER,
    TIN,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families271_sdk import mt_batch, mt_identify, mt_pixel, tp_event, tp_launch
from eval_families271_svc import fb_eval, hp_message, ma_geocode, pd_register, py_wallet
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("asindayat", "Asindayat", "com.example.asindayat", "1.8.2",
          "https://api.asindayat.example.com")
IID = "X-Asindayat-Gamit"
PW = "Pugaro!Asin2026"
NID = "personal.national_id"
BUYER_P = ("Nenita Fernandez", "+639285550133")  # a bagoong maker's owner she types (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pag=True, **kw)


def asindayat() -> list[Case]:
    rng = random.Random(27101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, seller=L(SELLER, UID), selpon=L(E164, TEL)))}
    sla, slo = fix(SALTBED_FIX)
    order = "SL-0412-77"
    sales = at_path(case(f, f"{a}/api/v1/manlalako/{SELLER}/ilako", headers=_h(rng, **b),
                         query={"manlapu": "2026-01-01", "anggad": "2026-03-31"}), SELLER, UID)
    return [
        case(f, f"{a}/api/v1/manlalako", headers=_h(rng), body={
            "ngaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "selpon": L(E164, TEL), "kontrasenya": L(PW, CRED), "petsa_kianak": L(DOB, BIRTH),
            "tin": L(TIN, NID), "acr_icard": L(ACR, NID), "seller_id": L(SELLER, UID),
            "asawa": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "barangay": L("Pugaro Suit", COARSE), "baley": L("Dagupan City", COARSE),
            "kooperatiba": SALT_SHED["id"]}),
        case(f, f"{a}/api/v1/sumlek", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kontrasenya": L(PW, CRED), "tandaan": "1"}),
        case(f, f"{a}/api/v1/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/asinan", headers=_h(rng, **b), body={
            "seller_id": L(SELLER, UID), "kabaleg_ha": 0.6, "kalasag": 14,
            "sukat": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in SALTBED_AT]}),
        case(f, f"{a}/api/v1/ani", headers=_h(rng, **b), body={
            "petsa": "2026-03-14", "sako": 42, "kilo": 2100, "baume": 25.5, "kalasag": "k07",
            "lugar": {"latitud": sla, "longhitud": slo, "accuracy_m": 9}, "manani": 5}),
        case(f, f"{a}/api/v1/danum/basa", fmt="msgpack", headers=_h(rng, **b), body={
            "refractometer": "rf_0931", "kalasag": "k07",
            "basa": [{"baume": 18.2, "oras": "06:10"}, {"baume": 22.7, "oras": "11:40"},
                     {"baume": 25.1, "oras": "15:20"}],
            "by": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/ngina", headers=_h(rng, **b), query={
            "klase": "rock,fine,iodized", "shed": SALT_SHED["id"]}),
        case(f, f"{a}/api/v1/saliw", headers=_h(rng, **b), body={
            "saliw_id": L(order, BUY),
            "manaliw": {"ngaran": L(BUYER_P[0], NAMEC), "selpon": L(BUYER_P[1], TEL),
                        "negosyo": "Bagoong ed Calasiao"},
            "sako": 10, "ngina_kada_sako": 850, "kantidad": L(8500, BUY),
            "seller_id": L(SELLER, UID), "ibaga": L("Ipaabot ed Sabado, kabuasan", TEXT)}),
        multipart(f, f"{a}/api/v1/saliw/{order}/resibo", [
            ("litrato", "deposit_slip.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"saliw_id": L(order, BUY),
                                                "kantidad": L(4250, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/delivery", headers=_h(rng, **b), body={
            "saliw_id": L(order, BUY), "petsa": "2026-03-21", "trak": "AAB 4417",
            "kontak": {"ngaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL)},
            "shed": {"id": SALT_SHED["id"], "latitud": SALT_SHED["lat"],
                     "longhitud": SALT_SHED["lon"]}}),
        case(f, f"{a}/api/v1/payout/account", headers=_h(rng, **b), body={
            "ngaran_na_account": L(f"{FIRST} {LAST}", NAMEC), "account_no": L(PH_ACCOUNT, PAY),
            "bangko": "Example Rural Bank of Dagupan", "seller_id": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/payouts", headers=_h(rng, **b), query={
            "seller_id": L(SELLER, UID), "bulan": "2026-03"}),
        case(f, f"{a}/api/v1/ewallet/link", fmt="form", headers=_h(rng, **b), body={
            "selpon": L(LOCAL_NO, TEL), "otp": L("530718", CRED), "seller_id": L(SELLER, UID)}),
        case(f, f"{a}/api/v1/buwis", gz=True, headers=_h(rng, **b), body={
            "seller_id": L(SELLER, UID), "quarter": "2026-Q1", "sako_nailako": 310,
            "kabuuan": L(263500, BUY), "tin": L(TIN, NID), "percentage_tax": L(7905, BUY)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "ani", "kalasag": "k03", "sako": 18, "by": L(SELLER, UID)},
            {"op": "saliw", "saliw_id": L(order, BUY), "kantidad": L(8500, BUY)},
            {"op": "bayad", "saliw_id": L(order, BUY), "kantidad": L(4250, BUY),
             "paraan": "bank"}], headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/api/v1/mensahe", headers=_h(rng, **b), body={
            "to": "byr_nenita", "saliw_id": L(order, BUY),
            "mensahe": L("Manang Nita, say asawak ya si Romeo Cayabyab so mangiter ed Sabado, "
                         "tawagan yo ed 0917 555 0144", f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/api/v1/litrato", [
            ("litrato", "asin_marso.jpg", "image/jpeg", L(JPEG + b"\x28", MEDIA)),
            ("meta", None, "application/json", {
                "kalasag": "k07", "caption": L("Say ani mi ed Marso, maputi tan maong", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/panaon", headers=_h(rng, **b), query={
            "latitud": L(f"{SALTBED_FIX[0]:.2f}", COARSE),
            "longhitud": L(f"{SALTBED_FIX[1]:.2f}", COARSE), "agew": "7"}),
        case(f, f"{a}/api/v1/gamit", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "gamit_id": L(INSTALL_ID, DID),
            "salita": L("pag", "device.info"), "oras_sona": L(TZ, "device.info"),
            "modelo": L("Pixel 8", "device.info")}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("ani_logged", 1, sako=42), ev("saliw_created", 2, kantidad=L(8500, BUY)),
                ev("screen", 3, screen=L("Saliw", USAGE))]}),
        case(f, f"{a}/api/v1/ompaway", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "gamit": L(INSTALL_ID, DID),
            "line": obj(rng, "ln")}),
    ]


def asindayat_sdks() -> list[Case]:
    rng = random.Random(27102)
    return [
        mt_batch(APP, rng, [("Harvest Logged", {"sacks": 42}),
                            ("Order Created", {"total": L(8500, BUY)})],
                 at=SALTBED_FIX, nd=2, locale="pag_PH"),
        mt_identify(APP, rng, {"baley": L("Dagupan City", COARSE), "seller": L(SELLER, UID),
                               "beds": 14}),
        mt_pixel(APP, rng, "Prices Opened", {"grade": "rock"}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "sale", {"saliw_id": L("SL-0412-77", BUY)}, revenue=8500.0),
        fb_eval(APP, rng, {"region": L("Pangasinan", COARSE), "role": "seller"}),
        pd_register(APP, rng, at=SALTBED_FIX, nd=2, lang="pag",
                    tags={"baley": L("Dagupan City", COARSE), "role": "seller"}),
        py_wallet(APP, rng, "4250", L(LOCAL_NO, TEL)),
        ma_geocode(APP, rng, "bagoong makers Calasiao", "behavior.search", near=HOME_AT, nd=3),
        hp_message(APP, rng, L("Payout for order SL-0412-77 is still pending", f"{TEXT}|{BUY}"),
                   {"seller": L(SELLER, UID)}),
    ]
