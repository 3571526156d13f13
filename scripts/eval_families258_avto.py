"""A car-maker's prepaid-order and delivery-queue app "Gezek Avto" (the money app: she signs the
purchase contract for the family's first car, pays the prepayment and instalments from her som
account and waits in the factory's delivery queue; its API's keys are Karakalpak in Latin
letters, snake_case, ASCII-folded: ``ati`` first name, ``familiyasi`` surname, ``el_pochta``
e-mail, ``telefon``, ``parol`` password, ``kod`` code, ``tuwilgan_sane`` birth date,
``jasaw_ruqsatnamasi`` residence permit, ``pinfl`` personal number, ``manzil`` street line,
``qala`` town, ``mahalle`` neighbourhood, ``shartnama`` contract, ``reni`` colour,
``komplektatsiya`` trim, ``gezek`` queue, ``aldin_ala_tolem`` prepayment, ``qaldiq`` remainder,
``summa`` amount, ``tolem`` payment, ``tolem_usili`` payment method, ``karta_songi_tort`` card's
last four, ``bank_esabi`` bank account, ``ay_sani`` months, ``ayliq_tolem`` monthly payment,
``hujjat`` document, ``isenim_xat`` power of attorney, ``kuyewi`` her husband, ``ati_joni`` full
name, ``jetkeriw_orayi`` delivery centre, ``sane`` date, ``waqit`` time, ``orin`` place,
``kenlik`` / ``uzinliq`` latitude / longitude, ``kemshilikler`` defects, ``qol`` signature,
``xabar`` message, ``izlew`` search, ``paydalaniwshi`` user, ``waqiyalar`` events, ``qurilma``
device, ``til`` language): sign-up, log-in, an SMS code, ``/men``, the catalogue, the contract,
the prepayment, the queue by contract number in the path, a protobuf queue poll, the instalment
plan, her residence permit's photo, a power of attorney for her husband, delivery slots and the
booking, a check-in at the delivery centre, the acceptance act (msgpack), a message to the
manager, a search, the receipt by cookie, push, events and a log-out."""

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
    DID,
    E164,
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families258_kit import (
    CONTRACT,
    DEALER,
    DEALER_FIX,
    HUSBAND,
    NK_HOME,
    NK_HOME_AT,
    PINFL,
    RESIDENCE,
    UZ_ACCOUNT,
    fix,
    hd,
    kpush,
    obj,
)
from eval_families258_sdk import (
    bq_bid,
    bq_notice,
    cj_crash,
    cj_crumb,
    es_batch,
    es_identify,
    tq_event,
    tq_launch,
)
from eval_families258_svc import cb_card, cb_confirm, hj_message, mp_route, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gezekavto", "Gezek Avto", "com.example.gezekavto", "3.4.1",
          "https://api.gezekavto.example.com")
IID = "X-Gezek-Qurilma"
PW = "Amudarya!2026"
DOB_KAA = "17.05.1991"
NID = "personal.national_id"
CLIENT = "KL-7730941"  # her customer number at the car-maker (id.user)
HUSBAND_PASSPORT = "KA4417260"  # her husband's passport (another person's national ID)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kaa=True, **kw)


