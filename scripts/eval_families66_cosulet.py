"""Bucharest food-delivery and grocery app "Coșuleț" (its API's keys are Romanian; she spends the
winter in Bucharest): sign-up, a log-in and an SMS code, ``/profil`` with a JWT, her address
with the building code, restaurants nearby, a menu, a search, a cart (msgpack), an order and
its tracking by number in the path, her live position for the courier, a review, an age check
for alcohol (CNP and ID card photo), a grocery order from the dark store, invoice details,
allergens, an office address, a referral, a complaint with a photo, a subscription, push,
events and the loyalty points by a cookie GET."""

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
    JPEG,
    MAIL,
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
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families37_kit import fix, obj
from eval_families66_kit import (
    BUC_HOME,
    BUC_HOME_AT,
    BUC_OFFICE,
    CNP,
    COMANDA,
    COURIER,
    DARK_STORE,
    INTERFON,
    RESTAURANT,
)
from eval_families66_sdk import ah_event, bk_bid, cl_crumb, cl_report, tq_batch
from eval_families66_svc import pb_register, pm_card, pm_confirm, rw_message, tm_geocode, tm_reverse
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, W, case

APP = App("cosulet", "Cosulet", "com.example.cosulet", "5.18.2", "https://api.cosulet.example.ro")
IID = "X-Cosulet-Dispozitiv"
PAROLA = "Castan!Dambovita7"
DOB_RO = "17.05.1991"
TZ, LOC = "Europe/Bucharest", "ro-RO"
FRIEND = ("Ioana Popescu", "+40 722 555 031")  # a colleague she invites (contact.*)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("ro-RO,ro;q=0.9,en-US;q=0.7", DEV)
    return h


