"""Film-festival accreditation and screenings app "Sinimaraaga" (sinima + raaga, "cinema
market"; a fictional biennial African film festival in Ouagadougou; she is accredited as a guest
blogger). Its API's keys are Moore mixed with English: ``yuure`` first name, ``sondre`` family
name, ``telefon`` phone, ``solgre`` password (lit. secret), ``rogem_daare`` birth date,
``tenga`` town, ``sida`` husband, ``kart`` card, ``biye`` ticket, ``ziiga`` seat/place,
``seance`` screening, ``koeega`` message, ``soama`` rating (lit. good), ``baoobo`` search,
``ligdi`` amount (lit. money), ``yaoogo`` payment, ``kode`` one-time code, ``daare`` day,
``wakato`` time, ``soaba`` user (lit. owner), ``yela`` events, ``masiin`` device: sign-up, a
form log-in, ``/maam`` (me) with a JWT, the accreditation with her passport and its MRZ, the
badge photo, the fee by mobile money, the programme, a search, a screening booked, the entry at
the cinema with her fix, a protobuf presence beat, the audience vote (msgpack), a shuttle from
her house, a guest pass for her husband (his CNIB), a review, the ticket by number in the path,
tickets by cookie GET, a message to the guest desk, a lost-badge report, push, events and a
log-out. No earlier set has a film festival ("film festival" and "accredit" found nothing; set
124 has a casting call, sets 160 and 162 cinema tickets: here it is accreditation)."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
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
from eval_families167_kit import (
    BADGE,
    CINEMA,
    CINEMA_FIX,
    HOME_AT,
    HUSBAND,
    LOCAL,
    MRZ1,
    MRZ2,
    PASSPORT,
    fix,
    hd,
    masiin,
    obj,
)
from eval_families167_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families167_svc import cl_card, cl_confirm, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sinimaraaga", "Sinimaraaga", "com.example.sinimaraaga", "3.2.0",
          "https://api.sinimaraaga.example.org")
IID = "X-Sinima-Masiin"
PW = "Yennenga*2026"
NID = "personal.national_id"
TICKET = "SN-26-0224-8812"  # a screening ticket (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def sinimaraaga() -> list[Case]:
    rng = random.Random(16711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), badge=L(BADGE, UID)))}
    cla, clo = fix(CINEMA_FIX)
    sea = obj(rng, "se")
    lab: dict[str, str] = {}
    beat = pb([(1, L(BADGE, UID)), (2, CINEMA["id"]), (3, 1771958400),
               (4, [(1, L(CINEMA_FIX[0], PRECISE)), (2, L(CINEMA_FIX[1], PRECISE))]),
               (5, L(64, DEV))], "", lab)
    tick = at_path(case(f, f"{a}/v1/biye/{TICKET}/qr", headers=_h(rng, **b)), TICKET, BUY)
    return [
        case(f, f"{a}/v1/soaba", headers=_h(rng), body={
            "yuure": L(FIRST, NAMEC), "sondre": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "solgre": L(PW, CRED), "rogem_daare": L(DOB, BIRTH),
            "tenga": L("Ouagadougou", COARSE), "gomde": L("en", DEV), "newsletter": False}),
        case(f, f"{a}/v1/soaba/kenge", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "solgre": L(PW, CRED), "tenga_n_kenge": "1"}),
        case(f, f"{a}/v1/maam", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/accreditation", headers=_h(rng, **b), body={
            "buudu": "invite_blog", "kart": {"passport": L(PASSPORT, NID),
                                             "mrz": [L(MRZ1, f"{NID}|{NAMEC}"), L(MRZ2, NID)]},
            "yuure": L(f"{FIRST} {LAST}", NAMEC), "media": "Sahel Screens (blog)",
            "badge": L(BADGE, UID)}),
        multipart(f, f"{a}/v1/accreditation/foto", [
            ("foto", "badge_photo.jpg", "image/jpeg", L(JPEG + b"\x11", MEDIA)),
            ("meta", None, "application/json", {"badge": L(BADGE, UID), "format": "35x45"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/yaoogo", fmt="form", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "ligdi": L("25000", BUY), "devise": "XOF",
            "telefon": L(LOCAL, TEL), "kode": L("731044", CRED), "reference": rid(rng)}),
        case(f, f"{a}/v1/programme", headers=_h(rng, **b), query={
            "daare": "2026-02-24", "cinema": CINEMA["id"], "section": "longs_metrages"}),
        case(f, f"{a}/v1/baoobo", headers=_h(rng, **b), query={
            "baoobo": L("documentaire femmes Koudougou", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/seance/book", headers=_h(rng, **b), body={
            "seance": sea, "cinema": CINEMA["id"], "ziiga": "H12", "biye": L(TICKET, BUY),
            "badge": L(BADGE, UID), "wakato": "2026-02-24T20:30"}),
        case(f, f"{a}/v1/seance/kenge", headers=_h(rng, **b), body={
            "biye": L(TICKET, BUY), "ziiga": {"lat": cla, "lng": clo, "acc": 9},
            "cinema": {"lat": CINEMA["lat"], "lng": CINEMA["lon"]}}),
        raw(f, f"{a}/v1/seance/{sea}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/vote", fmt="msgpack", headers=_h(rng, **b), body={
            "film": "flm_0931", "soama": 5, "badge": L(BADGE, UID),
            "koeega": L("Film sooma! The actress from Koudougou made me cry", TEXT)}),
        case(f, f"{a}/v1/navette", fmt="form", headers=_h(rng, **b), body={
            "ziiga_lat": L(f"{HOME_AT[0]:.4f}", PRECISE),
            "ziiga_lng": L(f"{HOME_AT[1]:.4f}", PRECISE), "wakato": "2026-02-24T19:45",
            "neba": "2", "telefon": L(LOCAL, TEL)}),
        case(f, f"{a}/v1/accreditation/invite", headers=_h(rng, **b), body={
            "sida": {"yuure": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL),
                     "cnib": L(HUSBAND[2], NID)}, "badge": L(BADGE, UID), "daare": "2026-02-28"}),
        case(f, f"{a}/v1/film/flm_0931/review", headers=_h(rng, **b), body={
            "soama": 4, "koeega": L("The sound in hall 2 was weak but the story is strong.",
                                    TEXT)}),
        tick,
        case(f, f"{a}/v1/biye/latest", headers=_h(rng, how="none"), cookies={
            "sn_session": L(opaque(rng, "", 40), CRED), "sn_masiin": L(INSTALL_ID, DID),
            "sn_req": rid(rng)}),
        case(f, f"{a}/v1/koeega", headers=_h(rng, **b), body={
            "reegda": "guest_desk",
            "koeega": L(f"My badge QR does not scan, call me on {LOCAL}", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/accreditation/lost", fmt="form", headers=_h(rng, **b), body={
            "badge": L(BADGE, UID), "koeega": L("Lost near the Place des Cineastes", TEXT)}),
        case(f, f"{a}/v1/masiin", headers=_h(rng, **b), body=masiin(push_token(rng))),
        case(f, f"{a}/v1/yela", gz=True, headers=_h(rng, **b), body={
            "soaba": L(USER_ID, UID), "yela": [
                ev("seance_booked", 1, cinema=CINEMA["id"]), ev("vote", 2),
                ev("screen", 3, screen=L("Programme", USAGE))]}),
        case(f, f"{a}/v1/soaba/yiibu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masiin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/watchlist", headers=_h(rng, **b), query={
            "badge": L(BADGE, UID), "daare": "2026-02-25"}),
        case(f, f"{a}/v1/debats/questions", headers=_h(rng, **b), body={
            "debat": "db_0226_docs", "badge": L(BADGE, UID),
            "koeega": L("How did you cast non-actors in Koudougou's market?", TEXT)}),
    ]


def sinimaraaga_sdks() -> list[Case]:
    rng = random.Random(16712)
    return [
        mc_batch(APP, rng, [("Screening Booked", {"cinema": CINEMA["id"]}),
                            ("Vote Cast", {"film": "flm_0931"})], at=CINEMA_FIX, nd=2),
        mc_identify(APP, rng, {"tenga": L("Ouagadougou", COARSE), "badge": L(BADGE, UID),
                               "buudu": "invite_blog"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"badge": L(BADGE, UID)}, revenue=25000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CINEMA_FIX, nd=3,
               keywords="cinema,festival,afrique"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "badge camera closed"),
                 [cd_crumb("nav", "Badge -> Foto"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v1/accreditation/foto",
                                           "status": 500})], screen="BadgeActivity"),
        pt_register(APP, rng, at=HOME_AT, nd=2, tags={"section": "longs_metrages"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "5000"),
        mm_route(APP, rng, [(HOME_AT, PRECISE), ((CINEMA["lat"], CINEMA["lon"]), None)]),
    ]
