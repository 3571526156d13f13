"""Diocesan pilgrimage app "Folau Lotu" (``folau`` voyage, ``lotu`` prayer / religion: the
diocese's twelve-day pilgrimage from Wallis to Lourdes by Noumea and Paris; she goes as her
mother-in-law's carer, Malia travelling as a sick pilgrim in a wheelchair): its API's keys are
Wallisian without the glottal stop (``tagata_folau`` pilgrim, ``higoa`` / ``higoa_famili``,
``meli``, ``telefoni``, ``kupu_fufu``, ``aho_fanau``, ``pasepoto`` passport, ``numelo_secu``,
``lotu`` religion, ``pale`` parish, ``mahaki`` illness, ``sea_teka`` wheelchair (lit. "rolling
chair"), ``faitoo`` medicines, ``tauhi`` carer, ``vakalele`` flight, ``fale_nofo`` lodging,
``kole_lotu`` prayer intention, ``misa`` Mass, ``potu`` place, ``ata`` picture, ``inisua``
insurance, ``tokoni`` gift / aid, ``paaga`` amount, ``totogi`` payment, ``talanoa`` message,
``patele`` priest): registration, an OAuth grant, ``/au``, Malia added with her medical needs,
her medical form (PDF), the deposit, flights with wheelchair assistance, the rooms, prayer
intentions, the send-off Mass at the cathedral with her fix, the programme, a live group beat in
Lourdes (msgpack), a message to the priest, a photo at the grotto, her documents by pilgrim
number in the path, a gift for the sick pilgrims' fund, travel insurance, boarding passes by
cookie, push and events. Earlier pilgrimage apps are a Magal transport-and-lodging app and a
one-day pilgrimage in the country; this one is an overseas diocesan pilgrimage with the care of
a sick pilgrim."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
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
from eval_families185_kit import (
    CATHEDRAL,
    CATHEDRAL_FIX,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PASSPORT,
    PILGRIM,
    PILGRIM_MIL,
    fix,
    hd,
    obj,
    push,
)
from eval_families185_sdk import bf_bid, cd_session, mc_batch, mc_identify, tn_event, tn_launch
from eval_families185_svc import cl_card, cl_confirm, fn_eval, hs_attach, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("folaulotu", "Folau Lotu", "com.example.folaulotu", "1.2.0",
          "https://api.folaulotu.example.org")
IID = "X-FolauLotu-Device"
PW = "Lourdes!Uvea26"
NID = "personal.national_id"
DIS = f"{SENS}|{MED}"  # a disability that is also a health condition
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
LOURDES = (43.097712, -0.058113)  # her phone by the grotto
MIL = MOTHER_IL["name"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def folaulotu() -> list[Case]:
    rng = random.Random(18541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pilgrim=L(PILGRIM, UID),
                                    pale=L("Mata-Utu cathedral parish", SENS)))}
    cla, clo = fix(CATHEDRAL_FIX, 4)
    docs = at_path(case(f, f"{a}/v1/tagata_folau/{PILGRIM}/tohi", headers=_h(rng, **b)),
                   PILGRIM, UID)
    return [
        case(f, f"{a}/v1/lesita", headers=_h(rng), body={
            "higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC), "meli": L(EMAIL, MAIL),
            "telefoni": L(E164, TEL), "kupu_fufu": L(PW, CRED), "aho_fanau": L(DOB, BIRTH),
            "pasepoto": L(PASSPORT, NID), "lotu": L("Katolika", SENS),
            "pale": L("Mata-Utu", SENS), "tagata_folau": L(PILGRIM, UID),
            "ohoana": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "folaulotu-android"}),
        case(f, f"{a}/v1/au", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tagata_folau", headers=_h(rng, **b), body={
            "higoa": L(MIL, NAMEC), "aho_fanau": L(MOTHER_IL["dob"], BIRTH),
            "numelo_secu": L(MOTHER_IL["nir"], NID), "tagata_folau": L(PILGRIM_MIL, UID),
            "mahaki": L("hemiplegia (left side) after a stroke in 2023", MED),
            "sea_teka": L(True, DIS),
            "faitoo": [L("clopidogrel 75 mg", MED), L("amlodipine 5 mg", MED)],
            "tauhi": {"higoa": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(E164, TEL)}}),
        multipart(f, f"{a}/v1/tohi_toketa", [
            ("tohi", "fiche_medicale_malia.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"tagata_folau": L(PILGRIM_MIL, UID),
                                                "oxygen": L(False, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/totogi", fmt="form", headers=_h(rng, **b), body={
            "tagata_folau": L(PILGRIM, UID), "paaga": L("150000", BUY), "valuta": "XPF",
            "bolo_4": L("4444", PAY), "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/vakalele", headers=_h(rng, **b), body={
            "kulupu": "uvea-lourdes-2026", "pasese": [
                {"higoa": L(f"{FIRST} {LAST}", NAMEC), "pasepoto": L(PASSPORT, NID)},
                {"higoa": L(MIL, NAMEC), "tokoni": L("WCHC", DIS)}],
            "totogi": L(412000, BUY), "aho": "2026-05-03"}),
        case(f, f"{a}/v1/fale_nofo", headers=_h(rng, **b), body={
            "kulupu": "uvea-lourdes-2026", "potu": "twin_accessible",
            "mo": L(MIL, NAMEC), "fale_mahaki": "accueil_nd", "po": 6}),
        case(f, f"{a}/v1/kole_lotu", headers=_h(rng, **b), body={
            "kole": [L("For my husband's father Kalisito Tialetagi, who died in June",
                       f"{TEXT}|{SENS}|{NAMEC}"),
                     L("That Malia may walk again", f"{TEXT}|{SENS}|{MED}")],
            "misa": L("Messe internationale", SENS)}),
        case(f, f"{a}/v1/misa", headers=_h(rng, **b), body={
            "misa": L("send-off Mass", SENS), "aho": "2026-05-02",
            "potu": {"lat": cla, "lng": clo},
            "falelotu": {"id": CATHEDRAL["id"], "lat": CATHEDRAL["lat"],
                         "lng": CATHEDRAL["lon"]}, "komunio": L(True, SENS)}),
        case(f, f"{a}/v1/polokalama", headers=_h(rng, **b), query={
            "kulupu": "uvea-lourdes-2026", "aho": "2026-05-06"}),
        case(f, f"{a}/v1/fakaili", fmt="msgpack", headers=_h(rng, **b), body={
            "tagata_folau": L(PILGRIM, UID), "kulupu": "uvea-lourdes-2026",
            "potu": [{"lat": L(round(LOURDES[0] + 0.0004 * i, 6), PRECISE),
                      "lon": L(round(LOURDES[1] - 0.0003 * i, 6), PRECISE), "t": 1778050000 + 60 * i}
                     for i in range(3)]}),
        case(f, f"{a}/v1/talanoa", headers=_h(rng, **b), body={
            "ki": "patele_kulupu",
            "talanoa": L("Patele, Malia needs a nurse for her evening medicines at 19:00",
                         f"{TEXT}|{MED}")}),
        multipart(f, f"{a}/v1/ata", [
            ("ata", "grotte.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {
                "fakamatala": L("Rosary at the grotto with Malia", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        docs,
        case(f, f"{a}/v1/tokoni", fmt="form", headers=_h(rng, **b), body={
            "fund": L("hospitalite-malades", SENS), "paaga": L("10000", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/inisua", headers=_h(rng, **b), body={
            "tagata": [{"higoa": L(f"{FIRST} {LAST}", NAMEC), "aho_fanau": L(DOB, BIRTH)},
                       {"higoa": L(MIL, NAMEC), "aho_fanau": L(MOTHER_IL["dob"], BIRTH),
                        "mahaki_muamua": L("stroke 2023, hypertension", MED)}],
            "totogi": L(23500, BUY), "polise": obj(rng, "pol")}),
        case(f, f"{a}/v1/tohi_vakalele", headers=_h(rng, how="none"), cookies={
            "fl_sess": L(opaque(rng, "", 40), CRED), "fl_dev": L(INSTALL_ID, DID),
            "fl_req": rid(rng)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kole_lotu_sent", 1), ev("screen", 2, screen=L("Polokalama", USAGE))]}),
        case(f, f"{a}/v1/hu_ki_tua", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def folaulotu_sdks() -> list[Case]:
    rng = random.Random(18542)
    return [
        mc_batch(APP, rng, [("Pilgrim Added", {"sick": L(True, DIS)}),
                            ("Deposit Paid", {"amount": L(150000, BUY)})],
                 at=CATHEDRAL_FIX, nd=2),
        mc_identify(APP, rng, {"pale": L("Mata-Utu", SENS), "tagata_folau": L(PILGRIM, UID),
                               "carer": True}),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "purchase", {"kulupu": "uvea-lourdes-2026"}, revenue=150000.0,
                 currency="XPF", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="pilgrimage,lourdes,travel"),
        cd_session(APP, rng, secs=688),
        fn_eval(APP, rng, {"group": "uvea-lourdes-2026", "sick_pilgrim": L(True, DIS)},
                hdr=True),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"pale": L("Mata-Utu", SENS)}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "150000", "xpf"),
        mm_route(APP, rng, [(LOURDES, PRECISE), ((43.09745, -0.05837), None)], mode="walking"),
        hs_attach(APP, rng, L(JPEG + b"\x66", f"{MEDIA}|{NID}"), "pasepoto.jpg", "image/jpeg"),
    ]
