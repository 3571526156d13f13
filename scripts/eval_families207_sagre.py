"""A village summer festival's volunteer-kitchen and ticket app "Sagrute" (the Tolmezzo sagre in
August, where her mother-in-law runs the frico stand and she volunteers). Its API's keys are
Friulian: ``non`` / ``cognon``, ``telefonin``, ``email``, ``date_di_nassite``, ``codic_fiscal``,
``pais`` town, ``numar_volontari`` volunteer badge, ``madone`` mother-in-law (who vouches for
her), ``maiute`` T-shirt size, ``codic`` SMS code, ``atestat`` (the HACCP food-handler
certificate; ``scjadence`` expiry), ``turni`` shift, ``stand``, ``cun`` with, ``posizion`` /
``lat`` / ``lng``, ``salut`` health (``ferides`` cuts, ``disinteriis`` stomach illness,
``celiachie`` coeliac disease), ``plats`` dishes, ``personis``, ``ordin``, ``impuart``,
``metodi``, ``ultimis_cuatri``, ``lotarie`` raffle (``biliets`` tickets), ``frut`` child
(``etat`` age, ``vistît`` clothes, ``ultime_viodude`` last seen), ``messac``, ``ricercje``,
``taule`` table (``cjaminadôr`` walking frame), ``rimbors`` refund (``iban``, ``intestatari``,
``scontrin`` receipt), ``bons`` meal tickets, ``utent``, ``aveniments``: volunteer sign-up, an
SMS log-in, ``/jo``, the HACCP certificate (PDF), the shifts, a shift booked with her husband,
the check-in at the stand, a protobuf shift beat, the food-handler health declaration (she is
coeliac), the menu, a family meal pre-order, its payment, the order's QR by number in the path,
raffle tickets, the lost-child desk (her son: JSON, then his photo), a message to the
coordinators, a search, a table kept near the exit for the grandmother's walking frame, a refund
of ingredients to her IBAN, the meal tickets by cookie, push, events, log-out. Earlier festival
apps (sets 106, 111, 113, 120, 122, 123) sell tickets or run dance, music or religious feasts;
none is a food festival's volunteer kitchen ("sagra", "haccp" matched nothing)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families207_kit import (
    CF_JANE,
    FEST,
    FEST_FIX,
    HUSBAND,
    IBAN,
    MOTHER_IL,
    SON,
    VOLUNTEER,
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
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families207_svc import cl_card, cl_confirm, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sagrute", "Sagrute", "com.example.sagrute", "5.1.3", "https://api.sagrute.example.com")
IID = "X-Sagrute-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
ORDER = "SG-26-44017"  # the family's meal pre-order (financial.purchase)
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sagrute() -> list[Case]:
    rng = random.Random(20741)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefonin=L(E164, TEL),
                                    numar_volontari=L(VOLUNTEER, UID), rul="volontari"))}
    fla, flo = fix(FEST_FIX)
    shift = obj(rng, "tr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, shift), (3, 1786701600),
               (4, [(1, L(FEST_FIX[0], PRECISE)), (2, L(FEST_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(38, DEV))], "", lab)
    qr = at_path(case(f, f"{a}/v1/ordins/{ORDER}/qr", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v1/volontaris", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC), "telefonin": L(E164, TEL),
            "email": L(EMAIL, MAIL), "date_di_nassite": L(DOB, BIRTH),
            "codic_fiscal": L(CF_JANE, NID), "pais": L("Udine", COARSE),
            "numar_volontari": L(VOLUNTEER, UID), "madone": L(MOTHER_IL[0], NAMEC),
            "maiute": "M"}),
        case(f, f"{a}/v1/jentrade", fmt="form", headers=_h(rng), body={
            "telefonin": L(E164, TEL), "codic": L("771204", CRED)}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/atestats", [
            ("atestat", "haccp_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"numar_volontari": L(VOLUNTEER, UID),
                                                "scjadence": "2028-06-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/turnis", headers=_h(rng, **b), query={
            "sagre": FEST["id"], "stand": "frico", "dì": "2026-08-14"}),
        case(f, f"{a}/v1/turnis/prenotazion", headers=_h(rng, **b), body={
            "turni": shift, "numar_volontari": L(VOLUNTEER, UID), "stand": "frico",
            "cun": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/v1/turnis/checkin", headers=_h(rng, **b), body={
            "turni": shift, "posizion": {"lat": fla, "lng": flo, "acc": 12},
            "stand": {"lat": FEST["lat"], "lng": FEST["lon"]}}),
        raw(f, f"{a}/v1/turnis/{shift}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/salut/declarazion", headers=_h(rng, **b), body={
            "numar_volontari": L(VOLUNTEER, UID), "ferides": L(False, MED),
            "disinteriis": L(False, MED), "celiachie": L(True, MED),
            "note": L("O soi celiache, no pues lavorâ ae farine de polente", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/menu", headers=_h(rng, **b), query={"sagre": FEST["id"]}),
        case(f, f"{a}/v1/ordins", headers=_h(rng, **b), body={
            "ordin": L(ORDER, BUY), "sagre": FEST["id"], "personis": 4,
            "plats": [{"plat": "frico cun polente", "n": 3, "presit": 11},
                      {"plat": "cjarsons", "n": 1, "presit": 9}],
            "cence_glutin": L(True, MED), "impuart": L(42, BUY)}),
        case(f, f"{a}/v1/paiament", fmt="form", headers=_h(rng, **b), body={
            "ordin": L(ORDER, BUY), "impuart": L("42.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY), "ultimis_cuatri": L("4444", PAY)}),
        qr,
        case(f, f"{a}/v1/lotarie", headers=_h(rng, **b), body={
            "biliets": 10, "impuart": L(10, BUY), "non_complet": L(f"{FIRST} {LAST}", NAMEC),
            "telefonin": L(E164, TEL)}),
        case(f, f"{a}/v1/fruts_pierdûts", headers=_h(rng, **b), body={
            "frut": {"non": L(SON["first"], NAMEC), "cognon": L(SON["last"], NAMEC),
                     "etat": L(8, BIRTH), "vistît": L("maiute blu dal Udinês, scarpis rossis",
                                                      TEXT)},
            "ultime_viodude": {"lat": L(46.402301, PRECISE), "lng": L(13.015102, PRECISE)},
            "telefonin": L(E164, TEL)}),
        multipart(f, f"{a}/v1/fruts_pierdûts/foto", [
            ("foto", "mattia.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {"non": L(KID, NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/messacs", headers=_h(rng, **b), body={
            "a": "coordenament",
            "messac": L("O ai finît il turni, la clâf dal frigo e je sot dal banc", TEXT)}),
        case(f, f"{a}/v1/ricercje", headers=_h(rng, **b), query={
            "q": L("concert di sabide sere", SEARCH)}),
        case(f, f"{a}/v1/taulis", headers=_h(rng, **b), body={
            "dì": "2026-08-15", "ore": "19:30", "personis": 6,
            "cjaminadôr": L(True, SENS),
            "note": L("La none e cjamine cul cjaminadôr, une taule dongje de jessude",
                      f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/rimbors", headers=_h(rng, **b), body={
            "numar_volontari": L(VOLUNTEER, UID), "impuart": L(36.8, BUY),
            "scontrin": obj(rng, "sc"), "iban": L(IBAN, PAY),
            "intestatari": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/bons", headers=_h(rng, how="none"), cookies={
            "sg_sid": L(opaque(rng, "", 40), CRED), "sg_dev": L(INSTALL_ID, DID),
            "sg_req": rid(rng)}),
        case(f, f"{a}/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("turni_prenotât", 1), ev("ordin", 2, impuart=L(42, BUY)),
                ev("schermi", 3, schermi=L("Turnis", USAGE))]}),
        case(f, f"{a}/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def sagrute_sdks() -> list[Case]:
    rng = random.Random(20742)
    return [
        mc_batch(APP, rng, [("Shift Booked", {"stand": "frico"}),
                            ("Order Paid", {"total": L(42, BUY)})], at=FEST_FIX, nd=3),
        mc_pixel(APP, rng, "Menu Opened", {"sagre": FEST["id"]}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"ordin": L(ORDER, BUY)}, revenue=42.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=FEST_FIX, nd=2,
               keywords="festival,food,carnia"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "qr camera"),
                 [cd_crumb("nav", "Ordins -> QR")], screen="QrActivity"),
        pt_register(APP, rng, at=FEST_FIX, nd=2, tags={"stand": "frico"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "42.00"),
        mm_telemetry(APP, rng, [FEST_FIX, (46.402301, 13.015102)], PRECISE),
    ]
