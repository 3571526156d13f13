"""A weight-management clinic's programme app "Boima" (Polokwane Metabolic Clinic: weekly GLP-1
injections, weigh-ins on a clinic-issued scale, a dietitian; her own health data; set 226's
bariatric surgery programme is another kind). Its API's keys are Sepedi in ASCII:
``molwetsi`` patient, ``nomoro_ya_molwetsi`` patient number, ``leina`` name, ``sefane``
surname, ``letsatsi_la_matswalo`` birth date, ``bong`` sex, ``mogala`` phone, ``imeile``
e-mail, ``sephiri`` password, ``nomoro_ya_boitsebiso`` ID number, ``boima_kg`` weight,
``botelele_cm`` height, ``letheka_cm`` waist, ``bolwetsi`` conditions, ``dihlare`` medicines,
``boimana`` pregnancy, ``kgatelelo_ya_madi`` blood pressure, ``histori_ya_lapa`` family
history, ``diteko`` tests, ``ngaka`` doctor, ``peeletso`` booking, ``tefo`` payment, ``sehlare``
medicine, ``aterese`` address, ``moento`` injection, ``tekanyo_mg`` dose, ``lefelo_la_moento``
injection site, ``ditlamorago`` side effects, ``go_hlatsa`` nausea/vomiting, ``bogale``
severity, ``dijo`` food, ``khalori`` calories, ``dikgato`` steps, ``kabelano`` sharing,
``kliniki`` clinic, ``nyaka`` search. Sign-up with her ID number, an SMS code, ``/nna``, the
intake (gzip), a lab report (PDF), a consultation and its payment, a video room, the
prescription by patient number, the pen delivery, the injection log, a protobuf scale reading,
side effects, a food diary (JSON Lines), steps, a message to the dietitian, invoices by patient
number in the path, sharing with her husband, a clinic weigh-in check-in, a search, push and
events. "GLP-1", "semaglutide", "ozempic", "weight manag" matched nothing in ``scripts/``."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families248_kit import (
    CLINIC,
    CLINIC_FIX,
    DIETITIAN,
    HOME,
    HOME_AT,
    HUSBAND,
    PATIENT,
    SA_ID,
    SCALE,
    fix,
    hd,
    obj,
    push,
)
from eval_families248_sdk import bm_batch, bm_queue, ct_session, tk_launch
from eval_families248_svc import (
    cp_check,
    fp_eval,
    hl_attach,
    mt_geocode,
    pn_register,
    pt_card,
    pt_confirm,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("boima", "Boima", "com.example.boima", "2.0.6", "https://api.boima.example.com")
IID = "X-Boima-Install"
PW = "Morogo!2026pmc"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def boima() -> list[Case]:
    rng = random.Random(24851)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeile=L(EMAIL, MAIL), molwetsi=L(PATIENT, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    reading = pb([(1, L(PATIENT, MED)), (2, 1772496000), (3, L(91.4, FIT)), (4, L(38.2, FIT)),
                  (5, SCALE["serial"]), (6, SCALE["model"])], "", lab)
    inv = at_path(case(f, f"{a}/v1/balwetsi/{PATIENT}/dikoloto", headers=_h(rng, **b)),
                  PATIENT, MED)
    return [
        case(f, f"{a}/v1/balwetsi", headers=_h(rng), body={
            "leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC), "letsatsi_la_matswalo":
            L(DOB, BIRTH), "bong": L("F", GENDER), "mogala": L(E164, TEL), "imeile": L(EMAIL,
                                                                                       MAIL),
            "sephiri": L(PW, CRED), "nomoro_ya_boitsebiso": L(SA_ID, NID),
            "nomoro_ya_molwetsi": L(PATIENT, MED), "o_tlile_ka": "ngaka_ya_lapa"}),
        case(f, f"{a}/v1/tsena/sms", fmt="form", headers=_h(rng), body={
            "mogala": L(E164, TEL), "khoutu": L("219846", CRED)}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/dipotsiso", gz=True, headers=_h(rng, **b), body={
            "molwetsi": L(PATIENT, MED), "boima_kg": L(94.2, FIT), "botelele_cm": L(168, FIT),
            "letheka_cm": L(101, FIT), "bmi": L(33.4, FIT),
            "bolwetsi": [L("prediabetes", MED), L("PCOS", MED)],
            "dihlare": [L("metformin 500 mg", MED)], "boimana": L(False, MED),
            "kgatelelo_ya_madi": L("138/88", MED),
            "histori_ya_lapa": L("Mma o na le bolwetši bja swikiri", f"{TEXT}|{MED}"),
            "o_a_kgoga": L(False, MED)}),
        multipart(f, f"{a}/v1/diteko", [
            ("pego", "diteko_tsa_madi.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"molwetsi": L(PATIENT, MED),
                                                "hba1c": L(6.1, MED), "labo": "lab_pbg_02"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/peeletso", headers=_h(rng, **b), body={
            "molwetsi": L(PATIENT, MED), "ngaka": "dr_pmc_07", "nako": "2026-02-24T09:30",
            "mohuta": "bidio", "palo": L(650, BUY)}),
        case(f, f"{a}/v1/tefo", fmt="form", headers=_h(rng, **b), body={
            "palo": L("650.00", BUY), "tshelete": "ZAR", "card_last4": L("4444", PAY),
            "payment_method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/bidio/kamore", headers=_h(rng, **b), body={
            "peeletso": obj(rng, "bk"), "joinToken": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/dihlare", headers=_h(rng, **b), query={
            "molwetsi": L(PATIENT, MED), "tse_di_sa_somago": "true"}),
        case(f, f"{a}/v1/odara", headers=_h(rng, **b), body={
            "sehlare": L("semaglutide pen 0.5 mg", MED), "bontsi": 1, "palo": L(2890, BUY),
            "aterese": {"mothalo": L(HOME["line"], ADDR), "selete": L(HOME["area"], COARSE),
                        "toropo": L(HOME["town"], COARSE)},
            "mogala": L(E164, TEL), "go_tsidifatswa": True}),
        case(f, f"{a}/v1/moento", headers=_h(rng, **b), body={
            "molwetsi": L(PATIENT, MED), "letsatsi": "2026-03-03", "tekanyo_mg": L(0.5, MED),
            "lefelo_la_moento": L("mpa_ka_go_le_letshadi", MED), "beke": 5}),
        raw(f, f"{a}/v1/kala/boima", reading, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ditlamorago", headers=_h(rng, **b), body={
            "go_hlatsa": L(True, MED), "bogale": L(2, MED),
            "tlhaloso": L("Ke hlatša mesong morago ga moento wa bobedi, ke kgotsofala ka pela",
                          f"{TEXT}|{MED}")}),
        lines(f, f"{a}/v1/dijo/sync", [
            {"letsatsi": "2026-03-03", "dijo": L("bogobe bja mabele le morogo", TEXT),
             "khalori": L(520, FIT)},
            {"letsatsi": "2026-03-03", "dijo": L("nama ya kgogo le salate", TEXT),
             "khalori": L(610, FIT)}], headers=_h(rng, **b)),
        case(f, f"{a}/v1/dikgato", headers=_h(rng, **b), body={
            "letsatsi": "2026-03-03", "dikgato": L(8412, FIT), "mothopo": "phone"}),
        case(f, f"{a}/v1/melaetsa", headers=_h(rng, **b), body={
            "go": {"leina": L(DIETITIAN[0], NAMEC), "imeile": L(DIETITIAN[1], MAIL)},
            "molaetsa": L("Ke theogetše 2.8 kg mo dibekeng tše nne, eupša ke hlatša ge ke eja "
                          "nama ye ntši.", f"{TEXT}|{MED}|{FIT}")}),
        inv,
        case(f, f"{a}/v1/kabelano", headers=_h(rng, **b), body={
            "molwetsi": L(PATIENT, MED),
            "le": {"leina": L(HUSBAND[0], NAMEC), "mogala": L(HUSBAND[1], TEL)},
            "dilo": ["boima", "dipeeletso"]}),
        case(f, f"{a}/v1/kliniki/tsena", headers=_h(rng, **b), body={
            "peeletso": obj(rng, "bk"), "lefelo": {"lat": cla, "lng": clo},
            "kliniki": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v1/nyaka", headers=_h(rng, **b), query={
            "q": L("dijo tše di nago le protheine ye ntši", SEARCH)}),
        case(f, f"{a}/v1/sediriswa", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ditiragalo", headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "session": rid(rng), "ditiragalo": [
                ev("moento_o_ngwadilwe", 1), ev("sekirini", 2, sekirini=L("Boima", USAGE))]}),
    ]


def boima_sdks() -> list[Case]:
    rng = random.Random(24852)
    return [
        bm_batch(APP, rng, [("Injection Logged", {"dose_mg": L(0.5, MED)}),
                            ("Weigh In", {"kg": L(91.4, FIT)})]),
        bm_queue(APP, rng, [("Side Effect", {"nausea": L(True, MED)}),
                            ("Food Logged", {"kcal": L(520, FIT)})]),
        tk_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=388),
        fp_eval(APP, rng, {"clinic": CLINIC["id"], "programme": L("glp1", MED)}, hdr=True),
        pn_register(APP, rng, tags={"clinic": CLINIC["id"]}),
        cp_check(APP, rng, {"analytics": True, "research": False}),
        mt_geocode(APP, rng, "Polokwane Metabolic Clinic", SEARCH, near=HOME_AT, nd=2),
        hl_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "hba1c_feb.pdf", "application/pdf"),
        pt_card(APP, rng),
        pt_confirm(APP, rng, "650.00"),
    ]
