"""Pulaka-pit garden log "Pulakamua" (a fictional island agriculture extension service: families
register their swamp-taro pits on Nukufetau, log salinity after king tides, harvests and work
parties). Keys in Tuvaluan (the shared words as in ``eval_families179_fenua``, plus ``vai_pulaka``
pulaka pit, ``fai_fanua`` grower, ``tagata_tausi`` caretaker, ``masima`` salt (salinity),
``kele`` soil, ``lau`` leaves, ``fuaga`` harvest, ``mamafa`` weight, ``tino_galue`` workers,
``tufaga`` land shares, ``fakai`` village, ``tapuaki`` boundary, ``uta`` freight, ``vaka`` ship):
sign-up, an OAuth password grant, ``/au``, the pit with its corners and her mother-in-law as
caretaker, a protobuf visit beat, salinity readings (msgpack), a leaf photo, the harvest with
her fix, pulaka shipped to Funafuti, the tide table, an advisor visit, compost, a work party, a
search, a message, the pits by grower number in the path, the land shares, an offline sync (JSON
Lines), push, events with a session cookie and a refresh. No earlier set has taro or pulaka
gardens (a docstring grep for "taro" found only names)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families179_kit import (
    GROWER,
    HOME,
    HUSBAND,
    MANEAPA_NF,
    MOTHER_IL,
    PIT_FIX,
    PITS_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families179_sdk import ck_session, me_batch, me_queue, tk_launch
from eval_families179_svc import ca_check, ff_eval, hf_attach, ma_geocode, ma_telemetry, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pulakamua", "Pulakamua", "com.example.pulakamua", "2.0.5",
          "https://api.pulakamua.example.net")
IID = "X-Pulaka-Masini"
PW = "Savave#Pulaka9"
COUSIN = "Iosefa Simeona"  # the husband's cousin on Nukufetau (typed by her: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def pulakamua() -> list[Case]:
    rng = random.Random(17911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeli=L(EMAIL, MAIL), fai_fanua=L(GROWER, UID)))}
    pla, plo = fix(PIT_FIX)
    pit = obj(rng, "vp")
    lab: dict[str, str] = {}
    beat = pb([(1, L(GROWER, UID)), (2, pit), (3, 1771200000),
               (4, [(1, L(PIT_FIX[0], PRECISE)), (2, L(PIT_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    pits = at_path(case(f, f"{a}/v2/fai_fanua/{GROWER}/vai", headers=_h(rng, **b)), GROWER, UID)
    return [
        case(f, f"{a}/v2/lesitala", headers=_h(rng), body={
            "igoa": L(FIRST, NAMEC), "igoa_kaiga": L(LAST, NAMEC), "imeli": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "upu_huna": L(PW, CRED), "fenua": L("Nukufetau", COARSE),
            "fakai": L("Savave", COARSE), "fai_fanua": L(GROWER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pulakamua-android"}),
        case(f, f"{a}/v2/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vai_pulaka", headers=_h(rng, **b), body={
            "vai": pit, "fai_fanua": L(GROWER, UID), "fakai": L("Savave", COARSE),
            "tapuaki": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in PITS_AT],
            "lasi_m2": 310, "ituaiga": ["pulaka", "taamu"],
            "tagata_tausi": {"igoa": L(MOTHER_IL[0], NAMEC), "telefoni": L(MOTHER_IL[1], TEL)}}),
        raw(f, f"{a}/v2/vai_pulaka/{pit}/asiasiga", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/vai_pulaka/{pit}/masima", fmt="msgpack", headers=_h(rng, **b), body={
            "fai_fanua": L(GROWER, UID), "masini_fua": "salt_probe_07",
            "faitau": [{"ppt": 2.1, "loto_cm": 20}, {"ppt": 3.4, "loto_cm": 40},
                       {"ppt": 1.8, "loto_cm": 60}],
            "tai_lasi": "2026-02-18", "koga": {"lat": pla, "lon": plo}}),
        multipart(f, f"{a}/v2/ata", [
            ("ata", "lau_samasama.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "vai": pit, "fakamatalaga": L("Lau o te pulaka e samasama i te pito ki te tai",
                                              TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/fuaga", headers=_h(rng, **b), body={
            "vai": pit, "aso": "2026-02-20", "mamafa_kg": 42, "fua": 9,
            "mo": "kai fakamanatu o te fenua", "koga": {"lat": pla, "lon": plo, "sao": 7}}),
        case(f, f"{a}/v2/uta", headers=_h(rng, **b), body={
            "vaka": "sh_manufolau_0226", "mai": MANEAPA_NF["name"], "taga": 3,
            "ki": {"igoa": L(f"{FIRST} {LAST}", NAMEC), "tuatusi": L(HOME["line"], ADDR),
                   "motu": L(HOME["islet"], COARSE), "telefoni": L(E164, TEL)},
            "tupe_uta": L(18, BUY), "tupe_ituaiga": "AUD"}),
        case(f, f"{a}/v2/tai", headers=_h(rng, **b), query={
            "fenua": L("Nukufetau", COARSE), "aso": "2026-02-18", "aso_e_lua": "7"}),
        case(f, f"{a}/v2/fesoasoani", fmt="form", headers=_h(rng, **b), body={
            "vai": pit, "telefoni": L(NATIONAL, TEL),
            "fakamatalaga": L("E mafai o vau se tino mai te Matagaluega o fakatoka te vai?",
                              TEXT)}),
        case(f, f"{a}/v2/kele/oka", fmt="form", headers=_h(rng, **b), body={
            "taga": "6", "tupe": L("36.00", BUY), "tupe_ituaiga": "AUD",
            "metotia": L(opaque(rng, "pm_", 24), PAY), "fai_fanua": L(GROWER, UID)}),
        case(f, f"{a}/v2/tino_galue", headers=_h(rng, **b), body={
            "vai": pit, "aso": "2026-02-21", "taimi": "06:30",
            "tino": [L(MOTHER_IL[0], NAMEC), L(COUSIN, NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
            "kai": "ika mo pulaka"}),
        case(f, f"{a}/v2/sala", headers=_h(rng, **b), query={
            "sala": L("pulaka e tupu i vai masima", SEARCH)}),
        case(f, f"{a}/v2/fekau", headers=_h(rng, **b), body={
            "ki": "adv_nf02",
            "fekau": L(f"Ko te vai o {MOTHER_IL[0]} e pala i te tai lasi, se a te mea ke fai?",
                       f"{TEXT}|{NAMEC}")}),
        pits,
        case(f, f"{a}/v2/tufaga", headers=_h(rng, **b), body={
            "vai": pit, "fai_fanua": L(GROWER, UID),
            "tufaga": [{"igoa": L(MOTHER_IL[0], NAMEC), "vaega": "1/2"},
                       {"igoa": L(HUSBAND[0], NAMEC), "vaega": "1/4"},
                       {"igoa": L(COUSIN, NAMEC), "vaega": "1/4"}]}),
        lines(f, f"{a}/v2/sync", [
            {"op": "visit", "vai": pit, "lat": pla, "lon": plo, "by": L(GROWER, UID)},
            {"op": "note", "vai": pit, "text": L("Ne tanu ne matou a lau niu", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/masini", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/mea_tutupu", headers=_h(rng, how="none"), cookies={
            "pk_sesi": L(opaque(rng, "", 40), CRED), "pk_masini": L(INSTALL_ID, DID)}, body={
            "tino": L(USER_ID, UID), "mea_tutupu": [
                ev("harvest_logged", 1), ev("screen", 2, screen=L("VaiPulaka", USAGE))]}),
        case(f, f"{a}/v2/sesi/fou", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masini": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/maneapa", headers=_h(rng, **b), query={
            "id": MANEAPA_NF["id"], "lat": f"{MANEAPA_NF['lat']:.5f}",
            "lon": f"{MANEAPA_NF['lon']:.5f}"}),
    ]


def pulakamua_sdks() -> list[Case]:
    rng = random.Random(17912)
    return [
        me_batch(APP, rng, [("Harvest Logged", {"kg": 42}), ("Salinity Logged", {"ppt": 3.4})],
                 at=PIT_FIX, nd=2),
        me_queue(APP, rng, [("Pit Visit", {"pit": "vp"}), ("Photo Queued", {})]),
        tk_launch(APP, rng, first=True, user=True),
        ck_session(APP, rng, secs=1320),
        ff_eval(APP, rng, {"fenua": L("Nukufetau", COARSE), "role": "grower"}, hdr=True),
        pf_register(APP, rng, tags={"fenua": L("Nukufetau", COARSE)}),
        ca_check(APP, rng, {"analytics": True, "research": True}),
        ma_geocode(APP, rng, "Savave maneapa", SEARCH, near=PIT_FIX, nd=3),
        ma_telemetry(APP, rng, [PIT_FIX, PITS_AT[0]], PRECISE),
        hf_attach(APP, rng, L(JPEG + b"\x28", MEDIA), "vai_pulaka.jpg", "image/jpeg"),
    ]
