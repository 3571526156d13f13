"""Study-grant and student-residence app "Ako Mamao" (``ako`` study, ``mamao`` far: the
territory's grant office for students leaving Wallis for university in Noumea; her son Mikaele,
18, starts law there): its API's keys are Wallisian without the glottal stop (``kole`` application,
``tamasii_ako`` student, ``higoa`` / ``higoa_famili``, ``meli``, ``telefoni``, ``kupu_fufu``,
``aho_fanau``, ``numelo_secu``, ``faila`` file, ``tohi`` document, ``kaiga`` household,
``fale_nofo`` residence, ``vakalele`` flight (lit. "flying boat"), ``tauhi`` local guarantor,
``nofoaga`` address, ``kolo`` town / village, ``fakatonutonu`` special needs, ``paaga`` amount,
``totogi`` payment, ``fua_ako`` grades, ``kumi`` search, ``fakamooni`` signature, ``talanoa``
message, ``tuulaga`` status): the application for her son, a log-in, ``/au``, his
baccalaureate certificate and the household's tax notice (PDFs), the household, a residence room
(his asthma), its deposit, the flight entitlement, his aunt in Noumea as guarantor, the grant's
payout account (his Noumea IBAN), the file by number in the path and by query, the first
semester's grades (gzip), a draft (msgpack), a signed declaration, a search, a message, letters
by cookie, push, events and a log-out. Boarding-school apps with exeats exist (sets 130/132);
this is a means-tested university grant with a student residence abroad."""

from __future__ import annotations

import random
from typing import Any

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families185_kit import (
    DAUGHTER,
    GRANT_FILE,
    HUSBAND,
    MOTHER_IL,
    NC_ACCOUNT,
    NIR_ME,
    RESIDENCE_HALL,
    SISTER_IL,
    SON,
    hd,
    obj,
    push,
)
from eval_families185_sdk import (
    bf_bid,
    cd_session,
    mc_batch,
    mc_identify,
    mc_queue,
    tn_event,
    tn_launch,
    tn_link,
)
from eval_families185_svc import cl_wallet, hs_message, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("akomamao", "Ako Mamao", "com.example.akomamao", "2.4.1",
          "https://api.akomamao.example.org")
IID = "X-Ako-Install"
PW = "Mikaele@Unc2026"
NID = "personal.national_id"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(42))
SONN = f"{SON['first']} {SON['last']}"
SON_MAIL = "mikaele.tialetagi@example.com"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, wls=True, **kw)


