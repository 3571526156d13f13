"""A wind farm's landowner app "Biguidxi" (``bi`` wind, ``guidxi`` town: the operator pays the
families whose parcels host its turbines; her husband inherited a parcel near the farm and she
holds it with him under joint property, so the account is hers). Isthmus Zapotec keys in ASCII
with Spanish loans: ``la`` / ``la_bixhoze`` / ``la_jnaa`` given name / first / second surname,
``correo``, ``telefonu``, ``diidxa_nagaachi`` password, ``dxi_gule`` birth date, ``lidxe`` home,
``guidxi`` town, ``curp`` / ``rfc`` / ``clabe`` (the Mexican ID, tax ID and bank account, kept as
written), ``layu`` land / the parcel, ``linderos`` boundary (loan), ``molino`` turbine (loan),
``regalia`` royalty (loan), ``bueltu`` amount, ``guixhe`` pay, ``guichi`` paper/document,
``bicaa_la`` signature (coinage, "wrote the name"), ``xheela`` spouse, ``xiini`` his/her child,
``heredero`` heir (loan), ``ra_nuu`` where one is, ``queja`` complaint (loan), ``diidxa``
message, ``guyubi`` search, ``asamblea`` assembly (loan), ``binniza`` Zapotec people,
``diidxaza`` the Zapotec language, ``iza`` year, ``beeu`` month, ``naa`` me. Calls: registration
of the parcel's holder, an OAuth password grant, ``/naa``, the parcel by account number in the
path, its boundary, the turbines, royalty statements, her CLABE, an invoice (CFDI) request (gzip),
the title upload, her signature, a maintenance access notice, a noise complaint with her fix,
her own noise readings (msgpack), the assembly vote, the indigenous consultation's household
form, payments by cookie, a message, a search, the heir designation (her daughter), the
withholding certificate by RFC in the path, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families189_kit import (
    CLABE,
    CURP,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_CURP,
    PARCEL,
    PARCEL_AT,
    RFC,
    SUBSTATION,
    TURBINES,
    fix,
    hd,
    push,
)
from eval_families189_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families189_svc import (
    cl_wallet,
    cy_save,
    fn_eval,
    hs_attach,
    mm_reverse,
    mm_route,
    mm_telemetry,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("biguidxi", "Biguidxi", "com.example.biguidxi", "2.0.7",
          "https://api.biguidxi.example.net")
IID = "X-Biguidxi-Install"
PW = "Layu#Bi2026istmo"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
FIELD_FIX = (16.568214, -94.822730)  # her phone on the parcel, by the fence


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def biguidxi() -> list[Case]:
    rng = random.Random(18911)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, correo=L(EMAIL, MAIL), rfc=L(RFC, NID),
                                    layu=L(PARCEL, UID)))}
    fla, flo = fix(FIELD_FIX)
    parcel = at_path(case(f, f"{a}/v1/layu/{PARCEL}", headers=_h(rng, **b)), PARCEL, UID)
    cert = at_path(case(f, f"{a}/v1/constancias/{RFC}/2025", headers=_h(rng, **b)), RFC, NID)
    return [
        case(f, f"{a}/v1/layu/titular", headers=_h(rng), body={
            "la": L(FIRST, NAMEC), "la_bixhoze": L(LAST, NAMEC), "correo": L(EMAIL_MIXED, MAIL),
            "telefonu": L(E164, TEL), "diidxa_nagaachi": L(PW, CRED), "curp": L(CURP, NID),
            "rfc": L(RFC, NID), "dxi_gule": L(DOB, BIRTH), "lidxe": L(HOME["line"], ADDR),
            "guidxi": L(HOME["town"], COARSE), "layu": L(PARCEL, UID),
            "xheela": {"la": L(HUSBAND[0], NAMEC), "curp": L(HUSBAND_CURP, NID)},
            "regimen": "mancomunado"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "biguidxi-android"}),
        case(f, f"{a}/v1/naa", headers=_h(rng, extra=jw)),
        parcel,
        case(f, f"{a}/v1/layu/linderos", headers=_h(rng, **b), body={
            "layu": L(PARCEL, UID), "hectareas": 6.2,
            "linderos": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PARCEL_AT]}),
        case(f, f"{a}/v1/molinos", headers=_h(rng, **b), query={"layu": L(PARCEL, UID)}),
        case(f, f"{a}/v1/regalias", headers=_h(rng, **b), query={
            "layu": L(PARCEL, UID), "iza": "2025"}),
        case(f, f"{a}/v1/regalias/2025-12/detalle", headers=_h(rng, **b), query={
            "layu": L(PARCEL, UID), "molino": TURBINES[1][0]}),
        case(f, f"{a}/v1/clabe", headers=_h(rng, **b), body={
            "clabe": L(CLABE, PAY), "titular": L(f"{FIRST} {LAST}", NAMEC),
            "banco": "Banco Ejemplo del Istmo", "rfc": L(RFC, NID)}),
        case(f, f"{a}/v1/cfdi", gz=True, headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "regimen_fiscal": "605", "uso_cfdi": "G03",
            "cp_fiscal": L(HOME["post"], COARSE), "periodo": "2025-12",
            "regalia": L(48500.0, BUY), "molinos": [t[0] for t in TURBINES]}),
        multipart(f, f"{a}/v1/guichi", [
            ("guichi", "titulo_parcela.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"layu": L(PARCEL, UID), "tipo": "titulo"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/bicaa_la", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"contrato": "ct_lv_2031",
                                                "bicaa_la": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/acceso", fmt="form", headers=_h(rng, **b), body={
            "molino": TURBINES[0][0], "dxi": "2026-02-03", "acepta": "si",
            "telefonu_contacto": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/queja", headers=_h(rng, **b), body={
            "layu": L(PARCEL, UID), "tipo": "ruido",
            "ra_nuu": {"lat": fla, "lon": flo},
            "molino": {"id": TURBINES[1][0], "lat": TURBINES[1][1], "lon": TURBINES[1][2]},
            "diidxa": L("El molino 18 zumba toda la noche, no dejamos dormir a la nina", TEXT)}),
        case(f, f"{a}/v1/mediciones", fmt="msgpack", headers=_h(rng, **b), body={
            "layu": L(PARCEL, UID),
            "lecturas": [{"db": 47.5 + i, "lat": L(round(FIELD_FIX[0] + 0.0004 * i, 6), PRECISE),
                          "lon": L(round(FIELD_FIX[1] - 0.0003 * i, 6), PRECISE),
                          "t": 1769900000 + 600 * i} for i in range(3)],
            "subestacion": {"lat": SUBSTATION["lat"], "lon": SUBSTATION["lon"]}}),
        case(f, f"{a}/v1/asamblea/voto", fmt="form", headers=_h(rng, **b), body={
            "asamblea": "as_2026_03", "punto": "4", "voto": "si", "layu": L(PARCEL, UID)}),
        case(f, f"{a}/v1/asamblea/consulta", headers=_h(rng, **b), body={
            "layu": L(PARCEL, UID), "comunidad_binniza": L(True, SENS),
            "lengua_lidxe": L("diidxaza", SENS), "binni_lidxe": 3}),
        case(f, f"{a}/v1/pagos", headers=_h(rng, how="none"), cookies={
            "bg_sesion": L(opaque(rng, "", 40), CRED), "bg_install": L(INSTALL_ID, DID),
            "bg_req": rid(rng)}),
        case(f, f"{a}/v1/diidxa", headers=_h(rng, **b), body={
            "para": "enlace_propietarios",
            "diidxa": L("La cerca del lado norte se cayo cuando pasaron las gruas", TEXT)}),
        case(f, f"{a}/v1/guyubi", headers=_h(rng, **b), query={
            "guyubi": L("renovacion contrato 2031 aumento", SEARCH)}),
        case(f, f"{a}/v1/heredero", headers=_h(rng, **b), body={
            "layu": L(PARCEL, UID), "heredero": {
                "la": L(DAUGHTER["first"], NAMEC), "la_bixhoze": L(DAUGHTER["last"], NAMEC),
                "curp": L(DAUGHTER["curp"], NID), "dxi_gule": L(DAUGHTER["dob"], BIRTH),
                "relacion": "xiini"}}),
        cert,
        case(f, f"{a}/v1/dispositivo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/eventos", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "sesion": rid(rng), "eventos": [
                ev("regalias_vistas", 1), ev("pantalla", 2, pantalla=L("Linderos", USAGE))]}),
    ]


def biguidxi_sdks() -> list[Case]:
    rng = random.Random(18912)
    fence = (PARCEL_AT[0][0], PARCEL_AT[0][1])
    return [
        mc_batch(APP, rng, [("Statement Opened", {"year": 2025}),
                            ("Complaint Sent", {"kind": "noise"})], at=FIELD_FIX, nd=3),
        mc_queue(APP, rng, [("Boundary Walked", {"corners": 4}), ("Reading Saved", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"farm": SUBSTATION["id"], "role": "landowner"}),
        pt_register(APP, rng, tags={"farm": SUBSTATION["id"]}, at=HOME_AT, nd=2),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_wallet(APP, rng, "4850", L(E164, TEL)),
        mm_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        mm_route(APP, rng, [(HOME_AT, PRECISE), (fence, PRECISE), (TURBINES[0][1:], None)]),
        mm_telemetry(APP, rng, [FIELD_FIX, HOME_AT], PRECISE),
        hs_attach(APP, rng, L(PDF, MEDIA), "estado_cuenta.pdf", "application/pdf"),
    ]
