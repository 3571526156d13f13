"""The village's unmanned health room app "Terveystupa" (``terveystupa``: health hut; a room in
Kengis the region keeps open with a blood-pressure cuff, scales, a glucose meter and a video
screen to the district nurse at the Pajala health centre 15 km away; the app books the room,
opens its door, takes the readings and runs the video call). Her own health data: her
hypertension, her migraine medicine, her thyroid. Its API's keys are Meänkieli, ASCII-folded,
all lower case without separators where a developer ran words together (``ovikoodi``,
``videopuhelu``) and snake_case elsewhere, with English ``token``, ``id``, ``email``:
``nimi``/``sukunimi``, ``mopiili`` mobile number, ``email``, ``henkilonumero`` personal number,
``syntymapaiva`` birth date, ``atressi`` address, ``kunta`` municipality, ``potilas`` patient,
``aika`` appointment, ``ovikoodi`` door code, ``mittaus`` measurement, ``verenpaine`` blood
pressure (``ylapaine``/``alapaine``), ``syke`` pulse, ``paino`` weight, ``sokeri`` glucose,
``laakkeet`` medicines, ``tauti``/``taudit`` illness, ``allergiat``, ``oireet`` symptoms,
``systeri`` nurse, ``toktori`` doctor, ``resepti`` prescription, ``apteekkiasiamies`` pharmacy
agent, ``lahiomainen`` next of kin, ``maksu`` fee, ``summa`` amount, ``viesti`` message,
``paikka``: sign-up with her personal number, an SMS code, ``/mie``, the health questionnaire
(gzip), the room's free times, a booking, the fee, the door opened with her fix (5 decimals), the
readings from the room's devices (JSON and protobuf), a home reading queue (msgpack), the video
call, her symptoms, a message to the nurse, a prescription renewal sent to the shop's pharmacy
agent, an ECG strip (PDF), her next of kin, the patient record by personal number in the path,
a lab referral, a visit summary by cookie, push and events. The grep found no health room,
virtual care room or self-measurement room (telehealth exists; this is a physical unmanned
room)."""

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
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families284_kit import (
    CENTRE,
    HEALTH_FIX,
    HEALTH_ROOM,
    HOME,
    HOME_AT,
    HUSBAND,
    NURSE,
    PNR,
    fix,
    hd,
    obj,
    push,
)
from eval_families284_sdk import jr_launch, kc_session, lp_batch, lp_queue
from eval_families284_svc import ck_check, fj_eval, ht_attach, mv_geocode, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("terveystupa", "Terveystupa", "com.example.terveystupa", "1.9.2",
          "https://api.terveystupa.example.net")
