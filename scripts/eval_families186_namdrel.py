"""A Losar hamper and cross-border parcel app "Namdrel" (McLeod Ganj to Kathmandu: she sends
the New Year box to Tenzin's mother in Boudha and a money gift to his brother). Keys are Tibetan
in the simplified phonetic spelling with English: ``gam`` / ``gam_ang`` parcel / consignment
number, ``tongkhen`` sender, ``lenkhen`` receiver, ``laktag`` gift, ``nangdon`` contents,
``dze`` item, ``gotral`` customs duty, ``rinthang`` value, ``jede`` tracking, ``khatag``
ceremonial scarf, ``khapse`` Losar biscuits, ``ngotro`` identity document, ``npr`` / ``inr``
the two currencies, ``samtsul`` review, ``karma`` stars, ``dreltug`` contacts, and the set's
common words (``ming``, ``lokthrin``, ``khapar``, ``sangtsig``, ``khajang``, ``drongkhyer``,
``gyalkhab``, ``pin``, ``sane``, ``ngul``, ``ngultro``, ``dom``, ``thrinyig``, ``yige``,
``tsol``, ``jungwa``): sign-up, an OAuth password grant, ``/nga``, the hamper catalogue, his
mother added as a receiver (her address, the drop pin), the parcel booked with a gift note, the
customs declaration (gzip; her passport), the UPI payment, a protobuf tracking subscription,
the parcel by number in the path, a video greeting, the drop-off at the counter with her fix, a
rupee-to-rupee money gift, a message to support naming his mother, a search, a photo of the
box, a review, the family found in her address book, the receipt by cookie GET, push, events
and a log-out. Remittance apps are common in earlier sets; this one is a seasonal gift and
parcel service with customs, the money gift only a side feature."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    MP4,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families186_kit import (
    AUNT,
    BROTHER_IL,
    CONSIGNMENT,
    COUNTER,
    DH_HOME,
    HUSBAND,
    KTM_HOME,
    KTM_PIN,
    MOTHER_IL,
    PASSPORT,
    SISTER_US,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families186_sdk import (
    bz_bid,
    cr_crash,
    cr_crumb,
    lt_event,
    lt_launch,
    ts_batch,
    ts_identify,
)
from eval_families186_svc import hk_attach, ms_geocode, ms_reverse, pn_card, pn_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("namdrel", "Namdrel", "com.example.namdrel", "4.0.3", "https://api.namdrel.example.com")
IID = "X-Namdrel-Device"
PW = "Losar*Boudha2153"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def namdrel() -> list[Case]:
    rng = random.Random(18651)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, lokthrin=L(EMAIL, MAIL), khapar=L(E164, TEL)))}
    cla, clo = fix((32.242027, 76.323131), 5)  # her phone at the counter
    lab: dict[str, str] = {}
    track = pb([(1, L(CONSIGNMENT, BUY)), (2, "subscribe"), (3, [(1, L(E164, TEL)), (2, 1)]),
                (4, "sms")], "", lab)
    where = at_path(case(f, f"{a}/v1/gam/{CONSIGNMENT}/jede", headers=_h(rng, **b)),
                    CONSIGNMENT, BUY)
    return [
        case(f, f"{a}/v1/thovkhod", headers=_h(rng), body={
            "ming": L(f"{FIRST} {LAST}", NAMEC), "lokthrin": L(EMAIL, MAIL),
            "khapar": L(E164, TEL), "sangtsig": L(PW, CRED),
            "khajang": L(DH_HOME["line"], ADDR), "drongkhyer": L(DH_HOME["town"], COARSE),
            "pin": L(DH_HOME["pin"], COARSE)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "namdrel-android"}),
        case(f, f"{a}/v1/nga", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/losar/laktag", headers=_h(rng, **b), query={
            "gyalkhab": "NP", "lo": "2153", "rig": "hamper"}),
        case(f, f"{a}/v1/lenkhen", headers=_h(rng, **b), body={
            "ming": L(MOTHER_IL[0], NAMEC), "khapar": L(MOTHER_IL[1], TEL),
            "khajang": L(KTM_HOME["line"], ADDR), "drongkhyer": L(KTM_HOME["town"], COARSE),
            "gyalkhab": L(KTM_HOME["country"], COARSE), "pin": L(KTM_HOME["post"], COARSE),
            "sane": {"lat": L(KTM_PIN[0], PRECISE), "lng": L(KTM_PIN[1], PRECISE)},
            "drel": "ama-la"}),
        case(f, f"{a}/v1/gam", headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY), "lenkhen": obj(rng, "rc"),
            "tongkhen": {"ming": L(f"{FIRST} {LAST}", NAMEC), "khapar": L(E164, TEL)},
            "nangdon": [{"dze": "khatag (white, 3)", "rinthang": 450},
                        {"dze": "khapse box 2 kg", "rinthang": 1200},
                        {"dze": "yak-wool shawl", "rinthang": 2400}],
            "dom": L(5350, BUY),
            "laktag_yige": L("Losar Tashi Delek Ama-la! From Jane, Tenzin and Pema", TEXT)}),
        case(f, f"{a}/v1/gotral", gz=True, headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY),
            "tongkhen_ngotro": {"rig": "passport", "ang": L(PASSPORT, NID)},
            "rinthang": L(4050, BUY), "gotral": L(610, BUY), "don": "gift"}),
        case(f, f"{a}/v1/ngultro", fmt="form", headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY), "ngul": L("5960.00", BUY), "upi": L(UPI, PAY)}),
        raw(f, f"{a}/v1/jede/sub", track, "application/x-protobuf", lab, headers=_h(rng, **b)),
        where,
        multipart(f, f"{a}/v1/gam/video", [
            ("video", "losar_greeting.mp4", "video/mp4", L(MP4 + b"\x00\x11", MEDIA)),
            ("meta", None, "application/json", {"gam_ang": L(CONSIGNMENT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sleb", headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY), "sane": {"lat": cla, "lng": clo},
            "counter": {"id": COUNTER["id"], "lat": COUNTER["lat"], "lng": COUNTER["lon"]}}),
        case(f, f"{a}/v1/ngul/tong", headers=_h(rng, **b), body={
            "lenkhen": {"ming": L(BROTHER_IL[0], NAMEC), "khapar": L(BROTHER_IL[1], TEL),
                        "lokthrin": L(BROTHER_IL[2], MAIL)},
            "npr": L(10000, BUY), "inr": L(6250, BUY), "upi": L(UPI, PAY),
            "yige": L("For Ama's Losar puja at the stupa", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/thrinyig", headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY),
            "yige": L("The box for Dolma Tsering in Boudha has shown 'held at customs' for four "
                      "days", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/tsol", headers=_h(rng, **b), query={
            "tsol": L("butter lamp tins delivery Kathmandu", SEARCH)}),
        multipart(f, f"{a}/v1/gam/par", [
            ("par", "box_packed.jpg", "image/jpeg", L(JPEG + b"\x62", MEDIA)),
            ("meta", None, "application/json", {"gam_ang": L(CONSIGNMENT, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/samtsul", fmt="form", headers=_h(rng, **b), body={
            "gam_ang": L(CONSIGNMENT, BUY), "karma": "4",
            "yige": L("Arrived in eight days, the khapse were broken", TEXT)}),
        case(f, f"{a}/v1/dreltug/tsol", headers=_h(rng, **b), body={
            "dreltug": [{"ming": L(HUSBAND[0], CONTACTS), "khapar": L(HUSBAND[1], CONTACTS)},
                        {"ming": L(AUNT[0], CONTACTS), "khapar": L(AUNT[1], CONTACTS)},
                        {"ming": L(SISTER_US[0], CONTACTS),
                         "khapar": L(SISTER_US[1], CONTACTS)}]}),
        case(f, f"{a}/v1/rtsis/latest", headers=_h(rng, how="none"), cookies={
            "nd_sess": L(opaque(rng, "", 40), CRED), "nd_dev": L(INSTALL_ID, DID),
            "nd_req": rid(rng)}),
        case(f, f"{a}/v1/yoche", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/jungwa", gz=True, headers=_h(rng, **b), body={
            "chokhen": L(USER_ID, UID), "jungwa": [
                ev("gam_booked", 1, dom=L(5350, BUY)),
                ev("nyenngo", 2, nyenngo=L("Jede", USAGE))]}),
        case(f, f"{a}/v1/thon", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "yoche": L(INSTALL_ID, DID)}),
    ]


def namdrel_sdks() -> list[Case]:
    rng = random.Random(18652)
    return [
        ts_batch(APP, rng, [("Parcel Booked", {"total": L(5350, BUY)}),
                            ("Customs Filed", {"dest": "NP"})]),
        ts_identify(APP, rng, {"drongkhyer": L("Dharamshala", COARSE), "senders": 1}),
        lt_launch(APP, rng, first=True),
        lt_event(APP, rng, "purchase", {"gam_ang": L(CONSIGNMENT, BUY)}, revenue=5960.0,
                 hashed=True),
        bz_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="losar,gifts,nepal"),
        cr_crash(APP, rng, ("java.io.IOException", "video upload reset"),
                 [cr_crumb("nav", "Gam -> Video"), cr_crumb("net", "POST",
                                                            {"status": 499})],
                 screen="GamVideoActivity"),
        pn_card(APP, rng, email=True),
        pn_confirm(APP, rng, "5960.00"),
        ms_reverse(APP, rng, KTM_PIN, PRECISE, nd=5),
        ms_geocode(APP, rng, "Phulbari Gali Boudha", f"{ADDR}|{SEARCH}", near=KTM_PIN, nd=3),
        hk_attach(APP, rng, L(JPEG + b"\x0c", MEDIA), "customs_slip.jpg", "image/jpeg"),
    ]


__all__ = ["namdrel", "namdrel_sdks"]
