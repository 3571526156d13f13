"""A Tharu village's customary-assembly app "Barghar" (the Barghar Sabha of Manpur, Tulsipur-7,
Dang: the village's households elect their badghar at Maghi, share the begari labour on the
irrigation channel and keep a village fund; the family's household is on its roll, and she runs its
account for her mother-in-law). Its API's keys are Dangaura Tharu, ASCII-folded as a Ghorahi
developer types them, with the English words APIs keep (``email``, ``token``, ``id``, ``otp``) and
Nepali loans: ``naun`` name, ``thar`` surname, ``mobail`` mobile, ``lukal_sabd`` password (lit.
"hidden word"), ``janam_din`` birth date (Bikram Sambat), ``ghar_nambar`` household number,
``gaun`` village, ``wada`` ward, ``jati`` ethnicity, ``upjati`` sub-group, ``kul`` clan, ``bhatar``
husband, ``chhawri`` girl/daughter, ``sasu`` mother-in-law, ``umer`` age, ``linga`` sex,
``sadasya`` members, ``bhot`` vote, ``ummedwar`` candidate, ``pad`` office, ``begari`` communal
labour, ``palo`` turn, ``hajiri`` attendance, ``kulwa`` channel, ``paani`` water, ``khet`` field,
``sima`` boundary, ``kattha`` (land unit), ``danr`` fine, ``karan`` reason, ``chanda``
contribution, ``rupiya`` amount, ``chukta`` payment, ``guruwa`` the village priest-healer, ``puja``
rite, ``khabar`` message, ``khoj`` search, ``thaun`` place, ``akshansh``/``deshantar``
latitude/longitude, ``rujhan`` preferences, ``ghatna`` events, ``jantar`` device, ``bhasa``
language. Calls: registration, a log-in, ``/hamar`` (JWT), the household by number in the path,
members added, the Maghi programme, her vote for the badghar (at the meeting house, her fix), the
Maghi contribution, a begari turn, a protobuf attendance beat in the field, a water turn (msgpack),
the field's boundary, a fine paid, a photo of a broken channel bank, a rite booked with the guruwa,
a search, a message to the badghar, results by cookie GET, an offline sync (JSON Lines),
preferences (base64 JSON in a form field), push and events."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families309_kit import (
    DAUGHTER,
    FIELD_AT,
    FIELD_FIX,
    HOUSEHOLD,
    HUSBAND,
    KULWA_AT,
    SASU,
    VILLAGE,
    VILLAGE_FIX,
    fix,
    hd,
    obj,
    tharu_push,
)
from eval_families309_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families309_svc import cy_save, hs_message, pt_register
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("barghar", "Barghar", "com.example.barghar", "1.8.0", "https://api.barghar.example.org")
IID = "X-Barghar-Jantar"
PW = "Maghi@Manpur2082"
DOB_BS = "2048-02-03"  # her birth date (1991-05-17) in Bikram Sambat, as Nepali forms take it


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ne=True, **kw)


def barghar() -> list[Case]:
    rng = random.Random(30901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ghar_nambar=L(HOUSEHOLD, UID), mobail=L(E164, TEL),
                                    gaun=L("Manpur", COARSE)))}
    vla, vlo = fix(VILLAGE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(HOUSEHOLD, UID)), (2, "begari_kulwa_0114"), (3, 1768372200),
               (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    members = at_path(case(f, f"{a}/api/v1/ghar/{HOUSEHOLD}/sadasya", headers=_h(rng, **b)),
                      HOUSEHOLD, UID)
    return [
        case(f, f"{a}/api/v1/darta", headers=_h(rng), body={
            "naun": L(FIRST, NAMEC), "thar": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mobail": L(E164, TEL), "lukal_sabd": L(PW, CRED), "janam_din": L(DOB_BS, BIRTH),
            "ghar_nambar": L(HOUSEHOLD, UID), "gaun": L("Manpur", COARSE),
            "wada": L("Tulsipur-7", COARSE), "jati": L("Tharu", SENS),
            "upjati": L("Dangaura", SENS), "nata": "buhariya", "sahmati": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "lukal_sabd": L(PW, CRED), "jantar_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/hamar", headers=_h(rng, extra=jw)),
        members,
        case(f, f"{a}/api/v1/ghar/sadasya", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "sadasya": [
                {"naun": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL), "nata": "bhatar"},
                {"naun": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "janam_din": L("2072-07-22", BIRTH), "linga": L(DAUGHTER["sex"], GENDER),
                 "nata": "chhawri"},
                {"naun": L(SASU[0], NAMEC), "umer": L(61, BIRTH), "nata": "sasu"}],
            "kul": L("Kusumya", SENS)}),
        case(f, f"{a}/api/v1/maghi/karyakram", headers=_h(rng, **b), query={
            "gaun": VILLAGE["id"], "barsa": "2082", "bhasa": L("thl", DEV)}),
        case(f, f"{a}/api/v1/maghi/bhot", headers=_h(rng, **b), body={
            "pad": "badghar", "ummedwar": L("umd_03", SENS), "ghar_nambar": L(HOUSEHOLD, UID),
            "thaun": {"akshansh": vla, "deshantar": vlo},
            "sabha_ghar": {"akshansh": VILLAGE["lat"], "deshantar": VILLAGE["lon"]},
            "bhot_id": obj(rng, "bh")}),
        case(f, f"{a}/api/v1/maghi/chanda", fmt="form", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "rupiya": L("1500", BUY), "mudra": "NPR",
            "chukta_madhyam": L(opaque(rng, "pm_", 24), PAY), "rasid": L("MGH-82-0147", BUY)}),
        case(f, f"{a}/api/v1/begari/palo", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "din": "2026-01-14", "kam": "kulwa safai",
            "manai": 1, "ke_jai": L(HUSBAND[0], NAMEC), "palo_id": obj(rng, "pl")}),
        raw(f, f"{a}/api/v1/begari/hajiri", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kulwa/paani", fmt="msgpack", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "khet": "khet_03", "kattha": 12,
            "palo": {"suru": "2026-06-28T04:00", "ghanta": 6},
            "kulwa_muhan": {"akshansh": KULWA_AT[0], "deshantar": KULWA_AT[1]}}),
        case(f, f"{a}/api/v1/khet/sima", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "khet": "khet_03",
            "sima": [{"akshansh": L(la, PRECISE), "deshantar": L(lo, PRECISE)}
                     for la, lo in FIELD_AT], "kattha": 12}),
        case(f, f"{a}/api/v1/danr/chukta", fmt="form", headers=_h(rng, **b), body={
            "ghar_nambar": L(HOUSEHOLD, UID), "rupiya": L("300", BUY),
            "karan": L("Pus ke begari me hamar ghar se koi na gail", TEXT),
            "chukta_madhyam": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/v1/suchna/photo", [
            ("photo", "kulwa_bhir.jpg", "image/jpeg", L(JPEG + b"\x09", MEDIA)),
            ("meta", None, "application/json", {
                "khabar": L("Kulwa ke bhir khet_03 lage tut gail ba", TEXT),
                "thaun": {"akshansh": L(FIELD_FIX[0], PRECISE),
                          "deshantar": L(FIELD_FIX[1], PRECISE)}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/guruwa/puja", headers=_h(rng, **b), body={
            "puja": L("Hareri puja", SENS), "ghar_nambar": L(HOUSEHOLD, UID),
            "din": "2026-07-10", "rupiya": L(700, BUY), "guruwa": "gw_mnp01"}),
        case(f, f"{a}/api/v1/khoj", headers=_h(rng, **b), query={
            "khoj": L("maghi sakhiya naach bera", SEARCH), "panna": "1"}),
        case(f, f"{a}/api/v1/khabar", headers=_h(rng, **b), body={
            "paune": "badghar_mnp",
            "khabar": L("Badghar jyu, Ramesh Chaudhary ke jar aail ba, kalh begari me na aai "
                        "sakat", f"{TEXT}|{NAMEC}|{MED}")}),
        case(f, f"{a}/api/v1/bhot/natija", headers=_h(rng, how="none"), cookies={
            "br_sesan": L(opaque(rng, "", 40), CRED), "br_jantar": L(INSTALL_ID, DID),
            "br_req": rid(rng)}),
        lines(f, f"{a}/api/v1/sync", [
            {"op": "hajiri", "ghar": L(HOUSEHOLD, UID), "din": "2026-01-15", "ghanta": 5},
            {"op": "chanda", "ghar": L(HOUSEHOLD, UID), "rupiya": L(500, BUY)},
            {"op": "tipot", "likhal": L("Agila hapta sasu ke sange khet jaib", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/rujhan", fmt="form", headers=_h(rng, **b), body={
            "data": W({"ghar_nambar": L(HOUSEHOLD, UID), "bhasa": L("thl", DEV),
                       "gaun": L("Manpur", COARSE), "suchna": True}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/jantar", headers=_h(rng, **b), body=tharu_push(push_token(rng))),
        case(f, f"{a}/api/v1/ghatna", gz=True, headers=_h(rng, **b), body={
            "prayogkarta": L(USER_ID, UID), "ghatna": [
                ev("bhot_dehal", 1), ev("chanda_chukta", 2, rupiya=L(1500, BUY)),
                ev("screen", 3, screen=L("MaghiKaryakram", USAGE))]}),
    ]


def barghar_sdks() -> list[Case]:
    rng = random.Random(30902)
    return [
        mc_batch(APP, rng, [("Vote Cast", {"pad": "badghar"}),
                            ("Chanda Paid", {"amount": L(1500, BUY)})],
                 at=VILLAGE_FIX, nd=2, locale="ne_NP"),
        mc_identify(APP, rng, {"gaun": L("Manpur", COARSE), "jati": L("Tharu", SENS),
                               "ghar_nambar": L(HOUSEHOLD, UID)}),
        mc_queue(APP, rng, [("Begari Logged", {"hours": 5}), ("Photo Sent", {})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "chanda", {"ghar": L(HOUSEHOLD, UID)}, revenue=1500.0, currency="NPR"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="maghi,dang,festival"),
        bf_notice(APP, rng, "imp"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "ballot closed"),
                 [cd_crumb("nav", "Maghi -> Bhot"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/maghi/bhot", "status": 409})],
                 screen="BhotActivity"),
        pt_register(APP, rng, lang="ne", at=VILLAGE_FIX, nd=2,
                    tags={"gaun": L("Manpur", COARSE), "upjati": L("Dangaura", SENS)}),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        hs_message(APP, rng, L("Maghi chanda ke rasid na aail", f"{TEXT}"),
                   {"ghar_nambar": L(HOUSEHOLD, UID)}),
    ]
