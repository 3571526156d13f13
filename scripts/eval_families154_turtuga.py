"""Sea-turtle nest volunteers' app "Turtuga" (a fictional turtle-conservation foundation's night
beach patrols near Westpunt, where she volunteers; its API's keys are Papiamentu:
``boluntario`` volunteer, ``turno`` shift, ``patruya`` patrol, ``playa`` beach, ``nest`` nest,
``webu`` eggs, ``spesie`` species, ``salida`` hatching, ``luga`` place, ``latitut``/``longitut``
latitude / longitude, ``kuminsa`` start, ``pulso`` beat, ``insidente`` incident, ``oranan``
hours, ``sertifikado`` certificate, ``donashon`` donation, ``famia`` family, ``yu`` child,
``edat`` age, ``noticia`` news, ``tamano_shirt`` T-shirt size, ``transporte`` transport; the
rest as in ``_honrun.py``): volunteer sign-up (allergy, her husband as emergency contact), an
e-mail code, ``/mi``, shifts and a booking, the patrol started with her fix, a protobuf patrol
beat, an offline track (msgpack), a nest recorded at her fix, its photo, a hatching report
(gzip), an incident report, nests near her, her hours by volunteer number in the path, a
certificate, a donation, a message to the coordinator, a search, news by cookie, the son on a
family patrol, push and events. Set 104's dive log has a turtle photo; no earlier set has a
turtle-nest patrol."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families154_kit import HUSBAND, SON, fix, hd, obj, push
from eval_families154_sdk import (
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_queue,
    tn_launch,
    tn_link,
)
from eval_families154_svc import cy_save, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("turtuga", "Turtuga", "com.example.turtuga", "1.3.0", "https://api.turtuga.example.org")
IID = "X-Turtuga-Aparato"
PW = "Westpunt~Webu12"
BEACH = {"id": "ply_grandi", "name": "Playa Grandi patrol post", "lat": 12.35082,
         "lon": -69.15204}  # the foundation's beach post (a negative)
NEST_MARK = (12.35061, -69.15172)  # the nest's stake in the foundation's registry (a negative)
NEST_FIX = (12.350471, -69.151886)  # her phone at the nest
PATROL_FIX = (12.349902, -69.150733)  # her phone on patrol
VOL = "TT-VOL-0716"  # her volunteer number (id.user)
COORD = "Sharline Winklaar"  # the coordinator (named in her message only)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def turtuga() -> list[Case]:
    rng = random.Random(15431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, boluntario=L(VOL, UID), korreo=L(EMAIL, MAIL)))}
    pla, plo = fix(PATROL_FIX)
    nla, nlo = fix(NEST_FIX)
    patrol = obj(rng, "pt")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOL, UID)), (2, patrol), (3, 1765339200),
               (4, [(1, L(PATROL_FIX[0], PRECISE)), (2, L(PATROL_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(38, DEV))], "", lab)
    hours = at_path(case(f, f"{a}/api/boluntario/{VOL}/oranan", headers=_h(rng, **b),
                         query={"aña": "2025"}), VOL, UID)
    return [
        case(f, f"{a}/api/boluntario/registrashon", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(NATIONAL, TEL), "kontrasena": L(PW, CRED),
            "fecha_nasementu": L(DOB, BIRTH), "idiomanan": ["en", "pap"],
            "kontakto_emergensia": {"nomber": L(HUSBAND[0], NAMEC),
                                    "selular": L(HUSBAND[1], TEL)},
            "salu": {"alergia": L("piki di abeha", MED), "por_landa": True},
            "tamano_shirt": "M", "boluntario": L(VOL, UID)}),
        case(f, f"{a}/api/auth/korreo", fmt="form", headers=_h(rng), body={
            "korreo": L(EMAIL, MAIL), "kodigo": L("518207", CRED)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/turnonan", headers=_h(rng, **b), query={
            "playa": BEACH["id"], "luna": "2025-12"}),
        case(f, f"{a}/api/turno/reserva", fmt="form", headers=_h(rng, **b), body={
            "turno": obj(rng, "tr"), "boluntario": L(VOL, UID), "transporte": "outo_propio"}),
        case(f, f"{a}/api/patruya/kuminsa", headers=_h(rng, **b), body={
            "patruya": patrol, "boluntario": L(VOL, UID), "playa": BEACH["id"],
            "luga": {"latitut": pla, "longitut": plo, "presishon": 7}, "ora": "21:04"}),
        raw(f, f"{a}/api/patruya/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/patruya/{patrol}/track", fmt="msgpack", headers=_h(rng, **b), body={
            "boluntario": L(VOL, UID),
            "puntonan": [{"lat": L(round(PATROL_FIX[0] + 0.00021 * i, 6), PRECISE),
                          "lng": L(round(PATROL_FIX[1] - 0.00034 * i, 6), PRECISE),
                          "t": 1765339260 + 240 * i} for i in range(4)],
            "post": {"lat": BEACH["lat"], "lng": BEACH["lon"]}}),
        case(f, f"{a}/api/nest", headers=_h(rng, **b), body={
            "nest": "NST-2025-0412", "spesie": "Caretta caretta", "webu": 112,
            "profundidat_cm": 48, "boluntario": L(VOL, UID),
            "luga": {"latitut": nla, "longitut": nlo},
            "stake": {"latitut": NEST_MARK[0], "longitut": NEST_MARK[1]}}),
        multipart(f, f"{a}/api/nest/potret", [
            ("potret", "nest_0412.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"nest": "NST-2025-0412", "flash": False})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/salida", gz=True, headers=_h(rng, **b), body={
            "nest": "NST-2025-0412", "salinan": 97, "no_a_sali": 11, "morto": 4,
            "boluntario": L(VOL, UID),
            "nota": L("E turtuganan chikitu a bai laman den 20 minüt, dushi!", TEXT)}),
        case(f, f"{a}/api/insidente", headers=_h(rng, **b), body={
            "tipo": "lus", "playa": BEACH["id"],
            "teksto": L("Tin un outo ku lus bibu parkia riba playa banda di e nestnan.", TEXT),
            "luga": {"latitut": L(round(PATROL_FIX[0], 5), PRECISE),
                     "longitut": L(round(PATROL_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/api/nestnan/serka", headers=_h(rng, **b), query={
            "lat": L(f"{PATROL_FIX[0]:.4f}", PRECISE), "lng": L(f"{PATROL_FIX[1]:.4f}",
                                                              PRECISE), "radio": "500"}),
        hours,
        case(f, f"{a}/api/sertifikado", fmt="form", headers=_h(rng, **b), body={
            "boluntario": L(VOL, UID), "nomber_riba_sertifikado": L(f"{FIRST} {LAST}", NAMEC),
            "korreo": L(EMAIL, MAIL), "aña": "2025"}),
        case(f, f"{a}/api/donashon", fmt="form", headers=_h(rng, **b), body={
            "suma": L("75.00", BUY), "moneda": "XCG", "fondo": "nest_kage",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "rekibu": "korreo"}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "pa": "coord_westpunt",
            "teksto": L(f"{COORD}, mi no por bin djasabra, mi yu tin wega di beisbol.",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/buska", headers=_h(rng, **b), query={
            "buska": L("kon pa yuda turtuga hinka den plastik", SEARCH)}),
        case(f, f"{a}/api/noticia", headers=_h(rng, how="none"), cookies={
            "tt_seshon": L(opaque(rng, "", 40), CRED), "tt_aparato": L(INSTALL_ID, DID),
            "tt_req": rid(rng)}),
        case(f, f"{a}/api/famia/patruya", headers=_h(rng, **b), body={
            "boluntario": L(VOL, UID),
            "yu": {"nomber": L(SON["first"], NAMEC), "fam": L(SON["last"], NAMEC),
                   "edat": L(10, BIRTH), "asma": L(True, MED)},
            "permiso_mayor": "si", "firma": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/aparato", headers=_h(rng, **b), body=push(push_token(rng), "en_CW")),
        case(f, f"{a}/api/eventonan", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("nest_registra", 1), ev("pantaya", 2, pantaya=L("Patruya", USAGE))]}),
    ]


def turtuga_sdks() -> list[Case]:
    rng = random.Random(15432)
    link = U("https://turtuga.example.org/turno", {"turno": "tr_dec14", "ref": "mail",
                                                   "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Patrol Started", {"beach": BEACH["id"]}),
                            ("Nest Recorded", {"eggs": 112})], at=NEST_FIX, nd=3),
        mc_queue(APP, rng, [("Track Point", {"n": 4}), ("Patrol Ended", {"min": 185})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        cd_session(APP, rng, secs=11100),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "nest photo"),
                 [cd_crumb("nav", "Nest -> Camera")], screen="NestCameraActivity"),
        pt_register(APP, rng, tags={"playa": BEACH["id"], "rol": "boluntario"}),
        cy_save(APP, rng, {"analytics": True, "location_background": True}),
        mm_reverse(APP, rng, NEST_FIX, PRECISE, nd=4),
        mm_telemetry(APP, rng, [PATROL_FIX, NEST_FIX], PRECISE),
    ]
