"""A family shared-expense ledger "Ayuwsalpiy" (``ayuw`` help, ``salpiy`` money): the estate's
household and relatives split what a funeral feast, the rice, the pig, the fuel and the power bill
cost, and settle up. Its API's keys are Yapese as a Colonia developer writes them (ASCII,
apostrophes dropped, snake_case): ``fithingan`` name, ``telefon`` phone, ``imeil`` e-mail,
``thin_ko_mith`` password, ``girdi`` people (members), ``chuwiy`` purchase (to buy),
``salpiy`` amount, ``pi_salpiy`` payment (lit. "give money"), ``pi_ni`` paid by, ``thin`` note /
message, ``sasing`` photo, ``gay`` search, ``rran`` day, ``tabinaw`` family, with English
``id``, ``token``, ``code``, ``owes``, ``split``: sign-up by phone, an SMS code, ``/me``, a
group, members she types, an address-book match (hashed phones), expenses (the funeral's rice and
tinned fish, a receipt photo, fuel with her fix), balances, a settle-up by bank transfer, the
power bill split, an offline queue (JSON Lines), a msgpack sync, a group chat line, a search, a
CSV export by e-mail, a cookie GET with base64 JSON preferences, a reminder, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BUY,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    FM_ACCOUNT,
    GROUP,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    STORE,
    fix,
    hd,
    obj,
    push,
)
from eval_families257_sdk import cm_session, rt_event, rt_launch, tm_batch, tm_queue
from eval_families257_svc import (
    ff_eval,
    fp_card,
    fp_wallet,
    ha_message,
    mw_geocode,
    pp_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case, h

APP = App("ayuwsalpiy", "Ayuwsalpiy", "com.example.ayuwsalpiy", "3.0.2",
          "https://api.ayuwsalpiy.example.com")
IID = "X-Ayuw-Install"
PW = "Tabinaw#Feast26"
BROTHER_IL = ("Ken Tamangmow", "+6913507712")  # her husband's brother in Colonia
POWER_ACCT = "PWR-TML-22871"  # the household's power account (id.user: the customer)
FUEL_FIX = (9.516722, 138.126049)  # her phone at the fuel pump in Colonia


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def ayuwsalpiy() -> list[Case]:
    rng = random.Random(25721)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), fithingan=L(f"{FIRST} {LAST}",
                                                                            NAMEC)))}
    fla, flo = fix(FUEL_FIX, 5)
    e1, e2 = obj(rng, "ex"), obj(rng, "ex")
    return [
        case(f, f"{a}/v2/signup", headers=_h(rng), body={
            "telefon": L(E164, TEL), "fithingan": L(f"{FIRST} {LAST}", NAMEC),
            "imeil": L(EMAIL_MIXED, MAIL), "thin_ko_mith": L(PW, CRED), "currency": "USD"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "code": L("508813", CRED)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/groups", headers=_h(rng, **b), body={
            "id": GROUP, "fithingan": "Funeral and feast", "currency": "USD",
            "girdi": [{"fithingan": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                      {"fithingan": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL)},
                      {"fithingan": L(BROTHER_IL[0], NAMEC), "telefon": L(BROTHER_IL[1], TEL)}]}),
        case(f, f"{a}/v2/contacts/match", headers=_h(rng, **b), body={
            "hashes": [L(h("sha256", p), CONTACTS) for p in
                       ("+6913502741", "+6913504418", "+6913507712", "+6913509034")],
            "algo": "sha256"}),
        case(f, f"{a}/v2/groups/{GROUP}/chuwiy", headers=_h(rng, **b), body={
            "id": e1, "salpiy": L(186.40, BUY), "currency": "USD",
            "thin": L("Rice 4 sacks and tinned fish for the funeral feast", TEXT),
            "store": {"id": STORE["id"], "fithingan": STORE["name"], "telefon": STORE["phone"]},
            "pi_ni": L(USER_ID, UID), "split": "equal", "rran": "2026-01-15"}),
        multipart(f, f"{a}/v2/chuwiy/{e1}/sasing", [
            ("sasing", "receipt.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"expense": e1, "total": L(186.40, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/groups/{GROUP}/chuwiy", headers=_h(rng, **b), query={
            "since": "2026-01-01", "limit": "50"}),
        case(f, f"{a}/v2/groups/{GROUP}/balances", headers=_h(rng, **b)),
        case(f, f"{a}/v2/groups/{GROUP}/chuwiy", headers=_h(rng, **b), body={
            "id": e2, "salpiy": L(42.00, BUY), "thin": L("Fuel for the pickup, two trips", TEXT),
            "pi_ni": L(USER_ID, UID), "at": {"lat": fla, "lon": flo}, "split": "equal"}),
        case(f, f"{a}/v2/settle", headers=_h(rng, **b), body={
            "ngak": {"fithingan": L(HUSBAND[0], NAMEC)}, "salpiy": L("62.13", BUY),
            "pi_salpiy": {"kind": "bank", "account": L(FM_ACCOUNT, PAY)},
            "reference": rid(rng)}),
        case(f, f"{a}/v2/groups/{GROUP}/recurring", fmt="form", headers=_h(rng, **b), body={
            "fithingan": "Power bill", "power_account": L(POWER_ACCT, UID),
            "salpiy": L("96.50", BUY), "every": "month", "day": "5"}),
        lines(f, f"{a}/v2/queue", [
            {"op": "add", "salpiy": L(60, BUY), "thin": L("Pig from Gagil for the feast", TEXT),
             "pi_ni": L(USER_ID, UID), "t": 1768600000},
            {"op": "add", "salpiy": L(18.75, BUY), "thin": L("Ice, 5 blocks", TEXT),
             "pi_ni": L(USER_ID, UID), "t": 1768600420}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "group": GROUP, "cursor": opaque(rng, "cur_", 12), "user": L(USER_ID, UID),
            "settled": [e1], "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/groups/{GROUP}/thin", headers=_h(rng, **b), body={
            "thin": L("Maria, I paid for the ice and the fish, Ken has the pig receipt", TEXT),
            "client_id": rid(rng)}),
        case(f, f"{a}/v2/gay", headers=_h(rng, **b), query={
            "gay": L("ice blocks", SEARCH), "group": GROUP}),
        case(f, f"{a}/v2/export", fmt="form", headers=_h(rng, **b), body={
            "group": GROUP, "format": "csv", "imeil": L(EMAIL, MAIL)}),
        case(f, f"{a}/v2/balances/mine", headers=_h(rng, how="none"), cookies={
            "as_sid": L(opaque(rng, "", 40), CRED),
            "as_prefs": W({"user": L(USER_ID, UID), "lang": L("en", DEV), "currency": "USD"},
                          "b64json")}),
        case(f, f"{a}/v2/remind", headers=_h(rng, **b), body={
            "to": L(HUSBAND[1], TEL),
            "thin": L("Vincent, your share for the pig is $20", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("expense_added", 1), ev("screen", 2, screen=L("Balances", USAGE))]}),
    ]


def ayuwsalpiy_sdks() -> list[Case]:
    rng = random.Random(25722)
    return [
        tm_batch(APP, rng, [("Expense Added", {"amount": L(186.4, BUY)}),
                            ("Settled Up", {"method": "bank"})], at=FUEL_FIX, nd=3),
        tm_queue(APP, rng, [("Expense Queued", {"amount": L(60, BUY)}),
                            ("Expense Queued", {"amount": L(18.75, BUY)})]),
        rt_launch(APP, rng, user=True),
        rt_event(APP, rng, "settle", {"group_size": 4}, revenue=62.13, currency="USD"),
        ff_eval(APP, rng, {"groups": 1, "currency": "USD"}, hdr=True),
        pp_register(APP, rng, tags={"groups": "1"}),
        fp_card(APP, rng, email=True),
        fp_wallet(APP, rng, "62.13", L(E164, TEL)),
        mw_geocode(APP, rng, "Colonia Wholesale Store", SEARCH, near=HOME_AT, nd=2),
        ha_message(APP, rng, L("A settle-up shows twice in the balances", TEXT),
                   {"group": GROUP}),
        cm_session(APP, rng, secs=388),
    ]
