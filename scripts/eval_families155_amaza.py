"""Junior surf-lifesaving club app "Amaza" (waves; the Summerstrand "nippers" club where Anele,
8, trains on Saturday mornings; isiXhosa keys with English where the club's volunteers kept
them: ``umntwana`` child, ``igama`` / ``ifani`` first name / surname, ``umhla_wokuzalwa``
birth date, ``isini`` sex (``intombazana`` girl), ``inombolo_yesazisi`` ID number, ``umzali``
parent, ``ifowuni`` phone, ``imeyile`` e-mail, ``inombolo_yeklabhu`` club number, ``impilo``
health, ``umbefu`` asthma, ``iialeji`` allergies, ``ugqirha`` doctor, ``inombolo_yesikimu``
medical-aid number, ``iimitha`` metres, ``ixesha_imizuzwana`` time in seconds, ``ubukho``
attendance, ``indawo`` place, ``intlawulo`` payment, ``isixa`` amount, ``impahla`` kit,
``ubukhulu`` size, ``umncintiswano`` competition, ``ubunzima`` weight, ``ubude_bomzimba`` body
height, ``ibhasi`` bus, ``izihlalo`` seats, ``umntu_omdala`` adult, ``imvume`` consent
(``hayi`` no), ``isayini`` signature, ``umyalezo`` message, ``umlandi`` pick-up person,
``ongxamisekileyo`` emergency contacts, ``izaziso`` notices): the parent's log-in (OAuth
password grant), ``/mna`` with an ``abantwana`` claim, Anele registered (her SA ID number), her
record by club number in the path, the medical form (gzip), the pool test, the training plan,
beach attendance with the parent's fix, the season fee, a kit order, a carnival entry (weight,
height), a bus seat, photo consent, her photo, a message to the coach, a pick-up person (the
domestic worker, her ID number), notices, a search, the award certificate (PDF), emergency
contacts, push and events. Sets 55 and 116 have adult surf schools; a junior lifesaving club
(a child's training, fitness tests and carnivals, the parent as user) is new."""

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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families155_kit import (
    BEACH_FIX,
    CLUB,
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    NIPPER,
    WORKER,
    fix,
    hd,
    obj,
    push,
)
from eval_families155_sdk import ab_launch, bm_bid, cz_crash, cz_crumb, mq_batch, mq_identify
from eval_families155_svc import cr_card, cr_confirm, cv_save, fk_eval, hn_message, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("amaza", "Amaza", "com.example.amaza", "3.4.0", "https://api.amaza.example.com")
IID = "X-Amaza-Device"
PW = "Nippers!Hobie26"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def amaza() -> list[Case]:
    rng = random.Random(15521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    kid = L(NIPPER, UID)
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), abantwana=[L(NIPPER, UID)],
                                    indima="umzali"))}
    bla, blo = fix(BEACH_FIX, 5)
    rec = at_path(case(f, f"{a}/v1/abantwana/{NIPPER}/iinkcukacha", headers=_h(rng, **b)),
                  NIPPER, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "amaza-parent"}),
        case(f, f"{a}/v1/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abantwana/bhalisa", headers=_h(rng, **b), body={
            "umntwana": {"igama": L(DAUGHTER["first"], NAMEC), "ifani": L(DAUGHTER["last"], NAMEC),
                         "umhla_wokuzalwa": L(DAUGHTER["dob"], BIRTH),
                         "isini": L(DAUGHTER["sex"], GENDER),
                         "inombolo_yesazisi": L(DAUGHTER["id"], NID)},
            "umzali": {"igama": L(f"{FIRST} {LAST}", NAMEC), "ifowuni": L(E164, TEL),
                       "imeyile": L(EMAIL, MAIL), "ubudlelwane": "umama"},
            "inombolo_yeklabhu": kid, "iklabhu": CLUB["id"], "iqela": "U9"}),
        rec,
        case(f, f"{a}/v1/impilo", gz=True, headers=_h(rng, **b), body={
            "umntwana": kid, "umbefu": L("ewe, uphatha isifutho", MED),
            "iialeji": [L("bee stings", MED)], "ugqirha": L("Dr. Thandeka Mali", NAMEC),
            "inombolo_yesikimu": L("DSC-448120931-02", MED), "uyakwazi_ukuqubha": True}),
        case(f, f"{a}/v1/uvavanyo/ukuqubha", headers=_h(rng, **b), body={
            "umntwana": kid, "iimitha": 200, "ixesha_imizuzwana": L(312, FIT),
            "ichibi": "Newton Park pool", "uvavanyo": obj(rng, "tst")}),
        case(f, f"{a}/v1/uqeqesho", headers=_h(rng, **b), query={
            "umntwana": kid, "iveki": "2026-W04", "iqela": "U9"}),
        case(f, f"{a}/v1/ubukho", headers=_h(rng, **b), body={
            "umntwana": kid, "indawo": {"lat": bla, "lng": blo},
            "iklabhu": {"lat": CLUB["lat"], "lng": CLUB["lon"]}, "umzali_ulapha": True}),
        case(f, f"{a}/v1/intlawulo", fmt="form", headers=_h(rng, **b), body={
            "umntwana": kid, "isixa": L("1450.00", BUY), "imali": "ZAR",
            "indlela": L(opaque(rng, "pm_", 24), PAY), "ixesha": "2025-26"}),
        case(f, f"{a}/v1/impahla/odola", headers=_h(rng, **b), body={
            "umntwana": kid, "izinto": [{"into": "rash vest", "ubukhulu": "9-10", "ixabiso": 320},
                                        {"into": "cap", "ubukhulu": "S", "ixabiso": 90}],
            "isixa": L(410, BUY), "ukuthatha": "clubhouse"}),
        case(f, f"{a}/v1/umncintiswano/ngenisa", headers=_h(rng, **b), body={
            "umncintiswano": "cr_portalfred_feb", "umntwana": kid,
            "iziganeko": ["beach flags", "board relay"], "ubunzima": L(27, FIT),
            "ubude_bomzimba": L(131, FIT), "isixa": L(150, BUY)}),
        case(f, f"{a}/v1/ibhasi", fmt="form", headers=_h(rng, **b), body={
            "umncintiswano": "cr_portalfred_feb", "umntwana": kid, "izihlalo": "2",
            "umntu_omdala": L(HUSBAND["name"], NAMEC), "ifowuni": L(HUSBAND["phone"], TEL)}),
        case(f, f"{a}/v1/imvume/iifoto", headers=_h(rng, **b), body={
            "umntwana": kid, "imvume": "hayi", "isayini": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/abantwana/ifoto", [
            ("ifoto", "anele.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"umntwana": kid, "use": "id_card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/imiyalezo", headers=_h(rng, **b), body={
            "kubani": "coach_u9", "umcimbi": obj(rng, "th"),
            "umyalezo": L("Molo Coach, Anele akazukuza ngoMgqibelo, unomkhuhlane nomqala "
                          "obuhlungu.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/abalandi", headers=_h(rng, **b), body={
            "umntwana": kid, "umlandi": {"igama": L(WORKER["name"], NAMEC),
                                         "ifowuni": L(WORKER["phone"], TEL),
                                         "inombolo_yesazisi": L(WORKER["id"], NID)},
            "iintsuku": ["sat"]}),
        case(f, f"{a}/v1/izaziso", headers=_h(rng, **b), query={
            "iklabhu": CLUB["id"], "iqela": "U9", "ukusukela": "2026-01-01"}),
        case(f, f"{a}/v1/khangela", headers=_h(rng, **b), query={
            "q": L("wetsuit size 10 second hand", SEARCH)}),
        multipart(f, f"{a}/v1/amabhaso", [
            ("isatifikethi", "bronze_award.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"umntwana": kid, "ibhaso": "bronze"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ongxamisekileyo", headers=_h(rng, **b), body={
            "umntwana": kid, "abantu": [
                {"igama": L(HUSBAND["name"], NAMEC), "ifowuni": L(HUSBAND["phone"], TEL)},
                {"igama": L(MOTHER_IL[0], NAMEC), "ifowuni": L(MOTHER_IL[1], TEL)}]}),
        case(f, f"{a}/v1/izixhobo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/iziganeko", headers=_h(rng, how="none"), cookies={
            "amz_sid": L(opaque(rng, "", 40), CRED), "amz_dev": L(INSTALL_ID, DID)}, body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("uqeqesho_luvuliwe", 1), ev("iscreen", 2, iscreen=L("Umncintiswano", USAGE))]}),
    ]


def amaza_sdks() -> list[Case]:
    rng = random.Random(15522)
    return [
        mq_batch(APP, rng, [("Attendance Logged", {"squad": "U9"}),
                            ("Fee Paid", {"amount": L(1450, BUY)})], at=BEACH_FIX, nd=3),
        mq_identify(APP, rng, {"role": "parent", "children": 1, "city": L("Gqeberha", COARSE)}),
        ab_launch(APP, rng),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,beach,swimming"),
        cz_crash(APP, rng, ("java.lang.NullPointerException", "heat list empty"),
                 [cz_crumb("nav", "Umncintiswano -> Iziganeko")],
                 user={"id": L(USER_ID, UID)}, screen="CarnivalActivity"),
        fk_eval(APP, rng, {"club": CLUB["id"], "children": 1}),
        pq_register(APP, rng, at=BEACH_FIX, nd=2, tags={"iqela": "U9", "club": CLUB["id"]}),
        cv_save(APP, rng, {"analytics": True, "marketing": False, "photos": False}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "1450.00"),
        hn_message(APP, rng, L(f"The season fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"umntwana": L(NIPPER, UID)}),
    ]
