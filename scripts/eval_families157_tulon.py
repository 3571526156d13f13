"""Children's holiday-camp app "Tulonso" (``tulon`` play, ``so`` house: an Easter day camp by the
Niger in Ségou where Kadi stays with her grandmother for the holidays; the user is the parent;
camelCase Bambara API): the parent's sign-up (a form), an SMS code, ``/ne`` with a ``denw``
claim, Kadi's registration (name, birth date, sex, NINA), her health form (gzip: asthma, an
allergy, her inhaler, her weight), the fee paid, the people allowed to collect her (her
grandmother), the camper's status by number in the path, the bus seat, a gate check-in with her
fix (5 decimals), Kadi's photo for her badge, photo consent, a message to the counsellor about
Kadi, the programme, the meals (peanut-free), the daily photos feed by cookie, push, events.
Set 93's summer camp is a herder's pasture; no earlier set has a children's holiday camp. Keys:
``togo`` first name, ``jamu`` surname, ``telefoni`` phone, ``imeli`` e-mail, ``kode`` code,
``den`` child, ``bangedon`` birth date, ``ceMuso`` sex (``muso`` girl), ``keneya`` health,
``bana`` illness, ``fura`` medicine, ``girinya`` weight, ``joli`` blood, ``dumuni`` food,
``tulon`` activity, ``mogoTaa`` who collects, ``bisi`` bus, ``sarali`` payment, ``hake``
amount, ``sonni`` consent, ``ja`` photo, ``cikan`` message, ``kuma`` text, ``kow`` events."""

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
from eval_families157_kit import (
    CAMP,
    CAMP_FIX,
    CAMPER,
    DAUGHTER,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import jm_batch, jm_pixel, sb_bid, st_launch
from eval_families157_svc import cs_save, fs_eval, hp_message, mj_route, pk_register, ws_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tulonso", "Tulonso", "com.example.tulonso", "4.0.2", "https://api.tulonso.example.org")
IID = "X-Tulonso-Device"
PW = "Joliba*Kadi18"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def tulonso() -> list[Case]:
    rng = random.Random(15761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), denw=[L(CAMPER, UID)],
                                    role="parent"))}
    cla, clo = fix(CAMP_FIX, 5)
    status = at_path(case(f, f"{a}/v3/denw/{CAMPER}/lahalaya", headers=_h(rng, **b)),
                     CAMPER, UID)
    return [
        case(f, f"{a}/v3/wolow/sebenni", fmt="form", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "gundo": L(PW, CRED), "jamana": "US"}),
        case(f, f"{a}/v3/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("906152", CRED)}),
        case(f, f"{a}/v3/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/denw", headers=_h(rng, **b), body={
            "togo": L(DAUGHTER["first"], NAMEC), "jamu": L(DAUGHTER["last"], NAMEC),
            "togoDogo": L(DAUGHTER["nick"], NAMEC), "bangedon": L(DAUGHTER["dob"], BIRTH),
            "ceMuso": L(DAUGHTER["sex"], GENDER), "nina": L(DAUGHTER["nina"], NID),
            "camper": L(CAMPER, UID), "kalanso": "2e annee", "kulu": "6-8"}),
        case(f, f"{a}/v3/denw/keneya", gz=True, headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "bana": [L("sisan (asthme)", MED)],
            "allerzi": [L("tiga (arachide)", MED)], "fura": L("Ventoline 100 µg", MED),
            "joli": L("O+", MED), "girinya_kg": L(23, FIT),
            "dogotoro": L("Dr. Fatoumata Keita, +22376880421", f"{NAMEC}|{TEL}"),
            "kuma": L("A ka fura be a ka boro kono", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/sarali", fmt="form", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "hake": L("45000", BUY), "wari": "XOF",
            "cogoya": L(opaque(rng, "pm_", 24), PAY), "dogokun": "2026-W15"}),
        case(f, f"{a}/v3/mogoTaa", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID),
            "mogow": [{"togo": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL),
                       "bolo": "mamuso"}], "donw": ["mon", "wed", "fri"]}),
        status,
        case(f, f"{a}/v3/bisi", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "bisi": "bs_02", "jo": "Place de l'Indépendance",
            "sigilan": 14}),
        case(f, f"{a}/v3/da/seginni", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "yoro": {"lat": cla, "lng": clo},
            "da": {"id": "gt_joliba", "lat": CAMP["lat"], "lng": CAMP["lon"]},
            "cogoya": "taa_a_ta"}),
        multipart(f, f"{a}/v3/denw/ja", [
            ("ja", "kadi_badge.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"camper": L(CAMPER, UID), "baara": "badge"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/sonni/ja", fmt="form", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "ja_kalan": "yes", "ja_facebook": "no"}),
        case(f, f"{a}/v3/cikan", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "ka_taa": "anim_awa",
            "kuma": L("Kadi sisan bena a mine ni a ye boli kosebe, a ka Ventoline di a ma",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/denw/ji_tulon", fmt="form", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "sonni": "yes", "kalan": "debutant",
            "gilet": "yes"}),
        case(f, f"{a}/v3/ne/telefoni", headers=_h(rng, **b), body={
            "koro": L(E164, TEL), "kura": L("+22370415528", TEL),
            "kode": L("118302", CRED)}),
        case(f, f"{a}/v3/denw", headers=_h(rng, **b), query={
            "wolo": L(USER_ID, UID), "san": "2026"}),
        case(f, f"{a}/v3/tulonw", headers=_h(rng, **b), query={
            "camp": CAMP["id"], "dogokun": "2026-W15"}),
        case(f, f"{a}/v3/dumuni", headers=_h(rng, **b), body={
            "camper": L(CAMPER, UID), "dumuni": L("tiga te (sans arachide)", MED),
            "sogo": "yes"}),
        case(f, f"{a}/v3/ja/bi", headers=_h(rng, how="none"), cookies={
            "tl_sesi": L(opaque(rng, "", 40), CRED), "tl_minen": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/kow", gz=True, headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("den_sebenni", 1), ev("ekran", 2, ekran=L("JaBi", USAGE))]}),
    ]


def tulonso_sdks() -> list[Case]:
    rng = random.Random(15762)
    return [
        jm_batch(APP, rng, [("Child Registered", {"camp": CAMP["id"]}),
                            ("Fee Paid", {"amount": L(45000, BUY)})]),
        jm_pixel(APP, rng, "Photos Opened", {"day": "2026-04-08"}),
        st_launch(APP, rng, first=True),
        sb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,holiday,segou"),
        fs_eval(APP, rng, {"camp": CAMP["id"], "children": 1}),
        pk_register(APP, rng, tags={"camp": CAMP["id"], "kulu": "6-8"}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        ws_card(APP, rng),
        mj_route(APP, rng, [(CAMP_FIX, "location.precise"), ((CAMP["lat"], CAMP["lon"]), None)],
                 mode="walking"),
        hp_message(APP, rng, L(f"Sarali {KID} ma ye", f"{TEXT}|{NAMEC}"),
                   {"camper": L(CAMPER, UID), "dugu": L("Ségou", COARSE)}),
    ]