def gezekavto() -> list[Case]:
    rng = random.Random(25801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_pochta=L(EMAIL, MAIL), klient=L(CLIENT, UID)))}
    dla, dlo = fix(DEALER_FIX)
    lab: dict[str, str] = {}
    poll = pb([(1, L(CONTRACT, BUY)), (2, 4812), (3, 1768521600), (4, "saxawat-lx-at")], "", lab)
    queue = at_path(case(f, f"{a}/api/v1/shartnama/{CONTRACT}/gezek", headers=_h(rng, **b)),
                    CONTRACT, BUY)
    return [
        case(f, f"{a}/api/v1/dizimnen_otiw", headers=_h(rng), body={
            "ati": L(FIRST, NAMEC), "familiyasi": L(LAST, NAMEC), "el_pochta": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "tuwilgan_sane": L(DOB_KAA, BIRTH),
            "jasaw_ruqsatnamasi": L(RESIDENCE, NID), "pinfl": L(PINFL, NID),
            "manzil": L(NK_HOME["line"], ADDR), "qala": L(NK_HOME["town"], COARSE),
            "mahalle": L(NK_HOME["mahalle"], COARSE), "xabarlar_kelisimi": True}),
        case(f, f"{a}/api/v1/kiriw", fmt="form", headers=_h(rng), body={
            "el_pochta": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED), "eslep_qal": "1"}),
        case(f, f"{a}/api/v1/kiriw/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("318406", CRED)}),
        case(f, f"{a}/api/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/katalog", headers=_h(rng, **b), query={
            "model": "saxawat-lx", "qala": "nukus", "til": "kaa"}),
        case(f, f"{a}/api/v1/shartnama", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "klient": L(CLIENT, UID), "model": "Saxawat LX",
            "komplektatsiya": "avtomat-3", "reni": "aq sedef", "baha": L(164500000, BUY),
            "valyuta": "UZS", "jetkeriw_orayi": DEALER["id"], "pinfl": L(PINFL, NID)}),
        case(f, f"{a}/api/v1/tolem/aldin_ala", fmt="form", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "aldin_ala_tolem": L("49350000", BUY),
            "valyuta": "UZS", "tolem_usili": L(opaque(rng, "pm_", 24), PAY),
            "karta_songi_tort": L("4444", PAY)}),
        queue,
        raw(f, f"{a}/api/v1/gezek/soraw", poll, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tolem/bolip_tolew", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "qaldiq": L(115150000, BUY), "ay_sani": 12,
            "ayliq_tolem": L(9595833, BUY), "bank_esabi": L(UZ_ACCOUNT, PAY),
            "bank": "Example Bank Nukus"}),
        multipart(f, f"{a}/api/v1/hujjatlar", [
            ("hujjat", "ruqsatnama.jpg", "image/jpeg", L(JPEG + b"\x58", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"shartnama": L(CONTRACT, BUY),
                                                "turi": "jasaw_ruqsatnamasi"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/isenim_xat", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY),
            "kuyewi": {"ati_joni": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                       "pasport": L(HUSBAND_PASSPORT, NID)},
            "muddet": "2026-06-30", "notarius": "nt_nks_04"}),
        case(f, f"{a}/api/v1/jetkeriw/waqitlar", headers=_h(rng, **b), query={
            "jetkeriw_orayi": DEALER["id"], "sane": "2026-03-14"}),
        case(f, f"{a}/api/v1/jetkeriw/bron", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "jetkeriw_orayi": DEALER["id"], "sane": "2026-03-14",
            "waqit": "10:30", "slot": obj(rng, "sl")}),
        case(f, f"{a}/api/v1/jetkeriw/keldim", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "orin": {"kenlik": dla, "uzinliq": dlo, "aniqliq": 9},
            "oray": {"id": DEALER["id"], "kenlik": DEALER["lat"], "uzinliq": DEALER["lon"]}}),
        case(f, f"{a}/api/v1/qabil_akti", fmt="msgpack", headers=_h(rng, **b),
             body={"shartnama": L(CONTRACT, BUY), "vin": "XWBSX41LXTA031872",
                   "probeg": 12, "kemshilikler": L("Arqa bamperde kishkene siziq bar, "
                                                   "qalgani jaqsi", TEXT),
                   "qol": L(f"{FIRST} {LAST}", NAMEC), "akt": obj(rng, "akt")}),
        case(f, f"{a}/api/v1/sugurta/esaplaw", headers=_h(rng, **b), body={
            "shartnama": L(CONTRACT, BUY), "muddet_ay": 12,
            "aydawshilar": [{"ati_joni": L(HUSBAND[0], NAMEC),
                             "guwalik": L("QR 0418827", NID)},
                            {"ati_joni": L(f"{FIRST} {LAST}", NAMEC),
                             "guwalik": L("QR 0533016", NID)}],
            "baha": L(384000, BUY)}),
        case(f, f"{a}/api/v1/xabarlar", headers=_h(rng, **b), body={
            "kimge": "menejer_nks_07",
            "xabar": L("Assalawma aleykum, jetkeriw sanesi taga ozgerdi me? Kuyewim "
                       "Ajiniyaz aliwga keledi.", TEXT)}),
        case(f, f"{a}/api/v1/izlew", headers=_h(rng, **b), query={
            "izlew": L("qara ren avtomat gaz ballon", SEARCH), "bet": "1"}),
        case(f, f"{a}/api/v1/kvitansiya/songi", headers=_h(rng, how="none"), cookies={
            "ga_sessiya": L(opaque(rng, "", 40), CRED), "ga_qurilma": L(INSTALL_ID, DID),
            "ga_req": rid(rng)}),
        case(f, f"{a}/api/v1/qurilma", headers=_h(rng, **b), body=kpush(push_token(rng))),
        case(f, f"{a}/api/v1/waqiyalar", gz=True, headers=_h(rng, **b), body={
            "paydalaniwshi": L(USER_ID, UID), "waqiyalar": [
                ev("shartnama_duzildi", 1), ev("aldin_ala_tolem", 2, summa=L(49350000, BUY)),
                ev("ekran", 3, ekran=L("GezektegiOrnim", USAGE))]}),
        case(f, f"{a}/api/v1/shigiw", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qurilma": L(INSTALL_ID, DID)}),
    ]


def gezekavto_sdks() -> list[Case]:
    rng = random.Random(25802)
    return [
        es_batch(APP, rng, [("Contract Signed", {"model": "saxawat-lx"}),
                            ("Prepayment Paid", {"total": L(49350000, BUY)})],
                 at=NK_HOME_AT, nd=2, locale="kaa_UZ"),
        es_identify(APP, rng, {"qala": L("Nukus", COARSE), "klient": L(CLIENT, UID),
                               "model": "saxawat-lx"}),
        tq_launch(APP, rng, first=True),
        tq_event(APP, rng, "purchase", {"shartnama": L(CONTRACT, BUY)}, revenue=49350000.0,
                 currency="UZS", hashed=True),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="avto,kredit,sugurta"),
        bq_notice(APP, rng, "win"),
        cj_crash(APP, rng, ("java.lang.IllegalStateException", "queue stream closed"),
                 [cj_crumb("nav", "Shartnama -> Gezek"),
                  cj_crumb("net", "GET", {"url": f"{APP.api}/api/v1/gezek/soraw", "status": 200})],
                 screen="GezekActivity"),
        pq_register(APP, rng, lang="kaa", tags={"model": "saxawat-lx",
                                                "qala": L("Nukus", COARSE)}),
        cb_card(APP, rng),
        cb_confirm(APP, rng, "49350000"),
        mp_route(APP, rng, [(NK_HOME_AT, "location.precise"),
                            ((DEALER["lat"], DEALER["lon"]), None)]),
        hj_message(APP, rng, L(f"Shartnama {CONTRACT} boyinsha tolem eki ret alindi",
                               f"{TEXT}|{BUY}"), {"klient": L(CLIENT, UID)}),
    ]
