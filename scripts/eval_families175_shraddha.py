"""Death-anniversary rites app "Pitrusmruti" (books a purohit at Ramkund, Nashik, for the first
``varshik shraddha`` of her late father-in-law; its API's keys are Marathi in Latin letters:
``yajman`` the one who performs the rite (her husband), ``divangat`` the deceased,
``mrutyu_dinank`` date of death, ``tithi`` lunar date, ``nate`` relation (``sasre`` father-in-law),
``pitar`` ancestors (``pitru``/``matru`` paternal/maternal line), ``gotra``, ``kuldaivat`` family
deity, ``kutumbacha_dharma`` the family's religion, ``vidhi`` rite, ``guruji`` priest, ``ghat``,
``dakshina`` priest's fee, ``samagri`` materials, ``annadan`` food offering, ``daan`` gift,
``hetu`` intention, ``nivas`` lodging, ``smaran`` reminder, ``prapta_karta`` recipient, ``pavti``
receipt, ``panchang`` almanac, ``shodh`` search, plus the set's ``pahila_nav``, ``kulnav``,
``ipatra``, ``bhramandhvani``, ``parvalicha_shabd``, ``nagar``, ``ekun`` total): an account, an
OAuth password grant, ``/mi``, the rites catalogue, priests, the booking, its payment, the
ancestors' names, materials (msgpack), the check-in at the ghat, a protobuf arrival beat, the live
stream shared with her sister, the late father-in-law's photo, a food offering in his memory, a
message to the priest, the receipt by booking number in the path, the almanac, lodging, next year's
reminder, a search, the history by cookie, push and events. New: a docstring grep for "shraddh",
"purohit" and "death anniversary" matched nothing; set 149 (a temple committee's puja booking, its
docstring read) and set 151 (a parish's commemoration list) are worship apps, and "funeral" matched
modules of sets 122-147 that were not opened; this one books a post-death ancestral rite."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
from eval_families175_kit import (
    FOREBEARS,
    GOTRA,
    HUSBAND,
    LATE_FIL,
    MOTHER_IL,
    NASHIK_AT,
    PUNE_HOME_AT,
    RAMKUND,
    RAMKUND_FIX,
    RITE_BOOKING,
    SISTER_US,
    UPI_ID,
    fix,
    hd,
    push,
)
from eval_families175_sdk import bb_bid, bb_notice, gv_batch, gv_pixel, ss_event, ss_launch
from eval_families175_svc import dr_route, pw_save, rp_card, rp_confirm, sy_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("pitrusmruti", "Pitrusmruti", "com.example.pitrusmruti", "3.0.7",
          "https://api.pitrusmruti.example.org")
IID = "X-Pitru-Device"
PW = "Godavari#Ramkund7"
YAJMAN = "YJ-" + USER_ID[2:]  # her account as the booking patron (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, mr=True, **kw)


def pitrusmruti() -> list[Case]:
    rng = random.Random(17511)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ipatra=L(EMAIL, MAIL), yajman=L(YAJMAN, UID),
                                    gotra=L(GOTRA, SENS)))}
    rla, rlo = fix(RAMKUND_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, L(RITE_BOOKING, BUY)), (2, [(1, L(NASHIK_AT[0], PRECISE)),
                                               (2, L(NASHIK_AT[1], PRECISE))]), (3, 18)],
              "", lab)
    pavti = at_path(case(f, f"{a}/v2/nondani/{RITE_BOOKING}/pavti", headers=_h(rng, **b)),
                    RITE_BOOKING, BUY)
    fil = L(LATE_FIL[0], NAMEC)
    return [
        case(f, f"{a}/v2/khate", headers=_h(rng), body={
            "pahila_nav": L(FIRST, NAMEC), "kulnav": L(LAST, NAMEC),
            "ipatra": L(EMAIL_MIXED, MAIL), "bhramandhvani": L(E164, TEL),
            "parvalicha_shabd": L(PW, CRED), "nagar": L("Pune", COARSE),
            "kutumbacha_dharma": L("Hindu", SENS), "yajman": L(YAJMAN, UID)}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "pitrusmruti-android"}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/vidhi", headers=_h(rng, **b), query={
            "ghat": RAMKUND["id"], "prakar": L("varshik_shraddha", SENS)}),
        case(f, f"{a}/v2/guruji", headers=_h(rng, **b), query={
            "ghat": RAMKUND["id"], "bhasha": "marathi", "dinank": "2026-01-12"}),
        case(f, f"{a}/v2/nondani", headers=_h(rng, **b), body={
            "vidhi": L("varshik shraddha", SENS), "guruji": "gj_0417", "ghat": RAMKUND["id"],
            "dinank": "2026-01-12", "vel": "07:30", "tithi": L("Pausha Krishna Navami", SENS),
            "divangat": {"nav": fil, "mrutyu_dinank": LATE_FIL[1], "nate": "sasre"},
            "gotra": L(GOTRA, SENS), "kuldaivat": L("Khandoba, Jejuri", SENS),
            "yajman": {"nav": L(HUSBAND[0], NAMEC), "bhramandhvani": L(HUSBAND[1], TEL)},
            "sahbhagi": 4, "nondani": L(RITE_BOOKING, BUY), "dakshina": L(5100, BUY)}),
        case(f, f"{a}/v2/bharna", fmt="form", headers=_h(rng, **b), body={
            "nondani": L(RITE_BOOKING, BUY), "ekun": L("6350.00", BUY), "chalan": "INR",
            "upi_id": L(UPI_ID, "financial.payment"), "paddhat": "upi"}),
        case(f, f"{a}/v2/pitar", headers=_h(rng, **b), body={
            "nondani": RITE_BOOKING, "gotra": L(GOTRA, SENS),
            "pitru": [fil, L(FOREBEARS[0], NAMEC), L(FOREBEARS[1], NAMEC)],
            "matru": [L("Kamal Bhosale", NAMEC), L("Sarja Bhosale", NAMEC)]}),
        case(f, f"{a}/v2/samagri", fmt="msgpack", headers=_h(rng, **b), body={
            "nondani": L(RITE_BOOKING, BUY),
            "vastu": [{"nav": "til", "sankhya": 1, "kimmat": 40},
                      {"nav": "darbha", "sankhya": 2, "kimmat": 60},
                      {"nav": "pinda_sahitya", "sankhya": 1, "kimmat": 350}],
            "ekun": L(450, BUY)}),
        case(f, f"{a}/v2/upasthiti", headers=_h(rng, **b), body={
            "nondani": RITE_BOOKING, "sthan": {"lat": rla, "lng": rlo},
            "ghat_sthan": {"lat": RAMKUND["lat"], "lng": RAMKUND["lon"]}, "vel": "07:12"}),
        raw(f, f"{a}/v2/aagman", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/thet/vatap", headers=_h(rng, **b), body={
            "nondani": L(RITE_BOOKING, BUY), "prapta_karta": {
                "nav": L(SISTER_US[0], NAMEC), "ipatra": L(SISTER_US[2], MAIL)},
            "sandesh": L("Emily, Nikhilchya babanchya shraddhache thet prakshepan",
                         f"{TEXT}|{SENS}")}),
        multipart(f, f"{a}/v2/divangat/photo", [
            ("photo", "baba.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"nondani": RITE_BOOKING, "nav": fil})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/annadan", headers=_h(rng, **b), body={
            "daan": L(2100, BUY), "prakar": L("go-grass", SENS),
            "hetu": L(f"Kai. {LATE_FIL[0]} yanchya smrutit", f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v2/sandesh", headers=_h(rng, **b), body={
            "prati": "gj_0417",
            "sandesh": L("Guruji, mazya sasubainna madhumeh aahe, tyanchyasathi prasad "
                         "sakharvina theva", f"{TEXT}|{MED}")}),
        pavti,
        case(f, f"{a}/v2/panchang", headers=_h(rng, **b), query={
            "nagar": L("Nashik", COARSE), "mahina": "2026-01"}),
        case(f, f"{a}/v2/nivas", headers=_h(rng, **b), body={
            "lodge": "ldg_panchavati_03", "ratri": 1, "mothe": 3, "mulache_vay": L(10, BIRTH),
            "ekun": L(1800, BUY), "nondani": L(RITE_BOOKING, BUY)}),
        case(f, f"{a}/v2/smaran", headers=_h(rng, **b), body={
            "divangat": fil, "prakar": L("varshik_shraddha", SENS), "agau_divas": 7,
            "sathi": [L(MOTHER_IL["phone"], TEL)]}),
        case(f, f"{a}/v2/shodh", headers=_h(rng, **b), query={
            "q": L("tripindi shraddha Trimbakeshwar kharch", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v2/itihas", headers=_h(rng, how="none"), cookies={
            "ps_sesh": L(opaque(rng, "", 40), CRED), "ps_upkaran": L(INSTALL_ID, DID),
            "ps_req": rid(rng)}),
        case(f, f"{a}/v2/upkaran", headers=_h(rng, **b), body=push(push_token(rng), "mr_IN")),
        case(f, f"{a}/v2/ghatana", gz=True, headers=_h(rng, **b), body={
            "vaparkarta": L(USER_ID, UID), "ghatana": [
                ev("vidhi_booked", 1, vidhi=L("varshik_shraddha", SENS)),
                ev("screen", 2, screen=L("PitarYadi", USAGE))]}),
    ]


def pitrusmruti_sdks() -> list[Case]:
    rng = random.Random(17512)
    return [
        gv_batch(APP, rng, [("Rite Booked", {"rite": L("varshik_shraddha", SENS),
                                             "total": L(6350, BUY)}),
                            ("Checked In", {"ghat": RAMKUND["id"]})],
                 at=RAMKUND_FIX, nd=2, locale="mr_IN"),
        gv_pixel(APP, rng, "Panchang Opened", {"month": "2026-01"}),
        ss_launch(APP, rng, first=True),
        ss_event(APP, rng, "purchase", {"nondani": L(RITE_BOOKING, BUY)}, revenue=6350.0,
                 currency="INR", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="nashik,pooja,travel"),
        bb_notice(APP, rng, "win"),
        pw_save(APP, rng, {"analytics": True, "marketing": False}),
        rp_card(APP, rng, email=True),
        rp_confirm(APP, rng, "2100.00"),
        dr_route(APP, rng, [(PUNE_HOME_AT, PRECISE), ((RAMKUND["lat"], RAMKUND["lon"]), None)]),
        sy_message(APP, rng, L(f"Booking {RITE_BOOKING} sathi guruji-ncha number milala nahi",
                               f"{TEXT}|{BUY}"), {"yajman": L(YAJMAN, UID)}),
    ]


__all__ = ["APP", "pitrusmruti", "pitrusmruti_sdks"]
