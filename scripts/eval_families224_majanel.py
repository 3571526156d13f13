"""An appliance store's weekly-instalment credit app "Majanel" (``majanel`` a loan, borrowing;
the Muebles y Electro El Arcotete store in San Cristobal sells a fridge and a gas stove on a
52-week credit with a down payment, a home visit and weekly payments at the counter, by transfer
or in cash to the collector). Its API's keys are Tzotzil in ASCII with the Spanish loans of
Mexican consumer credit (``curp``, ``rfc``, ``enganche``, ``abono``, ``buro``) and English:
``biil`` name, ``apeyido`` surname (the loan as Tzotzil writes it), ``koponob`` phone,
``mukulal`` password (lit. "what is hidden"), ``svokel`` birth (date), ``yav_snaj`` address,
``jteklum`` town, ``abtel`` work, ``yav_abtel`` workplace, ``stojol_abtel`` wage (lit. "the pay
of the work"), ``smalal`` her husband, ``xchiiltak`` references (lit. "her companions"),
``majanel`` credit, ``yil`` debt (balance), ``tojel`` payment, ``takin`` amount, ``stojol``
price, ``manel`` purchase, ``takel`` delivery (lit. "sending"), ``sael`` search, ``lokol`` photo,
``stsib_sbi`` signature, ``yalel`` remark, ``xemana`` week: sign-up, an SMS code, ``/me``, the
credit application with two references, the selfie and resident-card photos, the house point for
the verification visit, the credit-bureau authorisation (NIP), the decision by account number in
the path, a catalogue search, the catalogue, the contract, the down payment, the delivery, a
pay-in reference for the counter, a weekly transfer from her CLABE, the balance by cookie, an
early pay-off quote, a warranty claim with a photo, the collector's visit moved, push, events
and a log-out. Not set 220's airfare layaway (paid before the goods) nor set 104's shop debt list
(a docstring and file-name grep: "instalment credit", "credit line", "pay later", "BNPL"
nothing; "abono" only sets 154, 212; "store credit" only 104)."""

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
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
from eval_families224_kit import (
    CONTRACT,
    CREDIT,
    CURP,
    HOME,
    HOME_AT,
    HUSBAND,
    MX_CLABE,
    RESIDENT_CARD,
    RFC,
    STORE,
    fix,
    hd,
    push,
)
from eval_families224_sdk import (
    bp_bid,
    ck_crash,
    ck_crumb,
    mj_batch,
    mj_identify,
    th_event,
    th_launch,
)
from eval_families224_svc import hk_message, pj_card, pj_confirm, ps_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("majanel", "Majanel", "com.example.majanel", "5.12.0",
          "https://api.majanel.example.com")
IID = "X-Majanel-Device"
PW = "Arcotete_5512"
NID = "personal.national_id"
REF1 = ("Marcela Hernandez Ruiz", "+529671209934")  # a neighbour (a reference she types)
REF2 = ("Tomas Lopez Santiz", "+529671277810")  # a colleague (a reference she types)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, es=True, **kw)


