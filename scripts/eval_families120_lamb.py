"""Lambing registry "Lembing" (a Faroese sheep-breeding cooperative's lambing-season record: she
farms forty ewes in the hagi above Gøta with her husband): log-in, ``/me`` by JWT, the keeper's
record (her p-tal for the subsidy register), the season's flock, lambings (msgpack, with her fix in
the field), a difficult lambing with a note, a lamb's photo, her walk round the hagi (gzip), the
tag reader's reads (protobuf with her fix as doubles), the weather by rounded position, a vet
request, the headage subsidy claim with her IBAN, an ear-tag order to her home, a helper invited,
a lamb lost, an ear mark by path, push, events and the register by a cookie GET."""

from __future__ import annotations

import random

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PHONE_SHA256,
    PRECISE,
    TEL,
    TEXT,
    UID,
    multipart,
    pb,
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App
from eval_families24_kit import claims, head, rid
from eval_families37_kit import obj
from eval_families120_kit import (
    FIELD_AT,
    FO_HOME,
    FO_HOME_AT,
    FO_IBAN,
    HUSBAND,
    PTAL,
    VET,
    common,
    fo,
    scr,
    walk,
)
from eval_families120_sdk import rm_launch, tm_batch, tm_queue, wl_crash, wl_crumb
from eval_families120_svc import fn_eval, mf_reverse, ph_register
from eval_payloads import EMAIL, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("lembing", "Lembing", "com.example.lembing", "2.4.3", "https://api.lembing.example.org")
IID = "X-Lembing-Device"
HOLDING = "FO-EY-0418"  # the farm's holding number in the public register (a negative)
TAGS = ["FO0418-00114", "FO0418-00127", "FO0418-00131"]  # ewes' ear tags (animals: negatives)


def _h(rng: random.Random) -> dict:
    return head(APP, rng, iid=IID, how="nodash", auth="bearer")


