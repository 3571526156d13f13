"""A children's handball academy's parent app "Rakometko" (Karposh; Luka plays in the under-12
group; the API's keys are Macedonian in Latin letters with sh/ch/zh/gj: ``roditel`` parent,
``igrach`` player, ``igrachi`` players, ``uloga`` role, ``ime`` first name, ``prezime`` surname,
``ime_prezime`` full name, ``embg`` citizen number, ``datum_na_ragjanje`` birth date, ``pol``
sex (``mashki`` male), ``kategorija`` age group, ``merki`` measurements, ``visina`` height,
``tezhina`` weight, ``raka`` throwing hand, ``lekarski`` sports-medical certificate,
``sposoben`` fit to play, ``astma`` asthma, ``vazhi_do`` valid until, ``treninzi`` trainings,
``raspored`` schedule, ``otsustvo`` absence, ``prichina`` reason, ``zabeleshka`` note,
``chlenarina`` monthly fee, ``iznos`` amount, ``turnir`` tournament, ``soglasnost`` consent,
``itno_telefon`` emergency phone, ``alergii`` allergies, ``podiganje`` pick-up, ``lice`` person,
``srodstvo`` relation, ``sala`` hall, ``lokacija`` location, ``puls`` heart rate, ``natprevar``
match, ``trener`` coach, ``dres`` jersey, ``golemina`` size, ``rezultati`` results, ``prevoz``
carpool, ``mesta`` seats, ``ulica``/``grad``/``opshtina`` street / city / municipality):
an OAuth password grant, ``/jas`` with an ``igrachi`` claim, Luka's registration with his EMBG,
measurements, the sports-medical certificate (PDF), trainings by player number in the path, the
schedule, an absence (a fever), the fee, the Ohrid tournament consent, a pick-up by his
grandmother, the hall check-in with her fix, a protobuf training beat from his chest strap, a
match video, a message to the coach, the jersey, a search, a carpool, reports by cookie GET,
push, events and her address. Set 103's and 127's chess schools and set 95's music school are
other children's clubs; no earlier set has a team sport academy with fitness data."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families152_kit import (
    ACADEMY,
    HALL_PICKUP,
    MOTHER_IL,
    SK_HOME,
    SK_HOME_AT,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families152_sdk import ak_launch, bt_bid, cb_crash, cb_crumb, mv_batch, mv_identify
from eval_families152_svc import cs_save, fm_eval, hk_message, pd_card, pd_confirm, pp_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rakometko", "Rakometko", "com.example.rakometko", "4.1.3",
          "https://api.rakometko.example.org")
IID = "X-Rakometko-Device"
PW = "Luka2014!Karposh"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
P = SON["player"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def rakometko() -> list[Case]:
    rng = random.Random(15251)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_posta=L(EMAIL, MAIL), igrachi=[L(P, UID)],
                                    uloga="roditel"))}
    hla, hlo = fix(HALL_PICKUP, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(P, UID)), (2, obj(rng, "tr")), (3, 1768498200),
               (4, [(1, L(168, FIT)), (2, L(2140, FIT)), (3, L(11.2, FIT))]),
               (5, L(52, DEV))], "", lab)
    trainings = at_path(case(f, f"{a}/api/v1/igrachi/{P}/treninzi", headers=_h(rng, **b),
                             query={"mesec": "2026-01"}), P, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "rakometko-roditel"}),
        case(f, f"{a}/api/v1/jas", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/igrachi/registracija", headers=_h(rng, **b), body={
            "ime": L(SON["first"], NAMEC), "prezime": L(SON["last"], NAMEC),
            "embg": L(SON["embg"], NID), "datum_na_ragjanje": L(SON["dob_mk"], BIRTH),
            "pol": L(SON["sex"], GENDER), "kategorija": "U12", "igrach": L(P, UID),
            "roditel": {"ime_prezime": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
                        "e_posta": L(EMAIL, MAIL)}}),
        case(f, f"{a}/api/v1/igrachi/merki", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "visina_cm": L(148, FIT), "tezhina_kg": L(39.5, FIT),
            "raka": "leva", "datum": "2026-01-10"}),
        multipart(f, f"{a}/api/v1/lekarski", [
            ("dokument", "lekarski_luka.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "igrach": L(P, UID), "sposoben": L(True, MED),
                "astma": L("lesna, inhalator pred trening", MED), "vazhi_do": "2026-12-31"})],
            headers=_h(rng, **b)),
        trainings,
        case(f, f"{a}/api/v1/raspored", headers=_h(rng, **b), query={
            "grupa": "U12", "sala": ACADEMY["id"]}),
        case(f, f"{a}/api/v1/prisustvo/otsustvo", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "datum": "2026-01-14", "prichina": L("bolest", MED),
            "zabeleshka": L("Luka ima temperatura 38.2 i kashla, ostanuva doma.",
                            f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/v1/chlenarina", fmt="form", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "mesec": "2026-02", "iznos": L("1500", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/turniri/ohrid-kup/soglasnost", fmt="form", headers=_h(rng, **b),
             body={"igrach": L(P, UID), "soglasnost": "da", "itno_telefon": L(E164, TEL),
                   "alergii": L("kikiriki", MED), "nokjevanje": "hotel_tim"}),
        case(f, f"{a}/api/v1/podiganje", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "lice": {"ime_prezime": L(MOTHER_IL[0], NAMEC),
                                          "telefon": L(MOTHER_IL[1], TEL), "srodstvo": "baba"},
            "denovi": ["vt", "chet"]}),
        case(f, f"{a}/api/v1/sala/checkin", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "lokacija": {"lat": hla, "lng": hlo}, "tip": "podiganje",
            "sala": {"id": ACADEMY["id"], "lat": ACADEMY["lat"], "lng": ACADEMY["lon"]}}),
        raw(f, f"{a}/api/v1/trening/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/video/natprevar", [
            ("video", "natprevar_vardar.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"natprevar": obj(rng, "nt"),
                                                "igrach": L(P, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/poraki", headers=_h(rng, **b), body={
            "do": "trener_u12", "tema": obj(rng, "th"),
            "tekst": L("Trener Goce, Luka ne mozhe vo sabota, ima rodenden baba mu.",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v1/dres", fmt="form", headers=_h(rng, **b), body={
            "igrach": L(P, UID), "golemina": "152", "broj": "7", "iznos": L("1800", BUY)}),
        case(f, f"{a}/api/v1/rezultati", headers=_h(rng, **b), query={
            "prebaraj": L("RK Karposh U12 tabela", SEARCH)}),
        case(f, f"{a}/api/v1/prevoz", headers=_h(rng, **b), body={
            "turnir": "ohrid-kup", "mesta": 2, "telefon": L(E164, TEL),
            "polazna_tochka": {"lat": L(round(SK_HOME_AT[0], 3), PRECISE),
                               "lng": L(round(SK_HOME_AT[1], 3), PRECISE)}}),
        case(f, f"{a}/api/v1/izveshtai/igrach", headers=_h(rng, how="none"), cookies={
            "rk_sesija": L(opaque(rng, "", 40), CRED), "rk_ured": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/ured", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/nastani", gz=True, headers=_h(rng, **b), body={
            "korisnik": L(USER_ID, UID), "nastani": [
                ev("raspored_otvoren", 1), ev("ekran", 2, ekran=L("Treninzi", USAGE))]}),
        case(f, f"{a}/api/v1/roditel/adresa", headers=_h(rng, **b), body={
            "ulica": L(SK_HOME["line"], ADDR), "grad": L(SK_HOME["town"], COARSE),
            "opshtina": L(SK_HOME["area"], COARSE)}),
    ]


def rakometko_sdks() -> list[Case]:
    rng = random.Random(15252)
    return [
        mv_batch(APP, rng, [("Fee Paid", {"amount": L(1500, BUY)}),
                            ("Video Uploaded", {"kind": "match"})]),
        mv_identify(APP, rng, {"uloga": "roditel", "deca": 1, "grad": L("Skopje", COARSE)}),
        ak_launch(APP, rng),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="handball,kids,sport"),
        cb_crash(APP, rng, ("java.lang.NullPointerException", "training row"),
                 [cb_crumb("nav", "Igrachi -> Treninzi")],
                 user={"id": L(USER_ID, UID)}, screen="TreninziActivity"),
        fm_eval(APP, rng, {"academy": ACADEMY["id"], "children": 1}),
        pp_register(APP, rng, tags={"grupa": "U12", "sala": ACADEMY["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pd_card(APP, rng),
        pd_confirm(APP, rng, "1500.00"),
        hk_message(APP, rng, L(f"Chlenarinata za {KID} e platena, no pishuva dolg",
                               f"{TEXT}|{NAMEC}"), {"igrach": L(P, UID)}),
    ]
