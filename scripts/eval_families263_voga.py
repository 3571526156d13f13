"""A children's Venetian-rowing school's parent app "Vogafioi" (the Remiera Ciosota's ``scola de
voga``: children learn to row standing, ``voga a la veneta``, on the lagoon behind the old town;
Nicolò, 10, rows in the under-12 group; its API's keys are Venetian, ASCII-folded, mixed with
``email``, ``token``, ``id``: ``genitor`` parent, ``fio`` son, ``nome`` / ``cognome``,
``celulare``, ``ciave``, ``data_de_nassita``, ``sesso`` (``putelo`` boy), ``codese_fiscal``,
``tesara_federal`` federation card, ``sa_nuar`` can swim, ``certificato`` medical certificate,
``alergie``, ``asma``, ``medexine``, ``peso`` / ``altessa``, ``grupo`` group, ``alenamento``
training, ``presense`` attendance, ``assensa`` absence, ``nona`` grandmother, ``ritiro``
pick-up, ``quota`` fee, ``regata`` regatta, ``barca`` boat, ``divisa`` kit, ``taja`` size,
``mesajo``, ``serca``, ``posission``, ``machina`` car): the parent's sign-up and log-in, ``/mi``
with a ``fioi`` claim, the son's enrolment (tax code), the medical certificate (PDF), the health
form (gzip), the training calendar, attendance by his federation card in the path, an absence
note, a pick-up authorisation for his grandmother, the pontoon pick-up check-in with her fix, the
fee, a regatta entry, the car-pool to the regatta (msgpack), a regatta photo, a message to the
coach, the kit order, photo consent, emergency contacts, a search, push and events."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families263_kit import (
    CLUB,
    HUSBAND,
    MOTHER_IL,
    PONTOON_FIX,
    SON,
    fix,
    hd,
    obj,
    vpush,
)
from eval_families263_sdk import bb_bid, cc_crash, cc_crumb, mc_batch, mc_identify, tf_launch
from eval_families263_svc import cb_save, cz_card, cz_confirm, fs_eval, hf_message, pc_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vogafioi", "Vogafioi", "com.example.vogafioi", "1.9.0",
          "https://api.vogafioi.example.org")
IID = "X-Vogafioi-Device"
PW = "Forcola!Remo2015"
NID, FIT = "personal.national_id", "health.fitness"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def vogafioi() -> list[Case]:
    rng = random.Random(26331)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fioi=[L(SON["card"], UID)],
                                    ruolo="genitor"))}
    pla, plo = fix(PONTOON_FIX, 5)
    pres = at_path(case(f, f"{a}/v1/fioi/{SON['card']}/presense", headers=_h(rng, **b),
                        query={"mexe": "2026-05"}), SON["card"], UID)
    return [
        case(f, f"{a}/v1/genitori", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celulare": L(E164, TEL), "ciave": L(PW, CRED), "relasion": "mare"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "ciave": L(PW, CRED), "aparecio": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fioi", headers=_h(rng, **b), body={
            "nome": L(SON["first"], NAMEC), "cognome": L(SON["last"], NAMEC),
            "data_de_nassita": L(SON["dob"], BIRTH), "sesso": L(SON["sex"], GENDER),
            "codese_fiscal": L(SON["cf"], NID), "tesara_federal": L(SON["card"], UID),
            "sa_nuar": True, "grupo": "under12", "scola": "ic_cioza2_primaria"}),
        multipart(f, f"{a}/v1/fioi/certificato", [
            ("file", "certificato_sportivo.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "fio": L(SON["card"], UID), "tipo": L("non agonistico", MED),
                "scadensa": "2027-04-30"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/fioi/salute", gz=True, headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "alergie": [L("pòlini de graminacee", MED)],
            "asma": L("da sforso, lieve", MED), "medexine": [L("salbutamolo spray", MED)],
            "peso": L(34, FIT), "altessa": L(141, FIT),
            "nota": L("Se el tossisse tanto, dèghe el spray prima de la regata",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/alenamenti", headers=_h(rng, **b), query={
            "grupo": "under12", "setimana": "2026-W21", "sede": CLUB["id"]}),
        pres,
        case(f, f"{a}/v1/assense", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "zorno": "2026-05-19",
            "motivo": L("malatia", MED),
            "nota": L("Nicolò el ga la febre e mal de recie, sabo el torna",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/ritiro/delega", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID),
            "persona": {"nome": L(MOTHER_IL[0], NAMEC), "celulare": L(MOTHER_IL[1], TEL),
                        "relasion": "nona"}, "zorni": ["mar", "zio"]}),
        case(f, f"{a}/v1/ritiro/checkin", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "posission": {"lat": pla, "lng": plo},
            "pontil": {"id": "pnt_2", "lat": CLUB["lat"], "lng": CLUB["lon"]}, "tipo": "ritiro"}),
        case(f, f"{a}/v1/quote/paga", fmt="form", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "trimestre": "2026-Q2", "inporto": L("90.00", BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/regate/iscrision", headers=_h(rng, **b), body={
            "regata": "rg_redentor_giovani", "fio": L(SON["card"], UID),
            "categoria": "under12", "barca": "mascareta_04", "quota": L(10, BUY)}),
        case(f, f"{a}/v1/regate/rg_redentor_giovani/machine", fmt="msgpack",
             headers=_h(rng, **b), body={
                 "posti_liberi": 3, "partensa": "07:15",
                 "autista": {"nome": L(HUSBAND[0], NAMEC), "celulare": L(HUSBAND[1], TEL)},
                 "fioi": [L(SON["card"], UID)]}),
        multipart(f, f"{a}/v1/regate/foto", [
            ("foto", "regata.jpg", "image/jpeg", L(JPEG + b"\x48", MEDIA)),
            ("meta", None, "application/json", {
                "regata": "rg_redentor_giovani",
                "didascalia": L("Terso posto in mascareta, bravi putei!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mesaji", headers=_h(rng, **b), body={
            "discussion": obj(rng, "th"), "a": "alenador_u12",
            "mesajo": L("Maestro Toni, Nicolò el se ga fato mal al polso, el pol vogar solo "
                        "a destra?", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/divisa/ordine", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "articoli": [{"sku": "canotta-rossa", "taja": "XS",
                                                      "presio": 22},
                                                     {"sku": "capelo-paja", "taja": "S",
                                                      "presio": 15}],
            "totale": L(37, BUY)}),
        case(f, f"{a}/v1/consensi", fmt="form", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "foto_social": "no", "foto_interne": "si",
            "firma": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/emergensa", headers=_h(rng, **b), body={
            "fio": L(SON["card"], UID), "contati": [
                {"nome": L(f"{FIRST} {LAST}", NAMEC), "celulare": L(E164, TEL)},
                {"nome": L(HUSBAND[0], NAMEC), "celulare": L(HUSBAND[1], TEL)}]}),
        case(f, f"{a}/v1/serca", headers=_h(rng, **b), query={
            "serca": L("regata dei putei Pellestrina orari", SEARCH)}),
        case(f, f"{a}/v1/aparecio", headers=_h(rng, **b), body=vpush(push_token(rng))),
        case(f, f"{a}/v1/eventi", headers=_h(rng, how="none"), cookies={
            "vf_sid": L(opaque(rng, "", 40), CRED), "vf_dev": L(INSTALL_ID, DID)}, body={
            "doparador": L(USER_ID, UID), "sesion": rid(rng), "eventi": [
                ev("presense_vista", 1), ev("schermo", 2, schermo=L("Regate", USAGE))]}),
    ]


def vogafioi_sdks() -> list[Case]:
    rng = random.Random(26332)
    return [
        mc_batch(APP, rng, [("Regatta Entered", {"category": "under12"}),
                            ("Fee Paid", {"amount": L(90, BUY)})]),
        mc_identify(APP, rng, {"ruolo": "genitor", "fioi": 1, "comun": L("Chioggia", COARSE)}),
        tf_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,fioi,laguna"),
        cc_crash(APP, rng, ("java.lang.NullPointerException", "attendance row"),
                 [cc_crumb("nav", "Fioi -> Presense")], screen="PresenseActivity"),
        fs_eval(APP, rng, {"club": CLUB["id"], "fioi": 1}),
        pc_register(APP, rng, lang="it", tags={"grupo": "under12", "club": CLUB["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "90.00"),
        hf_message(APP, rng, L(f"La quota de {KID} la risulta ancora da pagar",
                               f"{TEXT}|{NAMEC}"), {"fio": L(SON["card"], UID)}),
    ]
