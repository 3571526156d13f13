"""Children's arnis club parent app "Bastonero" (``baston`` the rattan stick; Isay, 9, trains
twice a week in the club's Jaro gym; the user is the parent; keys Hiligaynon with English:
``ginikanan`` parent, ``bata`` child, ``ngalan``, ``apelyido``, ``numero_selpon`` mobile,
``password``, ``petsa_natawo`` birth date, ``kasarian`` sex, ``lrn`` learner reference number,
``eskwelahan`` school, ``numero_miyembro`` member number, ``ranggo`` rank, ``timbang`` weight,
``kataason`` height, ``kondisyon_sang_lawas`` health condition (lit. "of the body"), ``bulong``
medicine, ``manugsundo`` person who fetches the child, ``pirma`` signature, ``sukat`` size,
``tambong`` attendance, ``torneyo`` tournament, ``bayad`` payment, ``sulat`` message, ``litrato``
photo, ``bidyo`` video): the parent's sign-up, a log-in, ``/ako`` with a ``kids`` claim, the
child's enrolment (LRN, birth date, sex, asthma), the medical clearance (gzip), the waiver
signature, monthly fees, the uniform and sticks, the schedule by member number in the path,
attendance, a drop-off check-in with her fix, people allowed to fetch her (her husband, the
helper), a tournament entry with the weigh-in, a sparring video, a belt-test result, a message to
the coach about an absence (a cough), a photo for the ID, the club's notices, a search, push and
events. New: a docstring grep for "arnis", "eskrima" and "escrima" matched nothing ("arnis" only
inside "varnish"); the nearest children's clubs are capoeira (229), football (120), gymnastics
(223), taekwondo and karate: this is a Filipino stick-fighting club with weigh-ins and a
protective-gear rule."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families242_kit import (
    COACH,
    DAUGHTER,
    GYM,
    GYM_FIX,
    HELPER,
    HOME,
    HOME_AT,
    HUSBAND,
    KID_MEMBER,
    MIL_HOME,
    MOTHER_IL,
    fix,
    hd,
    push,
)
from eval_families242_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families242_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bastonero", "Bastonero", "com.example.bastonero", "4.1.2",
          "https://api.bastonero.example.com")
IID = "X-Bastonero-Device"
PW = "Isay2016!Baston"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
FIT = "health.fitness"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def bastonero() -> list[Case]:
    rng = random.Random(24241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kids=[L(KID_MEMBER, UID)],
                                    role="ginikanan"))}
    gla, glo = fix(GYM_FIX, 5)
    sched = at_path(case(f, f"{a}/v1/miyembro/{KID_MEMBER}/iskedyul", headers=_h(rng, **b),
                         query={"bulan": "2026-02"}), KID_MEMBER, UID)
    return [
        case(f, f"{a}/v1/ginikanan", headers=_h(rng), body={
            "ngalan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "numero_selpon": L(E164, TEL), "password": L(PW, CRED),
            "puloy_an": L(HOME["line"], "contact.address"), "banwa": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/ako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bata", headers=_h(rng, **b), body={
            "ngalan": L(DAUGHTER["first"], NAMEC), "apelyido": L(DAUGHTER["last"], NAMEC),
            "angga": L(DAUGHTER["nick"], NAMEC), "petsa_natawo": L(DAUGHTER["dob"], BIRTH),
            "kasarian": L(DAUGHTER["sex"], GENDER), "lrn": L(DAUGHTER["lrn"], NID),
            "eskwelahan": "Jaro Central Elementary", "grado": "4",
            "numero_miyembro": L(KID_MEMBER, UID),
            "kondisyon_sang_lawas": L("mild asthma, inhaler before sparring", MED)}),
        case(f, f"{a}/v1/clearance", gz=True, headers=_h(rng, **b), body={
            "numero_miyembro": L(KID_MEMBER, UID), "timbang": L(29.5, FIT),
            "kataason": L(134, FIT), "bulong": [L("salbutamol inhaler", MED)],
            "alerhiya": [L("shrimp", MED)], "bali_sang_tul-an": L(False, MED),
            "doktor_pirma": L(True, MED)}),
        multipart(f, f"{a}/v1/waiver", [
            ("pirma", "pirma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(30), MEDIA)),
            ("form", None, "application/json", {"numero_miyembro": L(KID_MEMBER, UID),
                                                "pirmado_ni": L(f"{FIRST} {LAST}", NAMEC),
                                                "form": "sparring_v3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/bayad", fmt="form", headers=_h(rng, **b), body={
            "numero_miyembro": L(KID_MEMBER, UID), "bulan": "2026-02",
            "kantidad": L("1200.00", BUY), "pamaagi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/uniporme", headers=_h(rng, **b), body={
            "numero_miyembro": L(KID_MEMBER, UID),
            "butang": [{"sku": "gi-red", "sukat": "YM"}, {"sku": "baston-pair-24", "kadamuon": 1},
                       {"sku": "headgear-s", "kadamuon": 1}],
            "kabugosan": L(2350, BUY)}),
        sched,
        case(f, f"{a}/v1/tambong", headers=_h(rng, **b), query={
            "numero_miyembro": L(KID_MEMBER, UID), "bulan": "2026-01"}),
        case(f, f"{a}/v1/hatod/checkin", headers=_h(rng, **b), body={
            "numero_miyembro": L(KID_MEMBER, UID), "lugar": {"lat": gla, "lng": glo},
            "gym": {"id": GYM["id"], "lat": GYM["lat"], "lng": GYM["lon"]}, "klase": "drop"}),
        case(f, f"{a}/v1/manugsundo", headers=_h(rng, **b), body={
            "numero_miyembro": L(KID_MEMBER, UID), "tawo": [
                {"ngalan": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL), "relasyon": "tatay"},
                {"ngalan": L(HELPER[0], NAMEC), "selpon": L(HELPER[1], TEL),
                 "relasyon": "bulig sa balay"}], "adlaw": ["tue", "thu"]}),
        case(f, f"{a}/v1/torneyo/entry", headers=_h(rng, **b), body={
            "torneyo": "trn_wv_youth_2026", "numero_miyembro": L(KID_MEMBER, UID),
            "dibisyon": "girls 9-10 livestick", "timbang": L(29.5, FIT),
            "edad": L(9, BIRTH), "bayad": L(350, BUY)}),
        case(f, f"{a}/v1/torneyo/biyahe", headers=_h(rng, **b), body={
            "torneyo": "trn_wv_youth_2026", "numero_miyembro": L(KID_MEMBER, UID),
            "destinasyon": L("Bacolod City", COARSE), "upod": COACH, "pahanugot": True,
            "kontak_sa_bacolod": {"ngalan": L(MOTHER_IL[0], NAMEC), "selpon": L(MOTHER_IL[1], TEL),
                                  "puloy_an": L(MIL_HOME["line"], "contact.address")}}),
        multipart(f, f"{a}/v1/bidyo", [
            ("bidyo", "sparring.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"numero_miyembro": L(KID_MEMBER, UID),
                                                "kaupod": "KAC-J-0388"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ranggo/resulta", headers=_h(rng, **b), query={
            "numero_miyembro": L(KID_MEMBER, UID), "test": "2026-01"}),
        case(f, f"{a}/v1/sulat", headers=_h(rng, **b), body={
            "para_kay": COACH,
            "sulat": L("Coach, indi makaupod si Isay sa Huwebes, may ubo siya kag ginapahuway "
                       "sang doktor.", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/litrato/id", [
            ("litrato", "isay_id.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"numero_miyembro": L(KID_MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pahibalo", headers=_h(rng, **b), query={
            "gym": GYM["id"], "kahalin": "2026-01-01"}),
        case(f, f"{a}/v1/pangita", headers=_h(rng, **b), query={
            "q": L("headgear size for 9 years old", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "bs_sid": L(opaque(rng, "", 40), CRED), "bs_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("schedule_opened", 1), ev("screen", 2, screen=L("Torneyo", USAGE))]}),
    ]


def bastonero_sdks() -> list[Case]:
    rng = random.Random(24242)
    return [
        mc_batch(APP, rng, [("Schedule Opened", {"month": "2026-02"}),
                            ("Fee Paid", {"amount": L(1200, BUY)})], at=HOME_AT, nd=2),
        mc_identify(APP, rng, {"role": "ginikanan", "kids": 1, "banwa": L("Iloilo City", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="martial arts,kids,sports"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "schedule row"),
                 [cd_crumb("nav", "Miyembro -> Iskedyul")],
                 user={"id": L(USER_ID, UID)}, screen="IskedyulActivity"),
        fn_eval(APP, rng, {"gym": GYM["id"], "kids": 1}),
        pt_register(APP, rng, tags={"gym": GYM["id"], "klase": "kids-b"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1200.00"),
        hs_message(APP, rng, L(f"Ang bayad para kay {KID} sa Pebrero wala pa nagguwa",
                               f"{TEXT}|{NAMEC}"), {"numero_miyembro": L(KID_MEMBER, UID)}),
    ]
