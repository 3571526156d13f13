"""Mithila painters' collective app "Kohbarkala" (a women's painting collective in Jitwarpur,
Madhubani: commissions and weekend workshops; keys Maithili in Latin letters: ``naam`` first
name, ``padvi`` surname (the family title, as Mithila forms say), ``durbhash`` phone,
``gupt_kunji`` password, ``sangrahak`` patron (her account), ``chitrakar`` painter, ``chitra``
painting, ``vishay`` theme, ``shaili`` style, ``aakar`` size, ``rang`` colours, ``var_badhu`` groom
and bride, ``vivah_tithi`` wedding date, ``aadesh`` order, ``agrim`` advance, ``shesh`` balance,
``kaaryashala`` workshop, ``aasan`` seat, ``shulk`` fee, ``upasthiti`` attendance, ``thekaan``
address, ``tola`` neighbourhood, ``nagar`` town, ``praptkarta`` recipient, ``tippani`` remark,
``mulyankan`` rating, ``upahaar`` gift, ``tokri`` basket, ``kul`` total, ``bhasha`` language):
account creation, an OAuth password grant, ``/hamar``, painters, a kohbar painting commissioned
for her husband's cousin's wedding with the couple's names, the advance by UPI, the couple's
photo for the painting, a workshop seat, her check-in at the collective, her own first bharni
painting, the order's status by number in the path, delivery to their house, a message to the
painter, a rating, a search, a gift card for her brother, a preferences cookie (base64 JSON),
the balance by card, a basket of sikki-grass boxes (msgpack), push and events."""

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
from eval_families24_kit import claims, rid
from eval_families287_kit import (
    BROTHER_US,
    COLLECTIVE,
    COLLECTIVE_FIX,
    COMMISSION,
    COUSIN,
    HOME,
    HOME_AT,
    HUSBAND,
    PATRON,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families287_sdk import (
    hb_bid,
    hb_notice,
    lj_batch,
    lj_pixel,
    sp_launch,
    sp_link,
    tp_session,
)
from eval_families287_svc import jh_eval, ng_route, sq_save, tk_card, tk_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("kohbarkala", "Kohbarkala", "com.example.kohbarkala", "1.9.0",
          "https://api.kohbarkala.example.org")
IID = "X-Kohbar-Device"
PW = "Machhli&Kamal91"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kohbarkala() -> list[Case]:
    rng = random.Random(28711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), sangrahak=L(PATRON, UID)))}
    cla, clo = fix(COLLECTIVE_FIX, 5)
    status = at_path(case(f, f"{a}/v2/aadesh/{COMMISSION}/sthiti", headers=_h(rng, **b)),
                     COMMISSION, BUY)
    return [
        case(f, f"{a}/v2/khata", headers=_h(rng), body={
            "naam": L(FIRST, NAMEC), "padvi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "durbhash": L(E164, TEL), "gupt_kunji": L(PW, CRED),
            "nagar": L(HOME["town"], COARSE), "sangrahak": L(PATRON, UID),
            "samachar_patra": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kohbarkala-android"}),
        case(f, f"{a}/v2/hamar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/chitrakar", headers=_h(rng, **b), query={
            "samiti": COLLECTIVE["id"], "shaili": "kachni", "panna": "1"}),
        case(f, f"{a}/v2/aadesh", headers=_h(rng, **b), body={
            "chitrakar": "art_0412", "vishay": "kohbar", "shaili": "bharni",
            "aakar": "30x22 inch", "kagaj": "hastnirmit", "rang": ["sindur", "haldi", "neel"],
            "var_badhu": [L(COUSIN[0], NAMEC), L(COUSIN[1], NAMEC)],
            "vivah_tithi": "2026-02-19", "aadesh": L(COMMISSION, BUY), "kul": L(14500, BUY),
            "sangrahak": L(PATRON, UID)}),
        case(f, f"{a}/v2/aadesh/agrim", fmt="form", headers=_h(rng, **b), body={
            "aadesh": L(COMMISSION, BUY), "rashi": L("5000.00", BUY), "mudra": "INR",
            "upi": L(UPI, PAY), "sandarbh": rid(rng)}),
        multipart(f, f"{a}/v2/aadesh/sandarbh_photo", [
            ("photo", "pallavi_nikhil.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"aadesh": L(COMMISSION, BUY),
                                                "upyog": "chehra_sandarbh"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kaaryashala/aasan", headers=_h(rng, **b), body={
            "kaaryashala": "ks_feb_bharni", "tithi": "2026-02-07", "aasan": 1,
            "naam": L(f"{FIRST} {LAST}", NAMEC), "anubhav": "nai", "shulk": L(1200, BUY)}),
        case(f, f"{a}/v2/upasthiti", headers=_h(rng, **b), body={
            "kaaryashala": "ks_feb_bharni", "thaam": {"lat": cla, "lng": clo},
            "samiti_thaam": {"lat": COLLECTIVE["lat"], "lng": COLLECTIVE["lon"]},
            "upasthiti_id": obj(rng, "up")}),
        multipart(f, f"{a}/v2/hamar_chitra", [
            ("photo", "pahil_bharni.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {
                "kaaryashala": "ks_feb_bharni",
                "tippani": L("Hamar pahil bharni chitra: machhli aa kamal, didi ke madati sa",
                             TEXT)})],
            headers=_h(rng, **b)),
        status,
        case(f, f"{a}/v2/pahunchaai", headers=_h(rng, **b), body={
            "aadesh": L(COMMISSION, BUY),
            "thekaan": L(HOME["line"], ADDR), "tola": L(HOME["tola"], COARSE),
            "nagar": L(HOME["town"], COARSE), "pin": L(HOME["pin"], COARSE),
            "praptkarta": {"naam": L(HUSBAND[0], NAMEC), "durbhash": L(HUSBAND[1], TEL)},
            "dhakna": "frame_nai"}),
        case(f, f"{a}/v2/sandesh", headers=_h(rng, **b), body={
            "chitrakar": "art_0412", "thread": obj(rng, "th"),
            "tippani": L("Didi, kohbar me baans aa purain zaroor banayab; Pallavi ke laal rang "
                         "pasand chhainh.", TEXT)}),
        case(f, f"{a}/v2/mulyankan", fmt="form", headers=_h(rng, **b), body={
            "chitrakar": "art_0412", "mulyankan": "5",
            "tippani": L("Rekha bahut mahin, rang ekdam chatak. Dhanyavaad!", TEXT)}),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "khoj": L("sikki dalia aa pauti", SEARCH), "shreni": "shilp"}),
        case(f, f"{a}/v2/upahaar", headers=_h(rng, **b), body={
            "praptkarta": {"naam": L(BROTHER_US[0], NAMEC), "email": L(BROTHER_US[2], MAIL)},
            "tippani": L("Danny, Mithila ke ek chhot machhli chitra tohar naya ghar lel!", TEXT),
            "kul": L(2500, BUY), "code": opaque(rng, "GC", 8)}),
        case(f, f"{a}/v2/pasand", headers=_h(rng, **b), cookies={
            "kk_satra": L(opaque(rng, "", 40), CRED),
            "kk_pasand": W({"sangrahak": L(PATRON, UID), "bhasha": L("en-IN", DEV),
                            "mudra": "INR"}, "b64json")}),
        case(f, f"{a}/v2/aadesh/shesh", fmt="form", headers=_h(rng, **b), body={
            "aadesh": L(COMMISSION, BUY), "rashi": L("9500.00", BUY),
            "vidhi": L(opaque(rng, "pm_", 24), PAY), "antim_char": L("4444", PAY)}),
        case(f, f"{a}/v2/tokri", fmt="msgpack", headers=_h(rng, **b), body={
            "sangrahak": L(PATRON, UID),
            "vastu": [{"sku": "sk_pauti_s", "naam": "sikki pauti (chhot)", "daam": 450,
                       "sankhya": 2},
                      {"sku": "sk_dalia_m", "naam": "sikki dalia", "daam": 780, "sankhya": 1}],
            "kul": L(1680, BUY)}),
        case(f, f"{a}/v2/yantra", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghatna", headers=_h(rng, **b), body={
            "upyogkarta": L(USER_ID, UID), "satra": rid(rng), "ghatna": [
                ev("aadesh_diyal", 1, kul=L(14500, BUY)),
                ev("parda", 2, parda=L("Kaaryashala", USAGE))]}),
        case(f, f"{a}/v2/satra/naveen", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yantra": L(INSTALL_ID, DID)}),
    ]


