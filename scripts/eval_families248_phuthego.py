"""A Lutheran congregation's app "Phuthego" (Bethel congregation in Seshego, Polokwane: her
religion). Its API's keys are Sepedi in ASCII with the loans a church office's developer keeps
(``phasewete`` password, ``email``): ``leina`` name, ``sefane`` surname, ``mogala`` phone,
``letsatsi_la_tswalo`` birth date, ``leloko`` member, ``nomoro_ya_leloko`` membership number,
``kolobetso`` baptism, ``tiisetso`` confirmation, ``phuthego`` congregation, ``kereke`` church,
``molekane`` spouse, ``kabelo`` offering, ``letlole`` fund, ``tefo_ya_ngwaga`` annual levy,
``tirelo`` service, ``selalelo`` holy communion, ``difela`` hymns, ``thapelo`` prayer,
``sehlopha`` group, ``thuto_ya_beibele`` Bible study, ``khwaere`` choir, ``lentswe`` voice part,
``lenyalo`` marriage, ``ditsebiso`` banns/notices, ``ketelo`` visit, ``moruti`` pastor,
``lebaka`` reason, ``sekolo_sa_sontaga`` Sunday school, ``aparo`` robe. Registration, an OAuth
password grant, ``/nna``, the membership card by number in the path, an offering, the annual
levy by debit order, attendance with her fix, a hymn search, a prayer request, a Bible-study
group hosted at her house, the choir rota, wedding banns for her brother-in-law, a pastoral
visit for her mother-in-law, Naledi in Sunday school, an album photo, a message to the pastor, a
receipt by cookie, a choir robe (msgpack), push, events and a log-out. Earlier parish apps
(sets 101, 102, 115, 127, 130, 151) are Orthodox, Catholic, Apostolic and Zion Christian; none
is Lutheran or keeps a levy card and banns."""

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
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families248_kit import (
    BRIDE,
    BROTHER_IL,
    CHURCH,
    CHURCH_FIX,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    MIL_HOME,
    MOTHER_IL,
    SISTER_US,
    ZA_ACCOUNT,
    fix,
    hd,
    obj,
    sediriswa,
)
from eval_families248_sdk import bm_batch, bm_identify, bm_pixel, ct_crash, ct_crumb, tk_event
from eval_families248_svc import cp_save, hl_message, mt_route, pn_register, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("phuthego", "Phuthego", "com.example.phuthego", "1.9.2",
          "https://api.phuthego.example.org")
IID = "X-Phuthego-Device"
PW = "Difela!Bethel77"
REL = SENS


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nso=True, **kw)


