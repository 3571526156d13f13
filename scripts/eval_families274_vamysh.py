"""A Nordic-walking club's app "Vamysh" (``vamysh`` step: a club of mostly women over forty who
walk
with poles in the Berezovaya Roshcha park at the east edge of Izhevsk three mornings a week, with
a coach; she joined in spring after her ankle healed). Its API's keys are Udmurt in ASCII mixed
with English and Russian loans: ``nim`` first name, ``familiya`` surname, ``email``, ``tel``,
``parol`` (English and loans), ``vordskem_ar`` birth year, ``kar`` town, ``chlen`` member
(loan), ``anketa`` form, ``davlenie`` blood pressure (loan), ``pidesjos`` knees, ``syulem``
heart, ``emyum`` medicine, ``sekytlyk`` weight, ``dzhuzhdalyk`` height, ``palka`` pole (loan),
``vznos`` fee, ``tolez`` month, ``tyron`` payment, ``vetlon`` walk, ``zapis`` sign-up (loan),
``inty`` place, ``trek``, ``syulem_shukkon`` pulse, ``vamysh`` steps, ``kydyoklyk`` distance,
``kkal``, ``itog`` summary, ``statistika``, ``chat``, ``sured`` photo, ``podruga`` friend,
``utchan`` search, ``ivor`` message, ``uchyrjos`` events. Calls: sign-up, a log-in, ``/mon``,
the health form (gzip: blood pressure, knees, medicine, the old fracture), the pole length for
her height, the membership fee and its payment, the week's walks, a walk joined, the start with
her fix, the track (msgpack), a protobuf pulse and step stream, the walk's summary, her
statistics by member number in the path, the group chat, a group photo, a friend invited, a
search, a question to the coach, the receipt by cookie GET, push and events."""

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
    EMAIL_UPPER,
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
from eval_families274_kit import CLUB, MEMBER, WALK_FIXES, fix, hd, obj, push
from eval_families274_sdk import bg_bid, cp_crash, cp_crumb, gl_launch, ld_batch, ld_identify
from eval_families274_svc import (
    cb_check,
    hv_message,
    mk_telemetry,
    pk_card,
    pk_confirm,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("vamysh", "Vamysh", "com.example.vamysh", "4.0.2", "https://api.vamysh.example.com")
IID = "X-Vamysh-Install"
PW = "Palkaen_Vetlon5"
FIT = "health.fitness"
FRIEND = ("Natalya Vorontsova", "+79128830514")  # a colleague she invites (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def vamysh() -> list[Case]:
    rng = random.Random(27461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), chlen=L(MEMBER, UID),
                                    klub=CLUB["id"]))}
    sla, slo = fix(WALK_FIXES[0])
    walk = obj(rng, "wk")
    lab: dict[str, str] = {}
    pulse = pb([(1, L(MEMBER, UID)), (2, walk),
                (3, [(1, L(112, FIT)), (2, L(118, FIT)), (3, L(124, FIT))]),
                (4, L(3120, FIT)), (5, 1777276800)], "", lab)
    stats = at_path(case(f, f"{a}/api/v1/chlenjos/{MEMBER}/statistika", headers=_h(rng, **b),
                         query={"tolez": "2026-05"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/ryon", headers=_h(rng), body={
            "nim": L(FIRST, NAMEC), "familiya": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "tel": L(E164, TEL), "parol": L(PW, CRED), "vordskem_ar": L(1991, BIRTH),
            "kar": L("Izhevsk", COARSE), "klub": CLUB["id"]}),
        case(f, f"{a}/api/v1/pyron", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parol": L(PW, CRED)}),
        case(f, f"{a}/api/v1/mon", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/anketa", gz=True, headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "davlenie": L("135/85", MED),
            "pidesjos": L("pallyan pides artroz, 1 stadiya", MED),
            "syulem": L("aritmiya ug", MED), "emyum": [L("lisinopril 5 mg", MED)],
            "sosyrmon": L("lodyzhka perelom 12.2025, pyd tazalo", MED),
            "sekytlyk": L(64, FIT), "dzhuzhdalyk": L(168, FIT)}),
        case(f, f"{a}/api/v1/palka", headers=_h(rng, **b), query={
            "dzhuzhdalyk": L("168", FIT), "koef": "0.68"}),
        case(f, f"{a}/api/v1/chlenstvo", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "tolez": "2026-05", "vznos": L(1500, BUY),
            "palka_prokat": False}),
        case(f, f"{a}/api/v1/tyron", fmt="form", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "summa": L("1500.00", BUY), "valyuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "berpum4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/vetlonjos", headers=_h(rng, **b), query={
            "klub": CLUB["id"], "arnya": "2026-W18"}),
        case(f, f"{a}/api/v1/vetlonjos/{walk}/zapis", fmt="form", headers=_h(rng, **b), body={
            "chlen": L(MEMBER, UID), "palka": "svoy"}),
        case(f, f"{a}/api/v1/vetlon/start", headers=_h(rng, **b), body={
            "vetlon": walk, "inty": {"lat": sla, "lon": slo, "acc": 6},
            "klub_inty": {"lat": CLUB["lat"], "lon": CLUB["lon"]}}),
        case(f, f"{a}/api/v1/vetlon/trek", fmt="msgpack", headers=_h(rng, **b), body={
            "vetlon": walk, "chlen": L(MEMBER, UID),
            "trek": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1777276800 + 420 * i}
                     for i, (la, lo) in enumerate(WALK_FIXES)]}),
        raw(f, f"{a}/api/v1/vetlon/pulse", pulse, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/vetlon/itog", headers=_h(rng, **b), body={
            "vetlon": walk, "chlen": L(MEMBER, UID), "vamysh": L(8420, FIT),
            "kydyoklyk_km": L(6.1, FIT), "kkal": L(386, FIT), "syulem_shukkon": L(119, FIT),
            "minut": L(74, FIT)}),
        stats,
        case(f, f"{a}/api/v1/chat", headers=_h(rng, **b), body={
            "gruppa": "kyshnojos_utro",
            "tekst": L("Nylkyshnojos, tunne tuy luyos dorin lymy kylem, palkaosty kutyny bur!",
                       TEXT)}),
        multipart(f, f"{a}/api/v1/sured", [
            ("sured", "gruppa.jpg", "image/jpeg", L(JPEG + b"\x5c", MEDIA)),
            ("meta", None, "application/json", {
                "vetlon": walk, "podpis": L("Berezovaya roshchayn, 6 km!", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/podruga", headers=_h(rng, **b), body={
            "nim": L(FRIEND[0], NAMEC), "tel": L(FRIEND[1], TEL), "chlen": L(MEMBER, UID),
            "promo": opaque(rng, "NW", 6)}),
        case(f, f"{a}/api/v1/utchan", headers=_h(rng, **b), query={
            "q": L("vetlon pidesly artroz kuzhmo", SEARCH)}),
        case(f, f"{a}/api/v1/ivor", headers=_h(rng, **b), body={
            "kinly": "trener",
            "ivor": L("Lodyzhka perelom bere 3 km vetlyny yarae-a? Davlenie 135/85.",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/v1/kvitanciya", headers=_h(rng, how="none"), cookies={
            "vm_session": L(opaque(rng, "", 40), CRED), "vm_device": L(INSTALL_ID, DID),
            "vm_req": rid(rng)}),
        case(f, f"{a}/api/v1/ustrojstvo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v1/uchyrjos", gz=True, headers=_h(rng, **b), body={
            "kutis": L(USER_ID, UID), "uchyrjos": [
                ev("vetlon_ortchem", 1, vamysh=L(8420, FIT)),
                ev("ekran", 2, ekran=L("Statistika", USAGE))]}),
    ]


def vamysh_sdks() -> list[Case]:
    rng = random.Random(27462)
    return [
        ld_batch(APP, rng, [("Walk Finished", {"steps": L(8420, FIT)}),
                            ("Fee Paid", {"amount": L(1500, BUY)})], at=WALK_FIXES[2], nd=2),
        ld_identify(APP, rng, {"kar": L("Izhevsk", COARSE), "chlen": L(MEMBER, UID),
                               "vordskem_ar": L(1991, BIRTH)}),
        gl_launch(APP, rng, user=True),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=WALK_FIXES[0], nd=3, yob=1991,
               gender="F", keywords="fitness,walking,health"),
        cp_crash(APP, rng, ("java.lang.IllegalStateException", "gps lost"),
                 [cp_crumb("nav", "Vetlon -> Trek"), cp_crumb("log", "location timeout")],
                 screen="TrekActivity"),
        ps_register(APP, rng, at=WALK_FIXES[0], nd=3, tags={"klub": CLUB["id"]}),
        cb_check(APP, rng, {"analytics": True, "health": True}),
        pk_card(APP, rng),
        pk_confirm(APP, rng, "1500.00"),
        mk_telemetry(APP, rng, WALK_FIXES[:3], PRECISE),
        hv_message(APP, rng, L("Palka prokat tolez ortchem, vznos kyk pol", TEXT),
                   {"chlen": L(MEMBER, UID)}),
    ]
