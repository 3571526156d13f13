"""A foreign-employment agency's family app "Pardesh" (a licensed Ghorahi recruitment agency
places her husband's younger brother Bikram in a factory job in Malaysia; she handles his file on
her phone as the family contact; her BROTHER-IN-LAW is a data subject). Keys are Dangaura Tharu,
ASCII-folded, with the agency's English and Nepali loans (``file``, ``visa``, ``ticket``,
``otp``, ``token``, ``bima``, ``shram_swikriti``): ``parivar`` family, ``nata`` relation
(``bhauji`` elder brother's wife), ``naun`` name, ``thar`` surname, ``mobail`` mobile,
``lukal_sabd`` password, ``sahar`` town, ``gaun`` village, ``kamdar`` worker, ``janam_din``
birth date, ``rahdani`` passport, ``nagrikta`` citizenship certificate, ``file_nambar`` file
number, ``maag`` job demand, ``desh`` country, ``kampani`` employer, ``pad`` post, ``aavedan``
application, ``swasthya`` health (check-up), ``taul`` weight, ``lambai`` height, ``shulka``
fee, ``kalyan_kosh`` welfare fund, ``hakdar`` nominee, ``abhimukhikaran`` orientation,
``pramanpatra`` certificate, ``udan`` flight, ``yatri`` passenger, ``sthiti`` status,
``rupiya`` amount, ``chukta`` payment, ``rasid`` receipt, ``khata`` bank account, ``sandesh``
message, ``khoj`` search, ``thaun`` place. Calls: her sign-up, an SMS code, ``/hamar``, his
worker profile (passport, citizenship), the passport scan, job demands, the application, his
medical results (gzip) and chest X-ray (PDF), the agency fee, the welfare fund, his insurance
with his mother as nominee, the file by number in the path, his orientation certificate, the
labour permit, the flight, a protobuf check-in at the agency (her fix), a message to the agent,
the account his wages will be sent to, a search, an offline checklist (JSON Lines), push and
events with a session cookie. No earlier set has a foreign-employment or recruitment agency
("manpower", "recruitment agency", "foreign employment", "pre-departure", "labour permit"
matched nothing; set 131 has a labour migrant's family, 270 a returned migrant's pension)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families309_kit import (
    AGENCY,
    AGENCY_FIX,
    DEWAR,
    HOME_AT,
    NP_ACCOUNT,
    SASU,
    hd,
    obj,
    push,
)
from eval_families309_sdk import bf_bid, cd_session, mc_batch, mc_pixel, tn_event, tn_launch
from eval_families309_svc import (
    cl_card,
    cl_confirm,
    fn_eval,
    mm_geocode,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pardesh", "Pardesh", "com.example.pardesh", "4.1.2", "https://api.pardesh.example.net")
IID = "X-Pardesh-Install"
PW = "Bideshi$Kam2026"
NID = "personal.national_id"
FIT = "health.fitness"
FILE = DEWAR["file"]
BNAME = f"{DEWAR['first']} {DEWAR['last']}"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ne=True, **kw)


def pardesh() -> list[Case]:
    rng = random.Random(30951)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, mobail=L(E164, TEL), files=[L(FILE, UID)],
                                    role="parivar"))}
    lab: dict[str, str] = {}
    beat = pb([(1, L(FILE, UID)), (2, AGENCY["id"]), (3, 1767600000),
               (4, [(1, L(AGENCY_FIX[0], PRECISE)), (2, L(AGENCY_FIX[1], PRECISE)),
                    (3, 14.0)]), (5, L(55, DEV))], "", lab)
    status = at_path(case(f, f"{a}/v1/kamdar/{FILE}/sthiti", headers=_h(rng, **b)), FILE, UID)
    return [
        case(f, f"{a}/v1/parivar/darta", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "lukal_sabd": L(PW, CRED), "nata": "bhauji",
            "sahar": L("Ghorahi", COARSE)}),
        case(f, f"{a}/v1/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("552091", CRED)}),
        case(f, f"{a}/v1/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kamdar", headers=_h(rng, **b), body={
            "naun": L(DEWAR["first"], NAMEC), "thar": L(DEWAR["last"], NAMEC),
            "janam_din": L(DEWAR["dob"], BIRTH), "mobail": L(DEWAR["phone"], TEL),
            "rahdani": L(DEWAR["passport"], NID), "nagrikta": L(DEWAR["citizenship"], NID),
            "gaun": L("Manpur", COARSE), "jilla": L("Dang", COARSE),
            "file_nambar": L(FILE, UID), "shiksha": "SEE"}),
        multipart(f, f"{a}/v1/kamdar/rahdani", [
            ("scan", "rahdani_bikram.jpg", "image/jpeg", L(JPEG + b"\x23", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"file_nambar": L(FILE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/maag", headers=_h(rng, **b), query={
            "desh": "MY", "pad": "factory_operator", "agency": AGENCY["id"]}),
        case(f, f"{a}/v1/aavedan", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "maag": "dm_my_4471", "kampani": "emp_pg_0093",
            "pad": "factory operator", "aavedan_id": obj(rng, "av")}),
        case(f, f"{a}/v1/swasthya", gz=True, headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "clinic": "mc_ghr_11", "hiv": L("negative", MED),
            "hep_b": L("negative", MED), "tb": L("chhati safa", MED),
            "rakat_samuh": L("B+", MED), "taul": L(61, FIT), "lambai": L(171, FIT),
            "fit": L(True, MED)}),
        multipart(f, f"{a}/v1/swasthya/xray", [
            ("xray", "chest_xray.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"file_nambar": L(FILE, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shulka/chukta", fmt="form", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "rupiya": L("10000.00", BUY), "mudra": "NPR",
            "madhyam": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kalyan_kosh", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "rupiya": L(1500, BUY),
            "rasid": L("KK-82-551902", BUY)}),
        case(f, f"{a}/v1/bima", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "polisi": L("FEB-26-301177", BUY),
            "rupiya": L(4200, BUY), "avadhi_mahina": 26,
            "hakdar": {"naun": L(SASU[0], NAMEC), "mobail": L(SASU[1], TEL), "nata": "daai"}}),
        status,
        case(f, f"{a}/v1/abhimukhikaran", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "pramanpatra": L("ORT-DNG-82-07714", UID),
            "kendra": "tc_ghr_03", "din": "2026-01-22"}),
        case(f, f"{a}/v1/shram_swikriti", fmt="form", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "shram_swikriti": L("LP-2082-0441197", NID),
            "sticker": "issued"}),
        case(f, f"{a}/v1/udan", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "yatri": L(BNAME, NAMEC),
            "ticket": L("TKT-KTM-KUL-60218", BUY), "din": "2026-02-03",
            "udan": "XX 0412", "from": "KTM", "to": "KUL"}),
        raw(f, f"{a}/v1/karyalay/checkin", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesh", headers=_h(rng, **b), body={
            "paune": "agt_dng_04",
            "sandesh": L(f"Medical report kahiya aai? Bikram ke phon {DEWAR['phone']} ba",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/khata", headers=_h(rng, **b), body={
            "file_nambar": L(FILE, UID), "paune_naun": L(f"{FIRST} {LAST}", NAMEC),
            "khata": L(NP_ACCOUNT, PAY), "bank": "Example Bank Nepal"}),
        case(f, f"{a}/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("Malaysia factory visa kitna din lagi", SEARCH)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "kagaj", "file": L(FILE, UID), "kagaj": "rahdani", "sthiti": "pugal"},
            {"op": "kagaj", "file": L(FILE, UID), "kagaj": "medical", "sthiti": "pugal"},
            {"op": "tipot", "likhal": L("Agency me shukra din 11 baje jaye ke ba", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/jantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, how="none"), cookies={
            "pd_sid": L(opaque(rng, "", 40), CRED), "pd_dev": L(INSTALL_ID, DID),
            "pd_req": rid(rng)}, body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("file_dekhal", 1), ev("screen", 2, screen=L("Udan", USAGE))]}),
    ]


def pardesh_sdks() -> list[Case]:
    rng = random.Random(30952)
    return [
        mc_batch(APP, rng, [("Fee Paid", {"amount": L(10000, BUY)}),
                            ("Flight Viewed", {"to": "KUL"})], at=AGENCY_FIX, nd=2,
                 locale="ne_NP"),
        mc_pixel(APP, rng, "Demands Opened", {"desh": "MY"}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"file": L(FILE, UID)}, revenue=10000.0,
                 currency="NPR"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="jobs,malaysia,visa"),
        cd_session(APP, rng, secs=377),
        fn_eval(APP, rng, {"agency": AGENCY["id"], "role": "parivar"}),
        pt_register(APP, rng, lang="ne", at=HOME_AT, nd=2, tags={"agency": AGENCY["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "10000.00", currency="npr"),
        mm_geocode(APP, rng, "Rapti Overseas Placement Ghorahi", SEARCH, near=HOME_AT, nd=3),
    ]
