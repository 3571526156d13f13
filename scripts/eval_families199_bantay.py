"""Peñafrancia fiesta volunteer-marshal app "Bantay Ina" (Naga City; the Traslación and the
fluvial procession of the Virgin, "Ina", in September; Bikol keys: ``boluntaryo`` volunteer,
``parokya`` parish, ``relihiyon`` religion, ``deboto`` devotee, ``turno`` shift, ``puesto``
post, ``agom`` spouse, ``kontak_emerhensya`` emergency contact, ``presyon`` blood pressure,
``tipo_dugo`` blood type, ``pangaran``, ``apelyido``, ``numero_selpon``, ``sekreto``,
``aldaw_kamundagan``, ``lugar``, ``latitud``/``longhitud``, ``nawawara`` lost, ``aki`` child,
``parasarong`` guardian, ``mensahe``, ``pamibi`` prayer, ``donasyon`` donation, ``hanapon``):
registration (her parish, religion and devotion, blood pressure, her husband as emergency
contact), an SMS code, ``/sako``, the first-aid module done, her roster by volunteer number in
the path, shifts, a check-in at her post with her fix, a protobuf beat on the Traslación, an
offline queue of fixes on the river bank (msgpack), an incident (a devotee fainted), a lost
child, a crowd photo, a meal stub, the support-boat seat for the fluvial procession, a novena
mass attendance, a donation, a prayer intention for her mother-in-law, the team chat, her
certificate of service by cookie, a search, push and events. Parish, confraternity and
procession apps exist (101, 102, 115, 142's Santo Niño confraternity, 151, 156, 177's urs,
183); this is a crowd-marshal volunteer roster for one procession (posts, shifts, incidents,
lost children), with religion in her registration; no earlier set has one ("marshal",
"traslac", "penafrancia" matched nothing)."""

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families199_kit import (
    BASILICA,
    HOME_AT,
    HUSBAND,
    PARISH,
    POSTS,
    ROUTE_FIX,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families199_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_pixel, tn_event
from eval_families199_svc import (
    cl_card,
    cl_confirm,
    cy_save,
    hs_message,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bantayina", "Bantay Ina", "com.example.bantayina", "1.9.0",
          "https://api.bantayina.example.org")
IID = "X-BantayIna-Device"
PW = "Viva!LaVirgen26"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bcl=True, **kw)


