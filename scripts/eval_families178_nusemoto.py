"""An electric-moto battery-swap subscription app "Nusemoto" (``ŋusẽ`` power: she rides a leased
e-moto in Lomé and swaps its battery at stations). Ewe keys in ASCII: ``vukula`` rider (lit.
driver), ``vukula_id`` rider account, ``nko`` / ``fome_nko``, ``fon``, ``adzamenya``, ``dzigbe``,
``vukuku_modede`` driving licence (lit. "driving permission"), ``nkumetata`` selfie (lit. "face
picture"), ``nkume_dzesiwo`` face template ("face marks"), ``batri`` battery, ``nuse`` charge,
``tefe`` place, ``mozozo`` trip, ``didime`` distance, ``tutu`` lock, ``vuvu`` unlock,
``agbososo`` amount, ``gaxexe`` payment, ``gbedasi`` message, ``dzadzrado`` repair, ``dodo`` plan, ``mo`` device (``mɔ̃`` machine), ``afoku``
accident, ``nyatofofo`` complaint. Calls: sign-up, an SMS code, ``/nye``, KYC (licence, selfie,
face template), the plan chosen, the moto assigned, the nearest stations (3 decimals), a swap at a
station with her fix, a protobuf telemetry beat, the ride trace (msgpack), the remote lock with
its PIN, the unlock, a repair request with a photo, the monthly payment by mobile money, trips by
rider number in the path, a search, a complaint, the session by cookie, push and events. No
earlier set has battery swapping (greps for "battery swap", "swap station", "e-moto" matched
nothing); set 100's moto-taxi app is a ride-hailing service, this one a rider's own lease."""

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
    FACE,
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
from eval_families178_kit import (
    HER_TG,
    LICENCE,
    LOME_HOME_AT,
    RIDE,
    RIDER,
    STATIONS,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families178_svc import cl_wallet, mm_reverse, mm_route, mm_telemetry, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nusemoto", "Nusemoto", "com.example.nusemoto", "5.0.3",
          "https://api.nusemoto.example.com")
