"""Winter-road and ice-crossing trip app "Kyhyn Suol" (kyhyn suol, "winter road": the republic's
road service asks drivers on the zimnik and the Lena ice crossing to register a trip, passes
checkpoints and sends an SOS at -45; the family drives from Yakutsk over the ice to Ulakhan-An).
Keys Sakha with some Russian and English: ``ayan`` trip, ``ayannyt`` / ``ayannyttar``
traveller(s), ``massyyna`` car (``marka``, ``nuomer`` plate, ``ongo`` colour), ``suol`` road,
``muus`` ice, ``kalyna`` thickness, ``kontrol`` checkpoint, ``baryy`` departure, ``tiierer``
destination, ``tiiyde`` arrived, ``komo`` help (SOS), ``kihi_akhsaana`` people on board,
``chugas_kihi`` next of kin, ``kimieke`` to whom, ``buksir`` tow, ``ebe`` grandmother, and the
shared ``aata``, ``familiyata``, ``telefon``, ``kistelen_tyl``, ``kod``, ``toroobut_kun``,
``kuorat``, ``ulus``, ``nehilieke`` village, ``saas`` age, ``pasport``, ``sir``, ``suuma``,
``tolobur``, ``kaarta_4``, ``suruk``, ``sanaa`` remark, ``kordoo``, ``teril``, ``tugennar``,
``min``. A docstring grep found no winter-road, ice-road or zimnik app; set 171's ice-fishing
app ("Bozyul") goes onto a reservoir's ice on foot for fishing; this is road travel with a car,
passengers and the road service's checkpoints. Calls: registration, an SMS code, ``/min``, road
status, the trip (her husband's passport, the child's age, her mother-in-law as next of kin), a
checkpoint passed with her fix, a protobuf beat, an offline fix queue (msgpack), "arrived"
(5-decimal strings at the village house), an SOS, ice thickness near (2 decimals), her own ice
report with a photo (4 decimals), her trips by phone number in the path, a tow ordered and paid,
a search, a message quoting her husband, a remark, trips by cookie, live location shared with
her mother-in-law, push, events and a log-out."""

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
    E164,
    JPEG,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families196_kit import (
    CHECKPOINT,
    DAUGHTER,
    HUSBAND,
    HUSBAND_PASSPORT,
    ICE_FIX,
    MOTHER_IL,
    TRIP,
    VILLAGE,
    VILLAGE_AT,
    YK_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families196_sdk import (
    am_batch,
    am_queue,
    ba_bid,
    ba_notice,
    ct_session,
    ts_launch,
    ts_link,
)
from eval_families196_svc import mo_reverse, mo_route, mo_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kyhynsuol", "Kyhyn Suol", "com.example.kyhynsuol", "2.4.7",
          "https://api.kyhynsuol.example.net")
IID = "X-KS-Teril"
PW = "Muus-Suol-44"
NID = "personal.national_id"
PHONE_PATH = "15550100199"
TOW = "BK-26-00731"  # the tow order (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sah=True, **kw)


