"""Mountain-bike trail park app "Dithabeng" (a farm's trail park outside Mokopane: day passes, trail
status, recorded rides, a crash report, a race entry; set 218's road-cycling club and set 61's
power-meter trainer are other kinds). Its API's keys are Sepedi in ASCII with English loans kept:
``maina`` full name, ``imeile`` e-mail, ``nomoro_ya_sellefouno`` cell number,
``lentswe_la_sephiri`` password (lit. "secret word"), ``matswalo`` birth date, ``bong`` sex
(``mosadi`` woman), ``toropo`` town, ``mopalami`` rider, ``pase`` pass, ``letsatsi`` day,
``paesekela`` bicycle, ``tsela`` trail, ``boemo`` state, ``kgoro`` gate, ``leeto`` ride,
``sebaka`` distance, ``lebelo`` speed, ``pelo`` heart rate, ``khalori`` calories, ``kotsi``
accident, ``kgobalo`` injury, ``thuso`` help, ``phadisano`` race, ``nomoro_ya_boitsebiso`` ID
number, ``tshoganetso`` emergency contact, ``sehlopha_sa_madi`` blood group, ``bolwetsi``
condition, ``dipoelo`` results, ``seswantsho`` photo, ``tlhaloso`` description, ``tlhatswo``
wash, ``motswalle`` friend, ``nyaka`` search. Sign-up, log-in, ``/nna``, a day pass and its
payment, trail status near her (2 decimals), the gate check-in, a protobuf ride beat, an offline
fix queue (msgpack), the ride summary, a crash report, the race entry, results by rider number
in the path, a photo, a bike wash, a friend invited, a search, bookings by cookie, the clubhouse
Wi-Fi, push and events.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families248_kit import (
    CLIMB_AT,
    CRASH_FIX,
    FRIEND,
    GATE_FIX,
    HUSBAND,
    PARK,
    RIDER,
    SA_ID,
    TRAIL_FIX,
    ZA_NET,
    fix,
    hd,
    obj,
    push,
)
from eval_families248_sdk import (
    bm_batch,
    bm_queue,
    bn_bid,
    bn_notice,
    ct_session,
    tk_event,
    tk_launch,
)
from eval_families248_svc import fp_eval, mt_reverse, mt_telemetry, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("dithabeng", "Dithabeng", "com.example.dithabeng", "2.2.0",
          "https://api.dithabeng.example.com")
IID = "X-DTB-Device"
PW = "Kwena#Trails91"
NID = "personal.national_id"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def dithabeng() -> list[Case]:
    rng = random.Random(24811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeile=L(EMAIL, MAIL), mopalami=L(RIDER, UID)))}
    gla, glo = fix(GATE_FIX)
    ride = obj(rng, "rd")
    lab: dict[str, str] = {}
    beat = pb([(1, L(RIDER, UID)), (2, ride), (3, 1772352000),
               (4, [(1, L(TRAIL_FIX[0], PRECISE)), (2, L(TRAIL_FIX[1], PRECISE)), (3, 1261.0)]),
               (5, L(152, FIT)), (6, L(63, DEV))], "", lab)
    pass_no = "DP-260301-0871"
    results = at_path(case(f, f"{a}/api/phadisano/dipoelo/{RIDER}", headers=_h(rng, **b),
                           query={"phadisano": "dtb_classic_2026"}), RIDER, UID)
    return [
        case(f, f"{a}/api/ngwadiso", headers=_h(rng), body={
            "maina": L(NAME, NAMEC), "imeile": L(EMAIL, MAIL),
            "nomoro_ya_sellefouno": L(PHONE, TEL), "lentswe_la_sephiri": L(PW, CRED),
            "matswalo": L(DOB, BIRTH), "bong": L("mosadi", GENDER),
            "toropo": L("Polokwane", COARSE), "mopalami": L(RIDER, UID), "ditaba": True}),
        case(f, f"{a}/api/tsena", headers=_h(rng), body={
            "imeile": L(EMAIL, MAIL), "lentswe_la_sephiri": L(PW, CRED),
            "sediriswa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/pase", headers=_h(rng, **b), body={
            "mopalami": L(RIDER, UID), "letsatsi": "2026-03-01", "mohuta": "letsatsi",
            "pase": L(pass_no, BUY), "palo": L(80, BUY),
            "paesekela": {"mohlala": "hardtail 29", "mmala": "tala",
                          "nomoro_ya_foreime": "WTU291C8841K"}}),
        case(f, f"{a}/api/tefo", fmt="form", headers=_h(rng, **b), body={
            "pase": L(pass_no, BUY), "palo": L("80.00", BUY), "tshelete": "ZAR",
            "token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/ditsela", headers=_h(rng, **b), query={
            "lat": L(f"{GATE_FIX[0]:.2f}", COARSE), "lng": L(f"{GATE_FIX[1]:.2f}", COARSE),
            "boemo": "bulegile"}),
        case(f, f"{a}/api/leratadima", headers=_h(rng, **b), query={
            "park": PARK["id"], "lat": f"{PARK['lat']:.4f}", "lng": f"{PARK['lon']:.4f}",
            "matsatsi": "3"}),
        case(f, f"{a}/api/kgoro/tsena", headers=_h(rng, **b), body={
            "pase": L(pass_no, BUY), "lefelo": {"lat": gla, "lng": glo, "acc": 6},
            "kgoro": {"id": "gt_main", "lat": PARK["lat"], "lng": PARK["lon"]}}),
        raw(f, f"{a}/api/leeto/{ride}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/leeto/{ride}/dintlha", fmt="msgpack", headers=_h(rng, **b), body={
            "mopalami": L(RIDER, UID),
            "dintlha": [{"lat": L(round(TRAIL_FIX[0] - 0.0009 * i, 6), PRECISE),
                         "lng": L(round(TRAIL_FIX[1] + 0.0011 * i, 6), PRECISE),
                         "pelo": L(148 + 6 * i, FIT), "t": 1772352300 + 120 * i}
                        for i in range(3)],
            "tsela_ya_godimo": {"lat": CLIMB_AT[0], "lng": CLIMB_AT[1]}}),
        case(f, f"{a}/api/leeto/{ride}/feletso", headers=_h(rng, **b), body={
            "sebaka_km": L(24.6, FIT), "nako_metsotso": L(118, FIT),
            "lebelo_gare": L(12.5, FIT), "pelo_gare": L(141, FIT), "pelo_godimo": L(178, FIT),
            "khalori": L(912, FIT), "ditsela": ["tr_kwena", "tr_tau", "tr_noko"]}),
        case(f, f"{a}/api/kotsi", fmt="form", headers=_h(rng, **b), body={
            "leeto": ride, "lat": L(f"{CRASH_FIX[0]:.5f}", PRECISE),
            "lng": L(f"{CRASH_FIX[1]:.5f}", PRECISE), "kgobalo": L("lengole", MED),
            "tlhaloso": L("Ke wele tlase ga Kgopo ya Tau, lengole le tšwa madi eupša ke kgona "
                          "go sepela", f"{TEXT}|{MED}"), "thuso": "aowa"}),
        case(f, f"{a}/api/phadisano/ngwadiso", gz=True, headers=_h(rng, **b), body={
            "phadisano": "dtb_classic_2026", "sebaka": "45km", "mopalami": L(RIDER, UID),
            "nomoro_ya_boitsebiso": L(SA_ID, NID), "sehlopha_sa_mengwaga": L("30-39", BIRTH),
            "tshoganetso": {"leina": L(HUSBAND[0], NAMEC), "mogala": L(HUSBAND[1], TEL)},
            "sehlopha_sa_madi": L("O+", MED), "bolwetsi": [L("asthma", MED)],
            "palo": L(350, BUY), "bogolo_bja_hempe": "M"}),
        results,
        multipart(f, f"{a}/api/diswantsho", [
            ("seswantsho", "kgopo_ya_tau.jpg", "image/jpeg", L(JPEG + b"\x24", "content.media")),
            ("meta", None, "application/json", {
                "tsela": "tr_tau", "tlhaloso": L("Pono go tšwa godimo ga Kgopo ya Tau", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tlhatswo", headers=_h(rng, **b), body={
            "mopalami": L(RIDER, UID), "nako": "2026-03-01T13:30", "tirelo": "tlhatswo_le_oli",
            "palo": L(60, BUY)}),
        case(f, f"{a}/api/motswalle", headers=_h(rng, **b), body={
            "leina": L(FRIEND[0], NAMEC), "mogala": L(FRIEND[1], TEL),
            "molaetsa": L("Palesa, a re yeng Dithabeng ka Mokibelo!", TEXT)}),
        case(f, f"{a}/api/nyaka", headers=_h(rng, **b), query={
            "q": L("tsela ye bonolo ya bana", SEARCH), "mohuta": "ditsela"}),
        case(f, f"{a}/api/dipukelo/tsa_bofelo", headers=_h(rng, how="none"), cookies={
            "dtb_sess": L(opaque(rng, "", 40), CRED), "dtb_dev": L(INSTALL_ID, DID),
            "dtb_req": rid(rng)}),
        case(f, f"{a}/api/wifi", headers=_h(rng, **b), body={
            "ssid": L(PARK["ssid"], WIFI), "bssid": L(PARK["bssid"], WIFI),
            "ip_ya_ka_gare": L("10.42.0.118", DEV), "neteweke": L(ZA_NET, CARRIER),
            "roaming": L(True, DEV)}),
        case(f, f"{a}/api/sediriswa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("leeto_le_thomile", 1), ev("sekirini", 2, sekirini=L("LeetoLaBjale", USAGE)),
                ev("leeto_le_fedile", 3)]}),
    ]


def dithabeng_sdks() -> list[Case]:
    rng = random.Random(24812)
    return [
        bm_batch(APP, rng, [("Pass Bought", {"total": L(80, BUY)}),
                            ("Ride Started", {"trail": "tr_kwena"})], at=GATE_FIX, nd=3),
        bm_queue(APP, rng, [("Ride Beat", {"hr": L(152, FIT)}), ("Ride Ended", {"km": 24.6})]),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "purchase", {"pass": L(pass_no_sdk(), BUY)}, revenue=80.0,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=TRAIL_FIX, nd=2,
               keywords="mtb,cycling,outdoors"),
        bn_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=7480),
        fp_eval(APP, rng, {"park": PARK["id"], "racer": True}),
        pt_card(APP, rng),
        pt_confirm(APP, rng, "80.00"),
        mt_reverse(APP, rng, CRASH_FIX, PRECISE, nd=5),
        mt_telemetry(APP, rng, [TRAIL_FIX, CRASH_FIX], PRECISE),
    ]


def pass_no_sdk() -> str:
    """The day pass number as the app passes it to the MMP."""
    return "DP-260301-0871"
