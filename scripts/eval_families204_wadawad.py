"""The community library's children's reading-challenge app "Wadawad" ("reading": the summer and
holiday challenge where children log books and minutes, earn badges, record a read-aloud and write
short reviews; parents hold the account). Its API's keys are Pohnpeian: ``ede``, ``ede_peneinei``,
``imeil``, ``delepwohn``, ``lokaia_rir``, ``kard`` library card, ``seri`` child, ``rahnen_ipwidi``,
``sounpar`` age (years), ``ohl_de_lih``, ``sukuhl`` school, ``kilahs`` class/grade, ``pwuhk`` book,
``wadawad`` reading, ``minit`` minutes, ``mak`` badge/score, ``lokaia`` words (a review), ``ngile``
voice (a read-aloud), ``kilel``, ``tuhpene`` session, ``mwohni`` (a fine), ``pwain``, ``wasa``,
``rapahki``, ``kisinlikou``, ``soumwahu`` (an allergy), ``sounwadawad`` reading buddy, ``nohno``
mother (the parent's card), ``aramas`` person, ``wiewia``; paths ``ntingidi``, ``pedolong``,
``ngehi``. The parent's sign-up, a log-in (form), ``/ngehi`` with a JWT, Meriam's profile (a data
subject), the reading log (gzip), a review she typed, a read-aloud recording, her badge board by
card number in the path, story-time booking with a snack allergy, the check-in at the library with
the parent's fix, a catalogue search, holds, an overdue fine paid, a reading buddy (her cousin),
the prize-day photo, the certificate (PDF), a message to the librarian, a protobuf reading-timer
beat, the pick-up person, push and events with a session cookie. Library cards appear in earlier
sets inside other kinds; no set has a children's reading challenge (a docstring grep for "reading
challenge" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    M4A,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families204_kit import (
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    LIBRARY,
    LIBRARY_FIX,
    MOTHER_IL,
    PARENT_CARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families204_sdk import bs_bid, cp_crash, cp_crumb, sm_batch, sm_identify, ts_launch
from eval_families204_svc import cm_card, cm_confirm, ct_save, fm_eval, hk_message, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("wadawad", "Wadawad", "com.example.wadawad", "4.1.0", "https://api.wadawad.example.org")
IID = "X-Wadawad-Device"
PW = "Meriam2017!Pwuhk"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
CARD = DAUGHTER["card"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def wadawad() -> list[Case]:
    rng = random.Random(20451)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), kard=L(PARENT_CARD, UID),
                                    seri=[L(CARD, UID)], role="parent"))}
    lla, llo = fix(LIBRARY_FIX, 5)
    lab: dict[str, str] = {}
    timer = pb([(1, L(CARD, UID)), (2, "bk_9780064400558"), (3, 1768500000), (4, 1260),
                (5, L(21, USAGE))], "", lab)
    board = at_path(case(f, f"{a}/api/seri/{CARD}/mak", headers=_h(rng, **b),
                         query={"challenge": "holiday-2026"}), CARD, UID)
    return [
        case(f, f"{a}/api/ntingidi", headers=_h(rng), body={
            "ede": L(FIRST, NAMEC), "ede_peneinei": L(LAST, NAMEC), "imeil": L(EMAIL, MAIL),
            "delepwohn": L(E164, TEL), "lokaia_rir": L(PW, CRED), "kard": L(PARENT_CARD, UID)}),
        case(f, f"{a}/api/pedolong", fmt="form", headers=_h(rng), body={
            "kard": L(PARENT_CARD, UID), "lokaia_rir": L(PW, CRED), "pin": L("4816", CRED)}),
        case(f, f"{a}/api/ngehi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/seri", headers=_h(rng, **b), body={
            "ede": L(DAUGHTER["first"], NAMEC), "ede_peneinei": L(DAUGHTER["last"], NAMEC),
            "rahnen_ipwidi": L(DAUGHTER["dob"], BIRTH), "sounpar": L(8, BIRTH),
            "ohl_de_lih": L(DAUGHTER["sex"], GENDER), "kard": L(CARD, UID),
            "sukuhl": "Nett Elementary", "kilahs": "3", "nohno": L(PARENT_CARD, UID)}),
        case(f, f"{a}/api/wadawad/log", gz=True, headers=_h(rng, **b), body={
            "kard": L(CARD, UID), "pwuhk": [
                {"id": "bk_9780064400558", "minit": 35, "pages": 42},
                {"id": "bk_9780590353427", "minit": 20, "pages": 18}],
            "rahn": "2026-01-05"}),
        case(f, f"{a}/api/pwuhk/lokaia", headers=_h(rng, **b), body={
            "kard": L(CARD, UID), "pwuhk": "bk_9780064400558", "mak": 5,
            "lokaia": L("I liked Charlotte the spider she is smart like my grandma", TEXT)}),
        multipart(f, f"{a}/api/ngile", [
            ("ngile", "read_aloud.m4a", "audio/mp4", L(M4A + b"\x61", MEDIA)),
            ("meta", None, "application/json", {"kard": L(CARD, UID),
                                                "pwuhk": "bk_9780590353427", "sec": 94})],
            headers=_h(rng, **b)),
        board,
        case(f, f"{a}/api/tuhpene", headers=_h(rng, **b), body={
            "session": obj(rng, "st"), "kind": "story-time", "seri": L(CARD, UID),
            "soumwahu": L("peanut allergy, no snacks with nuts", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/tuhpene/kohdo", headers=_h(rng, **b), body={
            "wasa": {"lat": lla, "lng": llo},
            "library": {"id": LIBRARY["id"], "lat": LIBRARY["lat"], "lng": LIBRARY["lon"]},
            "kard": L(PARENT_CARD, UID)}),
        case(f, f"{a}/api/rapahki", headers=_h(rng, **b), query={
            "rapahki": L("books about sharks for 8 year olds", SEARCH), "page": "1"}),
        case(f, f"{a}/api/holds", fmt="form", headers=_h(rng, **b), body={
            "kard": L(CARD, UID), "pwuhk": "bk_9780439064873", "pickup": LIBRARY["id"]}),
        case(f, f"{a}/api/mwohni/pwain", fmt="form", headers=_h(rng, **b), body={
            "kard": L(PARENT_CARD, UID), "mwohni": L("1.50", BUY), "currency": "USD",
            "metod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/sounwadawad", headers=_h(rng, **b), body={
            "seri": L(CARD, UID), "sounwadawad": {"ede": L("Lorenda Lihpai", NAMEC),
                                                  "sounpar": L(9, BIRTH)}}),
        multipart(f, f"{a}/api/kilel", [
            ("kilel", "prize_day.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("meta", None, "application/json", {
                "seri": L(CARD, UID),
                "lokaia": L(f"{KID} with her reading badge", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/certificate", [
            ("pdf", "certificate.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"seri": L(CARD, UID), "ede": L(KID, NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kisinlikou", headers=_h(rng, **b), body={
            "to": "librarian",
            "kisinlikou": L("Meriam lost the shark book at school, we will pay for it. She is "
                            "upset, please tell her it is ok.", f"{TEXT}|{NAMEC}")}),
        raw(f, f"{a}/api/timer/beat", timer, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/api/pickup", headers=_h(rng, **b), body={
            "seri": L(CARD, UID), "aramas": [
                {"ede": L(HUSBAND[0], NAMEC), "delepwohn": L(HUSBAND[1], TEL)},
                {"ede": L(MOTHER_IL[0], NAMEC), "delepwohn": L(MOTHER_IL[1], TEL)}]}),
        case(f, f"{a}/api/prefs", fmt="form", headers=_h(rng, **b), body={
            "data": W({"kard": L(PARENT_CARD, UID), "lang": L("en", "device.info"),
                       "seri": L(CARD, UID)}, "b64json")}),
        case(f, f"{a}/api/pedoisang", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kard": L(PARENT_CARD, UID)}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/wiewia", headers=_h(rng, how="none"), cookies={
            "wd_sid": L(opaque(rng, "", 40), CRED), "wd_dev": L(INSTALL_ID, DID)}, body={
            "aramas": L(USER_ID, UID), "wiewia": [
                ev("log_saved", 1), ev("skrihn", 2, skrihn=L("BadgeBoard", USAGE))]}),
    ]


def wadawad_sdks() -> list[Case]:
    rng = random.Random(20452)
    return [
        sm_batch(APP, rng, [("Book Logged", {"minutes": 35}), ("Badge Earned", {"badge": 3})]),
        sm_identify(APP, rng, {"role": "parent", "children": 1, "library": LIBRARY["id"]}),
        ts_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,books,reading"),
        cp_crash(APP, rng, ("java.lang.NullPointerException", "badge row"),
                 [cp_crumb("nav", "Seri -> Mak")], user={"id": L(USER_ID, UID)},
                 screen="MakActivity"),
        fm_eval(APP, rng, {"library": LIBRARY["id"], "children": 1}),
        pn_register(APP, rng, at=HOME_AT, nd=2, tags={"challenge": "holiday-2026"}),
        ct_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cm_card(APP, rng),
        cm_confirm(APP, rng, "1.50", "usd"),
        hk_message(APP, rng, L(f"The badges for {KID} disappeared", f"{TEXT}|{NAMEC}"),
                   {"kard": L(CARD, UID)}),
    ]
