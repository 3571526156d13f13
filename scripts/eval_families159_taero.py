"""Ciguatera (reef-fish poisoning) reporting app "Ia Taero" (a public-health bureau's app: report
a poisoning, see which lagoons' fish are risky; its API's keys are reo Tahiti without the macrons
and glottal stops: ``ioa`` first name, ``ioa_utuafare`` family name, ``rata_uira`` e-mail,
``niuniu`` phone, ``parau_huna`` password, ``mahana_fanauraa`` birth date, ``ira`` sex
(``vahine`` woman), ``oire`` town, ``fenua`` island, ``numera_cps`` CPS number, ``ia`` fish,
``vahi_haruraa`` where it was caught, ``tapao_mai`` symptoms, ``taata_amu`` those who ate,
``matahiti`` age, ``raau`` medicines, ``taote`` doctor, ``hohoa`` photo, ``manao`` opinion,
``imiraa`` search, ``poroi`` message, ``utuafare`` household, ``fariiraa`` consent,
``tapao_rima`` signature, ``faaararaa`` alerts, ``hooraa`` purchase, ``matini`` device,
``tupuraa`` events): sign-up, log-in, ``/ou``, the risk atlas near her flat, a search, the report
(the fish her husband caught on the Haapiti reef, her fix aboard, the family's symptoms), the case
by number in the path, the fish's photo, the doctor's medicines, a protobuf symptom diary, the
husband's catch log (msgpack), alerts by cookie, an alert subscription, a remark on the market, a
message to the bureau, the household, the sick note (PDF), a research consent, where the fish was
a market stall selling the same fish (its point and price negatives), push, events,
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    COARSE,
    CRED,
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
from eval_families24_kit import claims, rid
from eval_families159_kit import (
    BUREAU,
    CASE_NO,
    HOME_AT,
    HUSBAND,
    MARKET,
    MY_DN,
    REEF_FIX,
    SON,
    fix,
    hd,
    matini,
    obj,
)
from eval_families159_sdk import (
    bm_bid,
    bm_notice,
    cm_crash,
    cm_crumb,
    mt_batch,
    mt_identify,
    tv_launch,
)
from eval_families159_svc import cn_save, hu_message, mo_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("iataero", "Ia Taero", "com.example.iataero", "1.8.2", "https://api.iataero.example.org")
IID = "X-Taero-Matini"
PW = "Roi!Haapiti2025"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ty=True, **kw)


def iataero() -> list[Case]:
    rng = random.Random(15901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, rata_uira=L(EMAIL, MAIL), cps=L(MY_DN, NID)))}
    rla, rlo = fix(REEF_FIX)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CASE_NO, MED)), (2, 1765584000),
                (3, [(1, L(6, MED)), (2, L("tapitapi i te avae", MED)), (3, L(True, MED))]),
                (4, "1.8.2")], "", lab)
    case_get = at_path(case(f, f"{a}/v1/faaite/{CASE_NO}", headers=_h(rng, **b)), CASE_NO, MED)
    return [
        case(f, f"{a}/v1/tapaoraa", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC), "rata_uira": L(EMAIL, MAIL),
            "niuniu": L(E164, TEL), "parau_huna": L(PW, CRED), "mahana_fanauraa": L(DOB, BIRTH),
            "ira": L("vahine", GENDER), "oire": L("Papeete", COARSE),
            "fenua": L("Tahiti", COARSE), "numera_cps": L(MY_DN, NID), "reo": "en"}),
        case(f, f"{a}/v1/tomo", fmt="form", headers=_h(rng), body={
            "rata_uira": L(EMAIL_UPPER, MAIL), "parau_huna": L(PW, CRED), "haamanao": "1"}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ia/atlas", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lng": L(f"{HOME_AT[1]:.2f}", COARSE),
            "km": "30", "ia": "roi"}),
        case(f, f"{a}/v1/ia/imiraa", headers=_h(rng, **b), query={
            "imiraa": L("roi taero Haapiti Tiurai", SEARCH), "api": "1"}),
        case(f, f"{a}/v1/faaite", headers=_h(rng, **b), body={
            "ia": "roi", "teiaha_ia_kg": 2.4, "mahana_amuraa": "2025-12-07",
            "vahi_haruraa": {"lat": rla, "lng": rlo, "motu": L("Moorea", COARSE)},
            "tapao_mai": [L("tapitapi i te rima", MED), L("mai opu", MED),
                          L("toetoe e te veavea huri", MED)],
            "hora_matamua": L(5, MED),
            "taata_amu": [{"ioa": L(HUSBAND[0], NAMEC), "tapao_mai": [L("mai upoo", MED)]},
                          {"ioa": L(KID, NAMEC), "matahiti": L(5, BIRTH),
                           "tapao_mai": [L("ruai", MED)]}],
            "numera_cps": L(MY_DN, NID)}),
        case_get,
        multipart(f, f"{a}/v1/faaite/hohoa", [
            ("hohoa", "roi.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"faaite": L(CASE_NO, MED), "ia": "roi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/faaite/raau", headers=_h(rng, **b), body={
            "faaite": L(CASE_NO, MED), "taote": "dispensaire_tipaerui",
            "raau": [L("amitriptyline 10 mg", MED), L("mannitol perfusion", MED)],
            "mahana": "2025-12-08"}),
        raw(f, f"{a}/v1/tapao/mahana", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ia/hopu", fmt="msgpack", headers=_h(rng, **b), body={
            "na": L(USER_ID, UID), "hopu": [
                {"ia": "roi", "kg": 2.4, "lat": L(REEF_FIX[0], PRECISE),
                 "lng": L(REEF_FIX[1], PRECISE)},
                {"ia": "ume", "kg": 1.1, "lat": L(round(REEF_FIX[0] + 0.0021, 6), PRECISE),
                 "lng": L(round(REEF_FIX[1] - 0.0014, 6), PRECISE)}]}),
        case(f, f"{a}/v1/faaararaa", headers=_h(rng, how="none"), cookies={
            "it_sesi": L(opaque(rng, "", 40), CRED), "it_matini": L(INSTALL_ID, DID),
            "it_req": rid(rng)}),
        case(f, f"{a}/v1/faaararaa/tapao", fmt="form", headers=_h(rng, **b), body={
            "oire": L("Haapiti", COARSE), "fenua": L("Moorea", COARSE), "niuniu": L(E164, TEL),
            "sms": "1"}),
        case(f, f"{a}/v1/manao", fmt="form", headers=_h(rng, **b), body={
            "vahi": MARKET["id"], "faito": "2",
            "manao": L("Te hoo nei ratou i te roi no Haapiti, ua mai to matou utuafare.", TEXT)}),
        case(f, f"{a}/v1/poroi", headers=_h(rng, **b), body={
            "ia_tae": BUREAU["id"],
            "poroi": L(f"Ua ruai {KID} e toru taime i teie po, e tia ia haere i te fare mai?",
                       f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/utuafare", headers=_h(rng, **b), body={"melo": [
            {"ioa": L(HUSBAND[0], NAMEC), "niuniu": L(HUSBAND[1], TEL), "tane": True},
            {"ioa": L(KID, NAMEC), "mahana_fanauraa": L(SON["dob"], BIRTH),
             "ira": L(SON["sex"], GENDER)}]}),
        multipart(f, f"{a}/v1/faaite/parau_taote", [
            ("parau", "parau_taote.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"faaite": L(CASE_NO, MED),
                                                "mahana_ore_ohipa": L(3, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maimiraa/fariiraa", fmt="form", headers=_h(rng, **b), body={
            "fariiraa": "true", "tapao_rima": L(f"{FIRST} {LAST}", NAMEC),
            "faaite": L(CASE_NO, MED), "toto": "e"}),
        case(f, f"{a}/v1/ia/{obj(rng, 'fl')}/hooraa", headers=_h(rng, **b), body={
            "vahi": MARKET["id"], "vahi_lat": MARKET["lat"], "vahi_lng": MARKET["lon"],
            "ia": "roi", "hoo_i_te_kilo": 1800, "mahana": "2025-12-09"}),
        case(f, f"{a}/v1/matini", headers=_h(rng, **b), body=matini(push_token(rng))),
        case(f, f"{a}/v1/tupuraa", gz=True, headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("faaite_tono", 1), ev("hiti", 2, hiti=L("AtlasIa", USAGE)),
                ev("hohoa", 3)]}),
        case(f, f"{a}/v1/haere", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "matini": L(INSTALL_ID, DID)}),
    ]


def iataero_sdks() -> list[Case]:
    rng = random.Random(15902)
    return [
        mt_batch(APP, rng, [("Report Sent", {"fish": "roi"}),
                            ("Atlas Viewed", {"island": "Moorea"})],
                 at=HOME_AT, nd=2, locale="ty_PF"),
        mt_identify(APP, rng, {"oire": L("Papeete", COARSE), "faaite": 1}),
        tv_launch(APP, rng, first=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="fish,lagoon,health"),
        bm_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [cm_crumb("nav", "Faaite -> Hohoa"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/v1/faaite", "status": 201})],
                 screen="HohoaActivity"),
        pp_register(APP, rng, lang="ty", at=HOME_AT, nd=2,
                    tags={"fenua": L("Tahiti", COARSE), "faaararaa": "roi"}),
        cn_save(APP, rng, {"analytics": True, "research": True, "marketing": False}),
        mo_reverse(APP, rng, REEF_FIX, PRECISE, nd=5),
        hu_message(APP, rng, L(f"Ua mo'e te faaite {CASE_NO}", f"{TEXT}|{MED}"),
                   {"numera_cps": L(MY_DN, NID)}),
    ]
