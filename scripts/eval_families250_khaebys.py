"""The son's freestyle-wrestling school app "Khaebys" (from ``qaebysaej khaetsyn``, to wrestle;
a children's school at a Vladikavkaz hall; Ossetian keys: ``fyrt`` son, ``syvaellon`` child,
``nom``, ``myggag``, ``raiguyry_bon``, ``pol`` (``laeppu`` boy), ``uaez`` weight,
``baerzaend`` height, ``kar`` age, ``mad`` mother, ``adaeimag`` person (the one who collects him),
``kaemaen_u`` who she is (``nana`` grandmother), ``telefon``, ``zal`` hall, ``kaestaer``
group (lit. "younger ones"), ``kuyri`` week,
``aekhtsa`` amount, ``fidyd`` payment, ``fystaeg`` message, ``kam``
photo, ``niz`` illness, ``tsaef`` injury, ``aguyrd`` search, ``bynat`` place with
``uaerkh``/``daerg``, ``arkhaiaeg`` user, ``tsautae`` events, with the loans ``litsenzi``
athlete licence, ``svidetelstvo`` birth certificate, ``abonement``, ``turnir``, ``kategori``
weight class, ``trener`` coach, ``dopusk`` medical clearance, ``zakaz``): the parent's OAuth
log-in, ``/mae`` with a ``syvaellon`` claim, the son's registration (birth certificate, weight,
height), the sports-medical clearance (PDF), the monthly pass paid, the timetable, attendance by
licence in the path, a weigh-in (msgpack), a tournament entry in Beslan, bus seats, her check-in
at the hall, a pick-up authorisation for her mother-in-law, a message to the coach, the licence
photo, an injury report, results, a singlet order, a search, notices by cookie, push and events.
Earlier sets have a children's judo club (140) and a taekwondo dojang (226), and a Senegalese
wrestling ticket app; none has freestyle wrestling (a docstring grep of "freestyle wrestling",
"wrestling school", "wrestling club" found nothing): weight classes, weigh-ins and a tournament
licence are its core."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    PRECISE,
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
from eval_families250_kit import (
    BESLAN_ARENA,
    HALL,
    HALL_FIX,
    HOME_AT,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families250_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_launch,
    tn_link,
)
from eval_families250_svc import cl_card, cl_confirm, cy_save, fn_eval, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("khaebys", "Khaebys", "com.example.khaebys", "1.9.3", "https://api.khaebys.example.ru")
IID = "X-Khaebys-Device"
PW = "Batraz2016!Ir"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"
LIC = SON["licence"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def khaebys() -> list[Case]:
    rng = random.Random(25031)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, el_post=L(EMAIL, MAIL), syvaellon=[L(LIC, UID)],
                                    rol="mad"))}
    hla, hlo = fix(HALL_FIX, 5)
    visits = at_path(case(f, f"{a}/api/litsenzi/{LIC}/tsydtae", headers=_h(rng, **b),
                          query={"maei": "2026-01"}), LIC, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "khaebys-parent"}),
        case(f, f"{a}/api/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/syvaellon", headers=_h(rng, **b), body={
            "fyrt": {"nom": L(SON["first"], NAMEC), "myggag": L(SON["last"], NAMEC),
                     "raiguyry_bon": L(SON["dob"], BIRTH), "pol": L(SON["sex"], GENDER),
                     "svidetelstvo": L(SON["cert"], NID), "uaez": L(31.5, FIT),
                     "baerzaend": L(136, FIT)},
            "mad": {"nom": L(f"{FIRST} {LAST}", NAMEC), "telefon": L("+15550100199", TEL)},
            "kaestaer": "U10", "zal": HALL["id"], "litsenzi": L(LIC, UID)}),
        multipart(f, f"{a}/api/dopusk", [
            ("spravka", "dopusk_batraz.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "litsenzi": L(LIC, UID), "dopusk": L("admitted", MED),
                "niz": L("exercise-induced asthma, salbutamol before bouts", MED),
                "kaed_u": "2026-08-31"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/abonement/fidyd", fmt="form", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID), "maei": "2026-02", "aekhtsa": L("3500", BUY),
            "valuta": "RUB", "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/raspisani", headers=_h(rng, **b), query={
            "zal": HALL["id"], "kaestaer": "U10", "kuyri": "2026-W06"}),
        visits,
        case(f, f"{a}/api/uaez", fmt="msgpack", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID), "uaez": L(31.2, FIT), "bon": "2026-02-06",
            "taraezy_id": "sc_zal_02", "trener": "tr_soslan"}),
        case(f, f"{a}/api/turnir/tr_beslan_26/registratsi", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID), "kategori": L("32 kg", FIT), "kar": L(9, BIRTH),
            "aekhtsa": L(800, BUY), "zakaz": L("TRN-26-1177", BUY),
            "arena": {"id": BESLAN_ARENA["id"], "uaerkh": BESLAN_ARENA["lat"],
                      "daerg": BESLAN_ARENA["lon"]}}),
        case(f, f"{a}/api/turnir/tr_beslan_26/avtobus", headers=_h(rng, **b), body={
            "bynaettae": 2, "adaem": [L(KID, NAMEC), L(f"{FIRST} {LAST}", NAMEC)],
            "aekhtsa": L(400, BUY), "tsaeuyn_bynat": "Hall Ir, main gate"}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID), "bynat": {"uaerkh": hla, "daerg": hlo},
            "zal": {"id": HALL["id"], "uaerkh": HALL["lat"], "daerg": HALL["lon"]},
            "khuyz": "pickup"}),
        case(f, f"{a}/api/isyn", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID),
            "adaeimag": {"nom": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                         "kaemaen_u": "nana"}, "bontae": ["tue", "fri"]}),
        case(f, f"{a}/api/fystaeg", headers=_h(rng, **b), body={
            "trener": "tr_soslan", "thread": obj(rng, "th"),
            "fystaeg": L("Soslan, Batraz has a cough and a temperature, he will miss Friday's "
                         "training.", f"{TEXT}|{MED}|{NAMEC}")}),
        multipart(f, f"{a}/api/litsenzi/kam", [
            ("kam", "batraz_licence.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"litsenzi": L(LIC, UID), "khuyz": "card"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/tsaef", headers=_h(rng, **b), body={
            "litsenzi": L(LIC, UID), "bon": "2026-02-13",
            "tsaef": L("right knee sprain at sparring", MED),
            "fystaeg": L("He limps a little, we put ice on it; doctor on Monday.",
                         f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/rezultattae", headers=_h(rng, **b), query={
            "litsenzi": L(LIC, UID), "az": "2026"}),
        case(f, f"{a}/api/zakaz", headers=_h(rng, **b), body={
            "zakaz": L("KB-SH-40221", BUY), "dzaumaettae": [
                {"sku": "triko_red_128", "nymaets": 1, "arg": 2900},
                {"sku": "shoes_34", "nymaets": 1, "arg": 4100}],
            "aekhtsa": L(7000, BUY), "litsenzi": L(LIC, UID)}),
        case(f, f"{a}/api/aguyrd", headers=_h(rng, **b), query={
            "q": L("wrestling shoes size 34", SEARCH), "fars": "1"}),
        case(f, f"{a}/api/fiyppaynaentae", headers=_h(rng, how="none"), cookies={
            "kb_sesi": L(opaque(rng, "", 40), CRED), "kb_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/faeraez", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tsautae", headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("weigh_in", 1), ev("ekran", 2, ekran=L("Turnir", USAGE))]}),
    ]


def khaebys_sdks() -> list[Case]:
    rng = random.Random(25032)
    link = U("https://khaebys.example.ru/t", {"turnir": "tr_beslan_26",
                                              "litsenzi": L(LIC, UID), "src": "sms"})
    return [
        mc_batch(APP, rng, [("Weigh In", {"class": L("32 kg", FIT)}),
                            ("Pass Paid", {"amount": L(3500, BUY)})], at=HALL_FIX, nd=3),
        mc_identify(APP, rng, {"rol": "mad", "syvaellon": 1, "goraet": L("Vladikavkaz", COARSE)}),
        tn_launch(APP, rng),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=2,
               keywords="sport,kids,wrestling"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "bracket row"),
                 [cd_crumb("nav", "Turnir -> Setka")], screen="SetkaActivity"),
        fn_eval(APP, rng, {"zal": HALL["id"], "syvaellon": 1}),
        pt_register(APP, rng, tags={"zal": HALL["id"], "kaestaer": "U10"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "3500.00"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((BESLAN_ARENA["lat"], BESLAN_ARENA["lon"]),
                                                 None)]),
    ]


__all__ = ["APP", "khaebys", "khaebys_sdks"]
