"""A seismic-alert and household-emergency-plan app "Alertaxu" (``xu`` earthquake: the Isthmus
shakes often; the app relays the alert, keeps the household's plan and members, lets the phone
act as a crowd sensor and sends "we are fine" to relatives). Set 132's cyclone shelter and set
161's earthquake damage-and-repair app are the nearest kinds; this one is the alert and the plan
before and during a quake (the receiver, the household list, the phone's accelerometer, a
damage self-report). Isthmus Zapotec keys in ASCII with Spanish loans: ``yoo`` house/household,
``binni_yoo`` household members, ``la`` / ``la_bixhoze`` names, ``correo``, ``telefonu``,
``codigu`` code, ``lidxe`` home, ``seccion``, ``guidxi`` town, ``cp`` post code, ``ra_nuu``
where one is, ``dxi_gule`` birth date, ``embarazo`` pregnancy, ``guendahuara`` illness,
``discapacidad`` disability (loan), ``medicina`` medicine, ``sangre`` blood group, ``para`` to,
``diidxa`` message, ``receptor`` alert receiver (loan), ``sismo`` quake (loan), ``serie``
(sensor) series, ``danos`` damage, ``albergue`` shelter, ``guyubi`` search, ``naa`` me,
``biree`` log-out. Calls: household registration with the house's fix, an e-mail code,
``/naa``, the household members, the family plan, the plan by household number in the path, the
receiver on the home Wi-Fi, alerts by coarse position, an alert acknowledged, "we are fine", a
protobuf accelerometer window, a damage photo, the structural self-check, a shelter check-in,
needs, a search, volunteering, notices by cookie, push, events and log-out."""

from __future__ import annotations

import random
import struct
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
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
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MEETING_AT,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families189_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_queue, tn_launch
from eval_families189_svc import cy_save, mm_reverse, mm_route, mm_telemetry, pt_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, LOCAL_IP, SSID, USER_ID, Case, J, L, case

APP = App("alertaxu", "Alertaxu", "com.example.alertaxu", "4.0.3",
          "https://api.alertaxu.example.org")
