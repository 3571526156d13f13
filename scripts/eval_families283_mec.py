"""The daughter's school forestry club app "Mecnikad" (``mec`` forest; young foresters: a school
forestry club that keeps a forest plot near Petrozavodsk, plants spruce, counts trees, runs a
summer camp; Nastja is in it, she is the parent and sometimes a volunteer on plot days). Its
API is camelCase, Veps folded to ASCII by a school developer (no umlauts): ``vanhemb`` parent,
``laps`` child, ``nimi``, ``sugunimi``, ``sundundpaiv``, ``pol`` (``devochka``), ``peitsana``,
``telefon``, ``shkol`` school, ``klass``, ``svidetelstvo`` birth certificate, ``snils``,
``tervhuz`` health (``allergii``, ``kleshchPrivivk`` tick-borne-encephalitis shot, ``spravka``
clearance, ``kazv`` height, ``ves`` weight), ``openduz`` lesson, ``pozvolenie`` consent,
``avariaTelefon`` emergency phone, ``mec`` forest, ``puu`` tree, ``kuz`` spruce, ``lugu`` count,
``sija`` place, ``kuva`` photo, ``alakirjutuz`` caption, ``otsutand`` absence, ``pricin`` reason,
``maksand`` payment, ``summ``, ``leir`` camp, ``razmer`` size, ``kilpailu`` contest, ``proekt``,
``tedotuz`` message, ``hakuind`` pick-up, ``rodnii`` relation, ``ecind`` search, ``adres``,
``lidn`` town, ``indeks``. Parent sign-up, a password grant, ``/mina``, enrolling Nastja, her
health form (gzip), lessons by her number in the path, the timetable, a trip consent, a tree
count with a volunteer's fix (msgpack), an offline queue of observations (JSON Lines), a photo,
an absence, the fee, the summer camp, a contest entry, a message to the leader, a pick-up
authorisation for her father, a search, her certificate (PDF), the address, push and events with
a session cookie. A docstring grep found no "forestry", "forester" or "naturalist"; children's
clubs of other kinds exist (sailing 227, race-walking 277, mountain biking 281)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    PRECISE,
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families283_kit import (
    DAUGHTER,
    HUSBAND,
    PLOT_AT,
    PUPIL,
    PZ_HOME,
    SCHOOL,
    fix,
    hd,
    push,
)
from eval_families283_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families283_svc import cl_card, cl_confirm, cy_save, fn_eval, hs_message, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mecnikad", "Mecnikad", "com.example.mecnikad", "3.1.4", "https://api.mecnikad.example.org")
IID = "X-Mecnik-Device"
PW = "Kuzud!2014pz"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
KID_SNILS = "156-220-481 07"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def mecnikad() -> list[Case]:
    rng = random.Random(28331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lapsed=[L(PUPIL, UID)],
                                    rol="vanhemb"))}
    pla, plo = fix(PLOT_AT)
    lessons = at_path(case(f, f"{a}/api/v2/lapsed/{PUPIL}/openduz", headers=_h(rng, **b),
                           query={"sezon": "2026-leto"}), PUPIL, UID)
    return [
        case(f, f"{a}/api/v2/vanhembad", headers=_h(rng), body={
            "nimi": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "peitsana": L(PW, CRED), "rol": "mam"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "mecnikad-android"}),
        case(f, f"{a}/api/v2/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/lapsed", headers=_h(rng, **b), body={
            "nimi": L(DAUGHTER["first"], NAMEC), "sugunimi": L(DAUGHTER["last"], NAMEC),
            "sundundpaiv": L(DAUGHTER["dob"], BIRTH), "pol": L(DAUGHTER["sex"], GENDER),
            "shkol": SCHOOL["id"], "klass": "5B", "svidetelstvo": L(DAUGHTER["cert"], NID),
            "snils": L(KID_SNILS, NID), "uhtnik": L(PUPIL, UID)}),
        case(f, f"{a}/api/v2/lapsed/tervhuz", gz=True, headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "allergii": [L("koivun sedeg", MED), L("pchel", MED)],
            "kleshchPrivivk": L("2025-04-11", MED), "spravka": L("osnovnaja gruppa", MED),
            "kazv": L(146, FIT), "ves": L(37, FIT),
            "lekarstvad": [L("cetirizin", MED)]}),
        lessons,
        case(f, f"{a}/api/v2/openduz", headers=_h(rng, **b), query={
            "shkol": SCHOOL["id"], "gruppa": "mec_5_6", "nedal": "2026-W24"}),
        case(f, f"{a}/api/v2/pozvolenie", fmt="form", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "retki": "uchastok_2026_06", "soglasie": "ka",
            "avariaTelefon": L(E164, TEL), "ajand": "avtobus"}),
        case(f, f"{a}/api/v2/mec/lugemine", fmt="msgpack", headers=_h(rng, **b), body={
            "uchastok": "kv_41", "puud": [{"puu": "kuz", "lugu": 42, "kazvM": 11.5},
                                         {"puu": "pedai", "lugu": 17, "kazvM": 14.0}],
            "sija": {"lat": pla, "lon": plo}, "volonter": L(USER_ID, UID)}),
        lines(f, f"{a}/api/v2/mec/jono", [
            {"tip": "kuz_istutadud", "lugu": 30,
             "lat": L(round(PLOT_AT[0] + 0.0004, 6), PRECISE),
             "lon": L(round(PLOT_AT[1] - 0.0003, 6), PRECISE), "by": L(USER_ID, UID)},
            {"tip": "linduine_pezo", "lat": L(round(PLOT_AT[0] + 0.0011, 5), PRECISE),
             "lon": L(round(PLOT_AT[1] + 0.0006, 5), PRECISE), "by": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v2/kuvad", [
            ("kuva", "istutand.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "uhtnik": L(PUPIL, UID),
                "alakirjutuz": L("Nastja istutab kuzid, 30 puud!", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/otsutand", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "paiv": "2026-05-20", "pricin": L("tauti", MED),
            "tekst": L("Nastjal om temperatur 38,2, hän jäb kodihe.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v2/maksand", fmt="form", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "summ": L("1500.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "ku": "2026-05"}),
        case(f, f"{a}/api/v2/leir", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "smena": "2026-07-a", "summ": L(18400, BUY),
            "razmer": L("146", FIT), "dieta": L("ei med", MED)}),
        case(f, f"{a}/api/v2/kilpailu", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "kilpailu": "podrost_2026",
            "proekt": L("Kuzen kazvand kezan aigan", TEXT), "opendai": "op_0441"}),
        case(f, f"{a}/api/v2/tedotuz", headers=_h(rng, **b), body={
            "kenele": "rukovoditel_mec",
            "tekst": L("Nastjale pidab panda kleshchan vastha voidet, hän unohti sen "
                       "kodihe.", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v2/hakuind", headers=_h(rng, **b), body={
            "uhtnik": L(PUPIL, UID), "nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
            "rodnii": "tat", "paivad": ["ke", "pe"]}),
        case(f, f"{a}/api/v2/ecind", headers=_h(rng, **b), query={
            "q": L("kuzen istutand aig", SEARCH)}),
        multipart(f, f"{a}/api/v2/sertifikat", [
            ("fail", "sertifikat_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"uhtnik": L(PUPIL, UID),
                                                "kenele": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/adres", headers=_h(rng, **b), body={
            "adres": L(PZ_HOME["line"], ADDR), "lidn": L(PZ_HOME["town"], COARSE),
            "indeks": L(PZ_HOME["post"], COARSE)}),
        case(f, f"{a}/api/v2/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v2/sobitijad", headers=_h(rng, how="none"), cookies={
            "mk_sid": L(opaque(rng, "", 40), CRED), "mk_dev": L(INSTALL_ID, DID)}, body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("openduz_avaitud", 1), ev("ekran", 2, ekran=L("Leir", USAGE))]}),
    ]


def mecnikad_sdks() -> list[Case]:
    rng = random.Random(28332)
    return [
        mc_batch(APP, rng, [("Consent Signed", {"trip": "uchastok"}),
                            ("Camp Booked", {"amount": L(18400, BUY)})], at=PLOT_AT, nd=2),
        mc_identify(APP, rng, {"rol": "vanhemb", "lapsed": 1, "lidn": L("Petrozavodsk", COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,forest,camp"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "lesson row"),
                 [cd_crumb("nav", "Lapsed -> Openduz")], screen="OpenduzActivity"),
        fn_eval(APP, rng, {"shkol": SCHOOL["id"], "lapsed": 1}),
        pt_register(APP, rng, tags={"gruppa": "mec_5_6"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "18400.00"),
        hs_message(APP, rng, L(f"Leiran maksand {KID} nägub maksmatomaks", f"{TEXT}|{NAMEC}"),
                   {"uhtnik": L(PUPIL, UID)}),
    ]
