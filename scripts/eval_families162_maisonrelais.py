"""After-school care app "Kannerzait" (the municipal maison relais of Wobrécken, Esch, where Tom
goes after cycle-2 lessons, paid with the state's chèque-service accueil; its API's keys are
Luxembourgish snake_case with the umlauts dropped: ``eltereldeel`` parent, ``kand`` child,
``kanner`` children, ``virnumm``/``nonumm`` first name/surname, ``gebuertsdag`` birth date,
``geschlecht`` sex (``jong`` boy), ``stad`` town, ``adress`` address line, ``schoul``/``klass``
school/class, ``cheque_service`` the CSA card, ``akommes`` household income band, ``stonnenplang``
weekly hours, ``iessen`` meals, ``allergien``, ``medikamenter``, ``impfungen``, ``dokter``
doctor, ``ofhuelen`` pick-up, ``berechtegt`` authorised, ``bomi`` grandmother,
``abwesenheet`` absence, ``grond`` reason, ``vakanzaktiviteit`` holiday activity, ``rechnung``
invoice, ``betrag`` amount, ``mandat`` SEPA mandate, ``noriicht`` message, ``presenz``
attendance, ``sich`` search, ``dagesbuch`` day log): the parent's account, a log-in, ``/profil``
with a ``kanner`` claim, Tom's enrolment (his matricule), the CSA card and income band, the
weekly hours, meals with his peanut allergy, the health sheet (gzip; his asthma), pick-up
authorised for his grandmother, the gate pick-up, an absence (a fever), his photo, a holiday
activity, the monthly invoice by SEPA, invoices by his number in the path, a message to the
educator, attendance, a search, an offline queue of pick-up fixes (msgpack), push and events.
Sets 96, 104, 108 and 138 have crèches and nurseries for toddlers; this is school-age after-school
care with the income-based state voucher."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families162_kit import (
    GATE_FIX,
    HOME,
    LU_ACCOUNT,
    MAISON,
    MATRICULE,
    MOTHER_IL,
    SCHOOL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families162_sdk import cp_crash, cp_crumb, mt_launch, qs_batch, qs_identify
from eval_families162_svc import ck_save, cm_card, cm_confirm, fb_eval, hk_message, pf_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kannerzait", "Kannerzait", "com.example.kannerzait", "5.1.3",
          "https://api.kannerzait.example.org")
IID = "X-Kannerzait-Apparat"
PW = "TomTom2018!Esch"
NID = "personal.national_id"
KID_ID = "MRW-K-3318"  # Tom's number at the maison relais (id.user)
KID = f"{SON['first']} {SON['last']}"
PAEDIATRICIAN = ("Dr. Marc Feller", "+35254889120")  # typed by her: contact.*


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, lb=True, **kw)


def kannerzait() -> list[Case]:
    rng = random.Random(16231)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), kanner=[L(KID_ID, UID)],
                                    roll="eltereldeel"))}
    gla, glo = fix(GATE_FIX, 5)
    inv = at_path(case(f, f"{a}/v1/kanner/{KID_ID}/rechnungen", headers=_h(rng, **b),
                       query={"joer": "2026"}), KID_ID, UID)
    return [
        case(f, f"{a}/v1/eltereldeel", headers=_h(rng), body={
            "virnumm": L(FIRST, NAMEC), "nonumm": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "handy": L(E164, TEL), "passwuert": L(PW, CRED), "matricule": L(MATRICULE, NID),
            "adress": L(HOME["line"], ADDR), "postcode": L(HOME["post"], COARSE),
            "stad": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/aloggen", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "passwuert": L(PW, CRED), "apparat": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kanner", headers=_h(rng, **b), body={
            "kand": {"virnumm": L(SON["first"], NAMEC), "nonumm": L(SON["last"], NAMEC),
                     "gebuertsdag": L(SON["dob"], BIRTH), "geschlecht": L(SON["sex"], GENDER),
                     "matricule": L(SON["mat"], NID)},
            "schoul": SCHOOL["id"], "klass": SCHOOL["class"], "kand_id": L(KID_ID, UID),
            "sproochen_doheem": ["lb", "en"], "relatioun": "mamm"}),
        case(f, f"{a}/v1/cheque_service", fmt="form", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "cheque_service": L(SON["csa"], UID),
            "akommes": "tranche_6", "haushalt": "3", "gemeng": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/stonnenplang", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "woch": "2026-W10",
            "deeg": [{"dag": "meindeg", "vun": "12:00", "bis": "18:00"},
                     {"dag": "mettwoch", "vun": "12:00", "bis": "17:30"},
                     {"dag": "donneschdeg", "vun": "16:00", "bis": "18:30"}]}),
        case(f, f"{a}/v1/iessen", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "mount": "2026-03", "vegetaresch": False,
            "allergien": [L("Aerdness", MED)], "mettegiessen": 12}),
        case(f, f"{a}/v1/gesondheetsfiche", gz=True, headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "virnumm": L(SON["first"], NAMEC),
            "nonumm": L(SON["last"], NAMEC), "gebuertsdag": L(SON["dob"], BIRTH),
            "allergien": [L("Aerdness", MED)], "krankheeten": [L("Asthma", MED)],
            "medikamenter": [L("Ventolin Spray bei Bedarf", MED)],
            "impfungen": {"ROR": L("2019-04-02", MED), "DTP": L("2022-03-15", MED)},
            "dokter": {"numm": L(PAEDIATRICIAN[0], NAMEC), "tel": L(PAEDIATRICIAN[1], TEL)}}),
        case(f, f"{a}/v1/ofhuelen/berechtegt", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "persoun": {"numm": L(MOTHER_IL[0], NAMEC),
                                                   "handy": L(MOTHER_IL[1], TEL),
                                                   "relatioun": "bomi"},
            "deeg": ["denschdeg", "freideg"]}),
        case(f, f"{a}/v1/ofhuelen", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "position": {"lat": gla, "lng": glo},
            "paart": {"id": "pt_haapt", "lat": MAISON["lat"], "lng": MAISON["lon"]},
            "wien": "mamm"}),
        case(f, f"{a}/v1/abwesenheet", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "vun": "2026-03-03", "bis": "2026-03-04",
            "grond": L("krank", MED),
            "noriicht": L("Den Tom huet 38,7 Féiwer a Halswéi, hie bleift haut doheem.",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/v1/kanner/foto", [
            ("foto", "tom.jpg", "image/jpeg", L(JPEG + b"\x38", MEDIA)),
            ("meta", None, "application/json", {"kand_id": L(KID_ID, UID),
                                                "zweck": "ofhuelkaart"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vakanzaktiviteit", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID), "aktiviteit": "va_oustere_besch",
            "deeg": 4, "betrag": L(48, BUY)}),
        case(f, f"{a}/v1/rechnung/bezuelen", fmt="form", headers=_h(rng, **b), body={
            "rechnung": L("MRW-2026-02-1187", BUY), "betrag": L("86.40", BUY),
            "mandat": L(LU_ACCOUNT, PAY), "kontoinhaber": L(f"{FIRST} {LAST}", NAMEC)}),
        inv,
        case(f, f"{a}/v1/noriicht", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "un": "edu_gruppe_blo",
            "text": L("Den Tom ass haut traureg, säi Bopa ass zënter gëschter am Spidol.",
                      f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/v1/presenz", headers=_h(rng, **b), query={
            "kand_id": L(KID_ID, UID), "mount": "2026-02"}),
        case(f, f"{a}/v1/sich", headers=_h(rng, **b), query={
            "q": L("vakanzaktiviteiten ouschtervakanz", SEARCH)}),
        case(f, f"{a}/v1/ofhuelen/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "kand_id": L(KID_ID, UID),
            "fixes": [{"lat": L(round(GATE_FIX[0] + 0.00021 * i, 6), PRECISE),
                       "lng": L(round(GATE_FIX[1] - 0.00017 * i, 6), PRECISE),
                       "zait": 1772553600 + 60 * i} for i in range(3)]}),
        case(f, f"{a}/v1/dagesbuch", headers=_h(rng, **b), query={
            "kand_id": L(KID_ID, UID), "dag": "2026-03-05"}),
        case(f, f"{a}/v1/apparater", headers=_h(rng, **b), body=push(push_token(rng), "lb_LU")),
        case(f, f"{a}/v1/evenementer", headers=_h(rng, how="none"), cookies={
            "kz_sid": L(opaque(rng, "", 40), CRED), "kz_app": L(INSTALL_ID, DID)}, body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("dagesbuch_op", 1), ev("ecran", 2, ecran=L("Rechnungen", USAGE))]}),
    ]


def kannerzait_sdks() -> list[Case]:
    rng = random.Random(16232)
    return [
        qs_batch(APP, rng, [("Pickup Logged", {"gate": "pt_haapt"}),
                            ("Invoice Paid", {"amount": L(86.4, BUY)})], locale="lb_LU"),
        qs_identify(APP, rng, {"kanner": 1, "stad": L(HOME["town"], COARSE),
                               "kand_id": L(KID_ID, UID)}),
        mt_launch(APP, rng),
        cp_crash(APP, rng, ("java.lang.NullPointerException", "dagesbuch entry"),
                 [cp_crumb("nav", "Kanner -> Dagesbuch")], screen="DagesbuchActivity"),
        fb_eval(APP, rng, {"maison": MAISON["id"], "children": 1}),
        pf_register(APP, rng, lang="lb", tags={"maison": MAISON["id"], "grupp": "blo"}),
        ck_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "48.00"),
        hk_message(APP, rng, L(f"D'Rechnung vum Februar fir {KID} ass duebel", f"{TEXT}|{NAMEC}"),
                   {"kand_id": L(KID_ID, UID)}),
    ]
