"""Easter-conference app "Umhlangano" (umhlangano: gathering; a Brethren in Christ district's
four-day Easter conference at a mission near Gwanda; her religion; its API's keys are
isiNdebele: ``ibizo`` / ``isibongo``, ``ibizo_eliphelele``, ``imeyili``, ``ucingo``,
``iphasiwedi`` password, ``ibandla`` congregation, ``ukholo`` faith, ``inombolo_yelungu``
member number, ``ubulili`` sex, ``umndeni`` family, ``iminyaka`` age, ``ithende`` tent,
``ukudla`` meals, ``amathikithi`` tickets, ``ukubhabhathizwa`` baptism, ``ubufakazi``
testimony, ``umntwana`` child, ``umzali`` parent, ``ialeji`` allergy, ``umnikelo`` offering,
``isikhwama`` fund, ``umthandazo`` prayer, ``ibhasi`` bus, ``abagibeli`` passengers,
``ukufika`` arrival, ``izingoma`` hymns, ``umfundisi`` pastor, ``umlayezo`` message,
``ukudinga`` search, ``izehlakalo`` events).

Calls: registration with her congregation, an OAuth password grant, ``/mina``, the family's
conference registration (Thabani's age), a tent plot with her fix, meal tickets (her
mother-in-law's diabetic meals), her baptism candidacy with a short testimony, Thabani in the
children's programme (his peanut allergy), an offering, a prayer request for her father-in-law's
stroke, bus seats, the programme, the gate check-in (4 decimals), favourite hymns (msgpack), a
baptism photo, a message to the pastor about Thabani, her member record by number in the path,
the receipt by cookie, a hymn search, a kitchen-rota sign-up, push and events. Earlier sets
have congregations' weekly apps, and set 134's Adventist church app has a camp meeting as one
feature; this is a conference's own app (tents, meals, river baptism, a children's programme)
and "Brethren" matched nothing in a docstring grep."""

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
    SENS,
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
from eval_families201_kit import (
    CHURCH_NO,
    FATHER_IL,
    HOME_AT,
    HUSBAND,
    MISSION,
    SON,
    TENT_FIX,
    ZW_MOBILE,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import ab_event, cs_crash, cs_crumb, sg_batch, sg_identify
from eval_families201_svc import cm_save, hu_message, mp_route, pi_card, pi_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("umhlangano", "Umhlangano", "com.example.umhlangano", "1.3.1",
          "https://api.umhlangano.example.org")
IID = "X-Umhlangano-Device"
PW = "Pasika2026!Siya"
REL = SENS
CONG = "BIC Hillside, Bulawayo"
ME = f"{FIRST} {LAST}"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nd=True, **kw)


