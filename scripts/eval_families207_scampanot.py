"""A parish bell-chimers' group app "Scampanotade" (the Friulian hand-chiming of church bells,
the scampanotade, by the group of San Zorç in Udine's Borgo Grazzano, which she joined with her
husband). Its API's keys are Friulian: ``non`` / ``cognon``, ``pueste_eletroniche``,
``telefonin``, ``peraule_claf``, ``date_di_nassite``, ``parochie`` parish, ``confession``
denomination, ``numar_scampanotador`` member number, ``marit`` husband, ``turni`` rota
(``disponibilitat`` availability, ``dîs`` days, ``cun`` with), ``cjampanili`` bell tower,
``puarte`` door, ``codic`` door code, ``posizion`` / ``latitudin`` / ``longjitudin``,
``regjistrazion`` recording, ``durade`` length, ``sigurece`` safety (``imbragadure`` harness,
``vertigjins`` vertigo, ``cur`` heart, ``orelis`` ears), ``quote`` membership fee, ``impuart``,
``metodi``, ``assicurazion`` insurance (``beneficiari`` beneficiary, ``codic_fiscal``,
``indiric``, ``citat``), ``oris`` hours, ``messac``, ``intenzion`` Mass intention,
``ufierte`` offering, ``ricercje``, ``fieste`` feast, ``foto``, ``didascalie``, ``fi`` son
(``ses``, ``alergjiis`` allergies, ``autorizazion`` consent), ``utent``, ``aveniments``:
sign-up in the parish register, an OAuth password grant, ``/jo``, the rota and her
availability, the tower door opened with a code, a recording of the Easter chime (audio), a
protobuf chiming beat, the safety course's fitness questions, the yearly fee, the volunteers'
insurance naming her husband, her hours by member number in the path, a group message, a Mass
intention for the husband's late grandfather, a search, the feast calendar by cookie, a photo
from the bell chamber, the son's enrolment in the children's chiming course, push, events and a
log-out. Sets 101, 102, 115, 124, 126, 129, 130 and 151 have parish, choir and church apps; none
is about bell-ringing ("bell ring", "campan" matched no bell-ringing app)."""

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
    GENDER,
    JPEG,
    M4A,
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
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families207_kit import (
    CF_JANE,
    CHIMER,
    CHURCH,
    HOME,
    HUSBAND,
    SON,
    TOWER_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families207_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, mc_queue, tn_launch
from eval_families207_svc import cy_save, fn_eval, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("scampanotade", "Scampanotade", "com.example.scampanotade", "1.8.0",
          "https://api.scampanotade.example.org")
IID = "X-Scampanotade-Dispositif"
PW = "Cjampanis*SanZorz"
DOB_IT = "17/05/1991"
NID = "personal.national_id"
REL = SENS  # religion (her parish, her denomination, a Mass intention)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fur=True, **kw)


def scampanotade() -> list[Case]:
    rng = random.Random(20731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pueste_eletroniche=L(EMAIL, MAIL),
                                    numar_scampanotador=L(CHIMER, UID),
                                    parochie=L(CHURCH["id"], REL)))}
    tla, tlo = fix(TOWER_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CHIMER, UID)), (2, obj(rng, "tn")), (3, 1775977200),
               (4, [(1, L(TOWER_FIX[0], PRECISE)), (2, L(TOWER_FIX[1], PRECISE)), (3, 31.0)]),
               (5, L(52, DEV))], "", lab)
    hours = at_path(case(f, f"{a}/v1/scampanotadors/{CHIMER}/oris", headers=_h(rng, **b),
                         query={"an": "2026"}), CHIMER, UID)
    return [
        case(f, f"{a}/v1/regjistrazion", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "cognon": L(LAST, NAMEC),
            "pueste_eletroniche": L(EMAIL_MIXED, MAIL), "telefonin": L(E164, TEL),
            "peraule_claf": L(PW, CRED), "date_di_nassite": L(DOB_IT, BIRTH),
            "parochie": L(CHURCH["id"], REL), "confession": L("catoliche", REL),
            "numar_scampanotador": L(CHIMER, UID), "marit": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "scampanotade-android"}),
        case(f, f"{a}/v1/jo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/turnis", headers=_h(rng, **b), query={
            "cjampanili": CHURCH["id"], "mês": "2026-04", "numar": L(CHIMER, UID)}),
        case(f, f"{a}/v1/turnis/disponibilitat", headers=_h(rng, **b), body={
            "numar": L(CHIMER, UID), "dîs": ["2026-04-04", "2026-04-05", "2026-04-25"],
            "cun": L(HUSBAND[0], NAMEC), "note": L("Dome la sere, di dì o lavori", TEXT)}),
        case(f, f"{a}/v1/cjampanili/puarte", fmt="form", headers=_h(rng, **b), body={
            "cjampanili": CHURCH["id"], "codic": L("4417", CRED),
            "latitudin": tla, "longjitudin": tlo}),
        multipart(f, f"{a}/v1/regjistrazions", [
            ("audio", "scampanotade_pasche.m4a", "audio/mp4", L(M4A, MEDIA)),
            ("meta", None, "application/json", {
                "numar": L(CHIMER, UID), "cjampanili": CHURCH["id"], "durade": 184,
                "didascalie": L("Scampanotade di Pasche, jo e Daniele su lis dôs cjampanis "
                                "grandis", TEXT)})], headers=_h(rng, **b)),
        raw(f, f"{a}/v1/sunade/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sigurece/cors", headers=_h(rng, **b), body={
            "numar": L(CHIMER, UID), "imbragadure": "tae M", "cors": "cs_2026_03",
            "salut": {"vertigjins": L(False, MED), "cur": L(False, MED),
                      "orelis": L("acufene te orele gjestre", MED)}}),
        case(f, f"{a}/v1/quote", fmt="form", headers=_h(rng, **b), body={
            "numar": L(CHIMER, UID), "an": "2026", "impuart": L("25.00", BUY),
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/assicurazion", headers=_h(rng, **b), body={
            "codic_fiscal": L(CF_JANE, NID), "date_di_nassite": L(DOB_IT, BIRTH),
            "indiric": L(HOME["line"], ADDR), "citat": L(HOME["town"], COARSE),
            "beneficiari": {"non_complet": L(HUSBAND[0], NAMEC),
                            "codic_fiscal": L(HUSBAND[2], NID)},
            "polize": "AV-VOL-2026"}),
        hours,
        case(f, f"{a}/v1/messacs", headers=_h(rng, **b), body={
            "grup": "scampanotadors_szorz",
            "messac": L("Doman a 7 e mieze o soi in tor cun Daniele, cualchidun al à la clâf dal "
                        "orloi?", TEXT)}),
        case(f, f"{a}/v1/intenzions", headers=_h(rng, **b), body={
            "parochie": L(CHURCH["id"], REL), "dì": "2026-05-10",
            "intenzion": L("Par l'aniversari de muart di nono Tite Puntel, cu la scampanotade",
                           f"{TEXT}|{REL}|{NAMEC}"),
            "ufierte": L(15, BUY)}),
        case(f, f"{a}/v1/ricercje", headers=_h(rng, **b), query={
            "q": L("scampanotade di Nadâl spartît a trê cjampanis", SEARCH)}),
        case(f, f"{a}/v1/fiestis", headers=_h(rng, how="none"), cookies={
            "sc_session": L(opaque(rng, "", 40), CRED), "sc_dispositif": L(INSTALL_ID, DID),
            "sc_req": rid(rng)}),
        multipart(f, f"{a}/v1/fotos", [
            ("foto", "cjamare_cjampanis.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {
                "didascalie": L("La cjamare des cjampanis prime de messe grande",
                                f"{TEXT}|{REL}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/fruts/iscrizion", headers=_h(rng, **b), body={
            "cors": "fruts_2026",
            "fi": {"non": L(SON["first"], NAMEC), "cognon": L(SON["last"], NAMEC),
                   "date_di_nassite": L(SON["dob"], BIRTH), "ses": L(SON["sex"], GENDER),
                   "alergjiis": L("pontis di âf", MED)},
            "autorizazion": {"non_complet": L(f"{FIRST} {LAST}", NAMEC),
                             "telefonin": L(E164, TEL)}}),
        case(f, f"{a}/v1/dispositif", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/aveniments", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "aveniments": [
                ev("turni_acetât", 1), ev("schermi", 2, schermi=L("Turnis", USAGE)),
                ev("regjistrazion", 3, durade=184)]}),
        case(f, f"{a}/v1/jessude", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "dispositif": L(INSTALL_ID, DID)}),
    ]


def scampanotade_sdks() -> list[Case]:
    rng = random.Random(20732)
    return [
        mc_batch(APP, rng, [("Rota Accepted", {"days": 3}),
                            ("Recording Uploaded", {"length": 184})], at=TOWER_FIX, nd=2),
        mc_identify(APP, rng, {"parochie": L("San Zorç", REL), "numar": L(CHIMER, UID),
                               "citat": L("Udine", COARSE)}),
        mc_queue(APP, rng, [("Chime Started", {"bells": 3}), ("Chime Ended", {})]),
        tn_launch(APP, rng, user=True),
        cd_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cd_crumb("nav", "Turnis -> Regjistre"), cd_crumb("tap", "rec_button")],
                 screen="RegjistreActivity"),
        fn_eval(APP, rng, {"group": "szorz", "role": "chimer"}),
        pt_register(APP, rng, lang="fur", tags={"parochie": L("San Zorç", REL),
                                                "cjampanili": CHURCH["id"]}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        mm_reverse(APP, rng, TOWER_FIX, PRECISE, nd=4),
        hs_message(APP, rng, L("The door code does not work since Sunday", TEXT),
                   {"numar": L(CHIMER, UID)}),
    ]
