"""A maths-olympiad training centre's parent app "Olimpiadchi" (Erkin, 10, in the fifth grade,
trains on Saturdays for the city olympiad; the user is the parent, the child's data is what the
app is for). Uyghur keys in Latin letters: ``oqughuchi`` pupil, ``oqughuchi_nomuri`` pupil
number, ``ata_anisi`` parent, ``mektep`` school, ``sinip`` grade, ``guruppa`` group, ``sinaq``
mock test, ``jawablar`` answers, ``netije`` result, ``ballar`` points, ``derije`` rank,
``proktor`` proctor, ``chiray_izi`` face template, ``oqutquchi`` teacher, ``musabiqe`` contest,
``yeshish`` solution, ``alip_ketish`` pick-up, ``salametlik`` health, ``kozeynek`` glasses,
``allergiye`` allergy, ``jedwel`` timetable, with the shared words (``isim``, ``familiye``,
``iin``, ``tughulghan_kun``, ``jinsi`` (``oghul`` boy), ``yanfon``, ``heq``, ``summa``,
``uchur``, ``izdesh``, ``sheher``, ``kenglik``/``uzunluq``). Calls: the parent's OAuth password
grant, ``/men`` with a ``oqughuchilar`` claim, the son enrolled (his IIN), groups, the course fee
and its payment, mock tests, answers (gzip), the proctoring face check (a 128-float template), a
protobuf proctor beat, results by pupil number in the path, a message to the teacher, an
exam-day health note, the city round registration, a diploma scan, a search, a pick-up
check-in, a pick-up authorisation for her husband's cousin, the timetable by cookie, a typed
solution, push and events. "Olympiad" matched nothing in earlier docstrings; tutoring and chess
schools exist (sets 75, 81), none with a proctored contest round."""

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
    FACE,
    GENDER,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families200_kit import COUSIN, IIN, OLY, OLY_FIX, SON, fix, hd, obj, push
from eval_families200_sdk import bs_bid, cm_crash, cm_crumb, mr_batch, mr_identify, td_launch
from eval_families200_svc import cs_save, cy_card, cy_confirm, fd_eval, hc_message, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("olimpiadchi", "Olimpiadchi", "com.example.olimpiadchi", "4.7.3",
          "https://api.olimpiadchi.example.net")
