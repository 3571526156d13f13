"""A Chhath ghat committee's app "Arghghat" (Rajghat on the Rapti, Gorakhpur: the family keeps
Chhath there with her mother-in-law, a vrati of twenty-two years; its API's keys are Bhojpuri in
Latin letters: ``naanv`` name, ``titil`` surname, ``imel`` e-mail, ``mobail`` mobile, ``kunji``
password (lit. "key"), ``janam_tarikh`` birth date, ``ling`` sex (``mehraru`` woman, ``laika``
boy), ``dharam`` religion, ``marad`` husband, ``saas`` mother-in-law, ``parvaitin`` the woman
keeping the fast, ``vrati`` fast-keeper (registration), ``bedi`` the altar spot on the ghat,
``aragh`` the offering to the sun, ``samagri`` the offering kit (``soop`` winnowing fan,
``daura`` basket, ``thekua`` the baked prasad), ``kharna`` the second day's meal, ``nyauta``
invitation, ``mehman`` guest, ``chanda`` donation, ``rakam`` amount, ``bhugtan`` payment,
``rasid`` receipt, ``thaur`` place, ``akshansh``/``deshantar`` latitude/longitude, ``pahunch``
arrival, ``khoya_paya`` lost-and-found, ``pahchan_nishan`` identifying mark, ``abhibhavak``
guardian, ``umir`` age, ``sewa`` volunteer work, ``sanesa`` message, ``khoj`` search,
``suchna`` notices, ``yantar`` device, ``ghatna`` events, ``hamaar`` mine (the ``/me``
route)): sign-up, log-in, ``/hamaar``, the vrati registration, free bedis, a bedi booked, its
payment, the offering kit (msgpack), the kharna invitations, the arrival at the ghat, a protobuf
crowd beat, the arghya times, a lost-child wristband for her son, a donation with her PAN, the
receipt by number in the path, ghat cleaning, a message, a search, notices by cookie, push,
events and a log-out. Set 149 has a temple committee's puja bookings and sets 174/175 a priest
for home rites; Chhath is a river-bank festival run by a ghat committee (bedis, arghya times,
crowd safety, lost children), new in a grep."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families180_kit import (
    BEDI,
    DEWAR,
    GHAT,
    GHAT_FIX,
    GKP_HOME,
    HUSBAND,
    PAN,
    SAAS,
    SON,
    UPI,
    VRATI,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import (
    bb_bid,
    ct_crash,
    ct_crumb,
    gl_batch,
    gl_identify,
    tc_event,
    tc_launch,
)
from eval_families180_svc import cg_save, ck_confirm, hp_message, mg_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("arghghat", "Arghghat", "com.example.arghghat", "3.2.0",
          "https://api.arghghat.example.org")
IID = "X-Arghghat-Yantar"
PW = "Rapti#Chhath2025"
NID = "personal.national_id"
DOB_IN = "17-05-1991"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, hi=True, **kw)


def arghghat() -> list[Case]:
    rng = random.Random(18011)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), vrati=L(VRATI, UID),
                                    parv=L("chhath", SENS)))}
    gla, glo = fix(GHAT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(VRATI, UID)), (2, GHAT["id"]), (3, 1761984000),
               (4, [(1, L(GHAT_FIX[0], PRECISE)), (2, L(GHAT_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    receipt = "RS-25-55102"
    rasid = at_path(case(f, f"{a}/api/v1/rasid/{receipt}", headers=_h(rng, **b)), receipt, BUY)
    return [
        case(f, f"{a}/api/v1/judin", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "janam_tarikh": L(DOB_IN, BIRTH),
            "ling": L("mehraru", GENDER), "shahar": L("Varanasi", COARSE),
            "dharam": L("Hindu", SENS),
            "marad": {"naanv": L(HUSBAND["name"], NAMEC), "mobail": L(HUSBAND["phone"], TEL)}}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "yaad_rakhin": "1"}),
        case(f, f"{a}/api/v1/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/vrati/panjikaran", headers=_h(rng, **b), body={
            "parvaitin": {"naanv": L(SAAS["name"], NAMEC), "umir": L(61, BIRTH),
                          "mobail": L(SAAS["phone"], TEL), "aadhar": L(SAAS["aadhaar"], NID),
                          "vrat_varsh": L(22, SENS)},
            "sah_vrati": [L(f"{FIRST} {LAST}", NAMEC)], "pahil_baar": L(True, SENS),
            "ghat": GHAT["id"], "vrati": L(VRATI, UID), "sadasya": 6}),
        case(f, f"{a}/api/v1/bedi/khali", headers=_h(rng, **b), query={
            "ghat": GHAT["id"], "tarikh": "2025-10-27", "kinara": "purab"}),
        case(f, f"{a}/api/v1/bedi/arakshan", headers=_h(rng, **b), body={
            "ghat": GHAT["id"], "bedi": L(BEDI, BUY), "rakam": L(251, BUY), "vrati": L(VRATI, UID),
            "pariwar": [L(HUSBAND["name"], NAMEC), L(KID, NAMEC), L(DEWAR["name"], NAMEC)],
            "bachcha_umir": L(8, BIRTH), "tarikh": "2025-10-27"}),
        case(f, f"{a}/api/v1/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "bedi": L(BEDI, BUY), "rakam": L("251.00", BUY), "mudra": "INR",
            "upi": L(UPI, PAY), "utr": "529910447213"}),
        case(f, f"{a}/api/v1/samagri/order", fmt="msgpack", headers=_h(rng, **b), body={
            "saaman": [{"naanv": "soop (baans)", "ginti": 2, "daam": 120},
                       {"naanv": "daura", "ginti": 1, "daam": 180},
                       {"naanv": "thekua sancha", "ginti": 1, "daam": 60}],
            "kul_rakam": L(480, BUY), "pahuchana_pata": L(GKP_HOME["line"], ADDR),
            "pin": L(GKP_HOME["pin"], COARSE), "mobail": L(SAAS["phone"], TEL)}),
        case(f, f"{a}/api/v1/kharna/nyauta", headers=_h(rng, **b), body={
            "tarikh": "2025-10-26",
            "mehman": [{"naanv": L("Kiran Tiwari", NAMEC), "mobail": L("+919936021145", TEL)},
                       {"naanv": L("Pushpa Srivastava", NAMEC),
                        "mobail": L("+919415530972", TEL)}],
            "sanesa": L("Kharna ke prasad khatir saanjh 6 baje aa jaieb, amma ke vrat ba",
                        f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/ghat/pahunch", headers=_h(rng, **b), body={
            "bedi": L(BEDI, BUY), "thaur": {"akshansh": gla, "deshantar": glo, "sateekta": 7},
            "ghat_thaur": {"akshansh": GHAT["lat"], "deshantar": GHAT["lon"]},
            "pahunch_id": obj(rng, "ph")}),
        raw(f, f"{a}/api/v1/ghat/dhadkan", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/aragh/samay", headers=_h(rng, **b), query={
            "shahar": L("Gorakhpur", COARSE), "tarikh": "2025-10-27", "ghat": GHAT["id"]}),
        multipart(f, f"{a}/api/v1/khoya_paya/band", [
            ("phota", "aarav.jpg", "image/jpeg", L(JPEG + b"\x18", MEDIA)),
            ("jankari", None, "application/json", {
                "naanv": L(KID, NAMEC), "umir": L(8, BIRTH), "ling": L(SON["sex"], GENDER),
                "abhibhavak_mobail": L(E164, TEL),
                "pahchan_nishan": L("Peela kurta, baayan gaal pe til", TEXT),
                "band_no": "WB-0912"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/chanda", fmt="form", headers=_h(rng, **b), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "rakam": L("1101", BUY), "pan": L(PAN, NID),
            "upi": L(UPI, PAY), "kosh": L("chhath-aragh", SENS)}),
        rasid,
        case(f, f"{a}/api/v1/sewa", headers=_h(rng, **b), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL), "sewa": "ghat safai",
            "tarikh": "2025-10-25", "tshirt": "M"}),
        case(f, f"{a}/api/v1/sanesa", headers=_h(rng, **b), body={
            "sewa_kendra": "sk_rajghat_2",
            "sanesa": L("Hamaar saas ke thehuna me dard rahela, ghat pe kursi ke intjaam ho "
                        "sakela?", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("thekua sancha aur soop kahan mili", SEARCH), "panna": "1"}),
        case(f, f"{a}/api/v1/suchna", headers=_h(rng, how="none"), cookies={
            "ag_session": L(opaque(rng, "", 40), CRED), "ag_yantar": L(INSTALL_ID, DID),
            "ag_req": rid(rng)}),
        case(f, f"{a}/api/v1/yantar", headers=_h(rng, **b), body=push(push_token(rng), "hi_IN")),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("bedi_booked", 1, ghat=GHAT["id"]), ev("chanda", 2, rakam=L(1101, BUY)),
                ev("screen", 3, screen=L("AraghSamay", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantar": L(INSTALL_ID, DID)}),
    ]


def arghghat_sdks() -> list[Case]:
    rng = random.Random(18012)
    return [
        gl_batch(APP, rng, [("Bedi Booked", {"ghat": GHAT["id"], "total": L(251, BUY)}),
                            ("Arghya Reminder Set", {"parv": L("chhath", SENS)})],
                 at=GHAT_FIX, nd=2, locale="hi_IN"),
        gl_identify(APP, rng, {"shahar": L("Gorakhpur", COARSE), "vrati": L(VRATI, UID),
                               "parv": L("chhath", SENS)}),
        tc_launch(APP, rng, first=True),
        tc_event(APP, rng, "donation", {"kosh": L("chhath-aragh", SENS)}, revenue=1101.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GHAT_FIX, nd=3,
               keywords="chhath,puja,samagri"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "band camera closed"),
                 [ct_crumb("nav", "KhoyaPaya -> Camera"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/ghat/pahunch",
                                           "status": 201})], screen="CameraActivity"),
        pn_register(APP, rng, lang="hi", at=GHAT_FIX, nd=2,
                    tags={"parv": L("chhath", SENS), "ghat": GHAT["id"]}),
        cg_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_confirm(APP, rng, "251.00"),
        mg_route(APP, rng, [(GHAT_FIX, PRECISE), ((GHAT["lat"], GHAT["lon"]), None)],
                 mode="walking"),
        hp_message(APP, rng, L(f"Bedi {BEDI} ke rasid na aail", f"{TEXT}|{BUY}"),
                   {"vrati": L(VRATI, UID)}),
    ]
