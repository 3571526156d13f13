"""A dial-a-ride shuttle for Carnia's villages, "Clamibus" (a minibus booked by phone or app
that collects passengers at home and takes them to Tolmezzo; she books the husband's
grandmother's trips to the hospital after her knee replacement and waits for her there). Its
API's keys are Friulian: ``non`` / ``cognon``, ``email``, ``telefonin``, ``peraule_claf``,
``relazion`` relation, ``codic``, ``passeger`` passenger (``non_complet``,
``date_di_nassite``, ``codic_fiscal``, ``indiric``, ``pais``, ``codic_postal``, ``telefon``,
``cjaminadôr`` walking frame, ``invaliditat`` civil-invalidity percentage, ``tessare`` pass,
``cjase`` home), ``clamade`` booking, ``partence`` / ``rivade`` pick-up / drop-off
(``fermade`` stop, ``lat`` / ``lng``), ``motîf`` reason, ``compagn`` companion,
``cjadree_a_ruedis`` wheelchair, ``vehicul``, ``posizion``, ``viac`` trip, ``tarife`` fare
(``isee`` income band), ``impuart``, ``metodi``, ``abonament`` monthly pass (``iban``,
``intestatari``), ``note``, ``document``, ``contats_emergjence`` emergency contacts
(``madone``, ``marit``), ``ricercje``, ``stelis``, ``coment``, ``cancelazion``,
``condivision`` location sharing (``destinatari``, ``durade``), ``utent``, ``aveniments``:
sign-up as the booker, an SMS code, ``/jo``, the grandmother added as a passenger (her tax
code, address, home point, frame, invalidity), a trip booked, the vehicle's position, her wait at
the hospital stop, a protobuf trip beat, the fare, the monthly pass by SEPA mandate, the
passenger's trips by pass number in the path, a note to the driver, the hospital's appointment
letter (PDF), emergency contacts, a stop search, a rating, a cancellation (a fever), receipts by
cookie, her live position shared with her husband, an offline sync (JSON Lines), push, events,
log-out. Earlier sets have taxis, buses, ride-hailing and an elderly-care app (set 170) with
meals; none is a demand-responsive rural shuttle ("dial-a-ride", "on-demand bus" matched
nothing)."""

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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families207_kit import (
    CF_JANE,
    GRANNY,
    GRANNY_AT,
    HOSPITAL,
    HUSBAND,
    IBAN,
    MOTHER_IL,
    PASS,
    WAIT_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families207_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families207_svc import fn_eval, hs_attach, mm_geocode, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("clamibus", "Clamibus", "com.example.clamibus", "4.0.6",
          "https://api.clamibus.example.com")
IID = "X-Clamibus-Device"
PW = "Cjargne@Bus44"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
HOSP = (HOSPITAL["lat"], HOSPITAL["lon"])


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def clamibus() -> list[Case]:
    rng = random.Random(20771)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), passegers=[L(PASS, UID)]))}
    wla, wlo = fix(WAIT_FIX)
    gla, glo = fix(GRANNY_AT)
    trip = obj(rng, "cl")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PASS, UID)), (2, trip), (3, 1776153600),
               (4, [(1, L(WAIT_FIX[0], PRECISE)), (2, L(WAIT_FIX[1], PRECISE)), (3, 10.0)]),
               (5, L(71, DEV))], "", lab)
    trips = at_path(case(f, f"{a}/v1/passegers/{PASS}/viacs", headers=_h(rng, **b),
                         query={"mês": "2026-04"}), PASS, UID)
    return [
        case(f, f"{a}/v1/regjistrazion", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefonin": L(E164, TEL), "peraule_claf": L(PW, CRED), "relazion": "gnece"}),
        case(f, f"{a}/v1/jentrade/codic", fmt="form", headers=_h(rng), body={
            "telefonin": L(E164, TEL), "codic": L("590336", CRED)}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/passegers", headers=_h(rng, **b), body={
            "non_complet": L(GRANNY["name"], NAMEC), "date_di_nassite": L(GRANNY["dob"], BIRTH),
            "codic_fiscal": L(GRANNY["cf"], NID), "indiric": L(GRANNY["line"], ADDR),
            "pais": L(GRANNY["town"], COARSE), "codic_postal": L(GRANNY["post"], COARSE),
            "telefon": L(GRANNY["phone"], TEL), "cjaminadôr": L(True, SENS),
            "invaliditat": L("74%", SENS), "tessare": L(PASS, UID),
            "cjase": {"lat": gla, "lng": glo}}),
        case(f, f"{a}/v1/clamadis", headers=_h(rng, **b), body={
            "clamade": trip, "passeger": L(PASS, UID), "dì": "2026-04-14", "ore": "08:10",
            "partence": {"indiric": L(GRANNY["line"], ADDR), "lat": gla, "lng": glo},
            "rivade": {"fermade": HOSPITAL["id"], "lat": HOSP[0], "lng": HOSP[1]},
            "motîf": L("visite ortopediche dopo la protesi di zenoli", MED),
            "compagn": {"non_complet": L(f"{FIRST} {LAST}", NAMEC), "telefonin": L(E164, TEL)},
            "cjadree_a_ruedis": L(False, SENS)}),
        case(f, f"{a}/v1/clamadis/{trip}/vehicul", headers=_h(rng, **b)),
        case(f, f"{a}/v1/fermadis/attese", headers=_h(rng, **b), body={
            "fermade": HOSPITAL["id"], "posizion": {"lat": wla, "lng": wlo, "acc": 9},
            "clamade": trip}),
        raw(f, f"{a}/v1/viacs/{trip}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tarife", fmt="form", headers=_h(rng, **b), body={
            "clamade": trip, "isee": "fasce 2", "impuart": L("3.50", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/abonament", headers=_h(rng, **b), body={
            "tessare": L(PASS, UID), "mês": "2026-05", "impuart": L(28, BUY),
            "iban": L(IBAN, PAY), "intestatari": L(f"{FIRST} {LAST}", NAMEC),
            "codic_fiscal_intestatari": L(CF_JANE, NID), "mandât": obj(rng, "sepa")}),
        trips,
        case(f, f"{a}/v1/notis", headers=_h(rng, **b), body={
            "clamade": trip,
            "note": L("La none e cjamine cul cjaminadôr, judaile a montâ e a dismontâ",
                      f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/v1/documents", [
            ("document", "apontament_ortopedie.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tessare": L(PASS, UID), "tip": "visite"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/contats_emergjence", headers=_h(rng, **b), body={
            "tessare": L(PASS, UID),
            "madone": {"non_complet": L(MOTHER_IL[0], NAMEC), "telefonin": L(MOTHER_IL[1], TEL)},
            "marit": {"non_complet": L(HUSBAND[0], NAMEC), "telefonin": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/ricercje", headers=_h(rng, **b), query={
            "q": L("fermade Caneve glesie", SEARCH)}),
        case(f, f"{a}/v1/valutazion", fmt="form", headers=_h(rng, **b), body={
            "clamade": trip, "stelis": "5",
            "coment": L("Il autist al è stât une vore gjentîl cu la none", TEXT)}),
        case(f, f"{a}/v1/cancelazion", headers=_h(rng, **b), body={
            "clamade": obj(rng, "cl"), "motîf": L("La none e à la fiere", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ricevudis", headers=_h(rng, how="none"), cookies={
            "cb_session": L(opaque(rng, "", 40), CRED), "cb_device": L(INSTALL_ID, DID),
            "cb_req": rid(rng)}),
        case(f, f"{a}/v1/posizion/condivision", headers=_h(rng, **b), body={
            "destinatari": L(HUSBAND[1], TEL), "durade_min": 60,
            "posizion": {"lat": L(round(WAIT_FIX[0], 5), PRECISE),
                         "lng": L(round(WAIT_FIX[1], 5), PRECISE)}}),
        lines(f, f"{a}/v1/sync", [
            {"op": "attese", "tessare": L(PASS, UID), "lat": L(WAIT_FIX[0], PRECISE),
             "lng": L(WAIT_FIX[1], PRECISE), "t": 1776154200},
            {"op": "viac_finît", "clamade": trip, "impuart": L(3.5, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng), "it_IT")),
        case(f, f"{a}/v1/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("clamade", 1), ev("schermi", 2, schermi=L("Vehicul", USAGE))]}),
        case(f, f"{a}/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "dispositif": L(INSTALL_ID, DID)}),
    ]


def clamibus_sdks() -> list[Case]:
    rng = random.Random(20772)
    return [
        mc_batch(APP, rng, [("Trip Booked", {"stop": HOSPITAL["id"]}),
                            ("Vehicle Tracked", {})], at=WAIT_FIX, nd=2, locale="it_IT"),
        mc_queue(APP, rng, [("Waiting Started", {"stop": HOSPITAL["id"]}),
                            ("Trip Ended", {"fare": L(3.5, BUY)})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "subscription", {"tessare": L(PASS, UID)}, revenue=28.0,
                 hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="transport,carnia"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cd_crumb("nav", "Clamadis -> Vehicul")], screen="VehiculActivity"),
        fn_eval(APP, rng, {"area": L("Carnia", COARSE), "role": "booker"}),
        mm_geocode(APP, rng, "Ospedâl di Tumieç", SEARCH, near=WAIT_FIX, nd=3),
        mm_route(APP, rng, [(GRANNY_AT, PRECISE), (HOSP, None)]),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ricevude_ospedal.pdf", "application/pdf"),
    ]
