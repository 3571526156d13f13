"""Polish grocery-delivery app "Zakupek" (a Polish company delivering in New York; its API's keys
are Polish): sign-up, the delivery address with the building's door code, product searches, a
cart, delivery slots, an order with a tip, a one-time payment code, an age check for beer, a late
courier, a rating, the loyalty card, allergies, a referral, a complaint with a photo."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    EMAIL_B64,
    IID_NODASH,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    Acc,
    add,
    enc,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, FIRST, LAST, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families22_kit import LICENCE
from eval_families24_kit import claims, head, rid
from eval_families26_kit import (
    COURIER_AT,
    DARKSTORE_AT,
    DARKSTORE_LINE,
    DARKSTORE_PHONE,
    DOOR_CODE,
    GROCERY_ORDER,
    LOYALTY,
    ZAKUPEK_NOREPLY,
    pl_address,
)
from eval_families26_sdk import (
    lantern_bid,
    loom_event,
    loom_launch,
    warden_crumb,
    warden_report,
    wren_batch,
    wren_beacon,
)
from eval_families26_svc import (
    atlas_geocode,
    till_tokenize,
    tog_eval,
    wick_register,
    wick_tags,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case, rnd_hex

APP = App("zakupek", "Zakupek", "com.example.zakupek", "5.11.0",
          "https://api.zakupek.example.com")
IID = "X-Id-Urzadzenia"
O_URL = f"https://api.zakupek.example.com/api/v1/zamowienia/{GROCERY_ORDER}"
HOME_PIN = (40.748437, -73.985661)  # the geocoded pin of her building (her address)
ADDR = "contact.address"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _o(path: str, rng: random.Random, body: Any = None) -> Case:
    """A call on the order (its customer-facing number in the URL path)."""
    c = case(APP.fam, f"{O_URL}{path}", headers=_h(rng, auth="bearer"), body=body)
    return at_path(c, GROCERY_ORDER, BUY)


def zakupek() -> list[Case]:
    rng = random.Random(2671)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), imie=L(FIRST, NAMEC)))}
    lat3, lon3 = pos(3)
    lat6, lon6 = pos(6)
    acc: Acc = {}
    ctx = enc({"urz": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV), "jezyk": L("en-US", DEV),
               "wersja": APP.ver}, "header", "x-kontekst", "b64url", acc)
    sig = opaque(rng, "", 20)  # the unsubscribe link's signature (a negative)
    return [
        case(f, f"{a}/api/v1/rejestracja", headers=_h(rng), body={
            "imie": L(FIRST, NAMEC), "nazwisko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(NATIONAL, TEL), "haslo": L("Pierogi#Ruskie1", CRED),
            "zgoda_marketing": False, "zgoda_regulamin": True}),
        case(f, f"{a}/api/v1/logowanie", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL, MAIL), "haslo": L("Pierogi#Ruskie1", CRED)}),
        case(f, f"{a}/api/v1/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/adresy", headers=_h(rng, auth="bearer"), body={
            **pl_address(), "kod_domofonu": L(DOOR_CODE, CRED),
            "wskazowki": L("Doorman desk in the lobby, leave it with the concierge", TEXT),
            "pinezka": {"lat": L(HOME_PIN[0], PRECISE), "lon": L(HOME_PIN[1], PRECISE)},
            "domyslny": True}),
        case(f, f"{a}/api/v1/produkty/szukaj", headers=_h(rng, auth="bearer"),
             query={"fraza": L("pierogi ruskie", SEARCH), "sklep": "sk_greenpoint",
                    "strona": "1"}),
        case(f, f"{a}/api/v1/koszyk", headers=_h(rng, auth="bearer"), body={
            "sklep": "sk_greenpoint", "pozycje": [
                {"sku": "PL-PIER-RUS-450", "ilosc": 2}, {"sku": "PL-KAB-SLA-1KG", "ilosc": 1},
                {"sku": "PL-PIWO-ZYW-4PK", "ilosc": 1}]}),
        case(f, f"{a}/api/v1/terminy-dostawy", headers=_h(rng, auth="bearer"),
             query={"kod_pocztowy": L(ZIP, COARSE), "data": "2025-12-10"}),
        case(f, f"{a}/api/v1/zamowienia", headers=_h(rng, auth="bearer"), body={
            "koszyk": "ks_" + rnd_hex(rng, 10), "termin": "tm_1800_2000",
            "adres_id": "adr_" + rnd_hex(rng, 8), "suma": L("84.37", BUY),
            "napiwek": L("5.00", BUY), "kod_rabatowy": "WITAJ10",
            "platnosc": {"metoda": "karta", "token": L(opaque(rng, "tok_", 24), PAY)},
            "zamienniki": "podobny", "uwagi": L("Please no plastic bags", TEXT),
            "klucz_idempotencji": rid(rng)}),
        _o("/platnosc/kod", rng, {"kod": L("731904", CRED), "kanal": "sms"}),
        case(f, f"{a}/api/v1/weryfikacja-wieku", headers=_h(rng, auth="bearer"), body={
            "data_urodzenia": L(DOB, BIRTH), "dokument": "prawo_jazdy",
            "numer_dokumentu_koncowka": L(LICENCE[-4:], NATID)}),
        _o("/problem", rng, {
            "typ": "spoznienie", "pozycja_kuriera": {"lat": COURIER_AT[0],
                                                     "lon": COURIER_AT[1]},
            "moja_pozycja": {"lat": lat6, "lon": lon6},
            "opis": L("The courier is waiting at the wrong building", TEXT)}),
        case(f, f"{a}/api/v1/oceny", headers=_h(rng, auth="bearer"), body={
            "zamowienie": L(GROCERY_ORDER, BUY), "ocena_kuriera": 5, "ocena_produktow": 4,
            "komentarz": L("Bardzo mily kurier, dziekuje!", TEXT),
            "kurier_id": "kr_" + rnd_hex(rng, 6)}),
        case(f, f"{a}/api/v1/karta-lojalnosciowa", headers=_h(rng, auth="bearer"),
             body={"numer_karty": L(LOYALTY, UID), "zrodlo": "skan"}),
        case(f, f"{a}/api/v1/profil/preferencje", headers=_h(rng, auth="bearer"), body={
            "alergie": [L("orzechy arachidowe", MED), L("seler", MED)],
            "dieta": "wegetarianska", "jezyk": L("en-US", DEV), "newsletter": False}),
        case(f, f"{a}/api/v1/urzadzenia", headers=_h(rng, auth="bearer"), body={
            "token_push": L(push_token(rng), DID), "id_instalacji": L(IID_NODASH, DID),
            "strefa_czasowa": L("America/New_York", DEV)}),
        case(f, f"{a}/api/v1/zdarzenia", gz=True, headers=_h(rng, auth="bearer"), body={
            "uzytkownik": L(USER_ID, UID), "zdarzenia": [
                ev("wyszukiwanie", 1, fraza=L("pierogi ruskie", SEARCH)),
                ev("zamowienie_zlozone", 2, suma=L("84.37", BUY)),
                ev("ekran", 3, nazwa=L("Koszyk", USAGE))]}),
        case(f, f"{a}/api/v1/ulubione", headers=_h(rng, how="none"),
             cookies={"zk_sesja": L(opaque(rng, "", 54), CRED),
                      "zk_urz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/polecenia", headers=_h(rng, auth="bearer"), body={
            "imie_znajomego": L(PEOPLE[1][0], NAMEC),
            "email_znajomego": L(PEOPLE[1][2], MAIL), "nadawca": ZAKUPEK_NOREPLY}),
        at_path(multipart(f, f"{O_URL}/reklamacja", [
            ("zdjecie", "jajka.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("dane", None, "application/json", {
                "produkt": "PL-JAJ-L-10", "opis": L("Three eggs arrived broken", TEXT),
                "zwrot_na": "karta"})], headers=_h(rng, auth="bearer")), GROCERY_ORDER, BUY),
        add(case(f, f"{a}/api/v1/sklepy/najblizszy", query={"lat": lat3, "lon": lon3},
                 headers=_h(rng, auth="bearer", how="none", extra={"X-Kontekst": ctx})), acc),
        case(f, f"{a}/api/v1/sklepy/sk_greenpoint", headers=_h(rng, lang=True), query={
            "lat": str(DARKSTORE_AT[0]), "lon": str(DARKSTORE_AT[1]),
            "tel": DARKSTORE_PHONE, "ulica": DARKSTORE_LINE}),
        case(f, f"{a}/api/v1/newsletter/wypisz", query={"e": L(EMAIL_B64, MAIL),
                                                        "kanal": "email", "sig": sig},
             headers=_h(rng)),
    ]


def zakupek_sdks() -> list[Case]:
    rng = random.Random(2672)
    native = {"native": {"request": '{"ver":"1.2","assets":[{"id":1,"img":{"type":3}}]}',
                         "ver": "1.2"}, "tag": "lista_native"}
    return [
        wren_batch(APP, rng, [("Product Searched", {"q": L("pierogi ruskie", SEARCH)}),
                              ("Order Placed", {"total": L(84.37, BUY)})], adid=True),
        wren_beacon(APP, rng, "Promo Viewed", {"promo": "swieta25", "slot": 2}),
        loom_launch(APP, rng, first=True),
        loom_event(APP, rng, "af_purchase", {"af_revenue": L(84.37, BUY),
                                             "af_order_id": L(GROCERY_ORDER, BUY)},
                   hashed="md5"),
        lantern_bid(APP, rng, native, nd=None, hem=True, cat=["IAB8"]),
        warden_report(APP, rng, ("retrofit2.HttpException", "HTTP 409 slot taken"),
                      [warden_crumb("navigation", "Koszyk -> Terminy"),
                       warden_crumb("request", "POST",
                                    {"url": f"{APP.api}/api/v1/zamowienia", "status": 409})],
                      screen="TerminyActivity"),
        tog_eval(APP, rng, {"rynek": "nyc", "napiwek_domyslny": 10}, get=True),
        wick_register(APP, rng),
        wick_tags(APP, rng, {"kod_pocztowy": L(ZIP, COARSE), "alkohol": True}),
        till_tokenize(APP, rng, holder=False),
        atlas_geocode(APP, rng, "350 Fifth Av", ADDR, nd=3),
    ]
