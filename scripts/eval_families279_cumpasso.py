"""A parish's Easter visitation app "Cumpasso" (on Easter Sunday the parish's cross, the
compasso, goes from house to house in Sendim; households sign up on the parish roll, say when they
will be home, leave the offering (the folar) and ask for Mass intentions; the app also runs the
procession bearers' rota and the catechism enrolment). Its API's keys are Mirandese,
ASCII-folded, with English loans: ``nome``, ``apelhido``, ``correio``, ``telemobel``,
``palabra_passe``, ``data_nacimiento``, ``morada``, ``pobo``, ``casa`` household (its number
on the roll), ``bautismo`` baptism, ``religion``, ``bejita`` visit, ``cruc`` cross, ``folar``
offering, ``oufrenda`` offering, ``missa`` Mass, ``antencon`` intention, ``defuntos`` the
departed, ``bibos`` the living, ``catequese`` catechism, ``padrino``/``madrina`` godparents,
``percisson`` procession, ``andor`` float, ``cunfisson`` confession, ``lhista`` roll,
``mensaige``: registration on the parish roll (her baptism, her religion, her household), an
OAuth password grant, ``/miu``, the visit slot with the house's point, the folar paid, Mass
intentions for the husband's late grandparents, a confession slot, Aurora's catechism enrolment
(her baptism and godmother), the procession rota, attendance at the Easter Vigil with her fix, a
donation for the bell, a prayer request, a photo of the visit, a message to the priest, the
household by roll number in the path, a receipt by cookie GET, push and events. New: "compasso",
"easter visit" and "visitation" matched no docstring; sets 125, 140 and 202 have house
blessings of other faiths, set 142 a confraternity's novena and set 232 a Holy Week brotherhood:
this is the Easter cross's house-to-house visit and the parish roll."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families279_kit import (
    CHURCH,
    DAUGHTER,
    HOME,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families279_sdk import (
    ct_batch,
    ct_identify,
    ct_pixel,
    qb_crash,
    qb_crumb,
    qb_session,
    rs_event,
)
from eval_families279_svc import aj_message, cp_register, cu_save, mo_card, mo_confirm, mp_route
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cumpasso", "Cumpasso", "com.example.cumpasso", "1.2.0",
          "https://api.cumpasso.example.org")
IID = "X-Cumpasso-Aparelho"
PW = "Aleluia#Sendim26"
REL = SENS
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def cumpasso() -> list[Case]:
    rng = random.Random(27951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correio=L(EMAIL, MAIL), casa=L(HOUSEHOLD, UID),
                                    paroquia=L("Sendim", REL)))}
    hla, hlo = fix(HOME_AT, 5)
    cla, clo = fix((CHURCH["lat"] + 0.000021, CHURCH["lon"] - 0.000033), 4)
    roll = at_path(case(f, f"{a}/v1/lhista/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/lhista", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "apelhido": L(LAST, NAMEC), "correio": L(EMAIL_MIXED, MAIL),
            "telemobel": L(E164, TEL), "palabra_passe": L(PW, CRED),
            "data_nacimiento": L(DOB, BIRTH), "morada": L(HOME["line"], "contact.address"),
            "pobo": L(HOME["village"], COARSE), "religion": L("catolica", REL),
            "bautismo": {"die": L("1991-08-11", REL), "paroquia": L("St. Mary, Portland", REL)},
            "casa": L(HOUSEHOLD, UID), "marido": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "cumpasso-android"}),
        case(f, f"{a}/v1/miu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bejita/pascoa", headers=_h(rng, **b), body={
            "casa": L(HOUSEHOLD, UID), "die": "2026-04-05", "an_casa_de": "10:00",
            "ante": "13:00", "lugar": {"lat": hla, "lng": hlo},
            "recebe_cruc": L(True, REL), "morada": L(HOME["line"], "contact.address")}),
        case(f, f"{a}/v1/folar", fmt="form", headers=_h(rng, **b), body={
            "casa": L(HOUSEHOLD, UID), "balor": L("40", BUY), "moeda": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "fundo": L("folar_pascal", REL)}),
        case(f, f"{a}/v1/missas/antencones", headers=_h(rng, **b), body={
            "tipo": L("sufragio", REL), "die": "2026-04-12",
            "defuntos": [L("Manuel Raposo", NAMEC), L("Albina Pires", NAMEC)],
            "bibos": [L(HUSBAND[0], NAMEC), L(KID, NAMEC)], "oufrenda": L(10, BUY)}),
        case(f, f"{a}/v1/cunfisson/horairos", headers=_h(rng, **b), query={
            "paroquia": CHURCH["id"], "semana": "2026-W13"}),
        case(f, f"{a}/v1/cunfisson/marcar", fmt="form", headers=_h(rng, **b), body={
            "horairo": obj(rng, "hr"), "padre": "pe_antonio", "tipo": L("cunfisson", REL),
            "casa": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/catequese/anscricon", headers=_h(rng, **b), body={
            "anho": L("3o anho catequese", REL),
            "nina": {"nome": L(DAUGHTER["first"], NAMEC), "apelhido": L(DAUGHTER["last"], NAMEC),
                     "data_nacimiento": L(DAUGHTER["dob"], BIRTH),
                     "bautizada": L(True, REL), "madrina": L("Rosa Martins", NAMEC),
                     "alergias": L("picadas de abeilha", MED)},
            "casa": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/percisson/scala", headers=_h(rng, **b), query={
            "casa": L(HOUSEHOLD, UID), "festa": "senhora_de_l_naso"}),
        case(f, f"{a}/v1/presencas", headers=_h(rng, **b), body={
            "celebracon": L("Vigilia Pascal", REL), "die": "2026-04-04",
            "lugar": {"lat": cla, "lng": clo},
            "eigreija": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "comungou": L(True, REL)}),
        case(f, f"{a}/v1/oufrendas", fmt="form", headers=_h(rng, **b), body={
            "fundo": L("campana_nuoba", REL), "balor": L("25", BUY), "moeda": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "anonimo": "nun"}),
        case(f, f"{a}/v1/pedidos_oracon", headers=_h(rng, **b), body={
            "testo": L("Please pray for my mother-in-law Custódia, she starts chemotherapy "
                       "next week", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "bisibilidade": "padre"}),
        multipart(f, f"{a}/v1/album", [
            ("fotografie", "cumpasso_2026.jpg", "image/jpeg", L(JPEG + b"\x81", MEDIA)),
            ("meta", None, "application/json", {
                "album": "pascoa-2026",
                "legenda": L("The cross at our door with Amadeu and Aurora", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mensaiges", headers=_h(rng, **b), body={
            "para": "pe_antonio",
            "testo": L("Senhor Padre, Aurora's godmother is my husband's cousin Rosa Martins "
                       "(+351962804417), can she read at the Mass?",
                       f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        roll,
        case(f, f"{a}/v1/recibos/redadeiro", headers=_h(rng, how="none"), cookies={
            "cp_sesson": L(opaque(rng, "", 40), CRED), "cp_aparelho": L(INSTALL_ID, DID),
            "cp_req": rid(rng)}),
        case(f, f"{a}/v1/eigreijas", headers=_h(rng, **b), query={
            "pobo": "Sendim", "lat": f"{CHURCH['lat']:.5f}", "lon": f"{CHURCH['lon']:.5f}"}),
        case(f, f"{a}/v1/aparelhos", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eibentos", gz=True, headers=_h(rng, **b), body={
            "outelizador": L(USER_ID, UID), "eibentos": [
                ev("bejita_marcada", 1), ev("ecran", 2, ecran=L("Antencones", USAGE)),
                ev("oufrenda", 3, fundo=L("campana_nuoba", REL))]}),
        case(f, f"{a}/v1/familia", headers=_h(rng, **b), body={
            "casa": L(HOUSEHOLD, UID), "membros": [
                {"nome": L(HUSBAND[0], NAMEC), "telemobel": L(HUSBAND[1], TEL)},
                {"nome": L(MOTHER_IL[0], NAMEC), "telemobel": L(MOTHER_IL[1], TEL)}]}),
    ]


def cumpasso_sdks() -> list[Case]:
    rng = random.Random(27952)
    return [
        ct_batch(APP, rng, [("Visit Booked", {"day": "2026-04-05"}),
                            ("Mass Intention", {"kind": L("suffrage", REL)})],
                 at=HOME_AT, nd=2),
        ct_identify(APP, rng, {"paroquia": L("Sendim", REL), "casa": L(HOUSEHOLD, UID),
                               "pobo": L("Sendim", COARSE)}),
        ct_pixel(APP, rng, "Reading Opened", {"day": "2026-04-05"}),
        rs_event(APP, rng, "offering", {"fund": L("new_bell", REL)}, revenue=25.0,
                 currency="EUR"),
        qb_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/folar"),
                 [qb_crumb("nav", "Ampeço -> Folar"), qb_crumb("tap", "pagar")],
                 screen="FolarActivity"),
        cp_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"paroquia": L("Sendim", REL), "scala": "andor"}),
        cu_save(APP, rng, {"analytics": True, "marketing": False}),
        qb_session(APP, rng, secs=377),
        mo_card(APP, rng, email=True),
        mo_confirm(APP, rng, "40.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((CHURCH["lat"], CHURCH["lon"]), None)],
                 mode="walking"),
        aj_message(APP, rng, L("My folar receipt did not arrive", f"{TEXT}|{REL}"),
                   {"casa": L(HOUSEHOLD, UID)}),
    ]
