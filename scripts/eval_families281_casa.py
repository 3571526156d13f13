"""A home-insurance app "Ca Sicura" (the policy on their house in Ranica and the claim after the
July hailstorm: HER MONEY). Its API's keys are Lombard, ASCII-folded, snake case: ``nom``,
``cognom``, ``email``, ``celular``, ``ciav`` password, ``nassida`` birth date, ``codes_fiscal``
tax code, ``polissa`` policy, ``rata`` instalment, ``import`` amount, ``metod``,
``ultime_quater`` last four, ``ca`` house (``indiris`` street line, ``paes`` town, ``cap``,
``metri_quader`` square metres, ``an_costrusiu`` year built, ``pian`` floors), ``garansie``
covers, ``sinister`` claim, ``tempesta`` hail (Lombard "tempesta" is hail), ``dagn`` damage,
``descrissiu`` description, ``stansa`` room, ``fornidur`` supplier, ``sopraluogh`` inspection,
``contat`` contact, ``nota``, ``rimbors`` payout (``intestatari`` holder, ``iban``),
``familiar`` household (``membri``), ``sensor`` (a leak sensor), ``assistensa`` emergency help
(``problema``), ``posisiu`` position, ``serca``, ``consens`` consent, ``messagg``,
``aparecc``, ``evencc``): registration with the policy, a log-in, ``/me``, the policy by number
in the path, the instalment paid, the hail claim (her fix at home), photos of the damage and the
roofer's invoice (multipart; the claim in the path), offline photo metadata (msgpack), the
adjuster's visit with her wife as contact, claims by cookie, the payout account, payouts, the
household, a leak sensor on the home Wi-Fi, a plumber call-out, a search, consents (base64 JSON
in a form field), a chat with the agent, push and events. Insurance appears in earlier sets
only as a feature (travel, car, crop hail inside a union app); none is a home policy and claim."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families281_kit import (
    CF,
    CLAIM,
    HOME,
    HOME_AT,
    IT_IBAN,
    POLICY,
    SON,
    WIFE,
    fix,
    hd,
    obj,
    push,
)
from eval_families281_sdk import (
    bt_bid,
    cs_crash,
    cs_crumb,
    ms_batch,
    ms_identify,
    tp_event,
    tp_launch,
)
from eval_families281_svc import co_card, co_confirm, hc_message, mp_reverse, po_register
from eval_payloads import (
    BSSID,
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    SSID,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("casasicura", "Ca Sicura", "com.example.casasicura", "5.0.2",
          "https://api.casasicura.example.com")
IID = "X-CS-Device"
PW = "Tempesta.luglio25"
NID = "personal.national_id"
BIRTH = "personal.birthdate"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(44))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def casasicura() -> list[Case]:
    rng = random.Random(28141)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), codes_fiscal=L(CF, NID),
                                    polisse=[L(POLICY, BUY)]))}
    hla, hlo = fix(HOME_AT)
    policy = at_path(case(f, f"{a}/api/v3/polisse/{POLICY}", headers=_h(rng, **b)), POLICY, BUY)
    photos = at_path(multipart(f, f"{a}/api/v3/sinister/{CLAIM}/foto", [
        ("foto", "lucernari.jpg", "image/jpeg", L(JPEG + b"\xb1", MEDIA)),
        ("meta", None, "application/json", {"sinister": L(CLAIM, BUY),
                                            "stansa": "camera del fiol"})],
        headers=_h(rng, **b)), CLAIM, BUY)
    invoice = at_path(multipart(f, f"{a}/api/v3/sinister/{CLAIM}/documencc", [
        ("document", "fattura_lattoneria.pdf", "application/pdf", L(PDF, MEDIA)),
        ("meta", None, "application/json", {"import": L(2940, BUY),
                                            "fornidur": "Lattoneria Seriana"})],
        headers=_h(rng, **b)), CLAIM, BUY)
    return [
        case(f, f"{a}/api/v3/registrasiu", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "cognom": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celular": L(E164, TEL), "ciav": L(PW, CRED), "nassida": L("17/05/1991", BIRTH),
            "codes_fiscal": L(CF, NID), "polissa": L(POLICY, BUY)}),
        case(f, f"{a}/api/v3/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "ciav": L(PW, CRED)}),
        case(f, f"{a}/api/v3/me", headers=_h(rng, extra=jw)),
        policy,
        case(f, f"{a}/api/v3/polisse/garansie", headers=_h(rng, **b), body={
            "polissa": L(POLICY, BUY),
            "ca": {"indiris": L(HOME["line"], ADDR), "paes": L(HOME["town"], COARSE),
                   "cap": L(HOME["post"], COARSE), "metri_quader": 140, "an_costrusiu": 1978,
                   "pian": 2},
            "garansie": ["incendio", "tempesta", "acqua_condotta"], "premi_anual": L(412, BUY)}),
        case(f, f"{a}/api/v3/pagament", fmt="form", headers=_h(rng, **b), body={
            "polissa": L(POLICY, BUY), "rata": L("206.00", BUY), "valuda": "EUR",
            "metod": L(opaque(rng, "pm_", 24), PAY), "ultime_quater": L("4444", PAY)}),
        case(f, f"{a}/api/v3/sinister", headers=_h(rng, **b), body={
            "polissa": L(POLICY, BUY), "sinister": L(CLAIM, BUY), "dat": "2025-07-24",
            "tip": "tempesta", "dagn_stimat": L(3800, BUY),
            "descrissiu": L("Hail broke two skylights and dented the gutter; rain came into our "
                            "son's bedroom", TEXT),
            "posisiu": {"lat": hla, "lon": hlo, "precision": 9}}),
        photos,
        invoice,
        case(f, f"{a}/api/v3/sinister/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "sinister": L(CLAIM, BUY), "foto": [
                {"file": "IMG_2210.jpg", "lat": L(round(HOME_AT[0] + 0.00003, 6), PRECISE),
                 "lon": L(round(HOME_AT[1] - 0.00002, 6), PRECISE), "ura": 1753372800},
                {"file": "IMG_2211.jpg", "lat": L(round(HOME_AT[0] + 0.00001, 6), PRECISE),
                 "lon": L(round(HOME_AT[1] + 0.00004, 6), PRECISE), "ura": 1753372860}]}),
        case(f, f"{a}/api/v3/sopraluogh", headers=_h(rng, **b), body={
            "sinister": L(CLAIM, BUY), "slot": obj(rng, "sl"), "perit": "pt_0417",
            "contat": {"nom": L(WIFE["name"], NAMEC), "celular": L(WIFE["phone"], TEL)},
            "nota": L("Ring at the side gate, the dog is friendly", TEXT)}),
        case(f, f"{a}/api/v3/sinister", headers=_h(rng, how="none"), query={"stat": "avert"},
             cookies={"cs_sess": L(opaque(rng, "", 40), CRED), "cs_dev": L(INSTALL_ID, DID),
                      "cs_req": rid(rng)}),
        case(f, f"{a}/api/v3/rimbors/iban", headers=_h(rng, **b), body={
            "intestatari": L(NAME, NAMEC), "iban": L(IT_IBAN, PAY), "codes_fiscal": L(CF, NID)}),
        case(f, f"{a}/api/v3/rimbors", headers=_h(rng, **b), query={"sinister": L(CLAIM, BUY)}),
        case(f, f"{a}/api/v3/familiar", headers=_h(rng, **b), body={
            "polissa": L(POLICY, BUY), "membri": [
                {"nom": L(WIFE["name"], NAMEC), "codes_fiscal": L(WIFE["cf"], NID)},
                {"nom": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "nassida": L(SON["dob"], BIRTH)}]}),
        case(f, f"{a}/api/v3/sensor", headers=_h(rng, **b), body={
            "seriale": "LK3-0094127", "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "ip": L(LOCAL_IP, DEV), "stansa": "cusina"}),
        case(f, f"{a}/api/v3/assistensa", headers=_h(rng, **b), body={
            "polissa": L(POLICY, BUY), "indiris": L(HOME["line"], ADDR),
            "posisiu": L(f"{HOME_AT[0]:.5f},{HOME_AT[1]:.5f}", PRECISE),
            "problema": L("A pipe burst under the kitchen sink", TEXT), "urgent": True}),
        case(f, f"{a}/api/v3/serca", headers=_h(rng, **b), query={
            "q": L("copertura grandine pannelli solari", SEARCH)}),
        case(f, f"{a}/api/v3/consens", fmt="form", headers=_h(rng, **b), body={
            "dat": W({"codes_fiscal": L(CF, NID), "marketing": False, "profilasiu": False},
                     "b64json"), "v": "1"}),
        case(f, f"{a}/api/v3/messagg", headers=_h(rng, **b), body={
            "a": "agenzia_bg_12",
            "test": L(f"Policy {POLICY}: can I pay the second instalment in March?",
                      f"{TEXT}|{BUY}")}),
        case(f, f"{a}/api/v3/aparecc", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/evencc", gz=True, headers=_h(rng, **b), body={
            "utent": L(USER_ID, UID), "evencc": [
                ev("sinister_avert", 1), ev("schermada", 2, schermada=L("Sinister", USAGE))]}),
    ]


def casasicura_sdks() -> list[Case]:
    rng = random.Random(28142)
    return [
        ms_batch(APP, rng, [("Claim Opened", {"kind": "hail"}),
                            ("Photo Added", {"count": 2})], at=HOME_AT, nd=2, locale="it_IT"),
        ms_identify(APP, rng, {"paes": L(HOME["town"], COARSE), "polissa": L(POLICY, BUY)}),
        tp_launch(APP, rng),
        tp_event(APP, rng, "renewal", {"polissa": L(POLICY, BUY)}, revenue=412.0,
                 currency="EUR", hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="insurance,home,roof"),
        cs_crash(APP, rng, ("java.io.IOException", "upload interrupted"),
                 [cs_crumb("nav", "Sinister -> Foto"),
                  cs_crumb("net", "POST", {"url": f"{APP.api}/api/v3/sinister", "status": 500})],
                 screen="FotoActivity"),
        po_register(APP, rng, lang="it", at=HOME_AT, nd=2, tags={"polissa_tip": "casa"}),
        co_card(APP, rng, email=True),
        co_confirm(APP, rng, "206.00"),
        mp_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
        hc_message(APP, rng, L(f"Claim {CLAIM}: the adjuster has not called yet", f"{TEXT}|{BUY}"),
                   {"polissa": L(POLICY, BUY)}),
    ]
