"""A Maniago knife workshop's custom-order app "Curtis" (she orders a hand-forged knife for her
husband's birthday, has the family's kitchen knives sharpened by courier and visits the forge
with her son). Its API's keys are Friulian with some English: ``non`` / ``cognon``, ``email``,
``telefonin``, ``peraule_claf`` password, ``codic`` SMS code, ``date_di_nassite``, ``curtis``
knife, ``lame`` blade, ``mani`` handle, ``len`` wood, ``incision`` engraving, ``regal`` gift,
``mesure_man`` hand measurements (``lungjece`` length, ``largjece`` width), ``verifiche_etat``
age check, ``document`` / ``numar_document`` identity document and number, ``codic_fiscal``,
``ordin`` order, ``stat`` status, ``impuart``, ``metodi``, ``ultimis_cuatri``, ``visite``
visit, ``personis`` people, ``etat`` age, ``botega`` workshop, ``posizion`` / ``lat`` /
``lng``, ``ucadure`` sharpening, ``ritir`` pick-up, ``indiric``, ``citat``, ``codic_postal``,
``spedizion`` shipment, ``mitent`` sender, ``destinatari`` recipient, ``non_complet`` full
name, ``ricercje`` search, ``recension`` review (``stelis`` stars, ``coment``), ``messac``,
``garanzie`` warranty, ``fature`` invoice, ``biliet`` card note, ``utent``, ``aveniments``:
sign-up, an SMS log-in, ``/jo``, the catalogue, the age check with her identity card (JSON and
the card's photo), the custom order with her husband's engraving and hand size, the deposit, the
order status by number in the path, a photo of his hand for the grip, the forge visit and the
check-in there, sharpening by courier from their flat, a parcel label (msgpack) to her
mother-in-law, a search, a review, a message to the smith, the warranty by cookie (a base64 JSON
preferences cookie), an invoice with her tax code, the gift card note, push, events, log-out.
Set 105's "cutler" is a kitchen brand's word and set 182's "knives" a security list: no earlier
set has a knife maker."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    SEARCH,
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
from eval_families24_kit import claims
from eval_families207_kit import (
    CF_JANE,
    CIE,
    FORGE,
    FORGE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    KNIFE_ORDER,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families207_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families207_svc import cl_card, cl_confirm, hs_attach, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("curtis", "Curtis", "com.example.curtis", "3.0.2", "https://api.curtis.example.net")
IID = "X-Curtis-Device"
PW = "Lame#Maniac2026"
NID = "personal.national_id"
FIT = "health.fitness"
MIL_LINE = "Via Cjampeis 3"  # her mother-in-law's street line in Tolmezzo (typed: address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def curtis() -> list[Case]:
    rng = random.Random(20721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefonin=L(E164, TEL)))}
    fla, flo = fix(FORGE_FIX, 5)
    status = at_path(case(f, f"{a}/v2/ordins/{KNIFE_ORDER}/stat", headers=_h(rng, **b)),
                     KNIFE_ORDER, BUY)
    return [
        case(f, f"{a}/v2/regjistrazion", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefonin": L(E164, TEL), "peraule_claf": L(PW, CRED),
            "date_di_nassite": L(DOB, BIRTH), "lenghe": L("fur", DEV)}),
        case(f, f"{a}/v2/jentrade/sms", fmt="form", headers=_h(rng), body={
            "telefonin": L(E164, TEL), "codic": L("305118", CRED)}),
        case(f, f"{a}/v2/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/catalic", headers=_h(rng, **b), query={
            "tip": "serramanic", "botega": FORGE["id"], "pagjine": "1"}),
        case(f, f"{a}/v2/verifiche_etat", headers=_h(rng, **b), body={
            "date_di_nassite": L(DOB, BIRTH),
            "document": {"tip": "CIE", "numar_document": L(CIE, NID), "scjadence": "2034-05-17"},
            "codic_fiscal": L(CF_JANE, NID)}),
        multipart(f, f"{a}/v2/verifiche_etat/foto", [
            ("document", "cie_front.jpg", "image/jpeg", L(JPEG + b"\x07", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"numar_document": L(CIE, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ordins", headers=_h(rng, **b), body={
            "ordin": L(KNIFE_ORDER, BUY), "botega": FORGE["id"], "model": "Friûl 21",
            "lame": {"acciar": "damasc", "lungjece_cm": 9}, "mani": {"len": "noglâr"},
            "incision": L(f"{HUSBAND[0]} 1988", f"{TEXT}|{NAMEC}|{BIRTH}"), "regal": True,
            "mesure_man": {"lungjece": L(19.5, FIT), "largjece": L(8.9, FIT)},
            "impuart": L(420, BUY), "valute": "EUR"}),
        case(f, f"{a}/v2/paiament", fmt="form", headers=_h(rng, **b), body={
            "ordin": L(KNIFE_ORDER, BUY), "impuart": L("150.00", BUY), "tip": "caparre",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ultimis_cuatri": L("4444", PAY)}),
        status,
        multipart(f, f"{a}/v2/ordins/{KNIFE_ORDER}/foto", [
            ("foto", "man_daniele.jpg", "image/jpeg", L(JPEG + b"\x08", MEDIA)),
            ("meta", None, "application/json", {"ordin": L(KNIFE_ORDER, BUY),
                                                "note": L("La man di gno marit su la cjarte a "
                                                          "cuadrets", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/visitis", headers=_h(rng, **b), body={
            "botega": FORGE["id"], "dì": "2026-03-21", "ore": "10:30", "personis": 2,
            "fi": {"non": L(SON["first"], NAMEC), "etat": L(8, BIRTH)},
            "visite": obj(rng, "vs")}),
        case(f, f"{a}/v2/visitis/checkin", headers=_h(rng, **b), body={
            "posizion": {"lat": fla, "lng": flo, "acc": 6},
            "botega": {"id": FORGE["id"], "lat": FORGE["lat"], "lng": FORGE["lon"]}}),
        case(f, f"{a}/v2/ucadure", headers=_h(rng, **b), body={
            "ritir": {"indiric": L(HOME["line"], ADDR), "citat": L(HOME["town"], COARSE),
                      "codic_postal": L(HOME["post"], COARSE), "telefonin": L(E164, TEL)},
            "curtis": 4, "impuart": L(32, BUY), "dì": "2026-03-10"}),
        case(f, f"{a}/v2/spedizion/etichete", fmt="msgpack", headers=_h(rng, **b), body={
            "mitent": {"non_complet": L(f"{FIRST} {LAST}", NAMEC),
                       "indiric": L(HOME["line"], ADDR), "telefon": L(E164, TEL)},
            "destinatari": {"non_complet": L(MOTHER_IL[0], NAMEC), "indiric": L(MIL_LINE, ADDR),
                            "citat": L("Tolmezzo", COARSE), "codic_postal": L("33028", COARSE),
                            "telefon": L(MOTHER_IL[1], TEL)},
            "pacut": {"kg": 0.6, "cm": [30, 12, 6]}, "ordin": L("CM-2026-0341", BUY)}),
        case(f, f"{a}/v2/ricercje", headers=_h(rng, **b), query={
            "q": L("curtis di cusine cun mani di corne", SEARCH)}),
        case(f, f"{a}/v2/recension", fmt="form", headers=_h(rng, **b), body={
            "botega": FORGE["id"], "stelis": "5",
            "coment": L("Lavôr di mestri, la lame e tae come un rasôr. Mandi!", TEXT)}),
        case(f, f"{a}/v2/messacs", headers=_h(rng, **b), body={
            "a": "mestri_ivo", "ordin": KNIFE_ORDER,
            "messac": L(f"La incision e je par gno marit {HUSBAND[0]}, e à di jessi pronte pal "
                        "2 di novembar", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/garanzie", headers=_h(rng, how="none"), cookies={
            "cu_sess": L(opaque(rng, "", 40), CRED),
            "cu_prefs": W({"utent": L(USER_ID, UID), "lenghe": L("fur", DEV)}, "b64json")}),
        case(f, f"{a}/v2/fature", headers=_h(rng, **b), body={
            "ordin": L(KNIFE_ORDER, BUY), "codic_fiscal": L(CF_JANE, NID),
            "non_complet": L(f"{FIRST} {LAST}", NAMEC), "indiric": L(HOME["line"], ADDR),
            "citat": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v2/regal/biliet", headers=_h(rng, **b), body={
            "ordin": L(KNIFE_ORDER, BUY), "biliet": L("Bon compleanni, amôr! 37 agns di bessôl "
                                                      "no si taie nuie", TEXT)}),
        case(f, f"{a}/v2/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("ordin", 1, impuart=L(420, BUY)), ev("schermi", 2, schermi=L("Incision",
                                                                                USAGE))]}),
        case(f, f"{a}/v2/jessude", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispositif": L(INSTALL_ID, DID)}),
    ]


def curtis_sdks() -> list[Case]:
    rng = random.Random(20722)
    link = U("https://curtis.example.net/o", {"ordin": L(KNIFE_ORDER, BUY), "src": "mail",
                                              "e": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Order Placed", {"total": L(420, BUY)}),
                            ("Engraving Set", {})], locale="it_IT"),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "purchase", {"ordin": L(KNIFE_ORDER, BUY)}, revenue=420.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="knives,craft,gift"),
        cd_session(APP, rng, secs=623),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "150.00"),
        mm_geocode(APP, rng, "Coltelleria Artigiana Maniago", SEARCH, near=HOME_AT, nd=2),
        hs_attach(APP, rng, L(JPEG + b"\x09", MEDIA), "lame_grafiade.jpg", "image/jpeg"),
    ]
