"""Church-choir rehearsal app "Koralsen" for a Catholic parish choir in Pétion-Ville (she sings
soprano; her parish membership is her religion). Unlike the choirs of sets 68-97 it is built
around the parish: the register number, the Mass rota, Mass intentions and the patronal feast.
Sign-up with her parish, a log-in, ``/mwen``, joining the choir by its code, the rehearsals and
the Mass rota, a check-in at the church on its Wi-Fi, a practice take (M4A) and its pitch
contour, a Mass intention with its offering, a section message, her dues, the Sunday collection,
her robe, lifts from members in her address book, the procession with her son, a meeting with the
priest, an avatar, a hymn search, push, events and the calendar by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families101_kit import (
    CHOIR_CODE,
    CHURCH_FIX,
    CHURCH_WIFI,
    PARISH,
    PARISH_AT,
    PARISH_MEMBER,
    SON_AGE,
    SON_FIRST,
    TZ,
    pitch,
)
from eval_families101_sdk import ak_install, cv_batch, cv_screen, fe_crash, fe_crumb
from eval_families101_svc import at_attach, fk_eval, mv_reverse, ow_check, pc_card, pm_register
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("koralsen", "Koralsen", "com.example.koralsen", "2.6.0", "https://api.koralsen.example.org")
IID = "X-Koralsen-Aparey"
MODPAS = "AveMaria!1991"
CHOIR = "kr_sadm_01"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def koralsen() -> list[Case]:
    rng = random.Random(10161)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), pawas=L(PARISH, SENS),
                                    manm=L(PARISH_MEMBER, UID)))}
    b = {"auth": "bearer"}
    cla, clo = fix(CHURCH_FIX, 5)
    reh = obj(rng, "rp", 8)
    take = obj(rng, "tk", 10)
    return [
        case(f, f"{a}/api/kont", headers=_h(rng), body={
            "non": L(FIRST, NAMEC), "siyati": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "telefon": L(PHONE, TEL), "modpas": L(MODPAS, CRED), "dat_nesans": L(DOB, BIRTH),
            "pawas": L(PARISH, SENS), "relijyon": L("Katolik", SENS),
            "manm_pawas": L(PARISH_MEMBER, UID), "vwa": "soprano"}),
        case(f, f"{a}/api/koneksyon", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_MIXED, MAIL), "modpas": L(MODPAS, CRED)}),
        case(f, f"{a}/api/mwen", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/koral/antre", headers=_h(rng, **b), body={
            "kod": L(CHOIR_CODE, CRED), "manm_pawas": L(PARISH_MEMBER, UID), "vwa": "soprano"}),
        case(f, f"{a}/api/repetisyon", headers=_h(rng, **b), query={
            "koral": CHOIR, "mwa": "2025-12"}),
        case(f, f"{a}/api/mes/wotasyon", headers=_h(rng, **b), query={
            "koral": CHOIR, "manm": L(PARISH_MEMBER, UID), "soti": "2025-12-07",
            "rive": "2026-01-04"}),
        case(f, f"{a}/api/prezans", headers=_h(rng, **b), body={
            "repetisyon": reh, "pozisyon": {"lat": cla, "lon": clo, "presizyon": 12},
            "legliz": {"lat": PARISH_AT[0], "lon": PARISH_AT[1]},
            "wifi": {"ssid": L(CHURCH_WIFI[0], WIFI), "bssid": L(CHURCH_WIFI[1], WIFI)}}),
        multipart(f, f"{a}/api/anrejistreman", [
            ("odyo", "ave_maria_soprano.m4a", "audio/mp4", L(M4A + b"\xf1", MEDIA)),
            ("meta", None, "application/json", {"chan": "Ave Maria (kreyòl)", "pati": "soprano",
                                                "repetisyon": reh, "dire_ms": 184000})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/anrejistreman/{take}/wote", fmt="msgpack", headers=_h(rng, **b), body={
            "hz": pitch(rng, 40), "not_referans": "G4", "jis_pct": 82}),
        case(f, f"{a}/api/entansyon", headers=_h(rng, **b), body={
            "mes": "2025-12-14T07:00", "pawas": L(PARISH, SENS),
            "teks": L("Pou repo nanm papa m, Robert Doe", f"{TEXT}|{SENS}|{NAMEC}"),
            "ofrann": L("250", BUY), "lajan": "HTG"}),
        case(f, f"{a}/api/mesaj/seksyon", headers=_h(rng, **b), body={
            "seksyon": "soprano", "teks": L("M ap an reta 15 minit pou repetisyon an", TEXT)}),
        case(f, f"{a}/api/kotizasyon", fmt="form", headers=_h(rng, **b), body={
            "montan": L("500", BUY), "lajan": "HTG", "mwa": "2025-12",
            "moyen": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/ofrann", headers=_h(rng, **b), body={
            "montan": L("1000", BUY), "lajan": "HTG", "pawas": L(PARISH, SENS),
            "kalite": "kete dimanch", "resi_imel": L(EMAIL, MAIL)}),
        case(f, f"{a}/api/wob", fmt="form", headers=_h(rng, **b), body={
            "gwose": "M", "wote_cm": L("168", FIT), "koule": "ble maren"}),
        case(f, f"{a}/api/transpo", headers=_h(rng, **b), body={
            "repetisyon": reh, "envite": [{"non": L(n, CONTACTS), "telefon": L(p, CONTACTS)}
                                          for n, p, _ in PEOPLE[0:3]]}),
        case(f, f"{a}/api/fet-patwonal/pwosesyon", headers=_h(rng, **b), body={
            "wol": "chante", "pawas": L(PARISH, SENS),
            "pitit": {"non": L(SON_FIRST, NAMEC), "laj": L(SON_AGE, BIRTH), "wol": "ti zanj"},
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/api/randevou/pe", headers=_h(rng, **b), body={
            "le": "2025-12-16T16:00",
            "not": L(f"Mwen ta renmen pale de batèm {SON_FIRST} ak premye kominyon",
                     f"{TEXT}|{SENS}|{NAMEC}")}),
        multipart(f, f"{a}/api/pwofil/foto", [
            ("foto", "avatar.jpg", "image/jpeg", L(JPEG + b"\xf2", MEDIA))], headers=_h(rng, **b)),
        case(f, f"{a}/api/bibliyotek/chache", headers=_h(rng, **b), query={
            "q": L("Ave Maria kreyòl", SEARCH), "koral": CHOIR}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body={
            "jeton": L(push_token(rng), DID), "aparey": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "sistem": L("Android 14", DEV),
            "lang": L("ht_HT", DEV), "zon_le": L(TZ, DEV)}),
        case(f, f"{a}/api/evenman", gz=True, headers=_h(rng, **b), body={
            "itilizate": L(USER_ID, UID), "evenman": [
                ev("prezans", 1), ev("anrejistreman_voye", 2, dire_s=184),
                ev("ekran", 3, ekran=L("Repetisyon", USAGE))]}),
        case(f, f"{a}/api/kalandriye", headers=_h(rng, how="none"),
             cookies={"ks_sesyon": L(opaque(rng, "", 40), CRED),
                      "ks_manm": L(PARISH_MEMBER, UID), "ks_req": rid(rng)}),
    ]


def koralsen_sdks() -> list[Case]:
    rng = random.Random(10162)
    return [
        cv_batch(APP, rng, [("Rehearsal Checked In", {"choir": CHOIR}),
                            ("Take Uploaded", {"seconds": 184, "part": "soprano"})]),
        cv_screen(APP, rng, "MassRota"),
        ak_install(APP, rng),
        fe_crash(APP, rng, ("java.lang.IllegalArgumentException", "audio focus"),
                 [fe_crumb("nav", "Repetisyon -> Anrejistre"), fe_crumb("tap", "record")],
                 screen="RecordActivity"),
        fk_eval(APP, rng, {"parishMember": True, "voicePart": "soprano"}),
        pm_register(APP, rng, tags={"pawas": L(PARISH, SENS), "vwa": "soprano"}),
        ow_check(APP, rng, {"analytics": True, "crash": True, "marketing": False}),
        pc_card(APP, rng),
        at_attach(APP, rng, L(M4A + b"\xf3", MEDIA), "take.m4a", "audio/mp4"),
        mv_reverse(APP, rng, CHURCH_FIX, PRECISE, nd=5),
    ]
