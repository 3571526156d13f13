"""Her husband's teip's council and mutual-aid app "Tukhum" (the Vargoy clan's roll of households,
its council house in Nazran, its fund; its API's keys are Ingush in Latin letters, ASCII-folded
as a local developer types them: ``tsi`` name, ``familie`` surname (a loan), ``telefon`` phone,
``el_pochta`` e-mail, ``kayla_dosh`` password (lit. "secret word"), ``vaennai_di`` birth date
(lit. "the day born"), ``taip`` clan, ``gar`` branch, ``yurt`` (ancestral) village, ``vov``
battle tower, ``qam`` nation, ``dezal`` family, ``mar`` husband, ``ber`` child, ``mar_nana``
mother-in-law, ``pol`` sex (a Russian loan), ``chlen`` member (a loan), ``gulam`` gathering,
``gho`` help, ``akhcha`` money, ``dukhal`` amount, ``khaam`` message, ``surt`` photo,
``lekhar`` search, ``metta`` place, ``khan`` time, ``tezet`` mourning gathering, ``dosh`` word,
``khyasha`` guest): registration in the roll, a log-in, ``/so`` ("me"), the household entry
by number in the path, the family, the branch's tree, the ancestral village's tower page, a
gathering's check-in with her fix, a fund contribution, a tezet attended with the condolence
formula, a message to the council's secretary, an old photo, a search, the genealogy (msgpack),
a wedding invitation answered, help asked for her mother-in-law's operation, announcements by
cookie, a preferences cookie (base64 JSON), push, events and a log-out."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families238_kit import (
    BRANCH,
    COUSIN,
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    TEIP,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families238_sdk import cm_crash, cm_crumb, mg_batch, mg_identify, tv_event, tv_launch
from eval_families238_svc import ca_card, ca_confirm, cb_save, hg_message, mt_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tukhum", "Tukhum", "com.example.tukhum", "2.4.1", "https://api.tukhum.example.org")
IID = "X-Tukhum-Device"
PW = "Targim!Vov1991"
DOB_INH = "17.05.1991"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ru=True, **kw)


def tukhum() -> list[Case]:
    rng = random.Random(23811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), chlen=L(MEMBER, UID),
                                    taip=L(TEIP, SENS)))}
    hla, hlo = fix(HALL_FIX, 5)
    entry = at_path(case(f, f"{a}/api/v1/chlen/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    tower = at_path(case(f, f"{a}/api/v1/yurt/{VILLAGE.lower()}/vov", headers=_h(rng, **b),
                         query={"mott": "en"}), VILLAGE.lower(), SENS)
    return [
        case(f, f"{a}/api/v1/registratsi", headers=_h(rng), body={
            "tsi": L(FIRST, NAMEC), "familie": L(LAST, NAMEC), "el_pochta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kayla_dosh": L(PW, CRED), "vaennai_di": L(DOB_INH, BIRTH),
            "pol": L("sesag", GENDER), "taip": L(TEIP, SENS), "gar": L(BRANCH, SENS),
            "mar": {"tsi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "chlen": L(MEMBER, UID), "bart": True}),
        case(f, f"{a}/api/v1/chuvalar", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_UPPER, MAIL), "kayla_dosh": L(PW, CRED), "dagalatsa": "1"}),
        case(f, f"{a}/api/v1/so", headers=_h(rng, extra=jw)),
        entry,
        case(f, f"{a}/api/v1/dezal", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID),
            "mar": {"tsi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "ber": [{"tsi": L(DAUGHTER["first"], NAMEC), "familie": L(DAUGHTER["last"], NAMEC),
                     "vaennai_di": L(DAUGHTER["dob"], BIRTH), "pol": L(DAUGHTER["sex"], GENDER),
                     "qam": L("ghalghai", SENS)}],
            "mar_nana": {"tsi": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/api/v1/gar/tree", headers=_h(rng, **b), query={
            "taip": L(TEIP, SENS), "gar": L(BRANCH, SENS), "chlen": L(MEMBER, UID),
            "depth": "4"}),
        tower,
        case(f, f"{a}/api/v1/gulam/checkin", headers=_h(rng, **b), body={
            "gulam": obj(rng, "gl"), "metta": {"lat": hla, "lon": hlo, "acc": 9},
            "tsa": {"id": HALL["id"], "lat": HALL["lat"], "lon": HALL["lon"]},
            "chlen": L(MEMBER, UID), "khyasha": 2}),
        case(f, f"{a}/api/v1/fond/dalar", fmt="form", headers=_h(rng, **b), body={
            "fond": L("vargoy-taipa-fond", SENS), "dukhal": L("3000", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "bolo4": L("4444", PAY),
            "chlen": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/tezet", headers=_h(rng, **b), body={
            "tezet": obj(rng, "tz"), "khan": "2026-01-15T14:00", "sag": 3,
            "dosh": L("Dela geshta dolda tsunna", f"{TEXT}|{SENS}"),
            "chlen": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/khaam", headers=_h(rng, **b), body={
            "to": "secretary",
            "khaam": L(f"Isa Vargoyev ({COUSIN[1]}) will bring the chairs for Friday's gulam",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        multipart(f, f"{a}/api/v1/surt", [
            ("surt", "vov_1978.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
            ("meta", None, "application/json", {
                "albom": "archive",
                "dosh": L("Bekhan's grandfather at the Vargoy tower in Targim, 1978",
                          f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/lekhar", headers=_h(rng, **b), query={
            "lekhar": L("Targim vov Vargoy Khasbulat", f"{SEARCH}|{SENS}"), "agho": "1"}),
        case(f, f"{a}/api/v1/shezhere", fmt="msgpack", headers=_h(rng, **b), body={
            "gar": L(BRANCH, SENS), "chlen": L(MEMBER, UID),
            "dai_nakh": [{"tsi": L("Khasbulat Vargoyev", NAMEC), "shu": 1871},
                        {"tsi": L("Akhmed Vargoyev", NAMEC), "shu": 1903},
                        {"tsi": L("Magomed Vargoyev", NAMEC), "shu": 1936}],
            "yurt": L(VILLAGE, SENS)}),
        case(f, f"{a}/api/v1/lovzar/otvet", fmt="form", headers=_h(rng, **b), body={
            "lovzar": "lz_2026_02_07", "otvet": "ha", "khyasha": "3",
            "telefon": L(E164, TEL), "chlen": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/gho", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "dukhal": L(60000, BUY),
            "dosh": L("Fatima Vargoyeva needs a knee replacement at the Nazran hospital in March",
                      f"{TEXT}|{MED}|{NAMEC}"),
            "telefon": L(MOTHER_IL[1], TEL)}),
        case(f, f"{a}/api/v1/objavleniya", headers=_h(rng, how="none"), cookies={
            "tk_sess": L(opaque(rng, "", 40), CRED), "tk_dev": L(INSTALL_ID, DID),
            "tk_req": rid(rng)}),
        case(f, f"{a}/api/v1/nastroiki", headers=_h(rng, **b), cookies={
            "tk_prefs": W({"chlen": L(MEMBER, UID), "mott": L("en", DEV),
                           "gar": L(BRANCH, SENS)}, "b64json")}),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("tree_opened", 1, depth=4), ev("screen", 2, screen=L("Gulam", USAGE)),
                ev("fund_paid", 3, dukhal=L(3000, BUY))]}),
        case(f, f"{a}/api/v1/aravala", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def tukhum_sdks() -> list[Case]:
    rng = random.Random(23812)
    return [
        mg_batch(APP, rng, [("Tree Opened", {"depth": 4}),
                            ("Fund Paid", {"amount": L(3000, BUY)})], at=HALL_FIX, nd=2,
                 locale="ru_RU"),
        mg_identify(APP, rng, {"gala": L("Magas", COARSE), "taip": L(TEIP, SENS),
                               "chlen": L(MEMBER, UID), "households": 1}),
        tv_launch(APP, rng, first=True),
        tv_event(APP, rng, "contribution", {"fond": L("vargoy-taipa-fond", SENS)},
                 revenue=3000.0),
        cm_crash(APP, rng, ("java.lang.OutOfMemoryError", "tree render"),
                 [cm_crumb("nav", "So -> Gar"), cm_crumb("tap", "expand_all")],
                 screen="TreeActivity"),
        pk_register(APP, rng, lang="ru", at=HOME_AT, nd=2,
                    tags={"taip": L(TEIP, SENS), "gala": L("Magas", COARSE)}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        ca_card(APP, rng, email=True),
        ca_confirm(APP, rng, "3000.00"),
        mt_route(APP, rng, [(HOME_AT, "location.precise"), ((HALL["lat"], HALL["lon"]), None)]),
        hg_message(APP, rng, L(f"The tree shows {KID} twice under our household",
                               f"{TEXT}|{NAMEC}"), {"chlen": L(MEMBER, UID)}),
    ]