def lembing() -> list[Case]:
    rng = random.Random(12011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), holding=HOLDING))}
    fla, flo = fo(FIELD_AT, 6)
    lab: dict[str, str] = {}
    reads = pb([(1, L(USER_ID, UID)), (2, "RDR-77-20914"),
                (3, [(1, L(62.206801, PRECISE)), (2, L(-6.750944, PRECISE))]),
                (4, TAGS[0]), (4, TAGS[1]), (5, 1773912345), (6, 88)], "", lab)
    out = [
        case(f, f"{a}/api/v2/session", fmt="form", headers=head(APP, rng, iid=IID, how="nodash"),
             body={"email": L(EMAIL, MAIL), "password": L("Gimbur-2291", CRED),
                   "remember": "true"}),
        case(f, f"{a}/api/v2/keepers/me", headers=head(APP, rng, iid=IID, how="nodash",
                                                        extra=jw)),
        case(f, f"{a}/api/v2/keepers/me", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL, MAIL),
            "address": {"line1": L(FO_HOME["line"], ADDR), "town": L(FO_HOME["town"], COARSE),
                        "postcode": L(FO_HOME["postcode"], COARSE)},
            "ptal": L(PTAL, NATID), "holding": HOLDING, "ewes": 40, "breed": "Føroyskur seyður"}),
        case(f, f"{a}/api/v2/flock", headers=_h(rng), query={"season": "2026",
                                                             "holding": HOLDING}),
        case(f, f"{a}/api/v2/lambings", fmt="msgpack", headers=_h(rng), body={
            "ewe": TAGS[0], "at": 1773911000, "assisted": False, "keeper": L(USER_ID, UID),
            "lambs": [{"tag": "FO0418-26001", "sex": "ewe", "kg": 4.1, "colour": "mórarut"},
                      {"tag": "FO0418-26002", "sex": "ram", "kg": 3.8, "colour": "svartur"}],
            "lat": fla, "lon": flo}),
        case(f, f"{a}/api/v2/lambings", headers=_h(rng), body={
            "ewe": TAGS[1], "assisted": True, "lambs": [{"tag": "FO0418-26003", "kg": 5.2}],
            "note": L("Stór lomb, hevði bakbein fram. Kallaði á Sjúrð at hjálpa.",
                      f"{TEXT}|{NAMEC}"),
            "position": {"lat": L(round(FIELD_AT[0] + 0.0011, 5), PRECISE),
                         "lon": L(round(FIELD_AT[1] - 0.0009, 5), PRECISE)}}),
        multipart(f, f"{a}/api/v2/lambings/photos", [
            ("photo", "lamb.jpg", "image/jpeg", L(JPEG + b"\x71", MEDIA)),
            ("meta", None, "application/json", {"ewe": TAGS[1], "taken": "2026-04-19T06:12",
                                                "lat": fla, "lon": flo})], headers=_h(rng)),
        case(f, f"{a}/api/v2/walks", gz=True, headers=_h(rng), body={
            "walk": obj(rng, "wk", 10), "fixes": walk(rng, 7), "ewesSeen": 31}),
        raw(f, f"{a}/api/v2/reader/reads", reads, "application/x-protobuf", lab, headers=_h(rng)),
        case(f, f"{a}/api/v2/weather", headers=_h(rng), query={
            "lat": L(f"{FIELD_AT[0]:.2f}", COARSE), "lon": L(f"{FIELD_AT[1]:.2f}", COARSE),
            "hours": "48"}),
        case(f, f"{a}/api/v2/vet/requests", headers=_h(rng), body={
            "practice": VET[0], "practicePhone": VET[1], "callback": L(PHONE, TEL),
            "ewe": TAGS[2], "text": L("Ewe 131 down after lambing, not eating, maybe twin "
                                      "lamb disease", TEXT), "urgent": True}),
        case(f, f"{a}/api/v2/subsidy/claims", headers=_h(rng), body={
            "scheme": "headage-2026", "ptal": L(PTAL, NATID), "holding": HOLDING,
            "ewes": 40, "lambsTagged": 61, "iban": L(FO_IBAN, PAY),
            "accountHolder": L(NAME, NAMEC), "claimRef": rid(rng)}),
        case(f, f"{a}/api/v2/shop/orders", headers=_h(rng), body={
            "items": [{"sku": "TAG-EID-20", "qty": 4}], "total": L("612.00", BUY),
            "currency": "DKK", "order": L("LB-44120", BUY), "deliverTo": {
                "name": L(NAME, NAMEC), "line1": L(FO_HOME["line"], ADDR),
                "postcode": L(FO_HOME["postcode"], COARSE), "town": L(FO_HOME["town"], COARSE)}}),
        case(f, f"{a}/api/v2/helpers", fmt="form", headers=_h(rng), body={
            "name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL), "role": "helper"}),
        case(f, f"{a}/api/v2/losses", headers=_h(rng), body={
            "lamb": "FO0418-26007", "cause": "raven", "found": "2026-04-22",
            "lat": L(round(FIELD_AT[0] + 0.0021, 4), PRECISE),
            "lon": L(round(FIELD_AT[1] + 0.0032, 4), PRECISE)}),
        case(f, f"{a}/api/v2/marks/Stýft-hægra", headers=_h(rng), query={"island": "Eysturoy"}),
        case(f, f"{a}/api/v2/contacts/match", headers=_h(rng), body={
            "me": L(PHONE_SHA256, TEL), "algo": "sha256", "client": rid(rng)}),
    ]
    return out + common(APP, rng, IID, [("lambing_saved", {"lambs": 2}), ("screen", scr("Ewes")),
                               ("walk_finished", {"fixes": 7})], "lb_sid", "api/v2/register",
               how="nodash")


def lembing_sdks() -> list[Case]:
    rng = random.Random(12012)
    return [
        tm_batch(APP, rng, [("Lambing Saved", {"lambs": 2}), ("Photo Added", {})],
                 at=FIELD_AT, nd=3),
        tm_queue(APP, rng, [("Walk Started", {}), ("Tag Read", {"count": 2}),
                            ("Walk Finished", {"fixes": 7})]),
        rm_launch(APP, rng, user=True),
        wl_crash(APP, rng, ("java.lang.NullPointerException", "reader not paired"),
                 [wl_crumb("navigation", "Ewes -> Reader"),
                  wl_crumb("log", "ble scan", {"found": 1})], screen="ReaderActivity"),
        fn_eval(APP, rng, {"holdingSize": 40, "island": L("Eysturoy", COARSE)}, hdr=True),
        ph_register(APP, rng, at=FO_HOME_AT, nd=2, tags={"season": "lambing"}),
        mf_reverse(APP, rng, FIELD_AT, PRECISE, nd=5),
        ph_register(APP, rng, user=False, tags={"offline": "1"}),
    ]
