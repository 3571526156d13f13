"""A karez water-turn app "Karezbahr" (the shareholders of the Kalatuk karez, an underground
channel fed by a mother well, take the water by turns; she keeps the family's share since her
husband works in Gwadar; its API's keys are Balochi, ASCII-folded: ``nam`` name, ``logi_nam``
surname, ``telefon`` phone, ``ramz`` password, ``halk`` village, ``bahr`` share, ``bahrdar``
shareholder, ``nobat`` turn, ``ap`` water, ``kahn`` channel, ``bandag`` person, ``sangat``
neighbour, ``bandish`` blockage, ``saf_kanag`` cleaning, ``chanda`` levy, ``zar`` amount,
``diwan`` council, ``shikayat`` complaint, ``arz``/``tool`` latitude/longitude, ``jagah`` place,
``kolo`` message, ``shohaz`` search, ``aks`` photo, ``log`` household): joining with
the share number, an SMS code, ``/mani``, her turns by share number in the path, the week's
schedule, a turn swapped with a neighbour, a blockage report with her fix and a photo, the
maintenance levy, the desilting crew, the mother well's flow (the karez's readings), her gate
opened (a 4-decimal string), a protobuf turn beat, an offline queue of fixes along the channel
(msgpack), the council RSVP, a complaint, the ledger by cookie, a search, a message to the water
master quoting her phone, the household's share holders, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families294_kit import (
    CHANNEL_FIX,
    GATE_FIX,
    HUSBAND,
    KAREZ,
    MOTHER_IL,
    SHARE,
    TURBAT,
    fix,
    hd,
    mobail,
    obj,
)
from eval_families294_sdk import ca_crash, ca_crumb, ca_session, km_pixel, km_queue, mt_launch
from eval_families294_svc import co_save, mb_reverse, mb_route, mb_telemetry, pj_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("karezbahr", "Karezbahr", "com.example.karezbahr", "1.9.0",
          "https://api.karezbahr.example.net")
IID = "X-Karez-Device"
PW = "Kalatuk!ap2025"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def karezbahr() -> list[Case]:
    rng = random.Random(29411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, bahr=L(SHARE, UID), telefon=L(E164, TEL)))}
    _gla, _glo = fix(GATE_FIX, 4)
    cla, clo = fix(CHANNEL_FIX, 5)
    turn = obj(rng, "nb")
    lab: dict[str, str] = {}
    beat = pb([(1, L(SHARE, UID)), (2, turn), (3, 1756620000),
               (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    turns = at_path(case(f, f"{a}/v2/bahr/{SHARE}/nobat", headers=_h(rng, **b),
                         query={"mah": "2025-09"}), SHARE, UID)
    return [
        case(f, f"{a}/v2/bahrdar", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "logi_nam": L(LAST, NAMEC), "telefon": L(NATIONAL, TEL),
            "ramz": L(PW, CRED), "halk": L(TURBAT["village"], COARSE),
            "zila": L(TURBAT["district"], COARSE), "bahr": L(SHARE, UID),
            "bahrdar_mard": L(HUSBAND[0], NAMEC), "karez": KAREZ["id"], "pas_kadr": 4}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "code": L("513907", CRED)}),
        case(f, f"{a}/v2/mani", headers=_h(rng, extra=jw)),
        turns,
        case(f, f"{a}/v2/karez/{KAREZ['id']}/hapta", headers=_h(rng, **b), query={
            "hapta": "2025-W36"}),
        case(f, f"{a}/v2/nobat/badal", headers=_h(rng, **b), body={
            "mani_nobat": turn, "sangat_nobat": obj(rng, "nb"), "bahr": L(SHARE, UID),
            "sangat": L("Dad Karim Sangur", NAMEC),
            "sabab": L("My mother-in-law goes to Turbat hospital on Thursday", TEXT)}),
        multipart(f, f"{a}/v2/bandish", [
            ("aks", "kahn_bandish.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "bahr": L(SHARE, UID), "jagah": {"arz": cla, "tool": clo},
                "gap": L("Sand fell in the open stretch after the wind, water is not reaching "
                         "our gate", TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/chanda", fmt="form", headers=_h(rng, **b), body={
            "bahr": L(SHARE, UID), "zar": L("6000", BUY), "sal": "2025",
            "rasid": L("KB-CH-25-0417", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/saf_kanag", headers=_h(rng, **b), body={
            "roch": "2025-10-02", "bahr": L(SHARE, UID), "bandag": 2,
            "nam": [L(HUSBAND[0], NAMEC), L("Jangian Dashti", NAMEC)], "mazdur_zar": L(8000, BUY)}),
        case(f, f"{a}/v2/karez/{KAREZ['id']}/ap", headers=_h(rng, **b), body={
            "mother_well": {"arz": KAREZ["well_lat"], "tool": KAREZ["well_lon"]},
            "litr_fi_sanya": 38.5, "kahn_km": 4.2, "gauge": "gg_kl_01"}),
        case(f, f"{a}/v2/nobat/{turn}/bandag", fmt="form", headers=_h(rng, **b), body={
            "halat": "pach", "arz": L(f"{GATE_FIX[0]:.4f}", PRECISE),
            "tool": L(f"{GATE_FIX[1]:.4f}", PRECISE), "saat": "04:30"}),
        raw(f, f"{a}/v2/nobat/{turn}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/nobat/{turn}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID),
            "jagah": [{"arz": L(round(GATE_FIX[0] + 0.0006 * i, 6), PRECISE),
                       "tool": L(round(GATE_FIX[1] - 0.0009 * i, 6), PRECISE),
                       "t": 1756620300 + 240 * i} for i in range(3)],
            "mother_well": {"arz": KAREZ["well_lat"], "tool": KAREZ["well_lon"]}}),
        case(f, f"{a}/v2/diwan/rsvp", headers=_h(rng, **b), body={
            "diwan": "dw_2025_09", "bahr": L(SHARE, UID), "ayan": True, "bandag": 1,
            "gap": L("I will come with my husband's proxy letter", TEXT)}),
        case(f, f"{a}/v2/shikayat", headers=_h(rng, **b), body={
            "bahr": L(SHARE, UID), "kism": "nobat",
            "shikayat": L("The upper orchard kept the gate open 40 minutes into our turn",
                          TEXT)}),
        case(f, f"{a}/v2/hisab/latest", headers=_h(rng, how="none"), cookies={
            "kb_session": L(opaque(rng, "", 40), CRED), "kb_device": L(INSTALL_ID, DID),
            "kb_req": rid(rng)}),
        case(f, f"{a}/v2/shohaz", headers=_h(rng, **b), query={
            "shohaz": L("nobat swap Thursday night", SEARCH)}),
        case(f, f"{a}/v2/kolo", headers=_h(rng, **b), body={
            "pa": "mirab_kalatuk",
            "kolo": L("Mirab sahib, please call me on +1 555 010 0199 before you close the "
                      "gate", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v2/log", headers=_h(rng, **b), body={
            "bahr": L(SHARE, UID), "bahrdar": [
                {"nam": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL), "pas": 2},
                {"nam": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL), "pas": 2}]}),
        case(f, f"{a}/v2/yatgiri", headers=_h(rng, **b), body={
            "bahr": L(SHARE, UID), "pesh_az_minit": 30, "shap": True,
            "telefon": L(E164, TEL), "zuban": L("en", DEV)}),
        case(f, f"{a}/v2/mobail", headers=_h(rng, **b), body=mobail(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "bandag": L(USER_ID, UID), "events": [
                ev("turn_started", 1), ev("screen", 2, screen=L("Hapta", USAGE))]}),
    ]


def karezbahr_sdks() -> list[Case]:
    rng = random.Random(29412)
    return [
        km_queue(APP, rng, [("Turn Started", {"hours": 3}), ("Gate Closed", {})]),
        mt_launch(APP, rng, first=True),
        km_pixel(APP, rng, "Schedule Opened", {"week": "2025-W36"}),
        ca_crash(APP, rng, ("java.lang.IllegalStateException", "turn already closed"),
                 [ca_crumb("nav", "Hapta -> Nobat"),
                  ca_crumb("net", "POST", {"url": f"{APP.api}/v2/nobat/badal", "status": 409})],
                 screen="NobatActivity"),
        ca_session(APP, rng, secs=1320),
        pj_register(APP, rng, at=GATE_FIX, nd=2, tags={"karez": KAREZ["id"],
                                                       "halk": L("Kalatuk", COARSE)}),
        co_save(APP, rng, {"analytics": True, "marketing": False}),
        mb_reverse(APP, rng, CHANNEL_FIX, PRECISE, nd=5),
        mb_route(APP, rng, [(GATE_FIX, PRECISE), ((KAREZ["well_lat"], KAREZ["well_lon"]), None)],
                 mode="walking"),
        mb_telemetry(APP, rng, [GATE_FIX, CHANNEL_FIX], PRECISE),
    ]
