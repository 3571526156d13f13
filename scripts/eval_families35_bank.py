"""Mobile banking app "Zlotnik" of a Polish bank (its API's keys are Polish; she is on a year's
assignment in Warsaw): a two-step log-in with a masked password and an SMS code, binding the
phone (activation code, mPIN), a selfie check, accounts and history (the IBAN in the path),
transfers to her landlord and to savings, BLIK: a shop payment, an ATM withdrawal at the ATM, a
phone transfer to a friend after a contacts check, card limits, ATMs nearby, currency exchange,
contact details, a certificate request (PESEL), a secure message, push, events, a session GET;
and the behavioural-biometrics SDK "Keystrata" (typing rhythm, touches, how she holds the phone)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    CARRIER,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    FACE,
    IID_NODASH,
    JPEG,
    KEYS,
    MAIL,
    MEDIA,
    MOTION,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    compact,
    dwell_flight,
    f32b64,
    flat,
    keys,
    multipart,
    push_token,
    sha,
    swipe,
)
from eval_families18_kit import IID_UPPER, NATID
from eval_families20_kit import FIRST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PASSPORT, sdk_uuid
from eval_families24_kit import claims, head, sdk_id
from eval_families35_kit import (
    ATM,
    ATM_FIX,
    CARD_LAST4,
    FRIEND_PL,
    IBAN_LANDLORD,
    IBAN_MAIN,
    IBAN_SAVE,
    KLIENT,
    LANDLORD,
    MASKED_PW,
    MPIN,
    PESEL,
    PL_HOME,
    PL_HOME_AT,
    SHOP_PL,
    fix,
    holding,
    spaced,
)
from eval_families35_sdk import aw_session, cl_crumb, cl_notify, sl_batch, sl_identify
from eval_families35_svc import as_save, cw_reverse, fw_eval, pf_register
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, LOCAL_IP, NAME, PHONE, Case, J, L, case

APP = App("zlotnik", "Zlotnik", "com.example.zlotnik.mobile", "9.14.0",
          "https://api.zlotnik.example.com")
IID = "X-Zlt-Urzadzenie"
TZ = "Europe/Warsaw"
KS = "https://c.keystrata.example.com/v3"
HIST = f"https://api.zlotnik.example.com/api/v2/rachunki/{IBAN_MAIN}/historia"
WAW_WIFI = ("Hoza41_m12", "e8:48:b8:3c:71:0a")  # the Warsaw flat's Wi-Fi (location.wifi)


def _h(rng: random.Random, *, extra: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    more = {"Accept-Language": L("pl-PL,pl;q=0.9", DEV), **(extra or {})}
    return head(APP, rng, iid=IID, extra=more, **kw)


def _masked(positions: list[int]) -> str:
    return "".join(MASKED_PW[p - 1] for p in positions)


def _ks(rng: random.Random, path: str, body: dict[str, Any], gz: bool = True) -> Case:
    """A Keystrata call: the SDK's device ID and session in headers, gzip JSON."""
    return case(f"{APP.fam}-keystrata", f"{KS}/{path}", body=body, gz=gz, headers={
        "User-Agent": "Keystrata-Android/5.8.3", "X-KS-Customer": APP.key("keystrata"),
        "X-KS-Device": L(sdk_id(APP, "keystrata"), DID)})


def keystrata() -> list[Case]:
    """The biometrics SDK: a session with device signals, the log-in's typing, touches and
    holding angle, then the transfer form's keys (the IBAN typed, with timings)."""
    rng = random.Random(3513)
    csid = sdk_uuid(rng)
    d1, f1 = dwell_flight(rng, 8)
    d2, f2 = dwell_flight(rng, 5)
    iban_keys = keys(rng, IBAN_LANDLORD[2:])
    return [
        _ks(rng, "sessions", gz=False, body={
            "csid": csid, "aid": L(ANDROID_ID, DID), "app": APP.pkg,
            "dev": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "tz": L(TZ, DEV),
                    "lang": L("pl-PL", DEV), "screen": L("1080x2400", DEV),
                    "emulator": L(False, DEV), "rooted": L(False, DEV),
                    "ipLocal": L(LOCAL_IP, DEV)},
            "net": {"ssid": L(WAW_WIFI[0], WIFI), "bssid": L(WAW_WIFI[1], WIFI),
                    "mcc": L("310", CARRIER), "mnc": L("260", CARRIER), "roaming": True},
            "sdk": "5.8.3"}),
        _ks(rng, "collect", body={
            "csid": csid, "ctx": "login", "seq": 1,
            "fields": [{"f": "identyfikator", "n": 8, "kd": L(d1, KEYS), "ft": L(f1, KEYS),
                        "paste": False},
                       {"f": "haslo_maskowane", "n": 5, "kd": L(d2, KEYS), "ft": L(f2, KEYS),
                        "paste": False}],
            "touch": L(swipe(rng, 14), MOTION), "hold": L(holding(rng, 24), MOTION),
            "hand": "right", "sampling_ms": [16, 50, 100]}),
        _ks(rng, "collect", body={
            "csid": csid, "ctx": "przelew_krajowy", "seq": 2,
            "fields": [{"f": "numer_rachunku", "ev": L(compact(iban_keys), f"{KEYS}|{PAY}")},
                       {"f": "tytul", "n": 23, "kd": L(dwell_flight(rng, 23)[0], KEYS)}],
            "taps": L([[i * 412, 300 + 40 * i, 1820 - 9 * i, 0.08] for i in range(6)], MOTION),
            "foreground_ms": L(48120, USAGE)}),
    ]


