"""Parcel-locker and delivery app "Noutola" of a Finnish company (its API's keys are Finnish),
used by the profile's user on an assignment in Helsinki: registration, log-ins (form, SMS),
``/minä``, her Helsinki address, lockers near her and a locker search, parcels followed and one
fetched by its tracking code in the path, a pick-up point change, opening a locker with the
pick-up code at the locker, sending a parcel to a friend, the checkout's fraud signals (typing
rhythm, the accelerometer; msgpack) and payment, an authorisation for a colleague, a damaged
parcel's return with a photo, a home delivery with the door code, devices, events,
feedback and her history by a cookie-authenticated GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    DIGITS,
    E164,
    EMAIL_UPPER,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    dwell_flight,
    multipart,
    push_token,
    series,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families33_kit import (
    FI_HOME,
    FI_HOME_AT,
    LOCKER,
    LOCKER_FIX,
    PICKUP_CODE,
    RECIPIENT,
    SHOP,
    TRACKING,
    fix,
    obj,
)
from eval_families33_sdk import fm_crumb, fm_notify, rh_event, rh_session, th_batch, th_profile
from eval_families33_svc import (
    ag_save,
    fc_eval,
    gt_geocode,
    gt_route,
    ps_card,
    pw_register,
)
from eval_payloads import (
    ANDROID_ID,
    EMAIL,
    INSTALL_ID,
    NAME,
    PHONE,
    USER_ID,
    Case,
    J,
    L,
    W,
    case,
)

APP = App("noutola", "Noutola", "com.example.noutola", "7.1.4", "https://api.noutola.example.com")
IID = "X-Noutola-Laite"
TZ = "Europe/Helsinki"
COLLEAGUE = ("Mikko Lahtinen", "+358 50 555 0177")  # a colleague she authorises (typed)
DOOR_CODE = "B2417"  # her building's street door code (it opens the door: a credential)
FULL = f"{FI_HOME['katuosoite']}, {FI_HOME['postinumero']} {FI_HOME['postitoimipaikka']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _home() -> dict[str, Any]:
    return {"katuosoite": L(FI_HOME["katuosoite"], ADDR),
            "postinumero": L(FI_HOME["postinumero"], COARSE),
            "postitoimipaikka": L(FI_HOME["postitoimipaikka"], COARSE), "maa": L("FI", COARSE)}


def noutola() -> list[Case]:
    rng = random.Random(3371)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), nimi=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(FI_HOME_AT, 6)
    lla, llo = fix(LOCKER_FIX, 6)
    dwell, flight = dwell_flight(rng, 16)
    parcel = case(f, f"{a}/v1/paketit/{TRACKING[0]}", headers=_h(rng, auth="bearer"),
                  query={"kieli": "en"})
    parcel.labels[("url", "path[2]")] = BUY  # her parcel's tracking code in the path
    return [
        case(f, f"{a}/v1/kayttajat", headers=_h(rng), body={
            "etunimi": L(FIRST, NAMEC), "sukunimi": L(LAST, NAMEC),
            "sähköposti": L(EMAIL, MAIL), "puhelin": L(PHONE, TEL),
            "salasana": L("Sauna&Sisu2025", CRED), "kieli": L("en", DEV),
            "markkinointilupa": False}),
        case(f, f"{a}/v1/kirjaudu", fmt="form", headers=_h(rng), body={
            "sähköposti": L(EMAIL_UPPER, MAIL), "salasana": L("Sauna&Sisu2025", CRED)}),
        case(f, f"{a}/v1/kirjaudu/sms", fmt="form", headers=_h(rng), body={
            "puhelin": L(DIGITS, TEL), "maatunnus": "+1", "koodi": L("551903", CRED)}),
        case(f, f"{a}/v1/minä", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/osoitteet", headers=_h(rng, **b), body={
            **_home(), "sijainti": {"lat": hla, "lon": hlo}, "oletus": True,
            "nimi": "Koti"}),
        case(f, f"{a}/v1/noutopisteet", headers=_h(rng, **b), query={
            "lat": L(f"{LOCKER_FIX[0]:.4f}", PRECISE), "lon": L(f"{LOCKER_FIX[1]:.4f}", PRECISE),
            "säde": "1000", "tyyppi": "automaatti"}),
        case(f, f"{a}/v1/noutopisteet/haku", headers=_h(rng, **b), query={
            "q": L("kamppi", SEARCH), "raja": "5"}),
        case(f, f"{a}/v1/paketit/seuranta", headers=_h(rng, **b), body={
            "seurantakoodit": [L(t, BUY) for t in TRACKING],
            "nimi": L("Kirjat Lukulampusta", TEXT), "lähettäjä": SHOP["nimi"]}),
        parcel,
        case(f, f"{a}/v1/paketit/{TRACKING[1]}/noutopiste", headers=_h(rng, **b), body={
            "seurantakoodi": L(TRACKING[1], BUY), "noutopiste": LOCKER["id"],
            "noutopisteen_osoite": LOCKER["osoite"]}),
        case(f, f"{a}/v1/noutopisteet/{LOCKER['id']}/avaa", headers=_h(rng, **b), body={
            "noutokoodi": L(PICKUP_CODE, CRED), "seurantakoodi": L(TRACKING[0], BUY),
            "sijainti": {"lat": lla, "lon": llo, "tarkkuus_m": 6}, "ble_rssi": -58,
            "lokero": "B14"}),
        case(f, f"{a}/v1/lahetykset", headers=_h(rng, **b), body={
            "vastaanottaja": {"nimi": L(RECIPIENT[0], NAMEC), "puhelin": L(RECIPIENT[1], TEL),
                              "sähköposti": L(RECIPIENT[2], MAIL),
                              "osoite": L(RECIPIENT[3], ADDR),
                              "postinumero": L(RECIPIENT[4], COARSE)},
            "lähettäjä": {"nimi": L(NAME, NAMEC), "puhelin": L(E164, TEL), **_home()},
            "paketti": {"koko": "M", "paino_kg": 1.2, "arvo_eur": 40},
            "noutopiste": LOCKER["id"], "hinta": L("7.90", BUY), "valuutta": "EUR"}),
        case(f, f"{a}/v1/petoksentorjunta", fmt="msgpack", headers=_h(rng, **b), body={
            "käyttäjä": L(USER_ID, UID), "laite": {
                "asennus": L(INSTALL_ID, DID), "android_id": L(ANDROID_ID, DID),
                "root": L(False, DEV), "malli": L("Pixel 8", DEV)},
            "kirjoitus": {"kenttä": "kortti", "pito_ms": L(dwell, KEYS),
                          "väli_ms": L(flight, KEYS)},
            "kiihtyvyys": L(series(rng, 24, ("x", "y", "z"), dt=20, scale=0.4), MOTION),
            "sim": {"mcc": L("310", CARRIER), "mnc": L("260", CARRIER)},
            "kesto_s": L(74, USAGE)}),
        case(f, f"{a}/v1/maksut", fmt="form", headers=_h(rng, **b), body={
            "lahetys": obj(rng, "lh", 10), "summa": L("7.90", BUY), "valuutta": "EUR",
            "maksutapa": "kortti", "kortti_loppu": L("4444", PAY),
            "maksutunniste": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/valtakirjat", headers=_h(rng, **b), body={
            "valtuutettu": {"nimi": L(COLLEAGUE[0], NAMEC), "puhelin": L(COLLEAGUE[1], TEL)},
            "seurantakoodi": L(TRACKING[1], BUY), "voimassa_asti": "2025-12-16"}),
        multipart(f, f"{a}/v1/palautukset", [
            ("kuva", "rikki.jpg", "image/jpeg", L(JPEG + b"\x61", MEDIA)),
            ("tiedot", None, "application/json", {
                "seurantakoodi": L(TRACKING[0], BUY), "syy": "vaurioitunut",
                "kuvaus": L("The box was crushed and one book cover is torn", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/kotiinkuljetus", fmt="form", headers=_h(rng, **b), body={
            "seurantakoodi": L(TRACKING[1], BUY), "osoite": L(FULL, ADDR),
            "ovikoodi": L(DOOR_CODE, CRED), "aikaikkuna": "17-21", "puhelin": L(E164, TEL),
            "ohje": L("Ring twice, the name on the door is Doe", TEXT)}),
        case(f, f"{a}/v1/laitteet", headers=_h(rng, **b), body={
            "fcm_token": L(push_token(rng), DID), "asennus": L(INSTALL_ID, DID),
            "aikavyöhyke": L(TZ, DEV), "kieli": L("en-FI", DEV)}),
        case(f, f"{a}/v1/tapahtumat", gz=True, headers=_h(rng, **b), body={
            "käyttäjä": L(USER_ID, UID), "tapahtumat": W([
                ev("lokero_avattu", 1), ev("lahetys_maksettu", 2),
                ev("nakyma", 3, nimi=L("Seuranta", USAGE))], "json")}),
        case(f, f"{a}/v1/palaute", headers=_h(rng, **b), body={
            "arvosana": 4, "teksti": L("Locker door stuck the first time, opened on retry",
                                       TEXT)}),
        case(f, f"{a}/v1/historia", query={"sivu": "1"}, headers=_h(rng, how="none"),
             cookies={"nt_istunto": L(opaque(rng, "", 48), CRED),
                      "nt_laite": L(INSTALL_ID, DID)}),
    ]


def noutola_sdks() -> list[Case]:
    rng = random.Random(3372)
    return [
        th_batch(APP, rng, [("Locker Opened", {"size": "M"}),
                            ("Parcel Sent", {"price": L(7.9, BUY)})], at=LOCKER_FIX, nd=3,
                 tz=TZ),
        th_profile(APP, rng, {"city": L("Helsinki", COARSE), "lang": "en",
                              "parcels_30d": L(3, BUY)}),
        rh_session(APP, rng, first=True),
        rh_event(APP, rng, "parcel_sent", {"size": "M"}, revenue=7.9, currency="EUR",
                 hashed=True),
        fm_notify(APP, rng, ("android.bluetooth.BluetoothGattException", "GATT 8"),
                  [fm_crumb("navigation", "Seuranta -> Avaa"),
                   fm_crumb("log", "locker ble connect", {"locker": LOCKER["id"]})],
                  context="AvaaActivity"),
        fc_eval(APP, rng, {"city": L("Helsinki", COARSE), "homeDelivery": True}),
        pw_register(APP, rng, tz=120, at=FI_HOME_AT, nd=2, tags={"city": L("Helsinki", COARSE)}),
        ag_save(APP, rng, {"analytics": True, "marketing": False}, country="FI", region="18"),
        ps_card(APP, rng, postal=L(FI_HOME["postinumero"], COARSE), country="FI"),
        gt_route(APP, rng, [(FI_HOME_AT, PRECISE), ((LOCKER["lat"], LOCKER["lon"]), None)],
                 costing="pedestrian"),
        gt_geocode(APP, rng, RECIPIENT[3], ADDR, near=FI_HOME_AT, nd=3),
    ]
