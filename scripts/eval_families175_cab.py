"""Night-shift office cab app "Ratrapali" (an employer's transport desk in Hinjewadi: women on the
US-hours shift are picked up at home and dropped back with an escort; its API's keys are Marathi
in Latin letters: ``karmachari_kr`` employee number, ``pahila_nav`` first name, ``kulnav`` surname,
``bhramandhvani`` mobile, ``ipatra`` e-mail, ``parvalicha_shabd`` password, ``stri_purush`` sex
(``stri`` woman), ``ghar_patta`` home address (``ghar_kramank`` flat, ``rasta`` road, ``parisar``
area, ``nagar`` city, ``pin_sanket`` PIN code), ``khuna`` landmark, ``aapatkalin_sampark``
emergency contact, ``palli`` shift, ``dinank`` date, ``vel`` time,
``ghenyache_thikan``/``sodnyache_thikan`` pick-up/drop place, ``pravas`` trip, ``vahan`` vehicle,
``chalak`` driver, ``rakshak`` escort, ``sahpravasi`` co-passengers, ``sthan`` place, ``raja``
leave, ``karan`` reason, ``abhipray`` feedback, ``gun`` rating, ``takrar`` complaint, ``sandesh``
message, ``vatap`` sharing, ``kapat`` deduction): registration, a form log-in, an SMS code,
``/mi``, her home pin, the roster, the week's cabs, a leave (fever), the live trip, boarding with
the cab's OTP, a protobuf beat, a msgpack route queue, the safe-drop confirmation, an SOS, the trip
shared with her husband, co-passengers, feedback, a complaint, a late notice, the pass by employee
number in the path, deductions by cookie, push, events and a log-out. New: a docstring grep for
"night shift", "corporate cab" and "employee transport" matched nothing; "shuttle", "commut" and
"employee" matched modules (by file name a campus, commuter rail, warehouse shifts) that were not
opened."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    MAIL,
    MED,
    NAMEC,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families175_kit import (
    CAB,
    EMPLOYEE,
    HUSBAND,
    IN_MOBILE,
    OFFICE,
    OFFICE_FIX,
    PUNE_HOME,
    PUNE_HOME_AT,
    fix,
    hd,
    obj,
    upkaran,
)
from eval_families175_sdk import gv_batch, gv_identify, ss_launch, tl_crash, tl_crumb, tl_session
from eval_families175_svc import dr_reverse, dr_telemetry, sp_register, sy_message, zf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ratrapali", "Ratrapali", "com.example.ratrapali", "5.2.1",
          "https://api.ratrapali.example.com")
IID = "X-Ratrapali-Upkaran"
PW = "Hinjewadi@Night26"
ROUTE = [(18.566410, 73.771925), (18.578203, 73.738114), (18.588761, 73.713402)]  # her cab


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, mr=True, **kw)


def ratrapali() -> list[Case]:
    rng = random.Random(17501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, karmachari_kr=L(EMPLOYEE, UID), ipatra=L(EMAIL, MAIL),
                                    palli="night"))}
    trip = obj(rng, "pr")
    hla, hlo = fix(PUNE_HOME_AT)
    ola, olo = fix(OFFICE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(EMPLOYEE, UID)), (2, trip), (3, 1768853400),
               (4, [(1, L(ROUTE[1][0], PRECISE)), (2, L(ROUTE[1][1], PRECISE)), (3, 9.0)]),
               (5, L(38, DEV))], "", lab)
    pas = at_path(case(f, f"{a}/api/v1/karmachari/{EMPLOYEE}/pass", headers=_h(rng, **b)),
                  EMPLOYEE, UID)
    return [
        case(f, f"{a}/api/v1/nondani", headers=_h(rng), body={
            "karmachari_kr": L(EMPLOYEE, UID), "pahila_nav": L(FIRST, NAMEC),
            "kulnav": L(LAST, NAMEC), "ipatra": L(EMAIL, MAIL), "bhramandhvani": L(IN_MOBILE, TEL),
            "parvalicha_shabd": L(PW, CRED), "stri_purush": L("stri", GENDER),
            "ghar_patta": {"ghar_kramank": L(PUNE_HOME["flat"], ADDR),
                           "rasta": L(PUNE_HOME["road"], ADDR),
                           "parisar": L(PUNE_HOME["area"], COARSE),
                           "nagar": L(PUNE_HOME["town"], COARSE),
                           "pin_sanket": L(PUNE_HOME["pin"], COARSE)},
            "aapatkalin_sampark": {"nav": L(HUSBAND[0], NAMEC),
                                   "bhramandhvani": L(HUSBAND[1], TEL), "nate": "pati"},
            "site": OFFICE["id"]}),
        case(f, f"{a}/api/v1/pravesh", fmt="form", headers=_h(rng), body={
            "karmachari_kr": L(EMPLOYEE, UID), "parvalicha_shabd": L(PW, CRED),
            "upkaran": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/otp/tapasa", fmt="form", headers=_h(rng), body={
            "bhramandhvani": L(IN_MOBILE, TEL), "otp": L("538106", CRED)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/ghar_sthan", headers=_h(rng, **b), body={
            "lat": hla, "lng": hlo, "khuna": L("Baner gaon bus stop javal, Sai mandirasamor", ADDR),
            "gate": "B-wing"}),
        case(f, f"{a}/api/v1/palli/roster", headers=_h(rng, **b), query={
            "karmachari_kr": L(EMPLOYEE, UID), "aathavda": "2026-W04"}),
        case(f, f"{a}/api/v1/palli/cab", headers=_h(rng, **b), body={
            "dinank": ["2026-01-19", "2026-01-20", "2026-01-21"], "palli": "21:00-06:00",
            "ghenyache_thikan": "ghar", "sodnyache_thikan": OFFICE["id"],
            "karmachari_kr": L(EMPLOYEE, UID)}),
        case(f, f"{a}/api/v1/raja", headers=_h(rng, **b), body={
            "dinank": "2026-01-22", "prakar": "aajari",
            "karan": L("Kalpasun taap aahe, doctorne don divas aaram sangitla", f"{TEXT}|{MED}"),
            "cab_radd": True}),
        case(f, f"{a}/api/v1/pravas/{trip}/thet", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pravas/{trip}/boarding", headers=_h(rng, **b), body={
            "otp": L("4417", CRED), "sthan": {"lat": L(ROUTE[0][0], PRECISE),
                                              "lng": L(ROUTE[0][1], PRECISE)},
            "vahan": CAB["plate"], "chalak": CAB["driver"], "rakshak": CAB["guard"]}),
        raw(f, f"{a}/api/v1/pravas/thokda", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pravas/{trip}/margakram", fmt="msgpack", headers=_h(rng, **b), body={
            "karmachari_kr": L(EMPLOYEE, UID),
            "sthane": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1768853100 + 240 * i}
                       for i, (la, lo) in enumerate(ROUTE)],
            "office": {"lat": OFFICE["lat"], "lng": OFFICE["lon"]}}),
        case(f, f"{a}/api/v1/pravas/{trip}/pohochle", fmt="form", headers=_h(rng, **b), body={
            "sthiti": "surakshit", "lat": L(f"{PUNE_HOME_AT[0]:.5f}", PRECISE),
            "lng": L(f"{PUNE_HOME_AT[1]:.5f}", PRECISE), "vel": "06:42"}),
        case(f, f"{a}/api/v1/sos", headers=_h(rng, **b), body={
            "pravas": trip, "sthan": {"lat": L(ROUTE[2][0], PRECISE), "lng": L(ROUTE[2][1],
                                                                              PRECISE)},
            "battery": L(31, DEV), "sandesh": L("Chalak vegla rasta ghet aahe, phone uchlat nahi",
                                                TEXT),
            "kalvaa": [L(HUSBAND[1], TEL)]}),
        case(f, f"{a}/api/v1/pravas/{trip}/vatap", headers=_h(rng, **b), body={
            "nav": L(HUSBAND[0], NAMEC), "bhramandhvani": L(HUSBAND[1], TEL), "madhyam": "sms"}),
        case(f, f"{a}/api/v1/pravas/{trip}/sahpravasi", headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/abhipray", fmt="form", headers=_h(rng, **b), body={
            "pravas": trip, "gun": "4",
            "abhipray": L("Rakshak vel-var hote, pan AC band hota", TEXT)}),
        case(f, f"{a}/api/v1/takrar", headers=_h(rng, **b), body={
            "pravas": trip, "vahan": CAB["plate"], "prakar": "ushira",
            "tapshil": L("Cab 35 minute ushira aali, mi 21:40 la office la pohochle", TEXT)}),
        case(f, f"{a}/api/v1/adhi_suchana", headers=_h(rng, **b), body={
            "pravas": trip, "sandesh": L("Mi 10 minitanni khali yete, lift band aahe", TEXT)}),
        pas,
        case(f, f"{a}/api/v1/kapat", headers=_h(rng, how="none"), query={"mahina": "2026-01"},
             cookies={"rp_sesh": L(opaque(rng, "", 40), CRED), "rp_upkaran": L(INSTALL_ID, DID),
                      "rp_req": rid(rng)}),
        case(f, f"{a}/api/v1/office_pravesh", headers=_h(rng, **b), body={
            "sthan": {"lat": ola, "lng": olo}, "site": OFFICE["id"],
            "gate": {"lat": OFFICE["lat"], "lng": OFFICE["lon"]}, "vel": "20:52"}),
        case(f, f"{a}/api/v1/upkaran", headers=_h(rng, **b), body=upkaran(push_token(rng))),
        case(f, f"{a}/api/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("cab_booked", 1, palli="night"), ev("boarded", 2),
                ev("screen", 3, screen=L("ThetPravas", USAGE))]}),
        case(f, f"{a}/api/v1/baher", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "upkaran": L(INSTALL_ID, DID)}),
    ]


def ratrapali_sdks() -> list[Case]:
    rng = random.Random(17502)
    return [
        gv_batch(APP, rng, [("Cab Booked", {"shift": "night"}), ("Boarded", {"seat": 2})],
                 at=OFFICE_FIX, nd=2, locale="mr_IN"),
        gv_identify(APP, rng, {"site": OFFICE["id"], "nagar": L("Pune", COARSE),
                               "karmachari_kr": L(EMPLOYEE, UID), "shift": "night"}),
        ss_launch(APP, rng, first=True),
        tl_crash(APP, rng, ("java.lang.IllegalStateException", "map view detached"),
                 [tl_crumb("nav", "Home -> ThetPravas"),
                  tl_crumb("net", "POST", {"url": f"{APP.api}/api/v1/sos", "status": 201})],
                 screen="ThetPravasActivity"),
        tl_session(APP, rng, secs=3120),
        sp_register(APP, rng, lang="mr", at=PUNE_HOME_AT, nd=2,
                    tags={"site": OFFICE["id"], "palli": "night"}),
        zf_eval(APP, rng, {"site": OFFICE["id"], "women_escort": True}),
        dr_reverse(APP, rng, PUNE_HOME_AT, PRECISE, nd=5),
        dr_telemetry(APP, rng, ROUTE[:2], PRECISE),
        sy_message(APP, rng, L("Cab OTP aala nahi, maza number +919822041736", f"{TEXT}|{TEL}"),
                   {"karmachari_kr": L(EMPLOYEE, UID)}),
    ]


__all__ = ["APP", "ratrapali", "ratrapali_sdks"]