def bantayina() -> list[Case]:
    rng = random.Random(19921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), boluntaryo=L(VOLUNTEER, UID),
                                    parokya=L(PARISH, REL)))}
    pla, plo = fix(ROUTE_FIX[0])
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, "trn_traslacion_3"), (3, 1757689200),
               (4, [(1, L(ROUTE_FIX[1][0], PRECISE)), (2, L(ROUTE_FIX[1][1], PRECISE)),
                    (3, 10.0)]), (5, L(38, DEV))], "", lab)
    roster = at_path(case(f, f"{a}/v1/boluntaryo/{VOLUNTEER}/roster", headers=_h(rng, **b),
                          query={"fiesta": "2026"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/v1/boluntaryo", headers=_h(rng), body={
            "pangaran": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "numero_selpon": L(E164, TEL),
            "sekreto": L(PW, CRED), "aldaw_kamundagan": L(DOB, BIRTH),
            "parokya": L(PARISH, REL), "relihiyon": L("Katoliko Romano", REL),
            "deboto": L(True, REL), "tipo_dugo": L("O+", MED), "presyon": L("120/80", MED),
            "kontak_emerhensya": {"pangaran": L(HUSBAND[0], NAMEC), "selpon": L(HUSBAND[1], TEL),
                                  "relasyon": "agom"},
            "tshirt": "M", "boluntaryo_id": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(E164, TEL), "kodigo": L("318475", CRED)}),
        case(f, f"{a}/v1/sako", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/training/first-aid/done", fmt="form", headers=_h(rng, **b), body={
            "boluntaryo": L(VOLUNTEER, UID), "module": "fa_basic_3", "score": "92"}),
        roster,
        case(f, f"{a}/v1/turno", headers=_h(rng, **b), query={
            "boluntaryo": L(VOLUNTEER, UID), "aldaw": "2026-09-12"}),
        case(f, f"{a}/v1/turno/checkin", headers=_h(rng, **b), body={
            "turno": obj(rng, "trn"), "puesto": "pst_colgante_bridge",
            "lugar": {"latitud": pla, "longhitud": plo, "sigurado": 12},
            "lugar_kan_puesto": {"latitud": POSTS[0][0], "longhitud": POSTS[0][1]}}),
        raw(f, f"{a}/v1/traslacion/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/traslacion/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "boluntaryo": L(VOLUNTEER, UID),
            "lugar": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1757689500 + 240 * i}
                      for i, (la, lo) in enumerate(ROUTE_FIX)],
            "mga_puesto": [{"lat": la, "lon": lo} for la, lo in POSTS]}),
        case(f, f"{a}/v1/insidente", headers=_h(rng, **b), body={
            "puesto": "pst_colgante_bridge", "klase": "medical", "oras": "2026-09-12T16:40",
            "mensahe": L("May sarong deboto na nawalan nin malay sa init, pinainom nin tubig asin "
                         "dinara sa first-aid tent", f"{TEXT}|{MED}"),
            "insidente_id": obj(rng, "inc")}),
        case(f, f"{a}/v1/nawawara/aki", headers=_h(rng, **b), body={
            "deskripsyon": L("Lalaking aki, mga 6 na taon, pulang t-shirt", TEXT),
            "parasarong": {"pangaran": L("Joel Bermudo", NAMEC),
                           "selpon": L("+639215550188", TEL)},
            "puesto": "pst_plaza_rizal", "nahanap": False}),
        multipart(f, f"{a}/v1/retrato", [
            ("retrato", "crowd_bridge.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"puesto": "pst_colgante_bridge",
                                                "boluntaryo": L(VOLUNTEER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kakanon/stub", fmt="form", headers=_h(rng, **b), body={
            "boluntaryo": L(VOLUNTEER, UID), "stub": obj(rng, "ms"), "tent": "t_04"}),
        case(f, f"{a}/v1/fluvial/bangka", headers=_h(rng, **b), query={
            "boluntaryo": L(VOLUNTEER, UID), "bangka": "sb_12"}),
        case(f, f"{a}/v1/novena/attendance", headers=_h(rng, **b), body={
            "misa": L("Novena Mass, day 6", REL), "petsa": "2026-09-10",
            "simbahan": {"id": BASILICA["id"], "lat": BASILICA["lat"], "lon": BASILICA["lon"]},
            "nakomunyon": L(True, REL)}),
        case(f, f"{a}/v1/donasyon", fmt="form", headers=_h(rng, **b), body={
            "pondo": L("fluvial-procession", REL), "kantidad": L("500", BUY), "kwarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v1/pamibi", headers=_h(rng, **b), body={
            "pamibi": L("Ina, ipamibi mo si Rosario Nacario na may diabetes asin operasyon sa "
                        "mata", f"{TEXT}|{REL}|{MED}|{NAMEC}"), "publiko": False}),
        case(f, f"{a}/v1/chat/team", headers=_h(rng, **b), body={
            "room": "team_bridge_b",
            "mensahe": L("Kulang kami nin tubig sa puesto, paki-padara po", TEXT)}),
        case(f, f"{a}/v1/certificate", headers=_h(rng, how="none"), cookies={
            "bi_sess": L(opaque(rng, "", 40), CRED), "bi_dev": L(INSTALL_ID, DID),
            "bi_req": rid(rng)}),
        case(f, f"{a}/v1/hanapon", headers=_h(rng, **b), query={
            "hanapon": L("first aid tent harani sa Plaza Rizal", SEARCH)}),
        case(f, f"{a}/v1/profile/lugar", headers=_h(rng, **b), body={
            "barangay": L("Concepcion Pequeña", COARSE), "syudad": L("Naga City", COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "bcl_PH")),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("shift_checkin", 1), ev("screen", 2, screen=L("Roster", USAGE)),
                ev("donation", 3, pondo=L("fluvial-procession", REL))]}),
    ]


def bantayina_sdks() -> list[Case]:
    rng = random.Random(19922)
    return [
        mc_batch(APP, rng, [("Shift Checked In", {"post": "pst_colgante_bridge"}),
                            ("Mass Attended", {"mass": L("Novena Mass", REL)})],
                 at=ROUTE_FIX[0], nd=2),
        mc_identify(APP, rng, {"parokya": L(PARISH, REL), "boluntaryo": L(VOLUNTEER, UID),
                               "syudad": L("Naga City", COARSE)}),
        mc_pixel(APP, rng, "Route Map Opened", {"day": "2026-09-12"}),
        tn_event(APP, rng, "donation", {"pondo": L("fluvial-procession", REL)}, revenue=500.0,
                 currency="PHP"),
        cd_crash(APP, rng, ("java.net.UnknownHostException", "v1/traslacion/pulso"),
                 [cd_crumb("nav", "Roster -> Live"), cd_crumb("tap", "checkin_button")],
                 screen="LiveActivity"),
        pt_register(APP, rng, lang="bcl", at=HOME_AT, nd=2,
                    tags={"parokya": L("San Roque", REL), "team": "bridge_b"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "500.00", "php"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (POSTS[0], None)], mode="walking"),
        mm_telemetry(APP, rng, ROUTE_FIX[:2], PRECISE),
        hs_message(APP, rng, L("Dai nag-abot an resibo kan donasyon ko sa fluvial",
                               f"{TEXT}|{REL}"), {"boluntaryo": L(VOLUNTEER, UID)}),
    ]
