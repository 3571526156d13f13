"""Rice crop-insurance claim app "Talonseguro" (talon: rice field; her husband's family's
0.8-ha parcel in Paoay, flattened by a typhoon before harvest; she files the claim as his
authorised representative and receives the payout). Its API's keys are Iloko with English:
``talon`` field, ``pagay`` rice (palay), ``apit`` harvest, ``bagyo`` typhoon, ``dadael`` damage,
``ektaria`` hectares, ``akinkukua`` owner, ``rsbsa`` the farmer registry number, ``polisa``
policy, ``kita`` kind, ``kuarta`` currency, ``panawen`` weather, ``bangko`` bank, ``numero ti
account`` (``numero_account``) account number, ``nagan``, ``apelyido``, ``numero_selpon``,
``sekreto``, ``tin``, ``psn``, ``pagtaengan``, ``gatad``, ``bayad``, ``mensahe``, ``sapul``:
sign-up (her TIN and PSN), an SMS code, ``/siak``, the parcel (corners, registry number, her
husband as owner), the policy by number in the path, the premium, the claim, damage photos with
her fix, a protobuf field walk, sample plots (msgpack), the claim status, the payout account,
the adjuster's visit, the field's weather, a message, a search, a tally sync (JSON Lines), last
season's sales (gzip), the claim page by cookie GET, push, events and a token refresh. Unlike set
113's milling cooperative and set 125's spraying booking, this is an insurer's claim."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
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
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    FARM_AT,
    FIELD_FIX,
    GCASH_LIKE,
    HOME,
    HUSBAND,
    INSURER,
    PH_ACCOUNT,
    POLICY,
    PSN,
    RSBSA,
    TIN,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import mb_batch, mb_identify, tp_event, tp_launch
from eval_families156_svc import (
    cp_wallet,
    fe_eval,
    ha_message,
    mg_geocode,
    mg_reverse,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("talonseguro", "Talonseguro", "com.example.talonseguro", "3.0.7",
          "https://api.talonseguro.example.org")
IID = "X-Talon-Install"
PW = "Pagay&Paoay2026"
NID = "personal.national_id"
CLAIMANT = "TS-CL-0047719"  # her claimant account (id.user)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ilo=True, **kw)


def talonseguro() -> list[Case]:
    rng = random.Random(15631)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, claimant=L(CLAIMANT, UID),
                                    numero_selpon=L(GCASH_LIKE, TEL)))}
    fla, flo = fix(FIELD_FIX)
    claim = obj(rng, "clm")
    lab: dict[str, str] = {}
    walk = pb([(1, claim), (2, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)),
                                (3, 4.0)]),
               (5, [(1, L(FARM_AT[1][0], PRECISE)), (2, L(FARM_AT[1][1], PRECISE)), (3, 5.0)]),
               (3, 1769000000), (4, L(52, DEV))], "", lab)
    pol = at_path(case(f, f"{a}/api/polisa/{POLICY}", headers=_h(rng, **b)), POLICY, BUY)
    return [
        case(f, f"{a}/api/agar-aramat", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "numero_selpon": L(GCASH_LIKE, TEL), "sekreto": L(PW, CRED), "tin": L(TIN, NID),
            "psn": L(PSN, NID), "pagtaengan": L(HOME["line"], ADDR),
            "ili": L(HOME["town"], COARSE), "claimant": L(CLAIMANT, UID),
            "relasion_iti_mannalon": "asawa"}),
        case(f, f"{a}/api/auth/sms", fmt="form", headers=_h(rng), body={
            "numero_selpon": L(GCASH_LIKE, TEL), "kodigo": L("270418", CRED)}),
        case(f, f"{a}/api/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/talon", headers=_h(rng, **b), body={
            "rsbsa": L(RSBSA, NID), "akinkukua": {"nagan": L(HUSBAND[0], NAMEC),
                                                  "numero_selpon": L(HUSBAND[1], TEL)},
            "barangay": L("Brgy. Sungadan", COARSE), "ili": L("Paoay", COARSE),
            "probinsia": L("Ilocos Norte", COARSE), "ektaria": 0.8, "pagay": "NSIC Rc 222",
            "beddeng": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FARM_AT]}),
        pol,
        case(f, f"{a}/api/bayad", fmt="form", headers=_h(rng, **b), body={
            "polisa": L(POLICY, BUY), "gatad": L("1150.00", BUY), "kuarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/claim", headers=_h(rng, **b), body={
            "polisa": L(POLICY, BUY), "claim": claim, "bagyo": "Bagyo Amang",
            "petsa_dadael": "2026-01-19", "dadael_porsiento": 70, "aldaw_apit": "2026-02-05",
            "salaysay": L("Natumba amin a pagay iti abagatan a paset, nalmes iti danum",
                          TEXT), "claimant": L(CLAIMANT, UID)}),
        multipart(f, f"{a}/api/claim/{claim}/ladawan", [
            ("ladawan", "talon_abagatan.jpg", "image/jpeg", L(JPEG + b"\x7a", MEDIA)),
            ("meta", None, "application/json", {"lat": fla, "lng": flo, "paset": "abagatan"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/claim/{claim}/pagna", walk, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/claim/{claim}/sample", fmt="msgpack", headers=_h(rng, **b), body={
            "plots": [{"lat": L(round(FIELD_FIX[0] + 0.0002 * i, 6), PRECISE),
                       "lng": L(round(FIELD_FIX[1] - 0.0003 * i, 6), PRECISE),
                       "dadael": 60 + 5 * i} for i in range(3)],
            "by": L(CLAIMANT, UID)}),
        case(f, f"{a}/api/claim/estado", headers=_h(rng, **b), query={
            "claim": claim, "claimant": L(CLAIMANT, UID)}),
        case(f, f"{a}/api/bangko", headers=_h(rng, **b), body={
            "akinkukua_ti_account": L(f"{FIRST} {LAST}", NAMEC),
            "numero_account": L(PH_ACCOUNT, PAY), "bangko": "Example Rural Bank of Laoag",
            "claimant": L(CLAIMANT, UID)}),
        case(f, f"{a}/api/adjuster/bisita", headers=_h(rng, **b), body={
            "claim": claim, "petsa": "2026-01-23", "oras": "08:00", "opisina": INSURER["id"],
            "kontak": L(HUSBAND[1], TEL),
            "nota": L("Ni asawak ti mangsabat kadakayo iti kalsada", TEXT)}),
        case(f, f"{a}/api/panawen", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lng": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "aldaw": "7"}),
        case(f, f"{a}/api/mensahe", headers=_h(rng, **b), body={
            "para": "adjuster_iln_12", "claim": claim,
            "teksto": L("Nangted kami ti 40 a ladawan, kasano ti bayad no naladaw ti apit?",
                        TEXT)}),
        case(f, f"{a}/api/sapul", headers=_h(rng, **b), query={
            "sapul": L("kasano ti claim no nadadael ti bagyo", SEARCH)}),
        lines(f, f"{a}/api/sync", [
            {"op": "tally", "claim": claim, "plot": 1, "dadael": 60, "by": L(CLAIMANT, UID)},
            {"op": "tally", "claim": claim, "plot": 2, "dadael": 65, "by": L(CLAIMANT, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/apit/napalabas", gz=True, headers=_h(rng, **b), body={
            "polisa": L(POLICY, BUY), "panawen": "2025-wet", "kabanan": 96,
            "nailako": L(171200, BUY), "gastos_abono": L(18400, BUY)}),
        case(f, f"{a}/api/claim/latest", headers=_h(rng, how="none"), cookies={
            "ts_sesion": L(opaque(rng, "", 40), CRED), "ts_aparato": L(INSTALL_ID, DID),
            "ts_req": rid(rng)}),
        case(f, f"{a}/api/aparato", headers=_h(rng, **b), body=push(push_token(rng), "ilo_PH")),
        case(f, f"{a}/api/pasamak", gz=True, headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "pasamak": [
                ev("claim_naited", 1), ev("screen", 2, screen=L("Ladawan", USAGE))]}),
        case(f, f"{a}/api/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def talonseguro_sdks() -> list[Case]:
    rng = random.Random(15632)
    return [
        mb_batch(APP, rng, [("Claim Filed", {"pct": 70}), ("Photo Added", {"n": 40})],
                 at=FIELD_FIX, nd=2, locale="ilo_PH"),
        mb_identify(APP, rng, {"ili": L("Paoay", COARSE), "claimant": L(CLAIMANT, UID)}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "claim_filed", {"polisa": L(POLICY, BUY)}),
        fe_eval(APP, rng, {"probinsia": L("Ilocos Norte", COARSE), "role": "claimant"}),
        ps_register(APP, rng, at=FIELD_FIX, nd=2, tags={"ili": L("Paoay", COARSE)}),
        cp_wallet(APP, rng, "42000", L(GCASH_LIKE, TEL)),
        mg_geocode(APP, rng, "Paoay municipal agriculture office", SEARCH, near=FIELD_FIX, nd=3),
        mg_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        ha_message(APP, rng, L(f"Ti payout ti claim ko iti {POLICY} ket saan pay a dimteng",
                               f"{TEXT}|{BUY}"), {"claimant": L(CLAIMANT, UID)}),
    ]