def majanel() -> list[Case]:
    rng = random.Random(22421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, koponob=L(E164, TEL), majanel=L(CREDIT, UID)))}
    hla, hlo = fix(HOME_AT)
    decision = at_path(case(f, f"{a}/v2/majanel/{CREDIT}", headers=_h(rng, **b)), CREDIT, UID)
    return [
        case(f, f"{a}/v2/tsakel", headers=_h(rng), body={
            "biil": L(FIRST, NAMEC), "apeyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "koponob": L(E164, TEL), "mukulal": L(PW, CRED), "svokel": L(DOB, BIRTH),
            "curp": L(CURP, NID), "yav_snaj": L(HOME["line"], ADDR),
            "barrio": L(HOME["barrio"], COARSE), "jteklum": L(HOME["town"], COARSE),
            "estado": L(HOME["state"], COARSE), "cp": L(HOME["cp"], COARSE),
            "tienda": STORE["id"]}),
        case(f, f"{a}/v2/ochel/sms", fmt="form", headers=_h(rng), body={
            "koponob": L(E164, TEL), "kodigo": L("508117", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/majanel/solicitud", headers=_h(rng, **b), body={
            "curp": L(CURP, NID), "rfc": L(RFC, NID),
            "abtel": "maestra de ingles", "yav_abtel": "Instituto de Idiomas del Centro",
            "stojol_abtel": 14500, "snaj": "rentada", "jayvo_ta_snaj": 3,
            "smalal": {"biil": L(HUSBAND[0], NAMEC), "koponob": L(HUSBAND[1], TEL)},
            "xchiiltak": [
                {"biil": L(REF1[0], NAMEC), "koponob": L(REF1[1], TEL), "kuchaal": "vesina"},
                {"biil": L(REF2[0], NAMEC), "koponob": L(REF2[1], TEL), "kuchaal": "abtel"}],
            "majanel": L(CREDIT, UID)}),
        multipart(f, f"{a}/v2/majanel/vunetik", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x24", MEDIA)),
            ("tarjeta_residente", "trp_frente.jpg", "image/jpeg",
             L(JPEG + b"\x25", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"majanel": L(CREDIT, UID),
                                                "numero_tarjeta": L(RESIDENT_CARD, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/majanel/yav_snaj", headers=_h(rng, **b), body={
            "majanel": L(CREDIT, UID), "lat": hla, "lon": hlo, "presision_m": 6,
            "yalel": L("Porton verde junto a la tienda de abarrotes, timbre de arriba",
                       f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/v2/buro/autorizacion", fmt="form", headers=_h(rng, **b), body={
            "rfc": L(RFC, NID), "curp": L(CURP, NID), "nip": L("4417", CRED),
            "stsib_sbi": L(f"{FIRST} {LAST}", NAMEC), "acepto": "si"}),
        decision,
        case(f, f"{a}/v2/sael", headers=_h(rng, **b), query={
            "sael": L("refrigerador 11 pies plata", SEARCH), "tienda": STORE["id"]}),
        case(f, f"{a}/v2/katalogo", headers=_h(rng, **b), query={
            "kategoria": "linea_blanca", "tienda": STORE["id"], "pajina": "1"}),
        case(f, f"{a}/v2/kontrato", headers=_h(rng, **b), body={
            "majanel": L(CREDIT, UID), "kontrato": L(CONTRACT, BUY),
            "manel": [{"sku": "RF-11P-PL", "stojol": 9899},
                      {"sku": "EST-4Q-BLN", "stojol": 5499}],
            "stojol_tsobol": L(15398, BUY), "enganche": L(1540, BUY),
            "abono_semanal": L(349, BUY), "xemanaetik": 52}),
        case(f, f"{a}/v2/tojel/enganche", fmt="form", headers=_h(rng, **b), body={
            "kontrato": L(CONTRACT, BUY), "takin": L("1540.00", BUY),
            "tarjeta_slajeb": L("4444", PAY), "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/takel", headers=_h(rng, **b), body={
            "kontrato": L(CONTRACT, BUY), "skakalil": "2026-02-07", "ora": "10-14",
            "yav_snaj": L(HOME["line"], ADDR), "barrio": L(HOME["barrio"], COARSE),
            "chapbil_ta_snaj": L(HUSBAND[1], TEL), "camion": "cm_04"}),
        case(f, f"{a}/v2/tojel/referencia", headers=_h(rng, **b), query={
            "majanel": L(CREDIT, UID), "takin": L("349.00", BUY), "xemana": "3"}),
        case(f, f"{a}/v2/tojel/spei", headers=_h(rng, **b), body={
            "clabe_ordenante": L(MX_CLABE, PAY), "takin": L(349, BUY),
            "concepto": L("abono 4 refri y estufa", TEXT), "majanel": L(CREDIT, UID),
            "referencia": rid(rng)}),
        case(f, f"{a}/v2/yil", headers=_h(rng, how="none"), query={
            "majanel": L(CREDIT, UID)}, cookies={
            "mj_sesion": L(opaque(rng, "", 40), CRED), "mj_device": L(INSTALL_ID, DID),
            "mj_req": rid(rng)}),
        case(f, f"{a}/v2/yil/liquidar", fmt="form", headers=_h(rng, **b), body={
            "majanel": L(CREDIT, UID), "skakalil": "2026-06-30", "yil": L("9772.00", BUY)}),
        multipart(f, f"{a}/v2/garantia", [
            ("lokol", "refri_hielo.jpg", "image/jpeg", L(JPEG + b"\x26", MEDIA)),
            ("meta", None, "application/json", {
                "kontrato": L(CONTRACT, BUY), "sku": "RF-11P-PL",
                "yalel": L("Mu xsikub lek li refri, ta xlik ta yutil ta akubal", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/cobrador/visita", fmt="form", headers=_h(rng, **b), body={
            "majanel": L(CREDIT, UID), "skakalil": "2026-03-14", "ora": "17:00",
            "yalel": L("El sabado estoy en la fiesta de mi hija, mejor el domingo", TEXT)}),
        case(f, f"{a}/v2/device", headers=_h(rng, **b), body=push(push_token(rng), "es_MX")),
        case(f, f"{a}/v2/spasel", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "spasel": [
                ev("abono_pagado", 1, takin=L(349, BUY)),
                ev("pantalla", 2, pantalla=L("EstadoDeCuenta", USAGE))]}),
        case(f, f"{a}/v2/lokel", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def majanel_sdks() -> list[Case]:
    rng = random.Random(22422)
    return [
        mj_batch(APP, rng, [("Credit Approved", {"limit": 20000}),
                            ("Contract Signed", {"total": L(15398, BUY)})],
                 at=HOME_AT, nd=2, locale="es_MX"),
        mj_identify(APP, rng, {"jteklum": L("San Cristobal de las Casas", COARSE),
                               "majanel": L(CREDIT, UID), "segmento": "B"}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "purchase", {"kontrato": L(CONTRACT, BUY)}, revenue=15398.0,
                 currency="MXN", hashed=True),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="refrigerador,credito"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [ck_crumb("nav", "Solicitud -> Selfie"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v2/majanel/vunetik",
                                           "status": 500})], screen="SelfieActivity"),
        ps_register(APP, rng, lang="es", at=HOME_AT, nd=3, tags={"tienda": STORE["id"]}),
        pj_card(APP, rng),
        pj_confirm(APP, rng, "1540.00"),
        hk_message(APP, rng, L(f"Mi abono de la semana 4 no aparece, contrato {CONTRACT}",
                               f"{TEXT}|{BUY}"), {"majanel": L(CREDIT, UID)}),
    ]

