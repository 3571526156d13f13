"""Cross-border motoring app "Mngcele Drive" (umngcele: border; a vehicle's temporary-export
papers, regional third-party motor cover and a border queue for the family's drive from Bulawayo
through Plumtree to Francistown; its API's keys are isiNdebele: ``ibizo`` / ``isibongo`` first
name / surname, ``ibizo_eliphelele`` full name, ``imeyili`` e-mail, ``ucingo`` phone,
``iphasiwedi`` password, ``ikhodi`` code, ``usuku_lokuzalwa`` birth date, ``iphasipoti``
passport, ``ilayisensi`` driving licence, ``inombolo_yesitupa`` national ID number, ``imoto``
car, ``umnikazi`` owner, ``ikheli`` address, ``inshorensi`` cover, ``abashayeli`` drivers,
``uhambo`` trip, ``abahambi`` travellers, ``usuka`` / ``uya`` from / to, ``umngcele`` border,
``ulayini`` queue, ``imbadalo`` payment, ``inani`` amount, ``okwamane_okucina`` last four,
``isimangalo`` claim, ``umlayezo`` message, ``ukudinga`` search, ``ubudlelwane`` relation).

Calls: sign-up with her US passport, an SMS log-in, ``/mina``, her licence photo, the car and its
owner, cover quotes, the cover bought (two drivers: her licence, her husband's ID number), its
payment, the trip declaration (the three of them; Thabani's birth date and ID number), the border
queue with her fix, a protobuf queue beat, border fees (msgpack), a windscreen claim with a photo,
a message naming her husband, a search, an emergency contact (her mother-in-law), the certificate
by policy number in the path, the certificates by cookie (a base64 JSON preferences cookie), an
address change, push, events and a token refresh. No earlier set has a vehicle's cross-border
permit or motor cover (a docstring grep for "temporary import", "vehicle permit", "motor
insurance" and "third-party insurance" found nothing); border traders' and transporter apps are
other kinds."""

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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families201_kit import (
    BORDER,
    BORDER_FIX,
    CAR,
    HOME,
    HOME_AT,
    HUSBAND,
    INLAWS_AT,
    LICENCE,
    MOTHER_IL,
    PASSPORT,
    POLICY,
    SON,
    fix,
    hd,
    idivayisi,
    obj,
)
from eval_families201_sdk import (
    ab_event,
    ab_launch,
    ab_link,
    bi_bid,
    cs_session,
    sg_batch,
    sg_identify,
)
from eval_families201_svc import mp_route, mp_telemetry, pi_card, pi_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("mngcele", "Mngcele Drive", "com.example.mngcele", "2.4.0",
          "https://api.mngcele.example.net")
