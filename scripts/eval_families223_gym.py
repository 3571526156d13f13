"""The girls' gymnastics club app "Ganigani" (a fictional club in Keetmanshoop where Aletta
trains three afternoons a week; its competitions are in Windhoek). Its API's keys are
Khoekhoegowab with Afrikaans loans, ASCII-folded (click letters dropped): ``ons`` name, ``van``
surname (Afrikaans), ``foon`` phone, ``na_mis`` password (a coinage, "inside word"),
``goa_tses`` birth date, ``kurin`` age (years), ``geslag`` sex, ``id_nommer`` ID number,
``oms`` house (street line), ``dorob`` town, ``goas`` daughter (the gymnast), ``gus`` mother,
``aob`` husband, ``ouma`` grandmother, ``lid`` member, ``gaisaob`` doctor, ``khaib`` illness,
``tsub`` pain/injury, ``gaisaxun`` medicines, ``mari`` amount, ``mari_gui`` payment,
``khanis`` message, ``khakhasaob`` coach (teacher), ``khais`` place, ``soek`` search,
``toestel`` device, ``xun`` events: the parent's sign-up with the child, an OAuth password
grant, ``/ti`` with a ``goan`` claim, the child's health form (gzip), the training schedule by
member number in the path, the fee, a competition entry, the trip to Windhoek, the hall
check-in with her fix, the child's photo, a message to the coach about a sprain, an absence,
results, a leotard order with the child's measurements, volunteering, notices, a skills video,
a pick-up authorisation for her mother-in-law, a search, the invoice by cookie, push and
events (session cookie)."""

from __future__ import annotations

import random
from typing import Any

