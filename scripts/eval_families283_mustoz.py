"""A WWII search detachment's volunteer app "Mustoz" (``mustoz`` memory: a volunteer search group
that looks for the remains of soldiers who fell in 1941-44 on the Svir line south of Sheltozero,
reads their medallions and finds their families; she volunteers in the May expedition and asks it
about her husband's great-grandfather, missing in 1941). Its API's keys are Veps in ASCII with
the Russian loans of the search movement: ``nimi``, ``sugunimi``, ``telefon``, ``email``,
``peitsana``, ``sundundpaiv``, ``vnzh``, ``volonter``, ``ekspedicii`` expedition, ``lager``
camp, ``tervhuz`` health (``kleshchPrivivk`` tick shot, ``allergii``), ``avariaKontakt``
emergency contact, ``sija`` place, ``laveduz``/``pituz``, ``louduz`` find, ``medalon``,
``tekst``, ``kuva``, ``zapros`` family request, ``ded`` grandfather, ``sundundvoz`` birth year,
``kadonu`` missing, ``vznos`` contribution, ``summ``, ``maksand``, ``dezhurstvo`` camp duty,
``tedotuz``, ``ecind``, ``kavutai``. Sign-up, a log-in, ``/mina``, the expedition application
(her health and emergency contact), the fee, the camp check-in with her fix, duty, finds logged
with her fix (msgpack, a protobuf beat, a JSON Lines queue), a medallion photo and its reading, a
family request, a message, a search of the lists, the volunteer's record by number in the path,
a cookie GET, push and events. A docstring grep found no "war grave", "soldier", "WWII", "world
war" or "missing in action"; set 245's volunteer search-and-rescue looks for living people."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families283_kit import (
    CAMP,
    CAMP_FIX,
    FIND_AT,
    GREATGRAND,
    HUSBAND,
    SISTER_US,
    VNZH,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families283_sdk import cd_crash, cd_crumb, mc_batch, mc_queue, tn_launch
from eval_families283_svc import cl_card, cl_confirm, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mustoz", "Mustoz", "com.example.mustoz", "2.0.9", "https://api.mustoz.example.org")
IID = "X-Mustoz-Device"
PW = "Svir1941!pomnim"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def mustoz() -> list[Case]:
    rng = random.Random(28351)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, volonter=L(VOLUNTEER, UID), email=L(EMAIL, MAIL)))}
    cla, clo = fix(CAMP_FIX, 5)
    fla, flo = fix(FIND_AT)
    find = obj(rng, "ld")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, find), (3, 1778400000),
               (4, [(1, L(FIND_AT[0], PRECISE)), (2, L(FIND_AT[1], PRECISE)), (3, 4.0)]),
               (5, L(38, DEV))], "", lab)
    rec = at_path(case(f, f"{a}/api/volonterad/{VOLUNTEER}", headers=_h(rng, **b)),
                  VOLUNTEER, UID)
    return [
        case(f, f"{a}/api/registracii", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "peitsana": L(PW, CRED), "sundundpaiv": L(DOB, BIRTH),
            "vnzh": L(VNZH, NID), "volonter": L(VOLUNTEER, UID)}),
        case(f, f"{a}/api/sisend", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "peitsana": L(PW, CRED)}),
        case(f, f"{a}/api/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ekspedicii/vahtu_2026/zajavk", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID), "paivad": ["2026-05-02", "2026-05-11"],
            "tervhuz": {"kleshchPrivivk": L("2025-04-18", MED), "allergii": L("ei ole", MED),
                        "hronine": L("astm, ingaljator kerdal", MED)},
            "avariaKontakt": {"nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "opit": "ezmaine", "razmer_sapkad": "39"}),
        case(f, f"{a}/api/vznos", fmt="form", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID), "summ": L("3000", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/lager/tulend", headers=_h(rng, **b), body={
            "lager": CAMP["id"], "sija": {"laveduz": cla, "pituz": clo},
            "lagern_sija": {"laveduz": CAMP["lat"], "pituz": CAMP["lon"]}}),
        case(f, f"{a}/api/lager/dezhurstvo", headers=_h(rng, **b), query={
            "lager": CAMP["id"], "paiv": "2026-05-04"}),
        case(f, f"{a}/api/louduz", fmt="msgpack", headers=_h(rng, **b), body={
            "louduz": find, "tip": "medalon", "kvadrat": "K-14", "syvuz_sm": 40,
            "sija": {"laveduz": fla, "pituz": flo, "tarkuz": 4},
            "volonter": L(VOLUNTEER, UID)}),
        raw(f, f"{a}/api/louduz/{find}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/jono", [
            {"tip": "louduz", "laveduz": L(round(FIND_AT[0] + 0.0002, 6), PRECISE),
             "pituz": L(round(FIND_AT[1] + 0.0004, 6), PRECISE), "by": L(VOLUNTEER, UID)},
            {"tip": "lager_tagaze", "laveduz": L(round(CAMP_FIX[0], 5), PRECISE),
             "pituz": L(round(CAMP_FIX[1], 5), PRECISE), "by": L(VOLUNTEER, UID)}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/louduz/{find}/kuvad", [
            ("kuva", "medalon.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "tekst": L("Medalon: Kuznecov Mihail Petrovich, 1912, Vologodskaja obl.",
                           f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/zapros", headers=_h(rng, **b), body={
            "ded": {"nimi": L(GREATGRAND[0], NAMEC), "sundundvoz": L(GREATGRAND[1], BIRTH),
                    "kadonu": "1941-09", "kula": "Soutjarv"},
            "kenen_rodnii": L(HUSBAND[0], NAMEC),
            "tekst": L("Mužan pradedan Ivan Lonin kadoi 1941 Svirin rajonas. Olgat hüväd, "
                       "ecikat hänen nimed.", f"{TEXT}|{NAMEC}"),
            "vastuz_email": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/tedotuz", headers=_h(rng, **b), body={
            "kenele": "komandir",
            "tekst": L("Minun sizar Emily tahtoib tulda kezakus, voib-ik?", TEXT),
            "sizar": {"nimi": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)}}),
        case(f, f"{a}/api/ecind", headers=_h(rng, **b), query={
            "q": L("Lonin Ivan 1904", SEARCH), "spisok": "kadonuded"}),
        rec,
        case(f, f"{a}/api/sertifikatad", headers=_h(rng, how="none"), cookies={
            "ms_sess": L(opaque(rng, "", 40), CRED), "ms_dev": L(INSTALL_ID, DID),
            "ms_req": rid(rng)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/api/sobitijad", gz=True, headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sobitijad": [
                ev("louduz_kirjutadud", 1), ev("ekran", 2, ekran=L("Kart", USAGE))]}),
        case(f, f"{a}/api/lahtend", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def mustoz_sdks() -> list[Case]:
    rng = random.Random(28352)
    return [
        mc_batch(APP, rng, [("Find Logged", {"kind": "medalon"}), ("Camp Arrived", {})],
                 at=CAMP_FIX, nd=3),
        mc_queue(APP, rng, [("Find Logged", {"depth": 40}), ("Photo Saved", {})]),
        tn_launch(APP, rng, first=True),
        cd_crash(APP, rng, ("java.io.IOException", "no network"),
                 [cd_crumb("nav", "Kart -> Louduz"), cd_crumb("tap", "save_find")],
                 screen="LouduzActivity"),
        pt_register(APP, rng, lang="ru", at=CAMP_FIX, nd=2, tags={"ekspedicii": "vahtu_2026"}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "3000"),
        mm_reverse(APP, rng, FIND_AT, PRECISE, nd=5),
        mm_telemetry(APP, rng, [FIND_AT, CAMP_FIX], PRECISE),
    ]
