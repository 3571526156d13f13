"""A Matadi stevedoring firm's staff app "Kisalu Maswa" (``kisalu`` work, ``maswa`` ship): she is a
tally clerk on the quays of the port of Matadi. Its API's keys are Kituba (Kikongo ya leta) in
ASCII with the French words of the port: ``zina_ya_ntete`` first name, ``zina_ya_dikanda`` family
name, ``imele`` e-mail, ``nsinga`` phone (lit. "cord"), ``kinsweki`` password (lit. "secret"),
``kilumbu_ya_kubutuka`` birth date, ``nimero_ya_musali`` worker number, ``karti_ya_kuvanda``
resident's card, ``adresi`` address, ``kartie`` quarter, ``mbanza`` town, ``nkazi`` spouse,
``ngunga`` hours, ``mposo`` week, ``kisika`` place, ``maswa`` ship, ``kontene`` container,
``nsangu`` message, ``mambu`` text, ``kondje`` leave, ``kimbevo`` illness, ``lufutu`` pay,
``ntalu`` amount, ``sosa`` search, ``nsapatu`` shoes, ``mpangi`` colleague (lit. "sibling"),
``ndinga`` language, ``zone_ya_ntangu`` time zone. Sign-up, log-in, ``/mono``, the shift roster,
the gate check-in with her fix, a container tally, a protobuf shift beat, an offline tally queue
(JSON Lines), a near-miss report with a photo, overtime, a sick leave (malaria), the payslip by
worker number in the path, the salary account, protective gear, the staff bus stop, a shift swap
with a colleague, a message to the foreman, a training certificate (PDF), the canteen card, the
emergency contact, a ship search, push, events and a log-out. New kind: a docstring grep found no
"stevedor", "docker", "port worker" or "tally clerk"; workplace apps with shifts exist (factories,
plantations), none at a sea port's quays."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
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
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families246_kit import (
    BANK_ACCOUNT,
    GATE,
    GATE_FIX,
    HOME,
    HOME_AT,
    HUSBAND,
    QUAY,
    RESIDENT_CARD,
    SHIP,
    WORKER,
    fix,
    hd,
    obj,
)
from eval_families246_sdk import (
    bm_bid,
    cz_crash,
    cz_crumb,
    cz_session,
    lm_launch,
    ty_batch,
    ty_identify,
    ty_queue,
)
from eval_families246_svc import fm_eval, hb_message, my_route, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kisalu", "Kisalu Maswa", "com.example.kisalumaswa", "3.4.1",
          "https://api.kisalumaswa.example.com")
IID = "X-Kisalu-Aparey"
PW = "Quai3!Matadi25"
DOB_FR = "17/05/1991"
NID = "personal.national_id"
FIT = "health.fitness"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
COLLEAGUE = ("Didier Nsumbu", "+243853310477")  # a colleague she names (contact.*)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def kisalu() -> list[Case]:
    rng = random.Random(24601)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imele=L(EMAIL, MAIL), nimero_ya_musali=L(WORKER, UID),
                                    role="pointeur"))}
    gla, glo = fix(GATE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(WORKER, UID)), (2, QUAY["id"]), (3, 1767852000),
               (4, [(1, L(GATE_FIX[0], PRECISE)), (2, L(GATE_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV)), (6, SHIP["voyage"])], "", lab)
    slip = at_path(case(f, f"{a}/api/v1/basali/{WORKER}/fisha_ya_lufutu", headers=_h(rng, **b),
                        query={"ngonda": "2025-12"}), WORKER, UID)
    return [
        case(f, f"{a}/api/v1/kudisonika", headers=_h(rng), body={
            "zina_ya_ntete": L(FIRST, NAMEC), "zina_ya_dikanda": L(LAST, NAMEC),
            "imele": L(EMAIL, MAIL), "nsinga": L(E164, TEL), "kinsweki": L(PW, CRED),
            "kilumbu_ya_kubutuka": L(DOB_FR, BIRTH), "nimero_ya_musali": L(WORKER, UID),
            "karti_ya_kuvanda": L(RESIDENT_CARD, NID), "adresi": L(HOME["line"], ADDR),
            "kartie": L(HOME["area"], COARSE), "mbanza": L(HOME["town"], COARSE),
            "kisalu": "pointeur", "nkazi": {"zina": L(HUSBAND[0], NAMEC),
                                            "nsinga": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/kukota", fmt="form", headers=_h(rng), body={
            "imele": L(EMAIL_UPPER, MAIL), "kinsweki": L(PW, CRED), "kubambuka": "1"}),
        case(f, f"{a}/api/v1/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/bangunga", headers=_h(rng, **b), query={
            "nimero_ya_musali": L(WORKER, UID), "mposo": "2026-W02", "kai": QUAY["id"]}),
        case(f, f"{a}/api/v1/porte/kukota", headers=_h(rng, **b), body={
            "porte": GATE["id"], "kisika": {"lat": gla, "lon": glo, "sikisa": 7},
            "kisika_ya_porte": {"lat": GATE["lat"], "lon": GATE["lon"]},
            "badge": L(WORKER, UID), "kukota_id": obj(rng, "gk")}),
        case(f, f"{a}/api/v1/maswa/{SHIP['voyage']}/kontene", headers=_h(rng, **b), body={
            "maswa": SHIP["name"], "imo": SHIP["imo"], "kai": QUAY["id"],
            "kontene": [{"nimero": "EXMU4417720", "sele": "SL998120", "kilo": 21400},
                        {"nimero": "EXMU5029184", "sele": "SL998121", "kilo": 18950}],
            "pointeur": L(WORKER, UID), "ngunga": "2026-01-08T09:40"}),
        raw(f, f"{a}/api/v1/ngunga/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/api/v1/tally/sync", [
            {"op": "tally", "kontene": "EXMU6630017", "kai": QUAY["id"], "by": L(WORKER, UID),
             "t": 1767855600},
            {"op": "damage", "kontene": "EXMU6630025", "mambu": L(
                "Porte ya kontene me bebuka, sele kele mbote", TEXT), "by": L(WORKER, UID)},
            {"op": "tally", "kontene": "EXMU6630033", "kai": QUAY["id"], "by": L(WORKER, UID),
             "t": 1767856200}], headers=_h(rng, **b)),
        multipart(f, f"{a}/api/v1/nkuma/near-miss", [
            ("foto", "grue_q3.jpg", "image/jpeg", L(b"\xff\xd8\xff\xe0" + bytes(40), MEDIA)),
            ("meta", None, "application/json", {
                "kai": QUAY["id"], "grue": "STS-07", "nimero_ya_musali": L(WORKER, UID),
                "mambu": L("Spreader ya grue me bwa penepene ya mono, muntu ve me zwa mpasi",
                           TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/ngunga/heures-sup", fmt="form", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "kilumbu": "2026-01-07", "ngunga": "3.5",
            "maswa": SHIP["voyage"]}),
        case(f, f"{a}/api/v1/kondje", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "yantika": "2026-01-12", "nsuka": "2026-01-14",
            "kimbevo": L("malaria", MED),
            "mambu": L("Mono kele na malaria, dokotolo me pesa mono bilumbu tatu ya kupema",
                       f"{TEXT}|{MED}")}),
        slip,
        case(f, f"{a}/api/v1/lufutu/konti", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "banki": "Example Bank RDC",
            "konti": L(BANK_ACCOUNT, PAY), "zina_ya_konti": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/bilele/epi", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "nsapatu": L(39, FIT), "gilet": L("M", FIT),
            "kasike": "blanc"}),
        case(f, f"{a}/api/v1/bisi/arret", headers=_h(rng, **b), query={
            "komine": L(HOME["commune"], COARSE), "kartie": L(HOME["area"], COARSE),
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE)}),
        case(f, f"{a}/api/v1/bangunga/swap", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "ngunga": obj(rng, "sh"),
            "mpangi": {"zina": L(COLLEAGUE[0], NAMEC), "nsinga": L(COLLEAGUE[1], TEL)},
            "mambu": L("Mono ta kwenda na Boma na mposo yai, Didier ta sala na kisika na mono",
                       TEXT)}),
        case(f, f"{a}/api/v1/nsangu", headers=_h(rng, **b), body={
            "kwa": "chef_q3", "nsangu_id": obj(rng, "ms"),
            "mambu": L("Mfumu, bisi ya suka me kuma ve na arret ya Kinkanda", TEXT)}),
        multipart(f, f"{a}/api/v1/formasio/certificat", [
            ("fisha", "securite_portuaire.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"nimero_ya_musali": L(WORKER, UID),
                                                "formasio": "ISPS-base"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kantine/karti", fmt="form", headers=_h(rng, **b), body={
            "nimero_ya_musali": L(WORKER, UID), "ntalu": L("15.00", BUY), "devise": "USD",
            "lufutu_id": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/v1/nswalu/contact", headers=_h(rng, **b), body={
            "zina": L(HUSBAND[0], NAMEC), "nsinga": L(HUSBAND[1], TEL), "kinkazi": "nkazi"}),
        case(f, f"{a}/api/v1/maswa/sosa", headers=_h(rng, **b), query={
            "sosa": L("MV Example Star kuma", SEARCH), "kai": QUAY["id"]}),
        case(f, f"{a}/api/v1/aparey", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "aparey_id": L(INSTALL_ID, DID),
            "ndinga": L("fr", DEV), "zone_ya_ntangu": L("Africa/Kinshasa", DEV),
            "modele": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/mambu", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("gate_checkin", 1, porte=GATE["id"]), ev("tally_saved", 2, n=3),
                ev("ekrani", 3, ekrani=L("Bangunga", USAGE))]}),
        case(f, f"{a}/api/v1/kubasika", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def kisalu_sdks() -> list[Case]:
    rng = random.Random(24602)
    return [
        ty_batch(APP, rng, [("Gate Check In", {"gate": GATE["id"]}),
                            ("Tally Saved", {"containers": 2})], at=GATE_FIX, nd=2),
        ty_identify(APP, rng, {"mbanza": L("Matadi", COARSE), "nimero_ya_musali": L(WORKER, UID),
                               "role": "pointeur"}),
        ty_queue(APP, rng, [("Tally Offline", {"quay": QUAY["id"]}), ("Sync Done", {"n": 3})]),
        lm_launch(APP, rng, first=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GATE_FIX, nd=3,
               keywords="port,shipping,work boots"),
        cz_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cz_crumb("nav", "Kontene -> Foto"),
                  cz_crumb("net", "POST", {"url": f"{APP.api}/api/v1/nkuma/near-miss",
                                           "status": 500})],
                 screen="NearMissActivity"),
        cz_session(APP, rng, secs=1290),
        fm_eval(APP, rng, {"kai": QUAY["id"], "role": "pointeur"}),
        pn_register(APP, rng, lang="fr", at=GATE_FIX, nd=2,
                    tags={"kai": QUAY["id"], "ekipe": "B"}),
        my_route(APP, rng, [(HOME_AT, PRECISE), ((GATE["lat"], GATE["lon"]), None)],
                 mode="walking"),
        hb_message(APP, rng, L(f"Fisha ya lufutu ya ngonda 12 me kuma ve, nimero {WORKER}",
                               f"{TEXT}|{UID}"), {"nimero_ya_musali": L(WORKER, UID)}),
    ]
