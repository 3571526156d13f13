"""Civil-registry app "MiRegistro" (the island's fictional population-register office: address
changes, identity-card renewals, civil-status extracts; its API's keys are Papiamentu:
``kuenta`` account, ``persona`` person, ``mudansa`` move, ``adres_bieu``/``adres_nobo`` old /
new address, ``kaya`` street, ``hendenan`` people, ``renobashon`` renewal, ``motibu`` reason,
``haltura`` height, ``estado_sivil`` civil status, ``potret`` photo, ``verifikashon`` check,
``kara`` face, ``dokumento`` document, ``pasport`` passport, ``nashonalidat`` nationality,
``ekstrakto`` extract, ``nasementu`` birth, ``matrimonio`` marriage, ``luga_nasementu`` place of
birth, ``servisio`` service, ``ofisina`` office, ``tiket`` queue ticket, ``permiso_estadia``
residence permit, ``preferensia`` preferences; the rest as in ``_honrun.py``): an account with
her sédula number, an SMS code, ``/mi`` (a ``sedula`` claim), her record by sédula in the query
and in the path, the family's move to Salinja, her card renewal with a photo and a face-match
embedding, her passport's MRZ, the son's birth extract for his passport, the marriage extract,
fees, an appointment and a check-in at the office, her residence permit, a message to the help
desk, receipts by cookie, preferences in a base64 JSON cookie, push, events and a log-out. No
earlier set has a civil-registry app (immigration and licence apps exist; this is the
population register)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import floats
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families154_kit import (
    CW_HOME,
    CW_HOME_AT,
    CW_OLD,
    HUSBAND,
    HUSBAND_SEDULA,
    PASSPORT,
    SEDULA,
    SON,
    fix,
    hd,
    mrz,
    obj,
    push,
)
from eval_families154_sdk import cd_session, mc_batch, mc_identify
from eval_families154_svc import cl_card, cl_confirm, cy_check, fn_eval, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("miregistro", "MiRegistro", "com.example.miregistro", "5.0.2",
          "https://api.miregistro.example.org")
IID = "X-MR-Device"
PW = "Sedula$Salinja21"
NID, FIT, FACE = "personal.national_id", "health.fitness", "biometric.face"
OFFICE = {"id": "rs_wst", "name": "Ofisina di Registro Sivil Willemstad", "lat": 12.11021,
          "lon": -68.93104}  # the office (a negative)
OFFICE_FIX = (12.110188, -68.931077)
PERMIT = "VVR-CW-2023-044817"  # her residence permit number (personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pap=True, **kw)


def miregistro() -> list[Case]:
    rng = random.Random(15451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sedula=L(SEDULA, NID), korreo=L(EMAIL, MAIL)))}
    ola, olo = fix(OFFICE_FIX)
    m1, m2 = mrz()
    docs = at_path(case(f, f"{a}/api/v3/persona/{SEDULA}/dokumentonan", headers=_h(rng, **b)),
                   SEDULA, NID)
    return [
        case(f, f"{a}/api/v3/kuenta", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "korreo": L(EMAIL, MAIL),
            "selular": L(E164, TEL), "kontrasena": L(PW, CRED),
            "number_sedula": L(SEDULA, NID), "fecha_nasementu": L(DOB, BIRTH)}),
        case(f, f"{a}/api/v3/auth/otp", fmt="form", headers=_h(rng), body={
            "selular": L(E164, TEL), "kodigo": L("904416", CRED)}),
        case(f, f"{a}/api/v3/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/persona", headers=_h(rng, **b), query={
            "number_sedula": L(SEDULA, NID), "inkluí": "adres"}),
        docs,
        case(f, f"{a}/api/v3/mudansa", headers=_h(rng, **b), body={
            "adres_bieu": {"kaya": L(CW_OLD["line"], ADDR), "bario": L(CW_OLD["area"], COARSE)},
            "adres_nobo": {"kaya": L(CW_HOME["line"], ADDR), "bario": L(CW_HOME["area"], COARSE),
                           "siudat": L(CW_HOME["town"], COARSE)},
            "fecha_mudansa": "2025-11-01",
            "hendenan": [{"nomber": L(f"{FIRST} {LAST}", NAMEC), "sedula": L(SEDULA, NID)},
                         {"nomber": L(HUSBAND[0], NAMEC), "sedula": L(HUSBAND_SEDULA, NID)},
                         {"nomber": L(f"{SON['first']} {SON['last']}", NAMEC),
                          "sedula": L(SON["sedula"], NID)}]}),
        case(f, f"{a}/api/v3/sedula/renobashon", headers=_h(rng, **b), body={
            "number_sedula": L(SEDULA, NID), "motibu": "vensé", "haltura": L(168, FIT),
            "estado_sivil": "kasá", "entrega": OFFICE["id"]}),
        multipart(f, f"{a}/api/v3/sedula/potret", [
            ("potret", "potret_sedula.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"number_sedula": L(SEDULA, NID),
                                                "fondo": "blanku"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/verifikashon/kara", headers=_h(rng, **b), body={
            "sesion": rid(rng), "kara": {"embedding": L(floats(rng, 128), FACE),
                                         "modelo": "fm-v4"}, "liveness": 0.97,
            "number_sedula": L(SEDULA, NID)}),
        case(f, f"{a}/api/v3/dokumento/pasport", headers=_h(rng, **b), body={
            "mrz1": L(m1, NAMEC), "mrz2": L(m2, f"{NID}|{BIRTH}|personal.gender"),
            "number_pasport": L(PASSPORT, NID), "nashonalidat": "USA", "vense": "2031-02-24",
            "seks": L("F", GENDER)}),
        case(f, f"{a}/api/v3/ekstrakto/nasementu", headers=_h(rng, **b), body={
            "yu": {"nomber": L(SON["first"], NAMEC), "fam": L(SON["last"], NAMEC),
                   "fecha_nasementu": L(SON["dob"], BIRTH), "sedula": L(SON["sedula"], NID),
                   "luga_nasementu": L("Willemstad", COARSE)},
            "motibu": "pasport", "kopianan": 2}),
        case(f, f"{a}/api/v3/ekstrakto/matrimonio", headers=_h(rng, **b), body={
            "esposo": {"nomber": L(HUSBAND[0], NAMEC), "sedula": L(HUSBAND_SEDULA, NID)},
            "fecha_matrimonio": "2014-06-21", "kopianan": 1}),
        case(f, f"{a}/api/v3/pago", fmt="form", headers=_h(rng, **b), body={
            "suma": L("87.50", BUY), "moneda": "XCG", "referensia": obj(rng, "rf"),
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimo_kuater": L("4444", PAY)}),
        case(f, f"{a}/api/v3/sita/disponibel", headers=_h(rng, **b), query={
            "ofisina": OFFICE["id"], "servisio": "renobashon", "siman": "2026-W02"}),
        case(f, f"{a}/api/v3/sita", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "number_sedula": L(SEDULA, NID), "servisio": "renobashon"}),
        case(f, f"{a}/api/v3/check_in", headers=_h(rng, **b), body={
            "luga": {"latitut": ola, "longitut": olo},
            "ofisina": {"id": OFFICE["id"], "latitut": OFFICE["lat"],
                        "longitut": OFFICE["lon"]}, "tiket": "B-041"}),
        case(f, f"{a}/api/v3/permiso_estadia", headers=_h(rng, **b), body={
            "number_permiso": L(PERMIT, NID), "tipo": "famia", "valido_te": "2028-03-31",
            "number_sedula": L(SEDULA, NID)}),
        case(f, f"{a}/api/v3/mensahe", headers=_h(rng, **b), body={
            "pa": "helpdesk",
            "teksto": L("Mi sédula ta vense 20 di yanüari, mi no por bin promé ku 15. Kiko mi "
                        "mester hasi?", TEXT)}),
        case(f, f"{a}/api/v3/rekibunan", headers=_h(rng, how="none"), cookies={
            "mr_seshon": L(opaque(rng, "", 40), CRED), "mr_aparato": L(INSTALL_ID, DID),
            "mr_req": rid(rng)}),
        case(f, f"{a}/api/v3/preferensia", headers=_h(rng, **b), cookies={
            "mr_pref": W({"sedula": L(SEDULA, NID), "idioma": L("pap", DEV)}, "b64json")}),
        case(f, f"{a}/api/v3/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/eventonan", gz=True, headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "eventonan": [
                ev("mudansa_manda", 1), ev("pantaya", 2, pantaya=L("MiDokumentonan", USAGE))]}),
        case(f, f"{a}/api/v3/sali", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def miregistro_sdks() -> list[Case]:
    rng = random.Random(15452)
    return [
        mc_batch(APP, rng, [("Move Submitted", {"people": 3}),
                            ("Renewal Paid", {"total": L(87.5, BUY)})], locale="pap_CW"),
        mc_identify(APP, rng, {"siudat": L("Willemstad", COARSE), "bario": L("Salinja", COARSE)}),
        cd_session(APP, rng, secs=733),
        fn_eval(APP, rng, {"ofisina": OFFICE["id"], "face_match": "on"}, hdr=True),
        pt_register(APP, rng, lang="pap", tags={"ofisina": OFFICE["id"]}),
        cy_check(APP, rng, {"analytics": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "87.50"),
        mm_route(APP, rng, [(CW_HOME_AT, PRECISE), ((OFFICE["lat"], OFFICE["lon"]), None)]),
    ]