def zlotnik() -> list[Case]:
    rng = random.Random(3511)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, klient=L(KLIENT, UID), imie=L(FIRST, NAMEC),
                                    kanal="mobile"))}
    b = {"auth": "bearer"}
    pos = [2, 5, 7, 10, 13]
    la, lo = fix(ATM_FIX)
    contacts = [L(sha("sha256", n), CONTACTS) for n in
                ("+48512555087", "+48601555214", "+48693555410", "+48785555062", "+15550142277")]
    cases = [
        case(f, f"{a}/api/v2/logowanie/krok1", headers=_h(rng), body={
            "identyfikator": L(KLIENT, UID), "jezyk": L("pl", DEV),
            "urzadzenie": {"idInstalacji": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV),
                           "system": L("Android 14", DEV)}}),
        case(f, f"{a}/api/v2/logowanie/krok2", fmt="form", headers=_h(rng), body={
            "idLogowania": L(opaque(rng, "lg_", 32), CRED),
            "pozycje": ",".join(map(str, pos)), "znaki": L(_masked(pos), CRED)}),
        case(f, f"{a}/api/v2/logowanie/sms", fmt="form", headers=_h(rng), body={
            "idLogowania": L(opaque(rng, "lg_", 32), CRED), "kodSms": L("448120", CRED),
            "zaufaneUrzadzenie": "true"}),
        case(f, f"{a}/api/v2/urzadzenia/powiazanie", headers=_h(rng, **b), body={
            "kodAktywacyjny": L("K7Q2-9XMD", CRED), "androidId": L(ANDROID_ID, DID),
            "idInstalacji": L(IID_UPPER, DID), "nazwaUrzadzenia": L("Pixel 8 Jane",
                                                                     f"{DEV}|{NAMEC}"),
            "producent": L("Google", DEV), "rootowany": L(False, DEV),
            "kluczPubliczny": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + opaque(rng, "", 40),
            "operator": L("Example Mobile", CARRIER), "mccMnc": L("310260", CARRIER),
            "strefaCzasowa": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/urzadzenia/pin", fmt="form", headers=_h(rng, **b), body={
            "nowyPin": L(MPIN, CRED), "powtorzPin": L(MPIN, CRED), "biometria": "false"}),
        multipart(f, f"{a}/api/v2/weryfikacja/selfie", [
            ("selfie", "selfie.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("dane", None, "application/json", {
                "szablonTwarzy": L(f32b64(flat(rng, 128)), FACE), "zywotnosc": 0.97,
                "numerPaszportu": L(PASSPORT, NATID), "krajDokumentu": "USA",
                "proba": 1})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/klient", headers=_h(rng, extra=jw)),
        at_path(case(f, HIST, headers=_h(rng, **b), query={
            "od": "2025-11-01", "do": "2025-12-09", "strona": "1"}), IBAN_MAIN, PAY),
        case(f, f"{a}/api/v2/przelewy", headers=_h(rng, **b), body={
            "zRachunku": L(IBAN_MAIN, PAY), "naRachunek": L(spaced(IBAN_LANDLORD), PAY),
            "odbiorca": {"nazwa": L(LANDLORD[0], NAMEC), "adres": L(LANDLORD[2], ADDR)},
            "tytul": L("Czynsz grudzień, Hoża 41 m. 12", f"{TEXT}|{ADDR}"),
            "kwota": L("3200.00", BUY), "waluta": "PLN", "tryb": "ELIXIR",
            "zapiszOdbiorce": True}),
        case(f, f"{a}/api/v2/przelewy/{obj_id(rng)}/autoryzacja", fmt="form",
             headers=_h(rng, **b), body={"pin": L(MPIN, CRED), "metoda": "mPIN"}),
        case(f, f"{a}/api/v2/przelewy/wlasne", headers=_h(rng, **b), body={
            "zRachunku": L(spaced(IBAN_MAIN), PAY), "naRachunek": L(IBAN_SAVE, PAY),
            "kwota": L("1500.00", BUY), "tytul": "Oszczędności"}),
        case(f, f"{a}/api/v2/blik/platnosci/{obj_id(rng)}/potwierdzenie",
             headers=_h(rng, **b), body={
                 "kodBlik": L("728391", CRED), "kwota": L("89.90", BUY), "waluta": "PLN",
                 "odbiorca": {"id": SHOP_PL["id"], "nazwa": SHOP_PL["nazwa"],
                              "nip": SHOP_PL["nip"]}, "decyzja": "AKCEPTUJ",
                 "pin": L(MPIN, CRED)}),
        case(f, f"{a}/api/v2/blik/wyplata", headers=_h(rng, **b), body={
            "kodBlik": L("305517", CRED), "kwota": L("400.00", BUY),
            "bankomat": dict(ATM), "pozycja": {"szer": la, "dl": lo, "dokladnosc": 6}}),
        case(f, f"{a}/api/v2/blik/telefon/kontakty", headers=_h(rng, **b),
             body={"skroty": contacts, "algorytm": "sha256"}),
        case(f, f"{a}/api/v2/blik/przelew-na-telefon", headers=_h(rng, **b), body={
            "numerTelefonu": L(FRIEND_PL[1], TEL), "nazwaOdbiorcy": L(FRIEND_PL[0], NAMEC),
            "kwota": L("45.00", BUY), "tytul": L("Za pizzę w piątek", TEXT),
            "zRachunku": L(IBAN_MAIN, PAY)}),
        case(f, f"{a}/api/v2/karty/limity", fmt="form", headers=_h(rng, **b), body={
            "ostatnie4": L(CARD_LAST4, PAY), "limitInternet": "2000",
            "limitBankomat": "1000", "platnosciZagraniczne": "true"}),
        case(f, f"{a}/api/v2/placowki", headers=_h(rng, **b), query={
            "szer": L(f"{PL_HOME_AT[0]:.2f}", COARSE), "dl": L(f"{PL_HOME_AT[1]:.2f}", COARSE),
            "typ": "bankomat", "promien": "2000"}),
        case(f, f"{a}/api/v2/wymiana", headers=_h(rng, **b), body={
            "z": "PLN", "na": "USD", "kwota": L("2000.00", BUY), "kurs": "3.6412",
            "zRachunku": L(IBAN_MAIN, PAY)}),
        case(f, f"{a}/api/v2/klient/dane-kontaktowe", headers=_h(rng, **b), body={
            "email": L(EMAIL, MAIL), "telefon": L(PHONE, TEL),
            "adresKorespondencyjny": {"ulica": L(PL_HOME["ulica"], ADDR),
                                      "kodPocztowy": L(PL_HOME["kod"], COARSE),
                                      "miejscowosc": L(PL_HOME["miasto"], COARSE),
                                      "kraj": L("PL", COARSE)}}),
        case(f, f"{a}/api/v2/wnioski/zaswiadczenie", fmt="form", headers=_h(rng, **b), body={
            "pesel": L(PESEL, NATID), "imieNazwisko": L(NAME, NAMEC),
            "rodzaj": "zaswiadczenie_o_rachunku",
            "cel": L("Dla pracodawcy w Nowym Jorku", TEXT)}),
        case(f, f"{a}/api/v2/wiadomosci", headers=_h(rng, **b), body={
            "temat": "Zastrzeżenie karty", "priorytet": "wysoki",
            "tresc": L(f"Zgubiłam kartę kończącą się na {CARD_LAST4} w tramwaju 15",
                       f"{TEXT}|{PAY}")}),
        case(f, f"{a}/api/v2/powiadomienia/urzadzenie", headers=_h(rng, **b), body={
            "tokenPush": L(push_token(rng), DID), "idInstalacji": L(IID_NODASH, DID),
            "strefaCzasowa": L(TZ, DEV)}),
        case(f, f"{a}/api/v2/zdarzenia", gz=True, headers=_h(rng, **b), body={
            "klient": L(KLIENT, UID), "zdarzenia": [
                ev("logowanie", 1, metoda="haslo_maskowane"),
                ev("blik_potwierdzony", 2, kwota=L(89.9, BUY)),
                ev("ekran", 3, ekran=L("HistoriaRachunku", USAGE))]}),
        case(f, f"{a}/api/v2/sesja/odswiez", headers=_h(rng, how="none"),
             cookies={"ZLT_SESJA": L(opaque(rng, "", 48), CRED),
                      "ZLT_URZ": L(INSTALL_ID, DID)}),
    ]
    return cases


