"""The son's youth biathlon section "Buudalga" (buudalga "shooting": the city sports school's
biathlon group at the Berezovka range, air rifles for the under-elevens; the parents' app for
enrolment, medical clearance, training logs, race entries, fees and rentals). Its API's keys are
Buryat in Latin letters with Russian loans: ``ukhibuun`` child, ``nere`` first name, ``obog``
surname, ``turehen_uder`` birth date, ``khuihen`` sex (``khubuun`` boy), ``gershelgee`` birth
certificate, ``snils`` (loan), ``tamirshan`` athlete, ``asaragsha`` guardian, ``utahan`` phone,
``nyuusa_uge`` password, ``hurguuli`` school, ``angi`` class, ``emshenei_zubshool`` doctor's
clearance, ``shegnuur`` weight, ``under`` height, ``zurkhen_tsokhilto`` heart rate,
``shuhanai_daralta`` blood pressure, ``shenzhe`` symptoms, ``dadkhal`` training, ``zai``
distance, ``urildaan`` race, ``angilal`` age class, ``buu`` rifle, ``sana`` skis, ``turees``
rental, ``tulberi`` payment, ``dun`` sum, ``unaa`` bus, ``hurgagsha`` coach, ``zakhyaa``
message, ``khuvaari`` timetable, ``medeelel`` news; ``email``, ``token``, ``id`` kept. Calls:
a parent's sign-up, log-in, ``/minii_profil`` (a JWT with the athletes), the son enrolled
(certificate, SNILS), the clearance PDF with his height and weight, the pre-season check (gzip),
the training log by athlete number in the path, a home run logged, a protobuf beat at the range,
a race entry, the monthly fee, a rifle and skis rented, a message to the coach (a cough), the
race bus, a timetable by a base64 JSON context header, a race photo, a pick-up person, news by
cookie, a search, push and events."""

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
    GENDER,
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
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families264_kit import (
    FIT,
    NID,
    RANGE,
    RANGE_FIX,
    SISTER_IL,
    SON,
    hd,
    obj,
    push,
)
from eval_families264_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_queue, tn_launch
from eval_families264_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_message,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("buudalga", "Buudalga", "com.example.buudalga", "2.4.1",
          "https://api.buudalga.example.net")
