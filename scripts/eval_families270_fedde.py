"""An association against descent-based slavery "Feddebaane" (a fictional rights association of
the Kayes and Guidimakha villages; its members' political stance and, for many, their social
origin are sensitive; she joins as an ally through her husband's family; its API's keys are
Soninke with loans: ``toxo`` first name, ``kabila_toxo`` surname, ``telefoni``, ``imeeli``,
``naysansi_kiye`` birth date, ``debe`` town, ``manbaru``/``manbaru_nimero`` member / member
number, ``seksiyon`` local section, ``sababu`` reason, ``kotizasiyon`` dues, ``jamaa`` meeting,
``marsi`` march, ``petisiyon``, ``seede`` testimony, ``awoka`` lawyer, ``nyiinye`` land,
``asli`` origin, ``woti`` vote, ``xibaare`` message/news, ``xaalisi`` amount, ``dingira`` place,
``foto``, ``kiye`` day, ``aparey`` device): joining, an SMS code, ``/ndi``, the member card by
number in the path, the yearly dues, the section's meetings and an RSVP, the march check-in with
her fix, a petition signed, a testimony about a neighbour refused land, a legal-aid request, a
march photo, a donation, the section board vote, news by cookie, a chat message, a volunteer form
(msgpack), a search, push, events and a log-out."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families270_kit import (
    KY_HOME,
    KY_HOME_AT,
    MEMBER,
    RALLY_AT,
    RALLY_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families270_sdk import jt_launch, jt_link, tk_batch, tk_identify, wc_session
from eval_families270_svc import (
    bc_message,
    km_route,
    sc_save,
    xl_card,
    xl_confirm,
    xp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("feddebaane", "Feddebaane", "com.example.feddebaane", "1.9.0",
          "https://api.feddebaane.example.org")
IID = "X-Fedde-Aparey"
SECTION = "Kayes - Legal Segou"
NEIGHBOUR = ("Moussa Camara", "+22379204418")  # a neighbour from Kremis (another person)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, fr=True, **kw)


def feddebaane() -> list[Case]:
    rng = random.Random(27041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, manbaru=L(MEMBER, UID), seksiyon=L(SECTION, SENS),
                                    imeeli=L(EMAIL, MAIL)))}
    rla, rlo = fix(RALLY_FIX, 4)
    meet = obj(rng, "jm")
    card = at_path(case(f, f"{a}/v2/manbaru/{MEMBER}/karti", headers=_h(rng, **b)), MEMBER, UID)
    return [
        case(f, f"{a}/v2/manbaru", headers=_h(rng), body={
            "toxo": L(FIRST, NAMEC), "kabila_toxo": L(LAST, NAMEC), "telefoni": L(E164, TEL),
            "imeeli": L(EMAIL, MAIL), "naysansi_kiye": L(DOB, BIRTH),
            "debe": L(KY_HOME["town"], COARSE), "seksiyon": L(SECTION, SENS),
            "manbaru_nimero": L(MEMBER, UID), "statut": L("allie", SENS),
            "sababu": L("My husband's family villages still keep the old ranks; I want them "
                        "gone", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/sere/kode", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "kode": L("917350", CRED)}),
        case(f, f"{a}/v2/ndi", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/v2/kotizasiyon", fmt="form", headers=_h(rng, **b), body={
            "manbaru": L(MEMBER, UID), "year": "2026", "xaalisi": L("6000", BUY),
            "devise": "XOF", "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/jamaa", headers=_h(rng, **b), query={
            "seksiyon": L(SECTION, SENS), "from": "2026-02-01"}),
        case(f, f"{a}/v2/jamaa/{meet}/rsvp", fmt="form", headers=_h(rng, **b), body={
            "manbaru": L(MEMBER, UID), "answer": "yes", "guests": "1"}),
        case(f, f"{a}/v2/marsi/check_in", headers=_h(rng, **b), body={
            "marsi": L("Marche pour l'egalite de l'etat civil", SENS),
            "dingira": {"lat": rla, "lon": rlo},
            "plasi": {"lat": RALLY_AT[0], "lon": RALLY_AT[1]}, "manbaru": L(MEMBER, UID)}),
        case(f, f"{a}/v2/petisiyon/pt_2026_07/sign", headers=_h(rng, **b), body={
            "toxo": L(f"{FIRST} {LAST}", NAMEC), "telefoni": L(E164, TEL),
            "debe": L("Kayes", COARSE), "petisiyon": L("end-descent-ranks-in-land-rules", SENS),
            "komanter": L("No child should be called a slave at school", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/seede", headers=_h(rng, **b), body={
            "manbaru": L(MEMBER, UID), "debe": L("Kremis", COARSE),
            "seede": L("Our neighbour Moussa Camara was refused his father's field in Kremis "
                       "because the elders say his family are slaves", f"{TEXT}|{SENS}|{NAMEC}"),
            "nyiinye": "field_kremis_north", "kiye": "2026-01-19"}),
        case(f, f"{a}/v2/awoka", fmt="form", headers=_h(rng, **b), body={
            "affaire": obj(rng, "af"), "toxo": L(NEIGHBOUR[0], NAMEC),
            "telefoni": L(NEIGHBOUR[1], TEL), "asli": L("komo (descendant)", SENS),
            "sababu": L("land", SENS)}),
        multipart(f, f"{a}/v2/foto", [
            ("foto", "marsi.jpg", "image/jpeg", L(JPEG + b"\x4a", MEDIA)),
            ("meta", None, "application/json", {
                "album": "marsi-2026-02",
                "caption": L("Women of Legal Segou at the march", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/donasiyon", fmt="form", headers=_h(rng, **b), body={
            "fund": L("legal-aid", SENS), "xaalisi": L("25000", BUY), "devise": "XOF",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v2/woti", headers=_h(rng, **b), body={
            "election": "bureau_kayes_2026", "manbaru": L(MEMBER, UID),
            "woti": L("cand_03", SENS)}),
        case(f, f"{a}/v2/xibaare/laban", headers=_h(rng, how="none"), cookies={
            "fb_sesiyon": L(opaque(rng, "", 40), CRED), "fb_aparey": L(INSTALL_ID, DID),
            "fb_req": rid(rng)}),
        case(f, f"{a}/v2/chat/{meet}", headers=_h(rng, **b), body={
            "xibaare": L("I will bring Kadia to the meeting on Saturday, she wants to join too",
                         f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v2/volonte", fmt="msgpack", headers=_h(rng, **b), body={
            "manbaru": L(MEMBER, UID), "skills": ["translation", "accounts"],
            "xanne": ["soninke", "fr", "en"], "kiyenu": ["sat"],
            "role": L("section volunteer", SENS)}),
        case(f, f"{a}/v2/fiiri", headers=_h(rng, **b), query={
            "q": L("loi esclavage par ascendance", SEARCH)}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body=push(push_token(rng), "fr_ML")),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "sere": L(USER_ID, UID), "events": [
                ev("petition_signed", 1), ev("screen", 2, screen=L("Marsi", USAGE))]}),
        case(f, f"{a}/v2/sere/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def feddebaane_sdks() -> list[Case]:
    rng = random.Random(27042)
    link = U("https://feddebaane.example.org/j", {"m": L(MEMBER, UID), "em": L(EMAIL, MAIL),
                                                  "src": "sms"})
    return [
        tk_batch(APP, rng, [("Petition Signed", {"petition": L("end-descent-ranks", SENS)}),
                            ("March Check In", {})], at=RALLY_FIX, nd=2, locale="fr_ML"),
        tk_identify(APP, rng, {"seksiyon": L(SECTION, SENS), "manbaru": L(MEMBER, UID),
                               "debe": L("Kayes", COARSE)}),
        jt_launch(APP, rng, first=True),
        jt_link(APP, rng, link),
        wc_session(APP, rng, secs=640),
        xp_register(APP, rng, lang="fr", tags={"seksiyon": L("kayes-legal-segou", SENS)}),
        sc_save(APP, rng, {"analytics": True, "marketing": False, "research": False}),
        xl_card(APP, rng),
        xl_confirm(APP, rng, "25000"),
        km_route(APP, rng, [(KY_HOME_AT, PRECISE), (RALLY_AT, None)], mode="walking"),
        bc_message(APP, rng, L("My membership card still shows last year's section",
                               f"{TEXT}|{SENS}"), {"manbaru": L(MEMBER, UID)}),
    ]
