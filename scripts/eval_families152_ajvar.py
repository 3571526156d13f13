"""Neighbourhood pepper-roasting and ajvar app "Ajvarnik" (Skopje, October: red peppers ordered
from a farmer in Strumica, roasted at a yard roaster in Kisela Voda, peeled at home and put up
in jars; its API's keys are Macedonian in plain ASCII, the way many local developers drop the
digraphs: ``ime`` first name, ``prezime`` surname, ``telefon`` phone, ``lozinka`` password,
``adresa`` address, ``naselba`` neighbourhood, ``grad`` city, ``naracka`` order, ``kolicina``
quantity, ``sorta`` variety, ``vkupno`` total, ``iznos`` amount, ``plakanje`` payment,
``karticka_posledni4`` card's last four, ``dostava`` delivery, ``zabeleska`` note, ``termin``
slot, ``pekara`` roaster, ``pecenje`` roasting, ``tegli`` jars, ``etiketa`` label, ``recept``
recipe, ``pokana`` invitation, ``poraka`` message, ``ocenka`` rating, ``komentar`` comment,
``zalba`` complaint, ``prebaruvanje`` search, ``korisnik`` user, ``nastani`` events, ``kod``
code): sign-up, an OAuth password grant, ``/profil``, roasters near her flat, slots, the pepper
order, its payment, the roasting slot, a check-in at the roaster, a protobuf queue beat, her
recipe, a jar photo, jar labels, a neighbour invited, a search, a rating, the order by number in
the path, the bill by cookie GET, push, events, a complaint, an SMS code and the courier's pin."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families152_kit import (
    AJ_ORDER,
    FARMER,
    ROASTER,
    ROASTER_FIX,
    SK_HOME,
    SK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families152_sdk import (
    ak_event,
    ak_launch,
    bt_bid,
    bt_notice,
    cb_session,
    mv_batch,
    mv_queue,
)
from eval_families152_svc import mp_geocode, mp_route, pd_card, pd_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ajvarnik", "Ajvarnik", "com.example.ajvarnik", "1.8.0",
          "https://api.ajvarnik.example.net")
IID = "X-Ajvarnik-Ured"
PW = "Piperki2025!Kv"
NEIGHBOUR = ("Slavica Petreska", "+38972118305")  # a neighbour she invites (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ajvarnik() -> list[Case]:
    rng = random.Random(15211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    rla, rlo = fix(ROASTER_FIX)
    hla, hlo = fix(SK_HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(AJ_ORDER, BUY)), (2, ROASTER["id"]), (3, 1759566000),
               (4, [(1, L(ROASTER_FIX[0], PRECISE)), (2, L(ROASTER_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, L(63, DEV))], "", lab)
    order = at_path(case(f, f"{a}/api/naracki/{AJ_ORDER}", headers=_h(rng, **b)), AJ_ORDER, BUY)
    return [
        case(f, f"{a}/api/registracija", headers=_h(rng), body={
            "ime": L(FIRST, NAMEC), "prezime": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "lozinka": L(PW, CRED), "adresa": L(SK_HOME["line"], ADDR),
            "naselba": L(SK_HOME["area"], COARSE), "grad": L(SK_HOME["town"], COARSE),
            "vesti": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ajvarnik-android"}),
        case(f, f"{a}/api/profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pekari/blisku", headers=_h(rng, **b), query={
            "lat": L(f"{SK_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{SK_HOME_AT[1]:.3f}", PRECISE),
            "radius": "4000"}),
        case(f, f"{a}/api/pekari/{ROASTER['id']}/termini", headers=_h(rng, **b),
             query={"datum": "2025-10-04"}),
        case(f, f"{a}/api/naracki", headers=_h(rng, **b), body={
            "naracka": L(AJ_ORDER, BUY), "farmer": FARMER["id"], "sorta": "kurtovska kapija",
            "kolicina_kg": 40, "cena_po_kg": 70, "vkupno": L(2800, BUY),
            "dostava": {"adresa": L(SK_HOME["line"], ADDR), "grad": L(SK_HOME["town"], COARSE),
                        "zabeleska": L("Vtor kat, zvonete dva pati", TEXT)},
            "datum": "2025-10-03"}),
        case(f, f"{a}/api/plakanje", fmt="form", headers=_h(rng, **b), body={
            "naracka": L(AJ_ORDER, BUY), "iznos": L("2800", BUY), "valuta": "MKD",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karticka_posledni4": L("4444", PAY)}),
        case(f, f"{a}/api/termini/rezervacija", headers=_h(rng, **b), body={
            "pekara": ROASTER["id"], "termin": obj(rng, "tr"), "kolicina_kg": 40,
            "naracka": L(AJ_ORDER, BUY), "telefon": L(E164, TEL), "pecenje_cena": 600}),
        case(f, f"{a}/api/termini/checkin", headers=_h(rng, **b), body={
            "pekara": ROASTER["id"], "lokacija": {"lat": rla, "lng": rlo, "tocnost": 7},
            "pekara_lokacija": {"lat": ROASTER["lat"], "lng": ROASTER["lon"]}}),
        raw(f, f"{a}/api/red/puls", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/recepti", headers=_h(rng, **b), body={
            "naslov": "Ajvar so malku patlidzan",
            "recept": L("Na 40 kg piperki: 2 kg patlidzan, 1 l zejtin, sol i malku secer. "
                        "Se mesa 3 casa.", TEXT), "javno": True}),
        multipart(f, f"{a}/api/tegli/slika", [
            ("slika", "tegli.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"naracka": L(AJ_ORDER, BUY), "tegli": 48})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/etiketi", fmt="form", headers=_h(rng, **b), body={
            "tekst": L("Ajvar od baba Vera, berba 2025", TEXT), "broj": "48",
            "format": "okruglo"}),
        case(f, f"{a}/api/pokani", headers=_h(rng, **b), body={
            "ime": L(NEIGHBOUR[0], NAMEC), "telefon": L(NEIGHBOUR[1], TEL),
            "poraka": L("Slavice, dojdi vo sabota da lupime piperki zaedno!", TEXT)}),
        case(f, f"{a}/api/prebaruvanje", headers=_h(rng, **b), query={
            "q": L("babura piperki Strumica organski", SEARCH), "strana": "1"}),
        case(f, f"{a}/api/ocenki", fmt="form", headers=_h(rng, **b), body={
            "pekara": ROASTER["id"], "ocenka": "5",
            "komentar": L("Piperkite ispeceni ramnomerno, brza usluga", TEXT)}),
        order,
        case(f, f"{a}/api/smetki/posledna", headers=_h(rng, how="none"), cookies={
            "aj_sesija": L(opaque(rng, "", 40), CRED), "aj_ured": L(INSTALL_ID, DID),
            "aj_req": rid(rng)}),
        case(f, f"{a}/api/ured", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/nastani", headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("naracka", 1, vkupno=L(2800, BUY)), ev("ekran", 2, ekran=L("Tegli", USAGE))]}),
        case(f, f"{a}/api/zalbi", headers=_h(rng, **b), body={
            "naracka": L(AJ_ORDER, BUY), "kategorija": "kvalitet",
            "tekst": L("Pet kilogrami piperki pristignaa izgnieni", TEXT)}),
        case(f, f"{a}/api/sms/potvrda", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("208814", CRED)}),
        case(f, f"{a}/api/dostava/lokacija", headers=_h(rng, **b), body={
            "naracka": L(AJ_ORDER, BUY), "lat": hla, "lng": hlo, "kat": "2", "interfon": "7"}),
    ]


def ajvarnik_sdks() -> list[Case]:
    rng = random.Random(15212)
    return [
        mv_batch(APP, rng, [("Order Placed", {"total": L(2800, BUY)}),
                            ("Roast Checked In", {"roaster": ROASTER["id"]})],
                 at=ROASTER_FIX, nd=3),
        mv_queue(APP, rng, [("Queue Beat", {"place": 4}), ("Jars Counted", {"jars": 48})]),
        ak_launch(APP, rng, first=True),
        ak_event(APP, rng, "purchase", {"naracka": L(AJ_ORDER, BUY)}, revenue=2800.0,
                 hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SK_HOME_AT, nd=2,
               keywords="ajvar,peppers,jars"),
        bt_notice(APP, rng, "win"),
        cb_session(APP, rng, secs=633),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "2800.00"),
        mp_geocode(APP, rng, "pekara za piperki Kisela Voda", SEARCH, near=SK_HOME_AT, nd=3),
        mp_route(APP, rng, [(SK_HOME_AT, PRECISE), ((ROASTER["lat"], ROASTER["lon"]), None)]),
    ]
