"""Citizen-science sea-ice observation app "Siku Takusat" (volunteers off Ilulissat and other
towns report ice thickness, snow, cracks and sled trails to a research network; she reports on
a March visit to her parents-in-law; its API's keys are Kalaallisut: ``siku`` ice,
``takusaq`` observation, ``takusaqartoq`` observer, ``takusaqartup_normua`` observer number,
``issussuseq`` thickness, ``aput`` snow, ``quppaq`` crack, ``navianartoq`` dangerous,
``qamutit`` sled, ``angalaneq`` trip, ``ilaasut`` party, ``utertussaq`` due back,
``sumiiffik`` place, ``oqaaseqaat`` remark, ``nipi`` sound, ``ujarlerneq`` search,
``najugaq`` address, ``inunngorfiup_ukiua`` birth year): sign-up, log-in, ``/uanga``, the ice
map near her (2 decimals), an observation with her fix, its photo, a protobuf batch, the sled
trail queued offline (msgpack), a crack reported, an official station's readings, a sled trip
registered and closed, a voice note, a comment, a search, her observations by observer number
in the path, her stay address, research consent, certificates by cookie, push and events. Sets
with ice (196's ice road, 171's recreational ice fishing) are about using the ice; this one is a
research network's observation log (thickness, snow, cracks) that she contributes to."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families13_kit import M4A
from eval_families17_kit import (
    ADDR,
    BIRTH,
    CARRIER,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families203_kit import (
    GL_NET,
    HUSBAND,
    ICE_FIX,
    MOTHER_IL,
    OBSERVER,
    STATION,
    fix,
    hd,
    obj,
    push,
)
from eval_families203_sdk import (
    ka_batch,
    ka_queue,
    nb_bid,
    qc_crash,
    qc_crumb,
    qc_session,
    tt_launch,
)
from eval_families203_svc import mn_geocode, mn_reverse, mn_telemetry, pp_register, ts_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sikutakusat", "Siku Takusat", "com.example.sikutakusat", "0.9.12",
          "https://api.sikutakusat.example.org")
IID = "X-Siku-Install"
PW = "Kangia$Isfjord77"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, kl=True, **kw)


def sikutakusat() -> list[Case]:
    rng = random.Random(20341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, emaili=L(EMAIL, MAIL),
                                    takusaqartoq=L(OBSERVER, UID)))}
    i0, i1, i2 = ICE_FIX
    la0, lo0 = fix(i0)
    obs = obj(rng, "ob")
    lab: dict[str, str] = {}
    batch = pb([(1, L(OBSERVER, UID)),
                (2, [(1, obs), (2, L(i1[0], PRECISE)), (3, L(i1[1], PRECISE)), (4, 44),
                     (5, 12)]),
                (3, [(1, obj(rng, "ob")), (2, L(i2[0], PRECISE)), (3, L(i2[1], PRECISE)),
                     (4, 39), (5, 15)]), (4, 1773300000)], "", lab)
    mine = at_path(case(f, f"{a}/v2/takusaqartut/{OBSERVER}/takusat", headers=_h(rng, **b),
                        query={"ukioq": "2026"}), OBSERVER, UID)
    trip = obj(rng, "an")
    return [
        case(f, f"{a}/v2/takusaqartut", headers=_h(rng), body={
            "ateq": L(FIRST, NAMEC), "ateq_kingulleq": L(LAST, NAMEC), "emaili": L(EMAIL, MAIL),
            "isissutissaq": L(PW, CRED), "illoqarfik": L("Nuuk", COARSE),
            "inunngorfiup_ukiua": L(1991, BIRTH), "takusaqartup_normua": L(OBSERVER, UID),
            "misilittagaq": "aallartittoq"}),
        case(f, f"{a}/v2/iserneq", headers=_h(rng), body={
            "emaili": L(EMAIL, MAIL), "isissutissaq": L(PW, CRED),
            "atortoq": L(INSTALL_ID.upper(), DID)}),
        case(f, f"{a}/v2/uanga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/siku/nunap_assinga", headers=_h(rng, **b), query={
            "lat": L(f"{i0[0]:.2f}", COARSE), "lon": L(f"{i0[1]:.2f}", COARSE), "km": "25"}),
        case(f, f"{a}/v2/takusat", headers=_h(rng, **b), body={
            "takusaq": obs, "takusaqartoq": L(OBSERVER, UID),
            "sumiiffik": {"lat": la0, "lon": lo0, "eqqoqqissaarneq": 6},
            "issussuseq_cm": 46, "aput_cm": 11, "sikup_suussusia": "sikuaq",
            "navianartoq": False, "ulloq": "2026-03-12T10:40", "mccmnc": L(GL_NET, CARRIER),
            "oqaaseqaat": L("Siku sissap eqqaani issuvoq, qamutinik ingerlanneqarsinnaavoq",
                            TEXT)}),
        multipart(f, f"{a}/v2/takusat/{obs}/assiliaq", [
            ("assiliaq", "siku_0312.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {"lat": la0, "lon": lo0})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/takusat/batch", batch, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/qamutit/aqqut", fmt="msgpack", headers=_h(rng, **b), body={
            "takusaqartoq": L(OBSERVER, UID),
            "fixes": [[L(la, PRECISE), L(lo, PRECISE), 1773300000 + 90 * i]
                      for i, (la, lo) in enumerate(ICE_FIX)],
            "stationi": {"lat": STATION["lat"], "lon": STATION["lon"]}}),
        case(f, f"{a}/v2/quppat", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{i2[0]:.4f}", PRECISE), "lon": L(f"{i2[1]:.4f}", PRECISE),
            "navianartoq": "true", "silissusaa_cm": "30",
            "oqaaseqaat": L("Quppaq angisooq, qamutinik ingerlanaveersaarisi!", TEXT)}),
        case(f, f"{a}/v2/stationit/{STATION['id']}", headers=_h(rng, **b),
             query={"ulluni": "7"}),
        case(f, f"{a}/v2/angalaneq", headers=_h(rng, **b), body={
            "angalaneq": trip, "aallarfik": L("Ilulissat", COARSE),
            "anguniagaq": L("Oqaatsut", COARSE),
            "aallarneq": "2026-03-13T09:00", "utertussaq": "2026-03-13T17:00",
            "ilaasut": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND["name"], NAMEC)],
            "oqarasuaat": L(E164, TEL), "qimmit": 9}),
        case(f, f"{a}/v2/angalaneq/{trip}/tikeqqippugut", fmt="form", headers=_h(rng, **b),
             body={"lat": L(f"{i0[0]:.5f}", PRECISE), "lon": L(f"{i0[1]:.5f}", PRECISE),
                   "qanoq": "ajunngilaq"}),
        multipart(f, f"{a}/v2/takusat/{obs}/nipi", [
            ("nipi", "nipi_0312.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {"sivisussusaa_s": 41})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/takusat/{obj(rng, 'ob')}/oqaaseqaatit", headers=_h(rng, **b), body={
            "oqaaseqaat": L("Ippassaq tamaani aamma takuara, aputitaqarpoq.", TEXT)}),
        case(f, f"{a}/v2/ujarlerneq", headers=_h(rng, **b), query={
            "ujarlerneq": L("siku Oqaatsut marts", SEARCH)}),
        mine,
        case(f, f"{a}/v2/uanga/najugaq", headers=_h(rng, **b), body={
            "najugaq_qaammatini": L(MOTHER_IL["line"], ADDR),
            "illoqarfik": L(MOTHER_IL["town"], COARSE), "postnormu": L(MOTHER_IL["post"],
                                                                     COARSE)}),
        case(f, f"{a}/v2/akuersissut", fmt="form", headers=_h(rng, **b), body={
            "ilisimatusarneq": "true", "takusaqartoq": L(OBSERVER, UID), "version": "3"}),
        case(f, f"{a}/v2/allagartat", headers=_h(rng, how="none"), cookies={
            "sk_session": L(opaque(rng, "", 40), CRED), "sk_install": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/v2/atortut", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pisut", gz=True, headers=_h(rng, **b), body={
            "atuisoq": L(USER_ID, UID), "pisut": [
                ev("takusaq_nassiunneqarpoq", 1), ev("saqqummersitaq", 2,
                                                     saqqummersitaq=L("SikuMap", USAGE))]}),
    ]


def sikutakusat_sdks() -> list[Case]:
    rng = random.Random(20342)
    return [
        ka_batch(APP, rng, [("Observation Sent", {"thickness": 46}),
                            ("Crack Reported", {})], at=ICE_FIX[0], nd=2, locale="kl_GL"),
        ka_queue(APP, rng, [("Trail Point", {"n": 3}), ("Trip Closed", {})]),
        tt_launch(APP, rng, first=True),
        nb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ICE_FIX[1], nd=3,
               keywords="ice,arctic,outdoor"),
        qc_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [qc_crumb("nav", "Takusaq -> Assiliaq"), qc_crumb("log", "no signal")],
                 screen="ObservationActivity"),
        qc_session(APP, rng, secs=1320),
        pp_register(APP, rng, lang="kl", at=ICE_FIX[0], nd=2, tags={"region": "disko"}),
        mn_reverse(APP, rng, ICE_FIX[2], PRECISE, nd=4),
        mn_telemetry(APP, rng, ICE_FIX[1:], PRECISE),
        mn_geocode(APP, rng, "Oqaatsut", SEARCH, near=ICE_FIX[0], nd=3),
        ts_eval(APP, rng, {"observer": L(OBSERVER, UID), "region": "disko"}, hdr=True),
    ]
