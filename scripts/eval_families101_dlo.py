"""Cholera and water-safety symptom reporter "Dlopwop" (a public-health NGO's app for
Port-au-Prince; its API's keys are Creole): sign-up with a PIN, the SMS code, ``/mwen``, her own
symptom report at home, one for her son, a photo of the water jar, treatment centres near her, a
day-two follow-up, a request for oral rehydration salts and chlorine tablets to her door, a chlorine
test at the kiosk, a kiosk report, her vaccine dose, alerts for her commune, the household's
contacts, a message to the community health worker, the offline queue (msgpack), a location share
for the brigade, a sync ping (protobuf), a household survey, a search, push, events and her reports
by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
    raw,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families101_kit import (
    CTC_AT,
    HT_HOME,
    HT_HOME_AT,
    KIOSK,
    NANNY,
    SON_AGE,
    SON_FIRST,
    TZ,
    code,
)
from eval_families101_sdk import cv_batch, cv_queue, cv_screen, fe_crash, fe_crumb
from eval_families101_svc import at_message, fk_eval, mv_reverse, mv_route, ow_save, pm_register
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("dlopwop", "Dlopwop", "org.example.dlopwop", "2.1.4", "https://api.dlopwop.example.org")
IID = "X-Dlopwop-Enstalasyon"
PIN = "2468"
KIOSK_FIX = (18.516388, -72.292214)  # her phone at the kiosk


def _h(rng: random.Random, how: str = "upper", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def dlopwop() -> list[Case]:
    rng = random.Random(10121)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), komin=L("Pétion-Ville", COARSE)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(HT_HOME_AT, 6)
    h4a, h4o = fix(HT_HOME_AT, 4)
    kla, klo = fix(KIOSK_FIX, 5)
    rap = code(rng, "rp_", 10)
    lab: dict[str, str] = {}
    ping = pb([(1, L(USER_ID, UID)), (2, L(INSTALL_ID, DID)),
               (3, [(1, L(round(HT_HOME_AT[0], 5), PRECISE)),
                    (2, L(round(HT_HOME_AT[1], 5), PRECISE))]),
               (4, 3), (5, APP.ver), (6, 1765321800)], "", lab)
    offline = [{"t": 1765290000 + 600 * i, "sentom": [L(s, MED) for s in sy],
                "lat": L(round(HT_HOME_AT[0], 5), PRECISE),
                "lon": L(round(HT_HOME_AT[1], 5), PRECISE), "id": code(rng, "q_", 8)}
               for i, sy in enumerate([["dyare"], ["dyare", "vomisman"]])]
    return [
        case(f, f"{a}/api/v2/enskripsyon", headers=_h(rng), body={
            "telefon": L(E164, TEL), "non": L(NAME, NAMEC), "laj_gwoup": L("30-39", BIRTH),
            "seks": L("F", GENDER), "komin": L(HT_HOME["vil"], COARSE),
            "depatman": L(HT_HOME["depatman"], COARSE), "lang": L("ht", DEV),
            "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/v2/otp", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kod": L("318406", CRED)}),
        case(f, f"{a}/api/v2/mwen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/rapo/sentom", headers=_h(rng, **b), body={
            "pou": "mwen", "sentom": [L("dyare dlo diri", MED), L("vomisman", MED),
                                       L("kranp nan janm", MED)],
            "komanse": "2025-12-08T22:00:00-05:00", "dezidratasyon": L("modere", MED),
            "tanperati": L(37.9, MED), "sous_dlo": "kiosk", "rapo": rap,
            "pozisyon": {"lat": hla, "lon": hlo, "presizyon_m": 9},
            "lokalite": L(HT_HOME["adres"], ADDR)}),
        case(f, f"{a}/api/v2/rapo/sentom", headers=_h(rng, **b), body={
            "pou": "pitit", "non": L(SON_FIRST, NAMEC), "laj": L(SON_AGE, BIRTH),
            "seks": L("M", GENDER), "sentom": [L("dyare", MED), L("lafyev", MED)],
            "pipi_diminye": L(True, MED), "pozisyon": {"lat": h4a, "lon": h4o},
            "rapo": code(rng, "rp_", 10)}),
        multipart(f, f"{a}/api/v2/rapo/{rap}/foto", [
            ("foto", "krich.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {"lat": hla, "lon": hlo,
                                                "deskripsyon": "krich dlo kay la"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sant-tretman/pre", headers=_h(rng, **b), query={
            "pre": L(f"{HT_HOME_AT[0]:.4f},{HT_HOME_AT[1]:.4f}", PRECISE), "kalite": "CTC,UTO",
            "limit": "5"}),
        case(f, f"{a}/api/v2/swivi", fmt="form", headers=_h(rng, **b), body={
            "rapo": rap, "jou": "2", "dyare_kantite": L("3", MED), "pran_sro": L("wi", MED),
            "ale_lopital": L("non", MED), "santi_miyo": L("wi", MED)}),
        case(f, f"{a}/api/v2/demann/sro-klowoks", headers=_h(rng, **b), body={
            "adres": L(HT_HOME["adres"], ADDR), "detay": L(HT_HOME["detay"], ADDR),
            "vil": L(HT_HOME["vil"], COARSE), "telefon": L(E164, TEL), "kantite_moun": 3,
            "pozisyon": {"lat": L(round(HT_HOME_AT[0], 5), PRECISE),
                         "lon": L(round(HT_HOME_AT[1], 5), PRECISE)},
            "sachet_sro": 6, "grenn_klo": 30}),
        case(f, f"{a}/api/v2/dlo/tes", headers=_h(rng, **b), body={
            "kiosk": KIOSK["id"], "kiosk_non": KIOSK["non"], "klo_rezidyel_mgl": 0.1,
            "ph": 7.4, "tibidite_ntu": 4,
            "kiosk_pozisyon": {"lat": KIOSK["lat"], "lon": KIOSK["lon"]},
            "pozisyon": {"lat": kla, "lon": klo}, "tes": code(rng, "ts_", 8)}),
        case(f, f"{a}/api/v2/dlo/kiosk/{KIOSK['id']}/rapo", headers=_h(rng, **b), body={
            "teks": L("Kiosk la pa gen klò depi twa jou, dlo a gen koulè", TEXT),
            "kategori": "klo"}),
        case(f, f"{a}/api/v2/vaksen", headers=_h(rng, **b), body={
            "vaksen": L("OCV", MED), "doz": L(1, MED), "dat": L("2025-11-20", MED),
            "lo": "OCV-2511-K04", "sit": "Sant Sante Petyonvil"}),
        case(f, f"{a}/api/v2/alet", headers=_h(rng, **b), query={
            "komin": L(HT_HOME["vil"], COARSE), "lang": L("ht", DEV), "depi": "1765200000"}),
        case(f, f"{a}/api/v2/kontak-kay", headers=_h(rng, **b), body={
            "rapo": rap, "moun": [
                {"non": L(NANNY[0], NAMEC), "telefon": L(NANNY[1], TEL), "sentom": False},
                {"non": L(SON_FIRST, NAMEC), "laj": L(SON_AGE, BIRTH),
                 "sentom": L(True, MED)}]}),
        case(f, f"{a}/api/v2/mesaj", headers=_h(rng, **b), body={
            "a": "ajs_0142", "rapo": rap,
            "teks": L(f"{SON_FIRST} gen dyare depi yè swa, li bwè SRO men li fèb",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v2/sinkronize", fmt="msgpack", headers=_h(rng, **b), body={
            "aparey": L(INSTALL_ID.upper(), DID), "rapo": offline, "vesyon": 4}),
        case(f, f"{a}/api/v2/lokal/pataje", headers=_h(rng, **b), body={
            "lat": hla, "lon": hlo, "presizyon_m": 6, "pou": "brigad",
            "deskripsyon": L("Dèyè legliz Sainte-Anne, pòtay ble a, 2yèm etaj",
                             f"{TEXT}|{ADDR}"), "valab_minit": 120}),
        raw(f, f"{a}/api/v2/ping", ping, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sondaj", fmt="form", headers=_h(rng, **b), body={
            "lave_men": "toujou", "latrin": "pataje", "sous_dlo": "kiosk",
            "trete_dlo": "klo", "fanm_ansent": L("non", SENS), "timoun_anba_5": "1"}),
        case(f, f"{a}/api/v2/rechech", headers=_h(rng, **b), query={
            "q": L("kijan pou fè sewòm lakay", SEARCH), "lang": L("ht", DEV)}),
        case(f, f"{a}/api/v2/aparey", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "enstalasyon": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "android": L("14", DEV), "lang": L("ht_HT", DEV),
            "zon_le": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/evenman", gz=True, headers=_h(rng, **b), body={
            "itilizate": L(USER_ID, UID), "evenman": [
                ev("rapo_voye", 1, kantite=2), ev("sro_mande", 2),
                ev("ekran", 3, ekran=L("KatSantTretman", USAGE))]}),
        case(f, f"{a}/api/v2/rapo/mwen", headers=_h(rng, how="none"),
             cookies={"dp_sesyon": L(opaque(rng, "", 40), CRED),
                      "dp_enstalasyon": L(INSTALL_ID, DID), "dp_rid": rid(rng)}),
    ]


def dlopwop_sdks() -> list[Case]:
    rng = random.Random(10122)
    return [
        cv_batch(APP, rng, [("Symptom Report Sent", {"symptoms": 3, "for": "self"}),
                            ("Treatment Centres Viewed", {"results": 5})],
                 at=HT_HOME_AT, nd=2),
        cv_queue(APP, rng, [("App Opened Offline", {"queued": 2}),
                            ("Symptom Report Queued", {"for": "child"}),
                            ("Survey Completed", {"questions": 6})]),
        cv_screen(APP, rng, "CholeraGuide"),
        fe_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "offline queue"),
                 [fe_crumb("nav", "Rapo -> Foto"), fe_crumb("log", "queue size 2")],
                 screen="RapoActivity"),
        fk_eval(APP, rng, {"commune": L(HT_HOME["vil"], COARSE), "offlineMode": True},
                get=True),
        pm_register(APP, rng, tags={"komin": L(HT_HOME["vil"], COARSE), "alet_kolera": "1"},
                    at=HT_HOME_AT, nd=2),
        ow_save(APP, rng, {"analytics": True, "crash": True, "research": False}, user=True),
        mv_reverse(APP, rng, HT_HOME_AT, PRECISE, nd=5),
        mv_route(APP, rng, [(HT_HOME_AT, PRECISE), (CTC_AT, None)], profile="walking"),
        at_message(APP, rng, L("Pitit mwen an gen dyare, ki kote m ka jwenn SRO jodi a?",
                               f"{TEXT}|{MED}"), {"komin": L(HT_HOME["vil"], COARSE)}),
    ]