IID = "X-Alertaxu-Device"
MOTION = "behavior.motion"
PREG = f"{MED}|{SENS}"
SHELTER = {"id": "alb_7s_escuela", "lat": 16.43811, "lon": -95.02402}  # (negative)
SHELTER_FIX = (16.438127, -95.024003)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def alertaxu() -> list[Case]:
    rng = random.Random(18961)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, yoo=L(HOUSEHOLD, UID), correo=L(EMAIL, MAIL)))}
    hla, hlo = fix(HOME_AT)
    sla, slo = fix(SHELTER_FIX, 5)
    alert = obj(rng, "al")
    lab: dict[str, str] = {}
    accel = struct.pack("<12f", *[round(rng.gauss(0, 0.4), 3) for _ in range(12)])
    window = pb([(1, L(INSTALL_ID, DID)), (2, alert), (3, 1771230000),
                 (4, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
                 (5, L(accel, MOTION)), (6, 100)], "", lab)
    plan = at_path(case(f, f"{a}/api/yoo/{HOUSEHOLD}/plan", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/yoo/registro", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL, MAIL),
            "telefonu": L(E164, TEL), "lidxe": L(HOME["line"], ADDR),
            "seccion": L(HOME["area"], COARSE), "guidxi": L(HOME["town"], COARSE),
            "cp": L(HOME["post"], COARSE), "ra_nuu": {"lat": hla, "lon": hlo},
            "yoo": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/biuu/correo", fmt="form", headers=_h(rng), body={
            "correo": L(EMAIL, MAIL), "codigu": L("611093", CRED)}),
        case(f, f"{a}/api/naa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/binni_yoo", headers=_h(rng, **b), body={
            "yoo": L(HOUSEHOLD, UID), "binni_yoo": [
                {"la": L(f"{FIRST} {LAST}", NAMEC), "dxi_gule": L(DOB, BIRTH),
                 "embarazo": L(True, PREG)},
                {"la": L(HUSBAND[0], NAMEC), "telefonu": L(HUSBAND[1], TEL)},
                {"la": L(KID, NAMEC), "dxi_gule": L(DAUGHTER["dob"], BIRTH),
                 "guendahuara": L("asma", MED)},
                {"la": L(MOTHER_IL[0], NAMEC), "discapacidad": L("usa silla de ruedas",
                                                                  f"{SENS}|{MED}")}]}),
        case(f, f"{a}/api/plan", headers=_h(rng, **b), body={
            "yoo": L(HOUSEHOLD, UID),
            "punto_reunion": {"lat": MEETING_AT[0], "lon": MEETING_AT[1]},
            "contacto_fuera": {"la": L(SISTER_US[0], NAMEC), "telefonu": L(SISTER_US[1], TEL)},
            "mochila": ["agua", "linterna", "radio", "documentos"],
            "medicina": [L("salbutamol inhalador", MED), L("metformina 850 mg", MED)]}),
        plan,
        case(f, f"{a}/api/receptor", headers=_h(rng, **b), body={
            "receptor": "rx_" + opaque(rng, "", 8), "ssid": L(SSID, WIFI),
            "bssid": L(BSSID, WIFI), "ip_local": L(LOCAL_IP, DEV), "yoo": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/api/alertas", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE)}),
        case(f, f"{a}/api/alerta/{alert}/ack", fmt="form", headers=_h(rng, **b), body={
            "recibida": "1771229995", "lat": L(f"{HOME_AT[0]:.5f}", PRECISE),
            "lon": L(f"{HOME_AT[1]:.5f}", PRECISE), "estado": "a_salvo"}),
        case(f, f"{a}/api/estoy_bien", headers=_h(rng, **b), body={
            "para": [L(HUSBAND[1], TEL), L(SISTER_US[1], TEL)],
            "diidxa": L("Estamos bien, salimos al patio con la nina", TEXT),
            "ra_nuu": {"lat": hla, "lon": hlo}}),
        raw(f, f"{a}/api/sismo/serie", window, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/danos", [
            ("retratu", "grieta_cocina.jpg", "image/jpeg", L(JPEG + b"\x66", MEDIA)),
            ("meta", None, "application/json", {
                "yoo": L(HOUSEHOLD, UID),
                "diidxa": L("Grieta nueva en la pared de la cocina, de arriba abajo", TEXT),
                "ra_nuu": {"lat": L(HOME_AT[0], PRECISE), "lon": L(HOME_AT[1], PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/revision", fmt="form", headers=_h(rng, **b), body={
            "yoo": L(HOUSEHOLD, UID), "material": "ladrillo", "pisos": "1", "grietas": "si",
            "revision": obj(rng, "rv")}),
        case(f, f"{a}/api/albergue/checkin", headers=_h(rng, **b), body={
            "albergue": SHELTER["id"], "binni": 4, "ra_nuu": {"lat": sla, "lon": slo},
            "albergue_ra": {"lat": SHELTER["lat"], "lon": SHELTER["lon"]}}),
        case(f, f"{a}/api/necesidades", headers=_h(rng, **b), body={
            "albergue": SHELTER["id"],
            "diidxa": L("Mi suegra necesita su metformina y una silla de ruedas plegable",
                        f"{TEXT}|{MED}|{SENS}")}),
        case(f, f"{a}/api/sismos/recientes", headers=_h(rng, **b), query={
            "region": "istmo", "magnitud_min": "4.0"}),
        case(f, f"{a}/api/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("albergue mas cercano septima seccion", SEARCH)}),
        case(f, f"{a}/api/voluntario", fmt="form", headers=_h(rng, **b), body={
            "la": L(f"{FIRST} {LAST}", NAMEC), "telefonu": L(E164, TEL),
            "habilidad": "ingles", "sangre": L("A-", MED)}),
        case(f, f"{a}/api/avisos", headers=_h(rng, how="none"), cookies={
            "ax_sesion": L(opaque(rng, "", 40), CRED), "ax_device": L(INSTALL_ID, DID),
            "ax_req": rid(rng)}),
        case(f, f"{a}/api/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/eventos", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventos": [
                ev("alerta_recibida", 1), ev("pantalla", 2, pantalla=L("Plan", USAGE))]}),
        case(f, f"{a}/api/biree", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def alertaxu_sdks() -> list[Case]:
    rng = random.Random(18962)
    return [
        mc_batch(APP, rng, [("Alert Received", {"magnitude": 5.4}),
                            ("Safe Sent", {"recipients": 2})], at=HOME_AT, nd=3),
        mc_queue(APP, rng, [("Plan Opened", {}), ("Shelter Checked In", {})]),
        tn_launch(APP, rng, first=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="seguridad,sismo"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "sensor listener"),
                 [cd_crumb("nav", "Alerta -> Sensor"),
                  cd_crumb("log", "window", {"samples": 12})], screen="SensorService"),
        pt_register(APP, rng, at=HOME_AT, nd=3, tags={"seccion": L(HOME["area"], COARSE)}),
        cy_save(APP, rng, {"analytics": True, "sensor": True}),
        mm_reverse(APP, rng, HOME_AT, PRECISE, nd=4),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (MEETING_AT, None)], mode="walking"),
        mm_telemetry(APP, rng, [SHELTER_FIX, HOME_AT], PRECISE),
    ]
