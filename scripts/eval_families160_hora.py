"""A Waaqeffanna community's app "Hora Galataa" (the galma in Jimma her parents-in-law belong
to; membership, the Irreechaa thanksgiving at Hora Harsadi, offerings, a blessing for the baby):
its API's keys are Afaan Oromo in Qubee (``maqaa`` first name, ``maqaa_abbaa`` father's name
(her surname), ``imeelii`` e-mail, ``bilbila`` phone, ``jecha_iccitii`` password,
``guyyaa_dhalootaa`` birth date, ``saala`` sex (``dubartii`` woman, ``dhiira`` man),
``magaalaa`` town, ``ganda`` kebele, ``amantaa`` faith, ``gosa`` clan, ``miseensa`` /
``lakkoofsa_miseensaa`` member / member number, ``abbaa_manaa`` husband, ``ilma`` son,
``maatii`` family, ``ayyaana`` festival, ``hirmaattota`` participants, ``kennaa`` offering,
``hanga`` amount, ``kaffaltii`` payment, ``kadhannaa`` prayer, ``ergaa`` message, ``suuraa``
photo, ``ibsa`` caption, ``sirna`` rite, ``daaima`` child, ``koodii`` code, ``barbaacha``
search, ``tajaajila`` service, ``taateewwan`` events, ``seeni``/``bai`` log in/out): sign-up,
a password and an SMS-code log-in, ``/ana`` (me), the festival calendar, the thanksgiving
registration for the three of them with bus seats, its payment, attendance at the lake (her
fix), an offering, a prayer for the baby's feet, his blessing rite, a photo, a message to the
elder naming her mother-in-law, the member record by number in the path, offering history, the
family register with her husband's Fayda number and clan, a receipt by cookie, a search, the
volunteer rota, push, events and a log-out. Sets with churches' harvest thanksgivings exist;
this is a traditional Oromo faith's galma and its lake-side thanksgiving (no church, no tithe)."""

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
from eval_families160_kit import (
    DOB_EC,
    ET_LINE,
    ET_LOCAL,
    GALMA,
    HOME_AT,
    HUSBAND,
    LAKE,
    LAKE_FIX,
    MEMBER,
    MOTHER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families160_sdk import cg_crash, cg_crumb, md_batch, md_identify, th_event, th_launch
from eval_families160_svc import cq_card, cq_confirm, cw_save, hg_message, mb_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("horagalataa", "Hora Galataa", "com.example.horagalataa", "1.8.2",
          "https://api.horagalataa.example.org")
IID = "X-Hora-Meeshaa"
PW = "Odaa#Jimmaa2025"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, om=True, **kw)


