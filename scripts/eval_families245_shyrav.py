"""A volunteer search-and-rescue squad's app "Shyrav Ushkan" ("search group"; Chuvashia's
volunteers who search forests for missing people: she joins a search for an old man lost in the
pine forest east of Novocheboksarsk). Its API's keys are Chuvash in Latin letters, ASCII-folded,
with English and Russian loans (``volonter``, ``shtab``, ``sektor``, ``ratsi``, ``token``,
``email``): ``yat``/``khushamat``, ``telefon``, ``varttan_samakh``, ``suralna_kun``, ``khula``,
``avtomobil``, ``vyrensem`` seats, ``pelu`` skills, ``khutlav_kontakt`` emergency contact,
``shyrav`` search, ``sukhalna`` the missing person's case, ``vyran`` place, ``yer`` trace,
``tupni`` finding, ``ukerchek``, ``syru``, ``tavrantam`` returning, ``tukhni`` check-out,
``tavar`` equipment, ``pulashu`` donation, ``summa``, ``tulev``, ``pulamsem``: sign-up (her
car, her husband as emergency contact), an SMS code, ``/manan``, active searches near her
(2 decimals), joining one (3 decimals), the HQ check-in (6 decimals), the briefing, a protobuf
track beat, an offline queue of fixes (msgpack), a finding with a photo and her fix (5-decimal
strings), the group chat, the return (4 decimals), the sector closed, the check-out, a radio and
a torch on loan, lifts offered, a donation, her profile by volunteer number in the path, a
first-aid course, a search of past cases, push and events. A docstring grep: "search and rescue",
"search party", "volunteer search" nothing, "missing person" only a key of set 211; the rescue
apps of sets 103, 117 and 127 register the user's own trek, this one is the searchers' side."""

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
    E164,
    JPEG,
    MAIL,
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
from eval_families24_kit import claims
from eval_families245_kit import (
    HOME_AT,
    HQ,
    HUSBAND,
    SEARCH_FIXES,
    VOLUNTEER,
    fix,
    hd,
    push,
)
from eval_families245_sdk import cy_crash, cy_crumb, cy_session, ta_launch, ts_batch, ts_queue
from eval_families245_svc import (
    fs_eval,
    hk_message,
    ms_reverse,
    ms_route,
    ms_telemetry,
    py_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("shyrav", "Shyrav Ushkan", "com.example.shyravushkan", "6.3.2",
          "https://api.shyravushkan.example.org")
IID = "X-Shyrav-Device"
PW = "Varman!Atal2025"
OP = "op_1182"  # the search operation (a negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, cv=True, **kw)


def shyrav() -> list[Case]:
    rng = random.Random(24561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, volonter=L(VOLUNTEER, UID), telefon=L(E164, TEL)))}
    s0, s1, s2, s3 = SEARCH_FIXES
    hqa, hqo = fix((56.077154, 47.562189))
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, OP), (3, 1765352400),
               (4, [(1, L(s1[0], PRECISE)), (2, L(s1[1], PRECISE)), (3, 96.0)]),
               (5, L(61, DEV))], "", lab)
    profile = at_path(case(f, f"{a}/v2/volonter/{VOLUNTEER}", headers=_h(rng, **b)),
                      VOLUNTEER, UID)
    return [
        case(f, f"{a}/v2/registratsi", headers=_h(rng), body={
            "yat": L(FIRST, NAMEC), "khushamat": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "varttan_samakh": L(PW, CRED),
            "suralna_kun": L(DOB, BIRTH), "khula": L("Novocheboksarsk", COARSE),
            "volonter": L(VOLUNTEER, UID),
            "avtomobil": {"pur": True, "nomer": "A417KM21", "vyrensem": 3},
            "pelu": ["first_aid", "navigator"],
            "khutlav_kontakt": {"yat": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("390617", CRED)}),
        case(f, f"{a}/v2/manan", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/shyrav/aktiv", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "radius_km": "60"}),
        case(f, f"{a}/v2/shyrav/{OP}/khutshan", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID), "ETA": "2025-12-10T09:40",
            "vyran": {"lat": L(round(HOME_AT[0], 3), PRECISE),
                      "lon": L(round(HOME_AT[1], 3), PRECISE)},
            "avtomobil": True, "vyrensem": 2}),
        case(f, f"{a}/v2/shtab/check_in", headers=_h(rng, **b), body={
            "op": OP, "volonter": L(VOLUNTEER, UID), "vyran": {"lat": hqa, "lon": hqo},
            "shtab": {"id": HQ["id"], "lat": HQ["lat"], "lon": HQ["lon"]}}),
        case(f, f"{a}/v2/shyrav/{OP}/brifing", fmt="form", headers=_h(rng, **b), body={
            "sektor": "S-14", "ushkan": "grp_lisa_3", "ertuse": "call_Sova",
            "ratsi_kanal": "7", "pallaslana": "1"}),
        raw(f, f"{a}/v2/shyrav/{OP}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/shyrav/{OP}/yer", fmt="msgpack", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID),
            "yer": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE), "t": 1765353000 + 240 * i}
                    for i, (la, lo) in enumerate((s0, s1, s2))],
            "sektor": "S-14"}),
        multipart(f, f"{a}/v2/shyrav/{OP}/tupni", [
            ("ukerchek", "sled.jpg", "image/jpeg", L(JPEG + b"\xc1", MEDIA)),
            ("meta", None, "application/json", {
                "tesh": "footprint", "lat": L(f"{s2[0]:.5f}", PRECISE),
                "lon": L(f"{s2[1]:.5f}", PRECISE),
                "text": L("Shyv khererinche 42 razmerla ata yere, khevel anakalla yerkh", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/chat/{OP}/syru", headers=_h(rng, **b), body={
            "ushkan": "grp_lisa_3",
            "syru": L("S-14 sektorta varmanta khupkhan yerkh shyv pur, khutlasa irtetper", TEXT)}),
        case(f, f"{a}/v2/shyrav/{OP}/tavrantam", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID), "lat": L(round(s3[0], 4), PRECISE),
            "lon": L(round(s3[1], 4), PRECISE), "status": "returning"}),
        case(f, f"{a}/v2/shyrav/{OP}/sektor", fmt="form", headers=_h(rng, **b), body={
            "sektor": "S-14", "puten": "1", "km": "6.8", "tupnisem": "1"}),
        case(f, f"{a}/v2/shtab/tukhni", headers=_h(rng, **b), body={
            "op": OP, "volonter": L(VOLUNTEER, UID),
            "vyran": {"lat": L(round(HQ["lat"] + 0.00003, 6), PRECISE),
                      "lon": L(round(HQ["lon"] - 0.00002, 6), PRECISE)}}),
        case(f, f"{a}/v2/tavar/ilni", headers=_h(rng, **b), body={
            "volonter": L(VOLUNTEER, UID), "tavar": ["radio_R-22", "torch_T-09"],
            "op": OP}),
        case(f, f"{a}/v2/avtomobil/vyrensem", headers=_h(rng, **b), body={
            "op": OP, "tapranu": L("Novocheboksarsk", COARSE), "vyrensem": 2,
            "telefon": L(E164, TEL)}),
        case(f, f"{a}/v2/pulashu", fmt="form", headers=_h(rng, **b), body={
            "summa": L("2000", BUY), "valyuta": "RUB", "mel": L(opaque(rng, "pm_", 24), PAY),
            "tavar_valli": "1"}),
        profile,
        case(f, f"{a}/v2/vrenu/kurs", headers=_h(rng, **b), body={
            "kurs": "first_aid_basic", "kun": "2026-01-24", "volonter": L(VOLUNTEER, UID),
            "yat": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/arkhiv", headers=_h(rng, **b), query={
            "shyrav": L("Kugesi varmanta sukhalnisem 2024", SEARCH)}),
        case(f, f"{a}/v2/khater", headers=_h(rng, **b), body=push(push_token(rng), "cv_RU")),
        case(f, f"{a}/v2/pulamsem", headers=_h(rng, **b), body={
            "usa_kurakan": L(USER_ID, UID), "pulamsem": [
                ev("search_joined", 1), ev("screen", 2, screen=L("Kartta", USAGE))]}),
    ]


