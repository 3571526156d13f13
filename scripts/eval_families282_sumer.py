"""The municipality's children's summer holiday programme app "Sumerpaas" (Gemeente Seelterlound:
clubs, farms and the fire brigade offer day activities; parents book them with the child's
holiday pass; its API's keys are Saterland Frisian in camelCase: ``foarnoome``/``tounoome``,
``telefon``, ``paaswoud``, ``strooto``, ``huusnumer``, ``postnumer``, ``oard``, ``gemeente``
municipality, ``baidenFoarnoome``/``baidenTounoome`` the child's names, ``gebuurtsdoatum`` birth
date, ``geslacht`` (``jungen`` boy), ``passNumer`` holiday pass, ``allergien``, ``mediziin``,
``kroankenkasse`` health insurer, ``fersicherdennumer`` insured number, ``oolder`` age,
``aktivitaeten``, ``bedraach``, ``betoalenge``, ``kontoinhaber``, ``ouhoalje`` pick-up,
``ouhoaler`` the person collecting, ``noodkontakt`` emergency contact, ``fotoFreegoawe`` photo
consent, ``woatelieste`` waiting list, ``bewaertenge`` rating, ``kommentoar``, ``saike``): the
parent's account, a password grant, ``/ik``, the child added, his health sheet (gzip), the
activities for his age, bookings, the SEPA payment, the pass by number in the path, a pick-up
authorisation for his grandmother, the emergency contact, the drop-off check-in with her fix,
photo consent, his pass photo, a message to the organisers, a search, the waiting list
(msgpack), receipts by cookie, a rating, push and events."""

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
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families282_kit import (
    DE_IBAN,
    HOME,
    HOME_AT,
    HUSBAND,
    MEET,
    MEET_FIX,
    MOTHER_IL,
    SON,
    SON_KVNR,
    TOWNHALL,
    fix,
    hd,
    obj,
    push,
)
from eval_families282_sdk import ct_crash, ct_crumb, mr_batch, mr_identify, mr_pixel, ts_launch
from eval_families282_svc import ce_save, cs_confirm, fs_eval, hs_message, ms_route, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sumerpaas", "Sumerpaas", "com.example.sumerpaas", "2.2.0",
          "https://portal.sumerpaas.example.org")
IID = "X-Sumerpaas-Device"
PW = "Tammo#Kanu2026"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, de=True, **kw)


