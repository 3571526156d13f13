"""A tennis club's members' app "Tenihabobo" (``habɔbɔ`` association: a Lomé club with clay
courts; she plays, and Dzifa trains in the junior squad). Ewe keys in ASCII: ``habobo_id``
membership number, ``nko`` / ``fome_nko``, ``fon``, ``adzamenya``, ``dzigbe``, ``devi`` child,
``nutsu_alo_nyonu`` sex (``nyonuvi`` girl), ``kokome`` height, ``kpekpeme`` weight, ``dolele``
conditions, ``kplola`` pick-up person (lit. "one who leads"), ``fefetefe`` court, ``tefedodo``
booking, ``gafofo`` hour, ``hati`` partner, ``hovivli`` tournament, ``dziudu`` win,
``nusosro`` lesson, ``nufiala`` coach, ``ka`` string, ``dzifofo`` heart rate, ``afodede`` steps, ``afemenola``
guest, ``nukposusu`` review. Calls: sign-up (OAuth password grant after), ``/nye``, the junior
registration (Dzifa's birth date, height, weight, asthma), her medical clearance, court slots, a
court booked with a partner, the booking paid, a check-in at the courts with her fix, a match
logged from her watch (msgpack: heart rate), the ladder, a lesson, a racket restrung, a guest pass
for her sister, the pick-up rule for her husband, a team photo, a tournament entry, dues, the
member card by number in the path, a search, a review, prefs (base64 JSON cookie), push and
events. No earlier set has a tennis club (a docstring grep for "tennis" matched nothing); set
140's children's judo club is the nearest, and here the club is hers first."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
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
from eval_families178_kit import (
    CLUB,
    COURT_FIX,
    DAUGHTER,
    HUSBAND,
    MEMBER,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families178_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("habobo", "Tenihabobo", "com.example.tenihabobo", "1.9.2",
          "https://api.tenihabobo.example.org")
IID = "X-Habobo-Device"
PW = "ClayCourt#Lome26"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def tenihabobo() -> list[Case]:
    rng = random.Random(17821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), habobo_id=L(MEMBER, UID),
                                    deviwo=[L(DAUGHTER["member"], UID)]))}
    cla, clo = fix(COURT_FIX, 5)
    card = at_path(case(f, f"{a}/v1/habobonolawo/{MEMBER}/kad", headers=_h(rng, **b)),
                   MEMBER, UID)
    partner = obj(rng, "mbr")
    return [
        case(f, f"{a}/v1/nkonlo", headers=_h(rng), body={
            "nko": L(FIRST, NAMEC), "fome_nko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon": L(E164, TEL), "adzamenya": L(PW, CRED), "dzigbe": L(DOB, BIRTH),
            "nutsu_alo_nyonu": L("nyonu", GENDER), "habobo_id": L(MEMBER, UID),
            "fefe_nonome": "intermediate", "du": L("Lomé", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tenihabobo-android"}),
        case(f, f"{a}/v1/nye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/deviwo", headers=_h(rng, **b), body={
            "devi": {"nko": L(DAUGHTER["first"], NAMEC), "fome_nko": L(DAUGHTER["last"], NAMEC),
                     "dzigbe": L(DAUGHTER["dob"], BIRTH),
                     "nutsu_alo_nyonu": L("nyonuvi", GENDER),
                     "kokome": L(131, FIT), "kpekpeme": L(27, FIT),
                     "dolele": L("asthma, inhaler before play", f"{TEXT}|{MED}")},
            "habobo_id": L(DAUGHTER["member"], UID), "dada": L(MEMBER, UID),
            "hatsotso": "juniors_u10"}),
        case(f, f"{a}/v1/lamese/dasedigbale", fmt="form", headers=_h(rng, **b), body={
            "habobo_id": L(MEMBER, UID), "dzi_dolele": L("no", MED),
            "nkeke": "2026-01-05", "dokita": L("Dr. Komla Amedzro", NAMEC)}),
        case(f, f"{a}/v1/fefetefewo", headers=_h(rng, **b), query={
            "habobo": CLUB["id"], "nkeke": "2026-02-07", "gafofo": "17"}),
        case(f, f"{a}/v1/tefedodo", headers=_h(rng, **b), body={
            "fefetefe": "court_3", "nkeke": "2026-02-07", "gafofo": "17:00", "didime_min": 90,
            "hati": partner, "hati_nko": L("Mawuena Kpodo", NAMEC),
            "habobo_id": L(MEMBER, UID), "tefedodo_id": obj(rng, "bk")}),
        case(f, f"{a}/v1/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "agbososo": L("6000", BUY), "ga_fomevi": "XOF", "xexemo": L(opaque(rng, "pm_", 24),
                                                                      PAY),
            "habobo_id": L(MEMBER, UID)}),
        case(f, f"{a}/v1/fefetefe/ge", headers=_h(rng, **b), body={
            "fefetefe": "court_3", "tefe": {"lat": cla, "lng": clo},
            "habobo": {"lat": CLUB["lat"], "lng": CLUB["lon"]}}),
        case(f, f"{a}/v1/fefewo", fmt="msgpack", headers=_h(rng, **b), body={
            "habobo_id": L(MEMBER, UID), "hati": partner, "setwo": [[6, 4], [3, 6], [10, 7]],
            "dziudu": True, "dzifofo": {"avg": L(148, FIT), "max": L(176, FIT)},
            "afodede": L(9412, FIT), "kalori": L(612, FIT)}),
        case(f, f"{a}/v1/ladder", headers=_h(rng, **b), query={
            "hatsotso": "women_b", "habobo_id": L(MEMBER, UID)}),
        case(f, f"{a}/v1/nusosro", headers=_h(rng, **b), body={
            "nufiala": "coach_yao", "nkeke": "2026-02-10T07:00", "nu": "backhand",
            "habobo_id": L(MEMBER, UID), "asixoxo": L(15000, BUY)}),
        case(f, f"{a}/v1/ka_yeye", fmt="form", headers=_h(rng, **b), body={
            "racket": "Wilson Clash 100", "ka": "Luxilon Alu", "kg": "24", "asixoxo": L("9000",
                                                                                       BUY)}),
        case(f, f"{a}/v1/afemenolawo", headers=_h(rng, **b), body={
            "nko": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL),
            "nkeke": "2026-03-07", "habobo_id": L(MEMBER, UID)}),
        case(f, f"{a}/v1/deviwo/kplola", headers=_h(rng, **b), body={
            "devi": L(DAUGHTER["member"], UID),
            "kplola": {"nko": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL), "kadodo": "fofo"},
            "nkekewo": ["tue", "thu"]}),
        multipart(f, f"{a}/v1/nonometatawo", [
            ("photo", "juniors_team.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {
                "album": "juniors-2026",
                "nunlonlo": L("Dzifa Agbenyega kple ehatiwo le hovivli megbe", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hovivli/u10_feb/nkonlo", headers=_h(rng, **b), body={
            "devi": L(DAUGHTER["member"], UID), "nko": L(KID, NAMEC),
            "dzigbe": L(DAUGHTER["dob"], BIRTH), "asixoxo": L(5000, BUY)}),
        case(f, f"{a}/v1/habobo_ga", fmt="form", headers=_h(rng, **b), body={
            "habobo_id": L(MEMBER, UID), "fe": "2026", "agbososo": L("120000", BUY),
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "deviwo": "1"}),
        card,
        case(f, f"{a}/v1/didi", headers=_h(rng, **b), query={
            "q": L("coach for juniors saturday morning", SEARCH)}),
        case(f, f"{a}/v1/nukposusu", headers=_h(rng, **b), body={
            "habobo": CLUB["id"], "ghletiviwo": 4,
            "nunlonlo": L("Court 3 ƒe net megali nyuie o, ke nufialawo nyo ŋutɔ", TEXT)}),
        case(f, f"{a}/v1/nye/prefs", headers=_h(rng, **b), cookies={
            "th_sesi": L(opaque(rng, "", 40), CRED),
            "th_prefs": W({"habobo_id": L(MEMBER, UID), "gbe": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v1/mowo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/nyadzodzo", headers=_h(rng, how="none"), cookies={
            "th_sid": L(opaque(rng, "", 40), CRED), "th_dev": L(INSTALL_ID, DID)}, body={
            "zala": L(USER_ID, UID), "nyadzodzo": [
                ev("court_booked", 1), ev("ekran", 2, ekran=L("Ladder", USAGE))]}),
    ]


def tenihabobo_sdks() -> list[Case]:
    rng = random.Random(17822)
    return [
        mc_batch(APP, rng, [("Court Booked", {"court": "court_3"}),
                            ("Match Logged", {"won": True})], at=COURT_FIX, nd=2),
        mc_identify(APP, rng, {"role": "member", "children": 1, "city": L("Lomé", COARSE),
                               "habobo_id": L(MEMBER, UID)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, yob=1991, gender="F",
               keywords="tennis,rackets,sport"),
        cd_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "ladder row 0"),
                 [cd_crumb("nav", "Home -> Ladder")], user={"id": L(USER_ID, UID)},
                 screen="LadderActivity"),
        fn_eval(APP, rng, {"habobo": CLUB["id"], "juniors": True}),
        pt_register(APP, rng, tags={"habobo": CLUB["id"], "hatsotso": "women_b"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "6000"),
        hs_message(APP, rng, L(f"The U10 entry for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"devi": L(DAUGHTER["member"], UID)}),
    ]
