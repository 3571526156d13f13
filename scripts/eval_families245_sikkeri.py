"""A children's trampoline park's parent app "Sikkeri" ("jumpers"; a Novocheboksarsk park where
Ilem, 8, jumps on Saturdays and trains in a kids' acrobatics group: the child's data). Its API's
keys are Chuvash in Latin letters, ASCII-folded, with Russian loans (``parol``, ``seans``,
``abonement``, ``bron``, ``trener``) and English (``email``, ``token``, ``id``): ``yat``,
``khushamat``, ``telefon``, ``suralna_kun``, ``acha`` child, ``pol``, ``sullesh`` height,
``tayakash`` weight, ``karta`` park card, ``kileshu`` waiver, ``ala_pusni`` signature, ``chir``
illness, ``khak`` price, ``tulev`` payment, ``nuski`` socks, ``suralna_kun_uyave`` birthday
party, ``khanasem`` guests, ``ushkan`` group, ``amanna`` injury, ``ilse_kayakan`` collecting
person, ``asanne`` grandmother, ``syru``, ``shyrav``, ``pallasem`` points: the parent's sign-up,
an SMS code, ``/manan``, Ilem added, the waiver with his asthma, sessions, a session booked and
paid, his birthday party, a check-in with her fix, the acrobatics group, his progress by card
number in the path, a minor injury report, a photo, a ten-visit pass (msgpack), a pick-up by his
grandmother, a message to the desk, a search, points by cookie, push and events. A docstring grep:
"trampoline" matched only an item in set 57's home-device list, "jump park" nothing; children's
sports clubs exist (hockey, gymnastics, archery...), this is a leisure park with timed sessions."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families245_kit import (
    HOME_AT,
    MOTHER_IL,
    PARK,
    PARK_FIX,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families245_sdk import bs_bid, bs_notice, cy_session, ta_launch, ta_link, ts_batch
from eval_families245_svc import cu_save, fs_eval, ms_geocode, pu_card, pu_confirm, py_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("sikkeri", "Sikkeri", "com.example.sikkeri", "2.4.0", "https://api.sikkeri.example.com")
IID = "X-Sikkeri-Install"
PW = "Ilem2017jump"
FIT = "health.fitness"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def sikkeri() -> list[Case]:
    rng = random.Random(24541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), achasem=[L(SON["card"], UID)],
                                    role="parent"))}
    pla, plo = fix(PARK_FIX, 5)
    progress = at_path(case(f, f"{a}/api/acha/{SON['card']}/progress", headers=_h(rng, **b),
                            query={"ushkan": "acro_7_9"}), SON["card"], UID)
    return [
        case(f, f"{a}/api/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parol": L(PW, CRED), "khula": L("Novocheboksarsk", COARSE),
            "rassylka": False}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("771305", CRED)}),
        case(f, f"{a}/api/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/acha", headers=_h(rng, **b), body={
            "yat": L(SON["first"], NAMEC), "khushamat": L(SON["last"], NAMEC),
            "suralna_kun": L(SON["dob"], BIRTH), "pol": L(SON["sex"], GENDER),
            "sullesh": L(131, FIT), "tayakash": L(27, FIT), "karta": L(SON["card"], UID)}),
        multipart(f, f"{a}/api/kileshu", [
            ("ala_pusni", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(24), MEDIA)),
            ("form", None, "application/json", {
                "karta": L(SON["card"], UID), "ashshe_amashe": L(f"{FIRST} {LAST}", NAMEC),
                "chir": L("asthma, ingalyator sumkara", MED), "travma": L(False, MED),
                "versi": "waiver_2025_3"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/seans", headers=_h(rng, **b), query={
            "park": PARK["id"], "kun": "2025-12-13", "zona": "main"}),
        case(f, f"{a}/api/bron", headers=_h(rng, **b), body={
            "seans": obj(rng, "ss"), "karta": L(SON["card"], UID),
            "bron": L("SK-B-2512131", BUY), "khak": L(650, BUY), "nuski": "M",
            "minut": 60}),
        case(f, f"{a}/api/tulev", fmt="form", headers=_h(rng, **b), body={
            "bron": L("SK-B-2512131", BUY), "summa": L("650.00", BUY), "valyuta": "RUB",
            "mel": L(opaque(rng, "pm_", 24), PAY), "karta_vessi": L("4444", PAY)}),
        case(f, f"{a}/api/suralna_kun_uyave", headers=_h(rng, **b), body={
            "acha": {"yat": L(KID, NAMEC), "suralna_kun": L(SON["dob"], BIRTH)},
            "kun": "2026-06-06", "khanasem": 10, "paket": "rocket", "khak": L(14900, BUY),
            "asarkhattaru": L("Ilem 9 sul tultarat, tort shokoladlla pultar",
                              f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/api/check_in", headers=_h(rng, **b), body={
            "karta": L(SON["card"], UID), "vyran": {"lat": pla, "lon": plo},
            "park": {"id": PARK["id"], "lat": PARK["lat"], "lon": PARK["lon"]},
            "braslet": obj(rng, "wb", 8)}),
        case(f, f"{a}/api/ushkan/yazylu", headers=_h(rng, **b), body={
            "karta": L(SON["card"], UID), "ushkan": "acro_7_9", "trener": "tr_017",
            "uyakh": "2026-01", "khak": L(4200, BUY)}),
        progress,
        case(f, f"{a}/api/amanna", headers=_h(rng, **b), body={
            "karta": L(SON["card"], UID), "kun": "2025-12-13T12:40",
            "text": L("Ilem sulakhay ura tupine pyrkatrne, shyssi sukh, led pachrenerch",
                      f"{TEXT}|{MED}|{NAMEC}"), "zona": "foam_pit"}),
        multipart(f, f"{a}/api/ukerchek", [
            ("ukerchek", "salto.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"karta": L(SON["card"], UID),
                                                "albom": "family"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/abonement", fmt="msgpack", headers=_h(rng, **b), body={
            "karta": L(SON["card"], UID), "abonement": L("AB10-88213", BUY),
            "kheres": 10, "khak": L(5200, BUY), "valyuta": "RUB"}),
        case(f, f"{a}/api/ilse_kayakan", headers=_h(rng, **b), body={
            "karta": L(SON["card"], UID), "asanne": {"yat": L(MOTHER_IL[0], NAMEC),
                                                     "telefon": L(MOTHER_IL[1], TEL)},
            "kunsem": ["sat"]}),
        case(f, f"{a}/api/syru", headers=_h(rng, **b), body={
            "thread": obj(rng, "th"),
            "syru": L("Shamat 11:00 seans valli asanne ilse kayat, dokumenchepe pyrat", TEXT)}),
        case(f, f"{a}/api/shyrav", headers=_h(rng, **b), query={
            "shyrav": L("suralna kun paket 10 acha", SEARCH)}),
        case(f, f"{a}/api/pallasem", headers=_h(rng, how="none"), cookies={
            "sk_sess": L(opaque(rng, "", 40), CRED), "sk_dev": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/api/khater", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/pulamsem", headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("session_booked", 1), ev("screen", 2, screen=L("Seanssem", USAGE))]}),
    ]


def sikkeri_sdks() -> list[Case]:
    rng = random.Random(24542)
    link = U("https://sikkeri.example.com/party", {"uyav": "pt_8812", "ref": "invite",
                                                  "em": L(EMAIL, MAIL)})
    return [
        ts_batch(APP, rng, [("Session Booked", {"total": L(650, BUY)}),
                            ("Checked In", {"park": PARK["id"]})], at=PARK_FIX, nd=3),
        ta_launch(APP, rng, first=True),
        ta_link(APP, rng, link),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,birthday,trampoline"),
        bs_notice(APP, rng, "imp"),
        cy_session(APP, rng, secs=388),
        fs_eval(APP, rng, {"park": PARK["id"], "children": 1}),
        py_register(APP, rng, lang="ru", tags={"park": PARK["id"], "ushkan": "acro_7_9"}),
        cu_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pu_card(APP, rng),
        pu_confirm(APP, rng, "650.00"),
        ms_geocode(APP, rng, "batut park", SEARCH, near=HOME_AT, nd=3),
    ]
