"""A household micro-insurance app "Lukengo" (``lukengo`` protection; a Matadi insurer selling
weekly-premium cover against flood, fire and hospital stays, paid by mobile money): her policy on
the Ville Haute house. Its API's keys are Kituba in ASCII with the French insurance words a local
developer keeps (``polise``, ``prime``, ``sinistre``): ``zina_ya_mvimba`` full name (lit. "whole
name"), ``telefone`` phone, ``kilumbu_ya_kubutuka`` birth date, ``karti_ya_kuvanda`` resident's
card, ``adresi`` address, ``kartie`` quarter, ``komine`` commune, ``mbanza`` town, ``nzo`` house,
``ntalu`` amount, ``ntalu_ya_mposo`` weekly premium, ``lufutu`` payment, ``nimero_ya_mobile_money``
wallet number, ``bantu_ya_kuzwa`` beneficiaries (lit. "people who receive"), ``kinkazi``
relation, ``mwana`` child, ``nkazi`` spouse, ``mambu`` text, ``foto`` photo, ``lopitalu``
hospital, ``kimbevo`` illness, ``bilumbu`` days, ``konti`` account, ``mpangi`` neighbour/friend,
``sosa`` search, ``kisika`` place. Sign-up at the agent's, a PIN code, ``/mono``, a quote, the
subscription with beneficiaries, a premium by mobile money, the premium history by policy number
in the path, the insured house's position and photo, a flood claim with photos, the claim by
number in the path, a hospital-cash claim (malaria) with the receipt (PDF), the payout account,
an agent's visit, a referral, the renewal (base64 JSON in a form field), her resident's card
scan, a preferences cookie (base64 JSON), a search, push, events and a log-out. New kind:
"microinsur" and "home insurance" matched nothing; insurance exists as a feature of other apps
(travel, car, medevac cover), not as a weekly-premium household policy."""

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
    JPEG,
    MED,
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
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families246_kit import (
    AGENCY,
    BANK_ACCOUNT,
    CLAIM,
    HOME,
    HOME_AT,
    HUSBAND,
    LOCAL_PHONE,
    POLICY,
    RESIDENT_CARD,
    SON,
    fix,
    hd,
    push,
)
from eval_families246_sdk import (
    bm_bid,
    bm_notice,
    cz_crash,
    cz_crumb,
    lm_event,
    lm_launch,
    lm_link,
    ty_batch,
    ty_identify,
)
from eval_families246_svc import ck_check, my_reverse, pn_register, py_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("lukengo", "Lukengo", "com.example.lukengo", "2.0.7", "https://api.lukengo.example.com")
IID = "X-Lukengo-Device"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(26))
NEIGHBOUR = ("Odette Mbuta", "+243841177602")  # a neighbour she refers (contact.*)
DOB_FR = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def lukengo() -> list[Case]:
    rng = random.Random(24641)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefone=L(LOCAL_PHONE, TEL), polise=L(POLICY, BUY)))}
    hla, hlo = fix(HOME_AT)
    hist = at_path(case(f, f"{a}/v1/polise/{POLICY}/prime", headers=_h(rng, **b),
                        query={"ngonda": "2026-01"}), POLICY, BUY)
    clm = at_path(case(f, f"{a}/v1/sinistre/{CLAIM}", headers=_h(rng, **b)), CLAIM, BUY)
    return [
        case(f, f"{a}/v1/kusonika", headers=_h(rng), body={
            "zina_ya_mvimba": L(f"{FIRST} {LAST}", NAMEC), "telefone": L(LOCAL_PHONE, TEL),
            "kilumbu_ya_kubutuka": L(DOB_FR, BIRTH), "karti_ya_kuvanda": L(RESIDENT_CARD, NID),
            "adresi": L(HOME["line"], ADDR), "kartie": L(HOME["area"], COARSE),
            "komine": L(HOME["commune"], COARSE), "mbanza": L(HOME["town"], COARSE),
            "agence": AGENCY["id"], "agent": "agt_0412"}),
        case(f, f"{a}/v1/pin", fmt="form", headers=_h(rng), body={
            "telefone": L(LOCAL_PHONE, TEL), "pin": L("0917", CRED),
            "code_sms": L("284406", CRED)}),
        case(f, f"{a}/v1/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/devis", headers=_h(rng, **b), body={
            "nzo": {"mutindu": "briques", "bisuku": 4, "etage": 1},
            "ntalu_ya_nzo": L(18000, BUY), "garanties": ["mvula_ya_ngolo", "tiya", "lopitalu"],
            "komine": L(HOME["commune"], COARSE)}),
        case(f, f"{a}/v1/polise", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "ntalu_ya_mposo": L(2.5, BUY), "devise": "USD",
            "bantu_ya_kuzwa": [
                {"zina": L(HUSBAND[0], NAMEC), "telefone": L(HUSBAND[1], TEL),
                 "kinkazi": "nkazi", "ndambu": 60},
                {"zina": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "kilumbu_ya_kubutuka": L(SON["dob"], BIRTH), "kinkazi": "mwana", "ndambu": 40}],
            "lopitalu_cash": True}),
        case(f, f"{a}/v1/prime/lufutu", fmt="form", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "ntalu": L("10.00", BUY), "devise": "USD",
            "nimero_ya_mobile_money": L(LOCAL_PHONE, TEL), "mposo": "4",
            "reference": rid(rng)}),
        hist,
        case(f, f"{a}/v1/nzo/kisika", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "kisika": {"lat": hla, "lon": hlo, "sikisa": 6},
            "agence": {"lat": AGENCY["lat"], "lon": AGENCY["lon"]}}),
        multipart(f, f"{a}/v1/nzo/foto", [
            ("foto", "nzo_front.jpg", "image/jpeg", L(JPEG + b"\xa1", MEDIA)),
            ("meta", None, "application/json", {"polise": L(POLICY, BUY), "mutindu": "front"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/sinistre", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "sinistre": L(CLAIM, BUY), "mutindu": "mvula_ya_ngolo",
            "kilumbu": "2026-01-19",
            "mambu": L("Masa ya mvula me kota na salon mpi na kuku, frigo mpi matelas me bebe",
                       TEXT),
            "ntalu_ya_kubeba": L(640, BUY), "devise": "USD"}),
        multipart(f, f"{a}/v1/sinistre/{CLAIM}/foto", [
            ("foto", "salon_masa.jpg", "image/jpeg", L(JPEG + b"\xa2", MEDIA)),
            ("meta", None, "application/json", {"sinistre": L(CLAIM, BUY), "nimero": 1})],
            headers=_h(rng, **b)),
        clm,
        multipart(f, f"{a}/v1/lopitalu-cash", [
            ("resi", "resi_lopitalu.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {
                "polise": L(POLICY, BUY), "lopitalu": "HGR Kinkanda",
                "kimbevo": L("malaria ya ngolo", MED), "bilumbu": L(3, MED),
                "ntalu": L(45, BUY)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/konti", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "banki": "Example Bank RDC", "konti": L(BANK_ACCOUNT, PAY),
            "zina_ya_konti": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/agent/visite", fmt="form", headers=_h(rng, **b), body={
            "polise": L(POLICY, BUY), "kilumbu": "2026-01-22", "ngunga": "10-12",
            "adresi": L(HOME["line"], ADDR), "telefone": L(LOCAL_PHONE, TEL)}),
        case(f, f"{a}/v1/parrainage", headers=_h(rng, **b), body={
            "mpangi": {"zina": L(NEIGHBOUR[0], NAMEC), "telefone": L(NEIGHBOUR[1], TEL)},
            "code": "LKG-PAR-77", "mambu": L("Odette, nzo na yandi kele penepene ya nzadi", TEXT)}),
        case(f, f"{a}/v1/polise/kuvutula", fmt="form", headers=_h(rng, **b), body={
            "data": W({"polise": L(POLICY, BUY), "telefone": L(LOCAL_PHONE, TEL),
                       "ntalu_ya_mposo": L(2.5, BUY)}, "b64json"), "v": "2"}),
        multipart(f, f"{a}/v1/kyc/karti", [
            ("karti", "karti_ya_kuvanda.jpg", "image/jpeg", L(JPEG + b"\xa3", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"karti_ya_kuvanda": L(RESIDENT_CARD, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/preferences", headers=_h(rng, **b), cookies={
            "lk_sess": L(opaque(rng, "", 40), CRED),
            "lk_prefs": W({"polise": L(POLICY, BUY), "ndinga": L("fr", DEV), "sms": True},
                          "b64json")}),
        case(f, f"{a}/v1/sosa", headers=_h(rng, **b), query={
            "sosa": L("inondation frigo ke futa", SEARCH)}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mambu", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("claim_opened", 1, sinistre=L(CLAIM, BUY)), ev("premium_paid", 2),
                ev("ekrani", 3, ekrani=L("Sinistre", USAGE))]}),
        case(f, f"{a}/v1/kubasika", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparey": L(INSTALL_ID, DID)}),
    ]


def lukengo_sdks() -> list[Case]:
    rng = random.Random(24642)
    link = U("https://lukengo.example.com/s", {"sinistre": L(CLAIM, BUY), "src": "sms",
                                               "t": L(LOCAL_PHONE, TEL)})
    return [
        ty_batch(APP, rng, [("Premium Paid", {"amount": L(10, BUY)}),
                            ("Claim Filed", {"kind": "flood"})], at=HOME_AT, nd=2),
        ty_identify(APP, rng, {"komine": L("Matadi", COARSE), "polise": L(POLICY, BUY),
                               "weeks_paid": 14}),
        lm_launch(APP, rng, first=True),
        lm_link(APP, rng, link),
        lm_event(APP, rng, "subscribe", {"polise": L(POLICY, BUY)}, revenue=2.5, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="insurance,home,family"),
        bm_notice(APP, rng, "win"),
        cz_crash(APP, rng, ("java.lang.NullPointerException", "claim photo uri"),
                 [cz_crumb("nav", "Sinistre -> Foto")], screen="ClaimActivity"),
        pn_register(APP, rng, lang="fr", tags={"agence": AGENCY["id"]}),
        ck_check(APP, rng, {"analytics": True}),
        py_wallet(APP, rng, "640", L(LOCAL_PHONE, TEL)),
        my_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]

