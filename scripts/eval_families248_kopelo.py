"""Schools' eisteddfod entry app "Kopelo" (a Capricorn-district music competition: Naledi, 10,
sings a solo and plays the recorder; the user is the parent). Its API's keys are Sepedi in ASCII
(``š`` written ``s``): ``motswadi`` parent, ``leina`` name, ``sefane`` surname, ``mogala`` phone,
``sephiri`` password, ``kamano`` relation, ``toropo`` town, ``ngwana`` child,
``letsatsi_la_matswalo`` birth date, ``bong`` sex (``mosetsana`` girl),
``nomoro_ya_boitsebiso`` ID number, ``nomoro_ya_moithuti`` learner number, ``sekolo`` school,
``mphato`` grade, ``phadisano`` competition, ``karolo`` section, ``tsenyo`` entry, ``kosa``
song, ``sediriswa_sa_mmino`` instrument, ``mofelegetsi`` accompanist, ``tefo`` payment,
``palo`` amount, ``mokgwa`` method, ``tumelelo`` consent, ``saena`` signed by, ``holo`` hall,
``lefelo`` place, ``maikutlo`` feedback, ``dintlha`` marks, ``dithekete`` tickets, ``baeng``
guests, ``nyaka`` search, ``dijo`` food, ``aletshi`` allergy, ``molaetsa`` message,
``morutisi`` teacher, ``ditiragalo`` events, ``tswa`` log out. Registration, log-in, ``/nna``
("me"), the child added, competitions in her town, the entries, payment, the schedule by entry
number in the path, the audition video, consent, a check-in at the hall, feedback, marks, the
certificate by learner number in the path, a teacher message, audience tickets (msgpack), a
search, a lunch pack with her allergy, a receipt by cookie, push, events and a log-out.
"""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families248_kit import (
    ACCOMPANIST,
    DAUGHTER,
    ENTRY,
    HALL,
    HALL_FIX,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SCHOOL,
    fix,
    hd,
    obj,
    sediriswa,
)
from eval_families248_sdk import (
    bm_batch,
    bm_identify,
    bm_pixel,
    bn_bid,
    ct_crash,
    ct_crumb,
    tk_launch,
)
from eval_families248_svc import cp_save, hl_message, mt_route, pn_register, pt_card, pt_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kopelo", "Kopelo", "com.example.kopelo", "3.4.1", "https://api.kopelo.example.org")
IID = "X-Kopelo-Sediriswa"
PW = "Naledi2015!Bendor"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LEARNER = DAUGHTER["learner"]
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nso=True, **kw)


