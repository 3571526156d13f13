"""A bank's safe-deposit box app "Amadza" (amadza: a secret; Akwa Coastal Bank, fictional, Mira
Avenue branch in Sukhum): she rents a box for the Gudauta house deed, her passport copies and her
mother-in-law's gold. Keys are Abkhaz in Latin letters mixed with the Russian banking words a local
developer keeps (``akhdz`` name, ``azhwla`` surname, ``atel`` phone, ``azhwamadza`` password,
``kodovoe_slovo`` code word, ``aiira_arytskhw`` birth date, ``aadres`` address, ``aqalaq`` city,
``vnzh`` residence permit, ``pasport``, ``klient`` client number, ``yacheika`` box, ``dogovor``
contract, ``amza`` months, ``ahw`` price, ``apara`` amount, ``schet`` account, ``ataara`` visit,
``aamta`` time, ``asia`` list, ``strakhovka`` insurance, ``doverennoe_litso`` trusted person,
``atekst`` text): sign-up with her passport and residence permit, an OAuth password grant, an SMS
second factor, ``/sara`` with a JWT, the branch's free boxes, the box rented, the rent paid from her
rouble account, her husband as trusted person, a passport scan, a vault visit booked, the one-time
access code, a check-in at the branch, the inventory note, contents insurance, the contract's
statement by number in the path, an extension (msgpack), a lost key, preferences by a base64 JSON
cookie, a support message, push, events and a log-out. "safe deposit", "deposit box", "safe-deposit"
and "strongbox" matched no earlier docstring (a pawnshop's and a gold buyer's vault exist: those
lend against gold; this is a rented box)."""

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
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
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
from eval_families278_kit import (
    BANK,
    BANK_FIX,
    BOX,
    BOX_CONTRACT,
    CLIENT,
    HOME,
    HOME_AT,
    HUSBAND,
    HUSBAND_PASSPORT,
    PASSPORT,
    RESIDENCE,
    RU_ACCOUNT,
    fix,
    hd,
    obj,
    push,
)
from eval_families278_sdk import (
    cg_crash,
    cg_crumb,
    sa_batch,
    sa_identify,
    ta_event,
    ta_launch,
)
from eval_families278_svc import (
    ca_card,
    ca_confirm,
    ck_save,
    fl_eval,
    hw_message,
    md_route,
    pz_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("amadza", "Amadza", "com.example.amadza", "3.0.6", "https://api.amadza.example.com")
IID = "X-Amadza-Install"
PW = "Gudauta#Deed2026"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def amadza() -> list[Case]:
    rng = random.Random(27821)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), klient=L(CLIENT, UID),
                                    scope="sdb"))}
    bla, blo = fix(BANK_FIX)
    statement = at_path(case(f, f"{a}/api/v3/dogovor/{BOX_CONTRACT}/vypiska",
                             headers=_h(rng, **b), query={"amza": "2026-01"}),
                        BOX_CONTRACT, BUY)
    return [
        case(f, f"{a}/api/v3/klient", headers=_h(rng), body={
            "akhdz": L(FIRST, NAMEC), "azhwla": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "atel": L(E164, TEL), "aiira_arytskhw": L(DOB, BIRTH),
            "pasport": {"nomer": L(PASSPORT, NID), "vydan": "2019-03-11"},
            "vnzh": L(RESIDENCE, NID), "aadres": L(HOME["line"], ADDR),
            "aqalaq": L(HOME["town"], COARSE), "indeks": L(HOME["post"], COARSE),
            "azhwamadza": L(PW, CRED), "kodovoe_slovo": L("Ritsa", CRED)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL), "password": L(PW, CRED),
            "client_id": "amadza-android"}),
        case(f, f"{a}/api/v3/2fa", fmt="form", headers=_h(rng), body={
            "atel": L(E164, TEL), "kod": L("508316", CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/sara", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/filial/{BANK['id']}/yacheiki", headers=_h(rng, **b), query={
            "razmer": "M", "amza": "12"}),
        case(f, f"{a}/api/v3/dogovor", headers=_h(rng, **b), body={
            "klient": L(CLIENT, UID), "filial": BANK["id"], "yacheika": BOX, "razmer": "M",
            "dogovor": L(BOX_CONTRACT, BUY), "amza": 12, "ahw": L(9600, BUY),
            "nachalo": "2026-01-15"}),
        case(f, f"{a}/api/v3/ashwara", fmt="form", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "apara": L("9600.00", BUY), "valiuta": "RUB",
            "schet": L(RU_ACCOUNT, PAY), "naznachenie": "arenda yacheiki"}),
        case(f, f"{a}/api/v3/doverennoe_litso", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "akhdz": L(HUSBAND[0], NAMEC),
            "atel": L(HUSBAND[1], TEL), "aiira_arytskhw": L(HUSBAND[2], BIRTH),
            "pasport": L(HUSBAND_PASSPORT, NID), "srok": "2026-12-31"}),
        multipart(f, f"{a}/api/v3/dokumenty", [
            ("scan", "passport_p2.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"klient": L(CLIENT, UID), "tip": "pasport"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/ataara", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "yacheika": BOX, "slot": obj(rng, "vs"),
            "aamta": "2026-01-22T11:30", "s_kem": L(HUSBAND[0], NAMEC)}),
        case(f, f"{a}/api/v3/ataara/kod", fmt="form", headers=_h(rng, **b), body={
            "vizit": obj(rng, "vs"), "kod": L("830115", CRED)}),
        case(f, f"{a}/api/v3/checkin", headers=_h(rng, **b), body={
            "atyp": {"lat": bla, "lon": blo, "acc": 14},
            "filial": {"id": BANK["id"], "lat": BANK["lat"], "lon": BANK["lon"]},
            "klient": L(CLIENT, UID)}),
        case(f, f"{a}/api/v3/zametka", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "asia": [
                L("Deed of the Gudauta house, 9 Nartaa Lane", f"{TEXT}|{ADDR}"),
                L("Nuriye's gold earrings and bracelet", TEXT),
                L("Copies of both passports", TEXT)]}),
        case(f, f"{a}/api/v3/strakhovka", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "ob_iavlennaia_summa": L(500000, BUY),
            "premia": L(2500, BUY), "srok_amza": 12}),
        statement,
        case(f, f"{a}/api/v3/dogovor/prodlenie", fmt="msgpack", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "amza": 6, "ahw": L(4800, BUY),
            "klient": L(CLIENT, UID)}),
        case(f, f"{a}/api/v3/kliuch/uteria", headers=_h(rng, **b), body={
            "dogovor": L(BOX_CONTRACT, BUY), "shtraf": L(2500, BUY),
            "atekst": L("The key fell out of my bag on the embankment yesterday evening",
                        TEXT)}),
        case(f, f"{a}/api/v3/nastroiki", headers=_h(rng, how="none"), cookies={
            "am_sess": L(opaque(rng, "", 40), CRED),
            "am_prefs": W({"klient": L(CLIENT, UID), "abyzshwa": L("en", DEV),
                           "sms": True}, "b64json")}),
        case(f, f"{a}/api/v3/podderzhka", headers=_h(rng, **b), body={
            "tema": "vizit",
            "atekst": L("Please call me before the visit on +1 555 010 0199, I am roaming",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/api/v3/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("box_rented", 1), ev("screen", 2, screen=L("VaultVisit", USAGE))]}),
        case(f, f"{a}/api/v3/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED)}),
    ]


