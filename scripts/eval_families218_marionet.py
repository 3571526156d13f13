"""Children's puppet-theatre workshop app "Marionet Kamba" (a Dapoya workshop where children make
rod puppets and play an end-of-term show; Wendyam goes on Wednesday afternoons; the user is his
mother: the child's data). Its API's keys are Moore with French loans: ``yuure`` first name,
``sondre`` family name, ``portabl`` mobile, ``kartye`` quarter (fr. quartier), ``zak_soore``
street line, ``tengkasenga`` town, ``biiga`` child, ``biig_yuure`` / ``biig_sondre`` the child's
names, ``rogem_raare`` birth date (lit. birth day), ``raoa_poaka`` sex (``biribla`` boy),
``rogem_sebre`` birth-certificate entry (lit. birth paper), ``lekol`` school, ``klas`` class,
``kart`` workshop card, ``laafi`` health, ``alerzi`` allergies, ``ziim_buudu`` blood group,
``tiima`` medicines, ``seans`` session, ``enskripsion`` enrolment, ``ligdi`` amount,
``yaobre`` payment, ``tall_neda`` person allowed to collect (lit. the one who takes), ``ba``
father, ``kolg`` check-in (lit. arriving), ``teyatr`` show, ``tike`` ticket, ``neba`` people,
``koeega`` message, ``baaga`` illness, ``absans`` absence, ``baob`` search, ``progre``
progress, ``konsent`` consent, ``apare`` device: the parent's sign-up, an OAuth password grant,
``/mam``, Wendyam enrolled (birth-certificate entry), the health form (gzip), sessions, the
term's enrolment and its payment, a pick-up authorisation for his uncle, the gate check-in with
her fix, his portrait for the programme (photo consent), a photo of his puppet, the show's
tickets for the family, a message and an absence note to the teacher, his progress by card
number in the path, a search, a rehearsal register (msgpack), receipts by cookie, push and
events. New: a file-name and docstring grep for "puppet" and "marionette" matched nothing
(set 141's contortion school and set 183's robotics club are other children's activities)."""

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
    SEARCH,
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
from eval_families218_kit import (
    HUSBAND,
    LOCAL_PHONE,
    MOTHER_IL,
    OUA_HOME,
    PUPIL_CARD,
    SON,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families218_sdk import ab_launch, bn_bid, cg_crash, cg_crumb, st_batch, st_identify
from eval_families218_svc import cn_save, fs_eval, hw_message, pm_card, pm_confirm, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("marionetkamba", "Marionet Kamba", "com.example.marionetkamba", "1.9.0",
          "https://api.marionetkamba.example.org")
IID = "X-MK-Apare"
PW = "Wendyam2017!Oua"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"
UNCLE = ("Souleymane Kabore", "+22671550284")  # her husband's younger brother


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def marionetkamba() -> list[Case]:
    rng = random.Random(21821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kamba=[L(PUPIL_CARD, UID)],
                                    role="biig_ma"))}
    wla, wlo = fix(WORKSHOP_FIX, 5)
    progress = at_path(case(f, f"{a}/v2/biiga/{PUPIL_CARD}/progre", headers=_h(rng, **b),
                            query={"trimestre": "2026-T1"}), PUPIL_CARD, UID)
    return [
        case(f, f"{a}/v2/roagdba", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "portabl": L(LOCAL_PHONE, TEL), "password": L(PW, CRED),
            "zak_soore": L(OUA_HOME["line"], ADDR), "kartye": L(OUA_HOME["quarter"], COARSE),
            "tengkasenga": L(OUA_HOME["town"], COARSE), "roagdba_buudu": "ma"}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "marionetkamba-android"}),
        case(f, f"{a}/v2/mam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/biiga", headers=_h(rng, **b), body={
            "biig_yuure": L(SON["first"], NAMEC), "biig_sondre": L(SON["last"], NAMEC),
            "rogem_raare": L(SON["dob"], BIRTH), "raoa_poaka": L(SON["sex"], GENDER),
            "rogem_sebre": L(SON["birth_cert"], NID), "lekol": "Ecole Wend-Panga",
            "klas": "CE2", "kart": L(PUPIL_CARD, UID)}),
        case(f, f"{a}/v2/biiga/laafi", gz=True, headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID), "biig_yuure": L(KID, NAMEC),
            "alerzi": [L("arachide", MED)], "ziim_buudu": L("O+", MED),
            "tiima": [L("salbutamol inhaler", MED)],
            "laafi_koeega": L("Mild asthma in the harmattan, inhaler in his bag",
                              f"{TEXT}|{MED}"),
            "klinik_portabl": "+22625306001"}),
        case(f, f"{a}/v2/atelye/seans", headers=_h(rng, **b), query={
            "kart": L(PUPIL_CARD, UID), "atelye": WORKSHOP["id"], "kiuugu": "2026-01"}),
        case(f, f"{a}/v2/enskripsion", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID), "seans": obj(rng, "sn"), "trimestre": "2026-T1",
            "ligdi": L(35000, BUY), "devise": "XOF"}),
        case(f, f"{a}/v2/yaobre", fmt="form", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID), "ligdi": L("35000", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "resi": L("MK-F-2026-0188", BUY)}),
        case(f, f"{a}/v2/tall_neda", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID),
            "neda": {"yuure": L(UNCLE[0], NAMEC), "portabl": L(UNCLE[1], TEL),
                     "relation": "ba_yaopa"},
            "daba": ["wed"]}),
        case(f, f"{a}/v2/kolg", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID), "ziiga": {"lat": wla, "lng": wlo},
            "atelye": {"id": WORKSHOP["id"], "lat": WORKSHOP["lat"], "lng": WORKSHOP["lon"]},
            "kind": "reeb"}),
        multipart(f, f"{a}/v2/foto/konsent", [
            ("foto", "wendyam.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {
                "kart": L(PUPIL_CARD, UID), "konsent": "programme_only",
                "biig_yuure": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/marionet/foto", [
            ("foto", "naaba_kiiba.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {
                "kart": L(PUPIL_CARD, UID), "marionet": "Naaba Kiiba",
                "koeega": L("He painted the chief's hat himself!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/teyatr", headers=_h(rng, **b), query={
            "atelye": WORKSHOP["id"], "daare": "2026-03-28"}),
        case(f, f"{a}/v2/teyatr/tike", headers=_h(rng, **b), body={
            "teyatr": "ty_2026_t1", "tike": 4, "ligdi": L(4000, BUY),
            "neba": [L(HUSBAND[0], NAMEC), L(MOTHER_IL[0], NAMEC)]}),
        case(f, f"{a}/v2/koeega", headers=_h(rng, **b), body={
            "reegda": "tch_awa", "kart": L(PUPIL_CARD, UID),
            "koeega": L("Wendyam has a cough this week, please let him use his inhaler before "
                        "the rehearsal", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/absans", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID), "daare": "2026-02-04", "baaga": L("tulgo", MED),
            "note": L("Wendyam has a fever since last night, he stays home today",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        progress,
        case(f, f"{a}/v2/baob", headers=_h(rng, **b), query={
            "q": L("marionnette a tige atelier vacances", SEARCH)}),
        case(f, f"{a}/v2/rebetisyon", fmt="msgpack", headers=_h(rng, **b), body={
            "kart": L(PUPIL_CARD, UID),
            "rows": [{"seans": obj(rng, "sn"), "present": True},
                     {"seans": obj(rng, "sn"), "present": False}]}),
        case(f, f"{a}/v2/resi", headers=_h(rng, how="none"), cookies={
            "mk_sesion": L(opaque(rng, "", 40), CRED), "mk_apare": L(INSTALL_ID, DID),
            "mk_prefs": W({"kart": L(PUPIL_CARD, UID), "gomde": "fr"}, "b64json")}),
        case(f, f"{a}/v2/apare", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/yela", headers=_h(rng, **b), body={
            "neda": L(USER_ID, UID), "yela": [
                ev("progre_opened", 1), ev("screen", 2, screen=L("Teyatr", USAGE))]}),
    ]


def marionetkamba_sdks() -> list[Case]:
    rng = random.Random(21822)
    return [
        st_batch(APP, rng, [("Term Paid", {"amount": L(35000, BUY)}),
                            ("Show Tickets", {"count": 4})]),
        st_identify(APP, rng, {"role": "parent", "kamba": 1,
                               "tengkasenga": L("Ouagadougou", COARSE)}),
        ab_launch(APP, rng),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,theatre,crafts"),
        cg_crash(APP, rng, ("java.lang.NullPointerException", "progress row"),
                 [cg_crumb("nav", "Biiga -> Progre")], screen="ProgreActivity"),
        fs_eval(APP, rng, {"atelye": WORKSHOP["id"], "kamba": 1}),
        py_register(APP, rng, tags={"atelye": WORKSHOP["id"], "klas": "CE2"}),
        cn_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        pm_card(APP, rng),
        pm_confirm(APP, rng, "35000"),
        hw_message(APP, rng, L(f"The term payment for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"kart": L(PUPIL_CARD, UID)}),
    ]
