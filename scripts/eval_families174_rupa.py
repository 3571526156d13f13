"""Cuttack silver-filigree commission app "Tarakasi Rupa" (she commissions pieces from a Nayasarak
karigar workshop: anklets for her daughter, a pendant; keys Odia in Latin letters: ``nama``
name, ``upanama`` surname, ``mobile_sankhya`` mobile number, ``gupta_sabda`` password,
``janma_tarikha`` birth date, ``linga`` sex (``mahila`` woman), ``thikana`` address (``sahi``
lane / locality, ``sahara`` city, ``jilla`` district, ``pin``), ``grahaka`` customer,
``karigar`` artisan, ``nakasa`` design, ``alankara`` ornament, ``paunji`` anklet, ``farmaisa``
commission, ``mulya`` price, ``rashi`` amount, ``agrima`` advance, ``ojana`` weight, ``khodei``
engraving, ``akshansa`` / ``dragimansa`` latitude / longitude, ``avasthiti`` position,
``sandesha`` message, ``khoja`` search, ``mata`` review, ``tippani`` remark, ``puruna`` old,
``badala`` exchange, ``bima`` insurance, ``pahancha`` delivery, ``yantra`` device, ``ghatana``
events, ``byabaharakari`` user, ``bahari`` log-out): sign-up with her PAN (asked for jewellery
bills), a form log-in, ``/mo``, workshops near her flat, designs, the commission, the advance by
UPI, a visit to the workshop with her fix, the old-silver exchange (msgpack), a live-making view
beat (protobuf), the hallmark certificate by commission number in the path, a reference photo, a
message naming her husband, the delivery address, transit insurance, a search, a review, a
wishlist by cookie, push, events and a log-out. Set 170 has a Navajo silversmith's shop where
she is the seller; here she is the buyer commissioning a custom piece."""

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
    EMAIL_UPPER,
    GENDER,
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
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families174_kit import (
    DAUGHTER,
    HOME,
    HOME_AT,
    HUSBAND,
    ORDER_RUPA,
    PAN,
    UPI,
    WORKSHOP,
    WORKSHOP_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families174_sdk import (
    bg_bid,
    bg_notice,
    bh_crash,
    bh_crumb,
    ch_event,
    ch_launch,
    gn_batch,
    gn_identify,
)
from eval_families174_svc import gp_register, mn_reverse, sd_message, tp_card, tp_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tarakasi", "Tarakasi Rupa", "com.example.tarakasirupa", "3.4.1",
          "https://api.tarakasirupa.example.com")
IID = "X-Rupa-Yantra"
PW = "Rupa#Cuttack2026"
NID = "personal.national_id"
CUST = "TRG-0091442"  # her customer number there (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, od=True, **kw)