def kyhynsuol() -> list[Case]:
    rng = random.Random(19621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), role="driver"))}
    ila, ilo = fix(ICE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, TRIP), (3, 1767580000),
               (4, [(1, L(ICE_FIX[0], PRECISE)), (2, L(ICE_FIX[1], PRECISE)), (3, 34.0)]),
               (5, L(63, DEV)), (6, -43)], "", lab)
    mine = at_path(case(f, f"{a}/v1/ayannyt/{PHONE_PATH}/ayannar", headers=_h(rng, **b)),
                   PHONE_PATH, TEL)
    kid = f"{DAUGHTER['first']} {DAUGHTER['last']}"
    return [
        case(f, f"{a}/v1/suruttaryy", headers=_h(rng), body={
            "aata": L(FIRST, NAMEC), "familiyata": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "kistelen_tyl": L(PW, CRED), "toroobut_kun": L(DOB, BIRTH),
            "kuorat": L("Yakutsk", COARSE)}),
        case(f, f"{a}/v1/kiir/kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("5093", CRED)}),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/suollar", headers=_h(rng, **b), query={
            "ulus": L(VILLAGE["ulus"], COARSE), "muus": "true"}),
        case(f, f"{a}/v1/ayan", headers=_h(rng, **b), body={
            "ayan": TRIP, "baryy": L("Yakutsk", COARSE), "tiierer": L(VILLAGE["name"], COARSE),
            "baryy_kem": "2026-01-05T09:30+09:00",
            "massyyna": {"marka": "Toyota Land Cruiser Prado", "nuomer": "K418OR14",
                         "ongo": "kihil"},
            "ayannyttar": [
                {"aata": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
                {"aata": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                 "pasport": L(HUSBAND_PASSPORT, NID)},
                {"aata": L(kid, NAMEC), "saas": L(8, BIRTH)}],
            "chugas_kihi": {"aata": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v1/ayan/{TRIP}/kontrol", headers=_h(rng, **b), body={
            "kontrol": CHECKPOINT["id"], "sir": {"lat": ila, "lon": ilo, "sizuste": 9},
            "kontrol_sire": {"lat": CHECKPOINT["lat"], "lon": CHECKPOINT["lon"]},
            "kem": "2026-01-05T10:12+09:00"}),
        raw(f, f"{a}/v1/ayan/{TRIP}/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ayan/{TRIP}/offline", fmt="msgpack", headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID),
            "sirder": [{"lat": L(round(ICE_FIX[0] - 0.0105 * i, 6), PRECISE),
                        "lon": L(round(ICE_FIX[1] - 0.0061 * i, 6), PRECISE),
                        "t": 1767580300 + 300 * i} for i in range(3)]}),
        case(f, f"{a}/v1/ayan/{TRIP}/tiiyde", fmt="form", headers=_h(rng, **b), body={
            "turuk": "tiiyde", "lat": L(f"{VILLAGE_AT[0]:.5f}", PRECISE),
            "lon": L(f"{VILLAGE_AT[1]:.5f}", PRECISE)}),
        case(f, f"{a}/v1/komo", headers=_h(rng, **b), body={
            "ayan": TRIP, "sir": {"lat": ila, "lon": ilo}, "kihi_akhsaana": 3,
            "suruk": L("Motuor turda, -44 kraadys, massyynaga 8 saastaakh ogo baar",
                       f"{TEXT}|{BIRTH}"), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v1/muus/kalyna", headers=_h(rng, **b), query={
            "lat": L(f"{ICE_FIX[0]:.2f}", COARSE), "lon": L(f"{ICE_FIX[1]:.2f}", COARSE),
            "radius_km": "20"}),
        multipart(f, f"{a}/v1/muus/kalyna/report", [
            ("khartyyna", "muus.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
            ("meta", None, "application/json", {
                "kalyna_sm": 92, "sir": {"lat": L(round(ICE_FIX[0], 4), PRECISE),
                                         "lon": L(round(ICE_FIX[1], 4), PRECISE)},
                "sanaa": L("Muus tiemekteeh, ortotugar uu taksan", TEXT)})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/buksir", headers=_h(rng, **b), body={
            "ayan": TRIP, "buksir": L(TOW, BUY), "sir": {"lat": ila, "lon": ilo},
            "suuma": L(12000, BUY), "massyyna": {"nuomer": "K418OR14"}}),
        case(f, f"{a}/v1/tolobur", fmt="form", headers=_h(rng, **b), body={
            "buksir": L(TOW, BUY), "suuma": L("12000.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kaarta_4": L("3651", PAY)}),
        case(f, f"{a}/v1/kordoo", headers=_h(rng, **b), query={
            "kordoo": L("Pokrovsk zapravka 24 chaas", SEARCH)}),
        case(f, f"{a}/v1/suruk", headers=_h(rng, **b), body={
            "kimieke": "dispatcher_kp",
            "suruk": L(f"Kergenim {HUSBAND[0]} {HUSBAND[1]} telefonnaakh, kiniekhe eriennehin",
                       f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/sanaa", headers=_h(rng, **b), body={
            "uchastok": "Bestyakh-Ulakhan-An", "bal": 4,
            "sanaa": L("Kontrolga chaaiy bierdiler, suol uchuguy", TEXT)}),
        case(f, f"{a}/v1/ayannar/history", headers=_h(rng, how="none"), cookies={
            "ks_sesiya": L(opaque(rng, "", 40), CRED), "ks_teril": L(INSTALL_ID, DID),
            "ks_req": rid(rng)}),
        case(f, f"{a}/v1/sir/bolluu", headers=_h(rng, **b), body={
            "ayan": TRIP, "kimieke": {"aata": L(MOTHER_IL[0], NAMEC),
                                      "telefon": L(MOTHER_IL[1], TEL)},
            "sir": {"lat": ila, "lon": ilo}, "chaas": 6, "link_id": obj(rng, "lk")}),
        case(f, f"{a}/v1/teril", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tugennar", gz=True, headers=_h(rng, **b), body={
            "tuttaachy": L(USER_ID, UID), "tugennar": [
                ev("ayan_sagalanna", 1), ev("kontrol", 2, kontrol=CHECKPOINT["id"]),
                ev("ekraan", 3, ekraan=L("AyanKarta", USAGE))]}),
        case(f, f"{a}/v1/tagys", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "teril": L(INSTALL_ID, DID)}),
    ]


def kyhynsuol_sdks() -> list[Case]:
    rng = random.Random(19622)
    link = U("https://kyhynsuol.example.net/a", {"ayan": TRIP, "ref": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        am_batch(APP, rng, [("Trip Registered", {"people": 3}),
                            ("Checkpoint Passed", {"kp": CHECKPOINT["id"]})], at=ICE_FIX, nd=3),
        am_queue(APP, rng, [("Offline Fix", {"temp": -43}), ("Arrived", {})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        ba_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ICE_FIX, nd=2,
               keywords="winter tyres,heater,yakutia"),
        ba_notice(APP, rng, "imp"),
        ct_session(APP, rng, secs=3120),
        mo_reverse(APP, rng, ICE_FIX, PRECISE, nd=5),
        mo_route(APP, rng, [(YK_HOME_AT, PRECISE), ((CHECKPOINT["lat"], CHECKPOINT["lon"]), None),
                            (VILLAGE_AT, PRECISE)]),
        mo_telemetry(APP, rng, [ICE_FIX, (62.051204, 129.797611)], PRECISE),
    ]
