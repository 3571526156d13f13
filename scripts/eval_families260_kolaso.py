"""Youth track-cycling club app "Kolasko" (kólasko: little wheel; a Cottbus cycling club whose
under-13s train at the city's velodrome; Kito rides there twice a week and she is the parent on
the account). Its API's keys are Lower Sorbian in camelCase, ASCII-folded, with English words
kept: ``psedme``, ``familijoweMe``, ``email``, ``telefon``, ``gronidlo``, ``jezdar`` rider,
``jezdarskiNumer`` rider number, ``licenca`` racing licence, ``narodnyDatum`` birth date, ``rod``
sex (``golc`` boy), ``starsej`` parents, ``atest`` certificate, ``strowje`` health,
``alergije``, ``nuzowyKontakt`` emergency contact, ``mery`` measurements, ``wusokosc`` height,
``woga`` weight, ``trening`` training, ``slot``, ``mestno``, ``tep`` pulse, ``moc`` power,
``psinosk`` fee, ``iban``, ``drasta`` kit, ``zawod`` race, ``startne`` entry fee, ``jezba`` ride
(carpool), ``psizwolenje`` consent, ``podpismo``, ``trenar`` coach, ``tekst``, ``wusledki``
results, ``wobraz``, ``grat``, ``tsojenja``: her parent account, an OAuth password grant,
``/ja`` (JWT ``jezdarje``), Kito registered as a rider (his licence), his sports-medical
certificate (PDF), his health form (gzip; a wasp-sting allergy), measurements for a bike fit,
the training plan, a track slot, drop-off at the velodrome with her fix, a protobuf training
record from his head unit (pulse, power), the club fee by SEPA, a kit order, a race entry, a
carpool offer, the photo consent, a message to his coach, results by rider number in the path, a
team photo, push and events."""

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
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families260_kit import (
    COACH,
    DE_IBAN,
    HUSBAND,
    RIDER_NO,
    SON,
    VELO_FIX,
    VELODROME,
    fix,
    hd,
    obj,
    push,
)
from eval_families260_sdk import bk_bid, cs_batch, cs_identify, zl_crash, zl_crumb, zw_launch
from eval_families260_svc import (
    bm_telemetry,
    dw_save,
    pl_card,
    pl_confirm,
    ps_eval,
    pw_register,
    rg_message,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kolasko", "Kolasko", "com.example.kolasko", "2.7.2", "https://api.kolasko.example.net")
IID = "X-Kolasko-Device"
PW = "Bahnrad!Kito14"
FIT = "health.fitness"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(52))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, de=True, **kw)


