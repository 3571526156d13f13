"""Small-scale gold claim app "Igolide Lethu" (the Ncube family's claim near Gwanda, which she
co-holds and administers; its API's keys are isiNdebele: ``ibizo`` first name, ``isibongo``
surname, ``ibizo_eliphelele`` full name, ``imeyili`` e-mail, ``inombolo_yocingo`` / ``ucingo``
phone, ``imfihlo`` password (lit. "secret"), ``usuku_lokuzalwa`` birth date, ``ubulili`` sex
(``owesifazana`` woman), ``inombolo_yesitupa`` national ID number, ``ikheli`` address
(``umgwaqo`` street, ``ilokitshi`` suburb, ``idolobho`` town), ``inombolo_yomvukuzi`` miner's
registration number, ``ikleyimu`` claim, ``izikhonkwane`` pegs, ``abanikazi`` holders,
``isifunda`` district, ``abasebenzi`` workers, ``umgodi`` shaft, ``ukuhlolwa`` inspection,
``ukuqhumisa`` blasting, ``ukukhiqiza`` production, ``amagremu`` grams, ``ukuthengisa`` sale,
``umthengi`` buyer, ``inani`` amount, ``iakhawunti`` account, ``ingozi`` accident,
``ukulimala`` injury, ``umlayezo`` message, ``umbhalo`` text, ``ukudinga`` search,
``izehlakalo`` events, ``umsebenzisi`` user, ``ukungena`` / ``ukuphuma`` log in / out).

Calls: registration as a small-scale miner, a form log-in, ``/mina``, the claim's pegs and its
two holders, the claim's permit, the workers' roll (the foreman's ID number), a shaft inspection
photo with her fix, a blasting permit, the monthly production return (gzip), a gold delivery to
the buying centre (her ID and bank account), its receipt by delivery number in the path, a
protobuf shaft-head beat, an offline sync (msgpack), an accident report naming a worker, the day's
gold price, a search, a message to the mining office quoting her number, the payout account
(base64 JSON in a form field), her permits by miner number in the path, a receipt by cookie,
push, events and a log-out. Set 195's artisanal-diamond seller app sells stones at a buying
house; this is a claim-holder's compliance app (pegs, workers, blasting, returns) with the
deliveries as one part."""

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
    EMAIL_UPPER,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families201_kit import (
    BEACONS,
    BUYER,
    CLAIM,
    FOREMAN,
    HOME,
    HUSBAND,
    MINER_NO,
    MINES_OFFICE,
    MY_ID,
    SHAFT_FIX,
    ZW_ACCOUNT,
    ZW_MOBILE,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import (
    ab_event,
    ab_launch,
    bi_bid,
    bi_notice,
    cs_crash,
    cs_crumb,
    sg_batch,
    sg_queue,
)
from eval_families201_svc import hu_message, mp_reverse, pi_wallet, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("igolide", "Igolide Lethu", "com.example.igolide", "1.8.2",
          "https://api.igolide.example.com")
IID = "X-Igolide-Idivayisi"
PW = "Nkwali4!Gwanda"
NID = "personal.national_id"
DOB_ZW = "17/05/1991"
DELIVERY = "GBC-26-004417"  # her gold delivery (financial.purchase: her sale)
WORKER = "Mandla Sibanda"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nd=True, **kw)