def cosulet() -> list[Case]:
    rng = random.Random(6611)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(BUC_HOME_AT, 6)
    ctx = {"X-Cosulet-Context": W({"dispozitiv": L(INSTALL_ID.replace("-", ""), DID),
                                   "oras": L("București", COARSE),
                                   "sector": L("Sector 3", COARSE), "versiune": APP.ver},
                                  "b64json")}
    ola, olo = fix(BUC_OFFICE["at"], 5)
    track = at_path(case(f, f"{a}/v1/comenzi/{COMANDA}/urmarire", headers=_h(rng, **b)),
                    COMANDA, BUY)
    return [
        case(f, f"{a}/v1/cont", headers=_h(rng), body={
            "prenume": L(FIRST, NAMEC), "nume": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "telefon": L(E164, TEL), "parola": L(PAROLA, CRED),
            "data_nasterii": L(DOB_RO, BIRTH), "oras": L(BUC_HOME["oras"], COARSE),
            "accept_marketing": False, "accept_termeni": True}),
        case(f, f"{a}/v1/auth/autentificare", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "parola": L(PAROLA, CRED), "tine_minte": "1"}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(PHONE, TEL), "cod": L("408715", CRED), "canal": "sms"}),
        case(f, f"{a}/v1/profil", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/adrese", headers=_h(rng, **b), body={
            "eticheta": "Acasă", "strada": L(BUC_HOME["strada"], ADDR),
            "detalii": L(BUC_HOME["detalii"], ADDR), "oras": L(BUC_HOME["oras"], COARSE),
            "sector": L(BUC_HOME["sector"], COARSE), "judet": L(BUC_HOME["judet"], COARSE),
            "cod_postal": L(BUC_HOME["cod_postal"], COARSE), "lat": hla, "lon": hlo,
            "interfon": L(INTERFON, CRED),
            "instructiuni": L("Sunați la interfon, scrie DOE pe ușă", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/restaurante", headers=_h(rng, **b, extra=ctx), query={
            "lat": L(f"{BUC_HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{BUC_HOME_AT[1]:.3f}", PRECISE),
            "categorie": "pizza", "sortare": "distanta", "pagina": "1"}),
        case(f, f"{a}/v1/restaurante/{RESTAURANT['id']}/meniu", headers=_h(rng, **b),
             query={"limba": L("ro", DEV)}),
        case(f, f"{a}/v1/cautare", headers=_h(rng, **b), query={
            "q": L("ciorbă de burtă", SEARCH), "sector": "3"}),
        case(f, f"{a}/v1/cos", fmt="msgpack", headers=_h(rng, **b), body={
            "restaurant": RESTAURANT["id"], "produse": [
                {"id": "prd_1182", "cantitate": 1, "pret": 32.5},
                {"id": "prd_1190", "cantitate": 2, "pret": 9.0}], "cos": obj(rng, "cos", 8)}),
        case(f, f"{a}/v1/comenzi", headers=_h(rng, **b), body={
            "numar": L(COMANDA, BUY), "restaurant": {k: RESTAURANT[k] for k in (
                "id", "nume", "adresa", "telefon", "lat", "lon")},
            "subtotal": L("50.50", BUY), "taxa_livrare": L("7.99", BUY), "bacsis": L("5.00", BUY),
            "metoda_plata": L(opaque(rng, "pm_", 24), PAY), "livrare": {
                "strada": L(BUC_HOME["strada"], ADDR), "lat": fix(BUC_HOME_AT, 5)[0],
                "lon": fix(BUC_HOME_AT, 5)[1]},
            "observatii": L("Fără tacâmuri, vă rog", TEXT), "idempotenta": rid(rng)}),
        track,
        case(f, f"{a}/v1/comenzi/{COMANDA}/locatie-client", headers=_h(rng, **b), body={
            "lat": L(f"{BUC_HOME_AT[0] - 0.00004:.5f}", PRECISE),
            "lon": L(f"{BUC_HOME_AT[1] + 0.00007:.5f}", PRECISE), "precizie_m": 9,
            "curier": COURIER["id"]}),
        case(f, f"{a}/v1/recenzii", fmt="form", headers=_h(rng, **b), body={
            "comanda": L(COMANDA, BUY), "restaurant": RESTAURANT["id"], "nota": "5",
            "curier": COURIER["id"], "nota_curier": "5", "prenume_curier": COURIER["prenume"],
            "comentariu": L("Ciorba a venit fierbinte, Andrei a fost foarte amabil", TEXT)}),
        multipart(f, f"{a}/v1/verificare-varsta", [
            ("act", "buletin.jpg", "image/jpeg", L(JPEG + b"\x66", f"{MEDIA}|{NATID}")),
            ("date", None, "application/json", {
                "cnp": L(CNP, NATID), "nume": L(LAST, NAMEC), "prenume": L(FIRST, NAMEC),
                "data_nasterii": L(DOB_RO, BIRTH), "tip_act": "permis_sedere"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/market/comenzi", gz=True, headers=_h(rng, **b), body={
            "magazin": {"id": DARK_STORE["id"], "lat": DARK_STORE["lat"],
                        "lon": DARK_STORE["lon"]},
            "produse": [{"ean": "5941234000118", "cantitate": 2, "pret": 8.49},
                        {"ean": "5949031300214", "cantitate": 1, "pret": 21.9}],
            "total": L("38.88", BUY), "inlocuiri": "suna-ma", "interval": "18:00-19:00",
            "numar": L("CSM-2512-11802", BUY)}),
        case(f, f"{a}/v1/facturare", fmt="form", headers=_h(rng, **b), body={
            "tip": "persoana_fizica", "nume": L(f"{LAST} {FIRST}", NAMEC), "cnp": L(CNP, NATID),
            "strada": L(BUC_HOME["strada"], ADDR), "oras": L(BUC_HOME["oras"], COARSE),
            "judet": L(BUC_HOME["judet"], COARSE),
            "cod_postal": L(BUC_HOME["cod_postal"], COARSE)}),
        case(f, f"{a}/v1/profil/alergeni", headers=_h(rng, **b), body={
            "alergeni": [L("gluten", MED), L("arahide", MED)], "vegetarian": False}),
        case(f, f"{a}/v1/adrese", headers=_h(rng, **b), body={
            "eticheta": "Birou", "strada": L(BUC_OFFICE["strada"], ADDR),
            "oras": L("București", COARSE), "sector": L("Sector 1", COARSE),
            "lat": ola, "lon": olo}),
        case(f, f"{a}/v1/invitatii", headers=_h(rng, **b), body={
            "nume": L(FRIEND[0], NAMEC), "telefon": L(FRIEND[1], TEL),
            "mesaj": L("Ia 20 de lei reducere la prima comandă!", TEXT)}),
        multipart(f, f"{a}/v1/suport/reclamatii", [
            ("poza", "comanda.jpg", "image/jpeg", L(JPEG + b"\x67", MEDIA)),
            ("detalii", None, "application/json", {
                "comanda": L(COMANDA, BUY),
                "text": L("Lipsește o porție de papanași din comandă", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abonamente/verificare", headers=_h(rng, **b), body={
            "produs": L("cosulet_plus_lunar", BUY), "pret": L("19.99", BUY), "moneda": "RON",
            "token": L(play_token(rng), BUY)}),
        case(f, f"{a}/v1/dispozitive", headers=_h(rng, **b), body={
            "token_push": L(push_token(rng), DID), "instalare": L(INSTALL_ID, DID),
            "limba": L("ro_RO", DEV), "fus_orar": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "sistem": L("Android 14", DEV)}),
        case(f, f"{a}/v1/evenimente", gz=True, headers=_h(rng, **b), body={
            "utilizator": L(USER_ID, UID), "evenimente": [
                ev("comanda_plasata", 1, valoare=L(63.49, BUY)), ev("cautare", 2),
                ev("ecran", 3, ecran=L("UrmarireComanda", USAGE))]}),
        case(f, f"{a}/v1/fidelitate/puncte", headers=_h(rng, how="none"),
             cookies={"csl_sesiune": L(opaque(rng, "", 40), CRED),
                      "csl_dispozitiv": L(INSTALL_ID, DID), "csl_ab": "b"}),
    ]


def cosulet_sdks() -> list[Case]:
    rng = random.Random(6612)
    return [
        tq_batch(APP, rng, [("Order Placed", {"total": L(63.49, BUY), "currency": "RON"}),
                            ("Search", {"query": L("ciorbă de burtă", SEARCH)})],
                 at=BUC_HOME_AT, nd=2, tz=TZ, locale=LOC),
        ah_event(APP, rng, "af_purchase", {"order": L(COMANDA, BUY), "type": "food"},
                 revenue=63.49, currency="RON", hashed=True),
        bk_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=BUC_HOME_AT, nd=3, country="ROU",
               lang="ro", keywords="pizza,livrare,shaorma"),
        cl_report(APP, rng, ("java.lang.IllegalStateException", "courier marker null"),
                  [cl_crumb("navigation", "Comenzi -> Urmarire"),
                   cl_crumb("request", "GET", {"url": f"{APP.api}/v1/comenzi/{COMANDA}/urmarire",
                                               "status": 200})],
                  screen="TrackingActivity", tz=TZ, locale="ro_RO"),
        pb_register(APP, rng, tz=TZ, lang="ro", at=BUC_HOME_AT, nd=2,
                    tags={"oras": L("Bucuresti", COARSE), "plus": "da"}),
        pm_card(APP, rng, zipc=BUC_HOME["cod_postal"]),
        pm_confirm(APP, rng, "63.49", "ron"),
        tm_geocode(APP, rng, "Strada Popa Nan 23, București", ADDR, near=BUC_HOME_AT, nd=3,
                   lang="ro"),
        tm_reverse(APP, rng, BUC_HOME_AT, PRECISE, nd=5),
        rw_message(APP, rng, L(f"Comanda {COMANDA} întârzie de 40 de minute", f"{TEXT}|{BUY}"),
                   {"comanda": L(COMANDA, BUY), "oras": L("București", COARSE)}),
    ]