IID = "X-Mngcele-Device"
PW = "Plumtree#Border26"
NID = "personal.national_id"
ME = f"{FIRST} {LAST}"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def mngcele() -> list[Case]:
    rng = random.Random(20111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeyili=L(EMAIL, MAIL), ucingo=L(E164, TEL)))}
    bla, blo = fix(BORDER_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, BORDER["id"]), (3, 14), (4, 1775052000),
               (5, [(1, L(BORDER_FIX[0], PRECISE)), (2, L(BORDER_FIX[1], PRECISE))])], "", lab)
    cert = at_path(case(f, f"{a}/v2/inshorensi/{POLICY}/isitifiketi", headers=_h(rng, **b)),
                   POLICY, BUY)
    return [
        case(f, f"{a}/v2/ukubhalisa", headers=_h(rng), body={
            "ibizo": L(FIRST, NAMEC), "isibongo": L(LAST, NAMEC), "imeyili": L(EMAIL_MIXED, MAIL),
            "ucingo": L(E164, TEL), "iphasiwedi": L(PW, CRED), "usuku_lokuzalwa": L(DOB, BIRTH),
            "iphasipoti": L(PASSPORT, NID), "ilizwe_lephasipoti": "US"}),
        case(f, f"{a}/v2/ukungena/sms", fmt="form", headers=_h(rng), body={
            "ucingo": L(E164, TEL), "ikhodi": L("305718", CRED)}),
        case(f, f"{a}/v2/mina", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/umshayeli/ilayisensi", [
            ("isithombe", "licence.jpg", "image/jpeg", L(JPEG + b"\x72", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"ilayisensi": L(LICENCE, NID),
                                                "iklasi": "4", "iphelelwa": "2031-03"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/imoto", headers=_h(rng, **b), body={
            "inombolo": CAR["plate"], "uhlobo": CAR["make"], "imodeli": CAR["model"],
            "unyaka": CAR["year"], "inombolo_yechassis": "NZE1213047718",
            "umnikazi": {"ibizo_eliphelele": L(ME, NAMEC),
                         "ikheli": {"umgwaqo": L(HOME["line"], ADDR),
                                    "ilokitshi": L(HOME["area"], COARSE)}}}),
        case(f, f"{a}/v2/inshorensi/izintengo", headers=_h(rng, **b), query={
            "ilizwe": "BW", "izinsuku": "5", "uhlobo": "third_party"}),
        case(f, f"{a}/v2/inshorensi", headers=_h(rng, **b), body={
            "inshorensi": L(POLICY, BUY), "inani": L(45, BUY), "imali": "USD",
            "kusukela": "2026-04-02", "kuze": "2026-04-06", "imoto": CAR["plate"],
            "abashayeli": [{"ibizo_eliphelele": L(ME, NAMEC), "ilayisensi": L(LICENCE, NID)},
                           {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                            "inombolo_yesitupa": L(HUSBAND["id"], NID)}]}),
        case(f, f"{a}/v2/imbadalo", fmt="form", headers=_h(rng, **b), body={
            "inshorensi": L(POLICY, BUY), "inani": L("45.00", BUY), "imali": "USD",
            "indlela": L(opaque(rng, "pm_", 24), PAY), "okwamane_okucina": L("4444", PAY)}),
        case(f, f"{a}/v2/uhambo", headers=_h(rng, **b), body={
            "uhambo": obj(rng, "tr"), "usuka": L("Bulawayo", COARSE), "uya": L("Francistown",
                                                                                 COARSE),
            "usuku": "2026-04-02", "imoto": CAR["plate"], "injongo": "ukuvakatshela",
            "abahambi": [{"ibizo_eliphelele": L(ME, NAMEC), "iphasipoti": L(PASSPORT, NID)},
                         {"ibizo_eliphelele": L(HUSBAND["name"], NAMEC),
                          "inombolo_yesitupa": L(HUSBAND["id"], NID)},
                         {"ibizo_eliphelele": L(KID, NAMEC),
                          "usuku_lokuzalwa": L(SON["dob"], BIRTH),
                          "inombolo_yesitupa": L(SON["id"], NID)}]}),
        case(f, f"{a}/v2/umngcele/ulayini", headers=_h(rng, **b), body={
            "umngcele": BORDER["id"], "lat": bla, "lng": blo, "ukunemba": 12,
            "umngcele_lat": BORDER["lat"], "umngcele_lng": BORDER["lon"]}),
        raw(f, f"{a}/v2/umngcele/pulse", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/umngcele/izimali", fmt="msgpack", headers=_h(rng, **b), body={
            "inshorensi": L(POLICY, BUY),
            "izimali": [{"uhlobo": "carbon_tax", "inani": 10}, {"uhlobo": "road_permit",
                                                                "inani": 20}],
            "inani_lilonke": L(30, BUY)}),
        multipart(f, f"{a}/v2/izimangalo", [
            ("isithombe", "windscreen.jpg", "image/jpeg", L(JPEG + b"\x73", MEDIA)),
            ("meta", None, "application/json", {
                "inshorensi": L(POLICY, BUY),
                "umbhalo": L("Ilitshe liqhekeze ifasitela phambili ngaphambi kweMarula", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/umlayezo", headers=_h(rng, **b), body={
            "kuya": "support",
            "umbhalo": L(f"Ngicela ukwengeza indoda yami {HUSBAND['name']} njengomshayeli",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/ukudinga", headers=_h(rng, **b), query={
            "q": L("inshorensi yeBotswana izinsuku ezinhlanu", SEARCH)}),
        case(f, f"{a}/v2/abokuthintwa", headers=_h(rng, **b), body={
            "ibizo_eliphelele": L(MOTHER_IL[0], NAMEC), "ucingo": L(MOTHER_IL[1], TEL),
            "ubudlelwane": "umamazala"}),
        cert,
        case(f, f"{a}/v2/izitifiketi", headers=_h(rng, how="none"), cookies={
            "md_sess": L(opaque(rng, "", 40), CRED), "md_dev": L(INSTALL_ID, DID),
            "md_prefs": W({"ulimi": L("nd", DEV), "imoto": CAR["plate"]}, "b64json")}),
        case(f, f"{a}/v2/ikheli", fmt="form", headers=_h(rng, **b), body={
            "umgwaqo": L(HOME["line"], ADDR), "ilokitshi": L(HOME["area"], COARSE),
            "idolobho": L(HOME["town"], COARSE), "isifundazwe": L(HOME["province"], COARSE)}),
        case(f, f"{a}/v2/idivayisi", headers=_h(rng, **b), body=idivayisi(push_token(rng))),
        case(f, f"{a}/v2/izehlakalo", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "izehlakalo": [
                ev("inshorensi_ithengiwe", 1), ev("isikrini", 2, isikrini=L("Umngcele", USAGE))]}),
        case(f, f"{a}/v2/token/vuselela", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "idivayisi": L(INSTALL_ID, DID)}),
    ]


def mngcele_sdks() -> list[Case]:
    rng = random.Random(20112)
    link = U("https://mngcele.example.net/p", {"policy": L(POLICY, BUY), "src": "mail",
                                               "em": L(EMAIL, MAIL)})
    return [
        sg_batch(APP, rng, [("Cover Bought", {"total": L(45, BUY)}),
                            ("Queue Joined", {"border": BORDER["id"]})], at=BORDER_FIX, nd=3),
        sg_identify(APP, rng, {"idolobho": L("Bulawayo", COARSE), "imoto": 1}),
        ab_launch(APP, rng, first=True),
        ab_link(APP, rng, link),
        ab_event(APP, rng, "purchase", {"inshorensi": L(POLICY, BUY)}, revenue=45.0,
                 hashed=True),
        bi_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BORDER_FIX, nd=2,
               keywords="travel,botswana,car"),
        cs_session(APP, rng, secs=1312),
        pi_card(APP, rng),
        pi_confirm(APP, rng, "45.00"),
        mp_route(APP, rng, [(HOME_AT, PRECISE), ((BORDER["lat"], BORDER["lon"]), None)]),
        mp_telemetry(APP, rng, [BORDER_FIX, INLAWS_AT], PRECISE),
    ]
