"""A thangka painting atelier's student app "Rimo" (she is in her second year of the three-year course
below Dharamshala). Keys are Tibetan in the simplified phonetic spelling with English: ``lobtrug``
/ ``lobtrug_ang`` student / student number, ``gegen`` teacher, ``lobtri`` class, ``lobyon`` fees,
``tsog`` attendance, ``rimo`` drawing, ``thig`` grid lines, ``lha`` deity, ``tshon`` pigment,
``ser`` gold, ``gram`` grams, ``ringong`` price, ``tshong`` sale, ``ming_la`` a work's title,
``visa`` visa number, ``rtogs`` certificate, ``nyenkhen`` emergency contact, ``drel`` relation,
``dreltug`` contact, ``nyo`` / ``nyo_ang`` order / order number, ``dom`` total, ``tongsa`` delivery
address, ``ngulkhang`` bank, and the set's common words (``ming``, ``lokthrin``, ``khapar``,
``sangtsig``, ``kyetse``, ``chilag``, ``khajang``, ``sane``, ``ngul``, ``ngultro``, ``ngongak``,
``thrinyig``, ``yige``, ``tsol``, ``jungwa``): sign-up with her passport and visa, an OAuth
password grant, ``/nga``, the classes, the term fee, the attendance check-in with her fix, a photo
of her grid drawing, a reply to the teacher's critique, pigments ordered (msgpack) and paid by UPI,
her finished Green Tara consigned to the school shop with her payout account, a message to her
teacher, a studio bench, a search, a profile photo, the certificate for her visa extension, the
emergency contact, her teacher's number saved, the student record by number in the path, the fees
by cookie GET, push, events and a log-out. No earlier set has a painting school; sets 156 and 176
have painting only as a trade (tomb repainting, truck art)."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families186_kit import (
    DH_HOME,
    DH_HOME_AT,
    HUSBAND,
    IFSC,
    IN_ACCOUNT,
    PASSPORT,
    RES_PERMIT,
    SCHOOL,
    SCHOOL_FIX,
    STUDENT,
    TEACHER,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families186_sdk import (
    bz_bid,
    bz_notice,
    cr_crash,
    cr_crumb,
    lt_event,
    lt_launch,
    ts_batch,
    ts_identify,
)
from eval_families186_svc import hk_message, ms_route, pd_register, pn_card, pn_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("rimo", "Rimo", "com.example.rimo", "1.9.0", "https://api.rimo.example.com")
IID = "X-Rimo-Device"
PW = "Tara$Green2026"
NID = "personal.national_id"
VISA = "X24P0391178"  # her Indian visa sticker number (personal.national_id)
WORK = "rm_wk_0912"  # her drawing's ID (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def rimo() -> list[Case]:
    rng = random.Random(18621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), lobtrug=L(STUDENT, UID),
                                    role="lobtrug"))}
    sla, slo = fix(SCHOOL_FIX)
    record = at_path(case(f, f"{a}/v1/lobtrug/{STUDENT}", headers=_h(rng, **b)), STUDENT, UID)
    return [
        case(f, f"{a}/v1/lobtrug", headers=_h(rng), body={
            "ming": L(f"{FIRST} {LAST}", NAMEC), "lokthrin": L(EMAIL_MIXED, MAIL),
            "khapar": L(E164, TEL), "sangtsig": L(PW, CRED), "kyetse": L(DOB, BIRTH),
            "chilag": L(PASSPORT, NID), "visa": L(VISA, NID), "gyalkhab": "US",
            "khajang": L(DH_HOME["line"], ADDR), "drongkhyer": L(DH_HOME["town"], COARSE),
            "lobtrug_ang": L(STUDENT, UID), "lobtri": "thangka-3yr"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "rimo-android"}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/lobtri", headers=_h(rng, **b), query={
            "lobtrug": L(STUDENT, UID), "zla": "2026-02"}),
        case(f, f"{a}/v1/lobyon", fmt="form", headers=_h(rng, **b), body={
            "lobtrug": L(STUDENT, UID), "ngul": L("18000", BUY), "dus": "2026-T1",
            "method": L(opaque(rng, "pm_", 24), PAY), "card_last4": L("4444", PAY)}),
        case(f, f"{a}/v1/tsog", headers=_h(rng, **b), body={
            "lobtrug": L(STUDENT, UID), "sane": {"lat": sla, "lng": slo, "acc": 9},
            "lobdra": {"id": SCHOOL["id"], "lat": SCHOOL["lat"], "lng": SCHOOL["lon"]}}),
        multipart(f, f"{a}/v1/rimo/par", [
            ("par", "shakyamuni_grid.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"lobtrug": L(STUDENT, UID), "rimo": WORK,
                                                "lha": "Shakyamuni", "thig": "grid-1"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rimo/{WORK}/thrinyig", headers=_h(rng, **b), body={
            "lobtrug": L(STUDENT, UID),
            "yige": L("Thank you Gen-la, I will redraw the lotus seat with the longer petals",
                      TEXT)}),
        case(f, f"{a}/v1/tshon/nyo", fmt="msgpack", headers=_h(rng, **b), body={
            "nyo_ang": L("RMP-26-0418", BUY), "lobtrug": L(STUDENT, UID),
            "tshon": [{"ming": "malachite green", "gram": 50, "ringong": 1200},
                      {"ming": "lapis blue", "gram": 20, "ringong": 2600},
                      {"ming": "gold leaf 24k", "shog": 25, "ringong": 3100}],
            "dom": L(6900, BUY), "tongsa": L(DH_HOME["line"], ADDR)}),
        case(f, f"{a}/v1/ngultro", fmt="form", headers=_h(rng, **b), body={
            "nyo_ang": L("RMP-26-0418", BUY), "ngul": L("6900.00", BUY), "upi": L(UPI, PAY)}),
        case(f, f"{a}/v1/thangka/tshong", headers=_h(rng, **b), body={
            "lobtrug": L(STUDENT, UID), "ming_la": "Green Tara, mineral pigments",
            "ringong": L(45000, BUY), "tshong_id": obj(rng, "ts"),
            "ngulkhang": {"ming": L(f"{FIRST} {LAST}", NAMEC), "tsikhra": L(IN_ACCOUNT, PAY),
                          "ifsc": IFSC}}),
        case(f, f"{a}/v1/gegen/thrinyig", headers=_h(rng, **b), body={
            "gegen": "tch_lg", "thread": obj(rng, "th"),
            "yige": L("Gen-la, I cannot come on Thursday, I have my pulse check at the Menlha "
                      "clinic", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ngongak/studio", fmt="form", headers=_h(rng, **b), body={
            "bench": "b14", "tsedrang": "2026-02-11", "dutso": "17:00-20:00",
            "lobtrug": L(STUDENT, UID)}),
        case(f, f"{a}/v1/tsol", headers=_h(rng, **b), query={
            "tsol": L("how to grind azurite", SEARCH), "shog": "1"}),
        multipart(f, f"{a}/v1/lobtrug/par", [
            ("par", "me.jpg", "image/jpeg", L(JPEG + b"\x2a", MEDIA)),
            ("meta", None, "application/json", {"lobtrug": L(STUDENT, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/rtogs", headers=_h(rng, **b), body={
            "lobtrug": L(STUDENT, UID), "chilag": L(PASSPORT, NID),
            "res_permit": L(RES_PERMIT, NID), "don": "visa_extension", "lo": "2026"}),
        case(f, f"{a}/v1/nyenkhen", headers=_h(rng, **b), body={
            "ming": L(HUSBAND[0], NAMEC), "khapar": L(HUSBAND[1], TEL), "drel": "khyoga"}),
        record,
        case(f, f"{a}/v1/gegen/dreltug", headers=_h(rng, **b), body={
            "gegen": {"ming": L(TEACHER[0], NAMEC), "khapar": L(TEACHER[1], TEL)},
            "lobtrug": L(STUDENT, UID)}),
        case(f, f"{a}/v1/lobyon/rtsis", headers=_h(rng, how="none"), cookies={
            "rm_sid": L(opaque(rng, "", 40), CRED), "rm_dev": L(INSTALL_ID, DID),
            "rm_req": rid(rng)}),
        case(f, f"{a}/v1/yoche", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/jungwa", gz=True, headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("rimo_upload", 1), ev("nyenngo", 2, nyenngo=L("Tshon", USAGE)),
                ev("nyo", 3, dom=L(6900, BUY))]}),
        case(f, f"{a}/v1/thon", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def rimo_sdks() -> list[Case]:
    rng = random.Random(18622)
    return [
        ts_batch(APP, rng, [("Drawing Uploaded", {"stage": "grid"}),
                            ("Pigments Ordered", {"total": L(6900, BUY)})],
                 at=SCHOOL_FIX, nd=3),
        ts_identify(APP, rng, {"drongkhyer": L("Dharamshala", COARSE),
                               "lobtrug": L(STUDENT, UID), "year": 2}),
        lt_launch(APP, rng, first=True),
        lt_event(APP, rng, "purchase", {"nyo_ang": L("RMP-26-0418", BUY)}, revenue=6900.0,
                 hashed=True),
        bz_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=SCHOOL_FIX, nd=3,
               keywords="art,painting,himalaya"),
        bz_notice(APP, rng, "win"),
        cr_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 6000x8000"),
                 [cr_crumb("nav", "Rimo -> Par"), cr_crumb("tap", "upload_button")],
                 screen="RimoParActivity"),
        pd_register(APP, rng, tags={"lobtri": "thangka-3yr", "year": 2}),
        pn_card(APP, rng),
        pn_confirm(APP, rng, "18000.00"),
        ms_route(APP, rng, [(DH_HOME_AT, PRECISE), ((SCHOOL["lat"], SCHOOL["lon"]), None)]),
        hk_message(APP, rng, L("My Green Tara is not visible in the shop yet", TEXT),
                   {"lobtrug": L(STUDENT, UID)}),
    ]


__all__ = ["rimo", "rimo_sdks"]