IID = "X-NSM-Device"
PW = "Zem!Tokoin2026"
NID = "personal.national_id"
MOTO, BAT_OLD, BAT_NEW = "mt_e2_4418", "bt_99120", "bt_88107"  # the fleet's (negatives)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def nusemoto() -> list[Case]:
    rng = random.Random(17831)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, fon=L(HER_TG, TEL), vukula_id=L(RIDER, UID)))}
    st = STATIONS[1]
    sla, slo = fix(RIDE[3])
    face = [round(rng.gauss(0, 0.08), 5) for _ in range(128)]
    lab: dict[str, str] = {}
    beat = pb([(1, MOTO), (2, L(RIDER, UID)), (3, 1769500000),
               (4, [(1, L(RIDE[1][0], PRECISE)), (2, L(RIDE[1][1], PRECISE)), (3, 31.5)]),
               (5, 64)], "", lab)
    trips = at_path(case(f, f"{a}/v1/vukulawo/{RIDER}/mozozowo", headers=_h(rng, **b),
                         query={"gleti": "2026-01"}), RIDER, UID)
    return [
        case(f, f"{a}/v1/vukulawo", headers=_h(rng), body={
            "nko": L(FIRST, NAMEC), "fome_nko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "fon": L(HER_TG, TEL), "fon_bubu": L(E164, TEL), "adzamenya": L(PW, CRED),
            "dzigbe": L(DOB, BIRTH), "du": L("Lomé", COARSE), "vukula_id": L(RIDER, UID)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "fon": L(HER_TG, TEL), "code": L("550193", CRED)}),
        case(f, f"{a}/v1/nye", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/kyc", [
            ("nkumetata", "selfie.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("modede", "licence.jpg", "image/jpeg", L(JPEG + b"\x42", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {
                "vukula_id": L(RIDER, UID), "vukuku_modede": L(LICENCE, NID),
                "nkume_dzesiwo": L(face, FACE), "model": "fm-128-v2", "liveness": 0.97})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dodo", headers=_h(rng, **b), body={
            "vukula_id": L(RIDER, UID), "dodo": "unlimited_swaps",
            "agbososo": L(25000, BUY), "gleti": "2026-02"}),
        case(f, f"{a}/v1/motowo/nye", headers=_h(rng, **b), query={
            "vukula_id": L(RIDER, UID)}),
        case(f, f"{a}/v1/batri_tefewo", headers=_h(rng, **b), query={
            "lat": L(f"{LOME_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{LOME_HOME_AT[1]:.3f}",
                                                                  PRECISE),
            "didime_km": "3"}),
        case(f, f"{a}/v1/batri/dodo", headers=_h(rng, **b), body={
            "moto": MOTO, "batri_xoxo": BAT_OLD, "batri_yeye": BAT_NEW, "nuse_xoxo": 14,
            "nuse_yeye": 100, "tefe": {"lat": sla, "lng": slo},
            "batri_tefe": {"id": st["id"], "lat": st["lat"], "lng": st["lon"]},
            "vukula_id": L(RIDER, UID)}),
        raw(f, f"{a}/v1/moto/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/mozozowo", fmt="msgpack", headers=_h(rng, **b), body={
            "vukula_id": L(RIDER, UID), "moto": MOTO, "didime_km": 4.2,
            "tefewo": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE), "t": 1769500100 + 120 * i}
                       for i, (la, lo) in enumerate(RIDE)]}),
        case(f, f"{a}/v1/moto/tutu", fmt="form", headers=_h(rng, **b), body={
            "moto": MOTO, "pin": L("8214", CRED), "nusi_wowo": "lock"}),
        case(f, f"{a}/v1/moto/vuvu", fmt="form", headers=_h(rng, **b), body={
            "moto": MOTO, "pin": L("8214", CRED), "lat": L(f"{RIDE[0][0]:.5f}", PRECISE),
            "lng": L(f"{RIDE[0][1]:.5f}", PRECISE)}),
        multipart(f, f"{a}/v1/dzadzrado", [
            ("photo", "brake.jpg", "image/jpeg", L(JPEG + b"\x43", MEDIA)),
            ("meta", None, "application/json", {
                "moto": MOTO, "vukula_id": L(RIDER, UID),
                "nunlonlo": L("Megbe brake mewɔa dɔ nyuie o, ele gbe ɖem", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/gaxexe/momo", headers=_h(rng, **b), body={
            "vukula_id": L(RIDER, UID), "agbososo": L(25000, BUY), "ga_fomevi": "XOF",
            "momo_fon": L(HER_TG, TEL), "gakotoku": "tmoney", "nudodo_id": rid(rng)}),
        case(f, f"{a}/v1/gaxexe/kad", fmt="form", headers=_h(rng, **b), body={
            "vukula_id": L(RIDER, UID), "kad_4_mamlea": L("4444", PAY),
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "agbososo": L("5000", BUY)}),
        trips,
        case(f, f"{a}/v1/didi", headers=_h(rng, **b), query={
            "didi": L("batri tefe Adidogomé", SEARCH)}),
        case(f, f"{a}/v1/afoku", headers=_h(rng, **b), body={
            "moto": MOTO, "nkeke": "2026-01-27T08:10",
            "nunlonlo": L("Taxi aɖe ƒo nye moto ƒe afɔ, nyemexɔ abi o", TEXT),
            "tefe": {"lat": L(round(RIDE[2][0], 4), PRECISE), "lng": L(round(RIDE[2][1], 4),
                                                                       PRECISE)}}),
        case(f, f"{a}/v1/nyatofofo", headers=_h(rng, **b), body={
            "batri_tefe": st["id"], "nu": "queue",
            "nunlonlo": L("Batri yeye mele Déckon tefe o, mete gafofo ɖeka", TEXT)}),
        case(f, f"{a}/v1/sesi", headers=_h(rng, how="none"), cookies={
            "nsm_sesi": L(opaque(rng, "", 40), CRED), "nsm_mo": L(INSTALL_ID, DID),
            "nsm_req": rid(rng)}),
        case(f, f"{a}/v1/mowo", headers=_h(rng, **b), body=push(push_token(rng), "fr_TG")),
        case(f, f"{a}/v1/nyadzodzo", gz=True, headers=_h(rng, **b), body={
            "zala": L(USER_ID, UID), "mo_nuse": L(71, DEV), "nyadzodzo": [
                ev("batri_dodo", 1, tefe=st["id"]), ev("ekran", 2, ekran=L("Map", USAGE))]}),
        case(f, f"{a}/v1/do_le_eme", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mo": L(INSTALL_ID, DID),
            "obj": obj(rng, "lo")}),
    ]


def nusemoto_sdks() -> list[Case]:
    rng = random.Random(17832)
    return [
        mc_batch(APP, rng, [("Battery Swapped", {"station": STATIONS[1]["id"]}),
                            ("Plan Paid", {"amount": L(25000, BUY)})], at=RIDE[3], nd=3,
                 locale="fr_TG"),
        mc_queue(APP, rng, [("Ride Ended", {"km": 4.2}), ("Lock", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "subscribe", {"plan": "unlimited_swaps"}, revenue=25000.0),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RIDE[0], nd=2,
               keywords="moto,electric,lome"),
        cd_session(APP, rng, secs=1422),
        mm_reverse(APP, rng, RIDE[3], PRECISE, nd=5),
        mm_route(APP, rng, [(LOME_HOME_AT, PRECISE),
                            ((STATIONS[1]["lat"], STATIONS[1]["lon"]), None)]),
        mm_telemetry(APP, rng, RIDE[:3], PRECISE),
        cl_wallet(APP, rng, "25000", L(HER_TG, TEL), bank=False),
        pt_register(APP, rng, lang="fr", at=RIDE[3], nd=2, tags={"plan": "unlimited"}),
    ]
