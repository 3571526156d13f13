"""CPS-covered patient transport and escort app "Tauturu Mai" (she escorts her mother-in-law Rosina
from Moorea to the Taaone hospital: the ferry, the sanitary taxi, the patients' lodging; keys in
reo Tahiti with some French: ``ioa`` / ``ioa_utuafare`` names, ``rata_uira`` e-mail,
``niuniu`` phone, ``parau_huna`` password, ``mahana_fanauraa`` birth date, ``numera_cps`` CPS
number, ``taata_mai`` patient, ``taata_apee`` escort, ``nohoraa`` street line, ``oire`` town,
``fenua`` island, ``mai`` illness, ``faatiaraa`` prior agreement, ``tere`` trip, ``pahi``
ferry, ``parahiraa`` seat, ``parahiraa_huira`` wheelchair, ``fare_mai`` hospital,
``faaearaa`` lodging, ``po`` nights, ``taote`` doctor, ``raau`` medicines, ``tihota_toto``
blood sugar, ``toto_teitei`` blood pressure, ``teiaha`` weight, ``hoo`` price, ``moni``
amount, ``poroi`` message, ``manao`` opinion, ``vahi`` place, ``matini`` device): sign-up, an
SMS code, ``/ou``, the patient added (Rosina's CPS number, address, illnesses), the prior
agreement (PDF), its status by number in the path, the trip booked (her passport for the ferry's
manifest), the quay check-in with her fix, the taxi, the lodging, the cardiology appointment,
Rosina's readings (msgpack), her medicines, a message to the coordinator, the escort's costs
claim (the family's IBAN), the receipt by trip number in the path, the boarding pass, the
schedule by cookie, a review, a protobuf transit beat, push, events (gzip), log-out."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
    AGREEMENT,
    FERRY_FIX,
    HOME_AT,
    HOSPITAL,
    IBAN,
    MOTHER_IL,
    MY_DN,
    PASSPORT,
    TRIP,
    fix,
    hd,
    matini,
    obj,
)
from eval_families159_sdk import cm_session, mt_batch, mt_queue, tv_event, tv_launch
from eval_families159_svc import cn_check, cp_wallet, ft_eval, hu_attach, mo_route, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tauturumai", "Tauturu Mai", "com.example.tauturumai", "1.0.9",
          "https://api.tauturumai.example.com")
IID = "X-Tauturu-Device"
PW = "Apee!Taaone2025"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
ROSINA_HOME = "PK 24,5 cote mer, Haapiti"  # her mother-in-law's house (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def tauturu() -> list[Case]:
    rng = random.Random(15961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, niuniu=L(E164, TEL), cps=L(MY_DN, NID),
                                    taata_mai=[L(MOTHER_IL[2], NID)]))}
    fla, flo = fix(FERRY_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(TRIP, BUY)), (2, 1766044800),
               (3, [(1, L(FERRY_FIX[0], PRECISE)), (2, L(FERRY_FIX[1], PRECISE)), (3, 15.0)]),
               (4, L(58, DEV))], "", lab)
    ag = at_path(case(f, f"{a}/v1/faatiaraa/{AGREEMENT}", headers=_h(rng, **b)), AGREEMENT, MED)
    rec = at_path(case(f, f"{a}/v1/tere/{TRIP}/rite", headers=_h(rng, **b)), TRIP, BUY)
    return [
        case(f, f"{a}/v1/tapaoraa", headers=_h(rng), body={
            "ioa": L(FIRST, NAMEC), "ioa_utuafare": L(LAST, NAMEC), "rata_uira": L(EMAIL, MAIL),
            "niuniu": L(E164, TEL), "parau_huna": L(PW, CRED), "mahana_fanauraa": L(DOB, BIRTH),
            "numera_cps": L(MY_DN, NID), "tiaraa": "taata_apee"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "niuniu": L(E164, TEL), "code": L("551903", CRED)}),
        case(f, f"{a}/v1/ou", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/taata_mai", headers=_h(rng, **b), body={
            "ioa": L(MOTHER_IL[0], NAMEC), "mahana_fanauraa": L("1952-02-03", BIRTH),
            "numera_cps": L(MOTHER_IL[2], NID), "niuniu": L(MOTHER_IL[1], TEL),
            "nohoraa": L(ROSINA_HOME, ADDR), "oire": L("Haapiti", COARSE),
            "fenua": L("Moorea", COARSE),
            "mai": [L("mai tihota", MED), L("mafatu paruparu", MED), L("dialyse", MED)],
            "tiaraa": "metua_hoovai"}),
        multipart(f, f"{a}/v1/faatiaraa", [
            ("parau", "entente_prealable.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"faatiaraa": L(AGREEMENT, MED),
                                                "taata_mai": L(MOTHER_IL[2], NID),
                                                "taote": "dr_cardio_taaone"})],
            headers=_h(rng, **b)),
        ag,
        case(f, f"{a}/v1/tere", headers=_h(rng, **b), body={
            "tere": L(TRIP, BUY), "pahi": "Vaiare 6:00 - Papeete",
            "taata_mai": {"numera_cps": L(MOTHER_IL[2], NID),
                          "parahiraa_huira": L(True, f"{SENS}|{MED}")},
            "taata_apee": {"ioa": L(f"{FIRST} {LAST}", NAMEC), "passeport": L(PASSPORT, NID)},
            "faatiaraa": L(AGREEMENT, MED), "hoo": L(4600, BUY), "tuhaa_cps": "100%"}),
        case(f, f"{a}/v1/tere/tomo", headers=_h(rng, **b), body={
            "tere": L(TRIP, BUY), "vahi": {"lat": fla, "lng": flo, "acc": 7},
            "uahu": "quai_ferry_ppt", "tomo_id": obj(rng, "tm")}),
        case(f, f"{a}/v1/taxi", fmt="form", headers=_h(rng, **b), body={
            "tere": L(TRIP, BUY), "mai": "quai_ferry_ppt", "i": HOSPITAL["id"],
            "hora": "07:15", "niuniu": L(E164, TEL), "huira": "1"}),
        case(f, f"{a}/v1/faaearaa", headers=_h(rng, **b), body={
            "fare": "fare_taote_pirae", "po": 3,
            "taata": [L(MOTHER_IL[0], NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
            "moni": L(7500, BUY), "tere": L(TRIP, BUY)}),
        case(f, f"{a}/v1/farereiraa", headers=_h(rng, **b), body={
            "fare_mai": HOSPITAL["id"], "vahi": {"lat": HOSPITAL["lat"], "lng": HOSPITAL["lon"]},
            "taote": L("cardiologie", MED), "mahana": "2025-12-18T09:30",
            "taata_mai": L(MOTHER_IL[2], NID)}),
        case(f, f"{a}/v1/taata_mai/tapao", fmt="msgpack", headers=_h(rng, **b), body={
            "taata_mai": L(MOTHER_IL[2], NID), "tapao": [
                {"t": 1765958400, "tihota_toto": L(1.84, MED), "toto_teitei": L("15/9", MED)},
                {"t": 1766044800, "tihota_toto": L(1.52, MED), "teiaha": L(82.5, FIT)}]}),
        case(f, f"{a}/v1/taata_mai/raau", headers=_h(rng, **b), body={
            "taata_mai": L(MOTHER_IL[2], NID),
            "raau": [L("metformin 850 mg", MED), L("insulin glargine 20 UI", MED),
                     L("furosemide 40 mg", MED)]}),
        case(f, f"{a}/v1/poroi", headers=_h(rng, **b), body={
            "ia_tae": "coord_moorea",
            "poroi": L(f"E titau {MOTHER_IL[0]} i te parahiraa huira i Vaiare, ua paruparu "
                       "oia i teie poipoi.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/faahoi", headers=_h(rng, **b), body={
            "numera_cps": L(MY_DN, NID), "tere": L(TRIP, BUY), "moni": L(3200, BUY),
            "iban": L(IBAN, PAY), "tumu": "taata_apee"}),
        rec,
        case(f, f"{a}/v1/tere/tiketi", headers=_h(rng, **b), query={
            "tere": L(TRIP, BUY), "numera_cps": L(MY_DN, NID), "qr": "1"}),
        case(f, f"{a}/v1/tabula", headers=_h(rng, how="none"), cookies={
            "tm_sesi": L(opaque(rng, "", 40), CRED), "tm_device": L(INSTALL_ID, DID),
            "tm_req": rid(rng)}),
        case(f, f"{a}/v1/manao", fmt="form", headers=_h(rng, **b), body={
            "tere": "taxi", "faito": "4",
            "manao": L("Ua tae maitai matou, mea maitai te taata faahoro", TEXT)}),
        raw(f, f"{a}/v1/tere/ea", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/matini", headers=_h(rng, **b), body=matini(push_token(rng))),
        case(f, f"{a}/v1/tupuraa", gz=True, headers=_h(rng, **b), body={
            "taata": L(USER_ID, UID), "tupuraa": [
                ev("tere_tapea", 1), ev("hiti", 2, hiti=L("Faatiaraa", USAGE)),
                ev("faahoi", 3, moni=L(3200, BUY))]}),
        case(f, f"{a}/v1/haere", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "matini": L(INSTALL_ID, DID)}),
    ]


def tauturu_sdks() -> list[Case]:
    rng = random.Random(15962)
    return [
        mt_batch(APP, rng, [("Trip Booked", {"total": L(4600, BUY)}),
                            ("Checked In", {"quay": "ppt"})], at=FERRY_FIX, nd=3),
        mt_queue(APP, rng, [("Reading Saved", {"kind": "glucose"}), ("Pass Opened", {})]),
        tv_launch(APP, rng, user=True),
        tv_event(APP, rng, "trip", {"tere": L(TRIP, BUY)}, revenue=4600.0, currency="XPF"),
        cm_session(APP, rng, secs=640),
        ft_eval(APP, rng, {"program": L("cardiology", MED), "island": L("Moorea", COARSE)}),
        pp_register(APP, rng, at=HOME_AT, nd=2, tags={"role": "escort"}),
        cn_check(APP, rng, {"analytics": True, "research": False}),
        cp_wallet(APP, rng, "3200", L(E164, TEL)),
        mo_route(APP, rng, [(FERRY_FIX, PRECISE), ((HOSPITAL["lat"], HOSPITAL["lon"]), None)]),
        hu_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance.pdf", "application/pdf"),
    ]
