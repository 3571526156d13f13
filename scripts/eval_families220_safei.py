"""The state health department's lymphatic-filariasis mass drug administration (MDA) register
"Safei Fonu" (``safei`` medicine, ``fonu`` island): each household registers, the members are
weighed and measured for their doses at a distribution post, the doses taken are recorded and side
effects reported. Its API's keys are Chuukese as a local developer writes them (ASCII, no
accents, mixed with the English ``email``, ``token``, ``id``, ``lat``/``lon``): ``it`` first
name, ``iten_famili`` surname (``famili`` a loan), ``nampaan_fon`` phone number, ``kapas_monomon``
password (lit. "hidden word", a coinage), ``ranin_upwutiw`` birth date (day of being born),
``mwaan_fefin`` sex (``fefin`` woman), ``leenien_nonnom`` residence, ``fonu`` island, ``sopw``
village, ``imw`` household, ``nampaan_imw`` household number, ``pwuluwa`` spouse, ``nau`` child,
``ierin`` age, ``choun`` weight, ``tekiyan`` height, ``pwopwo`` pregnant, ``safei`` medicine,
``semmwen`` illness, ``metek`` pain, ``kapas`` message, ``kuta`` search, ``leeni`` place,
``ran`` day, ``fansoun`` time, ``foto`` photo, ``ewer``/``aapw`` yes/no: sign-up, log-in,
``/ngang``, the household register, each dose at the post with her fix, a protobuf beat, an
offline queue of the household's doses (msgpack), side effects, the aunt's refusal, the daughter's
dose, a photo of the dose card, a message to the nurse, a search, the register by household number
in the path, a certificate by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    CARRIER,
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families220_kit import (
    AUNT,
    DAUGHTER,
    FM_NET,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    POST,
    POST_FIX,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families220_sdk import (
    bf_bid,
    bf_notice,
    cm_crash,
    cm_crumb,
    cm_session,
    mn_batch,
    mn_identify,
    mn_queue,
    tw_launch,
)
from eval_families220_svc import fp_eval, ha_message, ms_route, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("safeifonu", "Safei Fonu", "com.example.safeifonu", "1.8.2",
          "https://api.safeifonu.example.org")
IID = "X-Safei-Device"
PW = "Nechap!Safei26"
DOB_FM = "05/17/1991"
PREG = f"{MED}|{SENS}"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, chk=True, **kw)


def safeifonu() -> list[Case]:
    rng = random.Random(22011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL),
                                    nampaan_imw=L(HOUSEHOLD, UID), role="head"))}
    pla, plo = fix(POST_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, POST["id"]), (3, 1772006400),
               (4, [(1, L(POST_FIX[0], PRECISE)), (2, L(POST_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    reg = at_path(case(f, f"{a}/api/imw/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/kamwo", headers=_h(rng), body={
            "it": L(FIRST, NAMEC), "iten_famili": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "nampaan_fon": L(E164, TEL), "kapas_monomon": L(PW, CRED),
            "ranin_upwutiw": L(DOB_FM, BIRTH), "mwaan_fefin": L("fefin", GENDER),
            "leenien_nonnom": L(HOME["line"], ADDR), "sopw": L(HOME["village"], COARSE),
            "fonu": L(HOME["island"], COARSE), "network": L(FM_NET, CARRIER)}),
        case(f, f"{a}/api/tolong", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kapas_monomon": L(PW, CRED), "chechchemeni": "1"}),
        case(f, f"{a}/api/ngang", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/imw", headers=_h(rng, **b), body={
            "nampaan_imw": L(HOUSEHOLD, UID), "sopw": L(HOME["village"], COARSE),
            "fonu": L(HOME["island"], COARSE),
            "aramas": [
                {"it": L(f"{FIRST} {LAST}", NAMEC), "ierin": L(34, BIRTH), "mwaan_fefin":
                 L("fefin", GENDER)},
                {"it": L(HUSBAND[0], NAMEC), "pwuluwa": True,
                 "nampaan_fon": L(HUSBAND[1], TEL)},
                {"it": L(KID, NAMEC), "nau": True, "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH),
                 "mwaan_fefin": L("fefin", GENDER)},
                {"it": L(AUNT[0], NAMEC), "ierin": L(AUNT[2], BIRTH)}]}),
        case(f, f"{a}/api/leeni/akkaan", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "fonu": L("Tonoas", COARSE)}),
        case(f, f"{a}/api/leeni/{POST['id']}/fansoun", headers=_h(rng, **b),
             query={"ran": "2026-02-26"}),
        case(f, f"{a}/api/tori", headers=_h(rng, **b), body={
            "post": POST["id"], "leeni": {"lat": pla, "lon": plo, "acc": 9},
            "post_leeni": {"lat": POST["lat"], "lon": POST["lon"]},
            "nampaan_imw": L(HOUSEHOLD, UID), "tori_id": obj(rng, "tr")}),
        case(f, f"{a}/api/safei/ngang", headers=_h(rng, **b), body={
            "nampaan_imw": L(HOUSEHOLD, UID), "choun": L(61.5, FIT), "tekiyan": L(165, FIT),
            "pwopwo": L("aapw", PREG), "semmwen": L("hypothyroid, levothyroxine", MED),
            "safei": [L("DEC 300 mg", MED), L("albendazole 400 mg", MED),
                      L("ivermectin 9 mg", MED)],
            "unumi": L("ewer", MED), "dose_line": obj(rng, "dl")}),
        raw(f, f"{a}/api/tori/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/safei/nau", headers=_h(rng, **b), body={
            "it": L(KID, NAMEC), "ranin_upwutiw": L(DAUGHTER["dob"], BIRTH),
            "choun": L(41, FIT), "tekiyan": L(152, FIT),
            "safei": [L("DEC 150 mg", MED), L("albendazole 400 mg", MED)],
            "unumi": L("ewer", MED), "kapas": L("Marisa a fen mwenge me mwen", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/safei/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "nampaan_imw": L(HOUSEHOLD, UID), "records": [
                {"it": L(HUSBAND[0], NAMEC), "choun": L(78, FIT),
                 "safei": L("DEC 300 mg; albendazole 400 mg; ivermectin 12 mg", MED),
                 "fansoun": 1772010000},
                {"it": L(AUNT[0], NAMEC), "unumi": L("aapw", MED), "fansoun": 1772010300}]}),
        case(f, f"{a}/api/pwaapwa_ngaw", headers=_h(rng, **b), body={
            "nampaan_imw": L(HOUSEHOLD, UID), "ran": "2026-02-27",
            "metek": [L("meteken mokur", MED), L("pwichikkar inis", MED)],
            "kapas": L("Ua meteken mokur me pwichikkar ikenai, nausea mwirin safei",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/oput", headers=_h(rng, **b), body={
            "it": L(AUNT[0], NAMEC), "ierin": L(AUNT[2], BIRTH),
            "popun": L("She has diabetes and a foot wound, the doctor said wait", f"{TEXT}|{MED}"),
            "nampaan_imw": L(HOUSEHOLD, UID)}),
        multipart(f, f"{a}/api/kaat/foto", [
            ("foto", "dose_card.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nampaan_imw": L(HOUSEHOLD, UID),
                                                "ier": "2026"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/kapas", headers=_h(rng, **b), body={
            "ngeni": "nurse_ton03",
            "kapas": L("Nurse, my aunt Serina Nukuto is diabetic, can she take the pills next "
                       "month?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/kuta", headers=_h(rng, **b), query={
            "kuta": L("safei ren semiriit ierin 13", SEARCH), "page": "1"}),
        reg,
        case(f, f"{a}/api/taropwe/latest", headers=_h(rng, how="none"), cookies={
            "sf_sesen": L(opaque(rng, "", 40), CRED), "sf_device": L(INSTALL_ID, DID),
            "sf_req": rid(rng)}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "kapasen_fonu": L("chk", DEV), "fansoun_leeni": L(TZ, DEV),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("dose_recorded", 1, post=POST["id"]),
                ev("screen", 2, screen=L("ImwRegister", USAGE)),
                ev("side_effect", 3)]}),
        case(f, f"{a}/api/towu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def safeifonu_sdks() -> list[Case]:
    rng = random.Random(22012)
    return [
        mn_batch(APP, rng, [("Dose Recorded", {"post": POST["id"], "members": 3}),
                            ("Side Effect Reported", {"kind": L("headache", MED)})],
                 at=POST_FIX, nd=2, locale="chk_FM"),
        mn_identify(APP, rng, {"fonu": L("Tonoas", COARSE), "sopw": L("Nechap", COARSE),
                               "nampaan_imw": L(HOUSEHOLD, UID)}),
        mn_queue(APP, rng, [("Post Checked In", {}), ("Card Photo", {"bytes": 48211})]),
        tw_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="health,family,island"),
        bf_notice(APP, rng, "imp"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "scale not paired"),
                 [cm_crumb("nav", "Imw -> Safei"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/safei/ngang", "status": 201})],
                 screen="SafeiActivity"),
        cm_session(APP, rng, secs=604),
        fp_eval(APP, rng, {"post": POST["id"], "round": "2026"}),
        pk_register(APP, rng, lang="chk", tags={"post": POST["id"],
                                                "sopw": L("Nechap", COARSE)}),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((POST["lat"], POST["lon"]), None)],
                 mode="walking"),
        ha_message(APP, rng, L("The app lost my husband's dose record", TEXT),
                   {"nampaan_imw": L(HOUSEHOLD, UID)}),
    ]
