"""A children's Bollywood dance studio's parent app "Dansi Pikin" (Zorg en Hoop, Paramaribo: Asha
(8) dances in its Saturday "Chhote Taare" class and rehearses for the year-end show). Its API's
keys are Sranan Tongo, ASCII-folded, with English ``email``, ``token``, ``id``, ``status`` and
Dutch loans a studio keeps (``rooster`` timetable, ``voorstelling`` show, ``kostuum``):
``nen`` name, ``fosi_nen`` / ``famiri_nen`` first name / surname, ``telefon`` phone,
``pasiwortu`` password, ``pikin`` child, ``mama`` mother, ``gebore_dei`` birth date, ``sekse`` sex
(``umapikin`` girl), ``ID_nomru`` ID number, ``leri`` lesson, ``leriman`` teacher, ``dansi``
dance, ``kon`` attendance, ``no_kon`` absence, ``siki`` illness, ``dresi`` medicine,
``allergie``, ``langa`` height, ``hebi`` weight, ``krosi`` costume, ``sidon_presi`` seats, ``tyari``
pick-up (lit. "carry"), ``presi`` place, ``prenki`` picture, ``boskopu`` message, ``suku``
search, ``moni`` amount, ``paiman`` payment, ``skrifi`` enrol. Calls: the parent's OAuth
password grant, ``/mi`` with a ``pikin`` claim, enrolling Asha, her timetable by pupil number in
the path, attendance, an absence (a cold), her health card (gzip), the monthly fee, costume
sizes, show tickets, a rehearsal video, photo consent, a pick-up authorisation for her
grandmother, the gate check-in, a message to the teacher, a makeup class slot, a search,
notices, the certificate (PDF), push and events with a session cookie. Dance schools in earlier
sets teach adults or music (87, 174, 189); a child's Bollywood class is new (a docstring grep for
"bollywood" matched nothing)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families256_kit import (
    DAUGHTER,
    HUSBAND,
    MOTHER_IL,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families256_sdk import bk_bid, ck_crash, ck_crumb, tk_launch, tt_batch, tt_identify
from eval_families256_svc import cb_save, cp_card, cp_confirm, fp_eval, hm_message, ps_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("dansipikin", "Dansi Pikin", "com.example.dansipikin", "2.2.1",
          "https://api.dansipikin.example.com")
IID = "X-DP-Device"
PW = "Asha2017!Dansi"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
PUP = DAUGHTER["pupil"]


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def dansipikin() -> list[Case]:
    rng = random.Random(25631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pikin=[L(PUP, UID)],
                                    rol="mama"))}
    sla, slo = fix(STUDIO_FIX, 5)
    rooster = at_path(case(f, f"{a}/v1/pikin/{PUP}/rooster", headers=_h(rng, **b),
                           query={"periode": "2026-Q1"}), PUP, UID)
    return [
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "client_id": "dansipikin-mama"}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/pikin/skrifi", headers=_h(rng, **b), body={
            "pikin": {"fosi_nen": L(DAUGHTER["first"], NAMEC),
                      "famiri_nen": L(DAUGHTER["last"], NAMEC),
                      "gebore_dei": L(DAUGHTER["dob"], BIRTH),
                      "sekse": L(DAUGHTER["sex"], GENDER), "ID_nomru": L(DAUGHTER["idn"], NID)},
            "klas": "chhote-taare-sat", "mama": {"nen": L(f"{FIRST} {LAST}", NAMEC),
                                                 "telefon": L("+15550100199", TEL)},
            "papa": {"nen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/pikin", headers=_h(rng, **b)),
        rooster,
        case(f, f"{a}/v1/kon", headers=_h(rng, **b), query={
            "pikin": L(PUP, UID), "mun": "2026-02"}),
        case(f, f"{a}/v1/no_kon", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "dei": "2026-02-07",
            "siki": L("verkoudheid", MED),
            "boskopu": L("Asha abi korsu nanga kofkofi, a no man kon dansi tide.",
                         f"{TEXT}|{MED}|{NAMEC}")}),
        case(f, f"{a}/v1/pikin/gezondheid", gz=True, headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "fosi_nen": L(DAUGHTER["first"], NAMEC),
            "famiri_nen": L(DAUGHTER["last"], NAMEC), "gebore_dei": L(DAUGHTER["dob"], BIRTH),
            "allergie": [L("pinda", MED)], "astma": L(True, MED),
            "dresi": [L("salbutamol puffer", MED)],
            "datra": L("huisarts Dr. S. Ramsaran", NAMEC),
            "nowtu_kontakt": {"nen": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/paiman", fmt="form", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "mun": "2026-03", "moni": L("350.00", BUY),
            "valuta": "SRD", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/kostuum/maten", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "langa_cm": L(128, FIT), "hebi_kg": L(25, FIT),
            "taille_cm": L(54, FIT), "kostuum": "lehenga-roze", "moni": L(420, BUY)}),
        case(f, f"{a}/v1/voorstelling/sidon_presi", headers=_h(rng, **b), body={
            "voorstelling": "vs_2026_06", "sidon_presi": ["C12", "C13", "C14"],
            "moni": L(225, BUY), "nen": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                                         L(MOTHER_IL[0], NAMEC)]}),
        multipart(f, f"{a}/v1/leri/video", [
            ("video", "asha_oefen.mp4", "video/mp4", L(MP4 + b"\x07", MEDIA)),
            ("meta", None, "application/json", {
                "pikin": L(PUP, UID), "leri": obj(rng, "lr"),
                "boskopu": L("Asha e oefen a dansi fu 'Ghoomar' na oso", f"{TEXT}|{NAMEC}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/prenki/toestemming", fmt="form", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "website": "no", "groepsapp": "yes"}),
        case(f, f"{a}/v1/tyari/toestemming", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID),
            "sma": {"nen": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                    "famiri": "oma"}, "dei": ["sat"], "fu": "2026-03-01", "te": "2026-03-31"}),
        case(f, f"{a}/v1/poort/doro", headers=_h(rng, **b), body={
            "pikin": L(PUP, UID), "presi": {"lat": sla, "lng": slo},
            "poort": {"id": "pt_main", "lat": STUDIO["lat"], "lng": STUDIO["lon"]},
            "sortu": "tyari"}),
        case(f, f"{a}/v1/boskopu", headers=_h(rng, **b), body={
            "draad": obj(rng, "dr"), "gi": "lrm_priya",
            "boskopu": L("Juf Priya, Asha no sabi a tweede stuk fu a dansi ete, yu kan sori "
                         "en baka?", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/inhaal", fmt="form", headers=_h(rng, **b), body={
            "slot": obj(rng, "sl"), "pikin": L(PUP, UID)}),
        case(f, f"{a}/v1/suku", headers=_h(rng, **b), query={
            "suku": L("kostuum lehenga kinder maat 128", SEARCH)}),
        case(f, f"{a}/v1/berichten", headers=_h(rng, **b), query={
            "studio": STUDIO["id"], "klas": "chhote-taare-sat", "sensi": "2026-01-01"}),
        multipart(f, f"{a}/v1/diploma/ontvangen", [
            ("diploma", "asha_level1.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"pikin": L(PUP, UID),
                                                "ondroskrifi": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/masyin", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/den_sani", headers=_h(rng, how="none"), cookies={
            "dp_sid": L(opaque(rng, "", 40), CRED), "dp_dev": L(INSTALL_ID, DID)}, body={
            "user": L(USER_ID, UID), "den_sani": [
                ev("rooster_open", 1), ev("skrin", 2, skrin=L("Voorstelling", USAGE))]}),
    ]


def dansipikin_sdks() -> list[Case]:
    rng = random.Random(25632)
    return [
        tt_batch(APP, rng, [("Timetable Opened", {"term": 1}),
                            ("Fee Paid", {"amount": L(350, BUY)})]),
        tt_identify(APP, rng, {"role": "parent", "children": 1,
                               "city": L("Paramaribo", COARSE)}),
        tk_launch(APP, rng),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="kids,dance,costume"),
        ck_crash(APP, rng, ("java.lang.NullPointerException", "rooster row"),
                 [ck_crumb("nav", "Pikin -> Rooster")], screen="RoosterActivity"),
        fp_eval(APP, rng, {"studio": STUDIO["id"], "children": 1}),
        ps_register(APP, rng, tags={"studio": STUDIO["id"], "klas": "chhote-taare-sat"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False, "personalisation": False}),
        cp_card(APP, rng),
        cp_confirm(APP, rng, "350.00"),
        hm_message(APP, rng, L(f"A paiman fu {KID} e sori leki a no pai ete",
                               f"{TEXT}|{NAMEC}"), {"pikin": L(PUP, UID)}),
    ]