def hora() -> list[Case]:
    rng = random.Random(16011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lakkoofsa_miseensaa=L(MEMBER, UID),
                                    imeelii=L(EMAIL, MAIL), galma=L(GALMA["id"], SENS)))}
    la, lo = fix(LAKE_FIX, 5)
    rec = at_path(case(f, f"{a}/api/miseensa/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/api/galmee", headers=_h(rng), body={
            "maqaa": L(FIRST, NAMEC), "maqaa_abbaa": L(LAST, NAMEC), "imeelii": L(EMAIL, MAIL),
            "bilbila": L(ET_LINE, TEL), "jecha_iccitii": L(PW, CRED),
            "guyyaa_dhalootaa": L(DOB_EC, BIRTH), "saala": L("dubartii", GENDER),
            "magaalaa": L("Adama", COARSE), "amantaa": L("Waaqeffannaa", SENS),
            "galma": L(GALMA["id"], SENS), "lakkoofsa_miseensaa": L(MEMBER, UID),
            "abbaa_manaa": {"maqaa": L(HUSBAND[0], NAMEC), "gosa": L("Maccaa", SENS)}}),
        case(f, f"{a}/api/seeni", fmt="form", headers=_h(rng), body={
            "bilbila": L(ET_LOCAL, TEL), "jecha_iccitii": L(PW, CRED), "na_yaadadhu": "1"}),
        case(f, f"{a}/api/seeni/koodii", fmt="form", headers=_h(rng), body={
            "bilbila": L(ET_LINE, TEL), "koodii": L("508317", CRED)}),
        case(f, f"{a}/api/ana", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/ayyaanota", headers=_h(rng, **b), query={
            "galma": L(GALMA["id"], SENS), "bara": "2018"}),
        case(f, f"{a}/api/irreechaa/galmee", headers=_h(rng, **b), body={
            "ayyaana": L("Irreechaa Birraa", SENS), "iddoo": LAKE["id"],
            "hirmaattota": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "konkolaataa": {"ka_umsa": L("Adama", COARSE), "teessoowwan": 3},
            "galmee": L("IR-18-40277", BUY), "hanga": L(450, BUY),
            "lakkoofsa_miseensaa": L(MEMBER, UID)}),
        case(f, f"{a}/api/kaffaltii", fmt="form", headers=_h(rng, **b), body={
            "galmee": L("IR-18-40277", BUY), "hanga": L("450.00", BUY), "maallaqa": "ETB",
            "mala": "bilbilbirr", "bilbila_kaffalaa": L(ET_LINE, TEL), "ref": rid(rng)}),
        case(f, f"{a}/api/hirmaannaa", headers=_h(rng, **b), body={
            "ayyaana": L("Irreechaa Birraa", SENS), "iddoo": {"lat": la, "lon": lo, "sirrii": 9},
            "hora": {"id": LAKE["id"], "lat": LAKE["lat"], "lon": LAKE["lon"]},
            "lakkoofsa_miseensaa": L(MEMBER, UID)}),
        case(f, f"{a}/api/kennaa", headers=_h(rng, **b), body={
            "gosa_kennaa": L("buna qalaa", SENS), "hanga": L(300, BUY),
            "kaayyoo": L("Galata ilma keenya dhalateef", f"{TEXT}|{SENS}"),
            "galma": L(GALMA["id"], SENS)}),
        case(f, f"{a}/api/kadhannaa", headers=_h(rng, **b), body={
            "barreeffama": L(f"Waaqni ilma keenya {SON['first']} miila isaa haa fayyisu",
                             f"{TEXT}|{SENS}|{MED}|{NAMEC}"), "mul_ata": "jaarsolii"}),
        case(f, f"{a}/api/sirna/eebba", headers=_h(rng, **b), body={
            "sirna": L("eebba daa'imaa", SENS), "guyyaa": "2026-01-18",
            "daaima": {"maqaa": L(SON["first"], NAMEC), "maqaa_abbaa": L(SON["last"], NAMEC),
                       "guyyaa_dhalootaa": L(SON["dob"], BIRTH), "saala": L(SON["sex"], GENDER)},
            "galma": L(GALMA["id"], SENS)}),
        multipart(f, f"{a}/api/suuraa", [
            ("suuraa", "irreechaa.jpg", "image/jpeg", L(JPEG + b"\x16", MEDIA)),
            ("odeeffannoo", None, "application/json", {
                "albuma": "irreechaa-2018",
                "ibsa": L("Irreechaa Hora Harsadii irratti maatii wajjin", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ergaa", headers=_h(rng, **b), body={
            "gara": "jaarsa_glm03",
            "barreeffama": L(f"Abbaa, haadha warra Gemechu {MOTHER_IL[0]} ({MOTHER_IL[1]}) "
                             "eebbaaf ni dhufti", f"{TEXT}|{SENS}|{NAMEC}|{TEL}")}),
        rec,
        case(f, f"{a}/api/kennaawwan", headers=_h(rng, **b), query={
            "lakkoofsa_miseensaa": L(MEMBER, UID), "bara": "2018"}),
        case(f, f"{a}/api/maatii", headers=_h(rng, **b), body={
            "lakkoofsa_miseensaa": L(MEMBER, UID),
            "abbaa_manaa": {"maqaa": L(HUSBAND[0], NAMEC), "bilbila": L(HUSBAND[1], TEL),
                            "fayda": L(HUSBAND[2], NID), "gosa": L("Maccaa", SENS),
                            "balbala": L("Liiban", SENS)},
            "ilma": {"maqaa": L(KID, NAMEC), "guyyaa_dhalootaa": L(SON["dob_ec"], BIRTH)}}),
        case(f, f"{a}/api/nagahee/dhumaa", headers=_h(rng, how="none"), cookies={
            "hg_sesii": L(opaque(rng, "", 40), CRED), "hg_meeshaa": L(INSTALL_ID, DID),
            "hg_req": rid(rng)}),
        case(f, f"{a}/api/barbaacha", headers=_h(rng, **b), query={
            "q": L("sirna eebba daa'imaa Jimmaa", SEARCH), "fuula": "1"}),
        case(f, f"{a}/api/tajaajila", headers=_h(rng, **b), query={
            "lakkoofsa_miseensaa": L(MEMBER, UID), "ji_a": "2026-01"}),
        case(f, f"{a}/api/meeshaa", headers=_h(rng, **b), body=push(push_token(rng), "om_ET")),
        case(f, f"{a}/api/taateewwan", gz=True, headers=_h(rng, **b), body={
            "fayyadamaa": L(USER_ID, UID), "taateewwan": [
                ev("irreechaa_galmee", 1, hanga=L(450, BUY)),
                ev("fuula", 2, fuula=L("Kennaa", USAGE)),
                ev("kennaa", 3, gosa=L("buna qalaa", SENS))]}),
        case(f, f"{a}/api/bai", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "meeshaa": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/galma/{GALMA['id']}/sagantaa", headers=_h(rng, **b),
             query={"torban": "2026-W03", "slot": obj(rng, "sl")}),
    ]


def hora_sdks() -> list[Case]:
    rng = random.Random(16012)
    return [
        md_batch(APP, rng, [("Thanksgiving Registered", {"seats": 3, "total": L(450, BUY)}),
                            ("Attendance Checked", {"festival": L("Irreechaa", SENS)})],
                 at=LAKE_FIX, nd=2, locale="om_ET"),
        md_identify(APP, rng, {"magaalaa": L("Adama", COARSE), "galma": L(GALMA["name"], SENS),
                               "lakkoofsa_miseensaa": L(MEMBER, UID)}),
        th_launch(APP, rng, first=True),
        th_event(APP, rng, "offering", {"ayyaana": L("Irreechaa", SENS)}, revenue=450.0),
        cg_crash(APP, rng, ("java.lang.IllegalStateException", "photo picker closed"),
                 [cg_crumb("nav", "Ayyaana -> Suuraa"),
                  cg_crumb("net", "POST", {"url": f"{APP.api}/api/suuraa", "status": 500})],
                 screen="SuuraaActivity"),
        ps_register(APP, rng, lang="om", at=HOME_AT, nd=2,
                    tags={"galma": L(GALMA["name"], SENS), "afaan": "om"}),
        cw_save(APP, rng, {"analytics": True, "marketing": False}),
        cq_card(APP, rng),
        cq_confirm(APP, rng, "450.00"),
        mb_route(APP, rng, [(HOME_AT, PRECISE), ((LAKE["lat"], LAKE["lon"]), None)]),
        hg_message(APP, rng, L("Kaffaltiin Irreechaa lama na irraa muramee jira",
                               f"{TEXT}|{SENS}"), {"lakkoofsa_miseensaa": L(MEMBER, UID)}),
    ]
