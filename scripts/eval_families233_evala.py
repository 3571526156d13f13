"""The Landa canton's Evala committee app "Evalatom" (Evala: the Kabiyè young men's initiation
wrestling in July; the committee registers each house's initiates, their offerings at the
shrine, the contributions and the bouts; English paths, Kabiyè keys in ASCII: ``hide`` first
name, ``diga_hide`` surname, ``telefoni`` phone, ``sekre_tom`` password, ``lulu_wiye`` birth
date, ``diga`` house / household (ɖɩɣa), ``lignage`` lineage, ``tetu`` village, ``evalu`` the
initiate, ``pinzi_evala`` initiation year (pɩnzɩ years), ``caa`` father, ``abalu`` husband,
``kilo`` weight, ``kpe`` offering, ``autel`` shrine, ``liidiye`` amount, ``tom`` message or
news, ``wiye`` day, ``kimag`` wrestling ground, ``eyaa`` people, ``foto`` photo): sign-up, an
OAuth password grant, ``/me``, the calendar, the nephew registered as an initiate, his fitness
certificate (PDF), an offering, a contribution, the news, attendance at the ground with her fix
(4 decimals), a photo of his bout, the bouts (msgpack), seats in the family minibus, a message
naming her mother-in-law, the house by number in the path, a costume hire, receipts by cookie, a
house link (base64 JSON in a form field), a search, push and events. New to the evaluation: a
docstring grep for "evala" and "akpema" found nothing; "initiation" matched an Assamese satra
(devotional initiation), "wrestl" adult wrestling tickets and a children's akhara, none an
ethnic initiation rite."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families233_kit import (
    GROUND,
    GROUND_FIX,
    HOME_AT,
    HOUSEHOLD,
    HUSBAND,
    LINEAGE,
    LOCAL_SIM,
    MOTHER_IL,
    NEPHEW,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families233_sdk import (
    bs_bid,
    bs_notice,
    ck_session,
    mk_batch,
    mk_pixel,
    tp_event,
    tp_launch,
)
from eval_families233_svc import co_check, hb_message, md_route, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("evalatom", "Evalatom", "com.example.evalatom", "2.3.0",
          "https://api.evalatom.example.org")
IID = "X-Evalatom-Device"
PW = "Kondona#Evala26"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def evalatom() -> list[Case]:
    rng = random.Random(23321)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), diga=L(HOUSEHOLD, UID),
                                    lignage=L(LINEAGE, SENS), tetu=L("Landa", COARSE)))}
    gla, glo = fix(GROUND_FIX, 4)
    evalu = obj(rng, "evu")
    house = at_path(case(f, f"{a}/v1/diga/{HOUSEHOLD}", headers=_h(rng, **b)), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "hide": L(FIRST, NAMEC), "diga_hide": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefoni": L(E164, TEL), "sekre_tom": L(PW, CRED), "lulu_wiye": L(DOB, BIRTH),
            "diga": L(HOUSEHOLD, UID), "abalu": L(HUSBAND[0], NAMEC),
            "lignage": L(LINEAGE, SENS), "ethnie": L("Kabiyè (by marriage)", SENS),
            "tetu": L("Landa", COARSE), "canton": L("Landa", COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "evalatom-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/calendar", headers=_h(rng, **b), query={
            "canton": L("Landa", COARSE), "pinzi": "2026", "rite": L("evala", SENS)}),
        case(f, f"{a}/v1/evalu", headers=_h(rng, **b), body={
            "evalu": evalu, "hide": L(NEPHEW[0].split()[0], NAMEC),
            "diga_hide": L(NEPHEW[0].split()[1], NAMEC), "lulu_wiye": L(NEPHEW[1], BIRTH),
            "pinzi_evala": L(1, SENS), "lignage": L(LINEAGE, SENS),
            "caa": L("Essodina Tchalla", NAMEC), "kilo": L(71, "health.fitness"),
            "diga": L(HOUSEHOLD, UID), "tuteur": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/v1/evalu/{evalu}/certificat", [
            ("certificat", "aptitude_essowavana.pdf", "application/pdf",
             L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"evalu": evalu, "apte": L(True, MED),
                                                "tension": L("12/8", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kpe", headers=_h(rng, **b), body={
            "diga": L(HOUSEHOLD, UID), "evalu": evalu, "kpe": L("poulet blanc et farine", SENS),
            "autel": L("shrine of the Tchalla house", SENS), "liidiye": L(5000, BUY),
            "wiye": "2026-07-08"}),
        case(f, f"{a}/v1/contributions", fmt="form", headers=_h(rng, **b), body={
            "diga": L(HOUSEHOLD, UID), "liidiye": L("15000", BUY), "devise": "XOF",
            "methode": L(opaque(rng, "pm_", 24), PAY), "telefoni": L(LOCAL_SIM, TEL)}),
        case(f, f"{a}/v1/tom", headers=_h(rng, **b), query={
            "canton": L("Landa", COARSE), "since": "2026-06-01"}),
        case(f, f"{a}/v1/attendance", headers=_h(rng, **b), body={
            "wiye": "2026-07-12", "at": {"lat": gla, "lng": glo},
            "kimag": {"id": GROUND["id"], "lat": GROUND["lat"], "lng": GROUND["lon"]},
            "diga": L(HOUSEHOLD, UID), "eyaa": 4}),
        multipart(f, f"{a}/v1/foto", [
            ("foto", "evala_day2.jpg", "image/jpeg", L(JPEG + b"\x2e", MEDIA)),
            ("meta", None, "application/json", {
                "album": "evala-2026",
                "tom": L("Essowavana's first bout, the whole Tchalla house was at the ground",
                         f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/bouts/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "wiye": "2026-07-12", "kimag": GROUND["id"],
            "bouts": [{"id": obj(rng, "bt"), "a": evalu, "b": obj(rng, "evu"), "win": "a"},
                      {"id": obj(rng, "bt"), "a": obj(rng, "evu"), "b": obj(rng, "evu")}],
            "diga": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/transport", headers=_h(rng, **b), body={
            "wiye": "2026-07-11", "from": L("Kara", COARSE), "to": L("Landa", COARSE),
            "eyaa": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "liidiye": L(3000, BUY), "diga": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "secretary_lnd",
            "tom": L("My mother-in-law Massama Kpatcha (+228 91 08 33 54) brings the sulum for "
                     "the Tchalla house on Saturday", f"{TEXT}|{NAMEC}|{TEL}")}),
        house,
        case(f, f"{a}/v1/costumes/hire", headers=_h(rng, **b), body={
            "evalu": evalu, "items": ["cache-sexe", "bracelets"], "liidiye": L(2500, BUY),
            "diga": L(HOUSEHOLD, UID)}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "ev_session": L(opaque(rng, "", 40), CRED), "ev_device": L(INSTALL_ID, DID),
            "ev_req": rid(rng)}),
        case(f, f"{a}/v1/diga/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"diga": L(HOUSEHOLD, UID), "telefoni": L(MOTHER_IL[1], TEL),
                       "lignage": L(LINEAGE, SENS)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/search", headers=_h(rng, **b), query={
            "q": L("evala 2026 programme Landa lutte", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("evalu_registered", 1), ev("screen", 2, screen=L("Bouts", USAGE)),
                ev("contribution", 3, liidiye=L(15000, BUY))]}),
    ]


def evalatom_sdks() -> list[Case]:
    rng = random.Random(23322)
    return [
        mk_batch(APP, rng, [("Initiate Registered", {"year": L(1, SENS)}),
                            ("Attendance", {"ground": GROUND["id"]})], at=GROUND_FIX, nd=3),
        mk_pixel(APP, rng, "Calendar Opened", {"canton": L("Landa", COARSE)}),
        tp_launch(APP, rng, first=True),
        tp_event(APP, rng, "contribution", {"diga": L(HOUSEHOLD, UID)}, revenue=15000.0),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GROUND_FIX, nd=2,
               keywords="evala,lutte,kara"),
        bs_notice(APP, rng, "win"),
        ck_session(APP, rng, secs=1204),
        pl_register(APP, rng, at=HOME_AT, nd=2,
                    tags={"canton": L("Landa", COARSE), "lignage": L(LINEAGE, SENS)}),
        co_check(APP, rng, {"analytics": True, "ads": False}),
        md_route(APP, rng, [(HOME_AT, PRECISE), ((GROUND["lat"], GROUND["lon"]), None)]),
        hb_message(APP, rng, L("The contribution for the Tchalla house shows twice",
                               TEXT), {"diga": L(HOUSEHOLD, UID)}),
    ]
