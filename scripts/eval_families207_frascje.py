"""A guide to the frasche, farms' pop-up taverns in the Colli Orientali that open a few weeks a
year under a leafy branch to sell their wine, salami and frico: "Frascjis". Its API's keys are
Friulian: ``non``, ``email``, ``peraule_claf``, ``date_di_nassite`` (the age gate for wine),
``cjarte_timbris`` stamp card, ``citat``, ``viertis`` open (``latitudin`` / ``longjitudin``,
``ragjon_km`` radius), ``frascje``, ``prenotazion`` booking (``dì``, ``ore``, ``personis``,
``non_complet``, ``telefonin``, ``intolerancis`` intolerances, ``note``), ``posizion``,
``timbri`` stamp, ``consumazion`` what was had (``vin`` wine, ``salam``, ``presit``),
``impuart``, ``mancie`` tip, ``metodi``, ``ultimis_cuatri``, ``stelis``, ``coment``, ``foto``,
``didascalie``, ``ricercje``, ``passac`` ride home (``partence``, ``destinazion``,
``indiric``, ``passagjers``), ``amis`` friends (``contats`` contacts, ``telefon``), ``wifi``,
``messac``, ``preferidis`` favourites, ``utent``, ``aveniments``: sign-up, log-in, ``/jo``,
the frasche open near their flat, one frasca, a table booked, the check-in with her fix, a stamp
(msgpack), paying at the table, a review, a photo, a search, a designated-driver ride home, the
stamp card by number in the path, friends invited from her address book, the farm's Wi-Fi, a
message to the farm, a preferences cookie (base64 JSON), favourites, push, events, log-out.
Sets 67, 73, 89, 111, 119 and 151 have wine apps (tours, clubs, shops, a seller) and many sets
have restaurant bookings; none is a guide to farms' seasonal taverns ("frasca", "osmiz",
"agritur", "tavern" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
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
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families207_kit import (
    FRASCJE,
    FRASCJE_FIX,
    HOME,
    HOME_AT,
    STAMP_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families207_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families207_svc import cy_check, hs_message, mm_route
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, USER_ID, Case, J, L, U, W, case

APP = App("frascjis", "Frascjis", "com.example.frascjis", "1.3.7",
          "https://api.frascjis.example.net")
IID = "X-Frascjis-Install"
PW = "Ribuele.Zale.91"
BOOKING = "FJ-P-70231"  # a table booked at a frasca (financial.purchase)
FR = FRASCJE[0]
FARM_SSID, FARM_BSSID = "FrascjeZuan-Ospits", "d8:07:b6:5e:21:40"  # joined: location.wifi
FRIENDS = [("Giulia Zanier", "+393405550917"), ("Marco Tomat", "+393285550263"),
           ("Anna Vidoni", "+393495550788")]  # address-book entries (content.contacts)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fur=True, **kw)


def frascjis() -> list[Case]:
    rng = random.Random(20751)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    cjarte_timbris=L(STAMP_CARD, UID)))}
    fla, flo = fix(FRASCJE_FIX)
    card = at_path(case(f, f"{a}/v1/cjartis/{STAMP_CARD}", headers=_h(rng, **b)),
                   STAMP_CARD, UID)
    return [
        case(f, f"{a}/v1/regjistrazion", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "email": L(EMAIL_MIXED, MAIL), "peraule_claf": L(PW, CRED),
            "date_di_nassite": L(DOB, BIRTH), "citat": L(HOME["town"], COARSE),
            "cjarte_timbris": L(STAMP_CARD, UID), "maggiorenne": True}),
        case(f, f"{a}/v1/jentrade", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "peraule_claf": L(PW, CRED),
            "dispositif": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/frascjis/viertis", headers=_h(rng, **b), query={
            "latitudin": L(f"{HOME_AT[0]:.3f}", PRECISE),
            "longjitudin": L(f"{HOME_AT[1]:.3f}", PRECISE), "ragjon_km": "25",
            "dì": "2026-04-18"}),
        case(f, f"{a}/v1/frascjis/{FR['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/prenotazions", headers=_h(rng, **b), body={
            "frascje": FR["id"], "dì": "2026-04-18", "ore": "20:00", "personis": 4,
            "prenotazion": L(BOOKING, BUY), "non_complet": L(f"{FIRST} {LAST}", NAMEC),
            "telefonin": L(E164, TEL), "intolerancis": L("lataôs", MED),
            "note": L("O vignìn cun nestri fi di 8 agns", f"{TEXT}|{BIRTH}")}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "frascje": FR["id"], "posizion": {"latitudin": fla, "longjitudin": flo},
            "frascje_posizion": {"latitudin": FR["lat"], "longjitudin": FR["lon"]},
            "cjarte_timbris": L(STAMP_CARD, UID)}),
        case(f, f"{a}/v1/timbris", fmt="msgpack", headers=_h(rng, **b), body={
            "cjarte_timbris": L(STAMP_CARD, UID), "frascje": FR["id"], "timbri": 7,
            "consumazion": [{"vin": "ribuele zale", "litris": 1, "presit": 8},
                            {"salam": "salam cun l'asêt", "presit": 6}],
            "impuart": L(38, BUY)}),
        case(f, f"{a}/v1/paiament", fmt="form", headers=_h(rng, **b), body={
            "prenotazion": L(BOOKING, BUY), "impuart": L("38.00", BUY), "mancie": L("2", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ultimis_cuatri": L("4444", PAY)}),
        case(f, f"{a}/v1/recensions", headers=_h(rng, **b), body={
            "frascje": FR["id"], "stelis": 5,
            "coment": L("Frico cragnât come di none, ribuele fresche. Tornarìn!", TEXT)}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "taule.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "frascje": FR["id"], "didascalie": L("Sot de frascje cun Daniele", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ricercje", headers=_h(rng, **b), query={
            "q": L("frascje cun frico e ribuele zale vierte vuê", SEARCH)}),
        case(f, f"{a}/v1/passacs", headers=_h(rng, **b), body={
            "partence": {"frascje": FR["id"], "latitudin": FR["lat"], "longjitudin": FR["lon"]},
            "destinazion": {"indiric": L(HOME["line"], ADDR),
                            "latitudin": L(round(HOME_AT[0], 5), PRECISE),
                            "longjitudin": L(round(HOME_AT[1], 5), PRECISE)},
            "passagjers": 3, "telefonin": L(E164, TEL), "impuart": L(45, BUY)}),
        card,
        case(f, f"{a}/v1/amis/invit", headers=_h(rng, **b), body={
            "contats": [{"non": L(n, CONTACTS), "telefon": L(p, CONTACTS)} for n, p in FRIENDS],
            "messac": "Vigni cun nô ae frascje!"}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "frascje": FR["id"], "ssid": L(FARM_SSID, WIFI), "bssid": L(FARM_BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV)}),
        case(f, f"{a}/v1/messacs", headers=_h(rng, **b), body={
            "a": FR["id"], "prenotazion": BOOKING,
            "messac": L("O rivìn cun mieze ore di ritart, tignîtnus la taule par plasê", TEXT)}),
        case(f, f"{a}/v1/preferencis", headers=_h(rng, how="none"), cookies={
            "fj_sess": L(opaque(rng, "", 40), CRED),
            "fj_prefs": W({"cjarte": L(STAMP_CARD, UID), "lenghe": L("fur", DEV),
                           "citat": L("Udine", COARSE)}, "b64json")}),
        case(f, f"{a}/v1/preferidis", fmt="form", headers=_h(rng, **b), body={
            "frascje": FRASCJE[1]["id"], "utent": L(USER_ID, UID), "azion": "zonte"}),
        case(f, f"{a}/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("prenotazion", 1, frascje=FR["id"]), ev("timbri", 2),
                ev("schermi", 3, schermi=L("Mape", USAGE))]}),
        case(f, f"{a}/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "lot": obj(rng, "lt")}),
    ]


def frascjis_sdks() -> list[Case]:
    rng = random.Random(20752)
    link = U("https://frascjis.example.net/p", {"prenotazion": L(BOOKING, BUY), "ref": "sms",
                                                "tel": L(E164, TEL)})
    return [
        mc_batch(APP, rng, [("Table Booked", {"frasca": FR["id"]}),
                            ("Stamp Added", {"count": 7})], at=FRASCJE_FIX, nd=2),
        mc_identify(APP, rng, {"citat": L("Udine", COARSE), "cjarte": L(STAMP_CARD, UID)}),
        tn_launch(APP, rng),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "booking", {"prenotazion": L(BOOKING, BUY)}, hashed=True),
        bf_bid(APP, rng, {"native": {"ver": "1.2"}}, at=FRASCJE_FIX, nd=3,
               keywords="wine,farm,friuli", yob=1991),
        cd_session(APP, rng, secs=388),
        cy_check(APP, rng, {"analytics": True, "ads": True}),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((FR["lat"], FR["lon"]), None)]),
        hs_message(APP, rng, L(f"I was charged twice for booking {BOOKING}", f"{TEXT}|{BUY}"),
                   {"cjarte": L(STAMP_CARD, UID)}),
    ]
