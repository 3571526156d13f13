"""NHS patient-travel claims app "Slighe" (islanders sent to the mainland for hospital care book
flights and claim fares back; her catheter ablation for atrial fibrillation at a Clydebank heart
centre, her husband as her escort, staying with her mother-in-law in Glasgow). Its API's keys are
Scottish Gaelic: ``ainm`` first name, ``sloinneadh`` surname, ``post_d`` e-mail, ``fon_laimhe``
mobile, ``facal_faire`` password, ``la_breith`` birth date, ``aireamh_chi`` CHI number,
``seoladh`` address line, ``baile`` town, ``eilean`` island, ``cod_puist`` postcode, ``gne`` sex
(``boireann`` female), ``coinneamh`` appointment, ``ospadal`` hospital, ``roinn`` department,
``adhbhar`` reason, ``neach_taic`` escort, ``daimh`` relation, ``tiocaid`` ticket, ``turas``
journey, ``luchd_siubhail`` passengers, ``cosgais`` cost, ``suim`` amount, ``tagradh`` claim,
``cuidhteas`` receipt, ``cod_seorsachaidh`` sort code, ``aireamh_cunntais`` account number,
``domhan_leud`` / ``domhan_fad`` latitude / longitude, ``aite`` place, ``teachdaireachd``
message, ``lorg`` search, ``cathair_chuidhle`` wheelchair, ``cleachdaiche`` user,
``tachartasan`` events: sign-up, log-in, an SMS code, ``/mise``, the appointment, the referral
letter (PDF), the escort request, the escort, a flight search, the booking, its payment, the
airport check-in, a protobuf journey beat from Glasgow, the receipts (msgpack), a taxi receipt
photo, the claim (gzip) with her bank account, the claim history by CHI number in the path, the
last receipt by cookie, a message, a search, airport assistance, push, events and a log-out."""

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
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families213_kit import (
    AIRPORT,
    AIRPORT_FIX,
    CHI,
    FLIGHT_REF,
    HOME,
    HOSPITAL,
    HUSBAND,
    MOTHER_IL,
    UK_ACCOUNT,
    UK_SORT,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import (
    lr_event,
    lr_launch,
    tl_crash,
    tl_crumb,
    tl_session,
    tm_batch,
    tm_identify,
)
from eval_families213_svc import (
    bp_register,
    cc_message,
    mp_route,
    sg_card,
    sg_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("slighe", "Slighe", "com.example.slighe", "3.4.1", "https://api.slighe.example.org")
IID = "X-Slighe-Inneal"
PW = "Urgha!Clach2026"
NID = "personal.national_id"
DOB_UK = "17/05/1991"
MIL_AT = (55.871204, -4.306871)  # her phone at her mother-in-law's flat in Partick
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gd=True, **kw)


def slighe() -> list[Case]:
    rng = random.Random(21301)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, post_d=L(EMAIL, MAIL), chi=L(CHI, NID)))}
    ala, alo = fix(AIRPORT_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(FLIGHT_REF, BUY)), (2, HOSPITAL["id"]), (3, 1769504400),
               (4, [(1, L(MIL_AT[0], PRECISE)), (2, L(MIL_AT[1], PRECISE)), (3, 14.0)]),
               (5, L(63, DEV))], "", lab)
    hist = at_path(case(f, f"{a}/api/v1/tagraidhean/{CHI}/eachdraidh", headers=_h(rng, **b),
                        query={"bliadhna": "2026"}), CHI, NID)
    return [
        case(f, f"{a}/api/v1/clarachadh", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED), "la_breith": L(DOB_UK, BIRTH),
            "aireamh_chi": L(CHI, NID), "seoladh": L(HOME["line"], ADDR),
            "baile": L(HOME["town"], COARSE), "eilean": L("Na Hearadh", COARSE),
            "cod_puist": L(HOME["post"], COARSE), "gne": L("boireann", GENDER),
            "cumhachan": True}),
        case(f, f"{a}/api/v1/logadh_a_steach", fmt="form", headers=_h(rng), body={
            "post_d": L(EMAIL_UPPER, MAIL), "facal_faire": L(PW, CRED), "cuimhnich": "1"}),
        case(f, f"{a}/api/v1/dearbhadh", fmt="form", headers=_h(rng), body={
            "fon_laimhe": L(NATIONAL, TEL), "cod": L("318406", CRED)}),
        case(f, f"{a}/api/v1/mise", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/coinneamhan", headers=_h(rng, **b), body={
            "ospadal": HOSPITAL["id"], "roinn": L("Cardiology", MED),
            "adhbhar": L("catheter ablation, atrial fibrillation", MED),
            "ceann_latha": "2026-01-27T08:00", "aireamh_chi": L(CHI, NID),
            "aireamh_litreach": obj(rng, "lt")}),
        multipart(f, f"{a}/api/v1/litrichean", [
            ("litir", "litir_ospadail.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"aireamh_chi": L(CHI, NID), "seorsa": "referral"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ion_roghnachadh", headers=_h(rng, **b), body={
            "eilean": L("Na Hearadh", COARSE), "feum_neach_taic": L(True, MED),
            "adhbhar_taic": L("Sedation for the ablation, I cannot travel alone afterwards",
                              f"{TEXT}|{MED}"), "sochairean": "chan eil"}),
        case(f, f"{a}/api/v1/neach_taic", headers=_h(rng, **b), body={
            "ainm": L(HUSBAND[0], NAMEC), "fon_laimhe": L(HUSBAND[1], TEL), "daimh": "ceile",
            "coinneamh": obj(rng, "cn")}),
        case(f, f"{a}/api/v1/itealain", headers=_h(rng, **b), query={
            "bho": AIRPORT["code"], "gu": "GLA", "ceann_latha": "2026-01-26", "daoine": "2"}),
        case(f, f"{a}/api/v1/turasan", headers=_h(rng, **b), body={
            "itealan": "HB411", "bho": AIRPORT["code"], "gu": "GLA", "tiocaid": L(FLIGHT_REF, BUY),
            "cosgais": L(236.40, BUY), "luchd_siubhail": [L(f"{FIRST} {LAST}", NAMEC),
                                                        L(HUSBAND[0], NAMEC)],
            "aite_fuirich": {"ainm": L(MOTHER_IL[0], NAMEC), "seoladh": L("18 Crow Road", ADDR),
                             "baile": L("Glasgow", COARSE)}}),
        case(f, f"{a}/api/v1/paigheadh", fmt="form", headers=_h(rng, **b), body={
            "tiocaid": L(FLIGHT_REF, BUY), "suim": L("236.40", BUY), "airgead": "GBP",
            "modh": L(opaque(rng, "pm_", 24), PAY), "ceithir_mu_dheireadh": L("4444", PAY)}),
        case(f, f"{a}/api/v1/port_adhair/check_in", headers=_h(rng, **b), body={
            "tiocaid": L(FLIGHT_REF, BUY), "aite": {"domhan_leud": ala, "domhan_fad": alo},
            "port_adhair": {"domhan_leud": AIRPORT["lat"], "domhan_fad": AIRPORT["lon"]}}),
        raw(f, f"{a}/api/v1/turas/buille", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/cuidhteasan", fmt="msgpack", headers=_h(rng, **b), body={
            "tiocaid": L(FLIGHT_REF, BUY),
            "cuidhteasan": [{"seorsa": "tagsaidh", "suim": L(18.50, BUY)},
                            {"seorsa": "bus", "suim": L(3.10, BUY)}],
            "iomlan": L(21.60, BUY)}),
        multipart(f, f"{a}/api/v1/cuidhteasan/dealbh", [
            ("dealbh", "tagsaidh.jpg", "image/jpeg", L(JPEG + b"\x13", MEDIA)),
            ("meta", None, "application/json", {"suim": L(18.50, BUY), "cuidhteas": obj(rng, "rc")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/tagraidhean", gz=True, headers=_h(rng, **b), body={
            "tagradh": obj(rng, "tg"), "aireamh_chi": L(CHI, NID), "tiocaid": L(FLIGHT_REF, BUY),
            "suim_iomlan": L(258.00, BUY),
            "banca": {"cod_seorsachaidh": L(UK_SORT, PAY), "aireamh_cunntais": L(UK_ACCOUNT, PAY),
                      "ainm_cunntais": L(f"{FIRST} {LAST}", NAMEC)},
            "neach_taic": L(HUSBAND[0], NAMEC)}),
        hist,
        case(f, f"{a}/api/v1/cuidhteas/mu_dheireadh", headers=_h(rng, how="none"), cookies={
            "sl_seisean": L(opaque(rng, "", 40), CRED), "sl_inneal": L(INSTALL_ID, DID),
            "sl_iarrtas": rid(rng)}),
        case(f, f"{a}/api/v1/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "oifis_siubhail",
            "teachdaireachd": L("Chaidh an ablation a chur air ais gu Diardaoin, feumaidh mi an "
                                "tiocaid atharrachadh", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/lorg", headers=_h(rng, **b), query={
            "lorg": L("bus bhon phort-adhair gu Clydebank", SEARCH), "duilleag": "1"}),
        case(f, f"{a}/api/v1/cuideachadh", fmt="form", headers=_h(rng, **b), body={
            "tiocaid": L(FLIGHT_REF, BUY), "cathair_chuidhle": L("true", MED),
            "fon_laimhe": L(E164, TEL), "port_adhair": "GLA"}),
        case(f, f"{a}/api/v1/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/tachartasan", gz=True, headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("tiocaid_air_a_ghlèidheadh", 1), ev("tagradh", 2, suim=L(258, BUY)),
                ev("sgrion", 3, sgrion=L("MoTagraidhean", USAGE))]}),
        case(f, f"{a}/api/v1/logadh_a_mach", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "inneal": L(INSTALL_ID, DID)}),
    ]


