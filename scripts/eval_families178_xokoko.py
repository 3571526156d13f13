"""A home pest-control service's app "Xokoko" (``xɔ`` house, ``kɔ`` cleanse: a Ho firm treating
houses for termites, cockroaches and mosquitoes; she books and pays for her mother-in-law's house
in Bankoe, where the family spends weekends; prices in cedis). Ewe keys in ASCII: ``xo`` house,
``xowo`` rooms, ``afeto`` owner, ``nofe`` street line, ``digital_adrese`` GhanaPostGPS address,
``du`` town, ``nutome`` region, ``nko``, ``fon``, ``adzamenya``, ``deviwo`` children, ``fewo``
age (lit. "years"), ``dolele`` conditions, ``afemelawo`` pets, ``nudzodzoe`` pests, ``atike``
chemical, ``nkeke`` day, ``gafofo`` hour, ``dowola`` technician (lit. "worker"), ``agbososo``
amount, ``gaxexe`` payment, ``nukposusu`` review, ``gbedasi`` message. Calls: sign-up (JSON
password), a form log-in, ``/nye``, the house registered (street line, digital address, its
point), an inspection requested with photos of termite damage, the quote, the treatment booked
(the household: Dzifa's age and asthma), safety consent, the deposit, the technician's arrival
confirmed by her mother-in-law's phone, the follow-up visit, the job by number in the path,
receipts by cookie, a search, a referral for her sister, a review, a message, push and events.
No earlier set has pest control or fumigation (greps for "pest control", "fumigat",
"exterminat" matched nothing)."""

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
    E164,
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
from eval_families178_kit import (
    DAUGHTER,
    GH_NET,
    HO_HOUSE,
    HO_HOUSE_AT,
    HUSBAND,
    JOB,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families178_sdk import bf_bid, bf_notice, cd_crash, cd_crumb, mc_batch, tn_launch, tn_link
from eval_families178_svc import cl_card, cl_confirm, cy_check, fn_eval, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("xokoko", "Xokoko", "com.example.xokoko", "1.3.7", "https://api.xokoko.example.net")
IID = "X-Xokoko-Device"
PW = "Bankoe#Ho2026"
CARRIER = "location.carrier"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def xokoko() -> list[Case]:
    rng = random.Random(17841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fon=L(E164, TEL)))}
    hla, hlo = fix(HO_HOUSE_AT)
    house = obj(rng, "xo")
    job = at_path(case(f, f"{a}/api/dowowo/{JOB}", headers=_h(rng, **b)), JOB, BUY)
    return [
        case(f, f"{a}/api/nkonlo", headers=_h(rng), body={
            "nko": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL), "fon": L(E164, TEL),
            "adzamenya": L(PW, CRED), "du": L("Ho", COARSE), "mcc_mnc": L(GH_NET, CARRIER)}),
        case(f, f"{a}/api/ge_de_eme", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "adzamenya": L(PW, CRED)}),
        case(f, f"{a}/api/nye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/xowo", headers=_h(rng, **b), body={
            "xo": house, "nofe": L(HO_HOUSE["line"], ADDR),
            "digital_adrese": L(HO_HOUSE["gps"], ADDR), "du": L(HO_HOUSE["town"], COARSE),
            "nutome": L(HO_HOUSE["region"], COARSE), "lat": hla, "lng": hlo,
            "afeto": {"nko": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL)},
            "xowo": 5, "xo_fomevi": "bungalow"}),
        multipart(f, f"{a}/api/dodokpo", [
            ("photo", "termites_door.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
            ("photo2", "kitchen.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "xo": house, "nudzodzoe": ["termites", "cockroaches"],
                "nunlonlo": L("Termites le ʋɔtru la ɖum, dada kpɔ cockroaches le nuɖaƒe", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/asixoxo", headers=_h(rng, **b), query={
            "xo": house, "nudzodzoe": "termites,cockroaches,mosquitoes", "xowo": "5"}),
        case(f, f"{a}/api/dowowo", headers=_h(rng, **b), body={
            "xo": house, "dowo_id": L(JOB, BUY), "nkeke": "2026-02-14", "gafofo": "08:00",
            "atike": "fipronil_gel+ulv", "agbososo": L(1850, BUY), "ga_fomevi": "GHS",
            "deviwo": [{"nko": L(DAUGHTER["first"], NAMEC), "fewo": L(8, BIRTH),
                        "dolele": L("asthma", MED)}],
            "ame_tsitsi": [{"fewo": L(71, BIRTH), "dolele": L("hypertension", MED)}],
            "afemelawo": ["dog"]}),
        case(f, f"{a}/api/lolodenu", fmt="form", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY), "asidela": L(f"{FIRST} {LAST}", NAMEC),
            "deviwo_do_le_xo_me": "yes", "gafofo_nenie": "6"}),
        case(f, f"{a}/api/gaxexe", fmt="form", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY), "agbososo": L("925.00", BUY), "ga_fomevi": "GHS",
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "kad_4_mamlea": L("4444", PAY)}),
        case(f, f"{a}/api/dowowo/dowola_va", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY), "dowola": "tech_ho_04", "xola_fon": L(MOTHER_IL[1], TEL),
            "otp": L("4471", CRED), "dowola_tefe": {"lat": 6.60391, "lng": 0.46955}}),
        case(f, f"{a}/api/dowowo/evelia", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY), "nkeke": "2026-03-14", "gafofo": "09:00",
            "kplola_fon": L(HUSBAND[2], TEL), "nunlonlo": L("Srɔ̃nye Selorm aʋu ʋɔtrua", TEXT)}),
        job,
        case(f, f"{a}/api/gaxogbalewo", headers=_h(rng, how="none"), cookies={
            "xk_sesi": L(opaque(rng, "", 40), CRED), "xk_mo": L(INSTALL_ID, DID),
            "xk_req": rid(rng)}),
        case(f, f"{a}/api/didi", headers=_h(rng, **b), query={
            "didi": L("mosquito treatment safe for asthma child", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/api/xolowo/yo", headers=_h(rng, **b), body={
            "nko": L(SISTER_US[0], NAMEC), "fon": L(SISTER_US[1], TEL),
            "email": L(SISTER_US[2], MAIL), "code": opaque(rng, "REF", 6)}),
        case(f, f"{a}/api/nukposusu", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY), "ghletiviwo": 5,
            "nunlonlo": L("Dowolawo va le gafofo dzi, atike ʋeʋẽ nu va yi le gafofo ene megbe",
                          TEXT)}),
        case(f, f"{a}/api/gbedasi", headers=_h(rng, **b), body={
            "dowo_id": L(JOB, BUY),
            "gbedasi": L("Please call my mother-in-law Afi Agbenyega on +233208461175 before "
                         "you come", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/mowo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/nyadzodzo", gz=True, headers=_h(rng, **b), body={
            "zala": L(USER_ID, UID), "nyadzodzo": [
                ev("dowo_dodo", 1, agbososo=L(1850, BUY)),
                ev("ekran", 2, ekran=L("Quote", USAGE))]}),
    ]


def xokoko_sdks() -> list[Case]:
    rng = random.Random(17842)
    link = U("https://xokoko.example.net/j", {"dowo": L(JOB, BUY), "ref": "sms",
                                               "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Inspection Requested", {"pests": 2}),
                            ("Job Booked", {"total": L(1850, BUY)})], at=HO_HOUSE_AT, nd=2),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, gh=True, keywords="home,pests,ho"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "quote rooms"),
                 [cd_crumb("nav", "Xowo -> Asixoxo")], screen="QuoteActivity"),
        fn_eval(APP, rng, {"du": L("Ho", COARSE), "market": "GH"}),
        cy_check(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "925.00", currency="ghs"),
        mm_geocode(APP, rng, "Bankoe Road Ho", "behavior.search", near=HO_HOUSE_AT, nd=3),
    ]