IID = "X-TT-Laite"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def terveystupa() -> list[Case]:
    rng = random.Random(28421)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), pnr=L(PNR, NID),
                                    vardcentral=CENTRE["id"]))}
    hla, hlo = fix(HEALTH_FIX, 5)
    lab: dict[str, str] = {}
    cuff = pb([(1, L(PNR, NID)), (2, HEALTH_ROOM["id"]), (3, 1770368400),
               (4, [(1, L(148, MED)), (2, L(94, MED)), (3, L(78, MED))]),
               (5, "cuff_fw_2.1.0")], "", lab)
    record = at_path(case(f, f"{a}/v1/potilaat/{PNR}/tiedot", headers=_h(rng, **b)), PNR, NID)
    return [
        case(f, f"{a}/v1/rekisterointi", headers=_h(rng), body={
            "nimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mopiili": L(E164, TEL), "henkilonumero": L(PNR, NID),
            "syntymapaiva": L(DOB, BIRTH), "atressi": L(HOME["line"], ADDR),
            "kunta": L(HOME["town"], COARSE), "kyla": L(HOME["village"], COARSE),
            "vardcentral": CENTRE["id"], "kieli": L("en", DEV)}),
        case(f, f"{a}/v1/tunnistus/sms", fmt="form", headers=_h(rng), body={
            "mopiili": L(E164, TEL), "koodi": L("518204", CRED)}),
        case(f, f"{a}/v1/mie", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kysely", gz=True, headers=_h(rng, **b), body={
            "potilas": L(PNR, NID), "taudit": [L("kohonnut verenpaine", MED),
                                               L("kilpirauhasen vajaatoiminta", MED)],
            "laakkeet": [L("enalapril 10 mg", MED), L("levotyroxin 75 mikrog", MED),
                         L("sumatriptan 50 mg tarvittaessa", MED)],
            "allergiat": [L("penisilliini", MED)], "tupakoi": L(False, MED),
            "raskaana": L(False, MED), "alkoholi": L("1-2 annosta viikossa", MED)}),
        case(f, f"{a}/v1/tupa/{HEALTH_ROOM['id']}/vapaat", headers=_h(rng, **b),
             query={"paiva": "2026-02-06"}),
        case(f, f"{a}/v1/ajat", headers=_h(rng, **b), body={
            "tupa": HEALTH_ROOM["id"], "alku": "2026-02-06T09:00", "kesto": 30,
            "syy": L("verenpaineen seuranta", MED), "systeri": "ns_pajala_04",
            "potilas": L(PNR, NID)}),
        case(f, f"{a}/v1/maksut", fmt="form", headers=_h(rng, **b), body={
            "aika": obj(rng, "aj"), "summa": L("200", BUY), "valuutta": "SEK",
            "kortti_4": L("4444", PAY), "maksutapa": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/ovi/avaa", headers=_h(rng, **b), body={
            "tupa": HEALTH_ROOM["id"], "ovikoodi": L("7391", CRED),
            "paikka": {"lat": hla, "lon": hlo, "tarkkuus": 6},
            "tuvan_paikka": {"lat": HEALTH_ROOM["lat"], "lon": HEALTH_ROOM["lon"]}}),
        raw(f, f"{a}/v1/mittaukset/mansetti", cuff, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/mittaukset", headers=_h(rng, **b), body={
            "potilas": L(PNR, NID), "laite": "vaaka_tt_kengis",
            "paino": L(71.4, MED), "pituus_cm": L(168, MED),
            "sokeri": L(5.6, MED), "happisaturaatio": L(98, MED), "mittaus_id": obj(rng, "mt")}),
        case(f, f"{a}/v1/mittaukset/koti", fmt="msgpack", headers=_h(rng, **b), body={
            "potilas": L(PNR, NID),
            "verenpaine": [{"ylapaine": L(152, MED), "alapaine": L(97, MED), "t": 1770195600},
                           {"ylapaine": L(139, MED), "alapaine": L(88, MED), "t": 1770282000}],
            "mittari": "bp_home_omega"}),
        case(f, f"{a}/v1/videopuhelu", headers=_h(rng, **b), body={
            "aika": obj(rng, "aj"), "huone": obj(rng, "vr"),
            "token": L(opaque(rng, "vp_", 36), CRED)}),
        case(f, f"{a}/v1/oireet", headers=_h(rng, **b), body={
            "oireet": [L("päänsärky aamuisin", MED), L("huimaus", MED)],
            "alkoi": "2026-01-28", "voimakkuus": L(6, MED)}),
        case(f, f"{a}/v1/viestit", headers=_h(rng, **b), body={
            "vastaanottaja": {"nimi": L(NURSE[0], NAMEC), "email": L(NURSE[1], MAIL)},
            "viesti": L("Verenpaine oli taas yli 150 aamulla, pitäiskö enalaprilia nostaa?",
                        f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/reseptit/uusinta", fmt="form", headers=_h(rng, **b), body={
            "resepti": L("sumatriptan 50 mg", MED), "maara": "12",
            "apteekkiasiamies": "ombud_kengis_puoti", "potilas": L(PNR, NID)}),
        multipart(f, f"{a}/v1/ekg", [
            ("ekg", "ekg_20260206.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("tiedot", None, "application/json", {"potilas": L(PNR, NID), "kanavat": 1,
                                                  "tulkinta": L("sinusrytmi", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lahiomainen", headers=_h(rng, **b), body={
            "nimi": L(HUSBAND[0], NAMEC), "mopiili": L(HUSBAND[1], TEL), "suhde": "puoliso",
            "saa_tietoja": True}),
        record,
        case(f, f"{a}/v1/labra/lahete", headers=_h(rng, **b), query={
            "potilas": L(PNR, NID), "kokeet": L("TSH,kreatiniini,kalium", MED)}),
        case(f, f"{a}/v1/kaynnit/yhteenveto", headers=_h(rng, how="none"), cookies={
            "tt_sessio": L(opaque(rng, "", 40), CRED), "tt_laite": L(INSTALL_ID, DID),
            "tt_req": rid(rng)}),
        case(f, f"{a}/v1/laitteet", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/tapahtumat", headers=_h(rng, **b), body={
            "kayttaja": L(USER_ID, UID), "sessio": rid(rng), "tapahtumat": [
                ev("ovi_avattu", 1), ev("naytto", 2, naytto=L("Mittaukset", USAGE))]}),
    ]


def terveystupa_sdks() -> list[Case]:
    rng = random.Random(28422)
    return [
        lp_batch(APP, rng, [("Room Booked", {"room": HEALTH_ROOM["id"]}),
                            ("Reading Saved", {"kind": L("blood_pressure", MED)})]),
        lp_queue(APP, rng, [("Home Reading", {"sys": L(152, MED)}),
                            ("Video Joined", {"secs": 840})]),
        jr_launch(APP, rng, first=True, user=True),
        kc_session(APP, rng, secs=1260),
        fj_eval(APP, rng, {"room": HEALTH_ROOM["id"], "program": L("hypertension", MED)},
                hdr=True),
        pr_register(APP, rng, tags={"room": HEALTH_ROOM["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        mv_geocode(APP, rng, "Kengis terveystupa", "behavior.search", near=HOME_AT, nd=2),
        ht_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "verenpaine_tammikuu.pdf",
                  "application/pdf"),
    ]
