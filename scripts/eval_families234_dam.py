"""The son's draughts club app "Dampee" (``dam`` draughts, ``pee`` play; Damclub Flora's youth
section in Paramaribo, 10x10 international draughts). Its API's keys are Saramaccan (the club's
developer is a Saamaka member), ASCII-folded: ``neen`` / ``famii_neen`` first name / surname,
``telefon`` phone, ``kibi_woto`` password, ``kode`` code, ``mii`` child, ``paidaka`` birth date,
``womi_mujee`` sex (``womi`` boy), ``ID_nomba`` ID number, ``sikoo`` school, ``pee`` game,
``wini`` win, ``tonoi`` tournament, ``leima`` trainer, ``siki`` illness, ``deesi`` medicine,
``moni`` amount, ``paka`` payment, ``tei_a`` pick him up, ``boskopu`` message, ``suku`` search,
``pe_a_de`` where she is: the parent's sign-up, an SMS code, ``/mi`` with a ``miinu`` claim,
registering Kwamina (his ID number, his asthma), the season's fee, its payment, the training
schedule, a game upload (PDN moves), the puzzle progress, the check-in at the club hall, a photo
with a trophy, a message to the trainer (he is ill), a pick-up authorisation for his aunt, the
photo consent, his rating by member number in the path, the tournament away trip (msgpack), the
trip's health form (gzip), a search, push and events under a session cookie. No earlier set has
draughts (a file-name and docstring grep: "draughts", "checkers", "dam club" matched nothing;
chess apps exist in sets 103 and 127)."""

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
from eval_families234_kit import (
    CLUB,
    CLUB_FIX,
    PBO_HOME,
    SISTER_IL,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families234_sdk import (
    bs_bid,
    bs_notice,
    ck_crash,
    ck_crumb,
    tk_launch,
    tp_batch,
    tp_pixel,
)
from eval_families234_svc import cp_card, cp_confirm, cu_check, fp_eval, ht_message, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dampee", "Dampee", "com.example.dampee", "2.3.5", "https://api.dampee.example.com")
IID = "X-Dampee-Device"
PW = "Kwamina10!Dam"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def dampee() -> list[Case]:
    rng = random.Random(23411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), miinu=[L(SON["member"], UID)],
                                    role="mama"))}
    cla, clo = fix(CLUB_FIX, 5)
    game = obj(rng, "pe")
    rating = at_path(case(f, f"{a}/v2/pee_sembe/{SON['member']}/rating", headers=_h(rng, **b),
                          query={"jaa": "2026"}), SON["member"], UID)
    return [
        case(f, f"{a}/v2/mama_tata", headers=_h(rng), body={
            "neen": L(FIRST, NAMEC), "famii_neen": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "kibi_woto": L(PW, CRED), "kamian": L("Paramaribo", COARSE),
            "akoodi_fu_den_wet": True}),
        case(f, f"{a}/v2/kode", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("508316", CRED)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/mii", headers=_h(rng, **b), body={
            "neen": L(SON["first"], NAMEC), "famii_neen": L(SON["last"], NAMEC),
            "paidaka": L(SON["dob"], BIRTH), "womi_mujee": L(SON["sex"], GENDER),
            "ID_nomba": L(SON["idno"], NID), "sikoo": "OS Flora B", "klasi": "5",
            "siki": L("asma, a ta tja pompu", MED), "pee_sembe": L(SON["member"], UID),
            "fosi_pee": "2023"}),
        case(f, f"{a}/v2/moni/sezon", headers=_h(rng, **b), query={
            "pee_sembe": L(SON["member"], UID), "sezon": "2026"}),
        case(f, f"{a}/v2/paka", fmt="form", headers=_h(rng, **b), body={
            "pee_sembe": L(SON["member"], UID), "moni": L("450.00", BUY), "munt": "SRD",
            "paka": L(opaque(rng, "pm_", 24), PAY), "kaati_kaba": L("4444", PAY),
            "bon": L("DF-26-0318", BUY)}),
        case(f, f"{a}/v2/leisi", headers=_h(rng, **b), query={
            "klupu": CLUB["id"], "goupu": "jeugd-b", "wiki": "2026-W04"}),
        case(f, f"{a}/v2/pee", headers=_h(rng, **b), body={
            "pee": game, "pee_sembe": L(SON["member"], UID), "teen": "DSC-0377",
            "pdn": "1. 32-28 19-23 2. 28x19 14x23 3. 37-32 10-14 4. 41-37 5-10",
            "wini": "1-1", "juu": 2400, "tonoi": "jt_flora_jan"}),
        case(f, f"{a}/v2/puzzle/kaba", headers=_h(rng, **b), body={
            "pee_sembe": L(SON["member"], UID), "puzzle": "pz_0412", "seconds": 94,
            "kaba": L(37, USAGE)}),
        case(f, f"{a}/v2/leisi/de", headers=_h(rng, **b), body={
            "leisi": obj(rng, "ls"), "pe_a_de": {"lat": cla, "lng": clo, "sizu": 10},
            "klupu": {"id": CLUB["id"], "lat": CLUB["lat"], "lng": CLUB["lon"]},
            "mii": L(SON["member"], UID)}),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "beker.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {
                "pee_sembe": L(SON["member"], UID),
                "woto": L(f"{KID} wini di fosi beker fu en a di jeugd tonoi!",
                          f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/boskopu", headers=_h(rng, **b), body={
            "go_a": "leima_jeugd_b", "liti": obj(rng, "th"),
            "boskopu": L("Leima Frits, Kwamina an o kon tide, a abi koosu (fever) ku en asma "
                         "ta hati en.", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v2/tei_a", headers=_h(rng, **b), body={
            "mii": L(SON["member"], UID),
            "sembe": {"neen": L(SISTER_IL[0], NAMEC), "telefon": L(SISTER_IL[1], TEL),
                      "fa_a_de": "tanta"}, "daka": ["tu", "fo"]}),
        case(f, f"{a}/v2/foto/akoodi", fmt="form", headers=_h(rng, **b), body={
            "mii": L(SON["member"], UID), "website": "no", "kantoo_buku": "yes",
            "sikifi_neen": L(f"{FIRST} {LAST}", NAMEC)}),
        rating,
        case(f, f"{a}/v2/tonoi/nickerie/sindo", fmt="msgpack", headers=_h(rng, **b), body={
            "tonoi": "jt_nickerie_feb", "mii": L(SON["member"], UID),
            "neen": L(KID, NAMEC), "paidaka": L(SON["dob"], BIRTH), "t_shirt": "140",
            "bus_sindo": 1, "moni": L(175, BUY)}),
        case(f, f"{a}/v2/tonoi/nickerie/dataa_pampia", gz=True, headers=_h(rng, **b), body={
            "mii": L(SON["member"], UID), "neen": L(KID, NAMEC),
            "siki": [L("asma", MED)], "deesi": [L("salbutamol pompu 100 mcg", MED)],
            "alegi": L("pinda", MED), "dataa": L("Dr. R. Hasrat", NAMEC),
            "sweeti": L(False, MED), "mama_telefon": L(E164, TEL),
            "adeesi": L(PBO_HOME["line"], "contact.address")}),
        case(f, f"{a}/v2/suku", headers=_h(rng, **b), query={
            "suku": L("Ghestem opening 10x10", SEARCH), "side": "1"}),
        case(f, f"{a}/v2/tonoi/jt_flora_jan/bakapisi", headers=_h(rng, **b), query={
            "pee_sembe": L(SON["member"], UID), "goupu": "jeugd-b"}),
        case(f, f"{a}/v2/apaati", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/sani", headers=_h(rng, how="none"), cookies={
            "dp_sid": L(opaque(rng, "", 40), CRED), "dp_dev": L(INSTALL_ID, DID),
            "dp_req": rid(rng)}, body={
            "sembe": L(USER_ID, UID), "sani": [
                ev("game_uploaded", 1), ev("skiin", 2, skiin=L("Rating", USAGE))]}),
    ]


def dampee_sdks() -> list[Case]:
    rng = random.Random(23412)
    return [
        tp_batch(APP, rng, [("Game Uploaded", {"moves": 41}),
                            ("Fee Paid", {"amount": L(450, BUY)})]),
        tp_pixel(APP, rng, "Puzzle Opened", {"puzzle": "pz_0412"}),
        tk_launch(APP, rng),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="draughts,kids,games"),
        bs_notice(APP, rng, "imp"),
        ck_crash(APP, rng, ("java.lang.ArrayIndexOutOfBoundsException", "square 51"),
                 [ck_crumb("nav", "Pee -> Board"), ck_crumb("tap", "move_32_28")],
                 screen="BoardActivity"),
        fp_eval(APP, rng, {"club": CLUB["id"], "children": 1}),
        pa_register(APP, rng, tags={"club": CLUB["id"], "group": "jeugd-b"}),
        cu_check(APP, rng, {"analytics": True, "ads_personalised": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "450.00"),
        ht_message(APP, rng, L(f"Di sezon moni fu {KID} ta sinkii tu leisi", f"{TEXT}|{NAMEC}"),
                   {"pee_sembe": L(SON["member"], UID)}),
    ]