def umhlangano() -> list[Case]:
    rng = random.Random(20131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), ilungu=L(CHURCH_NO, UID),
                                    ibandla=L(CONG, REL)))}
    gla, glo = fix(TENT_FIX, 4)
    tla, tlo = fix(TENT_FIX)
    rec = at_path(case(f, f"{a}/v1/amalungu/{CHURCH_NO}", headers=_h(rng, **b)), CHURCH_NO, UID)
    return [
        case(f, f"{a}/v1/ukubhalisa", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "ucingo": L(ZW_MOBILE, TEL), "iphasiwedi": L(PW, CRED),
            "ibandla": L(CONG, REL), "ukholo": L("Brethren in Christ", REL),
            "inombolo_yelungu": L(CHURCH_NO, UID), "ubulili": L("owesifazana", GENDER)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "umhlangano-android"}),
        case(f, f"{a}/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/umhlangano/ukubhalisa", headers=_h(rng, **b), body={
            "umhlangano": "pasika_2026", "ibandla": L(CONG, REL),
            "umndeni": [{"ibizo_eliphelele": L(ME, NAMEC)},
                        {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC)},
                        {"ibizo_eliphelele": L(KID, NAMEC), "iminyaka": L(7, BIRTH)}],
            "izinsuku": ["2026-04-02", "2026-04-06"], "inani": L(60, BUY)}),
        case(f, f"{a}/v1/ithende", headers=_h(rng, **b), body={
            "lat": tla, "lng": tlo, "usayizi": "4x4", "umhlangano": "pasika_2026",
            "imission": {"id": MISSION["id"], "lat": MISSION["lat"], "lng": MISSION["lon"]}}),
        case(f, f"{a}/v1/ukudla/amathikithi", fmt="form", headers=_h(rng, **b), body={
            "amathikithi": "12", "inani": L("36.00", BUY),
            "ukudla_okukhethekileyo": L("umamazala ulesifo sikashukela, ukudla okungelashukela",
                                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ukubhabhathizwa", headers=_h(rng, **b), body={
            "ibizo_eliphelele": L(ME, NAMEC), "inombolo_yelungu": L(CHURCH_NO, UID),
            "ukholo": L("Brethren in Christ", REL), "indawo": "umfula",
            "ubufakazi": L("Ngamukela uJesu eBulawayo ngo2024, ngifuna ukubhabhathizwa",
                           f"{TEXT}|{REL}"), "umfundisi": "pst_0071"}),
        case(f, f"{a}/v1/abantwana", headers=_h(rng, **b), body={
            "umntwana": {"ibizo": L(SON["first"], NAMEC), "isibongo": L(SON["last"], NAMEC),
                         "usuku_lokuzalwa": L(SON["dob"], BIRTH),
                         "ubulili": L(SON["sex"], GENDER),
                         "ialeji": L("amantongomane", MED)},
            "umzali": {"ibizo_eliphelele": L(ME, NAMEC), "ucingo": L(ZW_MOBILE, TEL)},
            "iqembu": L("Sunday School 6-8", REL)}),
        case(f, f"{a}/v1/umnikelo", fmt="form", headers=_h(rng, **b), body={
            "isikhwama": L("ukwakhiwa_kwesonto", REL), "inani": L("20", BUY), "imali": "USD",
            "indlela": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/umthandazo", headers=_h(rng, **b), body={
            "umbhalo": L(f"Sicela lithandazele ubabazala {FATHER_IL[0]}, wahlaselwa "
                         "yisifo sohlangothi", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "ababona": "abafundisi"}),
        case(f, f"{a}/v1/ibhasi/izihlalo", headers=_h(rng, **b), body={
            "ibhasi": "bs_byo_01", "izihlalo": 2,
            "abagibeli": [L(ME, NAMEC), L(KID, NAMEC)],
            "lapho_ekhwela": "City Hall", "inani": L(24, BUY)}),
        case(f, f"{a}/v1/uhlelo", headers=_h(rng, **b), query={
            "umhlangano": "pasika_2026", "usuku": "2026-04-03"}),
        case(f, f"{a}/v1/ukufika", headers=_h(rng, **b), body={
            "lat": gla, "lng": glo, "isango": "gt_main", "ukufika": obj(rng, "ar")}),
        case(f, f"{a}/v1/izingoma/ezithandwayo", fmt="msgpack", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID),
            "izingoma": [L("Ngiyabonga Jesu", REL), L("Simama Sinqobe", REL)]}),
        multipart(f, f"{a}/v1/izithombe", [
            ("isithombe", "ubhabhathizo.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {
                "umbhalo": L("Ukubhabhathizwa emfuleni ngeSonto lePhasika", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/umlayezo", headers=_h(rng, **b), body={
            "kuya": "pst_0071",
            "umbhalo": L("Mfundisi, uThabani angalala lami ethendeni kulokuba ahlale "
                         "labanye abantwana?", f"{TEXT}|{NAMEC}")}),
        rec,
        case(f, f"{a}/v1/irisidi", headers=_h(rng, how="none"), cookies={
            "uh_sess": L(opaque(rng, "", 40), CRED), "uh_dev": L(INSTALL_ID, DID),
            "uh_req": rid(rng)}),
        case(f, f"{a}/v1/ukudinga", headers=_h(rng, **b), query={
            "q": L("izingoma zePhasika", f"{SEARCH}|{REL}")}),
        case(f, f"{a}/v1/izisebenzi", fmt="form", headers=_h(rng, **b), body={
            "ilungu": L(CHURCH_NO, UID), "umsebenzi": "ekhitshini", "usuku": "2026-04-04"}),
        case(f, f"{a}/v1/idivayisi", headers=_h(rng, **b), body=idivayisi(push_token(rng))),
        case(f, f"{a}/v1/izehlakalo", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("ukubhalisa", 1), ev("isikrini", 2, isikrini=L("Ithende", USAGE)),
                ev("umnikelo", 3, isikhwama=L("ukwakhiwa_kwesonto", REL))]}),
    ]


def umhlangano_sdks() -> list[Case]:
    rng = random.Random(20132)
    return [
        sg_batch(APP, rng, [("Registered", {"family": 3}),
                            ("Offering Given", {"fund": L("church building", REL)})],
                 at=TENT_FIX, nd=2),
        sg_identify(APP, rng, {"ibandla": L(CONG, REL), "idolobho": L("Bulawayo", COARSE)}),
        ab_event(APP, rng, "donation", {"isikhwama": L("ukwakhiwa_kwesonto", REL)},
                 revenue=20.0),
        cs_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/umnikelo"),
                 [cs_crumb("nav", "Ekhaya -> Umnikelo"), cs_crumb("tap", "nikela")],
                 screen="UmnikeloActivity"),
        pk_register(APP, rng, lang="nd", at=TENT_FIX, nd=2,
                    tags={"ibandla": L(CONG, REL), "umhlangano": "pasika_2026"}),
        cm_save(APP, rng, {"analytics": True, "marketing": False}),
        pi_card(APP, rng, email=True),
        pi_confirm(APP, rng, "20.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((MISSION["lat"], MISSION["lon"]), None)]),
        hu_message(APP, rng, L("Irisidi yomnikelo wokwakha isonto ayifikanga", f"{TEXT}|{REL}"),
                   {"ilungu": L(CHURCH_NO, UID)}),
    ]