def amadza_sdks() -> list[Case]:
    rng = random.Random(27822)
    return [
        sa_batch(APP, rng, [("Box Rented", {"months": 12, "price": L(9600, BUY)}),
                            ("Visit Booked", {"branch": BANK["id"]})], at=BANK_FIX, nd=2),
        sa_identify(APP, rng, {"aqalaq": L("Sukhum", COARSE), "klient": L(CLIENT, UID),
                               "segment": "retail"}),
        ta_launch(APP, rng, first=True, user=True),
        ta_event(APP, rng, "rent", {"dogovor": L(BOX_CONTRACT, BUY)}, revenue=9600.0,
                 hashed=True),
        cg_crash(APP, rng, ("java.lang.IllegalStateException", "otp already used"),
                 [cg_crumb("nav", "Vizit -> Kod"),
                  cg_crumb("net", "POST", {"url": f"{APP.api}/api/v3/ataara/kod", "status": 409})],
                 screen="VisitCodeActivity"),
        fl_eval(APP, rng, {"branch": BANK["id"], "segment": "retail"}),
        pz_register(APP, rng, at=HOME_AT, nd=2, tags={"branch": BANK["id"]}),
        ck_save(APP, rng, {"analytics": True, "marketing": False}),
        ca_card(APP, rng, email=True),
        ca_confirm(APP, rng, "3000.00"),
        md_route(APP, rng, [(HOME_AT, "location.precise"), ((BANK["lat"], BANK["lon"]), None)],
                 mode="walking"),
        hw_message(APP, rng, L(f"Contract {BOX_CONTRACT}: the rent was charged twice",
                               f"{TEXT}|{BUY}"), {"klient": L(CLIENT, UID)}),
    ]
