"""Talking-book library app "Heddo Deftere" (``heddo deftere``: listen to a book; a Garoua
library for blind and partially sighted readers lends audio players and mails recorded books on
memory cards; she registered her mother-in-law Dada Adamou, blind from glaucoma, as a reader and
herself as a volunteer narrator; its API's keys are Adamawa Fulfulde in ASCII with French loans:
``innde`` name, ``yettoore`` surname, ``tilifon`` phone, ``sirri_konte`` password,
``jokkondiral`` relation (``esiraawo`` in-law), ``janngoowo`` reader, ``nyalnde_jibineede``
birth date, ``hoddaare`` address, ``saare`` town, ``bumdo`` blind, ``sabu_bumnde`` cause of
blindness, ``kartal_handikap`` disability card, ``defte`` books, ``naamnal`` request,
``neldugol`` mailing, ``hedagol`` listening, ``sawtu`` voice recording, ``ballal`` donation,
``ceede`` amount, ``coggu`` fee, ``nulal`` message, ``binndi`` text, ``dabbitol`` search,
``yillaare`` home visit, ``kewuuji`` events): the carer's sign-up, log-in, ``/am``, the reader
registered (her blindness, its cause, her disability card), the catalogue, a request for a
Fulfulde Qur'an commentary, the card mailed to Garoua, the reader's books by reader number in the
path, listening progress (gzip), a protobuf relay of the player's status, her own narration
uploaded (M4A) and her volunteer registration, a donation, a message to the librarian, a search,
a home visit to teach the player (her mother-in-law's pin), the membership renewal, receipts by
cookie, push and events. Set 208's low-vision aids are a clinic's for children with albinism;
no earlier set has a talking-book library ("talking book", "braille" matched no docstring)."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import multipart, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families243_kit import (
    CM_LINE,
    LIBRARY,
    MIL_CARD,
    MIL_DOB,
    MIL_HOME,
    MOTHER_IL,
    PLAYER,
    READER,
    VOLUNTEER,
    hd,
    obj,
    push,
)
from eval_families243_sdk import cm_session, mn_batch, mn_identify, tw_launch
from eval_families243_svc import (
    ck_save,
    cp_card,
    cp_confirm,
    fs_eval,
    hj_attach,
    ml_geocode,
    pn_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("heddo", "Heddo Deftere", "com.example.heddodeftere", "2.0.3",
          "https://api.heddodeftere.example.org")
IID = "X-Heddo-Device"
PW = "Inna*Dada1956"
NID = "personal.national_id"
MIL_AT = (9.312804, 13.401377)  # her mother-in-law's house, pinned by her (location.precise)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def heddo() -> list[Case]:
    rng = random.Random(24361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), janngoobe=[L(READER, UID)]))}
    lab: dict[str, str] = {}
    relay = pb([(1, PLAYER), (2, L(READER, UID)), (3, 64), (4, "bk_tafsir_ff_02"),
                (5, 3721), (6, L(58, DEV))], "", lab)
    books = at_path(case(f, f"{a}/v1/janngoobe/{READER}/defte", headers=_h(rng, **b)),
                    READER, UID)
    return [
        case(f, f"{a}/v1/konte", headers=_h(rng), body={
            "innde": L(FIRST, NAMEC), "yettoore": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "tilifon": L(E164, TEL), "sirri_konte": L(PW, CRED), "jokkondiral": "esiraawo"}),
        case(f, f"{a}/v1/naatgol", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sirri_konte": L(PW, CRED)}),
        case(f, f"{a}/v1/am", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/janngoobe", headers=_h(rng, **b), body={
            "innde": L(MOTHER_IL[0], NAMEC), "nyalnde_jibineede": L(MIL_DOB, BIRTH),
            "tilifon": L(MOTHER_IL[1], TEL), "hoddaare": L(MIL_HOME["line"], ADDR),
            "saare": L(MIL_HOME["town"], COARSE), "bumdo": L(True, f"{SENS}|{MED}"),
            "sabu_bumnde": L("glaucome", MED), "kartal_handikap": L(MIL_CARD, f"{NID}|{SENS}"),
            "janngoowo": L(READER, UID), "demngal_hedagol": "ff"}),
        case(f, f"{a}/v1/katalog", headers=_h(rng, **b), query={
            "demngal": "ff", "nder": "hikaaye", "page": "2"}),
        case(f, f"{a}/v1/naamnal", headers=_h(rng, **b), body={
            "janngoowo": L(READER, UID), "defte": ["bk_tafsir_ff_01", "bk_tafsir_ff_02"],
            "binndi": L("Inna yidi hedaade Tafsir Kuraana e Fulfulde hade Ramadan", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/neldugol", headers=_h(rng, **b), body={
            "innde": L(MOTHER_IL[0], NAMEC), "hoddaare": L(MIL_HOME["line"], ADDR),
            "saare": L(MIL_HOME["town"], COARSE), "tilifon": L(MOTHER_IL[1], TEL),
            "player": PLAYER, "kart": "sd_0419", "neldugol": obj(rng, "nl")}),
        books,
        case(f, f"{a}/v1/hedagol", gz=True, headers=_h(rng, **b), body={
            "janngoowo": L(READER, UID), "hedagol": [
                {"deftere": "bk_tafsir_ff_01", "minit_hedii": L(212, USAGE)},
                {"deftere": "bk_hikaaye_07", "minit_hedii": L(48, USAGE)}]}),
        raw(f, f"{a}/v1/player/relay", relay, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/sawtu", [
            ("sawtu", "chap03_en.m4a", "audio/mp4", L(M4A + b"\x33", MEDIA)),
            ("meta", None, "application/json", {"volonteer": L(VOLUNTEER, UID),
                                                "deftere": "bk_en_reader_11", "chap": 3})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/volonteer", headers=_h(rng, **b), body={
            "volonteer": L(VOLUNTEER, UID), "innde": L(f"{FIRST} {LAST}", NAMEC),
            "tilifon": L(CM_LINE, TEL), "demngal": "en,fr", "waktu": "sabbito jemma"}),
        case(f, f"{a}/v1/ballal", fmt="form", headers=_h(rng, **b), body={
            "ceede": L("10000", BUY), "moneyaa": "XAF", "metod": L(opaque(rng, "pm_", 24), PAY),
            "limre_momo": L(CM_LINE, TEL)}),
        case(f, f"{a}/v1/nulal", headers=_h(rng, **b), body={
            "to": LIBRARY["id"],
            "binndi": L("Player Inna ina hokka sawtu seeda, batri ina gasa law", TEXT)}),
        case(f, f"{a}/v1/dabbitol", headers=_h(rng, **b), query={
            "q": L("hikaaye Fulbe mawbe", SEARCH)}),
        case(f, f"{a}/v1/yillaare", headers=_h(rng, **b), body={
            "janngoowo": L(READER, UID), "hoddaare": L(MIL_HOME["line"], ADDR),
            "lat": L(round(MIL_AT[0], 5), PRECISE), "lng": L(round(MIL_AT[1], 5), PRECISE),
            "nyalnde": "2026-02-07", "sabu": "jannginde player",
            "bibliothek": {"lat": LIBRARY["lat"], "lng": LIBRARY["lon"],
                           "tilifon": LIBRARY["phone"]}}),
        case(f, f"{a}/v1/hesdintinde", fmt="form", headers=_h(rng, **b), body={
            "janngoowo": L(READER, UID), "coggu": L("2000", BUY), "hitaande": "2026"}),
        case(f, f"{a}/v1/resu", headers=_h(rng, how="none"), cookies={
            "hd_sesiyo": L(opaque(rng, "", 40), CRED), "hd_device": L(INSTALL_ID, DID),
            "hd_req": rid(rng)}),
        case(f, f"{a}/v1/device", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/kewuuji", headers=_h(rng, **b), body={
            "jom_konte": L(USER_ID, UID), "kewuuji": [
                ev("naamnal_neldaama", 1), ev("yiyde", 2, yiyde=L("Katalog", USAGE))]}),
    ]


def heddo_sdks() -> list[Case]:
    rng = random.Random(24362)
    return [
        mn_batch(APP, rng, [("Books Requested", {"count": 2}),
                            ("Narration Uploaded", {"chapter": 3})]),
        mn_identify(APP, rng, {"reader": L(READER, UID), "saare": L("Garoua", COARSE)}),
        tw_launch(APP, rng, user=True),
        cm_session(APP, rng, secs=266),
        fs_eval(APP, rng, {"library": LIBRARY["id"], "volunteer": True}),
        pn_register(APP, rng, tags={"bibliothek": LIBRARY["id"]}),
        ck_save(APP, rng, {"analytics": False, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "10000"),
        ml_geocode(APP, rng, "Roumde Adjia Garoua", SEARCH),
        hj_attach(APP, rng, L(M4A + b"\x34", MEDIA), "chap03_retake.m4a", "audio/mp4"),
    ]