def tarakasi() -> list[Case]:
    rng = random.Random(17401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), grahaka=L(CUST, UID)))}
    wla, wlo = fix(WORKSHOP_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CUST, UID)), (2, "ls_" + WORKSHOP["id"]), (3, 1768550400),
               (4, L(312, USAGE)), (5, [(1, L("Pixel 8", DEV)), (2, L("wifi", DEV))])], "", lab)
    cert = at_path(case(f, f"{a}/v1/farmaisa/{ORDER_RUPA}/hallmark", headers=_h(rng, **b)),
                   ORDER_RUPA, BUY)
    return [
        case(f, f"{a}/v1/panjikarana", headers=_h(rng), body={
            "nama": L(FIRST, NAMEC), "upanama": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobile_sankhya": L(E164, TEL), "gupta_sabda": L(PW, CRED),
            "janma_tarikha": L(DOB, BIRTH), "linga": L("mahila", GENDER), "pan": L(PAN, NID),
            "thikana": {"sahi": L(HOME["line"], ADDR), "sahara": L(HOME["town"], COARSE),
                        "jilla": L(HOME["district"], COARSE), "pin": L(HOME["pin"], COARSE)},
            "grahaka": L(CUST, UID), "samachara_chahanti": False}),
        case(f, f"{a}/v1/prabesha", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "gupta_sabda": L(PW, CRED), "mane_rakha": "1"}),
        case(f, f"{a}/v1/mo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/karigar/nikata", headers=_h(rng, **b), query={
            "akshansa": L(f"{HOME_AT[0]:.3f}", PRECISE), "dragimansa": L(f"{HOME_AT[1]:.3f}",
                                                                            PRECISE),
            "km": "40", "sahara": L("Cuttack", COARSE)}),
        case(f, f"{a}/v1/nakasa", headers=_h(rng, **b), query={
            "alankara": "paunji", "karigar": WORKSHOP["id"], "page": "1"}),
        case(f, f"{a}/v1/farmaisa", headers=_h(rng, **b), body={
            "karigar": WORKSHOP["id"], "nakasa": "nk_paunji_mayura", "alankara": "paunji",
            "sankhya": 2, "ojana_gram": 42.5, "mulya": L(9800, BUY), "farmaisa": L(ORDER_RUPA, BUY),
            "khodei": L(f"{DAUGHTER['first']} {DAUGHTER['dob'][:4]}",
                        f"{TEXT}|{NAMEC}|{BIRTH}"),
            "kahara_pain": "jhia", "grahaka": L(CUST, UID)}),
        case(f, f"{a}/v1/bhugtana/agrima", fmt="form", headers=_h(rng, **b), body={
            "farmaisa": L(ORDER_RUPA, BUY), "rashi": L("3000.00", BUY), "mudra": "INR",
            "upi_id": L(UPI, PAY), "karigar": WORKSHOP["id"]}),
        case(f, f"{a}/v1/karigar/{WORKSHOP['id']}/parikramana", headers=_h(rng, **b), body={
            "avasthiti": {"akshansa": wla, "dragimansa": wlo, "sathikata": 9},
            "karigar_ghara": {"akshansa": WORKSHOP["lat"], "dragimansa": WORKSHOP["lon"]},
            "farmaisa": L(ORDER_RUPA, BUY), "parikramana_id": obj(rng, "pk")}),
        case(f, f"{a}/v1/puruna_rupa/badala", fmt="msgpack", headers=_h(rng, **b), body={
            "farmaisa": L(ORDER_RUPA, BUY),
            "jinisa": [{"prakara": "puruna paunji", "ojana_gram": 61.2, "suddhata": 80},
                       {"prakara": "chamacha", "ojana_gram": 18.0, "suddhata": 92}],
            "badala_rashi": L(5210, BUY), "grahaka": L(CUST, UID)}),
        raw(f, f"{a}/v1/live/drushya", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        cert,
        multipart(f, f"{a}/v1/farmaisa/chitra", [
            ("chitra", "hajuri_paunji.jpg", "image/jpeg", L(JPEG + b"\x17", MEDIA)),
            ("meta", None, "application/json", {
                "farmaisa": L(ORDER_RUPA, BUY),
                "tippani": L("Mo shashu nka paunji bhali mayura nakasa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sandesha", headers=_h(rng, **b), body={
            "karigar": WORKSHOP["id"],
            "sandesha": L(f"Mo swami {HUSBAND[0]} ({HUSBAND[1]}) Sanibara pahancha nebe",
                          f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/pahancha/thikana", headers=_h(rng, **b), body={
            "grahana_karibe": L(f"{FIRST} {LAST}", NAMEC), "durabhasa": L(E164, TEL),
            "sahi": L(HOME["line"], ADDR), "sahara": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "farmaisa": L(ORDER_RUPA, BUY)}),
        case(f, f"{a}/v1/bima", fmt="form", headers=_h(rng, **b), body={
            "farmaisa": L(ORDER_RUPA, BUY), "ghosita_mulya": L("9800", BUY),
            "bima_rashi": L("120", BUY), "pan": L(PAN, NID)}),
        case(f, f"{a}/v1/khoja", headers=_h(rng, **b), query={
            "khoja": L("rupa paunji jhia pain ghungura sahita", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/mata", fmt="form", headers=_h(rng, **b), body={
            "karigar": WORKSHOP["id"], "tara": "5",
            "tippani": L("Tarakasi kama bahut sukshma, Ipsita ku bhari bhala lagila", TEXT)}),
        case(f, f"{a}/v1/pasanda", headers=_h(rng, how="none"), cookies={
            "tr_sesana": L(opaque(rng, "", 40), CRED), "tr_yantra": L(INSTALL_ID, DID),
            "tr_req": rid(rng)}),
        case(f, f"{a}/v1/karigar/{WORKSHOP['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/farmaisa/sthiti", headers=_h(rng, **b), query={
            "farmaisa": L(ORDER_RUPA, BUY), "grahaka": L(CUST, UID)}),
        case(f, f"{a}/v1/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghatana", gz=True, headers=_h(rng, **b), body={
            "byabaharakari": L(USER_ID, UID), "ghatana": [
                ev("farmaisa_diaa", 1, karigar=WORKSHOP["id"]),
                ev("agrima", 2, rashi=L(3000, BUY)),
                ev("screen", 3, screen=L("MoFarmaisa", USAGE))]}),
        case(f, f"{a}/v1/bahari", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
    ]


def tarakasi_sdks() -> list[Case]:
    rng = random.Random(17402)
    return [
        gn_batch(APP, rng, [("Commission Placed", {"workshop": WORKSHOP["id"],
                                                   "total": L(9800, BUY)}),
                            ("Advance Paid", {"amount": L(3000, BUY)})],
                 at=WORKSHOP_FIX, nd=2, locale="or_IN"),
        gn_identify(APP, rng, {"sahara": L("Bhubaneswar", COARSE), "grahaka": L(CUST, UID),
                               "pasanda": "paunji"}),
        ch_launch(APP, rng, first=True),
        ch_event(APP, rng, "purchase", {"farmaisa": L(ORDER_RUPA, BUY)}, revenue=3000.0,
                 hashed=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="silver,filigree,jewellery"),
        bg_notice(APP, rng, "win"),
        bh_crash(APP, rng, ("java.lang.IllegalStateException", "live stream closed"),
                 [bh_crumb("nav", "MoFarmaisa -> LiveDrushya"),
                  bh_crumb("net", "POST", {"url": f"{APP.api}/v1/live/drushya", "status": 200})],
                 screen="LiveActivity"),
        gp_register(APP, rng, lang="or", at=HOME_AT, nd=2,
                    tags={"pasanda_karigar": WORKSHOP["id"], "sahara": L("Bhubaneswar",
                                                                         COARSE)}),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "6800.00"),
        mn_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        sd_message(APP, rng, L(f"Farmaisa {ORDER_RUPA} ra hallmark certificate asini",
                               f"{TEXT}|{BUY}"), {"grahaka": L(CUST, UID)}),
    ]
