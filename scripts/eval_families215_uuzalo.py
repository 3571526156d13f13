"""A second-hand clothes bale trade app "Uuzalo" ("clothes"; she buys bales at an Ondangwa
depot and sells at her Saturday stall in the Oshakati market; its API's keys are Oshiwambo:
``omulandithi`` seller, ``omulandi`` buyer, ``edhina`` name, ``imeili`` e-mail, ``ongodi``
phone, ``oshiholekwa`` password, ``onomola_yoshifendela`` tax number, ``onomola_yomukanda`` ID
number, ``oonguwo`` clothes, ``ombanda`` bale, ``ondando`` price, ``oshimaliwa`` amount,
``efuto`` payment, ``okaunda`` account, ``ostola`` stall, ``ehala`` place, ``ethano`` photo,
``uunene`` size, ``omwaalu`` count, ``okukonga`` search, ``etumwalaka`` message,
``omalandithilo`` sales, ``iiningwanima`` events): seller sign-up (ID, tax number), e-mail code,
``/ngame``, the depot's bale catalogue, a bale order, its payment, collection, grading the bale
(photos), listings, sales (JSON Lines offline sync), a buyer's e-wallet payment, a reserved item
for a buyer, the stall fee, the payout account, payouts, the monthly sales by seller number in
the path, a search, a message, the tax summary (gzip), push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    E164,
    EMAIL_UPPER,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families215_kit import (
    BALE_ORDER,
    HOME,
    MARKET_FIX,
    NA_ACCOUNT,
    NID_HERS,
    SELLER,
    TIN,
    WHOLESALER,
    fix,
    hd,
    obj,
    push,
)
from eval_families215_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families215_svc import cl_wallet, cy_check, fn_eval, hs_attach, hs_message, pt_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, U, case

APP = App("uuzalo", "Uuzalo", "com.example.uuzalo", "5.6.1", "https://api.uuzalo.example.com")
IID = "X-Uuzalo-Device"
PW = "Ombanda45kg!Oshk"
NID = "personal.national_id"
BUYER = ("Ndinelao Haimbodi", "+264815540083")  # a buyer she types in (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def uuzalo() -> list[Case]:
    rng = random.Random(21561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeili=L(EMAIL, MAIL), omulandithi=L(SELLER, UID)))}
    mla, mlo = fix(MARKET_FIX, 5)
    sales = at_path(case(f, f"{a}/v1/aalandithi/{SELLER}/omalandithilo", headers=_h(rng, **b),
                         query={"omwedhi": "2026-02"}), SELLER, UID)
    recs = [{"olandithilo": obj(rng, "sl"), "omulandithi": L(SELLER, UID),
             "oonguwo": item, "ondando": L(p, BUY), "efuto": how}
            for item, p, how in (("ojaketa", 60, "cash"), ("olukasa", 35, "ewallet"),
                                 ("oongaku", 80, "cash"))]
    return [
        case(f, f"{a}/v1/aalandithi", headers=_h(rng), body={
            "edhina": L(FIRST, NAMEC), "edhina_lyofamili": L(LAST, NAMEC),
            "imeili": L(EMAIL, MAIL), "ongodi": L(E164, TEL), "oshiholekwa": L(PW, CRED),
            "onomola_yomukanda": L(NID_HERS, NID), "onomola_yoshifendela": L(TIN, NID),
            "ondoolopa": L(HOME["town"], COARSE), "ostola": "OMK-B17",
            "omulandithi": L(SELLER, UID)}),
        case(f, f"{a}/v1/imeili/okoodi", fmt="form", headers=_h(rng), body={
            "imeili": L(EMAIL_UPPER, MAIL), "okoodi": L("771054", CRED)}),
        case(f, f"{a}/v1/ngame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/oombanda", headers=_h(rng, **b), query={
            "ostola": WHOLESALER["id"], "oshikalimo": "aakiintu_uuzalo_womutenya"}),
        case(f, f"{a}/v1/omaindilo", headers=_h(rng, **b), body={
            "eindilo": L(BALE_ORDER, BUY), "ostola": WHOLESALER["id"],
            "oombanda": [{"ombanda": "bl_ladies_a", "uulemu_kg": 45, "ondando": 2100},
                         {"ombanda": "bl_kids_b", "uulemu_kg": 45, "ondando": 1650}],
            "oshimaliwa": L(3750, BUY), "omulandithi": L(SELLER, UID)}),
        case(f, f"{a}/v1/efuto", fmt="form", headers=_h(rng, **b), body={
            "eindilo": L(BALE_ORDER, BUY), "oshimaliwa": L("3750.00", BUY),
            "okaunda": L(NA_ACCOUNT, PAY), "reference": rid(rng)}),
        case(f, f"{a}/v1/omaindilo/{BALE_ORDER}/okutaamba", headers=_h(rng, **b), body={
            "ostola": {"lat": WHOLESALER["lat"], "lon": WHOLESALER["lon"],
                       "ongodi": WHOLESALER["phone"]},
            "omutaambi": L(f"{FIRST} {LAST}", NAMEC), "ohauto": "N 4417 OS"}),
        multipart(f, f"{a}/v1/oombanda/ethano", [
            ("ethano", "ombanda_a.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"eindilo": L(BALE_ORDER, BUY),
                                                "uuwanawa": "A", "omwaalu": 212})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/iilandithwa", headers=_h(rng, **b), body={
            "omulandithi": L(SELLER, UID), "iinima": [
                {"oonguwo": "ojaketa yuulumentu", "uunene": "L", "ondando": 60},
                {"oonguwo": "olukasa lwokanona", "uunene": "6-7", "ondando": 35}],
            "ehala": {"lat": mla, "lon": mlo}}),
        lines(f, f"{a}/v1/omalandithilo/sync", recs, headers=_h(rng, **b)),
        case(f, f"{a}/v1/omalandithilo/ewallet", headers=_h(rng, **b), body={
            "omulandi": {"edhina": L(BUYER[0], NAMEC), "ongodi": L(BUYER[1], TEL)},
            "oshimaliwa": L(35, BUY), "omulandithi": L(SELLER, UID), "ongodi_yandje": L(E164,
                                                                                       TEL)}),
        case(f, f"{a}/v1/iigandjwa", fmt="form", headers=_h(rng, **b), body={
            "oshinima": obj(rng, "it"), "omulandi_edhina": L(BUYER[0], NAMEC),
            "omulandi_ongodi": L(BUYER[1], TEL), "sigo": "2026-02-21"}),
        case(f, f"{a}/v1/ostola/efuto", headers=_h(rng, **b), body={
            "ostola": "OMK-B17", "omwedhi": "2026-02", "oshimaliwa": L(120, BUY),
            "omukalo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/okaunda", headers=_h(rng, **b), body={
            "okaunda": L(NA_ACCOUNT, PAY), "ombaanga_branch": "280172",
            "omwene": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/omafuto", headers=_h(rng, how="none"), cookies={
            "uz_session": L(opaque(rng, "", 40), CRED), "uz_seller": L(SELLER, UID),
            "uz_req": rid(rng)}),
        sales,
        case(f, f"{a}/v1/okukonga", headers=_h(rng, **b), query={
            "okukonga": L("oombanda dhaanona ondando ya shuna pevi", SEARCH)}),
        case(f, f"{a}/v1/omatumwalaka", headers=_h(rng, **b), body={
            "okuya": WHOLESALER["id"], "etumwalaka": L(
                f"Ombanda yeindilo {BALE_ORDER} oya li yi na oonguwo dha tauka 30", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/oshifendela/omwedhi", gz=True, headers=_h(rng, **b), body={
            "onomola_yoshifendela": L(TIN, NID), "omwedhi": "2026-02",
            "omalandithilo": L(4385.0, BUY), "omalanditho": L(3750.0, BUY),
            "omulandithi": L(SELLER, UID)}),
        case(f, f"{a}/v1/oshilongitho", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/iiningwanima", gz=True, headers=_h(rng, **b), body={
            "omulongithi": L(USER_ID, UID), "iiningwanima": [
                ev("oshinima_sha_landithwa", 1, ondando=L(35, BUY)),
                ev("screen", 2, screen=L("Omalandithilo", USAGE))]}),
    ]


def uuzalo_sdks() -> list[Case]:
    rng = random.Random(21562)
    link = U("https://uuzalo.example.com/o", {"eindilo": L(BALE_ORDER, BUY), "ref": "sms",
                                              "tel": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Bale Ordered", {"total": L(3750, BUY)}),
                            ("Item Sold", {"price": L(60, BUY)})], at=MARKET_FIX, nd=2),
        mc_identify(APP, rng, {"role": "seller", "town": L("Oshakati", COARSE),
                               "seller": L(SELLER, UID)}),
        tn_launch(APP, rng, user=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "bale_order", {"order": L(BALE_ORDER, BUY)}, revenue=3750.0,
                 currency="NAD", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="clothes,bales,wholesale"),
        cd_crash(APP, rng, ("android.database.SQLException", "sales table locked"),
                 [cd_crumb("nav", "Omalandithilo -> Sync")], screen="SyncActivity"),
        fn_eval(APP, rng, {"seller": True, "stall": "OMK-B17"}),
        pt_register(APP, rng, tags={"role": "seller"}),
        cy_check(APP, rng, {"analytics": True, "ads": False}),
        cl_wallet(APP, rng, "35.00", L(BUYER[1], TEL)),
        hs_message(APP, rng, L(f"My payout to account {NA_ACCOUNT} is late", f"{TEXT}|{PAY}"),
                   {"seller": L(SELLER, UID)}),
        hs_attach(APP, rng, L(JPEG + b"\x72", MEDIA), "payout.jpg", "image/jpeg"),
    ]
