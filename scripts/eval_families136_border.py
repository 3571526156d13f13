"""A cross-border small traders' app "Mpakapass" (mpakani: at the border) for the Gatumba /
Kavimvira crossing to Uvira (kebab-case paths, snake_case JSON, French and English values). She
and her sister-in-law carry dried ndagala to the Uvira market under a simplified trade regime.
Sets 42 and 119 (a remittance and a cross-border car pool) and set 135's customs entry for a
shipped barrel are other kinds: here a small trader's card, a one-day laissez-passer, a
consignment's declaration and certificate of origin, border fees, the queue at the post, a
crossing heartbeat and a health screening at the post. Calls: sign-up (her residence card, her
passport, a co-trader), a log-in, ``/me`` with a JWT, her document scans (JPEG parts), a
laissez-passer request and the pass by number in the path, a declaration (with a share link: a
URL in a JSON field), a certificate of origin, the fees, the queue near her, a crossing
check-in (her fix), a heartbeat (protobuf with a nested fix), exchange rates, a broker, a
message to him, an incident, an offline queue (msgpack), the health screening, receipts by a
cookie GET, border alerts, push and events."""

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
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PRECISE,
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
from eval_families136_kit import (
    BORDER_FIX,
    BROKER,
    DECL,
    HOME,
    HOME_AT,
    LAISSEZ,
    LOCAL_LINE,
    PASSPORT,
    POST,
    RES_CARD,
    SISTER_IN_LAW,
    STR_CARD,
    UVIRA,
    fix,
    hd,
    push,
)
from eval_families136_sdk import (
    bh_bid,
    bh_notice,
    cm_crash,
    cm_crumb,
    cm_session,
    mr_batch,
    mr_queue,
    ts_launch,
    ts_link,
)
from eval_families136_svc import mk_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("mpakapass", "Mpakapass", "com.example.mpakapass", "1.4.0",
          "https://api.mpakapass.example.net")
IID = "X-Mpaka-Device"
PW = "Gatumba!Uvira26"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **{"how": "nodash", **kw})


