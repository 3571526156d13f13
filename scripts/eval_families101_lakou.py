"""Lakou kindergarten app "Tilakou" for her son Eli (4) at a neighbourhood kindergarten run in a
family courtyard (lakou) in Pétion-Ville; unlike set 94's city kindergarten it is a small community
school paid by mobile money, with Creole keys, a nanny who collects him and a teacher who writes the
daily notes. The parent's sign-up, a log-in, ``/mwen`` with a JWT naming the child, his profile
(allergy, asthma), his vaccination card and birth certificate (multipart, his ID in the path), who
may collect him, the daily report by query, an absence with his fever, drop-off at the gate (her
fix), pick-up by the nanny with a code, a message to the teacher, his photo, photo consents, the
monthly fee, the menu, his inhaler's authorisation, his progress by ID in the path, a development
note, an emergency contact, a song search, push, events and the gallery by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

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
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix
from eval_families101_kit import (
    GATE_FIX,
    HT_HOME,
    HT_HOME_AT,
    LAKOU,
    NANNY,
    SON_AGE,
    SON_DOB,
    SON_FIRST,
    SON_ID,
    SON_LAST,
    TEACHER,
    TZ,
    accept_ht,
)
from eval_families101_sdk import ak_install, cv_batch, fe_crash, fe_crumb
from eval_families101_svc import at_message, fk_eval, mv_geocode, ow_save, pc_confirm, pm_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, case

APP = App("tilakou", "Tilakou", "com.example.tilakou", "1.7.3", "https://api.tilakou.example.com")
IID = "X-Tilakou-Install"
MODPAS = "Lakou&Soley77"
KID = f"{APP.api}/v1/timoun/{SON_ID}"
FEE_REF = "TL-FR-2512-0071"  # the December fee's receipt (financial.purchase)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = accept_ht()
    return h


def tilakou() -> list[Case]:
    rng = random.Random(10171)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), timoun=[L(SON_ID, UID)],
                                    wol="paran"))}
    b = {"auth": "bearer"}
    gla, glo = fix(GATE_FIX, 6)
    acc: Acc = {}
    docs = at_path(multipart(f, f"{KID}/dokiman", [
        ("kane_vaksen", "kane.jpg", "image/jpeg", L(JPEG + b"\x91", f"{MEDIA}|{MED}")),
        ("ak_nesans", "ak.jpg", "image/jpeg", L(JPEG + b"\x92", f"{MEDIA}|{BIRTH}")),
        ("meta", None, "application/json", {"vaksen": [L("BCG", MED), L("Penta 3", MED),
                                                       L("ROR 1", MED)]})],
        headers=_h(rng, auth="bearer")), SON_ID, UID)
    photo = at_path(multipart(f, f"{KID}/foto", [
        ("foto", "eli.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA))],
        headers=_h(rng, auth="bearer")), SON_ID, UID)
    progress = at_path(case(f, f"{KID}/pwogre", headers=_h(rng, **b), query={
        "trimes": "1"}), SON_ID, UID)
    return [
        case(f, f"{a}/v1/paran", headers=_h(rng), body={
            "non": L(NAME, NAMEC), "imel": L(EMAIL, MAIL), "telefon": L(E164, TEL),
            "modpas": L(MODPAS, CRED), "relasyon": "manman",
            "adres": L(HT_HOME["adres"], ADDR), "vil": L(HT_HOME["vil"], COARSE)}),
        case(f, f"{a}/v1/koneksyon", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "modpas": L(MODPAS, CRED)}),
        case(f, f"{a}/v1/mwen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/timoun", headers=_h(rng, **b), body={
            "id": L(SON_ID, UID), "non": L(SON_FIRST, NAMEC), "siyati": L(SON_LAST, NAMEC),
            "dat_nesans": L(SON_DOB, BIRTH), "seks": L("gason", GENDER),
            "aleji": [L("pistach", MED)], "maladi": [L("opresyon", MED)],
            "lang_lakay": ["angle", "kreyol"], "klas": "Ti Pwason", "lakou": LAKOU["id"]}),
        docs,
        case(f, f"{KID}/moun-otorize", headers=_h(rng, **b), body={"moun": [
            {"non": L(NANNY[0], NAMEC), "telefon": L(NANNY[1], TEL), "relasyon": "bon"},
            {"non": L(PARTNER[0], NAMEC), "telefon": L(PARTNER[1], TEL),
             "relasyon": "papa"}]}),
        case(f, f"{a}/v1/rapo-jounen", headers=_h(rng, **b), query={
            "timoun": L(SON_ID, UID), "dat": "2025-12-09"}),
        case(f, f"{a}/v1/absans", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "soti": "2025-12-10", "rive": "2025-12-11",
            "rezon": L("lafyèv ak tous", MED),
            "not": L(f"{SON_FIRST} gen lafyèv depi yè swa, m ap kenbe l lakay",
                     f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/depo", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "pozisyon": {"lat": gla, "lon": glo, "presizyon": 6},
            "lakou": {"id": LAKOU["id"], "lat": LAKOU["lat"], "lon": LAKOU["lon"],
                      "telefon": LAKOU["telefon"]},
            "le": "2025-12-09T07:52:10-05:00"}),
        case(f, f"{a}/v1/ranmase", fmt="form", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "moun": L(NANNY[0], NAMEC), "kod": L("7315", CRED),
            "le": "2025-12-09T12:30"}),
        case(f, f"{a}/v1/mesaj", headers=_h(rng, **b), body={
            "a": "pf_0071_2", "non_pwofese": TEACHER,
            "teks": L(f"Bonjou {TEACHER}, {SON_FIRST} ap pote yon bwat manje san pistach jodi a",
                      f"{TEXT}|{MED}|{NAMEC}")}),
        photo,
        case(f, f"{a}/v1/konsantman/foto", fmt="form", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "pataje_ak_paran": "1", "piblik": "0"}),
        case(f, f"{a}/v1/fre", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "mwa": "2025-12", "montan": L("3500", BUY),
            "lajan": "HTG", "moyen": L(opaque(rng, "pm_", 24), PAY),
            "resi": L(FEE_REF, BUY)}),
        case(f, f"{a}/v1/meni", headers=_h(rng, **b), query={"semen": "2025-W50"}),
        case(f, f"{KID}/medikaman", headers=_h(rng, **b), body={
            "medikaman": L("Salbutamol 100 mcg", MED), "doz": L("2 pouf si li touse", MED),
            "otorizasyon": True, "siyati_paran": L(NAME, NAMEC)}),
        progress,
        case(f, f"{a}/v1/evalyasyon", headers=_h(rng, **b), body={
            "timoun": L(SON_ID, UID), "lang": "fraz 4-5 mo", "kreyon": "kenbe byen",
            "enkyetid": L(f"{SON_FIRST} bege lè l eksite, èske n ta dwe wè yon espesyalis?",
                          f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/kontak-ijans", headers=_h(rng, **b), body={
            "non": L(PARTNER[0], NAMEC), "telefon": L(PARTNER[1], TEL),
            "imel": L(PARTNER[2], MAIL), "relasyon": "papa"}),
        case(f, f"{a}/v1/rechech", headers=_h(rng, **b), query={
            "q": L("chante Nwèl pou timoun", SEARCH)}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "aparey": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV),
            "lang": L("ht_HT", DEV), "zon_le": L(TZ, DEV)}),
        case(f, f"{a}/v1/evenman", gz=True, headers=_h(rng, **b), body={
            "paran": L(USER_ID, UID), "timoun": L(SON_ID, UID), "evenman": [
                ev("rapo_li", 1), ev("fre_peye", 2, montan=L("3500", BUY)),
                ev("ekran", 3, ekran=L("RapoJounen", USAGE))]}),
        add(case(f, f"{a}/v1/galri", headers=_h(rng, how="none"),
             cookies={"tl_sesyon": tok(claims(rng, wol="paran"), "cookie", "tl_sesyon", acc),
                      "tl_timoun": L(SON_ID, UID), "tl_req": rid(rng)}), acc),
    ]


def tilakou_sdks() -> list[Case]:
    rng = random.Random(10172)
    return [
        cv_batch(APP, rng, [("Daily Report Read", {"child_age": L(SON_AGE, BIRTH)}),
                            ("Fee Paid", {"amount_htg": L(3500, BUY)})], at=HT_HOME_AT, nd=2),
        ak_install(APP, rng),
        fe_crash(APP, rng, ("java.lang.OutOfMemoryError", "gallery bitmap"),
                 [fe_crumb("nav", "Rapo -> Galri")], screen="GalleryActivity"),
        fk_eval(APP, rng, {"childAge": L(SON_AGE, BIRTH), "lakou": LAKOU["id"]}),
        pm_register(APP, rng, tags={"timoun_laj": L(SON_AGE, BIRTH), "klas": "Ti Pwason"}),
        ow_save(APP, rng, {"analytics": True, "photos": False}, user=True),
        pc_confirm(APP, rng, "3500"),
        mv_geocode(APP, rng, LAKOU["non"], SEARCH, near=HT_HOME_AT, nd=3),
        at_message(APP, rng, L(f"Kijan pou m ajoute yon dezyèm moun pou vin chèche {SON_FIRST}?",
                               f"{TEXT}|{NAMEC}"), {"timoun": L(SON_ID, UID)}),
    ]