def shyrav_sdks() -> list[Case]:
    rng = random.Random(24562)
    return [
        ts_batch(APP, rng, [("Search Joined", {"op": OP}), ("Finding Reported", {})],
                 at=SEARCH_FIXES[1], nd=3, locale="cv_RU"),
        ts_queue(APP, rng, [("Track Point", {"sector": "S-14"}), ("Sector Closed", {})]),
        ta_launch(APP, rng, user=True),
        cy_crash(APP, rng, ("java.lang.OutOfMemoryError", "tile cache"),
                 [cy_crumb("nav", "Kartta -> Sektor")], screen="MapActivity"),
        cy_session(APP, rng, secs=14120),
        fs_eval(APP, rng, {"region": L("Chuvashia", COARSE), "role": "volunteer"}),
        py_register(APP, rng, lang="cv", at=HOME_AT, nd=2, tags={"region": L("Chuvashia",
                                                                       COARSE)}),
        ms_telemetry(APP, rng, [SEARCH_FIXES[2], SEARCH_FIXES[3]], PRECISE),
        ms_route(APP, rng, [(HOME_AT, PRECISE), ((HQ["lat"], HQ["lon"]), None)]),
        ms_reverse(APP, rng, SEARCH_FIXES[2], PRECISE, nd=5),
        hk_message(APP, rng, L("Ratsi zaryadkala mar, shtabra ulashtarma pulat-i?", TEXT),
                   {"volonter": L(VOLUNTEER, UID)}),
    ]
