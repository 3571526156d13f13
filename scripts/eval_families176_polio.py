"""A polio campaign's parent app "Dwa Tsatski" ("two drops": the house-to-house campaign's
household tally, the finger mark, missed-child revisits, zero-dose catch-up at the EPI centre,
for their son Aimal, 3): its API's keys are Pashto in Latin letters: ``mor_noom`` / ``plar_noom``
mother's / father's name, ``plar_cnic`` father's CNIC, ``mobile`` mobile, ``kod`` code, ``kor``
house, ``kor_shmera`` the campaign's house number, ``pata`` address, ``khar`` city, ``uc`` union
council, ``mashoom`` child, ``noom`` name, ``zegedo_neta`` birth date, ``jins`` sex (``halak``
boy), ``b_form`` the child's registration number, ``wazan`` weight, ``qad`` height, ``sar`` head
circumference, ``tsatski`` drops, ``wacsin`` vaccine, ``guta_nakha`` finger mark, ``nakhe``
symptoms, ``bia_ratlal`` revisit, ``sabab`` reason, ``kalay`` village, ``markaz`` centre,
``wakht`` appointment, ``paigham`` message, ``zhaba`` language, ``latun`` search,
``khwarak_halat`` nutrition status: sign-up, an SMS code, ``/zama``, the child registered (his
B-form, his father's CNIC), his card by child number in the path, campaign dates, the drops
confirmed at the door with her fix, the EPI card photo, the schedule, a catch-up appointment, a
fever report after the measles dose, a revisit request (he was in Swat), a protobuf "team
nearby" beat, centres near her, a message to the health worker, SMS reminders, growth (gzip), the
certificate by cookie, a search, push, events and a log-out. Vaccination records appear in many
sets (a personal or a child's vaccination card, a school's health form); "polio" and a campaign's
house-to-house tally matched nothing in a docstring grep, so this is the campaign's side of the
door, not a vaccination-card wallet."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families18_kit import FIT
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families176_kit import (
    HUSBAND,
    HUSBAND_CNIC,
    MICROPLAN,
    PK_HOME,
    PK_HOME_AT,
    SON,
    UC,
    fix,
    hd,
    obj,
    push,
)
from eval_families176_sdk import bf_bid, cd_crash, cd_crumb, mc_batch, mc_identify, tn_launch
from eval_families176_svc import cy_save, fn_eval, md_message, mm_geocode, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dwatsatski", "Dwa Tsatski", "com.example.dwatsatski", "1.3.0",
          "https://api.dwatsatski.example.org")
IID = "X-DT-Aala"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, ps=True, **kw)


def dwatsatski() -> list[Case]:
    rng = random.Random(17641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kor=L(MICROPLAN, UID),
                                    mashooman=[L(SON["id"], UID)], rol="mor"))}
    hla, hlo = fix(PK_HOME_AT, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MICROPLAN, UID)), (2, obj(rng, "team")), (3, 1768640000),
               (4, [(1, L(PK_HOME_AT[0], PRECISE)), (2, L(PK_HOME_AT[1], PRECISE))]),
               (5, L(81, DEV))], "", lab)
    card = at_path(case(f, f"{a}/api/mashoom/{SON['id']}/card", headers=_h(rng, **b)),
                   SON["id"], UID)
    return [
        case(f, f"{a}/api/nomlikana", headers=_h(rng), body={
            "mor_noom": L(f"{FIRST} {LAST}", NAMEC), "mobile": L(E164, TEL),
            "kor_shmera": L(MICROPLAN, UID), "pata": L(PK_HOME["line"], ADDR),
            "khar": L(PK_HOME["town"], COARSE), "uc": L(UC, COARSE), "zhaba": L("ps", DEV)}),
        case(f, f"{a}/api/otp", fmt="form", headers=_h(rng), body={
            "mobile": L(E164, TEL), "kod": L("864120", CRED)}),
        case(f, f"{a}/api/zama", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/mashoom", headers=_h(rng, **b), body={
            "kor": L(MICROPLAN, UID), "noom": L(KID, NAMEC), "zegedo_neta": L(SON["dob"], BIRTH),
            "jins": L(SON["sex"], GENDER), "b_form": L(SON["bform"], NID),
            "plar_noom": L(HUSBAND[0], NAMEC), "plar_cnic": L(HUSBAND_CNIC, NID),
            "wazan": L(14.2, FIT), "qad": L(96, FIT)}),
        card,
        case(f, f"{a}/api/kampain", headers=_h(rng, **b), query={
            "uc": L(UC, COARSE), "kal": "2026"}),
        case(f, f"{a}/api/tsatski", headers=_h(rng, **b), body={
            "mashoom": L(SON["id"], UID), "wacsin": L("bOPV", MED),
            "guta_nakha": L(True, MED), "team": obj(rng, "team"), "neta": "2026-01-19",
            "dzay": {"lat": hla, "lng": hlo}}),
        multipart(f, f"{a}/api/wacsin/card", [
            ("andzor", "epi_card.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"mashoom": L(SON["id"], UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/wacsin/tafseel", headers=_h(rng, **b), query={
            "mashoom": L(SON["id"], UID)}),
        case(f, f"{a}/api/epi/catchup", headers=_h(rng, **b), body={
            "mashoom": L(SON["id"], UID),
            "wacsin": [L("measles-rubella 2", MED), L("typhoid conjugate", MED)],
            "markaz": "epi_hyt_k", "wakht": "2026-01-26T09:00"}),
        case(f, f"{a}/api/roghtya/nakhe", headers=_h(rng, **b), body={
            "mashoom": L(SON["id"], UID), "nakhe": [L("taba", MED), L("dane", MED)],
            "matan": L("Da khasre da wacsin na pas Aimal ta dwa wradze taba da, 38.4", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/bia_ratlal", fmt="form", headers=_h(rng, **b), body={
            "mashoom": L(SON["id"], UID), "sabab": L("Swat ta tlale wo", TEXT),
            "kalay": L("Charbagh", COARSE), "raghle": "2026-01-22"}),
        raw(f, f"{a}/api/team/nizhde", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/markazuna", headers=_h(rng, **b), query={
            "lat": L(f"{PK_HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{PK_HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/paigham", headers=_h(rng, **b), body={
            "ta": "lhw_hyt2_07",
            "matan": L(f"Baji, {KID} ta da polio tsatski pate shwi dy, sabaa kor ke yu",
                       f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/khabartia", fmt="form", headers=_h(rng, **b), body={
            "mobile": L(NATIONAL, TEL), "zhaba": L("ps", DEV), "sms": "ho"}),
        case(f, f"{a}/api/wadana", gz=True, headers=_h(rng, **b), body={
            "mashoom": L(SON["id"], UID), "neta": "2026-01-26",
            "wazan": L(14.6, FIT), "qad": L(97, FIT), "sar": L(49.5, FIT),
            "khwarak_halat": L("normal", MED)}),
        case(f, f"{a}/api/satifikat", headers=_h(rng, how="none"), cookies={
            "dt_sesia": L(opaque(rng, "", 40), CRED), "dt_aala": L(INSTALL_ID, DID),
            "dt_req": rid(rng)}),
        case(f, f"{a}/api/latun", headers=_h(rng, **b), query={
            "q": L("khasra wacsin taba tsomra wradze", SEARCH)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "ps_PK")),
        case(f, f"{a}/api/events", headers=_h(rng, how="none"), cookies={
            "dt_sesia": L(opaque(rng, "", 40), CRED)}, body={
            "karan": L(USER_ID, UID), "events": [
                ev("tsatski_confirmed", 1), ev("screen", 2, screen=L("WacsinCard", USAGE))]}),
        case(f, f"{a}/api/watal", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def dwatsatski_sdks() -> list[Case]:
    rng = random.Random(17642)
    return [
        mc_batch(APP, rng, [("Drops Confirmed", {"round": "jan-2026"}),
                            ("Card Uploaded", {})], locale="ps_PK"),
        mc_identify(APP, rng, {"rol": "mor", "mashooman": 1, "uc": L(UC, COARSE)}),
        tn_launch(APP, rng),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,health"),
        cd_crash(APP, rng, ("java.lang.NullPointerException", "card image"),
                 [cd_crumb("nav", "Mashoom -> Card")], screen="CardActivity"),
        fn_eval(APP, rng, {"uc": L(UC, COARSE), "mashooman": 1}),
        pt_register(APP, rng, lang="ps", tags={"uc": L(UC, COARSE), "round": "jan-2026"}),
        cy_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        mm_geocode(APP, rng, "EPI centre Hayatabad Phase 3", SEARCH, near=PK_HOME_AT, nd=3),
        md_message(APP, rng, L(f"Da {KID} card na khlasegi", f"{TEXT}|{NAMEC}"),
                   {"mashoom": L(SON["id"], UID)}),
    ]