def akomamao() -> list[Case]:
    rng = random.Random(18521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, meli=L(EMAIL, MAIL), faila=L(GRANT_FILE, UID)))}
    fil = at_path(case(f, f"{a}/api/faila/{GRANT_FILE}", headers=_h(rng, **b)), GRANT_FILE, UID)
    return [
        case(f, f"{a}/api/kole", headers=_h(rng), body={
            "matua": {"higoa": L(FIRST, NAMEC), "higoa_famili": L(LAST, NAMEC),
                      "meli": L(EMAIL, MAIL), "telefoni": L(E164, TEL),
                      "kupu_fufu": L(PW, CRED), "numelo_secu": L(NIR_ME, NID)},
            "tamasii_ako": {"higoa": L(SON["first"], NAMEC), "higoa_famili": L(SON["last"], NAMEC),
                            "aho_fanau": L(SON["dob"], BIRTH), "numelo_secu": L(SON["nir"], NID),
                            "telefoni": L(SON["phone"], TEL), "meli": L(SON_MAIL, MAIL)},
            "fale_ako": "unc", "ako": "Licence 1 Droit", "tau": "2026"}),
        case(f, f"{a}/api/hu", fmt="form", headers=_h(rng), body={
            "meli": L(EMAIL, MAIL), "kupu_fufu": L(PW, CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/au", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/api/tohi", [
            ("tohi", "releve_bac_mikaele.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"faila": L(GRANT_FILE, UID), "kind": "bac"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/tohi", [
            ("tohi", "avis_ressources_2025.pdf", "application/pdf", L(PDF + b"\x02", MEDIA)),
            ("meta", None, "application/json", {"faila": L(GRANT_FILE, UID),
                                                "kind": "ressources", "kaiga_tokolahi": 5})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kaiga", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "paaga_tau": 3850000, "kaiga": [
                {"higoa": L(HUSBAND[0], NAMEC), "numelo_secu": L(HUSBAND[2], NID),
                 "gaue": "fisherman"},
                {"higoa": L(f"{DAUGHTER['first']} {DAUGHTER['last']}", NAMEC),
                 "aho_fanau": L(DAUGHTER["dob"], BIRTH)},
                {"higoa": L(MOTHER_IL["name"], NAMEC), "aho_fanau": L(MOTHER_IL["dob"], BIRTH)}]}),
        case(f, f"{a}/api/fale_nofo", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "fale": RESIDENCE_HALL["id"], "potu": "single",
            "fakatonutonu": L("asthma: no carpet, ground floor if possible", f"{TEXT}|{MED}"),
            "kamata": "2026-02-16"}),
        case(f, f"{a}/api/fale_nofo/totogi", fmt="form", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "paaga": L("38000", BUY), "valuta": "XPF",
            "metodi": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/vakalele", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "tagata": L(SONN, NAMEC),
            "aho_fanau": L(SON["dob"], BIRTH), "mai": "WLS", "ki": "NOU",
            "aho": "2026-02-12", "totogi": L(68400, BUY), "pasese": obj(rng, "pnr", 6)}),
        case(f, f"{a}/api/tauhi", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "higoa": L(SISTER_IL["name"], NAMEC),
            "telefoni": L(SISTER_IL["phone"], TEL), "meli": L(SISTER_IL["email"], MAIL),
            "nofoaga": L(SISTER_IL["line"], ADDR), "kolo": L(SISTER_IL["town"], COARSE),
            "post": L(SISTER_IL["post"], COARSE), "kaiga": "mehekitaga"}),
        case(f, f"{a}/api/iban", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "iban": L(NC_ACCOUNT, PAY),
            "higoa": L(SONN, NAMEC), "pagika": "Example Bank NC"}),
        fil,
        case(f, f"{a}/api/tuulaga", headers=_h(rng, **b), query={
            "faila": L(GRANT_FILE, UID), "lea": L("fr", DEV)}),
        case(f, f"{a}/api/fua_ako", gz=True, headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "numelo_ako": L(SON["student"], UID),
            "semester": "S1", "fua": [{"ue": "Droit civil", "note": 12.5},
                                      {"ue": "Droit constitutionnel", "note": 11.0}]}),
        case(f, f"{a}/api/draft", fmt="msgpack", headers=_h(rng, **b), body={
            "faila": L(GRANT_FILE, UID), "step": 4,
            "fakamatala": L("Mikaele will share the flat costs with his cousin", TEXT)}),
        multipart(f, f"{a}/api/fakamooni", [
            ("fakamooni", "sign.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("meta", None, "application/json", {"faila": L(GRANT_FILE, UID),
                                                "higoa": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/kumi", headers=_h(rng, **b), query={
            "kumi": L("bourse logement Nouville loyer", SEARCH)}),
        case(f, f"{a}/api/talanoa", headers=_h(rng, **b), body={
            "ki": "bureau_bourses",
            "talanoa": L(f"Malo, the flight for {SONN} on 12 February is not on the file yet",
                         f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/tohi/fakaiku", headers=_h(rng, how="none"), cookies={
            "am_sess": L(opaque(rng, "", 40), CRED),
            "am_prefs": W({"faila": L(GRANT_FILE, UID), "lea": L("fr", DEV)}, "b64json")}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_WF")),
        case(f, f"{a}/api/fakamatala", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kole_sent", 1), ev("screen", 2, screen=L("Faila", USAGE))]}),
        case(f, f"{a}/api/hu_ki_tua", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def akomamao_sdks() -> list[Case]:
    rng = random.Random(18522)
    link = U("https://akomamao.example.org/f", {"faila": L(GRANT_FILE, UID), "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        mc_batch(APP, rng, [("Application Sent", {"step": 6}),
                            ("Deposit Paid", {"amount": L(38000, BUY)})], locale="fr_WF"),
        mc_identify(APP, rng, {"kolo": L("Ahoa", COARSE), "faila": L(GRANT_FILE, UID),
                               "children_students": 1}),
        mc_queue(APP, rng, [("Draft Saved", {"step": 4}), ("Document Added", {"kind": "bac"})]),
        tn_launch(APP, rng, first=True),
        tn_link(APP, rng, link),
        tn_event(APP, rng, "application", {"faila": L(GRANT_FILE, UID)}, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="university,noumea,housing"),
        cd_session(APP, rng, secs=1324),
        cl_wallet(APP, rng, "20000", L(SON["phone"], TEL)),
        mm_geocode(APP, rng, "Cite universitaire de Nouville", "behavior.search"),
        hs_message(APP, rng, L(f"Residence deposit for file {GRANT_FILE} paid twice",
                               f"{TEXT}|{UID}"), {"faila": L(GRANT_FILE, UID)}),
        hs_message(APP, rng, L("Can I upload a photo of the lease instead of the PDF?", TEXT),
                   {"faila": L(GRANT_FILE, UID), "topic": "lease"}),
    ]