def sumerpaas() -> list[Case]:
    rng = random.Random(28211)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), baiden=[L(SON["pass"], UID)],
                                    rolle="aolderdeel"))}
    mla, mlo = fix(MEET_FIX, 5)
    pas = at_path(case(f, f"{a}/api/baiden/{SON['pass']}/pass", headers=_h(rng, **b),
                       query={"formoat": "pdf"}), SON["pass"], UID)
    return [
        case(f, f"{a}/api/konto", headers=_h(rng), body={
            "foarnoome": L(FIRST, NAMEC), "tounoome": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "paaswoud": L(PW, CRED),
            "strooto": L(HOME["street"], ADDR), "huusnumer": L(HOME["nr"], ADDR),
            "postnumer": L(HOME["post"], COARSE), "oard": L(HOME["town"], COARSE),
            "gemeente": L(HOME["gemeente"], COARSE), "datenschuts": True}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "sumerpaas-android"}),
        case(f, f"{a}/api/ik", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/baiden", headers=_h(rng, **b), body={
            "baidenFoarnoome": L(SON["first"], NAMEC), "baidenTounoome": L(SON["last"], NAMEC),
            "gebuurtsdoatum": L(SON["dob"], BIRTH), "geslacht": L("jungen", GENDER),
            "schoule": "gs_rmsl", "klasse": "4b", "passNumer": L(SON["pass"], UID)}),
        case(f, f"{a}/api/baiden/gesundhaid", gz=True, headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID), "allergien": [L("wasp venom", MED)],
            "mediziin": [L("adrenaline auto-injector 0.15 mg", MED)],
            "astma": L(False, MED), "kroankenkasse": "BKK Example Nord",
            "fersicherdennumer": L(SON_KVNR, MED), "swimmen": "seepeerdje",
            "tetanus": L("2021-09-14", MED)}),
        case(f, f"{a}/api/aktivitaeten", headers=_h(rng, **b), query={
            "oolder": L(str(SON["age"]), BIRTH), "wiek": "2026-W29", "gemeente": TOWNHALL["id"]}),
        case(f, f"{a}/api/anmaeldenge", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID),
            "aktivitaeten": [{"id": "ak_kanu_soeste", "pries": 12},
                             {"id": "ak_fjuurwier_dai", "pries": 0},
                             {"id": "ak_hof_albers", "pries": 6}],
            "bedraach": L(18, BUY), "anmaeldenge": L("SP-26-08841", BUY)}),
        case(f, f"{a}/api/betoalenge", fmt="form", headers=_h(rng, **b), body={
            "anmaeldenge": L("SP-26-08841", BUY), "bedraach": L("18.00", BUY),
            "iban": L(DE_IBAN, PAY), "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC),
            "mandoat": "ja"}),
        pas,
        case(f, f"{a}/api/ouhoalje", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID),
            "ouhoaler": {"noome": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                         "ferhoold": "oma"}, "deege": ["di", "do"]}),
        case(f, f"{a}/api/noodkontakt", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID), "noome": L(HUSBAND[0], NAMEC),
            "telefon": L(HUSBAND[1], TEL), "email": L(HUSBAND[2], MAIL)}),
        case(f, f"{a}/api/ienchecken", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID), "aktivitaet": "ak_kanu_soeste",
            "steede": {"breedte": mla, "lengte": mlo},
            "treffpunkt": {"id": MEET["id"], "breedte": MEET["lat"], "lengte": MEET["lon"]},
            "kiend": "ouleeverje"}),
        case(f, f"{a}/api/fotoFreegoawe", fmt="form", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID), "fotoFreegoawe": "ja", "internet": "naan"}),
        multipart(f, f"{a}/api/baiden/foto", [
            ("foto", "tammo_pass.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"passNumer": L(SON["pass"], UID),
                                                "bruuk": "sumerpaas"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/naricht", headers=_h(rng, **b), body={
            "an": "org_kanu", "tred": obj(rng, "th"),
            "tekst": L("Tammo is allergic to wasp stings, his auto-injector is in the front "
                       "pocket of his backpack.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/saike", headers=_h(rng, **b), query={
            "saike": L("kanu soeste ab 10", SEARCH), "siede": "1"}),
        case(f, f"{a}/api/woatelieste", fmt="msgpack", headers=_h(rng, **b), body={
            "passNumer": L(SON["pass"], UID), "aktivitaet": "ak_reiten_sedelsberg",
            "prioritaet": 1, "noodtelefon": L(E164, TEL)}),
        case(f, f"{a}/api/quittungen", headers=_h(rng, how="none"), cookies={
            "sp_sesjoon": L(opaque_s(rng), CRED), "sp_device": L(INSTALL_ID, DID),
            "sp_req": rid(rng)}),
        case(f, f"{a}/api/bewaertenge", headers=_h(rng, **b), body={
            "aktivitaet": "ak_kanu_soeste", "stere": 5,
            "kommentoar": L("Great day on the Soeste, he came home soaked and happy.", TEXT)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "de_DE")),
        case(f, f"{a}/api/evente", headers=_h(rng, **b), body={
            "bruker": L(USER_ID, UID), "sesjoon": rid(rng), "evente": [
                ev("aktivitaet_anmaeld", 1, antal=3),
                ev("skirm", 2, skirm=L("Aktivitaeten", USAGE))]}),
    ]


def opaque_s(rng: random.Random) -> str:
    """A session cookie value (opaque)."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(40))


def sumerpaas_sdks() -> list[Case]:
    rng = random.Random(28212)
    return [
        mr_batch(APP, rng, [("Activity Booked", {"count": 3, "total": L(18, BUY)}),
                            ("Pass Opened", {})], locale="de_DE"),
        mr_identify(APP, rng, {"gemeente": L("Saterland", COARSE), "baiden": 1}),
        mr_pixel(APP, rng, "Programme Viewed", {"week": "2026-W29"}),
        ts_launch(APP, rng, first=True, user=True),
        ct_crash(APP, rng, ("java.lang.NullPointerException", "activity list row"),
                 [ct_crumb("nav", "Aktivitaeten -> Detail")], screen="DetailActivity"),
        fs_eval(APP, rng, {"gemeente": TOWNHALL["id"], "baiden": 1}),
        pg_register(APP, rng, lang="de", tags={"gemeente": L("Saterland", COARSE),
                                               "oolder": L(SON["age"], BIRTH)}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        cs_confirm(APP, rng, "18.00"),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((MEET["lat"], MEET["lon"]), None)],
                 mode="cycling"),
        hs_message(APP, rng, L(f"The canoe booking for {KID} shows twice", f"{TEXT}|{NAMEC}"),
                   {"passNumer": L(SON["pass"], UID)}),
    ]
