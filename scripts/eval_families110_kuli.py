"""Metered three-wheeler app "Kulimeter" in Colombo (kuli: fare; its API's keys are romanised
Sinhala): the phone rides along as a check on the tuk's own meter, so the fare is what the meter
shows (per-km rate, waiting time), not a quote fixed up front as in set 75's and set 98's
ride-hailing. Registration (nama, wasagama, durakathana_ankaya, lipinaya, nagaraya,
handunumpath_ankaya, upan_dinaya, mura_padaya, swami), an SMS code, a log-in with a Wi-Fi risk
check, ``/mama`` with a JWT, tuks near her, a fare estimate by ``lat,lon`` in the query, the hail,
the meter started, her trace (msgpack) and a protobuf heartbeat, the trip shared with her husband,
a waiting stop, the end with the meter reading, a photo of the meter, the payment and tip, the
rating, an overcharge complaint, her saved home by her user ID in the path, an SOS, push, events,
a promo code and her history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families110_kit import (
    ADDR,
    BIRTH,
    BUY,
    CMB_HOME,
    CMB_HOME_AT,
    COARSE,
    CRED,
    DEST_AT,
    DEV,
    DID,
    E164,
    FIRST,
    HUSBAND,
    IPLOC,
    JPEG,
    KULI_PW,
    LAST,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    NATIONAL,
    NIC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    TUK,
    TZ,
    UID,
    USAGE,
    WIFI,
    App,
    at_path,
    claims,
    ev,
    fix,
    fixs,
    lk_head,
    multipart,
    obj,
    opaque,
    pb,
    push_token,
    raw,
    rid,
    trip,
)
from eval_families110_sdk import bk_bid, bk_win, ch_crash, ch_crumb, mt_event, mt_session, sk_batch
from eval_families110_svc import pk_register, pm_card, sm_reverse, sm_route, tp_eval
from eval_payloads import (
    ANDROID_ID,
    BSSID,
    EMAIL,
    INSTALL_ID,
    NAME,
    PHONE,
    PUBLIC_IP,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("kulimeter", "Kulimeter", "com.example.kulimeter", "5.6.2",
          "https://api.kulimeter.example.com")
IID = "X-Kuli-Upakaranaya"
MID = (6.884107, 79.857391)  # her fix on Galle Road, mid-trip
FARE = "842.50"
DOB_LK = "17/05/1991"  # her birth date as Sri Lankan forms write it


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return lk_head(APP, rng, IID, how, **kw)


def kulimeter() -> list[Case]:
    rng = random.Random(11001)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    tid = obj(rng, "gmn", 12)
    g = f"{a}/v1/gaman/{tid}"
    hla, hlo = fix(CMB_HOME_AT)
    dla, dlo = fix(DEST_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, tid), (2, L(USER_ID, UID)),
               (3, [(1, L(MID[0], PRECISE)), (2, L(MID[1], PRECISE)), (3, 6.0)]),
               (4, 41850), (5, L(PUBLIC_IP, IPLOC)), (6, L(61, DEV))], "", lab)
    jw = {"Authorization": J(claims(rng, durakathana=L(E164, TEL), nama=L(NAME, NAMEC)))}
    saved = at_path(case(f, f"{a}/v1/paribhogika/{USER_ID}/sthana", headers=_h(rng, **b), body={
        "nama": "Gedara", "niwasa": {"lipinaya": L(CMB_HOME["line"], ADDR),
                                     "nagaraya": L(CMB_HOME["city"], COARSE),
                                     "akshansha": hla, "deshansha": hlo}}), USER_ID, UID)
    return [
        case(f, f"{a}/v1/liyapadinchiya", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "wasagama": L(LAST, NAMEC),
            "durakathana_ankaya": L(E164, TEL), "vidyut_thapala": L(EMAIL, MAIL),
            "lipinaya": L(CMB_HOME["line"], ADDR), "nagaraya": L(CMB_HOME["city"], COARSE),
            "handunumpath_ankaya": L(NIC, NATID), "upan_dinaya": L(DOB_LK, BIRTH),
            "mura_padaya": L(KULI_PW, CRED), "bhashawa": L("si", DEV),
            "swami": {"nama": L(HUSBAND[0], NAMEC), "durakathana_ankaya": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/otp/thahawuru", fmt="form", headers=_h(rng), body={
            "durakathana_ankaya": L(PHONE, TEL), "otp_kethaya": L("583106", CRED)}),
        case(f, f"{a}/v1/pivisuma", fmt="form", headers=_h(rng), body={
            "durakathana_ankaya": L(NATIONAL, TEL), "mura_padaya": L(KULI_PW, CRED),
            "upakaranaya": L(ANDROID_ID, DID), "jalaya_ssid": L(SSID, WIFI),
            "jalaya_bssid": L(BSSID, WIFI), "mathaka_thaba": "1"}),
        case(f, f"{a}/v1/mama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/threewheel/langa", headers=_h(rng, **b), query={
            "akshansha": L(f"{CMB_HOME_AT[0]:.4f}", PRECISE),
            "deshansha": L(f"{CMB_HOME_AT[1]:.4f}", PRECISE), "ardhaya_km": "2"}),
        case(f, f"{a}/v1/gasthu-anumanaya", headers=_h(rng, **b), query={
            "sita": fixs(CMB_HOME_AT, 5), "thek": fixs(DEST_AT, 5), "vahanaya": "tuk"}),
        case(f, f"{a}/v1/gaman", headers=_h(rng, **b), body={
            "gaman_id": tid, "meter_ekka": True, "gewima_kramaya": "card",
            "arambhaya": {"akshansha": hla, "deshansha": hlo,
                          "lipinaya": L(CMB_HOME["line"], ADDR)},
            "gamanaanthaya": {"nama": "Unity Arcade, Galle Road", "akshansha": dla,
                              "deshansha": dlo}}),
        case(f, f"{g}/meter/arambha", headers=_h(rng, **b), body={
            "meter": TUK["meter"], "riyaduru": TUK["driver"], "riyaduru_nama": TUK["driverName"],
            "vahana_ankaya": TUK["plate"], "mulika_gasthuwa": TUK["rate"],
            "km_gasthuwa": TUK["perKm"], "akshansha": L(round(CMB_HOME_AT[0], 5), PRECISE),
            "deshansha": L(round(CMB_HOME_AT[1], 5), PRECISE), "welawa": 1765283400}),
        case(f, f"{g}/mawatha", fmt="msgpack", headers=_h(rng, **b), body={
            "gaman": tid, "sthana_lesthuwa": trip(rng, 8, CMB_HOME_AT, DEST_AT,
                                                  ("akshansha", "deshansha"))}),
        raw(f, f"{g}/spandanaya", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{g}/bedaganna", fmt="form", headers=_h(rng, **b), body={
            "swami_nama": L(HUSBAND[0], NAMEC), "swami_durakathana": L(HUSBAND[1], TEL),
            "kalaya": "until_end"}),
        case(f, f"{g}/rendeema", headers=_h(rng, **b), body={
            "akshansha": L(MID[0], PRECISE), "deshansha": L(MID[1], PRECISE),
            "rendi_thathpara": 240, "hethuwa": L("Stopped at the pharmacy on the way", TEXT)}),
        case(f, f"{g}/avasana", headers=_h(rng, **b), body={
            "avasana": {"akshansha": dla, "deshansha": dlo}, "dura_km": 3.4,
            "kalaya_vinadi": 17, "rendi_vinadi": 4, "gasthuwa": L(FARE, BUY),
            "mudal_ekakaya": "LKR", "meter_kiyaweema": L(FARE, BUY)}),
        multipart(f, f"{g}/meter-chayarupaya", [
            ("chayarupaya", "meter.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("data", None, "application/json", {"meter_kiyaweema": L(FARE, BUY),
                                                "meter": TUK["meter"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gewim", fmt="form", headers=_h(rng, **b), body={
            "gaman": tid, "mudala": L(FARE, BUY), "kramaya": "card",
            "kaadpath": L(opaque(rng, "pm_", 24), PAY), "anthima_ankaya": L("4444", PAY),
            "thuthi_mudala": L("50.00", BUY)}),
        case(f, f"{g}/shreniya", headers=_h(rng, **b), body={
            "tharu": 4, "riyaduru": TUK["driver"],
            "adahas": L("Polite driver, but the meter kept running while we waited", TEXT)}),
        case(f, f"{a}/v1/paminili", headers=_h(rng, **b), body={
            "gaman": tid, "wargaya": "overcharge", "durakathana_ankaya": L(E164, TEL),
            "paniwidaya": L("The meter already showed 180 when I got in at my gate, "
                            "27/3 Dharmarama Road", f"{TEXT}|{ADDR}")}),
        saved,
        case(f, f"{a}/v1/hadisi", headers=_h(rng, **b), body={
            "gaman": tid, "akshansha": L(MID[0], PRECISE), "deshansha": L(MID[1], PRECISE),
            "swami_durakathana": L(HUSBAND[1], TEL), "battery": L(34, DEV),
            "hadisi_id": rid(rng)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "upakaranaya": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "bhashawa": L("en_LK", DEV), "kalapaya": L(TZ, DEV)}),
        case(f, f"{a}/v1/siduwim", gz=True, headers=_h(rng, **b), body={
            "paribhogika": L(USER_ID, UID), "siduwim": [
                ev("meter_started", 1), ev("trip_shared", 2, to="husband"),
                ev("tirayaa", 3, tirayaa=L("MeterScreen", USAGE))]}),
        case(f, f"{a}/v1/promo", fmt="form", headers=_h(rng, **b), body={
            "kethaya": "VESAK25", "paribhogika": L(USER_ID, UID)}),
        case(f, f"{a}/v1/gaman/ithihasaya", headers=_h(rng, how="none"), cookies={
            "kuli_sesiya": L(opaque(rng, "", 40), CRED),
            "kuli_upakaranaya": L(INSTALL_ID.upper(), DID), "kuli_req": rid(rng)}),
    ]


def kulimeter_sdks() -> list[Case]:
    rng = random.Random(11002)
    return [
        sk_batch(APP, rng, [("Meter Started", {"vehicle": "tuk"}),
                            ("Trip Completed", {"fare": L(842.5, BUY), "km": 3.4})],
                 at=CMB_HOME_AT, nd=2),
        mt_session(APP, rng, first=True),
        mt_event(APP, rng, "trip_paid", {"vehicle": "tuk"}, revenue=842.5, hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DEST_AT, nd=3),
        bk_win(APP, rng),
        ch_crash(APP, rng, ("java.lang.IllegalStateException", "meter socket closed"),
                 [ch_crumb("nav", "Hail -> Meter"),
                  ch_crumb("log", "meter paired", {"meter": TUK["meter"]})],
                 screen="MeterActivity"),
        tp_eval(APP, rng, {"meterMode": True, "city": L("Colombo", COARSE)}),
        pk_register(APP, rng, at=CMB_HOME_AT, nd=2, tags={"vehicle": "tuk"}),
        pm_card(APP, rng),
        sm_reverse(APP, rng, CMB_HOME_AT, PRECISE),
        sm_route(APP, rng, [(CMB_HOME_AT, PRECISE), (DEST_AT, PRECISE)]),
    ]