def igolide() -> list[Case]:
    rng = random.Random(20101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), umvukuzi=L(MINER_NO, UID)))}
    sla, slo = fix(SHAFT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MINER_NO, UID)), (2, CLAIM["reg"]), (3, 1768204800),
               (4, [(1, L(SHAFT_FIX[0], PRECISE)), (2, L(SHAFT_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    receipt = at_path(case(f, f"{a}/api/v1/ukuthengisa/{DELIVERY}/irisidi", headers=_h(rng, **b)),
                      DELIVERY, BUY)
    permits = at_path(case(f, f"{a}/api/v1/abavukuzi/{MINER_NO}/izimvume", headers=_h(rng, **b)),
                      MINER_NO, UID)
    return [
        case(f, f"{a}/api/v1/ukubhalisa", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL, MAIL),
            "inombolo_yocingo": L(ZW_MOBILE, TEL), "imfihlo": L(PW, CRED),
            "usuku_lokuzalwa": L(DOB_ZW, BIRTH), "ubulili": L("owesifazana", GENDER),
            "inombolo_yesitupa": L(MY_ID, NID),
            "ikheli": {"umgwaqo": L(HOME["line"], ADDR), "ilokitshi": L(HOME["area"], COARSE),
                       "idolobho": L(HOME["town"], COARSE)},
            "inombolo_yomvukuzi": L(MINER_NO, UID), "imigomo": True}),
        case(f, f"{a}/api/v1/ukungena", fmt="form", headers=_h(rng), body={
            "imeyili": L(EMAIL_UPPER, MAIL), "imfihlo": L(PW, CRED), "khumbula": "1"}),
        case(f, f"{a}/api/v1/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/ikleyimu", headers=_h(rng, **b), body={
            "ikleyimu": CLAIM["reg"], "ibizo_lekleyimu": CLAIM["name"],
            "izikhonkwane": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in BEACONS],
            "abanikazi": [{"ibizo_eliphelele": L(f"{FIRST} {LAST}", NAMEC),
                           "inombolo_yesitupa": L(MY_ID, NID)},
                          {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                           "inombolo_yesitupa": L(HUSBAND["id"], NID)}],
            "isifunda": L("Gwanda", COARSE), "amahekitha": 10}),
        case(f, f"{a}/api/v1/ikleyimu/{CLAIM['reg']}/imvume", headers=_h(rng, **b),
             query={"inombolo_yomvukuzi": L(MINER_NO, UID), "unyaka": "2026"}),
        case(f, f"{a}/api/v1/abasebenzi", headers=_h(rng, **b), body={
            "ikleyimu": CLAIM["reg"], "abasebenzi": [
                {"ibizo_eliphelele": L(FOREMAN[0], NAMEC), "ucingo": L(FOREMAN[1], TEL),
                 "inombolo_yesitupa": L(FOREMAN[2], NID), "umsebenzi": "foreman"},
                {"ibizo_eliphelele": L(WORKER, NAMEC), "umsebenzi": "umgodi"},
                {"ibizo_eliphelele": L("Zenzo Ndlovu", NAMEC), "umsebenzi": "umgodi"}]}),
        multipart(f, f"{a}/api/v1/umgodi/ukuhlolwa", [
            ("isithombe", "shaft_timbering.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {
                "inombolo_yomvukuzi": L(MINER_NO, UID), "lat": sla, "lng": slo,
                "ubunzulu_m": 32, "umgodi": obj(rng, "sh")})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ukuqhumisa/imvume", fmt="form", headers=_h(rng, **b), body={
            "inombolo_yomvukuzi": L(MINER_NO, UID), "umqhumisi": L(FOREMAN[0], NAMEC),
            "amakhilogremu": "25", "usuku": "2026-01-21", "ikleyimu": CLAIM["reg"]}),
        case(f, f"{a}/api/v1/ukukhiqiza", gz=True, headers=_h(rng, **b), body={
            "inombolo_yomvukuzi": L(MINER_NO, UID), "inyanga": "2026-01", "amathani": 38,
            "amagremu": 41.6, "imali_engenileyo": L(5120, BUY), "abasebenzi": 6}),
        case(f, f"{a}/api/v1/ukuthengisa", headers=_h(rng, **b), body={
            "umthengi": BUYER["id"], "umthengi_lat": BUYER["lat"], "umthengi_lng": BUYER["lon"],
            "ukuthengisa": L(DELIVERY, BUY), "amagremu": 41.6, "ubumsulwa": 0.86,
            "intengo_ngegremu": 123.1, "inani": L(5120.96, BUY), "imali": "USD",
            "inombolo_yesitupa": L(MY_ID, NID), "iakhawunti": L(ZW_ACCOUNT, PAY)}),
        receipt,
        raw(f, f"{a}/api/v1/umgodi/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "amarekhodi": [
                {"uhlobo": "shift", "abasebenzi": 6, "usuku": "2026-01-19"},
                {"uhlobo": "diesel", "amalitha": 40, "inani": L(62, BUY)}]}),
        case(f, f"{a}/api/v1/ingozi", headers=_h(rng, **b), body={
            "ikleyimu": CLAIM["reg"], "umsebenzi": L(WORKER, NAMEC),
            "ukulimala": L("umunwe ophukileyo, isandla sokhohlo", MED),
            "umbhalo": L(f"U{WORKER} ulimele umunwe ngedwala emgodini, siyamthatha esibhedlela",
                         f"{TEXT}|{MED}|{NAMEC}"),
            "lat": L(round(SHAFT_FIX[0], 5), PRECISE), "lng": L(round(SHAFT_FIX[1], 5), PRECISE)}),
        case(f, f"{a}/api/v1/intengo_yegolide", headers=_h(rng, **b), query={
            "imali": "USD", "usuku": "2026-01-22"}),
        case(f, f"{a}/api/v1/ukudinga", headers=_h(rng, **b), query={
            "q": L("umshini wokuchoboza idwala oqatshwayo", SEARCH), "ikhasi": "1"}),
        case(f, f"{a}/api/v1/umlayezo", headers=_h(rng, **b), body={
            "kuya": MINES_OFFICE["id"],
            "umbhalo": L("Sicela lingithinte ku 0774 126 830 mayelana lemvume yokuqhumisa",
                         f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v1/iakhawunti/ibhange", fmt="form", headers=_h(rng, **b), body={
            "data": W({"iakhawunti": L(ZW_ACCOUNT, PAY),
                       "ibizo_lomnikazi": L(f"{FIRST} {LAST}", NAMEC),
                       "ibhange": "Example Bank Zimbabwe"}, "b64json"), "v": "1"}),
        permits,
        case(f, f"{a}/api/v1/irisidi/yokucina", headers=_h(rng, how="none"), cookies={
            "il_session": L(opaque(rng, "", 40), CRED), "il_idivayisi": L(INSTALL_ID, DID),
            "il_req": rid(rng)}),
        case(f, f"{a}/api/v1/idivayisi", headers=_h(rng, **b), body=idivayisi(push_token(rng))),
        case(f, f"{a}/api/v1/izehlakalo", gz=True, headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("ukuthengisa", 1, inani=L(5120.96, BUY)),
                ev("isikrini", 2, isikrini=L("Ukukhiqiza", USAGE))]}),
        case(f, f"{a}/api/v1/ukuphuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "idivayisi": L(INSTALL_ID, DID)}),
    ]


