"""A city polyclinic's smoking-cessation programme app "Apsyra" (apsyra: breathing; Sukhum City
Polyclinic No. 2; she smoked for sixteen years and joined in January). Its API's keys are Abkhaz in
Latin letters (``akhdz`` name, ``azhwla`` surname, ``atel`` phone, ``azhwamadza`` password,
``aiira_arytskhw`` birth date, ``pol`` sex (a Russian loan; ``aphwys`` woman), ``aadres`` address,
``aqalaq`` city, ``vnzh`` residence permit, ``karta`` programme card, ``atatyn`` tobacco,
``asigaret`` cigarettes, ``ashyqwsqwa`` years, ``achymazarakwa`` illnesses, ``akhwshw`` medicine,
``ahaqim`` doctor, ``atakhra`` craving (lit. wanting), ``atswa`` sleep, ``akhjantara`` weight,
``amsh`` day, ``aamta`` time, ``atyp`` place, ``atshamta`` message, ``apshaara`` search, ``ashwara``
payment, ``ahw`` price, ``akhatsa`` husband, ``aankylara`` stopping): sign-up, log-in (form),
``/sara`` (me) with a JWT, the intake questionnaire (gzip), the quit plan, prescriptions, a cytisine
course paid, the CO monitor paired, a protobuf CO reading, a msgpack queue of cravings, a day's
check-in (sleep, weight), a counsellor slot, a check-in at the polyclinic, a message to her
counsellor, a spirometry PDF, her husband as support buddy, a slip reported, a search, the programme
card by number in the path, badges by cookie, push, events and a log-out. No earlier docstring names
a cessation programme ("smoking cessation", "quit smoking" and "vaping" occur only in a list of
words that matched nothing; smoking appears as a questionnaire item of health apps)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families278_kit import (
    COUNSELLOR,
    HOME,
    HOME_AT,
    HUSBAND,
    MONITOR,
    POLY,
    POLY_FIX,
    QUIT_CARD,
    RESIDENCE,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families278_sdk import sa_batch, sa_queue, ta_event, ta_launch
from eval_families278_svc import (
    ca_card,
    ca_confirm,
    ck_check,
    fl_eval,
    hw_message,
    md_geocode,
    pz_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("apsyra", "Apsyra", "com.example.apsyra", "1.8.2", "https://api.apsyra.example.org")
IID = "X-Apsyra-Device"
PW = "Apsny!Sinop2026"
DOB_AB = "17.05.1991"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ab=True, **kw)


def apsyra() -> list[Case]:
    rng = random.Random(27811)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), karta=L(QUIT_CARD, MED)))}
    pla, plo = fix(POLY_FIX, 5)
    lab: dict[str, str] = {}
    reading = pb([(1, L(QUIT_CARD, MED)), (2, 1768201200),
                  (3, [(1, L(7, MED)), (2, L(1.1, MED))]),
                  (4, MONITOR["serial"]), (5, 83)], "", lab)
    card = at_path(case(f, f"{a}/v1/karta/{QUIT_CARD}/tsikl", headers=_h(rng, **b)),
                   QUIT_CARD, MED)
    return [
        case(f, f"{a}/v1/registratsia", headers=_h(rng), body={
            "akhdz": L(FIRST, NAMEC), "azhwla": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "atel": L(E164, TEL), "azhwamadza": L(PW, CRED),
            "aiira_arytskhw": L(DOB_AB, BIRTH), "pol": L("aphwys", GENDER),
            "aadres": L(HOME["line"], ADDR), "aqalaq": L(HOME["town"], COARSE),
            "vnzh": L(RESIDENCE, NID), "poliklinika": POLY["id"], "soglasie": True}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "atel": L(E164, TEL), "azhwamadza": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/anketa", gz=True, headers=_h(rng, **b), body={
            "karta": L(QUIT_CARD, MED), "asigaret_amsh": L(18, MED),
            "ashyqwsqwa": L(16, MED), "aktwi_asigaret": L("5 minut", MED),
            "achymazarakwa": [L("khronicheskii bronkhit", MED), L("gastrit", MED)],
            "akhwshw": [L("omeprazol 20 mg", MED)], "beremennost": L(False, MED),
            "popytka_brosit": L("aai, 2019, 3 mza", MED)}),
        case(f, f"{a}/v1/plan", headers=_h(rng, **b), body={
            "karta": L(QUIT_CARD, MED), "aankylara_arytskhw": L("2026-01-19", MED),
            "metod": L("tsitizin + konsultatsia", MED), "amza": 3}),
        case(f, f"{a}/v1/akhwshw", headers=_h(rng, **b), query={
            "karta": L(QUIT_CARD, MED), "aktivnye": "1"}),
        case(f, f"{a}/v1/ashwara", fmt="form", headers=_h(rng, **b), body={
            "akhwshw": L("tsitizin 1.5 mg, 100 tab", MED), "ahw": L("1450.00", BUY),
            "valiuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY),
            "bolo_4": L("4444", PAY), "apteka": "apt_0114"}),
        case(f, f"{a}/v1/monitor/pair", headers=_h(rng, **b), body={
            "serial": MONITOR["serial"], "ble": MONITOR["ble"], "karta": L(QUIT_CARD, MED),
            "firmware": "2.0.7"}),
        raw(f, f"{a}/v1/monitor/ppm", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/atakhra/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "akharkhwaw": L(USER_ID, UID), "records": [
                {"aamta": 1768226400, "atakhra": L(8, MED), "atyp": "ausurta",
                 "atekst": L("After coffee at work, chewed gum", f"{TEXT}|{MED}")},
                {"aamta": 1768240800, "atakhra": L(5, MED), "atyp": "awny",
                 "atekst": L("Evening, walked by the sea instead", f"{TEXT}|{MED}")}]}),
        case(f, f"{a}/v1/amsh", headers=_h(rng, **b), body={
            "amsh": L(12, MED), "atswa": L(6.5, FIT), "akhjantara": L(61.4, FIT),
            "akhwshw_ifaz": L(True, MED), "agwy": "ibziaup"}),
        case(f, f"{a}/v1/konsultatsia", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "ahaqim": "dr_avidzba", "atip": L("individualnaia", MED),
            "karta": L(QUIT_CARD, MED)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "atyp": {"lat": pla, "lon": plo, "acc": 9},
            "poliklinika": {"id": POLY["id"], "lat": POLY["lat"], "lon": POLY["lon"]},
            "zapis": obj(rng, "ap")}),
        case(f, f"{a}/v1/atshamta", headers=_h(rng, **b), body={
            "ahaqim": {"akhdz": L(COUNSELLOR[0], NAMEC), "email": L(COUNSELLOR[1], MAIL)},
            "atekst": L("Day 12: I wake up at 4 and my hands shake, is the cytisine dose right?",
                        f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/spirometria", [
            ("file", "spirometry_jan.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"karta": L(QUIT_CARD, MED),
                                                "FEV1": L("78%", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/buddy", headers=_h(rng, **b), body={
            "akhatsa": {"akhdz": L(HUSBAND[0], NAMEC), "atel": L(HUSBAND[1], TEL)},
            "atshamta": L("Inal, I quit on Monday, please do not smoke on the balcony",
                          f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/aitakhwra", headers=_h(rng, **b), body={
            "amsh": "2026-01-25", "asigaret": L(3, MED),
            "atekst": L("Smoked three at my mother-in-law's birthday in Gudauta",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/apshaara", headers=_h(rng, **b), query={
            "apshaara": L("insomnia nicotine withdrawal", f"{SEARCH}|{MED}"), "page": "1"}),
        card,
        case(f, f"{a}/v1/badges", headers=_h(rng, how="none"), cookies={
            "ap_sess": L(opaque(rng, "", 40), CRED), "ap_dev": L(INSTALL_ID, DID),
            "ap_req": rid(rng)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "abyzshwa": L("ab", DEV), "tz": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "akharkhwaw": L(USER_ID, UID), "events": [
                ev("ppm_logged", 1, ppm=L(7, MED)),
                ev("screen", 2, screen=L("CravingDiary", USAGE))]}),
        case(f, f"{a}/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def apsyra_sdks() -> list[Case]:
    rng = random.Random(27812)
    return [
        sa_batch(APP, rng, [("Quit Day Logged", {"day": L(12, MED)}),
                            ("CO Reading", {"ppm": L(7, MED)})], at=HOME_AT, nd=2),
        sa_queue(APP, rng, [("Craving Logged", {"level": L(8, MED)}),
                            ("Craving Passed", {"minutes": 6})]),
        ta_launch(APP, rng, first=True),
        ta_event(APP, rng, "purchase", {"item": L("cytisine course", MED)}, revenue=1450.0),
        fl_eval(APP, rng, {"programme": L("smoking-cessation", MED), "clinic": POLY["id"]},
                hdr=True),
        pz_register(APP, rng, lang="ab", tags={"quit_day": L(12, MED), "group": "gr_thu_18"}),
        ck_check(APP, rng, {"analytics": True, "research": True}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "1450.00"),
        md_geocode(APP, rng, "apteka Sinop", SEARCH, near=HOME_AT, nd=3),
        hw_message(APP, rng, L("The patch voucher code does not work at the pharmacy",
                               f"{TEXT}|{MED}"), {"karta": L(QUIT_CARD, MED)}),
    ]