def kopelo() -> list[Case]:
    rng = random.Random(24801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bana=[L(LEARNER, UID)],
                                    mosomo="motswadi"))}
    hla, hlo = fix(HALL_FIX, 5)
    sched = at_path(case(f, f"{a}/v1/ditsenyo/{ENTRY}/lenaneo", headers=_h(rng, **b)),
                    ENTRY, BUY)
    cert = at_path(case(f, f"{a}/v1/setifikeiti/{LEARNER}", headers=_h(rng, **b),
                        query={"ngwaga": "2026", "sebopego": "pdf"}), LEARNER, UID)
    return [
        case(f, f"{a}/v1/ngwadisa", headers=_h(rng), body={
            "motswadi": {"leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC),
                         "email": L(EMAIL, MAIL), "mogala": L(E164, TEL),
                         "sephiri": L(PW, CRED), "kamano": "mma"},
            "toropo": L("Polokwane", COARSE), "dipego_ka_email": True}),
        case(f, f"{a}/v1/tsena", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "sephiri": L(PW, CRED), "nkgopole": "1"}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/bana", headers=_h(rng, **b), body={
            "leina": L(DAUGHTER["first"], NAMEC), "sefane": L(DAUGHTER["last"], NAMEC),
            "letsatsi_la_matswalo": L(DAUGHTER["dob"], BIRTH), "bong": L(DAUGHTER["sex"], GENDER),
            "nomoro_ya_boitsebiso": L(DAUGHTER["id"], NID),
            "nomoro_ya_moithuti": L(LEARNER, UID), "sekolo": SCHOOL["id"], "mphato": "4"}),
        case(f, f"{a}/v1/diphadisano", headers=_h(rng, **b), query={
            "toropo": L("Polokwane", COARSE), "ngwaga": "2026", "mengwaga": "9-10"}),
        case(f, f"{a}/v1/ditsenyo", headers=_h(rng, **b), body={
            "ngwana": L(LEARNER, UID), "phadisano": "cap_eist_2026",
            "ditsenyo": [
                {"karolo": "VS-0910", "kosa": "Pula e a na", "nako_metsotswana": 170,
                 "tsenyo": L(ENTRY, BUY)},
                {"karolo": "RC-0910", "sediriswa_sa_mmino": "recorder",
                 "kosa": "Minuet in G", "nako_metsotswana": 140}],
            "mofelegetsi": {"leina": L(ACCOMPANIST[0], NAMEC), "mogala": L(ACCOMPANIST[1], TEL)},
            "palo": L(240, BUY)}),
        case(f, f"{a}/v1/tefo", fmt="form", headers=_h(rng, **b), body={
            "tsenyo": L(ENTRY, BUY), "palo": L("240.00", BUY), "tshelete": "ZAR",
            "mokgwa": L(opaque(rng, "pm_", 24), PAY), "dinomoro_tse_4": L("4444", PAY)}),
        sched,
        multipart(f, f"{a}/v1/ditsenyo/{ENTRY}/bidio", [
            ("bidio", "naledi_pula.mp4", "video/mp4", L(MP4 + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"ngwana": L(LEARNER, UID), "karolo": "VS-0910",
                                                "nako_metsotswana": 171})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tumelelo", headers=_h(rng, **b), body={
            "ngwana": L(LEARNER, UID), "go_gatiswa": False, "go_rekhotwa": True,
            "saena": L(f"{FIRST} {LAST}", NAMEC), "letsatsi": "2026-03-02"}),
        case(f, f"{a}/v1/holo/tsena", headers=_h(rng, **b), body={
            "tsenyo": obj(rng, "tl"), "lefelo": {"lat": hla, "lng": hlo, "nepagalo": 9},
            "holo": {"id": HALL["id"], "lat": HALL["lat"], "lng": HALL["lon"]}}),
        case(f, f"{a}/v1/maikutlo", headers=_h(rng, **b), body={
            "phadisano": "cap_eist_2026", "dinaledi": 5,
            "maikutlo": L("Ngwanaka o be a tšhogile pele ga go opela, eupša baahlodi ba be ba le "
                          "botho kudu.", TEXT)}),
        case(f, f"{a}/v1/dintlha", headers=_h(rng, **b), query={
            "ngwana": L(LEARNER, UID), "phadisano": "cap_eist_2026"}),
        cert,
        case(f, f"{a}/v1/molaetsa", headers=_h(rng, **b), body={
            "go": "tch_bpp_music", "molaetsa": L(
                "Dumelang, re tla fihla holong ka 08:30. Mogala wa ka ke +1 555 010 0199.",
                f"{TEXT}|{TEL}"), "thread": obj(rng, "th")}),
        case(f, f"{a}/v1/dithekete", fmt="msgpack", headers=_h(rng, **b), body={
            "phadisano": "cap_eist_2026", "letsatsi": "2026-03-14",
            "baeng": [{"leina": L(HUSBAND[0], NAMEC)}, {"leina": L(MOTHER_IL[0], NAMEC)}],
            "theko_ka_tekete": 50, "palo": L(100, BUY)}),
        case(f, f"{a}/v1/nyaka", headers=_h(rng, **b), query={
            "q": L("dikoša tša setšo tša bana ba mphato wa 4", SEARCH), "letlakala": "1"}),
        case(f, f"{a}/v1/dijo", headers=_h(rng, **b), body={
            "ngwana": L(LEARNER, UID), "letsatsi": "2026-03-14", "sephuthelwana": "lunch_b",
            "aletshi": L("matokomane", MED), "palo": L(45, BUY)}),
        case(f, f"{a}/v1/rasiti/ya_bofelo", headers=_h(rng, how="none"), cookies={
            "kp_sesene": L(opaque(rng, "", 40), CRED), "kp_sediriswa": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
        case(f, f"{a}/v1/sediriswa", headers=_h(rng, **b), body=sediriswa(push_token(rng))),
        case(f, f"{a}/v1/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("tsenyo_e_romilwe", 1, karolo="VS-0910"),
                ev("sekirini", 2, sekirini=L("Dintlha", USAGE))]}),
        case(f, f"{a}/v1/tswa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "sediriswa": L(INSTALL_ID, DID),
            "polelo": L("nso", DEV)}),
    ]


def kopelo_sdks() -> list[Case]:
    rng = random.Random(24802)
    return [
        bm_batch(APP, rng, [("Entry Submitted", {"section": "VS-0910", "total": L(240, BUY)}),
                            ("Marks Viewed", {})], at=HALL_FIX, nd=2, locale="nso_ZA"),
        bm_identify(APP, rng, {"toropo": L("Polokwane", COARSE), "bana": 1,
                               "mosomo": "motswadi"}),
        tk_launch(APP, rng, first=True),
        bm_pixel(APP, rng, "Schedule Opened", {"section": "VS-0910"}),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="music,school,recorder"),
        ct_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [ct_crumb("nav", "Ditsenyo -> Bidio"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/v1/ditsenyo/{ENTRY}/bidio",
                                           "status": 0})],
                 screen="BidioActivity"),
        pn_register(APP, rng, lang="nso", tags={"phadisano": "cap_eist_2026",
                                                "sekolo": SCHOOL["id"]}),
        cp_save(APP, rng, {"analytics": True, "marketing": False}),
        pt_card(APP, rng, email=True),
        pt_confirm(APP, rng, "240.00"),
        mt_route(APP, rng, [(HOME_AT, "location.precise"), ((HALL["lat"], HALL["lon"]), None)]),
        hl_message(APP, rng, L(f"The certificate for {KID} shows the wrong section",
                               f"{TEXT}|{NAMEC}"), {"ngwana": L(LEARNER, UID)}),
    ]
