"""Island-hopping ticket app "Oyggjaflog" (helicopter seats and ferry crossings in the Faroe
Islands; its API's keys are Faroese): registration (navn, eftirnavn, teldupostur, telefonnummar,
bústaður, býur, postnummar, p_tal, føðingardagur, loyniorð), log-in, ``/eg``, a password change,
the islanders' travel card, a timetable search, a helicopter booking for her and her husband
(``maður``) with their weights, the payment, the booking by code in the path, a waiting list, the
boarding pass, a check-in at the terminal, the ferry ticket scan (msgpack), the weather by rounded
position, a refund claim, saved companions, push, events and the trips by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DIGITS,
    E164,
    MAIL,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
)
from eval_families18_kit import FIT, NATID
from eval_families20_kit import DOB, FIRST, LAST, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families120_kit import (
    FERRY_TERM,
    FO_HOME,
    FO_HOME_AT,
    HELIPORT_MY,
    HUSBAND,
    PTAL,
    TERMINAL_FIX,
    common,
    fo,
    scr,
)
from eval_families120_sdk import db_bid, rm_event, rm_launch, tm_batch, wl_crash, wl_crumb
from eval_families120_svc import ck_message, cl_card, fn_eval, mf_geocode, ph_register
from eval_payloads import EMAIL, PHONE, USER_ID, Case, J, L, case

APP = App("oyggjaflog", "Oyggjaflog", "com.example.oyggjaflog", "3.9.0",
          "https://api.oyggjaflog.example.com")
IID = "X-Oyggj-Eind"
BOOKING = "OF-7Q2K91"  # her booking code (financial.purchase)


def _h(rng: random.Random, **kw: object) -> dict:
    return head(APP, rng, iid=IID, auth="bearer", **kw)  # type: ignore[arg-type]


def oyggjaflog() -> list[Case]:
    rng = random.Random(12001)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, teldupostur=L(EMAIL, MAIL), p_tal=L(PTAL, NATID)))}
    tla, tlo = fo(TERMINAL_FIX, 5)
    trip = obj(rng, "flog", 8)
    out = [
        case(f, f"{a}/v1/brukarar", headers=head(APP, rng, iid=IID, lang=True), body={
            "navn": L(FIRST, NAMEC), "eftirnavn": L(LAST, NAMEC), "teldupostur": L(EMAIL, MAIL),
            "telefonnummar": L(E164, TEL), "loyniorð": L("Lundi#Mykines24", CRED),
            "føðingardagur": L(DOB, BIRTH), "bústaður": L(FO_HOME["line"], ADDR),
            "postnummar": L(FO_HOME["postcode"], COARSE), "býur": L(FO_HOME["town"], COARSE),
            "p_tal": L(PTAL, NATID), "tíðindabræv": False}),
        case(f, f"{a}/v1/innrita", fmt="form", headers=head(APP, rng, iid=IID), body={
            "teldupostur": L(EMAIL, MAIL), "loyniorð": L("Lundi#Mykines24", CRED),
            "eind": L("Pixel 8", DEV)}),
        case(f, f"{a}/v1/eg", headers=head(APP, rng, iid=IID, extra=jw)),
        case(f, f"{a}/v1/loyniorð/broyt", headers=_h(rng), body={
            "gamalt_loyniorð": L("Lundi#Mykines24", CRED),
            "nýtt_loyniorð": L("Kvæði&Drangar25", CRED)}),
        case(f, f"{a}/v1/oyggjakort", headers=_h(rng), body={
            "p_tal": L(PTAL, NATID), "bústaður": L(FO_HOME["line"], ADDR),
            "býur": L(FO_HOME["town"], COARSE), "slag": "íbúgvi", "galdandi_til": "2026-12-31"}),
        case(f, f"{a}/v1/ferðir", headers=_h(rng), query={
            "frá": "Tórshavn", "til": "Mykines", "dagur": "2026-06-14", "fólk": "2",
            "slag": "tyrla"}),
        case(f, f"{a}/v1/bílegging", headers=_h(rng), body={
            "ferð": trip, "bílegging": L(BOOKING, BUY), "prísur": L("430.00", BUY),
            "gjaldoyra": "DKK", "ferðafólk": [
                {"navn": L(f"{FIRST} {LAST}", NAMEC), "føðingardagur": L(DOB, BIRTH),
                 "vekt_kg": L(64, FIT), "p_tal": L(PTAL, NATID)},
                {"maður": {"navn": L(HUSBAND[0], NAMEC), "føðingardagur": "1988-11-02",
                           "vekt_kg": 88}}],
            "sæti": ["2A", "2B"], "farangur_kg": 12}),
        case(f, f"{a}/v1/gjald", fmt="form", headers=_h(rng), body={
            "bílegging": L(BOOKING, BUY), "upphædd": L("430.00", BUY),
            "gjaldháttur": L(opaque(rng, "pm_", 24), PAY), "kvittan_til": L(EMAIL, MAIL)}),
        at_path(case(f, f"{a}/v1/bíleggingar/{BOOKING}", headers=_h(rng)), BOOKING, BUY),
        case(f, f"{a}/v1/bíðilisti", fmt="form", headers=_h(rng), body={
            "ferð": obj(rng, "flog", 8), "telefonnummar": L(PHONE, TEL), "fólk": "2",
            "sms": "1"}),
        case(f, f"{a}/v1/ferðaseðil", headers=_h(rng), query={
            "bílegging": L(BOOKING, BUY), "telefonnummar": L(DIGITS, TEL), "snið": "pdf"}),
        case(f, f"{a}/v1/innritan", headers=_h(rng), body={
            "bílegging": L(BOOKING, BUY), "lat": L(str(tla.value), tla.category),
            "lon": L(str(tlo.value), tlo.category), "nágreinileiki": 11,
            "terminalur": FERRY_TERM["id"], "terminal_pos": [FERRY_TERM["lat"],
                                                            FERRY_TERM["lon"]]}),
        case(f, f"{a}/v1/ferja/skanning", fmt="msgpack", headers=_h(rng), body={
            "brúkari": L(USER_ID, UID), "seðil": L("FS-" + BOOKING[3:], BUY),
            "skip": "Smyril-II", "portur": 3, "tíð": 1781420400, "lat": tla, "lon": tlo}),
        case(f, f"{a}/v1/veður", headers=_h(rng), query={
            "lat": L(f"{FO_HOME_AT[0]:.2f}", COARSE), "lon": L(f"{FO_HOME_AT[1]:.2f}", COARSE),
            "staður": "Mykines", "mlat": str(HELIPORT_MY[0]), "mlon": str(HELIPORT_MY[1])}),
        case(f, f"{a}/v1/endurgjald", headers=_h(rng), body={
            "bílegging": L(BOOKING, BUY), "upphædd": L("430.00", BUY),
            "grundgeving": L("Tyrlan varð avlýst vegna mjørka. Vinaliga endurgoldið á kortið.",
                             TEXT), "mál": rid(rng)}),
        case(f, f"{a}/v1/ferðafelagar", headers=_h(rng), body={
            "maður": {"navn": L(HUSBAND[0], NAMEC), "telefonnummar": L(HUSBAND[1], TEL),
                      "teldupostur": L(HUSBAND[2], MAIL)}, "goymt": True}),
        case(f, f"{a}/v1/stillingar", fmt="form", headers=_h(rng), body={
            "mál": L("fo", DEV), "tíðarbelti": L("Atlantic/Faroe", DEV), "fráboðanir": "1"}),
    ]
    return out + common(APP, rng, IID, [("ferð_leitað", scr("Ferðir")),
                                        ("bílegging_gjørd", {"upphædd": L(430, BUY)}),
                                        ("veður_víst", {})], "of_seta", "v1/ferðir/mínar")


def oyggjaflog_sdks() -> list[Case]:
    rng = random.Random(12002)
    return [
        tm_batch(APP, rng, [("Trip Searched", {"to": "Mykines", "mode": "helicopter"}),
                            ("Booking Paid", {"value": L(430.0, BUY), "currency": "DKK"})]),
        rm_launch(APP, rng, first=True),
        rm_event(APP, rng, "af_purchase", {"route": "TH-MY"}, revenue=430.0, currency="DKK",
                 hashed=True),
        db_bid(APP, rng, {"banner": {"w": 320, "h": 50}}),
        wl_crash(APP, rng, ("java.lang.IllegalStateException", "seat map not loaded"),
                 [wl_crumb("navigation", "Ferðir -> Sæti"),
                  wl_crumb("http", "GET /v1/ferðir", {"status": 200})], screen="SeatActivity"),
        fn_eval(APP, rng, {"resident": True, "language": L("fo", DEV)}),
        ph_register(APP, rng, tags={"route": "TH-MY", "resident": "yes"}),
        cl_card(APP, rng, email=True),
        mf_geocode(APP, rng, "Heimavegur 12, Gøta", ADDR, near=FO_HOME_AT, nd=2),
        ck_message(APP, rng, L("My helicopter to Mykines was cancelled, can I move to the ferry"
                               " on Sunday?", TEXT), {"booking": L(BOOKING, BUY)}),
    ]
