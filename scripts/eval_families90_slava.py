"""Serbian Orthodox slava-planning app "Slavarica": Google sign-in (an ID token in a JSON field),
``/me``, the household (the family's name, the patron saint, the address), the church calendar,
guests invited from her address book, the guests already in the app (IDs, RSVPs, seats: look-
alikes), the seating plan (msgpack), the kum, the fasting menu, a recipe search and view, a
shopping list, the slava bread ordered from a bakery, the priest's visit with a donation, an
invitation card, invitations sent by guest ID, a photo of the icon and candle, a dietary note,
a calendar sync, a reminder, push, events and the plans by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families20_kit import App, ev, opaque
from eval_families24_kit import head
from eval_families25_kit import PNG
from eval_families90_kit import (
    BG_HOME_AT,
    BG_LINE,
    BG_TZ,
    GUESTS,
    HRAM,
    KOLAC_ORDER,
    KUM,
    SLAVA,
    SR,
    SR_LANG,
    obj,
)
from eval_families90_sdk import (
    kv_crash,
    kv_crumb,
    lc_bid,
    mk_alias,
    mk_batch,
    tg_event,
    tg_open,
)
from eval_families90_svc import dr_route, dr_search, pk_eval, zv_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, L, case

APP = App("slavarica", "Slavarica", "rs.example.slavarica", "3.4.2",
          "https://api.slavarica.example.com")
IID = "X-Slavarica-Device"
GOOGLE_SUB = "104883172650019384712"  # her Google account's subject (id.user)
FAMILY = "Jovanović"
ST = f"{TEXT}|{SENS}"
INVITEES = [("Milica Đorđević", "+381641998820"), ("Stefan Lukić", "+381603317745"),
            ("Teta Mira", "+381112641093")]  # picked from her address book


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L(SR_LANG, DEV)
    return h


def slavarica() -> list[Case]:
    rng = random.Random(9041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    sid = obj(rng, "sl", 8)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "sub": L(GOOGLE_SUB, UID),
               "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "slavarica-android",
               "iat": 1765280000}, "body", "idToken", acc)
    return [
        add(case(f, f"{a}/v1/auth/google", headers=_h(rng), body={
            "idToken": idt, "device": L(INSTALL_ID, DID), "locale": L(SR, DEV)}), acc),
        case(f, f"{a}/v1/me", headers=_h(rng, **b)),
        case(f, f"{a}/v1/households", headers=_h(rng, **b), body={
            "familyName": L(FAMILY, NAMEC), "slava": L(SLAVA["svetac"], SENS),
            "slavaDate": SLAVA["datum"], "preslava": L(True, SENS),
            "address": L(BG_LINE, ADDR), "city": L("Beograd", COARSE), "host": L(USER_ID, UID)}),
        case(f, f"{a}/v1/settings", fmt="form", headers=_h(rng, **b), body={
            "calendar": L("julian", SENS), "language": L("sr-Latn", DEV),
            "timezone": L(BG_TZ, DEV)}),
        case(f, f"{a}/v1/slava/{sid}/invitees", headers=_h(rng, **b), body={
            "fromContacts": True, "invitees": [
                {"name": L(n, CONTACTS), "phone": L(p, CONTACTS)} for n, p in INVITEES]}),
        case(f, f"{a}/v1/slava/{sid}/guests", headers=_h(rng, **b), body={
            "guests": [{"id": g, "rsvp": r, "adults": ad, "children": ch}
                       for g, r, ad, ch in zip(GUESTS, ["yes", "yes", "maybe", "no"],
                                               [2, 1, 2, 1], [1, 0, 2, 0], strict=True)],
            "expectedTotal": 11}),
        case(f, f"{a}/v1/slava/{sid}/seating", fmt="msgpack", headers=_h(rng, **b), body={
            "host": L(USER_ID, UID), "tables": [
                {"table": 1, "seats": [GUESTS[0], GUESTS[1]]},
                {"table": 2, "seats": [GUESTS[2]]}], "kumSeat": 1}),
        case(f, f"{a}/v1/households/kum", headers=_h(rng, **b), body={
            "name": L(KUM[0], NAMEC), "phone": L(KUM[1], TEL), "since": 2019}),
        case(f, f"{a}/v1/slava/{sid}/menu", headers=_h(rng, **b), body={
            "fasting": L(True, SENS), "dishes": ["posna sarma", "prebranac", "riba",
                                                 "zito", "vanilice"], "servings": 11}),
        case(f, f"{a}/v1/recipes/search", headers=_h(rng, **b), query={
            "q": L("posna sarma bez ulja", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/recipes/rcp_20931", headers=_h(rng, **b), query={"servings": "11"}),
        case(f, f"{a}/v1/lists", headers=_h(rng, **b), body={
            "title": L(f"Slava kod {FAMILY}a", f"{TEXT}|{NAMEC}"),
            "items": ["kupus 3 kom", "pasulj 1 kg", "psenica 1 kg", "orasi 500 g"]}),
        case(f, f"{a}/v1/orders/kolac", headers=_h(rng, **b), body={
            "bakery": {"id": "pek_0442", "name": "Pekara Zlatni Klas",
                       "address": "Maksima Gorkog 12", "phone": "+381112441875"},
            "order": L(KOLAC_ORDER, BUY), "price": L("1600.00", BUY), "currency": "RSD",
            "pickup": "2025-12-18T17:00", "seal": L("IC XC NI KA", ST)}),
        case(f, f"{a}/v1/priest-visits", headers=_h(rng, **b), body={
            "church": {"id": HRAM["id"], "name": HRAM["naziv"], "address": HRAM["adresa"],
                       "phone": HRAM["tel"]},
            "address": L(BG_LINE, ADDR), "phone": L(E164, TEL), "date": "2025-12-18",
            "note": L("Molimo osvecenje vodice, interfon 12", ST),
            "donation": L("2000.00", BUY)}),
        multipart(f, f"{a}/v1/slava/{sid}/card", [
            ("image", "pozivnica.png", "image/png", L(PNG, MEDIA)),
            ("card", None, "application/json", {
                "text": L(f"Pozivamo vas na nasu krsnu slavu {SLAVA['svetac']} 19. decembra",
                          ST), "address": L(BG_LINE, ADDR), "template": "ikona-3"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/slava/{sid}/invitations", fmt="form", headers=_h(rng, **b), body={
            "guests": ",".join(GUESTS), "channel": "viber", "template": "pozivnica-3"}),
        multipart(f, f"{a}/v1/albums", [
            ("photo", "ikona_svece.jpg", "image/jpeg", L(JPEG + b"\x41", f"{MEDIA}|{SENS}")),
            ("meta", None, "application/json", {"slava": sid, "caption": L(
                "Ikona i slavska sveca", ST)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/slava/{sid}/notes", headers=_h(rng, **b), body={
            "guest": GUESTS[2],
            "text": L("Teta Mira ne jede meso, a mali Lazar je alergican na orahe",
                      f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/calendar/sync", headers=_h(rng, **b), body={
            "account": L(EMAIL, MAIL), "provider": "google", "events": [
                {"title": L(f"Slava {SLAVA['svetac']}", SENS), "date": SLAVA["datum"]}]}),
        case(f, f"{a}/v1/reminders", fmt="form", headers=_h(rng, **b), body={
            "daysBefore": "14", "time": "10:00", "tz": L(BG_TZ, DEV)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "deviceId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L(SR, DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("invites_sent", 1, count=4), ev("menu_saved", 2, fasting=True),
                ev("screen", 3, screen=L("SeatingPlan", USAGE))]}),
        case(f, f"{a}/v1/slava", headers=_h(rng, how="nodash"),
             cookies={"slv_sess": L(opaque(rng, "", 40), CRED)}),
    ]


def slavarica_sdks() -> list[Case]:
    rng = random.Random(9042)
    return [
        mk_batch(APP, rng, [("Slava Created", {"saint": L(SLAVA["svetac"], SENS)}),
                            ("Guests Invited", {"count": 3})], tz=BG_TZ, locale=SR),
        mk_alias(APP, rng, {"slava": L(SLAVA["svetac"], SENS), "city": L("Beograd", COARSE),
                            "fasting": L(True, SENS)}),
        tg_open(APP, rng, user=True, n=9),
        tg_event(APP, rng, "kolac_ordered", {"bakery": "pek_0442"}, revenue=13.65,
                 currency="EUR"),
        lc_bid(APP, rng, {"native": {"request": "{\"ver\":\"1.2\"}"}},
               keywords=L("slava,posni recepti,sveti nikola", SENS)),
        kv_crash(APP, rng, ("java.lang.NullPointerException", "guest.rsvp"),
                 [kv_crumb("nav", "Gosti -> Raspored"),
                  kv_crumb("tap", "seat", {"guest": GUESTS[1]})], screen="SeatingActivity"),
        pk_eval(APP, rng, {"postMode": True, "lang": L("sr", DEV)}),
        zv_register(APP, rng, tags={"slava": L("sveti-nikola", SENS)}),
        dr_search(APP, rng, "Hram Svetog Save", SEARCH, near=BG_HOME_AT, nd=3),
        dr_route(APP, rng, [(BG_HOME_AT, PRECISE), ((HRAM["lat"], HRAM["lon"]), None)]),
    ]