from eval_families10_kit import MP4
from eval_families17_kit import (
    ADDR,
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
from eval_families223_kit import (
    DAUGHTER,
    GYM,
    GYM_FIX,
    HUSBAND,
    KH_HOME,
    KH_HOME_AT,
    MEDAID,
    MOTHER_IL,
    VENUE,
    fix,
    hd,
    obj,
    push,
)
from eval_families223_sdk import bo_bid, cn_crash, cn_crumb, mk_batch, mk_identify, tg_launch
from eval_families223_svc import (
    ca_card,
    ca_confirm,
    cb_save,
    fk_eval,
    hw_message,
    mg_route,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ganigani", "Ganigani", "com.example.ganigani", "2.4.1",
          "https://api.ganigani.example.org")
IID = "X-Ganigani-Toestel"
PW = "Salto!Karas88"
NID = "personal.national_id"
FIT = "health.fitness"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
GID = DAUGHTER["gym"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def ganigani() -> list[Case]:
    rng = random.Random(22321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), goan=[L(GID, UID)],
                                    rol="ouer"))}
    gla, glo = fix(GYM_FIX, 5)
    rooster = at_path(case(f, f"{a}/api/goan/{GID}/rooster", headers=_h(rng, **b),
                           query={"week": "2026-W11"}), GID, UID)
    return [
        case(f, f"{a}/api/lede", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "van": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "foon": L(E164, TEL), "na_mis": L(PW, CRED), "oms": L(KH_HOME["line"], ADDR),
            "dorob": L(KH_HOME["town"], COARSE), "rol": "gus",
            "goas": {"ons": L(DAUGHTER["first"], NAMEC), "van": L(DAUGHTER["last"], NAMEC),
                     "goa_tses": L(DAUGHTER["dob"], BIRTH),
                     "geslag": L(DAUGHTER["sex"], GENDER),
                     "id_nommer": L(DAUGHTER["idno"], NID), "lid": L(GID, UID)}}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "ganigani-ouer"}),
        case(f, f"{a}/api/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/goan/gesondheid", gz=True, headers=_h(rng, **b), body={
            "lid": L(GID, UID), "ons": L(KID, NAMEC), "goa_tses": L(DAUGHTER["dob"], BIRTH),
            "khaib": {"asma": L(False, MED), "allergie": [L("bee stings", MED)],
                      "epilepsie": L(False, MED)},
            "tsub": L("sprained left wrist, 2025", MED),
            "gaisaxun": [L("antihistamine syrup", MED)],
            "mediese_fonds": L(MEDAID, MED),
            "gaisaob": {"ons": L("Dr. Nelao Shilongo", NAMEC), "foon": "+264632223310"},
            "noodkontak": {"ons": L(HUSBAND[0], NAMEC), "foon": L(HUSBAND[1], TEL)}}),
        rooster,
        case(f, f"{a}/api/fooie", fmt="form", headers=_h(rng, **b), body={
            "lid": L(GID, UID), "khab": "2026-03", "mari": L("350.00", BUY), "valuta": "NAD",
            "mari_gui": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/kompetisie/inskryf", headers=_h(rng, **b), body={
            "kompetisie": "cmp_whk_regional_26", "lid": L(GID, UID), "vlak": "Level 2",
            "kurin": L(8, BIRTH), "apparate": ["vloer", "balk", "sprong"],
            "mari": L(220, BUY)}),
        case(f, f"{a}/api/reis", headers=_h(rng, **b), body={
            "kompetisie": "cmp_whk_regional_26", "lid": L(GID, UID), "toestemming": True,
            "bus": True, "noodfoon": L(E164, TEL), "gus_ry_saam": True,
            "mari": L(480, BUY)}),
        case(f, f"{a}/api/bywoning", headers=_h(rng, **b), body={
            "lid": L(GID, UID), "khais": {"lat": gla, "lon": glo, "akk": 9},
            "saal": {"id": GYM["id"], "lat": GYM["lat"], "lon": GYM["lon"]},
            "soort": "aflaai"}),
        multipart(f, f"{a}/api/goan/foto", [
            ("foto", "aletta_kaart.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("meta", None, "application/json", {"lid": L(GID, UID), "gebruik": "lidkaart"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/khanis", headers=_h(rng, **b), body={
            "aan": "khakhasaob_marlize", "draad": obj(rng, "th"),
            "khanis": L("Aletta het haar enkel gister verstuit, sy sal Dinsdag net strek.",
                        f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/api/afwesig", headers=_h(rng, **b), body={
            "lid": L(GID, UID), "van_tses": "2026-03-17", "tot_tses": "2026-03-19",
            "rede": L("tsub: verstuite enkel", MED)}),
        case(f, f"{a}/api/uitslae", headers=_h(rng, **b), query={
            "lid": L(GID, UID), "kompetisie": "cmp_kmh_club_25"}),
        case(f, f"{a}/api/drag/bestel", headers=_h(rng, **b), body={
            "lid": L(GID, UID), "item": "leotard_club_blue", "grootte": "8-9",
            "lengte_cm": L(128, FIT), "bors_cm": L(62, FIT), "gewig_kg": L(25, FIT),
            "mari": L(390, BUY)}),
        case(f, f"{a}/api/vrywilligers", fmt="form", headers=_h(rng, **b), body={
            "ons": L(f"{FIRST} {LAST}", NAMEC), "foon": L(E164, TEL), "taak": "tuck_shop",
            "kompetisie": "cmp_whk_regional_26"}),
        case(f, f"{a}/api/kennisgewings", headers=_h(rng, **b), query={
            "klub": GYM["id"], "sedert": "2026-03-01"}),
        multipart(f, f"{a}/api/gradering/video", [
            ("video", "handstand.mp4", "video/mp4", L(MP4, MEDIA)),
            ("meta", None, "application/json", {"lid": L(GID, UID), "vaardigheid": "handstand"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/optel", headers=_h(rng, **b), body={
            "lid": L(GID, UID),
            "persoon": {"ons": L(MOTHER_IL[0], NAMEC), "foon": L(MOTHER_IL[1], TEL),
                        "verhouding": "ouma"}, "dae": ["wo", "vr"]}),
        case(f, f"{a}/api/soek", headers=_h(rng, **b), query={
            "soek": L("balk oefeninge vir beginners", SEARCH)}),
        case(f, f"{a}/api/fakture/laaste", headers=_h(rng, how="none"), cookies={
            "gg_sessie": L(opaque(rng, "", 40), CRED), "gg_toestel": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/toestelle", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/xun", headers=_h(rng, how="none"), cookies={
            "gg_sessie": L(opaque(rng, "", 40), CRED)}, body={
            "khoe": L(USER_ID, UID), "xun": [
                ev("rooster_oop", 1), ev("skerm", 2, skerm=L("Uitslae", USAGE))]}),
    ]


def ganigani_sdks() -> list[Case]:
    rng = random.Random(22322)
    return [
        mk_batch(APP, rng, [("Fee Paid", {"amount": L(350, BUY)}),
                            ("Checked In", {"club": GYM["id"]})], at=GYM_FIX, nd=3),
        mk_identify(APP, rng, {"rol": "ouer", "goan": 1, "dorob": L("Keetmanshoop", COARSE)}),
        tg_launch(APP, rng),
        bo_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="sport,kids,gymnastics"),
        cn_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [cn_crumb("nav", "Goan -> Uitslae")], screen="UitslaeActivity"),
        fk_eval(APP, rng, {"club": GYM["id"], "goan": 1}),
        ps_register(APP, rng, lang="af", tags={"klub": GYM["id"], "vlak": "L2"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        ca_card(APP, rng),
        ca_confirm(APP, rng, "350.00"),
        mg_route(APP, rng, [(KH_HOME_AT, PRECISE), ((VENUE["lat"], VENUE["lon"]), None)]),
        hw_message(APP, rng, L(f"The March fee for {KID} shows unpaid", f"{TEXT}|{NAMEC}"),
                   {"lid": L(GID, UID)}),
    ]
