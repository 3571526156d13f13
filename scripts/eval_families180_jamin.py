"""Land-mutation filing app "Bhumisathi" (a private facilitator that files the family's
dakhil-kharij, the mutation of the land record after a death, at the Dighwara circle office in
Saran, Bihar: her late father-in-law's plot in Sitalpur passes to his widow and sons; she files as
the family's agent). Its API's keys are Bhojpuri in Latin letters: ``naanv``/``titil`` name and
surname, ``imel``, ``mobail``, ``kunji`` password, ``aadhar``, ``pan``, ``pata`` address,
``shahar`` city, ``pin`` PIN code, ``aavedak`` applicant, ``pita_ke_naanv`` father's name,
``jaati`` caste, ``pratinidhi`` agent, ``sambandh`` relation (``patohu`` daughter-in-law),
``jamin`` land, ``jila`` district, ``anchal`` circle, ``mauja`` revenue village, ``khata``
account (of the land record), ``khesra`` plot number, ``rakba`` area, ``mamla`` case,
``dastavej`` documents, ``mrityu_praman`` death certificate, ``mritak`` the deceased, ``waris``
heirs, ``shapath`` affidavit, ``hastakshar`` signature, ``naapi`` measurement by the amin,
``kona`` corners, ``seema`` boundary, ``haziri`` presence, ``lagan`` land revenue, ``sthiti``
status, ``vakil`` lawyer, ``samasya`` problem): an account, an OTP, ``/hamaar``, the mutation
application (gzip: the applicant's caste), the death certificate, the heirs, an e-signed
affidavit, the amin's measurement booked, the plot's boundary, her presence on the plot, a
protobuf beat, a plot photo, the land-revenue payment and its receipt by number in the path, the
case status by number in the path, the record of rights, a message, a search, a lawyer, notices by
cookie, push and events. Set 159's co-heirs' land app holds a joint-ownership file (shares, votes,
a notary); Bhumisathi files a state land-record mutation and pays the land revenue."""

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
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families180_kit import (
    AADHAAR,
    CASE,
    CIRCLE,
    DEWAR,
    HOME,
    HUSBAND,
    PAN,
    PLOT,
    PLOT_AT,
    PLOT_FIX,
    SAAS,
    SASUR,
    UPI,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families180_sdk import gl_batch, gl_pixel, tc_event, tc_launch
from eval_families180_svc import cg_check, ck_upi, fs_eval, hp_attach, mg_reverse, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("bhumisathi", "Bhumisathi", "com.example.bhumisathi", "1.9.4",
          "https://api.bhumisathi.example.net")
IID = "X-Bhumi-Yantar"
PW = "Sitalpur@Saran25"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def bhumisathi() -> list[Case]:
    rng = random.Random(18021)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), mamla=L(CASE, UID)))}
    pla, plo = fix(PLOT_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(CASE, UID)), (2, [(1, L(PLOT_FIX[0], PRECISE)),
                                       (2, L(PLOT_FIX[1], PRECISE)), (3, 6.0)]),
               (3, 1764547200), (4, L(48, DEV))], "", lab)
    lrec = "LG-25-300871"
    lagan = at_path(case(f, f"{a}/v2/lagan/rasid/{lrec}", headers=_h(rng, **b)), lrec, BUY)
    sthiti = at_path(case(f, f"{a}/v2/mamla/{CASE}/sthiti", headers=_h(rng, **b)), CASE, UID)
    vill = L(VILLAGE["gaanv"], COARSE)
    return [
        case(f, f"{a}/v2/khata/banai", headers=_h(rng), body={
            "naanv": L(FIRST, NAMEC), "titil": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "kunji": L(PW, CRED), "aadhar": L(AADHAAR, NID),
            "pan": L(PAN, NID), "pata": L(HOME["line"], ADDR), "shahar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE)}),
        case(f, f"{a}/v2/otp/jaanch", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("305718", CRED)}),
        case(f, f"{a}/v2/hamaar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/dakhil_kharij/aavedan", gz=True, headers=_h(rng, **b), body={
            "aavedak": {"naanv": L(HUSBAND["name"], NAMEC),
                        "pita_ke_naanv": L(SASUR["name"], NAMEC),
                        "aadhar": L(HUSBAND["aadhaar"], NID), "jaati": L("Brahman", SENS),
                        "mobail": L(HUSBAND["phone"], TEL)},
            "pratinidhi": {"naanv": L(f"{FIRST} {LAST}", NAMEC), "sambandh": "patohu",
                           "mobail": L(E164, TEL)},
            "jamin": {"jila": L(VILLAGE["jila"], COARSE), "anchal": L(VILLAGE["block"], COARSE),
                      "mauja": vill, "khata": PLOT["khata"], "khesra": PLOT["khesra"],
                      "thana_no": PLOT["thana"], "rakba": PLOT["rakba"]},
            "karan": "uttaradhikar", "mamla": L(CASE, UID)}),
        multipart(f, f"{a}/v2/dastavej", [
            ("mrityu_praman", "mrityu_praman.pdf", "application/pdf", L(PDF, MEDIA)),
            ("jankari", None, "application/json", {
                "mamla": L(CASE, UID), "mritak": {"naanv": L(SASUR["name"], NAMEC),
                                                  "aadhar": L(SASUR["aadhaar"], NID),
                                                  "mrityu_tarikh": SASUR["died"]}})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/waris", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "waris": [
                {"naanv": L(SAAS["name"], NAMEC), "sambandh": "patni",
                 "aadhar": L(SAAS["aadhaar"], NID), "umir": L(61, BIRTH)},
                {"naanv": L(HUSBAND["name"], NAMEC), "sambandh": "beta",
                 "aadhar": L(HUSBAND["aadhaar"], NID)},
                {"naanv": L(DEWAR["name"], NAMEC), "sambandh": "beta",
                 "mobail": L(DEWAR["phone"], TEL)}]}),
        case(f, f"{a}/v2/shapath", fmt="form", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "hastakshar_naanv": L(f"{FIRST} {LAST}", NAMEC),
            "aadhar_otp": L("884120", CRED), "shapath_no": "AF-0091"}),
        case(f, f"{a}/v2/naapi/booking", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "tarikh": "2025-12-02", "rakam": L(1500, BUY),
            "sampark": L(DEWAR["phone"], TEL), "amin": "am_dighwara_04"}),
        case(f, f"{a}/v2/naapi/seema", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "khesra": PLOT["khesra"],
            "kona": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in PLOT_AT]}),
        case(f, f"{a}/v2/naapi/haziri", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "thaur": {"lat": pla, "lng": plo, "sateekta": 5},
            "anchal_karyalay": {"lat": CIRCLE["lat"], "lng": CIRCLE["lon"]},
            "haziri_id": obj(rng, "hz")}),
        raw(f, f"{a}/v2/naapi/dhadkan", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/jamin/phota", [
            ("phota", "plot_purab.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("jankari", None, "application/json", {
                "mamla": L(CASE, UID),
                "tippani": L("Purab ore Ram Nath Singh ke khet, pachhim me pokhra",
                             f"{TEXT}|{NAMEC}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/lagan/bhugtan", fmt="form", headers=_h(rng, **b), body={
            "khata": PLOT["khata"], "mauja": vill, "varsh": "2025-26",
            "rakam": L("86.00", BUY), "upi": L(UPI, PAY)}),
        lagan,
        sthiti,
        case(f, f"{a}/v2/khatiyan", headers=_h(rng, **b), query={
            "mauja": vill, "khata": PLOT["khata"], "anchal": L(VILLAGE["block"], COARSE)}),
        case(f, f"{a}/v2/sanesa", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "ke": "karmchari_dighwara",
            "sanesa": L("Hamaar sasur Ramesh Chandra Pandey ji ke dehant June me bhail, mamla "
                        "jaldi dekhal jaay", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/khoj", headers=_h(rng, **b), query={
            "khoj": L("dakhil kharij kitna din me hoi", SEARCH)}),
        case(f, f"{a}/v2/vakil", fmt="form", headers=_h(rng, **b), body={
            "mamla": L(CASE, UID), "rakam": L("700", BUY),
            "samasya": L("Chachera bhai khesra 1187 pe aapatti dale ke kahat baadan", TEXT)}),
        case(f, f"{a}/v2/suchna", headers=_h(rng, how="none"), cookies={
            "bs_sid": L(opaque(rng, "", 40), CRED), "bs_yantar": L(INSTALL_ID, DID),
            "bs_req": rid(rng)}),
        case(f, f"{a}/v2/yantar", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/ghatna", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatna": [
                ev("aavedan_bhejal", 1), ev("screen", 2, screen=L("MamlaSthiti", USAGE))]}),
    ]


def bhumisathi_sdks() -> list[Case]:
    rng = random.Random(18022)
    return [
        gl_batch(APP, rng, [("Application Filed", {"jila": L("Saran", COARSE)}),
                            ("Revenue Paid", {"amount": L(86, BUY)})]),
        gl_pixel(APP, rng, "Status Opened", {"step": 3}),
        tc_launch(APP, rng, first=True, user=True),
        tc_event(APP, rng, "filing", {"jila": L("Saran", COARSE)}, revenue=1500.0,
                 currency="INR", hashed=True),
        fs_eval(APP, rng, {"state": L("Bihar", COARSE), "jila": L("Saran", COARSE)}),
        pn_register(APP, rng, at=PLOT_FIX, nd=2, tags={"anchal": L("Dighwara", COARSE)}),
        cg_check(APP, rng, {"analytics": True, "marketing": False}),
        ck_upi(APP, rng, "1500"),
        mg_reverse(APP, rng, PLOT_FIX, PRECISE, nd=5),
        hp_attach(APP, rng, L(PDF, MEDIA), "vanshavali.pdf", "application/pdf"),
    ]
