"""The republic's social-taxi app "Abutaksi" (``abu`` help: subsidised rides for pensioners and
people with disabilities to hospitals and offices; she books and pays the rides of her
mother-in-law Galina, rider of record, from the Sheltozero house to the Republican Hospital in
Petrozavodsk). Its API is camelCase, Veps in ASCII by a third developer, with Russian social-care
loans: ``nimi``, ``familii``, ``telefon``, ``parol``, ``kod``, ``sundundpaiv``, ``snils``,
``invalidnost`` disability group, ``spravka`` certificate, ``koliaska`` wheelchair, ``soprovozhd``
escort, ``passazhir`` rider, ``ajand`` ride, ``otkus`` from, ``kuna`` to, ``lat``/``lon``,
``aig`` time, ``summ``, ``lgot`` subsidy, ``maksand``, ``tedotuz``, ``ocenk`` rating, ``kuva``,
``vozhatai`` driver, ``ecind``. Sign-up as the carer, an SMS code, ``/mina``, the rider's file
(SNILS, disability group, the certificate's photo), rides booked (the house's point, the
hospital), the subsidy, a payment, a live ride (protobuf), a ride's status by number in the path,
a return ride, the escort's details, a cancellation, a rating, a message to the dispatcher, a
search, the ride history by cookie, push and events. A docstring grep found no "social taxi";
set 274's medical-equipment rental and the taxi apps of many sets are other kinds."""

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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families283_kit import (
    HOSPITAL,
    HUSBAND,
    MOTHER_IL,
    PZ_HOME_AT,
    RIDER,
    SH_HOUSE,
    SH_HOUSE_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families283_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families283_svc import cl_card, cl_confirm, cy_save, mm_geocode, mm_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("abutaksi", "Abutaksi", "com.example.abutaksi", "5.0.2", "https://api.abutaksi.example.com")
IID = "X-Abutaksi-Device"
PW = "Galina51#taksi"
NID = "personal.national_id"
MIL_SNILS = "061-733-204 88"
DIS = f"{SENS}|{MED}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def abutaksi() -> list[Case]:
    rng = random.Random(28371)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, passazhir=L(RIDER, UID), telefon=L(E164, TEL),
                                    rol="opekun"))}
    hla, hlo = fix(SH_HOUSE_AT)
    ride, back = "AJ-26-048812", "AJ-26-048813"
    lab: dict[str, str] = {}
    live = pb([(1, ride), (2, 1781420400),
               (3, [(1, L(61.552913, PRECISE)), (2, L(34.980412, PRECISE)), (3, 62.0)]),
               (4, L(RIDER, UID))], "", lab)
    status = at_path(case(f, f"{a}/api/ajand/{ride}", headers=_h(rng, **b)), ride, BUY)
    return [
        case(f, f"{a}/api/opekun", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "familii": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "parol": L(PW, CRED), "rodnii": "nevestka"}),
        case(f, f"{a}/api/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("820316", CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/passazhir", headers=_h(rng, **b), body={
            "passazhir": L(RIDER, UID), "nimi": L(MOTHER_IL[0], NAMEC),
            "sundundpaiv": L(MOTHER_IL[2], BIRTH), "telefon": L(MOTHER_IL[1], TEL),
            "snils": L(MIL_SNILS, NID), "invalidnost": L("II grupp", DIS),
            "koliaska": L(True, DIS), "diagnoz": L("gonartroz, katarakt", MED),
            "adres": L(SH_HOUSE["line"], "contact.address"),
            "kula": L(SH_HOUSE["village"], COARSE)}),
        multipart(f, f"{a}/api/passazhir/spravka", [
            ("kuva", "spravka_mse.jpg", "image/jpeg", L(JPEG + b"\xd1", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"passazhir": L(RIDER, UID),
                                                "tip": L("spravka MSE", DIS)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lgot", headers=_h(rng, **b), query={"passazhir": L(RIDER, UID)}),
        case(f, f"{a}/api/ajand", headers=_h(rng, **b), body={
            "ajand": L(ride, BUY), "passazhir": L(RIDER, UID), "aig": "2026-06-15T07:30",
            "otkus": {"lat": hla, "lon": hlo, "adres": L(SH_HOUSE["line"], "contact.address")},
            "kuna": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lon": HOSPITAL["lon"],
                     "otdelenie": L("oftal'mologii", MED)},
            "koliaska": L(True, DIS), "summ": L(450, BUY)}),
        case(f, f"{a}/api/ajand/soprovozhd", headers=_h(rng, **b), body={
            "ajand": L(ride, BUY), "nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/api/maksand", fmt="form", headers=_h(rng, **b), body={
            "ajand": L(ride, BUY), "summ": L("450.00", BUY), "lgot": "70",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        raw(f, f"{a}/api/ajand/live", live, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/ajand", headers=_h(rng, **b), body={
            "ajand": L(back, BUY), "passazhir": L(RIDER, UID), "aig": "2026-06-15T14:00",
            "otkus": {"id": HOSPITAL["id"], "lat": HOSPITAL["lat"], "lon": HOSPITAL["lon"]},
            "kuna": {"lat": L(round(SH_HOUSE_AT[0], 4), PRECISE),
                     "lon": L(round(SH_HOUSE_AT[1], 4), PRECISE)},
            "summ": L(450, BUY)}),
        case(f, f"{a}/api/ajand/{obj(rng, 'aj')}/otmen", fmt="form", headers=_h(rng, **b), body={
            "pricin": L("Anop om läžuine, ei voi ajada", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/ocenk", headers=_h(rng, **b), body={
            "ajand": L(ride, BUY), "ocenk": 5, "vozhatai": "drv_2231",
            "tekst": L("Vozhatai abuti anopid koliaskanke, spasibo!", TEXT)}),
        case(f, f"{a}/api/tedotuz", headers=_h(rng, **b), body={
            "kenele": "dispetcher",
            "tekst": L("Galina Lonina ei kule hüvin, kutsukat minei, +1 555 010 0199",
                       f"{TEXT}|{NAMEC}|{MED}|{TEL}")}),
        case(f, f"{a}/api/ecind", headers=_h(rng, **b), query={
            "q": L("poliklinika oftal'molog petrozavodsk", SEARCH)}),
        case(f, f"{a}/api/ajandad/istorii", headers=_h(rng, how="none"), cookies={
            "at_sess": L(opaque(rng, "", 40), CRED), "at_dev": L(INSTALL_ID, DID),
            "at_req": rid(rng)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/sobitijad", gz=True, headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("ajand_tehtud", 1), ev("maksand", 2, summ=L(450, BUY)),
                ev("ekran", 3, ekran=L("Live", USAGE))]}),
        case(f, f"{a}/api/nastroikad", headers=_h(rng, **b), body={
            "kel": L("ru", DEV), "sms_napomin": True, "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/lahtend", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def abutaksi_sdks() -> list[Case]:
    rng = random.Random(28372)
    link = U("https://abutaksi.example.com/r", {"ajand": L("AJ-26-048812", BUY),
                                                "src": "sms", "tel": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Ride Booked", {"total": L(450, BUY)}),
                            ("Ride Tracked", {})], at=PZ_HOME_AT, nd=2, locale="ru_RU"),
        mc_identify(APP, rng, {"rol": "opekun", "lidn": L("Petrozavodsk", COARSE)}),
        tn_launch(APP, rng, first=True, user=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "ride_booked", {"ajand": L("AJ-26-048812", BUY)}, revenue=450.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="taxi,care,hospital"),
        cd_session(APP, rng, secs=388),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "450.00"),
        mm_route(APP, rng, [(SH_HOUSE_AT, PRECISE),
                            ((HOSPITAL["lat"], HOSPITAL["lon"]), None)]),
        mm_geocode(APP, rng, "Respublikanskaja bol'nica", SEARCH, near=PZ_HOME_AT, nd=3),
    ]