def mpakapass() -> list[Case]:
    rng = random.Random(13641)
    a, f = APP.api, APP.fam
    b = {"auth": "session"}
    jw = {"Authorization": J(claims(rng, str_card=L(STR_CARD, UID), email=L(EMAIL, MAIL)))}
    bla, blo = fix(BORDER_FIX, 6)
    ila, ilo = fix(BORDER_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(STR_CARD, UID)), (2, POST["id"]), (3, 1765351200),
               (4, [(1, L(BORDER_FIX[0], PRECISE)), (2, L(BORDER_FIX[1], PRECISE)),
                    (3, 11.0)]),
               (5, "exit"), (6, L(41, DEV))], "", lab)
    lp = at_path(case(f, f"{a}/v1/laissez-passer/{LAISSEZ}", headers=_h(rng, **b)), LAISSEZ, NID)
    return [
        case(f, f"{a}/v1/traders", headers=_h(rng), body={
            "first_name": L(FIRST, NAMEC), "last_name": L(LAST, NAMEC), "phone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "dob": L(DOB, BIRTH),
            "nationality": "US", "residence_card": L(RES_CARD, NID),
            "passport_no": L(PASSPORT, NID), "address": L(HOME["line"], ADDR),
            "commune": L(HOME["commune"], COARSE), "str_card": L(STR_CARD, UID),
            "co_trader": {"name": L(SISTER_IN_LAW[0], NAMEC), "phone": L(SISTER_IN_LAW[1], TEL)},
            "goods": ["poisson seche", "savon"]}),
        case(f, f"{a}/v1/auth/login", headers=_h(rng), body={
            "phone": L(NATIONAL, TEL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v1/traders/documents", [
            ("passport", "passport.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{NID}")),
            ("residence_card", "carte_residence.jpg", "image/jpeg",
             L(JPEG + b"\x42", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"str_card": L(STR_CARD, UID),
                                                "types": ["passport", "residence"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/laissez-passer", headers=_h(rng, **b), body={
            "passport_no": L(PASSPORT, NID), "purpose": "commerce",
            "destination": L("Uvira", COARSE), "days": 1, "fee": L(5000, BUY),
            "str_card": L(STR_CARD, UID)}),
        lp,
        case(f, f"{a}/v1/declarations", headers=_h(rng, **b), body={
            "declaration_no": L(DECL, BUY), "post": POST["id"], "direction": "export",
            "goods": [{"hs": "0305.59", "desc": "ndagala seche", "kg": 120, "value_bif": 1920000},
                      {"hs": "3401.19", "desc": "savon", "kg": 30, "value_bif": 210000}],
            "fees_bif": L(18500, BUY), "str_card": L(STR_CARD, UID),
            "share_link": U("https://mpakapass.example.net/d", {"decl": L(DECL, BUY),
                                                               "t": L(STR_CARD, UID)})}),
        case(f, f"{a}/v1/certificates/origin", fmt="form", headers=_h(rng, **b), body={
            "declaration_no": L(DECL, BUY), "producer": "Cooperative des pecheurs de Kibenga",
            "str_card": L(STR_CARD, UID), "regime": "simplifie"}),
        case(f, f"{a}/v1/fees/pay", headers=_h(rng, **b), body={
            "declaration_no": L(DECL, BUY), "amount": L(18500, BUY), "currency": "BIF",
            "wallet": L(LOCAL_LINE, TEL), "reference": rid(rng)}),
        case(f, f"{a}/v1/posts/{POST['id']}/queue", headers=_h(rng, **b), query={
            "from": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "mode": "taxi"}),
        case(f, f"{a}/v1/crossings", headers=_h(rng, **b), body={
            "post": POST["id"], "direction": "exit", "at": {"lat": bla, "lon": blo},
            "post_at": {"lat": POST["lat"], "lon": POST["lon"]},
            "laissez_passer": L(LAISSEZ, NID), "declaration_no": L(DECL, BUY)}),
        raw(f, f"{a}/v1/crossings/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/fx-rates", headers=_h(rng, **b), query={"pairs": "BIF-CDF,USD-BIF"}),
        case(f, f"{a}/v1/brokers", headers=_h(rng, **b), body={
            "name": L(BROKER[0], NAMEC), "phone": L(BROKER[1], TEL), "licence": "AGD-0311",
            "post": POST["id"]}),
        case(f, f"{a}/v1/brokers/messages", headers=_h(rng, **b), body={
            "to": "AGD-0311", "text": L("Jean-Paul, je passe a 7h avec 150 kg, prepare le dossier",
                                        f"{TEXT}|{NAMEC}"), "client_ref": rid(rng)}),
        case(f, f"{a}/v1/incidents", headers=_h(rng, **b), body={
            "post": POST["id"], "kind": "harcelement",
            "text": L("Un agent a demande 10 000 francs sans recu pour laisser passer le poisson",
                      TEXT), "at": {"lat": ila, "lon": ilo}, "anonymous": False}),
        case(f, f"{a}/v1/markets/{UVIRA['id']}/prices", headers=_h(rng, **b), query={
            "goods": "ndagala", "currency": "CDF"}),
        case(f, f"{a}/v1/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "str_card": L(STR_CARD, UID), "items": [
                {"k": "declaration", "no": L(DECL, BUY), "t": 1765350900},
                {"k": "crossing", "post": POST["id"], "t": 1765351200}]}),
        case(f, f"{a}/v1/health/screening", headers=_h(rng, **b), body={
            "post": POST["id"], "fever": L(False, MED), "rash": L(False, MED),
            "temperature_c": L(36.7, MED), "contact_with_case": L(False, MED),
            "mpox_vaccinated": L(False, MED), "laissez_passer": L(LAISSEZ, NID)}),
        case(f, f"{a}/v1/receipts", headers=_h(rng, how="none"), cookies={
            "mp_sid": L(opaque(rng, "", 40), CRED), "mp_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/alerts/subscribe", fmt="form", headers=_h(rng, **b), body={
            "post": POST["id"], "lang": L("fr", DEV), "sms": L(LOCAL_LINE, TEL),
            "kinds": "closure,hours"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("declaration_filed", 1), ev("crossing", 2, direction="exit"),
                ev("screen", 3, screen=L("QueueLive", USAGE))]}),
    ]


def mpakapass_sdks() -> list[Case]:
    rng = random.Random(13642)
    link = U("https://mpakapass.example.net/open", {"decl": L(DECL, BUY),
                                                   "utm_source": "sms"})
    return [
        mr_batch(APP, rng, [("Declaration Filed", {"kg": 150}), ("Crossing", {})],
                 at=BORDER_FIX, nd=2),
        mr_queue(APP, rng, [("Queue Viewed", {"post": POST["id"]}),
                            ("Screening Done", {"fever": L(False, MED)})]),
        ts_launch(APP, rng, first=True),
        ts_link(APP, rng, link),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="commerce,frontiere"),
        bh_notice(APP, rng, "imp"),
        cm_crash(APP, rng, ("java.net.SocketTimeoutException", "timeout at the post"),
                 [cm_crumb("nav", "Queue -> Crossing"),
                  cm_crumb("http", "POST", {"url": f"{APP.api}/v1/crossings", "status": 0})],
                 screen="CrossingActivity"),
        cm_session(APP, rng, secs=915),
        pk_register(APP, rng, at=BORDER_FIX, nd=2,
                    tags={"post": POST["id"], "commune": L("Muha", COARSE)}),
        mk_reverse(APP, rng, BORDER_FIX, PRECISE, nd=4),
    ]
