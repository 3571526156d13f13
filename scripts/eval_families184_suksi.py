"""A cross-country ski marathon app "Suksikilbu" (suksi ski, kilbu race; the Kurgan stadium in
Petrozavodsk; Livvi keys in ASCII: ``nimi``, ``sugunimi``, ``e_posti``, ``telefon``,
``salasana``, ``roinduspaivy``, ``sugupuoli``, ``linnu``, ``klubu`` club, ``kilbai`` athlete,
``kilbu`` race, ``matku`` distance, ``startu`` start wave, ``nomeru`` bib, ``osallistumine``
entry, ``summu``, ``maksu``, ``abu`` emergency contact, ``spravku`` medical certificate,
``diagnoosu`` the doctor's finding, ``lapsi``, ``vanhembi`` parent, ``chippu`` timing chip,
``pulssu`` heart rate, ``kohtat`` fixes, ``tulos`` result, ``kazvot`` face, ``vektoru`` vector,
``kuvat`` photos, ``diplomu`` diploma, ``bussi`` shuttle, ``viesti``, ``eccimine``): sign-up,
an OAuth password grant, ``/mina``, the 42 km entry with her husband as emergency contact, the
medical certificate (PDF), the payment, her son's kids' race, the bib pick-up, the chip linked,
a protobuf live beat, the watch's upload (gzip: heart rate, pace, track), results by bib in the
path, a face search for race photos (a face embedding), the photos bought, the club, a message
to the organisers, a search, the diploma, a shuttle seat, orders by cookie, push and events."""

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
    FACE,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families184_kit import (
    ATHLETE,
    BIB,
    ENTRY,
    HUSBAND,
    SON,
    STADIUM,
    TRACK_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families184_sdk import (
    jg_event,
    jg_launch,
    kt_crash,
    kt_crumb,
    lg_batch,
    lg_identify,
    tb_bid,
    tb_notice,
)
from eval_families184_svc import kl_register, kr_telemetry, lb_save, lp_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("suksikilbu", "Suksikilbu", "com.example.suksikilbu", "4.4.1",
          "https://api.suksikilbu.example.net")
IID = "X-Sk-Install"
PW = "Kurgan42km!"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def _face(rng: random.Random) -> L:
    """A 128-float face embedding computed on the phone (one field: ``biometric.face``)."""
    return L([round(rng.uniform(-0.25, 0.25), 5) for _ in range(128)], FACE)


def suksikilbu() -> list[Case]:
    rng = random.Random(18461)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kilbai=L(ATHLETE, UID), nomeru=L(BIB, UID)))}
    tla, tlo = fix(TRACK_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(ATHLETE, UID)), (2, L(BIB, UID)), (3, 1772618400),
               (4, [(1, L(TRACK_FIX[0], PRECISE)), (2, L(TRACK_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(164, FIT)), (6, L(52, DEV))], "", lab)
    res = at_path(case(f, f"{a}/v2/tulokset/{BIB}", headers=_h(rng, **b),
                       query={"kilbu": "onego_42_2026"}), BIB, UID)
    return [
        case(f, f"{a}/v2/kilbajat", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sugunimi": L(LAST, NAMEC), "e_posti": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "salasana": L(PW, CRED), "roinduspaivy": L(DOB, BIRTH),
            "sugupuoli": L("naine", GENDER), "linnu": L("Petrozavodsk", COARSE),
            "klubu": "Onego Ski Club", "kilbai": L(ATHLETE, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "suksikilbu-app", "scope": "athlete"}),
        case(f, f"{a}/v2/mina", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/osallistumine", headers=_h(rng, **b), body={
            "kilbu": "onego_42_2026", "matku": "42 km", "tyyli": "classic", "startu": "W3",
            "kilbai": L(ATHLETE, UID), "osallistumine": L(ENTRY, BUY), "summu": L(3500, BUY),
            "abu": {"nimi": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "paidu": "S"}),
        multipart(f, f"{a}/v2/spravku", [
            ("spravku", "spravku_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "kilbai": L(ATHLETE, UID), "voimas": "2026-09-30",
                "diagnoosu": L("terveh, voi kilbailla 42 km, EKG normal", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/maksu", fmt="form", headers=_h(rng, **b), body={
            "osallistumine": L(ENTRY, BUY), "summu": L("3500.00", BUY), "valuuttu": "RUB",
            "maksu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/lapset/kilbu", headers=_h(rng, **b), body={
            "kilbu": "lapset_2km_2026", "lapsi": {
                "nimi": L(SON["first"], NAMEC), "sugunimi": L(SON["last"], NAMEC),
                "roinduspaivy": L(SON["dob"], BIRTH), "sugupuoli": L(SON["sex"], GENDER)},
            "vanhembi": {"nimi": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
            "summu": L(300, BUY)}),
        case(f, f"{a}/v2/nomerat", headers=_h(rng, **b), query={
            "kilbai": L(ATHLETE, UID), "nomeru": L(BIB, UID), "qr": "1"}),
        case(f, f"{a}/v2/chippu", fmt="form", headers=_h(rng, **b), body={
            "nomeru": L(BIB, UID), "chippu": "CH-0099A17F", "vuokru": "true"}),
        raw(f, f"{a}/v2/live/pulssi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v2/kellot/upload", gz=True, headers=_h(rng, **b), body={
            "kilbai": L(ATHLETE, UID), "laite": L("Forerunner 255", DEV),
            "pulssu": [L(v, FIT) for v in (131, 148, 157, 162, 166, 171)],
            "tempo_s_km": [L(v, FIT) for v in (292, 301, 298, 310, 305, 287)],
            "kcal": L(2480, FIT),
            "kohtat": [{"lat": L(round(TRACK_FIX[0] + 0.0031 * i, 6), PRECISE),
                        "lng": L(round(TRACK_FIX[1] - 0.0027 * i, 6), PRECISE)}
                       for i in range(3)]}),
        res,
        case(f, f"{a}/v2/kuvat/kazvot", headers=_h(rng, **b), body={
            "kilbu": "onego_42_2026", "nomeru": L(BIB, UID),
            "kazvot": {"malli": "facenet-mobile-128", "vektoru": _face(rng)}}),
        case(f, f"{a}/v2/kuvat/osto", fmt="form", headers=_h(rng, **b), body={
            "kuvat": "p_88121,p_88140,p_88197", "summu": L("900", BUY),
            "maksu": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/klubu", headers=_h(rng, **b), body={
            "klubu": "onego_ski_club", "kilbai": L(ATHLETE, UID), "rooli": "member"}),
        case(f, f"{a}/v2/viestit", headers=_h(rng, **b), body={
            "kenele": "jarjestajat",
            "viesti": L("Minun chippu ei rekisteroinnuh 30 km kohtas, nomeru 1487",
                        f"{TEXT}|{UID}")}),
        case(f, f"{a}/v2/eccimine", headers=_h(rng, **b), query={
            "eccimine": L("voidehet pakkazel -15", SEARCH)}),
        case(f, f"{a}/v2/diplomu", headers=_h(rng, **b), body={
            "nomeru": L(BIB, UID), "nimi_diplomah": L(f"{FIRST} {LAST}", NAMEC),
            "aigu": L("3:41:18", FIT), "kieli": "en"}),
        case(f, f"{a}/v2/bussi", headers=_h(rng, **b), body={
            "mis": "Petrozavodsk, pl. Kirova", "sijat": 2, "summu": L(400, BUY),
            "reissu": obj(rng, "bs")}),
        case(f, f"{a}/v2/tilaukset", headers=_h(rng, how="none"), cookies={
            "sk_sess": L(opaque(rng, "", 40), CRED), "sk_dev": L(INSTALL_ID, DID),
            "sk_req": rid(rng)}),
        case(f, f"{a}/v2/laite", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("entry_paid", 1, summu=L(3500, BUY)), ev("screen", 2, screen=L("Live", USAGE)),
                ev("photo_search", 3)], "stadium": {"lat": STADIUM["lat"], "lng": STADIUM["lon"]},
            "finish": {"lat": tla, "lng": tlo}}),
    ]


def suksikilbu_sdks() -> list[Case]:
    rng = random.Random(18462)
    return [
        lg_batch(APP, rng, [("Entry Paid", {"total": L(3500, BUY)}),
                            ("Live Opened", {"race": "onego_42_2026"})],
                 adid=True, at=TRACK_FIX, nd=3),
        lg_identify(APP, rng, {"club": "Onego Ski Club", "age_group": L("W30", BIRTH),
                               "bib": L(BIB, UID)}),
        jg_launch(APP, rng),
        jg_event(APP, rng, "purchase", {"entry": L(ENTRY, BUY)}, revenue=3500.0, hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="ski,marathon,wax"),
        tb_notice(APP, rng, "win"),
        kt_crash(APP, rng, ("java.lang.OutOfMemoryError", "face model"),
                 [kt_crumb("nav", "Photos -> FaceSearch")], screen="FaceSearchActivity"),
        lp_eval(APP, rng, {"race": "onego_42_2026", "wave": "W3"}),
        kl_register(APP, rng, at=TRACK_FIX, nd=2, tags={"race": "onego_42_2026"}),
        lb_save(APP, rng, {"analytics": True, "face_search": True, "marketing": False}),
        kr_telemetry(APP, rng, [TRACK_FIX], PRECISE),
    ]