def kohbarkala_sdks() -> list[Case]:
    rng = random.Random(28712)
    link = U("https://kohbarkala.example.org/aadesh", {
        "aadesh": L(COMMISSION, BUY), "email": L(EMAIL, MAIL), "utm_source": "whatsapp"})
    return [
        lj_batch(APP, rng, [("Commission Placed", {"total": L(14500, BUY)}),
                            ("Workshop Booked", {"fee": L(1200, BUY)})],
                 at=COLLECTIVE_FIX, nd=2),
        lj_pixel(APP, rng, "Painter Viewed", {"painter": "art_0412"}),
        sp_launch(APP, rng, user=True),
        sp_link(APP, rng, link),
        hb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=3,
               keywords="art,handicraft,wedding"),
        hb_notice(APP, rng, "imp"),
        tp_session(APP, rng, secs=618),
        jh_eval(APP, rng, {"samiti": COLLECTIVE["id"], "nagar": L("Darbhanga", COARSE)}),
        sq_save(APP, rng, {"analytics": True, "marketing": True}),
        tk_card(APP, rng, email=True),
        tk_confirm(APP, rng, "9500.00"),
        ng_route(APP, rng, [(HOME_AT, PRECISE), ((COLLECTIVE["lat"], COLLECTIVE["lon"]), None)]),
    ]