IID = "X-Buudalga-Device"
PW = "Aldar2015!Biathlon"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
ATH = SON["athlete"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def buudalga() -> list[Case]:
    rng = random.Random(26431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), tamirshad=[L(ATH, UID)],
                                    role="asaragsha"))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, RANGE["id"]), (3, 1765362000),
               (4, [(1, L(RANGE_FIX[0], PRECISE)), (2, L(RANGE_FIX[1], PRECISE)),
                    (3, 14.0)]), (5, L(37, DEV))], "", lab)
    log = at_path(case(f, f"{a}/v1/tamirshad/{ATH}/dadkhal", headers=_h(rng, **b),
                       query={"hara": "2025-12"}), ATH, UID)
    ctx = {"X-Buudalga-Ctx": W({"tamirshan": L(ATH, UID), "khelen": L("ru", DEV),
                                "bulag": "grp_u11_b"}, "b64json")}
    return [
        case(f, f"{a}/v1/asaragsha/buridkhel", headers=_h(rng), body={
            "nere": L(FIRST, NAMEC), "obog": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "utahan": L(E164, TEL), "nyuusa_uge": L(PW, CRED), "khamaadal": "ekhe"}),
        case(f, f"{a}/v1/auth/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "nyuusa_uge": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/minii_profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ukhibuud", headers=_h(rng, **b), body={
            "nere": L(SON["first"], NAMEC), "obog": L(SON["last"], NAMEC),
            "turehen_uder": L(SON["dob"], BIRTH), "khuihen": L("khubuun", GENDER),
            "gershelgee": L(SON["cert"], NID), "snils": L(SON["snils"], NID),
            "tamirshan": L(ATH, UID), "hurguuli": "school_49", "angi": "4B",
            "bulag": "grp_u11_b"}),
        multipart(f, f"{a}/v1/ukhibuud/{ATH}/emshenei_zubshool", [
            ("file", "spravka_073.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "tamirshan": L(ATH, UID), "under": L(141, FIT), "shegnuur": L(33.5, FIT),
                "elyuuryn_bulag": L("I", MED), "khuchen": "2026-11-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/emshen/uzleg", gz=True, headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID), "zurkhen_tsokhilto": L(68, FIT),
            "shuhanai_daralta": L("105/65", MED), "astma": L(False, MED),
            "shenzhe": [L("seasonal hay fever", MED)], "em": [L("cetirizine 5 mg", MED)],
            "khyalbar": L("Allergic to birch pollen in May", f"{TEXT}|{MED}")}),
        log,
        case(f, f"{a}/v1/dadkhal/temdeglel", headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID), "uder": "2025-12-07", "zai_km": L(5.2, FIT),
            "minut": L(41, FIT), "zurkhen_tsokhilto_dundazh": L(152, FIT),
            "tuhai": "classic ski walk with papa"}),
        raw(f, f"{a}/v1/range/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/urildaan/urd_2601/buridkhel", headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID), "nere": L(KID, NAMEC),
            "angilal": L("U11 khubuud", f"{BIRTH}|{GENDER}"), "zai": "2x1 km",
            "tulberi": L(800, BUY)}),
        case(f, f"{a}/v1/tulberi", fmt="form", headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID), "hara": "2026-01", "dun": L("1500.00", BUY),
            "munge": "RUB", "arga": L(opaque(rng, "pm_", 24), PAY),
            "huulshyn_durben": L("4444", PAY)}),
        case(f, f"{a}/v1/turees", headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID),
            "zuil": [{"buu": "air_rifle_club_017", "sezon": "2025/26"},
                     {"sana": "sk_140_classic", "urta_cm": 140}],
            "dun": L(3500, BUY), "barimta": L("TR-2025-0412", BUY)}),
        case(f, f"{a}/v1/zakhyaa", headers=_h(rng, **b), body={
            "hurgagsha": "coach_bato_d", "thread": obj(rng, "th"),
            "beshig": L("Aldar has a cough and 37.6 since Sunday, he will skip Saturday's "
                        "training.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/unaa", fmt="form", headers=_h(rng, **b), body={
            "urildaan": "urd_2601", "suudal": "2", "nere_1": L(KID, NAMEC),
            "nere_2": L(f"{FIRST} {LAST}", NAMEC), "dun": L("1200", BUY)}),
        case(f, f"{a}/v1/khuvaari", headers=_h(rng, **b, extra=ctx),
             query={"bulag": "grp_u11_b", "doloo_khonog": "2025-W51"}),
        multipart(f, f"{a}/v1/album", [
            ("zurag", "urildaan.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "urildaan": "urd_2512", "tamirshan": L(ATH, UID),
                "hanamzha": L(f"{KID}, 4 of 5 on the prone stage!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abagsha", headers=_h(rng, **b), body={
            "tamirshan": L(ATH, UID),
            "khun": {"nere": L(SISTER_IL[0], NAMEC), "utahan": L(SISTER_IL[1], TEL),
                     "khamaadal": "egeshe"}, "garaguud": ["tue", "fri"]}),
        case(f, f"{a}/v1/medeelel", headers=_h(rng, how="none"), cookies={
            "bd_sid": L(opaque(rng, "", 40), CRED), "bd_dev": L(INSTALL_ID, DID),
            "bd_req": rid(rng)}),
        case(f, f"{a}/v1/bederelge", headers=_h(rng, **b), query={
            "q": L("air rifle sling for kids", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", headers=_h(rng, how="none"), cookies={
            "bd_sid": L(opaque(rng, "", 40), CRED)}, body={
            "user": L(USER_ID, UID), "events": [
                ev("log_opened", 1), ev("screen", 2, screen=L("Urildaan", USAGE))]}),
    ]


def buudalga_sdks() -> list[Case]:
    rng = random.Random(26432)
    return [
        mc_batch(APP, rng, [("Race Entered", {"fee": L(800, BUY)}),
                            ("Fee Paid", {"amount": L(1500, BUY)})], at=RANGE_FIX, nd=2),
        mc_queue(APP, rng, [("Log Viewed", {"month": "2025-12"}),
                            ("Photo Uploaded", {"race": "urd_2512"})]),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,kids,skiing"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "log row"),
                 [cd_crumb("nav", "Tamirshad -> Dadkhal")], user={"id": L(USER_ID, UID)},
                 screen="DadkhalActivity"),
        fn_eval(APP, rng, {"group": "grp_u11_b", "children": 1}, hdr=True),
        pt_register(APP, rng, lang="ru", tags={"group": "grp_u11_b",
                                               "city": L("Ulan-Ude", COARSE)}),
        cy_check(APP, rng, {"analytics": True, "personalisation": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "1500.00", "rub"),
        hs_message(APP, rng, L(f"The January fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"tamirshan": L(ATH, UID)}),
    ]
