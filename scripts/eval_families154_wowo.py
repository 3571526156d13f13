"""Optician's app "Wowo Kla" (an optician in Punda where she has her eyes tested and buys
glasses and contact lenses; ``wowo`` eye, ``kla`` clear; its API's keys are Papiamentu:
``kliente`` customer, ``pashent`` patient record, ``sita`` appointment, ``motibu`` reason,
``kuestionario`` questionnaire, ``reseta`` prescription, ``wowo_drechi``/``wowo_robes`` right /
left eye, ``esfera``/``silinder``/``ehe`` sphere / cylinder / axis, ``distansia_pupila``
pupillary distance, ``purba`` try-on, ``armadura`` frame, ``kara`` face, ``puntonan`` points,
``ordu`` order, ``seguro`` insurance, ``abono`` subscription, ``entrega`` delivery, ``sintoma``
symptom, ``kompartí`` share (``komparti``), ``evaluashon`` review, ``strea`` stars, ``tienda``
shop, ``serka`` near, ``kodigo`` code; the rest as in ``_honrun.py``): sign-up, an SMS log-in,
``/mi``, the exam booked, the health questionnaire (gzip), the prescription (query and body), a
virtual frame try-on with 68 face landmarks, the selfie, the glasses order and its payment, an
insurance claim, a contact-lens subscription (msgpack), shops near her house, a check-in at the
shop, a red-eye report with a photo, a message to the optometrist, the order by number in the
path, sharing the order with her husband, points by cookie, a review, push and events. Set 10's
AR try-on app is a face-filter app; here the try-on is a side feature of an optician."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    landmarks,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families154_kit import CW_HOME, CW_HOME_AT, HUSBAND, fix, hd, obj, push
from eval_families154_sdk import cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families154_svc import (
    cl_card,
    cl_confirm,
    cy_check,
    fn_eval,
    hs_attach,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("wowokla", "Wowo Kla", "com.example.wowokla", "2.2.0",
          "https://api.wowokla.example.com")
IID = "X-WK-Aparato"
PW = "Punda!Bril2025"
FACE = "biometric.face"
SHOP = {"id": "tnd_punda", "name": "Optika Wowo Kla Punda", "phone": "+59994612210",
        "lat": 12.10523, "lon": -68.93441}  # the optician's shop (negatives)
SHOP_FIX = (12.105214, -68.934452)
RECORD = "WK-PX-2025-18834"  # her optical patient record (health.medical, as set 151's chart)
ORDER = "WK-ORD-558213"  # her glasses order (financial.purchase)
OPTOM = ("Vanessa Koeiman", "v.koeiman@wowokla.example.com")  # typed by her: contact.*
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def _eye(sph: float, cyl: float, axis: int) -> dict[str, Any]:
    return {"esfera": L(sph, MED), "silinder": L(cyl, MED), "ehe": L(axis, MED)}


def wowokla() -> list[Case]:
    rng = random.Random(15411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, korreo=L(EMAIL, MAIL), pashent=L(RECORD, MED)))}
    sla, slo = fix(SHOP_FIX, 5)
    order = at_path(case(f, f"{a}/v2/ordu/{ORDER}/estado", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v2/kliente", headers=_h(rng), body={
            "nomber": L(FIRST, NAMEC), "fam": L(LAST, NAMEC), "korreo": L(EMAIL_MIXED, MAIL),
            "telefon": L(PHONE, TEL), "fecha_nasementu": L("17-05-1991", BIRTH),
            "seks": L("muhe", GENDER), "kontrasena": L(PW, CRED), "tienda": SHOP["id"]}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kodigo": L("270514", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/sita", headers=_h(rng, **b), body={
            "pashent": L(RECORD, MED), "tienda": SHOP["id"], "fecha": "2025-12-15",
            "ora": "10:30", "tipo": L("ehaminashon di wowo", MED),
            "motibu": L("mi ta mira borou na distansia", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/kuestionario", gz=True, headers=_h(rng, **b), body={
            "pashent": L(RECORD, MED), "diabetes": L(False, MED),
            "preshon_haltu": L(False, MED), "glaucoma_den_famia": L(True, MED),
            "remedi": [L("cetirizine 10 mg", MED)], "lens_kontakto": L(True, MED),
            "ora_pantaya_pa_dia": 9, "operashon_wowo": L(False, MED)}),
        case(f, f"{a}/v2/reseta", headers=_h(rng, **b), query={
            "pashent": L(RECORD, MED), "ultimo": "true"}),
        case(f, f"{a}/v2/reseta/kopia", headers=_h(rng, **b), body={
            "pashent": L(RECORD, MED), "fecha": "2025-12-15",
            "wowo_drechi": _eye(-1.75, -0.5, 180), "wowo_robes": _eye(-2.0, -0.25, 170),
            "distansia_pupila": L(62, MED), "optometrista": "opt_vk03"}),
        case(f, f"{a}/v2/purba/virtual", headers=_h(rng, **b), body={
            "armadura": "frm_rayado_52", "kara": {
                "puntonan": L(landmarks(rng, 68), FACE), "hanchura_mm": L(138.4, FACE),
                "filter": "oval"}, "sesion": rid(rng)}),
        multipart(f, f"{a}/v2/purba/potret", [
            ("potret", "selfie.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {"armadura": "frm_rayado_52",
                                                "pashent": L(RECORD, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/ordu", headers=_h(rng, **b), body={
            "ordu": L(ORDER, BUY), "armadura": "frm_rayado_52", "lens": "anti_reflekshon",
            "preis_armadura": 289, "preis_lens": 340, "suma": L(629, BUY),
            "pashent": L(RECORD, MED)}),
        case(f, f"{a}/v2/pago", fmt="form", headers=_h(rng, **b), body={
            "ordu": L(ORDER, BUY), "suma": L("629.00", BUY), "moneda": "XCG",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimo_kuater": L("4444", PAY)}),
        case(f, f"{a}/v2/seguro/reklamo", headers=_h(rng, **b), body={
            "number_seguro": L("ENNIA-POL-7730214", MED),
            "asegura": L(f"{FIRST} {LAST}", NAMEC), "ordu": L(ORDER, BUY),
            "suma_reklamo": L(250, BUY)}),
        case(f, f"{a}/v2/lens/abono", fmt="msgpack", headers=_h(rng, **b), body={
            "marka": "daily_1d_30", "wowo_drechi": L(-1.75, MED), "wowo_robes": L(-2.0, MED),
            "entrega": {"adres": L(CW_HOME["line"], ADDR), "bario": L(CW_HOME["area"], COARSE)},
            "kada_luna": 3, "suma": L(95, BUY)}),
        case(f, f"{a}/v2/tienda/serka", headers=_h(rng, **b), query={
            "latitut": L(f"{CW_HOME_AT[0]:.3f}", PRECISE),
            "longitut": L(f"{CW_HOME_AT[1]:.3f}", PRECISE), "radio_km": "8"}),
        case(f, f"{a}/v2/check_in", headers=_h(rng, **b), body={
            "sita": obj(rng, "st"), "luga": {"latitut": sla, "longitut": slo},
            "tienda": {"id": SHOP["id"], "latitut": SHOP["lat"], "longitut": SHOP["lon"]}}),
        multipart(f, f"{a}/v2/sintoma", [
            ("potret", "wowo_kora.jpg", "image/jpeg", L(JPEG + b"\x53", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "pashent": L(RECORD, MED),
                "teksto": L("Mi wowo robes ta kora i ta pika despues di pone e lens nobo",
                            f"{TEXT}|{MED}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/mensahe", headers=_h(rng, **b), body={
            "pa": {"nomber": L(OPTOM[0], NAMEC), "korreo": L(OPTOM[1], MAIL)},
            "teksto": L("Ku e reseta nobo mi tin dolor di kabes atardi, esei ta normal?",
                        f"{TEXT}|{MED}")}),
        order,
        case(f, f"{a}/v2/ordu/komparti", fmt="form", headers=_h(rng, **b), body={
            "ordu": L(ORDER, BUY), "nomber": L(HUSBAND[0], NAMEC),
            "selular": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v2/puntonan", headers=_h(rng, how="none"), cookies={
            "wk_seshon": L(opaque(rng, "", 40), CRED), "wk_aparato": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/evaluashon", fmt="form", headers=_h(rng, **b), body={
            "tienda": SHOP["id"], "strea": "5",
            "komentario": L("Atenshon dushi, e brìl ta kla den 5 dia!", TEXT)}),
        case(f, f"{a}/v2/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/eventonan", headers=_h(rng, **b), body={
            "usuario": L(USER_ID, UID), "seshon": rid(rng), "eventonan": [
                ev("purba_virtual", 1), ev("pantaya", 2, pantaya=L("MiReseta", USAGE))]}),
    ]


def wowokla_sdks() -> list[Case]:
    rng = random.Random(15412)
    return [
        mc_batch(APP, rng, [("Frame Tried", {"frame": "frm_rayado_52"}),
                            ("Order Paid", {"total": L(629, BUY)})]),
        mc_queue(APP, rng, [("Lens Reminder", {"every_h": 8}),
                            ("Points Viewed", {})]),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"ordu": L(ORDER, BUY)}, revenue=629.0, currency="XCG",
                 hashed=True),
        cd_session(APP, rng, secs=604),
        fn_eval(APP, rng, {"tienda": SHOP["id"], "tryon": "v2"}, hdr=True),
        pt_register(APP, rng, lang="en", tags={"tienda": SHOP["id"]}),
        cy_check(APP, rng, {"analytics": True, "camera_processing": True}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "629.00"),
        mm_geocode(APP, rng, "optika Punda", SEARCH, near=CW_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "reseta_2025.pdf", "application/pdf"),
    ]
