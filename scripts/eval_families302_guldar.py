"""A leopard-conflict app "Guldar Sajag" (guldar: the leopard that comes down to Pauri's edges at
dusk; a fictional residents' and forest-range app for sightings, dusk alerts, the children's
evening escort from tuition and livestock-kill compensation; a leopard took the family's goat
from the shed behind the house in January). Its API's keys are Garhwali, ASCII-folded, snake
case: ``naun`` name, ``thar`` surname, ``phon`` phone, ``gupt_shabd`` password (lit. "secret
word"), ``mohalla`` quarter, ``sahar`` town, ``dikhyun`` seen, ``kakh`` where, ``bagat`` time,
``ginti`` count, ``mero_thau`` my place, ``guldar_thau`` the leopard's place, ``nauni``
daughter, ``kaksha`` class, ``tyushan`` tuition, ``saathi`` escort, ``pahunchi`` arrived,
``bakhru`` goat, ``goth`` cattle shed, ``maryun`` killed, ``muavza`` compensation, ``pinjra``
cage trap, ``sandesu`` message, ``mi`` me: sign-up, log-in, ``/mi``, alerts near home, a
sighting with her fix (the animal's pin a negative), its photo, the escort roster with her
daughter, an escort check-in, the goat-kill claim (Aadhaar, bank), the vet's post-mortem (PDF),
the claim by number in the path, a cage-trap request, dusk-alert topics, a message to the range
office, offline alert acknowledgements (msgpack), a preferences cookie (base64 JSON), a search,
push and events. Set 217 has a polar-bear patrol app and another set an elephant crop-loss claim
app; here the conflict is a leopard at the town's edge: children's escort rosters and a
livestock kill paid by the forest range."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
from eval_families302_kit import (
    AADHAAR,
    BANK,
    CLAIM,
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    PATH_FIX,
    RANGE,
    SIGHT_PIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families302_sdk import (
    bp_bid,
    bp_notice,
    cr_crash,
    cr_crumb,
    mb_batch,
    mb_identify,
    tk_launch,
)
from eval_families302_svc import cs_save, hj_attach, md_geocode, md_reverse, pj_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("guldarsajag", "Guldar Sajag", "com.example.guldarsajag", "3.0.6",
          "https://api.guldarsajag.example.org")
IID = "X-GS-Device"
PW = "Guldar!Kandoliya7"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
RESIDENT = "GS-R-04471"  # her resident account (id.user)
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def guldarsajag() -> list[Case]:
    rng = random.Random(30221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), niwasi=L(RESIDENT, UID),
                                    mohalla=L(HOME["area"], COARSE)))}
    pla, plo = fix(PATH_FIX, 5)
    hla, hlo = fix(HOME_AT)
    status = at_path(case(f, f"{a}/api/muavza/{CLAIM}", headers=_h(rng, **b)), CLAIM, BUY)
    return [
        case(f, f"{a}/api/niwasi", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "phon": L(E164, TEL), "gupt_shabd": L(PW, CRED),
            "mohalla": L(HOME["area"], COARSE), "sahar": L(HOME["town"], COARSE),
            "niwasi_id": L(RESIDENT, UID), "bachha": 1}),
        case(f, f"{a}/api/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gupt_shabd": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/chetavni", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lng": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "3", "din": "7"}),
        case(f, f"{a}/api/dikhyun", headers=_h(rng, **b), body={
            "bagat": "2026-01-19T18:40", "ginti": 1,
            "mero_thau": {"lat": pla, "lng": plo, "sahi": 14},
            "guldar_thau": {"lat": SIGHT_PIN[0], "lng": SIGHT_PIN[1]},
            "vivran": L("Guldar kulain ka ban ma baithyun chhau, nauni tyushan bati aandi "
                        "bagat. Bato bati 200 meter upar.", TEXT),
            "niwasi_id": L(RESIDENT, UID)}),
        multipart(f, f"{a}/api/dikhyun/photo", [
            ("photo", "guldar.jpg", "image/jpeg", L(JPEG + b"\x5d", MEDIA)),
            ("meta", None, "application/json", {"dikhyun_id": obj(rng, "sg"),
                                                "zoom": 4})], headers=_h(rng, **b)),
        case(f, f"{a}/api/saathi/roster", headers=_h(rng, **b), body={
            "tyushan": "tu_kandoliya_02", "bagat": "17:30",
            "bachha": [{"naun": L(KID, NAMEC), "kaksha": "4", "umar": L(9, "personal.birthdate")}],
            "saathi": [{"naun": L(f"{FIRST} {LAST}", NAMEC), "phon": L(E164, TEL),
                        "din": ["som", "budh"]},
                       {"naun": L(HUSBAND[0], NAMEC), "phon": L(HUSBAND[1], TEL),
                        "din": ["mangal", "shukra"]}]}),
        case(f, f"{a}/api/saathi/pahunchi", headers=_h(rng, **b), body={
            "roster": obj(rng, "rs"), "bachha": L(KID, NAMEC), "pahunchi": True,
            "mero_thau": {"lat": hla, "lng": hlo}}),
        case(f, f"{a}/api/muavza", headers=_h(rng, **b), body={
            "muavza_id": L(CLAIM, BUY), "pashu": "bakhru", "ginti": 1, "umar_mahina": 14,
            "maryun": "2026-01-07T05:30", "goth": {"lat": hla, "lng": hlo},
            "thikanu": L(HOME["line"], ADDR), "aadhaarNambar": L(AADHAAR, NID),
            "bank_khata": L(BANK["account"], PAY), "ifsc": L(BANK["ifsc"], PAY),
            "maang_rakam": L(6500, BUY), "range": RANGE["id"]}),
        multipart(f, f"{a}/api/muavza/dastavej", [
            ("postmortem", "pashu_postmortem.pdf", "application/pdf", L(PDF, MEDIA)),
            ("goth", "goth.jpg", "image/jpeg", L(JPEG + b"\x5e", MEDIA)),
            ("meta", None, "application/json", {"muavza_id": L(CLAIM, BUY),
                                                "daktar": "vet_pauri_02"})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/api/pinjra", fmt="form", headers=_h(rng, **b), body={
            "mohalla": L(HOME["area"], COARSE), "karan": L(
                "Teen hafton ma teen bakhra mari gin, bachha byakhunda bahar nahi jaan saki",
                TEXT), "niwasi_id": L(RESIDENT, UID)}),
        case(f, f"{a}/api/chetavni/vishay", headers=_h(rng, **b), body={
            "vishay": [L(f"mohalla_{HOME['area'].replace(' ', '_').lower()}", COARSE),
                       "sandhya", "iskul_bato"],
            "push_token": L(push_token(rng), DID)}),
        case(f, f"{a}/api/sandesu", headers=_h(rng, **b), body={
            "ko": RANGE["id"],
            "sandesu": L("Range adhikari ji, mera gharwalu Manoj Negi (+919412071836) raat "
                         "pinjra dikhala, goth ka piche.", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/chetavni/ack", fmt="msgpack", headers=_h(rng, **b), body={
            "niwasi_id": L(RESIDENT, UID), "ack": [
                {"chetavni": obj(rng, "al"), "bagat": 1768830000},
                {"chetavni": obj(rng, "al"), "bagat": 1768916400}]}),
        case(f, f"{a}/api/sajag/prefs", headers=_h(rng, **b), cookies={
            "gs_sesan": L(opaque(rng, "", 40), CRED),
            "gs_prefs": W({"niwasi_id": L(RESIDENT, UID), "bhasha": L("gbm", DEV),
                           "mohalla": L(HOME["area"], COARSE)}, "b64json")}),
        case(f, f"{a}/api/khoj", headers=_h(rng, **b), query={
            "q": L("guldar Kandoliya road sham", SEARCH)}),
        case(f, f"{a}/api/dikhyun/suchi", headers=_h(rng, **b), query={
            "mohalla": L(HOME["area"], COARSE), "din": "30", "kram": "naya"}),
        case(f, f"{a}/api/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/ghatna", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("dikhyun_report", 1), ev("screen", 2, screen=L("Naksha", USAGE))]}),
        case(f, f"{a}/api/token/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def guldarsajag_sdks() -> list[Case]:
    rng = random.Random(30222)
    return [
        mb_batch(APP, rng, [("Sighting Reported", {"count": 1}),
                            ("Escort Checked In", {"children": 1})], at=PATH_FIX, nd=3),
        mb_identify(APP, rng, {"mohalla": L(HOME["area"], COARSE),
                               "niwasi_id": L(RESIDENT, UID), "pashu": "bakhru"}),
        tk_launch(APP, rng),
        bp_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="torch,solar light"),
        bp_notice(APP, rng, "imp"),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "photo 4032x3024"),
                 [cr_crumb("nav", "Naksha -> Dikhyun"), cr_crumb("tap", "camera")],
                 screen="DikhyunActivity"),
        pj_register(APP, rng, at=HOME_AT, nd=2, tags={"mohalla": L(HOME["area"], COARSE),
                                                      "sandhya": True}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        md_reverse(APP, rng, SIGHT_PIN, None, nd=5),
        md_geocode(APP, rng, "Kandoliya road Pauri", SEARCH, near=HOME_AT, nd=3),
        hj_attach(APP, rng, L(JPEG + b"\x5f", MEDIA), "paw_print.jpg", "image/jpeg"),
    ]