def obj_id(rng: random.Random) -> str:
    """A transaction's or an order's ID in the path (a negative)."""
    return "tx" + opaque(rng, "", 14)


def zlotnik_sdks() -> list[Case]:
    rng = random.Random(3512)
    return [
        *keystrata(),
        sl_batch(APP, rng, [("Login Completed", {"method": "masked_password"}),
                            ("Transfer Sent", {"type": "domestic", "amount": L(3200, BUY)})],
                 tz=TZ),
        sl_identify(APP, rng, {"segment": "expat", "city": L("Warszawa", COARSE),
                               "products": 3}),
        aw_session(APP, rng, first=True),
        cl_notify(APP, rng, ("java.io.IOException", "stream was reset: CANCEL"),
                  [cl_crumb("navigation", "Pulpit -> Historia"),
                   cl_crumb("request", "GET", {"url": L(HIST, PAY), "status": 502})],
                  ctx="HistoriaActivity", tz=TZ),
        fw_eval(APP, rng, {"segment": "retail", "country": L("PL", COARSE)}),
        pf_register(APP, rng, tz=TZ, tags={"city": L("Warszawa", COARSE), "blik": 1}),
        as_save(APP, rng, {"analytics": True, "marketing": False}, user=True),
        cw_reverse(APP, rng, ATM_FIX, "location.precise", nd=5),
    ]
