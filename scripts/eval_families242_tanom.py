"""A plant nursery's shop app "Tanomanan" (``tanom`` plant; the fictional Jaro Garden Hub sells
ornamental plants, pots and soil, delivers by its own van and keeps a care diary for what it
sold; keys Hiligaynon with English: ``ngalan``, ``apelyido``, ``kontak_numero`` phone,
``tinago`` password, ``adres_hatdan`` delivery address, ``siyudad`` city, ``tanom`` plant,
``paso`` pot, ``duta`` soil, ``abono`` fertiliser, ``bakal`` purchase, ``kariton`` cart,
``hatod`` delivery, ``para_kay`` recipient, ``regalo`` gift, ``sulat`` message, ``pangita``
search, ``litrato`` photo, ``tubig`` watering, ``silak`` sunlight, ``lugar`` place): sign-up,
log-in, ``/ako``, the catalogue, the cart (gzip), the order with home delivery, its payment, the
delivery slot, her garden's point for a sunlight estimate, the care diary (msgpack), a sick
plant photo, a plant-doctor message, a gift plant delivered to her mother-in-law in Bacolod, a
pick-up check-in at the nursery with her fix, an offline sync (JSON Lines), the order by number
in the path, a review, a search, push, events and a log-out. New: a docstring grep for "plant
nursery", "plant shop", "garden centre", "houseplant", "ornamental", "plantita" matched nothing
(set 38's plant ID, 58's greenhouse, 84's community garden and 109's seed barter are the
neighbours; this is a nursery's shop with delivery)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families242_kit import (
    GARDENER,
    HOME,
    HOME_AT,
    MIL_HOME,
    MOTHER_IL,
    NURSERY,
    NURSERY_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families242_sdk import mc_batch, mc_identify, mc_pixel, tn_event, tn_launch
from eval_families242_svc import cl_wallet, fn_eval, hs_message, mm_geocode, pt_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("tanomanan", "Tanomanan", "com.example.tanomanan", "1.7.3",
          "https://api.tanomanan.example.net")
IID = "X-Tanomanan-Install"
ORDER = "TNM-O-26-5512"  # a plant order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tanomanan() -> list[Case]:
    rng = random.Random(24261)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, customer=L(GARDENER, UID), phone=L(E164, TEL)))}
    nla, nlo = fix(NURSERY_FIX)
    plant = obj(rng, "pl")
    order = at_path(case(f, f"{a}/v1/bakal/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/customers", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "kontak_numero": L(E164, TEL), "tinago": L("Monstera*Jaro7", CRED),
            "adres_hatdan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "siyudad": L(HOME["town"], COARSE), "customer": L(GARDENER, UID)}),
        case(f, f"{a}/v1/auth/verify", fmt="form", headers=_h(rng), body={
            "kontak_numero": L(E164, TEL), "code": L("264910", CRED)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/katalogo", headers=_h(rng, **b), query={
            "klase": "aglaonema", "nursery": NURSERY["id"], "pahina": "2"}),
        case(f, f"{a}/v1/kariton", gz=True, headers=_h(rng, **b), body={
            "customer": L(GARDENER, UID),
            "kariton": [{"tanom": "agl-red-siam", "paso": "clay-8in", "kadamuon": 2, "bili": 650},
                        {"tanom": "mon-delic-m", "paso": "plastic-10in", "kadamuon": 1,
                         "bili": 1200},
                        {"duta": "aroid-mix-5kg", "kadamuon": 1, "bili": 280}],
            "abono": "slow-release"}),
        case(f, f"{a}/v1/bakal", headers=_h(rng, **b), body={
            "bakal": L(ORDER, BUY), "kabugosan": L(2780, BUY),
            "hatod": {"adres_hatdan": L(HOME["line"], ADDR), "siyudad": L(HOME["town"], COARSE),
                      "tanda": L("puti nga gate, may bougainvillea", f"{TEXT}|{ADDR}")}}),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "bakal": L(ORDER, BUY), "kantidad": L("2780.00", BUY), "kwarta": "PHP",
            "pamaagi": L(opaque(rng, "pm_", 24), PAY), "ulihi_apat": L("4444", PAY)}),
        case(f, f"{a}/v1/hatod/slot", fmt="form", headers=_h(rng, **b), body={
            "bakal": L(ORDER, BUY), "petsa": "2026-02-07", "oras": "8-11",
            "van": "van_02"}),
        case(f, f"{a}/v1/garden/silak", headers=_h(rng, **b), body={
            "lugar": {"lat": L(HOME_AT[0], PRECISE), "lng": L(HOME_AT[1], PRECISE)},
            "atubangan": "west", "silak": "partial", "customer": L(GARDENER, UID)}),
        case(f, f"{a}/v1/diary/{plant}", fmt="msgpack", headers=_h(rng, **b), body={
            "tanom": plant, "tubig": [{"petsa": "2026-02-10", "ml": 300},
                                      {"petsa": "2026-02-13", "ml": 250}],
            "nota": L("Nagdalag ang duha ka dahon sa idalom", TEXT),
            "customer": L(GARDENER, UID)}),
        multipart(f, f"{a}/v1/doktor_tanom/litrato", [
            ("litrato", "yellow_leaves.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"tanom": plant,
                                                "pamangkot": L("Sobra bala sa tubig?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sulat", headers=_h(rng, **b), body={
            "para_kay": "plant_doctor",
            "sulat": L("Ang akon monstera may itom nga mantsa, ano ang himuon ko?", TEXT)}),
        case(f, f"{a}/v1/regalo", headers=_h(rng, **b), body={
            "para_kay": {"ngalan": L(MOTHER_IL[0], NAMEC), "kontak_numero": L(MOTHER_IL[1], TEL),
                         "adres_hatdan": L(MIL_HOME["line"], ADDR),
                         "siyudad": L(MIL_HOME["town"], COARSE)},
            "tanom": "orchid-dendro-2", "kantidad": L(950, BUY),
            "sulat": L("Nay, happy birthday! Gikan kay Jane, Ramon kag Isay", TEXT)}),
        case(f, f"{a}/v1/pickup/checkin", headers=_h(rng, **b), body={
            "bakal": L(ORDER, BUY), "lugar": {"lat": nla, "lng": nlo},
            "nursery": {"id": NURSERY["id"], "lat": NURSERY["lat"], "lng": NURSERY["lon"]}}),
        lines(f, f"{a}/v1/sync", [
            {"op": "water", "tanom": plant, "ml": 300, "by": L(GARDENER, UID)},
            {"op": "repot", "tanom": plant, "paso": "clay-10in", "by": L(GARDENER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sensor/pair", headers=_h(rng, **b), body={
            "sensor": "soil_s2_4471", "customer": L(GARDENER, UID),
            "wifi": {"ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI)},
            "telepono_ip": L(LOCAL_IP, DEV), "firmware": "1.0.9"}),
        order,
        case(f, f"{a}/v1/review", fmt="form", headers=_h(rng, **b), body={
            "bakal": L(ORDER, BUY), "stars": "4",
            "komento": L("Maayo ang tanom pero nabuak ang isa ka paso", TEXT)}),
        case(f, f"{a}/v1/pangita", headers=_h(rng, **b), query={
            "pangita": L("tanom nga indi makahilo sa ido", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("order_placed", 1), ev("screen", 2, screen=L("CareDiary", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tanomanan_sdks() -> list[Case]:
    rng = random.Random(24262)
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(2780, BUY)}),
                            ("Diary Entry", {"kind": "water"})], at=HOME_AT, nd=2),
        mc_identify(APP, rng, {"siyudad": L("Iloilo City", COARSE), "customer": L(GARDENER, UID)}),
        mc_pixel(APP, rng, "Catalogue Opened", {"klase": "aglaonema"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=2780.0, currency="PHP"),
        fn_eval(APP, rng, {"siyudad": L("Iloilo City", COARSE), "tier": "suki"}),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"interes": "aroids"}),
        cl_wallet(APP, rng, "950", L(E164, TEL)),
        mm_geocode(APP, rng, MIL_HOME["line"] + ", Bacolod", ADDR, near=HOME_AT, nd=3),
        hs_message(APP, rng, L(f"Ang orden {ORDER} wala pa naabot", f"{TEXT}|{BUY}"),
                   {"customer": L(GARDENER, UID)}),
    ]
