"""An Izhevsk sport-shooting range's app "Ybylon" (``ybylon`` shooting: an indoor range in a
basement with air-rifle and small-bore lanes, instructors and a women's pistol course; she shoots
there on Saturdays). Its API's keys are Udmurt in ASCII with Russian loans and English: ``nim``
first name, ``familiya`` surname (loan), ``pochta`` e-mail, ``sotovoy`` mobile (loan), ``shifr``
password (loan, "cipher"), ``vordskem_dyr`` birth date, ``dokument`` / ``nomer`` ID document,
``kart`` card, ``dorozhka`` lane (loan), ``dyshetis`` instructor (lit. "teacher"), ``pychal`` gun,
``mishen`` target, ``seriya`` series, ``ochkojos`` points, ``tazalyk`` health, ``beremennost``
pregnancy, ``epilepsiya``, ``syn`` eyesight, ``kinpus`` signature (lit. "hand mark"), ``bron``
booking, ``dun`` price, ``tyron`` payment, ``abonement`` pass, ``kuno`` guest, ``patronjos``
cartridges, ``ivor`` message, ``utchan`` search, ``kurs`` course, ``inty`` place, ``uchyrjos``
events. Calls: sign-up with her residence permit, an OAuth password grant, ``/mon``, a lane booked
with an instructor, the health declaration (gzip; a pregnancy question), the safety
briefing signed (PNG), the payment, a check-in at the range, a protobuf series of shots, the
target's photo, a ten-visit pass, a guest pass for her sister (her passport),
cartridges (msgpack), the booking by number in the path, a message to the instructor, a search,
the women's pistol course, receipts by cookie GET, push, events and a session refresh."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DEV,
    DID,
    E164,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families274_kit import (
    IZ_HOME_AT,
    RANGE,
    RANGE_FIX,
    RESIDENCE,
    SHOOTER,
    SISTER_US,
    fix,
    hd,
    obj,
    push,
)
from eval_families274_sdk import bg_bid, gl_event, gl_launch, ld_batch, ld_queue
from eval_families274_svc import ft_eval, mk_route, pk_card, pk_confirm, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("ybylon", "Ybylon", "com.example.ybylon", "2.4.1", "https://api.ybylon.example.net")
IID = "X-Ybylon-Device"
PW = "Tir#Izhkar1760"
NID = "personal.national_id"
BRON = "BR-251213-0412"  # the lane booking (financial.purchase)
SIS_PASSPORT = "548803317"  # her sister's US passport (another person's: personal.national_id)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def ybylon() -> list[Case]:
    rng = random.Random(27411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochta=L(EMAIL, MAIL), kart=L(SHOOTER, UID),
                                    rol="strelok"))}
    rla, rlo = fix(RANGE_FIX)
    lab: dict[str, str] = {}
    series = pb([(1, L(SHOOTER, UID)), (2, "lane_07"), (3, 1765620000),
                 (4, [(1, 9), (2, 10), (3, 8), (4, 9), (5, 7)]), (5, L(62, DEV))], "", lab)
    booking = at_path(case(f, f"{a}/v2/bron/{BRON}", headers=_h(rng, **b)), BRON, BUY)
    return [
        case(f, f"{a}/v2/kutisjos", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "pochta": L(EMAIL_MIXED, MAIL),
            "sotovoy": L(E164, TEL), "shifr": L(PW, CRED), "vordskem_dyr": L(DOB, BIRTH),
            "dokument": {"tip": "vid_na_zhitelstvo", "nomer": L(RESIDENCE, NID)},
            "kart": L(SHOOTER, UID), "rassylka": False}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(E164, TEL), "password": L(PW, CRED),
            "client_id": "ybylon-android"}),
        case(f, f"{a}/v2/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/bron", headers=_h(rng, **b), body={
            "bron": L(BRON, BUY), "tir": RANGE["id"], "dorozhka": "lane_07",
            "kuto": "2025-12-13T11:00", "minut": 60, "dyshetis": "ins_petrov",
            "pychal": "air rifle 4.5 mm", "kart": L(SHOOTER, UID), "dun": L(1800, BUY)}),
        case(f, f"{a}/v2/anketa/tazalyk", gz=True, headers=_h(rng, **b), body={
            "kart": L(SHOOTER, UID), "epilepsiya": L(False, MED),
            "syn": L("ochki, -1.5 kyk synyn", MED), "beremennost": L(False, f"{SENS}|{MED}"),
            "psikh_uchet": L(False, MED), "emyum": L("nokin ug", MED),
            "kinpus": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v2/instruktazh/kinpus", [
            ("kinpus", "kinpus.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"kart": L(SHOOTER, UID), "forma": "TB-2024-v3",
                                                "kin": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/tyron", fmt="form", headers=_h(rng, **b), body={
            "bron": L(BRON, BUY), "dun": L("1800.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_berpum": L("4444", PAY)}),
        case(f, f"{a}/v2/check_in", headers=_h(rng, **b), body={
            "bron": BRON, "inty": {"lat": rla, "lon": rlo, "acc": 18},
            "tir_inty": {"lat": RANGE["lat"], "lon": RANGE["lon"]}, "kart": L(SHOOTER, UID),
            "check_in": obj(rng, "ci")}),
        raw(f, f"{a}/v2/seriya", series, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/mishen/sured", [
            ("sured", "mishen_0412.jpg", "image/jpeg", L(b"\xff\xd8\xff\xe0" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"seriya": obj(rng, "sr"), "ochkojos": 43})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/abonement", headers=_h(rng, **b), body={
            "kart": L(SHOOTER, UID), "tip": "10_vizit", "dun": L(12000, BUY),
            "nomer": L("AB-" + SHOOTER[3:], BUY)}),
        case(f, f"{a}/v2/kuno", headers=_h(rng, **b), body={
            "kart": L(SHOOTER, UID), "nunal": "2026-07-11",
            "kuno": {"nim": L(SISTER_US[0], NAMEC), "sotovoy": L(SISTER_US[1], TEL),
                     "pasport": L(SIS_PASSPORT, NID)}}),
        case(f, f"{a}/v2/patronjos", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(BRON, BUY), "zakaz": [{"kalibr": "4.5", "lyd": 200, "dun": 400},
                                            {"kalibr": ".22LR", "lyd": 50, "dun": 1250}],
            "dun": L(1650, BUY)}),
        booking,
        case(f, f"{a}/v2/ivor", headers=_h(rng, **b), body={
            "kinly": "ins_petrov",
            "ivor": L("Shundyrnunal karte Ilya Shklyaev mynam soen lyktoz, solen telefonez "
                      "+79120184417", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v2/utchan", headers=_h(rng, **b), query={
            "q": L("pistolet kurs nylkyshnojoslen", SEARCH)}),
        case(f, f"{a}/v2/kurs", headers=_h(rng, **b), body={
            "kurs": "kyshno_pistolet_1", "kart": L(SHOOTER, UID), "dun": L(9600, BUY),
            "nunaljos": ["2026-01-17", "2026-01-24", "2026-01-31"]}),
        case(f, f"{a}/v2/chekjos/berpum", headers=_h(rng, how="none"), cookies={
            "yb_sessiya": L(opaque(rng, "", 40), CRED), "yb_ustr": L(INSTALL_ID, DID),
            "yb_req": rid(rng)}),
        case(f, f"{a}/v2/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/uchyrjos", headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "sessiya": rid(rng), "uchyrjos": [
                ev("bron_lesh", 1), ev("ekran", 2, ekran=L("Reyting", USAGE))]}),
        case(f, f"{a}/v2/sessiya/obnovit", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def ybylon_sdks() -> list[Case]:
    rng = random.Random(27412)
    return [
        ld_batch(APP, rng, [("Lane Booked", {"total": L(1800, BUY)}),
                            ("Checked In", {"tir": RANGE["id"]})], at=RANGE_FIX, nd=3),
        ld_queue(APP, rng, [("Series Saved", {"shots": 5}), ("Target Photo", {})]),
        gl_launch(APP, rng, user=True),
        gl_event(APP, rng, "purchase", {"bron": L(BRON, BUY)}, revenue=1800.0),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=RANGE_FIX, nd=2, yob=1991,
               gender="F", keywords="sport,shooting,outdoor"),
        ft_eval(APP, rng, {"tir": RANGE["id"], "rol": "strelok"}, hdr=True),
        ps_register(APP, rng, tags={"tir": RANGE["id"], "kurs": "kyshno_pistolet_1"}),
        pk_card(APP, rng, email=True),
        pk_confirm(APP, rng, "1800.00"),
        mk_route(APP, rng, [(IZ_HOME_AT, PRECISE), ((RANGE["lat"], RANGE["lon"]), None)]),
    ]