def kolasko() -> list[Case]:
    rng = random.Random(26061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), jezdarje=[L(RIDER_NO, UID)],
                                    rola="starsej"))}
    vla, vlo = fix(VELO_FIX, 5)
    lab: dict[str, str] = {}
    sess = obj(rng, "tr")
    record = pb([(1, L(RIDER_NO, UID)), (2, sess), (3, 1781535600),
                 (4, [(1, L(142, FIT)), (2, L(171, FIT)), (3, L(188, FIT))]),
                 (5, [(1, L(96, FIT)), (2, L(212, FIT)), (3, L(305, FIT))]),
                 (6, "head-unit 3.1")], "", lab)
    results = at_path(case(f, f"{a}/api/jezdarje/{RIDER_NO}/wusledki", headers=_h(rng, **b),
                           query={"sezona": "2026"}), RIDER_NO, UID)
    return [
        case(f, f"{a}/api/konto", headers=_h(rng), body={
            "psedme": L(FIRST, NAMEC), "familijoweMe": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon": L(E164, TEL), "gronidlo": L(PW, CRED),
            "rola": "starsej"}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kolasko-app"}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/jezdarje", headers=_h(rng, **b), body={
            "jezdar": {"psedme": L(SON["first"], NAMEC), "familijoweMe": L(SON["last"], NAMEC),
                       "narodnyDatum": L(SON["dob"], BIRTH), "rod": L("golc", GENDER),
                       "licenca": L(SON["licence"], UID), "jezdarskiNumer": L(RIDER_NO, UID)},
            "starsej": [{"me": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL)},
                        {"me": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}],
            "kategorija": "U13"}),
        multipart(f, f"{a}/api/atesty", [
            ("atest", "sportaerztlich_2026.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "jezdar": L(RIDER_NO, UID), "datum": "2026-03-04",
                "wusledk": L("sporttauglich, EKG unauffällig", MED), "placiwy_do": "2027-03-03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/strowje", gz=True, headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "alergije": [L("wasp stings", MED)],
            "lekarstwa": [L("EpiPen Junior 0.15 mg", MED)], "astma": L(False, MED),
            "nuzowyKontakt": {"me": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "pokazka": L("EpiPen is in the side pocket of his rucksack", f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/mery", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "wusokosc": L(151, FIT), "woga": L(38.5, FIT),
            "dlujkoscNogi": L(70, FIT), "kolaso": "track_24in"}),
        case(f, f"{a}/api/trening/plan", headers=_h(rng, **b), query={
            "jezdar": L(RIDER_NO, UID), "tyzen": "2026-W24"}),
        case(f, f"{a}/api/trening/slot", fmt="form", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "slot": obj(rng, "sl"), "bana": VELODROME["id"]}),
        case(f, f"{a}/api/psijezd", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "mestno": {"lat": vla, "lng": vlo},
            "bana": {"id": VELODROME["id"], "lat": VELODROME["lat"],
                          "lng": VELODROME["lon"]}, "typ": "drop_off"}),
        raw(f, f"{a}/api/trening/{sess}/zapis", record, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/psinosk", fmt="form", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "suma": L("96.00", BUY), "doba": "2026-H2",
            "iban": L(DE_IBAN, PAY), "wobsedarKonta": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/drasta/skazanka", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "pozicije": [
                {"artikel": "skinsuit_club", "wjelikosc": "XS-kids", "cena": 69.0},
                {"artikel": "gloves", "wjelikosc": "S", "cena": 14.5}],
            "suma": L(83.5, BUY)}),
        case(f, f"{a}/api/zawody/lausitz_pokal_u13/psizjawjenje", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "licenca": L(SON["licence"], UID),
            "discipliny": ["sprint", "scratch"], "startne": L(12, BUY)}),
        case(f, f"{a}/api/zawody/lausitz_pokal_u13/jezby", headers=_h(rng, **b), body={
            "mesta": 2, "wotjezd": "2026-06-27T06:30", "wot": L("Lübbenau", COARSE),
            "telefon": L(E164, TEL),
            "tekst": L("Two free seats, bikes go on our roof rack", TEXT)}),
        case(f, f"{a}/api/psizwolenje/fota", fmt="form", headers=_h(rng, **b), body={
            "jezdar": L(RIDER_NO, UID), "webseite": "ja", "socialne": "ne",
            "podpismo": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/powesci", headers=_h(rng, **b), body={
            "trenar": {"me": L(COACH[0], NAMEC), "telefon": L(COACH[1], TEL)},
            "tekst": L("Kito has a cold and a cough this week, he will skip Thursday's sprints",
                       f"{TEXT}|{MED}")}),
        results,
        multipart(f, f"{a}/api/wobraze", [
            ("wobraz", "team_u13.jpg", "image/jpeg", L(JPEG + b"\xb2", MEDIA)),
            ("meta", None, "application/json", {"album": "lausitz-pokal-2026",
                                                "jezdar": L(RIDER_NO, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "de_DE")),
        case(f, f"{a}/api/tsojenja", headers=_h(rng, how="none"), cookies={
            "kl_sid": L(opaque(rng, "", 40), CRED), "kl_dev": L(INSTALL_ID, DID)}, body={
            "wuzywar": L(USER_ID, UID), "tsojenja": [
                ev("slot_wobstarany", 1), ev("wobrazowka", 2, wobrazowka=L("Wusledki", USAGE))]}),
    ]


def kolasko_sdks() -> list[Case]:
    rng = random.Random(26062)
    return [
        cs_batch(APP, rng, [("Slot Booked", {"track": VELODROME["id"]}),
                            ("Fee Paid", {"amount": L(96, BUY)})], at=VELO_FIX, nd=3,
                 locale="de_DE"),
        cs_identify(APP, rng, {"rola": "starsej", "jezdarje": 1, "mesto": L("Lübbenau", COARSE)}),
        zw_launch(APP, rng, user=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cycling,bikes,kids"),
        zl_crash(APP, rng, ("java.lang.NullPointerException", "results row"),
                 [zl_crumb("nav", "Jezdar -> Wusledki")], user={"id": L(USER_ID, UID)},
                 screen="ResultsActivity"),
        ps_eval(APP, rng, {"club": "kl_cb", "riders": 1}),
        pw_register(APP, rng, lang="de", tags={"kategorija": "U13", "bana": VELODROME["id"]}),
        dw_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        pl_card(APP, rng),
        pl_confirm(APP, rng, "83.50"),
        bm_telemetry(APP, rng, [VELO_FIX, (51.747311, 14.312804)], "location.precise"),
        rg_message(APP, rng, L(f"The fee for {KID} shows as unpaid", f"{TEXT}|{NAMEC}"),
                   {"jezdar": L(RIDER_NO, UID)}),
    ]