def igolide_sdks() -> list[Case]:
    rng = random.Random(20102)
    return [
        sg_batch(APP, rng, [("Delivery Recorded", {"total": L(5120.96, BUY)}),
                            ("Return Filed", {"month": "2026-01"})],
                 at=SHAFT_FIX, nd=2, locale="nd_ZW"),
        sg_queue(APP, rng, [("Shift Logged", {"workers": 6}), ("Inspection Photo", {})]),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "sale", {"ukuthengisa": L(DELIVERY, BUY)}, revenue=5120.96,
                 hashed=True),
        bi_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="mining,gold,equipment"),
        bi_notice(APP, rng, "win"),
        cs_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cs_crumb("nav", "Umgodi -> Ukuhlolwa"),
                  cs_crumb("net", "POST", {"url": f"{APP.api}/api/v1/umgodi/ukuhlolwa",
                                           "status": 500})], screen="UkuhlolwaActivity"),
        pk_register(APP, rng, lang="nd", at=SHAFT_FIX, nd=3,
                    tags={"isifunda": L("Gwanda", COARSE), "ikleyimu": CLAIM["reg"]}),
        pi_wallet(APP, rng, "400", L(ZW_MOBILE, TEL)),
        mp_reverse(APP, rng, SHAFT_FIX, PRECISE, nd=5),
        hu_message(APP, rng, L(f"Irisidi ye {DELIVERY} ayikafiki", f"{TEXT}|{BUY}"),
                   {"inombolo_yomvukuzi": L(MINER_NO, UID)}),
    ]
