"""A Kabyle cultural association's members' app "Tafat" (Tiddukla Tadelsant Tafat, Tizi Ouzou:
Kabyle evening classes, the Yennayer gala, a theatre troupe, a poetry evening, a library and a
petition for Tamazight at school; she learns Kabyle there and her husband is a member). Its
API's keys are Kabyle, ASCII-folded: ``isem_amezwaru`` first name, ``isem_aneggaru`` last name,
``imayl`` e-mail, ``tilifun`` phone, ``tasarut`` password (lit. "key"), ``azemz_n_tlalit`` birth
date, ``tansa`` address, ``tamdint`` town, ``aeggal`` member, ``takarda`` card, ``tamsirt``
lesson, ``aswis`` level, ``tutlayt_n_yemma`` mother tongue, ``tutlayin`` languages, ``azar``
origin (lit. "root"), ``tamagit`` identity, ``tameghra`` feast (the Yennayer gala), ``tikit``
ticket, ``amkan`` seat, ``amezgun`` theatre, ``tamedyazt`` poetry, ``asefru`` poem, ``tuttra``
petition (lit. "request"), ``azmul`` signature, ``tikci`` donation, ``tawlaft`` photo, ``aglam``
caption, ``adlis`` book, ``asekles`` recording, ``izen`` message, ``anadi`` search, ``ibenk``
device, ``tidyanin`` events: membership with her husband, an OAuth password grant, ``/amaghnu``,
a class enrolment, a recorded reading (M4A), homework (a text about herself), progress
(msgpack), gala tickets for the three of them, the gala check-in with her fix, a theatre rota by
member number in the path, a poem for the poetry evening, the petition, a donation, a photo with
a caption, a book loan, a search, a card link (base64 JSON in a form field), a message to the
secretary, a receipt by cookie, push and events. New kind: "cultural association" and "maison de
la culture" matched no docstring; "yennayer" only set 206's first-name helper, an Amazigh
association of another country with another purpose (names and birth registration)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families249_kit import (
    ASSOC,
    HALL_FIX,
    HUSBAND,
    MEMBER,
    SON,
    TO_HOME,
    TO_HOME_AT,
    fix,
    hd,
    obj,
    push,
)
from eval_families249_sdk import (
    as_batch,
    as_identify,
    bt_bid,
    bt_notice,
    cz_crash,
    cz_crumb,
    tu_launch,
)
from eval_families249_svc import ca_save, ha_message, mt_geocode, pl_register, pz_card, pz_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tafat", "Tafat", "com.example.tafat", "2.4.1", "https://api.tiddukla-tafat.example.org")
IID = "X-Tafat-Ibenk"
PW = "Yennayer2976!"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, kab=True, **kw)


def tafat() -> list[Case]:
    rng = random.Random(24921)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), aeggal=L(MEMBER, UID),
                                    tamsirt="kab_a2_tlt"))}
    gla, glo = fix(HALL_FIX, 4)
    rota = at_path(case(f, f"{a}/v1/iaeggalen/{MEMBER}/amezgun", headers=_h(rng, **b),
                        query={"aggur": "2026-02"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem_amezwaru": L(FIRST, NAMEC), "isem_aneggaru": L(LAST, NAMEC),
            "imayl": L(EMAIL_MIXED, MAIL), "tilifun": L(E164, TEL), "tasarut": L(PW, CRED),
            "azemz_n_tlalit": L(DOB, BIRTH), "tansa": L(TO_HOME["line"], ADDR),
            "tamdint": L(TO_HOME["town"], COARSE), "aeggal": L(MEMBER, UID),
            "amdakkel": {"isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL),
                         "azar": L("aqbayli", SENS),
                         "tutlayt_n_yemma": L("taqbaylit", SENS)},
            "tikci_n_useggas": L(1500, BUY)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "tafat-android"}),
        case(f, f"{a}/v1/amaghnu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/tamsirt/ajerred", headers=_h(rng, **b), body={
            "tamsirt": "kab_a2_tlt", "aswis": "A2", "ussan": ["tlt", "sem"],
            "aeggal": L(MEMBER, UID), "azal": L(3000, BUY)}),
        multipart(f, f"{a}/v1/tamsirt/asekles", [
            ("asekles", "taghuri_7.m4a", "audio/mp4", L(M4A + b"\x17", MEDIA)),
            ("meta", None, "application/json", {"tamsirt": "kab_a2_tlt", "adris": "tmc_07",
                                                "aeggal": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/tamsirt/anekcum", fmt="msgpack", headers=_h(rng, **b), body={
            "aeggal": L(MEMBER, UID), "timsirin": [
                {"id": "tms_05", "tagnit": 16, "yemmed": True},
                {"id": "tms_06", "tagnit": 18, "yemmed": True},
                {"id": "tms_07", "tagnit": None, "yemmed": False}],
            "amaynut": "2026-02-11T19:02:00+01:00"}),
        case(f, f"{a}/v1/tamsirt/axeddim", headers=_h(rng, **b), body={
            "tamsirt": "tms_07", "aeggal": L(MEMBER, UID),
            "adris": L("Nekk d Jane, zedɣeɣ di Tizi Wezzu. Argaz-iw d Idir, mmi d Aksil, "
                       "yesɛa sebɛa n yiseggasen.", f"{TEXT}|{COARSE}|{BIRTH}|{NAMEC}")}),
        case(f, f"{a}/v1/tameghra/tikit", headers=_h(rng, **b), body={
            "tameghra": "yennayer_2976", "azemz": "2026-01-12", "tikiyin": [
                {"isem": L(f"{FIRST} {LAST}", NAMEC), "amkan": "C12"},
                {"isem": L(HUSBAND[0], NAMEC), "amkan": "C13"},
                {"isem": L(f"{SON['first']} {SON['last']}", NAMEC), "amkan": "C14",
                 "leemer": L(7, BIRTH)}],
            "azal": L(2400, BUY), "uttun": L("YN-2976-00731", BUY)}),
        case(f, f"{a}/v1/tameghra/anekcum", headers=_h(rng, **b), body={
            "uttun": L("YN-2976-00731", BUY), "adeg": {"lat": gla, "lng": glo},
            "tazeqqa": {"lat": ASSOC["lat"], "lng": ASSOC["lon"]}, "tiwwura": "tawwurt_2"}),
        rota,
        case(f, f"{a}/v1/tamedyazt/asefru", headers=_h(rng, **b), body={
            "tameddit": "tmd_2026_03", "azwel": "Tizi n yidammen",
            "asefru": L("Seg Boston ɣer Tizi, tutlayt-iw d tamaynut, ul-iw yufa-d axxam", TEXT),
            "aeggal": L(MEMBER, UID)}),
        case(f, f"{a}/v1/tuttra/azmul", fmt="form", headers=_h(rng, **b), body={
            "tuttra": L("tamazight_deg_ughrbaz", SENS),
            "azmul": L(f"{FIRST} {LAST}", NAMEC),
            "tamagit": L("Ad teqqar tmaziɣt deg uɣerbaz n mmi am tutlayin nniḍen",
                         f"{TEXT}|{SENS}"),
            "tamdint": L(TO_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/tikci", fmt="form", headers=_h(rng, **b), body={
            "tikci": "asarag_n_tmeghra", "azal": L("2000", BUY), "tadrimt": "DZD",
            "axelles": L(opaque(rng, "pm_", 24), PAY), "isem_yettwaffren": "0"}),
        multipart(f, f"{a}/v1/tiwlafin", [
            ("tawlaft", "yennayer.jpg", "image/jpeg", L(JPEG + b"\x2c", MEDIA)),
            ("meta", None, "application/json", {
                "album": "yennayer_2976",
                "aglam": L("Aksil d Idir s llebsa taqbaylit deg tmeghra n Yennayer",
                           f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/adlis/amrastu", headers=_h(rng, **b), body={
            "adlis": "bk_0451", "azwel": "Tajerrumt n teqbaylit", "aeggal": L(MEMBER, UID),
            "ar": "2026-03-01"}),
        case(f, f"{a}/v1/anadi", headers=_h(rng, **b), query={
            "q": L("idlisen n tmacahut i warrac", SEARCH), "asebter": "1"}),
        case(f, f"{a}/v1/takarda/aqqen", fmt="form", headers=_h(rng, **b), body={
            "data": W({"aeggal": L(MEMBER, UID), "tilifun": L(E164, TEL),
                       "azemz_n_tlalit": L(DOB, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/izen", headers=_h(rng, **b), body={
            "i": "lkatib", "izen": L("Azul a Lynda, ur zmireɣ ara ad d-aseɣ i tmsirt n "
                                     "ssebt, mmi yuḍen", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tikci/taggarut", headers=_h(rng, how="none"), cookies={
            "tf_sesyu": L(opaque(rng, "", 40), CRED), "tf_ibenk": L(INSTALL_ID, DID),
            "tf_req": rid(rng)}),
        case(f, f"{a}/v1/ibenk", headers=_h(rng, **b), body=push(push_token(rng), "kab_DZ")),
        case(f, f"{a}/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("tikit_yettwaseg", 1, amdan=3),
                ev("agdil", 2, agdil=L("Tamsirt", USAGE)),
                ev("asekles", 3, tasragt=obj(rng, "rec"))]}),
    ]


def tafat_sdks() -> list[Case]:
    rng = random.Random(24922)
    return [
        as_batch(APP, rng, [("Tickets Bought", {"count": 3, "total": L(2400, BUY)}),
                            ("Lesson Recorded", {"lesson": 7})],
                 at=HALL_FIX, nd=3, locale="kab_DZ"),
        as_identify(APP, rng, {"tamdint": L("Tizi Ouzou", COARSE), "aeggal": L(MEMBER, UID),
                               "aswis": "A2"}),
        tu_launch(APP, rng, first=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HALL_FIX, nd=2,
               keywords="culture,music,theatre"),
        bt_notice(APP, rng, "win"),
        cz_crash(APP, rng, ("java.io.IOException", "recorder busy"),
                 [cz_crumb("nav", "Tamsirt -> Asekles"), cz_crumb("tap", "record")],
                 screen="AseklesActivity"),
        pl_register(APP, rng, lang="kab", at=TO_HOME_AT, nd=2,
                    tags={"tiddukla": ASSOC["id"], "tamsirt": "kab_a2"}),
        ca_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": True}),
        pz_card(APP, rng, email=True),
        pz_confirm(APP, rng, "2400.00"),
        mt_geocode(APP, rng, "Tiddukla Tadelsant Tafat", SEARCH, near=TO_HOME_AT, nd=3),
        ha_message(APP, rng, L("Tikiyin n Yennayer ur d-wwiḍent ara ɣer imayl-iw", TEXT),
                   {"aeggal": L(MEMBER, UID)}),
    ]
