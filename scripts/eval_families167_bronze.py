"""Lost-wax bronze foundry commission app "Bronzraaga" (bronze + raaga "market"; a family
foundry near the Ouagadougou artisans' village that casts to order and ships abroad; she
commissions a dancer statuette for her sister's fiftieth birthday in Ohio). Moore keys with
English: ``yuure`` first name, ``sondre`` family name, ``telefon`` phone, ``solgre`` password,
``tuuma`` commission (lit. work), ``buudu`` kind, ``ligdi`` amount, ``avance`` deposit,
``yaoogo`` payment, ``kode`` code, ``koeega`` message, ``reegda`` recipient, ``zaka`` home
address, ``tenga`` town, ``kart`` document, ``foto`` photo, ``soama`` rating, ``baoobo``
search, ``ziiga`` place, ``naaba`` master (lit. chief), ``soaba`` user, ``yela`` events:
sign-up, a form log-in, ``/maam``, the catalogue, a search, the commission, a reference photo,
the deposit by mobile money, a visit to the foundry with her fix, the progress photos by
commission number in the path, the wax model approved, the export certificate (gzip; her
passport), the parcel to her sister, the casting live (a video room), the balance by card,
favourites (msgpack), a review, a message to the master, the invoice by cookie, push, events and
a log-out. No earlier set has a foundry commission ("bronze", "lost-wax" and "statue" found
nothing; sets 114, 126 and 129 are crafts marketplaces where she sells)."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families167_kit import (
    COMMISSION,
    FOUNDRY,
    FOUNDRY_FIX,
    LOCAL,
    PASSPORT,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families167_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families167_svc import cl_card, cl_confirm, hs_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("bronzraaga", "Bronzraaga", "com.example.bronzraaga", "1.8.0",
          "https://api.bronzraaga.example.com")
IID = "X-Bronz-Install"
PW = "Cire!Perdue77"
NID = "personal.national_id"
C = COMMISSION


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bronzraaga() -> list[Case]:
    rng = random.Random(16741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), name=L(f"{FIRST} {LAST}", NAMEC)))}
    fla, flo = fix(FOUNDRY_FIX)
    prog = at_path(case(f, f"{a}/api/tuuma/{C}/foto", headers=_h(rng, **b)), C, BUY)
    return [
        case(f, f"{a}/api/soaba", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "solgre": L(PW, CRED), "tenga": L("Ouagadougou", COARSE)}),
        case(f, f"{a}/api/soaba/kenge", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "solgre": L(PW, CRED), "masiin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/maam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/catalogue", headers=_h(rng, **b), query={
            "buudu": "statuette", "atelier": FOUNDRY["id"], "page": "2"}),
        case(f, f"{a}/api/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("danseuse bronze 40 cm patine verte", SEARCH)}),
        case(f, f"{a}/api/tuuma", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "atelier": FOUNDRY["id"], "modele": "md_danseuse_07",
            "hauteur_cm": 40, "patine": "verte", "ligdi": L(185000, BUY), "devise": "XOF",
            "koeega": L("A birthday gift for my sister, please engrave 'Barka' on the base",
                        TEXT)}),
        multipart(f, f"{a}/api/tuuma/reference", [
            ("foto", "reference.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"tuuma": L(C, BUY), "vue": "face"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/yaoogo/avance", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "avance": L("90000", BUY), "telefon": L(LOCAL, TEL),
            "kode": L("640218", CRED), "reference": rid(rng)}),
        case(f, f"{a}/api/visites", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "ziiga": {"lat": fla, "lng": flo},
            "atelier": {"lat": FOUNDRY["lat"], "lng": FOUNDRY["lon"]}, "neba": 2}),
        prog,
        case(f, f"{a}/api/tuuma/cire/valider", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "decision": "ok",
            "koeega": L("Make the left arm a little higher, otherwise perfect", TEXT)}),
        case(f, f"{a}/api/export/certificat", gz=True, headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "kart": {"buudu": "passeport", "numero": L(PASSPORT, NID)},
            "exportateur": L(f"{FIRST} {LAST}", NAMEC), "valeur": L(185000, BUY),
            "poids_kg": 6.2, "destination": "US"}),
        case(f, f"{a}/api/expedition", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "reegda": {
                "yuure": L(SISTER_US[0], NAMEC), "telefon": L(SISTER_US[1], TEL),
                "email": L(SISTER_US[2], MAIL), "zaka": L(SISTER_US[3], ADDR)},
            "colis_kg": 7.5, "ligdi": L(64000, BUY), "service": "express"}),
        case(f, f"{a}/api/live/coulee", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "salle": obj(rng, "lv"),
            "join_token": L(opaque(rng, "lv_", 36), CRED)}),
        case(f, f"{a}/api/yaoogo/solde", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "ligdi": L("95000", BUY),
            "methode": L(opaque(rng, "pm_", 24), PAY), "carte_4": L("4444", PAY)}),
        case(f, f"{a}/api/favoris", fmt="msgpack", headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "modeles": ["md_danseuse_07", "md_masque_wango",
                                                  "md_cavalier_03"]}),
        case(f, f"{a}/api/avis", headers=_h(rng, **b), body={
            "atelier": FOUNDRY["id"], "soama": 5,
            "koeega": L("Watching the casting live was magical. Thank you naaba!", TEXT)}),
        case(f, f"{a}/api/koeega", headers=_h(rng, **b), body={
            "reegda": "naaba_" + FOUNDRY["id"],
            "koeega": L("Can you ship to my sister at 88 Maple Street before 20 March?",
                        f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/factures/latest", headers=_h(rng, how="none"), cookies={
            "bz_session": L(opaque(rng, "", 40), CRED), "bz_install": L(INSTALL_ID, DID),
            "bz_req": rid(rng)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/yela", gz=True, headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("commission_sent", 1), ev("screen", 2, screen=L("Progression", USAGE))]}),
        case(f, f"{a}/api/soaba/yiibu", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masiin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/expedition/assurance", fmt="form", headers=_h(rng, **b), body={
            "tuuma": L(C, BUY), "valeur": L("185000", BUY), "ligdi": L("3700", BUY)}),
    ]


def bronzraaga_sdks() -> list[Case]:
    rng = random.Random(16742)
    link = U("https://bronzraaga.example.com/t", {"tuuma": L(C, BUY), "src": "mail",
                                                  "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Commission Sent", {"total": L(185000, BUY)}),
                            ("Visit Logged", {})], at=FOUNDRY_FIX, nd=3),
        mc_pixel(APP, rng, "Catalogue Opened", {"page": 2}),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"tuuma": L(C, BUY)}, revenue=185000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="art,bronze,gift"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1204),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "95000"),
        hs_message(APP, rng, L(f"Shipment for {C} to Ohio is stuck in customs", f"{TEXT}|{BUY}"),
                   {"tuuma": L(C, BUY)}),
    ]