IID = "X-Olimp-Device"
PW = "Erkin2015!Pifagor"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
PUPIL = SON["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> L:
    """A 128-float face template (one field: the array)."""
    return L([round(rng.uniform(-0.25, 0.25), 5) for _ in range(128)], FACE)


def olimpiadchi() -> list[Case]:
    rng = random.Random(20051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elxet=L(EMAIL, MAIL), oqughuchilar=[L(PUPIL, UID)],
                                    rol="ata_ana"))}
    ola, olo = fix(OLY_FIX, 5)
    sess = obj(rng, "px")
    lab: dict[str, str] = {}
    beat = pb([(1, L(PUPIL, UID)), (2, sess), (3, 0), (4, True), (5, L(38, DEV))], "", lab)
    results = at_path(case(f, f"{a}/v3/oqughuchilar/{PUPIL}/netijeler", headers=_h(rng, **b),
                           query={"mewsum": "2025-2026"}), PUPIL, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "olimpiadchi-parent"}),
        case(f, f"{a}/v3/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/oqughuchi", headers=_h(rng, **b), body={
            "isim": L(SON["first"], NAMEC), "familiye": L(SON["last"], NAMEC),
            "tughulghan_kun": L(SON["dob"], BIRTH), "jinsi": L(SON["sex"], GENDER),
            "iin": L(SON["iin"], NID), "mektep": "sch_153", "sinip": "5A",
            "oqughuchi_nomuri": L(PUPIL, UID),
            "ata_anisi": {"isim": L(f"{FIRST} {LAST}", NAMEC), "iin": L(IIN, NID),
                          "yanfon": L("+15550100199", TEL)}}),
        case(f, f"{a}/v3/guruppilar", headers=_h(rng, **b), query={"sinip": "5", "kun": "shenbe"}),
        case(f, f"{a}/v3/yezilish", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "guruppa": "gr_5_sat_am", "heq": L(38000, BUY),
            "ay": "2026-01"}),
        case(f, f"{a}/v3/tolem", fmt="form", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "summa": L("38000", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        case(f, f"{a}/v3/sinaqlar", headers=_h(rng, **b), query={"oqughuchi": L(PUPIL, UID)}),
        case(f, f"{a}/v3/sinaq/jawablar", gz=True, headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "sinaq": "mock_07",
            "jawablar": [{"soal": i, "jawab": c} for i, c in enumerate("BDACB", 1)],
            "waqit_sekunt": 2710}),
        case(f, f"{a}/v3/proktor/chiray", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "sessiye": sess, "model": "fn-128-v2",
            "chiray_izi": _face(rng), "tengshesh": 0.91}),
        raw(f, f"{a}/v3/proktor/pulsi", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        results,
        case(f, f"{a}/v3/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": "tch_gulnar",
            "uchur": L("Erkin kozeynek taqidu, aldinqi qatarda olturghuzsingiz bolamdu?",
                       f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v3/salametlik", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "kozeynek": L("-1.5 ikki koz", MED),
            "allergiye": [L("yer yangiqi", MED)], "izahat": L("Imtihan kuni dora yoq", MED)}),
        case(f, f"{a}/v3/musabiqe/qeyd", headers=_h(rng, **b), body={
            "musabiqe": "city_math_2026", "oqughuchi": L(PUPIL, UID), "iin": L(SON["iin"], NID),
            "sheher": L("Almaty", COARSE), "mektep": "sch_153", "heq": L(5000, BUY)}),
        multipart(f, f"{a}/v3/diplomlar", [
            ("diplom", "erkin_diplom_2025.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"oqughuchi": L(PUPIL, UID), "derije": 2})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/izdesh", headers=_h(rng, **b), query={
            "soz": L("5-sinip geometriye mesililiri", SEARCH)}),
        case(f, f"{a}/v3/alip_ketish/belge", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "orun": {"kenglik": ola, "uzunluq": olo},
            "merkez": {"id": OLY["id"], "kenglik": OLY["lat"], "uzunluq": OLY["lon"]}}),
        case(f, f"{a}/v3/alip_ketish/ruxset", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID),
            "kishi": {"isim": L(COUSIN[0], NAMEC), "yanfon": L(COUSIN[1], TEL),
                      "munasiwet": "taghisi"}, "kunler": ["shenbe"]}),
        case(f, f"{a}/v3/jedwel", headers=_h(rng, how="none"), cookies={
            "ol_sid": L(opaque(rng, "", 40), CRED), "ol_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/tapshuruq/yeshish", headers=_h(rng, **b), body={
            "oqughuchi": L(PUPIL, UID), "tapshuruq": obj(rng, "hw"),
            "yeshish": L("x = 12, chunki 3x + 4 = 40 we 3x = 36", TEXT)}),
        case(f, f"{a}/v3/uskune", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/hadisiler", headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("sinaq_tapshuruldi", 1), ev("ekran", 2, ekran=L("Netijeler", USAGE))]}),
    ]


def olimpiadchi_sdks() -> list[Case]:
    rng = random.Random(20052)
    return [
        mr_batch(APP, rng, [("Mock Test Submitted", {"test": "mock_07"}),
                            ("Fee Paid", {"amount": L(38000, BUY)})]),
        mr_identify(APP, rng, {"rol": "ata_ana", "balilar": 1, "sheher": L("Almaty", COARSE)}),
        td_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="education,math,kids"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera not ready"),
                 [cm_crumb("nav", "Sinaq -> Proktor")], user={"id": L(USER_ID, UID)},
                 screen="ProctorActivity"),
        fd_eval(APP, rng, {"merkez": OLY["id"], "balilar": 1}),
        pl_register(APP, rng, tags={"guruppa": "gr_5_sat_am"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cy_card(APP, rng),
        cy_confirm(APP, rng, "38000"),
        hc_message(APP, rng, L(f"{KID} uchun tolem korunmeydu", f"{TEXT}|{NAMEC}"),
                   {"oqughuchi": L(PUPIL, UID)}),
    ]
