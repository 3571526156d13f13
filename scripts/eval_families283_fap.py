"""The Sheltozero feldsher-midwife post's app "Tervhuzpunkt" (``tervhuz`` health, ``punkt`` post: a
rural health post run by a feldsher, with tele-consults to Petrozavodsk specialists; she is seen
there on weekends at the family house for her asthma). Its API's keys are Veps in ASCII with the
Russian medical loans a Karelian developer keeps, by another hand than Kundkala's: ``nimi``,
``familii`` surname, ``telefon``, ``parol`` password, ``kod`` code, ``sundundpaiv`` birth date,
``pol`` sex (``naine`` woman), ``snils``, ``polis`` health-insurance policy, ``vnzh``, ``adres``,
``kula`` village, ``indeks`` post code, ``kart`` outpatient card, ``ankett`` questionnaire,
``taudid`` illnesses, ``lekarstvad`` medicines, ``allergii``, ``kurind`` smoking,
``beremennost`` pregnancy, ``zapisi`` appointment, ``pricin`` reason, ``tulend`` arrival,
``sija`` place, ``painand`` blood pressure, ``pulss``, ``hengaduz`` breathing, ``telekonsult``,
``analizad`` lab tests, ``recept``, ``tomind`` delivery, ``bolnichnii`` sick-leave certificate,
``radsija`` workplace, ``diagnoz``, ``privivk`` vaccination, ``tedotuz`` message, ``rodnad``
relatives, ``oiktused`` rights, ``summ``, ``maksand``, ``kavutai`` user, ``sobitijad`` events.
Sign-up with her SNILS and policy, an SMS code, ``/mina``, the questionnaire (gzip), slots, an
appointment, the check-in with her fix, blood pressure (msgpack), a protobuf peak-flow diary, a
tele-consult, a lab PDF, prescriptions, a pharmacy delivery to the house, a sick-leave certificate,
a flu shot, a message to the feldsher, sharing with her husband, the card's history by number in
the path, a paid ECG, messages by cookie, push and events. Rural clinics: a docstring grep found no
"feldsher", "paramedic" or "rural clinic"; set 107's malaria health post, 173's bites-and-stings
posts and 234's sample drop are other kinds."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families283_kit import (
    CARD_NO,
    FAP,
    FAP_FIX,
    HUSBAND,
    OMS,
    SH_HOUSE,
    SH_HOUSE_AT,
    SNILS,
    VNZH,
    fix,
    hd,
    obj,
    push,
)
from eval_families283_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families283_svc import cy_check, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tervhuzpunkt", "Tervhuzpunkt", "com.example.tervhuzpunkt", "2.3.0",
          "https://api.tervhuzpunkt.example.net")
IID = "X-TP-Install"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, ru=True, **kw)


def tervhuzpunkt() -> list[Case]:
    rng = random.Random(28321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kart=L(CARD_NO, MED), snils=L(SNILS, NID)))}
    fla, flo = fix(FAP_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(CARD_NO, MED)), (2, 1781330400),
                (3, [(1, L(390, MED)), (2, L(2, MED)), (3, L("salbutamol 2 vdoh", MED))]),
                (4, "2.3.0")], "", lab)
    hist = at_path(case(f, f"{a}/v1/kart/{CARD_NO}/istorii", headers=_h(rng, **b)), CARD_NO, MED)
    return [
        case(f, f"{a}/v1/pacientad", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "familii": L(LAST, NAMEC), "telefon": L(E164, TEL),
            "email": L(EMAIL, MAIL), "sundundpaiv": L(DOB, BIRTH), "pol": L("naine", GENDER),
            "snils": L(SNILS, NID), "polis": L(OMS, MED), "vnzh": L(VNZH, NID),
            "adres": L(SH_HOUSE["line"], ADDR), "kula": L(SH_HOUSE["village"], COARSE),
            "fap": FAP["id"]}),
        case(f, f"{a}/v1/sms_kod", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("518204", CRED)}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/ankett", gz=True, headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "taudid": [L("astm", MED), L("allergiine rinit", MED)],
            "lekarstvad": [L("salbutamol 100 mkg", MED), L("budesonid 200 mkg", MED)],
            "allergii": [L("koivun sedeg", MED)], "kurind": L(False, MED),
            "beremennost": L(False, f"{MED}|{SENS}"), "kazv": L(168, "health.fitness"),
            "ves": L(61, "health.fitness")}),
        case(f, f"{a}/v1/zapisi/slotad", headers=_h(rng, **b), query={
            "fap": FAP["id"], "paiv": "2026-03-14", "tip": "felsher"}),
        case(f, f"{a}/v1/zapisi", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "slot": obj(rng, "sl"), "tip": "felsher",
            "pricin": L("Kashl' kaks' nedalid, hengaduz om jäyk öl", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tulend", headers=_h(rng, **b), body={
            "zapisi": obj(rng, "zp"), "sija": {"lat": fla, "lon": flo, "acc": 7},
            "fap": {"id": FAP["id"], "lat": FAP["lat"], "lon": FAP["lon"]}}),
        case(f, f"{a}/v1/painand", fmt="msgpack", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "merindad": [
                {"sist": L(128, MED), "diast": L(84, MED), "pulss": L(78, MED), "aig": "08:10"},
                {"sist": L(121, MED), "diast": L(80, MED), "pulss": L(72, MED), "aig": "20:30"}],
            "apparat": "tonometr_ua611"}),
        raw(f, f"{a}/v1/hengaduz/dnevnik", diary, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/telekonsult", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "specialist": L("pulmonolog", MED),
            "aig": "2026-03-18T15:00", "joinToken": L(opaque(rng, "tk_", 36), CRED)}),
        multipart(f, f"{a}/v1/analizad", [
            ("fail", "spirometrii.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kart": L(CARD_NO, MED),
                                                "tip": L("spirometrii", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/recepted", headers=_h(rng, **b), query={
            "kart": L(CARD_NO, MED), "aktivnii": "1"}),
        case(f, f"{a}/v1/aptek/tomind", headers=_h(rng, **b), body={
            "recept": obj(rng, "rx"), "lekarstv": L("budesonid 200 mkg, 1 ingaljator", MED),
            "adres": L(SH_HOUSE["line"], ADDR), "indeks": L(SH_HOUSE["post"], COARSE),
            "summ": L(742, BUY), "tomindan_hind": 150}),
        case(f, f"{a}/v1/bolnichnii", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "snils": L(SNILS, NID), "diagnoz": L("J45.0", MED),
            "radsija": "yazykovaja shkola", "paivad": 5, "alguz": "2026-03-16"}),
        case(f, f"{a}/v1/privivk", fmt="form", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "vaktsin": L("grippa", MED), "paiv": "2026-10-03"}),
        case(f, f"{a}/v1/tedotuz", headers=_h(rng, **b), body={
            "kenele": "felsher_fap_sj",
            "tekst": L("Hengaduz om jo paremb, no öl kashl'an völ. Voin-ik jatkta budesonidad?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/rodnad", headers=_h(rng, **b), body={
            "kart": L(CARD_NO, MED), "nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
            "oiktused": ["zapisi", "recepted"]}),
        hist,
        case(f, f"{a}/v1/maksand", fmt="form", headers=_h(rng, **b), body={
            "usluga": L("EKG", MED), "summ": L("900.00", BUY), "valut": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tedotused", headers=_h(rng, how="none"), cookies={
            "tp_sess": L(opaque(rng, "", 40), CRED), "tp_dev": L(INSTALL_ID, DID),
            "tp_req": rid(rng)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "ru_RU")),
        case(f, f"{a}/v1/sobitijad", headers=_h(rng, **b), body={
            "kavutai": L(USER_ID, UID), "sessii": rid(rng), "sobitijad": [
                ev("zapisi_tehtud", 1), ev("ekran", 2, ekran=L("Hengaduz", USAGE))]}),
    ]


def tervhuzpunkt_sdks() -> list[Case]:
    rng = random.Random(28322)
    return [
        mc_batch(APP, rng, [("Appointment Booked", {"kind": "felsher"}),
                            ("Diary Saved", {"peak": L(390, MED)})], locale="ru_RU"),
        mc_queue(APP, rng, [("Pressure Logged", {"sys": L(128, MED)}),
                            ("Consult Joined", {})]),
        tn_launch(APP, rng, first=True, user=True),
        cd_session(APP, rng, secs=624),
        fn_eval(APP, rng, {"fap": FAP["id"], "program": L("asthma", MED)}, hdr=True),
        pt_register(APP, rng, lang="ru", tags={"fap": FAP["id"]}),
        cy_check(APP, rng, {"analytics": True, "research": False}),
        mm_geocode(APP, rng, "FAP Sheltozero", "behavior.search", near=SH_HOUSE_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ekg.pdf", "application/pdf"),
    ]
