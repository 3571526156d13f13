"""A children's DanceSport (ballroom and Latin couple dancing) club's parent app "Šuokis" (Telšiai:
Ugnė (10) dances Juvenile E class with her partner; its API's keys are Samogitian in Latin
letters, ASCII-folded: ``vaiks`` child, ``suokieje`` dancer, ``partners`` dance partner,
``trenere`` coach, ``grope`` group, ``pamuoka`` lesson, ``varzybas`` competition, ``licencije``
licence, ``kuostioms`` costume, ``matmenys`` measurements (``krutine`` chest, ``juosmou`` waist,
``ugis`` height), ``muokestis`` fee, ``kelione`` trip, ``stovykla`` camp,
``maista_apribuojimai`` dietary restrictions, ``sveikatas_pazyma`` medical certificate,
``nebuvims`` absence, ``prieziura`` pick-up, ``tievs`` parent, ``olyce`` street): the parent's
OAuth log-in, ``/mona`` with a ``suokiejai`` claim, the child's registration (personal code),
the schedule, attendance by licence number in the path, a lesson check-in at the hall with her
fix, a partner request (height), the federation licence (photo), the sports medical certificate
(PDF), a competition entry, a costume (msgpack), the monthly fee, a competition video, an absence
(a sore throat), a message to the coach, the trip to Klaipėda, rankings, the summer camp, the
address, a pick-up authorisation for her mother-in-law, push and events by a session cookie.
Children's dance studios exist (sets 87, 256) and a chain-dance festival (120); competitive
couple dancing with a partner, a federation licence and rankings is new ("ballroom",
"dancesport", "cha-cha", "dance partner" matched nothing)."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families296_kit import (
    COACH,
    DAUGHTER,
    HALL,
    HALL_FIX,
    HOME,
    MOTHER_IL,
    fix,
    hd,
    obj,
    push,
)
from eval_families296_sdk import bl_bid, ck_crash, ck_crumb, tm_launch, tt_batch, tt_identify
from eval_families296_svc import ca_save, cz_card, cz_confirm, fr_eval, hp_message, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("suokis", "Suokis", "com.example.suokis", "2.7.1", "https://api.suokis.example.org")
IID = "X-Suokis-Device"
PW = "Cha-cha-Ugne15"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(40)
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LIC = DAUGHTER["licence"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def suokis() -> list[Case]:
    rng = random.Random(29621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), suokiejai=[L(LIC, UID)],
                                    role="tievs"))}
    hla, hlo = fix(HALL_FIX, 5)
    att = at_path(case(f, f"{a}/v1/suokiejai/{LIC}/lankomumas", headers=_h(rng, **b),
                       query={"menou": "2026-01"}), LIC, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "suokis-tievams"}),
        case(f, f"{a}/v1/mona", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/vaikai", headers=_h(rng, **b), body={
            "vaiks": {"vards": L(DAUGHTER["first"], NAMEC), "pavarde": L(DAUGHTER["last"], NAMEC),
                      "gemtadeinis": L(DAUGHTER["dob"], BIRTH),
                      "lytis": L(DAUGHTER["sex"], GENDER), "asmens_kuods": L(DAUGHTER["ak"], NID)},
            "tievs": {"vards": L(f"{FIRST} {LAST}", NAMEC), "telefuons": L("+15550100199", TEL),
                      "rysys": "muotina"},
            "grope": "jaun_e_lot", "licencije": L(LIC, UID)}),
        case(f, f"{a}/v1/tvarkarastis", headers=_h(rng, **b), query={
            "grope": "jaun_e_lot", "nediele": "2026-W04"}),
        att,
        case(f, f"{a}/v1/pamuokos/atvykims", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "pamuoka": obj(rng, "pm"),
            "vieta": {"lat": hla, "lng": hlo},
            "sale": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/v1/partneriai/prasyms", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "ugis": L(146, FIT), "programa": "standarts+lotynu",
            "partners": "Dovydas", "kuomentars": L("Dovydas is now much taller than Ugnė, "
                                                    "could she get a new partner?",
                                                    f"{TEXT}|{NAMEC}")}),
        multipart(f, f"{a}/v1/licencijes", [
            ("fuotuo", "ugne_licencija.jpg", "image/jpeg", L(JPEG + b"\x4c", MEDIA)),
            ("meta", None, "application/json", {
                "vards": L(DAUGHTER["first"], NAMEC), "pavarde": L(DAUGHTER["last"], NAMEC),
                "gemtadeinis": L(DAUGHTER["dob"], BIRTH), "asmens_kuods": L(DAUGHTER["ak"], NID),
                "klobs": "klb_suokis_tls", "klase": "E"})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/sveikatas_pazyma", [
            ("pazyma", "sporto_medicina.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"suokieje": L(LIC, UID),
                                                "galiuoja_lig": L("2026-09-30", MED),
                                                "grope": L("pagrindine", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/varzybas/zemaitijos-taure-2026/registracije", headers=_h(rng, **b),
             body={"suokieje": L(LIC, UID), "klase": "E", "programa": ["W", "Q", "S", "Ch"],
                   "amzios_grope": "Jaunimas I", "muokestis": L(25, BUY)}),
        case(f, f"{a}/v1/kuostioms", fmt="msgpack", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "modelis": "lot_suknele_07", "spalva": "koralas",
            "matmenys": {"krutine": L(68, FIT), "juosmou": L(57, FIT), "ugis": L(146, FIT)},
            "kaina": L(140, BUY)}),
        case(f, f"{a}/v1/muokestis", fmt="form", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "menou": "2026-02", "soma": L("55.00", BUY),
            "muokejima_buods": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/v1/video", [
            ("video", "samba.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {
                "suokieje": L(LIC, UID),
                "aprasyms": L("Samba round at home, for the coach", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/nebuvims", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "deina": "2026-01-21", "priezastis": L("lega", MED),
            "zenute": L("Ugnė has a sore throat and a temperature, she will miss today's "
                        "training.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/zenutes", headers=_h(rng, **b), body={
            "kam": {"vards": L(COACH[0], NAMEC), "el_pasts": L(COACH[1], MAIL)},
            "tekstas": L("Can we buy the new Latin shoes through the club?", TEXT)}),
        case(f, f"{a}/v1/keliones/klaipeda-0214", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "vietas": 2,
            "lydintis": {"vards": L(f"{FIRST} {LAST}", NAMEC), "telefuons": L("+15550100199",
                                                                            TEL)},
            "soma": L(36, BUY)}),
        case(f, f"{a}/v1/reitingai", headers=_h(rng, **b), query={
            "suokieje": L(LIC, UID), "sezons": "2025-2026"}),
        case(f, f"{a}/v1/stovykla", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID), "pamaina": "2026-07-a", "soma": L(260, BUY),
            "maista_apribuojimai": L("be laktuozės", MED)}),
        case(f, f"{a}/v1/profils/adresos", headers=_h(rng, **b), body={
            "olyce": L(HOME["line"], ADDR), "miests": L(HOME["town"], COARSE),
            "pasta_kuods": L(HOME["post"], COARSE)}),
        case(f, f"{a}/v1/prieziura", headers=_h(rng, **b), body={
            "suokieje": L(LIC, UID),
            "asmou": {"vards": L(MOTHER_IL[0], NAMEC), "telefuons": L(MOTHER_IL[1], TEL),
                      "rysys": "muociute"}, "deinas": ["tre", "pen"]}),
        case(f, f"{a}/v1/irenginei", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ivyke", headers=_h(rng, how="none"), cookies={
            "sk_sid": L(opaque(rng, "", 40), CRED), "sk_dev": L(INSTALL_ID, DID)}, body={
            "vartuotuos": L(USER_ID, UID), "ivyke": [
                ev("tvarkarastis", 1), ev("ekrans", 2, ekrans=L("Varzybas", USAGE))]}),
    ]


def suokis_sdks() -> list[Case]:
    rng = random.Random(29622)
    return [
        tt_batch(APP, rng, [("Fee Paid", {"amount": L(55, BUY)}),
                            ("Competition Entered", {"class": "E"})]),
        tt_identify(APP, rng, {"role": "tievs", "children": 1, "miests": L("Telšiai", COARSE)}),
        tm_launch(APP, rng),
        bl_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="dance,sport,kids"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "ranking row"),
                 [ck_crumb("nav", "Suokiejai -> Reitingai")],
                 user={"id": L(USER_ID, UID)}, screen="ReitingaiActivity"),
        fr_eval(APP, rng, {"club": "klb_suokis_tls", "children": 1}),
        pp_register(APP, rng, tags={"grope": "jaun_e_lot"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "55.00"),
        hp_message(APP, rng, L(f"The February fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"suokieje": L(LIC, UID)}),
    ]
