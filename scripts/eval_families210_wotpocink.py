"""Mother-and-child cure clinic app "Wotpocink" (wotpočink: rest; a three-week stay paid by her
health insurer at a clinic in Bad Muskau, she for exhaustion and back pain, Hanka for her
asthma). Its API's keys are Upper Sorbian without diacritics: ``mac`` mother, ``dzeco``
child, ``mjeno``, ``swojbne_mjeno``, ``e_mejl``, ``telefon``, ``datum_narodzenja``,
``splah`` sex (``holca`` girl), ``chorobna_pokladnja`` insurer, ``cislo_zawescenja``
insurance number, ``dowolnosc`` approval, ``diagnoza``, ``lekar`` doctor, ``atest``
certificate, ``terapija``, ``prichod`` arrival, ``stwa`` room, ``sula`` school, ``rjadownja``
class, ``waha`` weight, ``wysokosc`` height, ``krejny_tlak`` blood pressure, ``lekarstwa``
medicines, ``alergije``, ``nalada`` mood, ``spanje`` sleep, ``kroki`` steps, ``jedz`` food,
``jezdne_kosty`` travel costs, ``powesc``, ``wuziwar``, ``podawki``): sign-up with her
insurance number, an SMS code, ``/ja``, the application with both diagnoses and the doctor's
certificate (PDF), Hanka's registration (her insurance number, birth date, sex), the insurer's
approval (a photo), the arrival, the intake questionnaire (gzip), the therapy plan, a group
session booked, the check-in with her fix, a protobuf mood and sleep diary, steps (msgpack),
Hanka's peak-flow log, her school lessons at the clinic, a photo of a rash, a message to the
therapist, the diet, travel costs to her account, the discharge letter by approval number in
the path, a review, push and events. Set 137 has a spa resort; this is an insurer-approved
mother-and-child cure with the child as co-patient."""

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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families210_kit import (
    APPROVAL,
    CLINIC,
    CLINIC_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    IBAN,
    INSURER,
    KVNR,
    fix,
    hd,
    obj,
    podawk,
    push,
)
from eval_families210_sdk import lc_batch, lc_identify, pd_crash, pd_crumb, sw_launch
from eval_families210_svc import (
    ch_eval,
    ka_route,
    ph_attach,
    ph_message,
    pz_check,
    zw_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("wotpocink", "Wotpocink", "com.example.wotpocink", "4.1.2",
          "https://api.wotpocink.example.org")
IID = "X-Wotpocink-Grat"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def wotpocink() -> list[Case]:
    rng = random.Random(21061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cislo_zawescenja=L(KVNR, MED),
                                    dowolnosc=L(APPROVAL, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(KVNR, MED)), (2, 1777593600),
                (3, [(1, L(3, MED)), (2, L(5.5, MED)), (3, L("hłowybolenje rano", MED))]),
                (4, [(1, L(2, MED)), (2, L("kašel w nocy", MED))]), (5, "2.4.0")], "", lab)
    letter = at_path(case(f, f"{a}/v1/dowolnosce/{APPROVAL}/wupusceny_list",
                          headers=_h(rng, **b)), APPROVAL, MED)
    return [
        case(f, f"{a}/v1/macerje", headers=_h(rng), body={
            "mjeno": L(FIRST, NAMEC), "swojbne_mjeno": L(LAST, NAMEC), "e_mejl": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "datum_narodzenja": L(DOB, BIRTH),
            "chorobna_pokladnja": INSURER, "cislo_zawescenja": L(KVNR, MED),
            "adresa": {"droha": L(HOME["line"], ADDR), "postowe_cislo": L(HOME["post"], COARSE),
                       "mesto": L(HOME["town"], COARSE)}}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("840271", CRED)}),
        case(f, f"{a}/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/namolwa", headers=_h(rng, **b), body={
            "mac": {"cislo_zawescenja": L(KVNR, MED),
                    "diagnozy": [L("F48.0 wučerpanosć", MED), L("M54.5 křižowa bolosć", MED)]},
            "dzeco": {"mjeno": L(KID, NAMEC), "cislo_zawescenja": L(DAUGHTER["kvnr"], MED),
                      "diagnozy": [L("J45.0 alergiska astma", MED)]},
            "lekar": "Praxis Dr. Wjela, Budyšin", "wot": "2026-05-04"}),
        multipart(f, f"{a}/v1/atesty", [
            ("atest", "attest_hausarzt.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"cislo_zawescenja": L(KVNR, MED),
                                                "druh": "lekarski_atest"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/dzeci", headers=_h(rng, **b), body={
            "mjeno": L(DAUGHTER["first"], NAMEC), "swojbne_mjeno": L(DAUGHTER["last"], NAMEC),
            "datum_narodzenja": L(DAUGHTER["dob"], BIRTH), "splah": L(DAUGHTER["sex"], GENDER),
            "cislo_zawescenja": L(DAUGHTER["kvnr"], MED),
            "alergije": [L("trawowy pjel", MED), L("worješki", MED)],
            "inhalator": L("salbutamol po potrjebje", MED)}),
        multipart(f, f"{a}/v1/dowolnosc", [
            ("foto", "bewilligung.jpg", "image/jpeg", L(JPEG + b"\x31", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dowolnosc": L(APPROVAL, MED),
                                                "chorobna_pokladnja": INSURER})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prichod", fmt="form", headers=_h(rng, **b), body={
            "dowolnosc": L(APPROVAL, MED), "datum": "2026-05-04", "wot": L("Budyšin", COARSE),
            "srodk": "awto", "stwa_zelenje": "prizemjo"}),
        case(f, f"{a}/v1/prasenja", gz=True, headers=_h(rng, **b), body={
            "mac": {"waha": L(64.5, FIT), "wysokosc": L(168, FIT),
                    "krejny_tlak": L("128/84", MED),
                    "lekarstwa": [L("ibuprofen 400 mg po potrjebje", MED)],
                    "spanje_hodz": L(5.5, MED), "nalada_0_10": L(3, MED),
                    "kurjer": L(False, MED)},
            "dzeco": {"waha": L(26.8, FIT), "wysokosc": L(130, FIT),
                      "peak_flow": L(210, MED)}}),
        case(f, f"{a}/v1/terapija/plan", headers=_h(rng, **b), query={
            "dowolnosc": L(APPROVAL, MED), "tydzen": "1"}),
        case(f, f"{a}/v1/terapija/rezerwacija", fmt="form", headers=_h(rng, **b), body={
            "termin": obj(rng, "tp"), "kurs": L("chribjetowa gymnastika", MED),
            "dzeco_hlidanje": "ja"}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "pozicija": {"serokosc": cla, "dolhosc": clo},
            "klinika": {"id": CLINIC["id"], "serokosc": CLINIC["lat"],
                        "dolhosc": CLINIC["lon"]}, "stwa": "E-14"}),
        raw(f, f"{a}/v1/dzenik", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/kroki", fmt="msgpack", headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID),
            "dny": [{"dzen": "2026-05-05", "kroki": L(9412, FIT)},
                    {"dzen": "2026-05-06", "kroki": L(11873, FIT)}]}),
        case(f, f"{a}/v1/dzeco/peak_flow", headers=_h(rng, **b), body={
            "dzeco": L(DAUGHTER["kvnr"], MED),
            "mercenja": [{"cas": "2026-05-05T07:30", "hodnota": L(205, MED)},
                         {"cas": "2026-05-05T19:00", "hodnota": L(230, MED)}]}),
        case(f, f"{a}/v1/dzeco/sula", headers=_h(rng, **b), body={
            "mjeno": L(KID, NAMEC), "rjadownja": "3", "predmety": ["matematika", "nemcina"],
            "rec_wucby": L("serbsce", "personal.sensitive")}),
        multipart(f, f"{a}/v1/fota", [
            ("foto", "wutrjechi.jpg", "image/jpeg", L(JPEG + b"\x32", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dzeco": L(DAUGHTER["kvnr"], MED),
                                                "wopis": L("čerwjene blaki na rukomaj",
                                                           f"{TEXT}|{MED}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/powesce", headers=_h(rng, **b), body={
            "prijimar": "terapeutka_b2",
            "powesc": L("Po wčerawšej gymnastice mam zaso sylne bolosće w křižu.",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/jedz", fmt="form", headers=_h(rng, **b), body={
            "dowolnosc": L(APPROVAL, MED), "dieta": L("bjez laktozy", MED),
            "dzeco_dieta": L("bjez worjechow", MED)}),
        case(f, f"{a}/v1/jezdne_kosty", headers=_h(rng, **b), body={
            "km": 96, "suma": L(19.2, BUY), "iban": L(IBAN, PAY),
            "wobsedzerka": L(f"{FIRST} {LAST}", NAMEC)}),
        letter,
        case(f, f"{a}/v1/pohodnocenja", headers=_h(rng, **b), body={
            "hwezdy": 4, "tekst": L("Hanka je mjenje kašlała, ja sym zaso spała.",
                                    f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/grat", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/podawki", gz=True, headers=_h(rng, **b), body={
            "wuziwar": L(USER_ID, UID), "podawki": [
                podawk("dzenik_zapisany", 1),
                podawk("wobrazowka", 2, wobrazowka=L("TerapijaPlan", USAGE))]}),
    ]


def wotpocink_sdks() -> list[Case]:
    rng = random.Random(21062)
    return [
        lc_batch(APP, rng, [("Diary Saved", {"mood": L(3, MED)}),
                            ("Plan Opened", {"week": 1})], at=CLINIC_FIX, nd=2),
        lc_identify(APP, rng, {"program": L("mac_dzeco", MED), "children": 1,
                               "city": L("Bautzen", COARSE)}),
        sw_launch(APP, rng, first=True),
        pd_crash(APP, rng, ("java.lang.NullPointerException", "diary sleep hours"),
                 [pd_crumb("nav", "Dzenik -> Spanje"), pd_crumb("tap", "save")],
                 screen="DzenikActivity"),
        ch_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("astma_dzeci", MED)}, hdr=True),
        zw_register(APP, rng, lang="hsb", tags={"clinic": CLINIC["id"]}),
        pz_check(APP, rng, {"analytics": True, "research": False}),
        ka_route(APP, rng, [(HOME_AT, "location.precise"), ((CLINIC["lat"], CLINIC["lon"]),
                                                            None)]),
        ph_message(APP, rng, L("Inhalator za Hanku je so w stwě E-14 zhubił",
                               f"{TEXT}|{MED}"), {"stwa": "E-14"}),
        ph_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "befund_lunge.pdf", "application/pdf"),
    ]

