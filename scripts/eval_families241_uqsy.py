"""A children's archery club's parent app "Uqsy" (uqsy archer: Bashkir traditional and Olympic
recurve archery for children at a sports school in Ufa, where Arslan (10) trains three times a
week). Its API's keys are camelCase Bashkir in Latin letters, ASCII-folded, with English OAuth
fields: ``balaIsem`` / ``balaFamiliya`` the child's first name / surname, ``tyuganKon`` birth
date, ``enes`` sex (``malay`` boy), ``tanyqlyqNomery`` birth certificate number, ``snils``
pension number, ``ataInaIsem`` / ``ataInaTelefon`` the parent's name / phone, ``kem`` relation
(``asay`` mother, ``olasay`` grandmother), ``agza`` member, ``haulyqTorkomo`` health group,
``kureu`` eyesight, ``allergiya``, ``sportqaRugsat`` sports clearance, ``kunekma`` training,
``yarysh`` competition, ``yashTorkomo`` age class, ``yaya`` bow, ``uq`` arrow, ``zalog``
deposit, ``aylyqTulau`` monthly fee, ``hum`` amount, ``alypKitau`` pick-up, ``ishek`` door,
``khat`` message, ``hurat`` photo, ``rizalyq`` consent, ``buy`` height, ``razmer`` size,
``ezlau`` search, ``adres`` street line, ``qala`` town, ``indeks`` post code): the parent's log-in
(OAuth password grant), ``/min`` with a ``balalar`` claim, linking Arslan by his birth
certificate, his registration (SNILS), the sports-medicine certificate (gzip) and its scan,
trainings by member number in the path, the timetable, the monthly fee, a tournament entry, a bow
hired, a pick-up authorisation for his grandmother, the door check-in, a message to the coach,
results, a tournament photo, the club kit, a search, accident insurance, the address, push and
events with a session cookie."""

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
from eval_families241_kit import (
    HALL,
    HALL_FIX,
    MOTHER_IL,
    SON,
    UFA_HOME,
    fix,
    hd,
    obj,
    push,
)
from eval_families241_sdk import bt_launch, is_batch, is_identify, sc_crash, sc_crumb, tb_bid
from eval_families241_svc import bd_message, ip_register, rz_save, tp_card, tp_confirm, yf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("uqsy", "Uqsy", "com.example.uqsy", "5.1.2", "https://api.uqsy.example.org")
IID = "X-Uqsy-Device"
PW = "Arslan2015!Uq"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"
M = SON["member"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def uqsy() -> list[Case]:
    rng = random.Random(24131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), balalar=[L(M, UID)],
                                    role="ata_ina"))}
    hla, hlo = fix(HALL_FIX, 5)
    trainings = at_path(case(f, f"{a}/v1/balalar/{M}/kunekmalar", headers=_h(rng, **b),
                             query={"ay": "2025-12"}), M, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "uqsy-parent"}),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/balalar/beyleu", headers=_h(rng, **b), body={
            "tanyqlyqNomery": L(SON["cert"], NID), "tyuganKon": L(SON["dob"], BIRTH),
            "ataInaIsem": L(f"{FIRST} {LAST}", NAMEC), "ataInaTelefon": L("+15550100199", TEL),
            "kem": "asay"}),
        case(f, f"{a}/v1/balalar", headers=_h(rng, **b), body={
            "agza": L(M, UID), "balaIsem": L(SON["first"], NAMEC),
            "balaFamiliya": L(SON["last"], NAMEC), "tyuganKon": L(SON["dob"], BIRTH),
            "enes": L(SON["sex"], GENDER), "snils": L(SON["snils"], NID),
            "maktap": "Ofo 9-sy maktap", "klass": "4B", "torkom": "uq_bash_2"}),
        case(f, f"{a}/v1/meditsina/beleshma", gz=True, headers=_h(rng, **b), body={
            "agza": L(M, UID), "haulyqTorkomo": L("II", MED),
            "kureu": L("-0.75, kuzlek kiya", MED), "allergiya": [L("bal qorto sagyuy", MED)],
            "sportqaRugsat": L(True, MED), "beleshmaNomery": "VFD-25-11902",
            "birelgan": "2025-09-02"}),
        multipart(f, f"{a}/v1/meditsina/skan", [
            ("skan", "beleshma.jpg", "image/jpeg", L(JPEG + b"\x17", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"agza": L(M, UID), "tore": "vfd"})],
            headers=_h(rng, **b)),
        trainings,
        case(f, f"{a}/v1/raspisanie", headers=_h(rng, **b), query={
            "zal": HALL["id"], "torkom": "uq_bash_2", "azna": "2025-W50"}),
        case(f, f"{a}/v1/aylyqTulau", fmt="form", headers=_h(rng, **b), body={
            "agza": L(M, UID), "ay": "2026-01", "hum": L("3500.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/yarysh/yazylyu", headers=_h(rng, **b), body={
            "agza": L(M, UID), "yarysh": "yr_ufa_kubok_2026", "yashTorkomo": L("U12", BIRTH),
            "disiplina": "bashqort_yayahy", "hum": L(800, BUY)}),
        case(f, f"{a}/v1/arenda/yaya", headers=_h(rng, **b), body={
            "agza": L(M, UID), "yaya": "bow_rc_54in_16lb", "uqtar": 6,
            "zalog": L(5000, BUY), "hum": L(1200, BUY), "ay": "2026-01"}),
        case(f, f"{a}/v1/alypKitau/rugsat", headers=_h(rng, **b), body={
            "agza": L(M, UID),
            "keshe": {"isem": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                      "kem": "olasay"}, "konder": ["shishambe", "joma"]}),
        case(f, f"{a}/v1/ishek/checkin", headers=_h(rng, **b), body={
            "agza": L(M, UID), "uryn": {"kinlek": hla, "ozonloq": hlo},
            "zal": {"id": HALL["id"], "kinlek": HALL["lat"], "ozonloq": HALL["lon"]},
            "tore": "alypKitau"}),
        case(f, f"{a}/v1/khat", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"), "kemga": "trener_aydar",
            "khat": L("Aydar Fanisovich, Arslan bugen kilmay, tamagy auyrta, temperatura 38.",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/natizhalar", headers=_h(rng, **b), query={
            "agza": L(M, UID), "arau": "18m", "yyl": "2025"}),
        multipart(f, f"{a}/v1/hurattar", [
            ("hurat", "arslan_kubok.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("meta", None, "application/json", {
                "agza": L(M, UID), "rizalyq": "klub_saytynda",
                "yazyu": L("Berense yarysh, ochenso uryn!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/forma/zakaz", headers=_h(rng, **b), body={
            "agza": L(M, UID), "buy": L(142, FIT), "razmer": "140", "hum": L(2900, BUY),
            "zakaz": L("UQ-F-3318", BUY)}),
        case(f, f"{a}/v1/ezlau", headers=_h(rng, **b), query={
            "q": L("balalar yayahy 16 funt", SEARCH)}),
        case(f, f"{a}/v1/strakhovka", headers=_h(rng, **b), body={
            "agza": L(M, UID), "bala": L(KID, NAMEC), "tyuganKon": L(SON["dob"], BIRTH),
            "polis": L("NS-2026-0041877", BUY), "hum": L(650, BUY), "srok": "2026"}),
        case(f, f"{a}/v1/profil/adres", headers=_h(rng, **b), body={
            "adres": L(UFA_HOME["line"], ADDR), "qala": L(UFA_HOME["town"], COARSE),
            "indeks": L(UFA_HOME["post"], COARSE)}),
        case(f, f"{a}/v1/qorolmalar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/waqigalar", headers=_h(rng, how="none"), cookies={
            "uq_sid": L(opaque(rng, "", 40), CRED), "uq_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "waqigalar": [
                ev("kunekmalar_asyldy", 1), ev("ekran", 2, ekran=L("Natizhalar", USAGE))]}),
    ]


def uqsy_sdks() -> list[Case]:
    rng = random.Random(24132)
    return [
        is_batch(APP, rng, [("Fee Paid", {"amount": L(3500, BUY)}),
                            ("Tournament Entered", {"event": "yr_ufa_kubok_2026"})]),
        is_identify(APP, rng, {"role": "parent", "children": 1, "qala": L("Ufa", COARSE)}),
        bt_launch(APP, rng),
        tb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,kids,archery"),
        sc_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [sc_crumb("nav", "Balalar -> Natizhalar")],
                 user={"id": L(USER_ID, UID)}, screen="NatizhalarActivity"),
        yf_eval(APP, rng, {"zal": HALL["id"], "children": 1}),
        ip_register(APP, rng, tags={"zal": HALL["id"], "torkom": "uq_bash_2"}),
        rz_save(APP, rng, {"analytics": True, "marketing": False, "photos": True}),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "3500.00"),
        bd_message(APP, rng, L(f"The January fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"agza": L(M, UID)}),
    ]
