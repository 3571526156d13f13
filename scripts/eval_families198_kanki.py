"""A children's figure-skating club app "Kanki" (the daughter's club at the Hrodna ice palace:
the parent's account, the skater's medical clearance, monthly fees, a competition entry, the
routine's video, costume measurements, training heart rate, an absence, pick-ups). Set 171 has
a children's ice-hockey app; this is figure skating with a federation licence, a clearance
certificate, costume fittings and a wearable's training data. Keys are Belarusian in Lacinka,
ASCII-folded, with English: ``backa`` parent, ``dzicia`` child, ``kankist`` skater, ``imia``,
``prozvisca``, ``data_naradzennia``, ``pol``, ``identyfikacyjny_numar``, ``davedka`` medical
certificate, ``dyjahnaz`` diagnosis, ``alerhija`` allergy, ``vaha``, ``rost``, ``mierki``
measurements (``hrudzi`` chest, ``talija`` waist), ``trenier`` coach, ``trenirouka`` training,
``puls`` pulse, ``spabornictvy`` competitions, ``zajauka`` entry, ``licenzija`` licence,
``vznos`` fee, ``adsutnasc`` absence, ``zapiska`` note, ``zabrac`` pick up, ``natocka``
sharpening, ``dzionnik`` diary."""

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
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families24_kit import claims, rid
from eval_families198_kit import (
    DAUGHTER,
    FRIEND,
    RINK,
    RINK_FIX,
    SKATER,
    fix,
    hd,
    push,
)
from eval_families198_sdk import (
    bk_bid,
    cn_crash,
    cn_crumb,
    md_batch,
    md_identify,
    tz_event,
    tz_launch,
)
from eval_families198_svc import cr_save, cz_card, cz_confirm, hm_message, ph_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kanki", "Kanki", "com.example.kanki", "4.0.2", "https://api.kanki.example.com")
IID = "X-Kanki-Device"
PW = "Aksel2017!Lod"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(38))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
LICENCE = "BFS-J-170093"  # the skater's federation licence (id.user: her membership)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def kanki() -> list[Case]:
    rng = random.Random(19861)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, posta=L(EMAIL, MAIL), kankisty=[L(SKATER, UID)],
                                    rola="backa"))}
    rla, rlo = fix(RINK_FIX, 5)
    lab: dict[str, str] = {}
    hr = pb([(1, L(SKATER, UID)), (2, 1769000000), (3, L(142, FIT)), (4, L(186, FIT)),
             (5, L(55, FIT)), (6, "ice_b")], "", lab)
    plan = at_path(case(f, f"{a}/v3/kankisty/{SKATER}/rasklad", headers=_h(rng, **b),
                        query={"tydzien": "2026-W05"}), SKATER, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kanki-backi"}),
        case(f, f"{a}/v3/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/backi/dzieci", headers=_h(rng, **b), body={
            "dzicia": {"imia": L(DAUGHTER["first"], NAMEC), "prozvisca": L(DAUGHTER["last"], NAMEC),
                       "data_naradzennia": L(DAUGHTER["dob"], BIRTH),
                       "pol": L(DAUGHTER["sex"], GENDER),
                       "identyfikacyjny_numar": L(DAUGHTER["pn"], NID)},
            "kankist": L(SKATER, UID), "backa": {"imia": L(f"{FIRST} {LAST}", NAMEC),
                                                "telefon": L(E164, TEL)}, "suviaz": "maci"}),
        plan,
        case(f, f"{a}/v3/davedka", gz=True, headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "dyjahnaz": L("zdarovaja, asnounaja hrupa", MED),
            "alerhija": [L("pylok biarozy", MED)], "astma": L(False, MED),
            "vaha": L(27.5, FIT), "rost": L(131, FIT), "data_ahliadu": "2026-01-09",
            "urach": L("Iryna Lasko", NAMEC)}),
        multipart(f, f"{a}/v3/davedka/skan", [
            ("skan", "davedka_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"kankist": L(SKATER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/aplata", fmt="form", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "miesiac": "2026-02", "suma": L("140.00", BUY),
            "valiuta": "BYN", "metad": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/spabornictvy/zajauka", headers=_h(rng, **b), body={
            "spabornictvy": "cup_hr_2026_02", "kankist": L(SKATER, UID),
            "licenzija": L(LICENCE, UID), "katehoryja": "dziaucynki, junactva B",
            "uzrost": L(8, BIRTH), "vznos": L(35, BUY), "muzyka": "Vals, 2:10"}),
        multipart(f, f"{a}/v3/videa", [
            ("video", "prahrama.mp4", "video/mp4", L(MP4 + b"\x07", MEDIA)),
            ("meta", None, "application/json", {"kankist": L(SKATER, UID),
                                                "elementy": ["1Lz", "2S", "CoSp1"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/kascium/mierki", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "rost": L(131, FIT), "hrudzi": L(62, FIT),
            "talija": L(54, FIT), "bidry": L(66, FIT), "kascium": "ks_vals_blue"}),
        case(f, f"{a}/v3/prybyccio", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "miesca": {"syrata": rla, "dauhata": rlo},
            "arena": {"id": RINK["id"], "syrata": RINK["lat"], "dauhata": RINK["lon"]}}),
        raw(f, f"{a}/v3/trenirouka/puls", hr, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/adsutnasc", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "data": "2026-01-26", "prycyna": L("prastuda", MED),
            "zapiska": L("Maryla z temperaturaj 38,2, zastajecca doma", f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v3/paviedamlenni", headers=_h(rng, **b), body={
            "trenier": "tr_0042", "tekst": L("Spadarynia Alena, Maryla baicca skakac aksel "
                                            "paslia padziennia, mozna pahavaryc?",
                                            f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/zabrac", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID),
            "asoba": {"imia": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL)},
            "dni": ["sr", "pt"]}),
        case(f, f"{a}/v3/kanki/natocka", fmt="form", headers=_h(rng, **b), body={
            "pamier": "33", "lyzy": "LZ-Pro 9", "suma": L("15", BUY),
            "kankist": L(SKATER, UID)}),
        case(f, f"{a}/v3/navinv", headers=_h(rng, **b), query={
            "arena": RINK["id"], "hrupa": "jun_b", "z": "2026-01-01"}),
        case(f, f"{a}/v3/posuk", headers=_h(rng, **b), query={
            "q": L("kascium dlia valsa 130 sm", SEARCH)}),
        case(f, f"{a}/v3/dzionnik", fmt="msgpack", headers=_h(rng, **b), body={
            "kankist": L(SKATER, UID), "elementy": [{"kod": "1Lz", "sprob": 12, "udala": 7}],
            "samaadcuvanne": L("Balic levaje kalena paslia skacka", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v3/rachunki", headers=_h(rng, how="none"), cookies={
            "kn_sesija": L(opaque(rng, "", 40), CRED), "kn_prylada": L(INSTALL_ID, DID),
            "kn_req": rid(rng)}),
        case(f, f"{a}/v3/profil", headers=_h(rng, **b), body={
            "horad": L("Hrodna", COARSE), "posta": L(EMAIL, MAIL), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v3/prylady", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v3/padziei", headers=_h(rng, **b), body={
            "karystalnik": L(USER_ID, UID), "padziei": [
                ev("rasklad_adkryty", 1), ev("ekran", 2, ekran=L("Spabornictvy", USAGE))]}),
    ]


def kanki_sdks() -> list[Case]:
    rng = random.Random(19862)
    return [
        md_batch(APP, rng, [("Fee Paid", {"amount": L(140, BUY)}),
                            ("Entry Sent", {"event": "cup_hr_2026_02"})]),
        md_identify(APP, rng, {"rola": "backa", "dziaciej": 1, "horad": L("Hrodna", COARSE)}),
        tz_launch(APP, rng),
        tz_event(APP, rng, "fee_paid", {"kankist": L(SKATER, UID)}, revenue=140.0),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,skating,sport"),
        cn_crash(APP, rng, ("java.lang.OutOfMemoryError", "video encoder"),
                 [cn_crumb("nav", "Videa -> Upload")], screen="VideoActivity"),
        ph_register(APP, rng, tags={"hrupa": "jun_b"}),
        cr_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cz_card(APP, rng),
        cz_confirm(APP, rng, "140.00"),
        hm_message(APP, rng, L(f"Aplata za luty dla {KID} nie adlustroucca", f"{TEXT}|{NAMEC}"),
                   {"kankist": L(SKATER, UID)}),
    ]