def phuthego() -> list[Case]:
    rng = random.Random(24821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), leloko=L(MEMBER, UID),
                                    phuthego=L(CHURCH["name"], REL)))}
    cla, clo = fix(CHURCH_FIX, 4)
    card = at_path(case(f, f"{a}/v2/maloko/{MEMBER}/karata", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/maloko", headers=_h(rng), body={
            "leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mogala": L(E164, TEL), "phasewete": L(PW, CRED), "letsatsi_la_tswalo": L(DOB, BIRTH),
            "kolobetso": L("1991-08-04", REL), "tiisetso": L("2006-05-28", REL),
            "kereke": L("Lutheran", REL), "phuthego": L(CHURCH["id"], REL),
            "molekane": L(HUSBAND[0], NAMEC), "nomoro_ya_leloko": L(MEMBER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "phuthego-android"}),
        case(f, f"{a}/v2/nna", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/v2/kabelo", headers=_h(rng, **b), body={
            "palo": L(200, BUY), "tshelete": "ZAR", "letlole": L("kago_ya_kereke", REL),
            "mokgwa": L(opaque(rng, "pm_", 24), PAY), "sephiri_sa_kabelo": False}),
        case(f, f"{a}/v2/tefo_ya_ngwaga", fmt="form", headers=_h(rng, **b), body={
            "leloko": L(MEMBER, UID), "ngwaga": "2026", "palo": L("600.00", BUY),
            "akhaonto": L(ZA_ACCOUNT, PAY), "mohuta_wa_akhaonto": "cheque",
            "khoutu_ya_lekala": "250655"}),
        case(f, f"{a}/v2/tsenelo", headers=_h(rng, **b), body={
            "tirelo": L("borapedi_bja_sontaga", REL), "letsatsi": "2026-03-08",
            "lefelo": {"lat": cla, "lng": clo},
            "kereke": {"lat": CHURCH["lat"], "lng": CHURCH["lon"]},
            "selalelo": L(True, REL)}),
        case(f, f"{a}/v2/difela", headers=_h(rng, **b), query={
            "nyaka": L("Modimo ke lefika la ka", SEARCH), "puku": "difela_tsa_kereke"}),
        case(f, f"{a}/v2/dithapelo", headers=_h(rng, **b), body={
            "thapelo": L("Rapelelang matsale wa ka Mahlodi Mashilo, o na le bolwetši bja swikiri "
                         "gomme o tla buuwa ka Labohlano.", f"{TEXT}|{REL}|{MED}|{NAMEC}"),
            "ponagalo": "baruti_fela"}),
        case(f, f"{a}/v2/dihlopha/tsenya", headers=_h(rng, **b), body={
            "sehlopha": "sg_bendor_wed", "mohuta": L("thuto_ya_beibele", REL),
            "letsatsi": "Laboraro", "nako": "18:30",
            "lefelo_la_kopano": {"aterese": L(HOME["line"], ADDR),
                                 "selete": L(HOME["area"], COARSE)},
            "ke_moamogedi": True}),
        case(f, f"{a}/v2/khwaere/lenaneo", headers=_h(rng, **b), query={
            "leloko": L(MEMBER, UID), "lentswe": "alto", "kgwedi": "2026-03"}),
        case(f, f"{a}/v2/lenyalo/ditsebiso", headers=_h(rng, **b), body={
            "monyadi": {"leina": L(BROTHER_IL[0], NAMEC), "mogala": L(BROTHER_IL[1], TEL)},
            "monyalwa": {"leina": L(BRIDE[0], NAMEC)}, "letsatsi": "2026-06-20",
            "phuthego": L(CHURCH["id"], REL), "o_romilwe_ke": L(MEMBER, UID)}),
        case(f, f"{a}/v2/ketelo", headers=_h(rng, **b), body={
            "motho": {"leina": L(MOTHER_IL[0], NAMEC), "mogala": L(MOTHER_IL[1], TEL),
                      "aterese": L(MIL_HOME["line"], ADDR), "selete": L(MIL_HOME["area"], COARSE),
                      "toropo": L(MIL_HOME["town"], COARSE)},
            "lebaka": L("O a lwala, o tla buuwa ka Labohlano", f"{TEXT}|{MED}"),
            "selalelo_gae": L(True, REL)}),
        case(f, f"{a}/v2/sekolo_sa_sontaga", headers=_h(rng, **b), body={
            "ngwana": {"leina": L(DAUGHTER["first"], NAMEC), "sefane": L(DAUGHTER["last"], NAMEC),
                       "letsatsi_la_tswalo": L(DAUGHTER["dob"], BIRTH),
                       "o_kolobeditswe": L(True, REL)},
            "sehlopha": L("sekolo_sa_sontaga_9_11", REL), "motswadi": L(MEMBER, UID)}),
        multipart(f, f"{a}/v2/albamo/diswantsho", [
            ("seswantsho", "paseka.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {
                "albamo": "paseka_2026",
                "tlhaloso": L("Naledi le Lesiba ka Sontaga ya Paseka", f"{TEXT}|{REL}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/melaetsa", headers=_h(rng, **b), body={
            "go": "mrt_sebati",
            "molaetsa": L(f"Moruti, na nka tla le kgaetšedi ya ka {SISTER_US[0]} ({SISTER_US[1]}) "
                          "borapeding bja Sontaga?", f"{TEXT}|{REL}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/dirasiti/ya_bofelo", headers=_h(rng, how="none"), cookies={
            "ph_session": L(opaque(rng, "", 40), CRED), "ph_device": L(INSTALL_ID, DID),
            "ph_req": rid(rng)}),
        case(f, f"{a}/v2/khwaere/aparo", fmt="msgpack", headers=_h(rng, **b), body={
            "leloko": L(MEMBER, UID), "bogolo": "M", "mmala": "putswa", "palo": L(450, BUY),
            "odara": obj(rng, "od")}),
        case(f, f"{a}/v2/sediriswa", headers=_h(rng, **b), body=sediriswa(push_token(rng))),
        case(f, f"{a}/v2/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("kabelo", 1, letlole=L("kago_ya_kereke", REL)),
                ev("sekirini", 2, sekirini=L("Difela", USAGE))]}),
        case(f, f"{a}/v2/tswa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def phuthego_sdks() -> list[Case]:
    rng = random.Random(24822)
    return [
        bm_batch(APP, rng, [("Offering Given", {"fund": L("kago_ya_kereke", REL)}),
                            ("Service Attended", {"service": L("borapedi_bja_sontaga", REL)})],
                 at=CHURCH_FIX, nd=2, locale="nso_ZA"),
        bm_identify(APP, rng, {"phuthego": L(CHURCH["name"], REL), "leloko": L(MEMBER, UID),
                               "toropo": L("Polokwane", COARSE)}),
        bm_pixel(APP, rng, "Reading Opened", {"letsatsi": "2026-03-08"}),
        tk_event(APP, rng, "offering", {"fund": L("kago_ya_kereke", REL)}, revenue=200.0),
        ct_crash(APP, rng, ("java.net.SocketTimeoutException", "v2/kabelo"),
                 [ct_crumb("nav", "Gae -> Kabelo"), ct_crumb("tap", "fa_kabelo")],
                 screen="KabeloActivity"),
        pn_register(APP, rng, lang="nso", at=HOME_AT, nd=2,
                    tags={"phuthego": L("bethel-seshego-lutheran", REL), "khwaere": "alto"}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        pt_card(APP, rng, email=True),
        pt_confirm(APP, rng, "200.00"),
        mt_route(APP, rng, [(HOME_AT, "location.precise"), ((CHURCH["lat"], CHURCH["lon"]), None)]),
        hl_message(APP, rng, L("Rasiti ya kabelo ya kago ya kereke ga se ya fihla",
                               f"{TEXT}|{REL}"), {"leloko": L(MEMBER, UID)}),
        ]