def slighe_sdks() -> list[Case]:
    rng = random.Random(21302)
    return [
        tm_batch(APP, rng, [("Flight Booked", {"total": L(236.4, BUY)}),
                            ("Claim Submitted", {"items": 3})], at=AIRPORT_FIX, nd=2,
                 locale="gd_GB"),
        tm_identify(APP, rng, {"eilean": L("Na Hearadh", COARSE),
                               "ospadal": HOSPITAL["id"], "roinn": L("Cardiology", MED)}),
        lr_launch(APP, rng, first=True),
        lr_event(APP, rng, "purchase", {"tiocaid": L(FLIGHT_REF, BUY)}, revenue=236.4,
                 currency="GBP", hashed=True),
        tl_crash(APP, rng, ("java.io.IOException", "upload aborted"),
                 [tl_crumb("nav", "Tagradh -> Cuidhteasan"),
                  tl_crumb("net", "POST", {"url": f"{APP.api}/api/v1/cuidhteasan/dealbh",
                                           "status": 0})], screen="CuidhteasActivity"),
        tl_session(APP, rng, secs=688),
        bp_register(APP, rng, lang="gd", at=MIL_AT, nd=2, tags={"ospadal": HOSPITAL["id"]}),
        sg_card(APP, rng),
        sg_confirm(APP, rng, "236.40"),
        mp_route(APP, rng, [(MIL_AT, PRECISE), ((HOSPITAL["lat"], HOSPITAL["lon"]), None)],
                 mode="transit"),
        cc_message(APP, rng, L(f"My claim for {FLIGHT_REF} says the bank details are wrong",
                               f"{TEXT}|{BUY}"), {"aireamh_chi": L(CHI, NID)}),
    ]
