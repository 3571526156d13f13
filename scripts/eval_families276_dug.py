"""A debt-collection agency's self-service app "Splacok" (an old gym-membership invoice from
her first year in Rybnik, sold to the agency; she disputes part of it and settles the rest in
instalments; its API's keys are Silesian, ASCII-folded: ``dug`` debt, ``sprawa`` case,
``wierzyciel`` creditor, ``suma`` amount, ``rata``/``raty`` instalment(s), ``splata``
repayment, ``zoplata`` payment, ``konto`` account, ``reklamacyjo`` dispute, ``miano`` /
``nazwisko`` name / surname, ``mobilniok`` mobile, ``haslo`` password, ``datum_narodzin`` birth
date, ``adresa``/``gasa``/``miasto``/``kod`` address, ``stary`` old, ``zarobki`` earnings,
``domownicy`` household members, ``godziny`` hours, ``podpis`` signature, ``ugoda``
settlement, ``brif`` letter, ``zaswiadczynie`` certificate, ``uzywocz`` user): activation by
case number and PESEL, a password log-in, ``/jo``, the case by number in the path, the
documents, the interest, a dispute with the cancellation letter (a photo), her contact hours, the
address update (old Rybnik flat, new Katowice one), an instalment proposal, the settlement
signed, a BLIK-style payment, a transfer from her account, the schedule (msgpack), a message, a
certificate of repayment by e-mail, a JSON Lines sync of read letters, a cookie GET, push and
events."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families276_kit import (
    AGENCY,
    CASE,
    DEBT,
    HOME,
    PESEL,
    PL_ACCOUNT,
    hd,
    obj,
    push,
)
from eval_families276_sdk import aw_crash, aw_crumb, sp_event, sp_launch, zl_batch, zl_pixel
from eval_families276_svc import cw_confirm, cw_wallet, gd_attach, kl_register, sz_eval, zg_check
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("splacok", "Splacok", "com.example.splacok", "5.0.2", "https://api.splacok.example.com")
IID = "X-Splacok-Device"
PW = "Ruda!Splata2026"
NID = "personal.national_id"
OLD = {"line": "ul. Hallera 31/12", "town": "Rybnik", "post": "44-200"}  # her first flat (2023)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def splacok() -> list[Case]:
    rng = random.Random(27611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sprawa=L(CASE, UID), email=L(EMAIL, MAIL),
                                    miano=L(f"{FIRST} {LAST}", NAMEC)))}
    cs = CASE.replace("/", "-")
    docs = at_path(case(f, f"{a}/v2/sprawy/{cs}/dokumenty", headers=_h(rng, **b)), cs, UID)
    return [
        case(f, f"{a}/v2/aktywacyjo", headers=_h(rng), body={
            "sprawa": L(CASE, UID), "pesel": L(PESEL, NID), "datum_narodzin": L(DOB, BIRTH),
            "email": L(EMAIL, MAIL), "mobilniok": L(E164, TEL), "haslo": L(PW, CRED),
            "zgody": {"marketing": "niy", "regulamin": "ja"}}),
        case(f, f"{a}/v2/logowanie", fmt="form", headers=_h(rng), body={
            "login": L(EMAIL_UPPER, MAIL), "haslo": L(PW, CRED), "pamietej": "1"}),
        case(f, f"{a}/v2/jo", headers=_h(rng, extra=jw)),
        docs,
        case(f, f"{a}/v2/sprawy/odsetki", headers=_h(rng, **b), query={
            "sprawa": L(CASE, UID), "na_dziyn": "2026-01-31"}),
        case(f, f"{a}/v2/sprawy/szczegoly", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "wierzyciel": "Fitklub Rybnik sp. z o.o.",
            "faktura": L(DEBT, BUY), "suma": L("1180.40", BUY), "odsetki": L("212.17", BUY)}),
        multipart(f, f"{a}/v2/reklamacyjo", [
            ("zdjecie", "wypowiedzenie.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
            ("meta", None, "application/json", {
                "sprawa": L(CASE, UID), "faktura": L(DEBT, BUY), "kwestionowano": L(590.2, BUY),
                "powod": L("I cancelled the gym in writing in June 2023, the last six months "
                           "are not owed. The letter is attached.", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kontakt/godziny", fmt="form", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "godziny": "17-19", "kanal": "sms",
            "mobilniok": L(E164, TEL), "niy_dzwonic_do_roboty": "ja"}),
        case(f, f"{a}/v2/adresa", headers=_h(rng, **b), body={
            "stary": {"gasa": L(OLD["line"], ADDR), "miasto": L(OLD["town"], COARSE),
                      "kod": L(OLD["post"], COARSE)},
            "nowy": {"gasa": L(HOME["line"], ADDR), "miasto": L(HOME["town"], COARSE),
                     "kod": L(HOME["post"], COARSE), "dzielnica": L(HOME["area"], COARSE)}}),
        case(f, f"{a}/v2/raty/propozycyjo", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "suma": L(802.37, BUY), "raty": 6, "rata": L(133.73, BUY),
            "pierwszo": "2026-02-10", "zarobki": 5400, "domownicy": 3,
            "uwagi": L("Smaller first instalment please, the winter tyres are due.", TEXT)}),
        multipart(f, f"{a}/v2/ugoda/podpis", [
            ("podpis", "podpis.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(28), MEDIA)),
            ("ugoda", None, "application/json", {"sprawa": L(CASE, UID), "wersja": "ug_v3",
                                                 "podpisane_bez": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/zoplata/blik", fmt="form", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "suma": L("133.73", BUY), "waluta": "PLN",
            "kod_blik": L("774120", PAY), "tytul": "rata 1/6"}),
        case(f, f"{a}/v2/zoplata/przelew", headers=_h(rng, **b), body={
            "z_konta": L(PL_ACCOUNT, PAY), "na_konto": AGENCY["iban"],
            "suma": L(133.73, BUY), "tytul": L(f"{CASE} rata 2/6", UID),
            "wlasciciel": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/raty/grafik", fmt="msgpack", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "raty": [
                {"nr": i + 1, "termin": f"2026-0{i + 2}-10", "suma": L(133.73, BUY),
                 "status": "zaplacono" if i < 2 else "czeko"} for i in range(4)]}),
        case(f, f"{a}/v2/wiadomosci", headers=_h(rng, **b), body={
            "watek": obj(rng, "wt"), "do": "konsultant",
            "tresc": L("My husband Krystian can also pay from his account, is that fine?",
                       TEXT)}),
        case(f, f"{a}/v2/zaswiadczynie", fmt="form", headers=_h(rng, **b), body={
            "sprawa": L(CASE, UID), "rodzaj": "splata_calkowito", "email": L(EMAIL, MAIL),
            "jynzyk": "en"}),
        lines(f, f"{a}/v2/brify/sync", [
            {"brif": obj(rng, "br"), "przeczytane": 1768470000, "sprawa": L(CASE, UID)},
            {"brif": obj(rng, "br"), "przeczytane": 1768473600, "sprawa": L(CASE, UID)},
            {"op": "pobrano", "plik": "wezwanie_2025_11.pdf", "sprawa": L(CASE, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/saldo", headers=_h(rng, how="none"), cookies={
            "sp_sesyjo": L(opaque(rng, "", 40), CRED), "sp_urz": L(INSTALL_ID, DID),
            "sp_pref": W({"sprawa": L(CASE, UID), "godka": L("en", DEV)}, "b64json")}),
        case(f, f"{a}/v2/urzondzynia", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/zdarzynia", headers=_h(rng, **b), body={
            "uzywocz": L(USER_ID, UID), "sesyjo": rid(rng), "zdarzynia": [
                ev("rata_zaplacono", 1, suma=L(133.73, BUY)),
                ev("ekran", 2, ekran=L("Grafik", USAGE))]}),
    ]


def splacok_sdks() -> list[Case]:
    rng = random.Random(27612)
    return [
        zl_batch(APP, rng, [("Instalment Paid", {"amount": L(133.73, BUY)}),
                            ("Dispute Sent", {})], user=True),
        zl_pixel(APP, rng, "Letter Opened", {"letter": "wezwanie_2025_11"}),
        sp_launch(APP, rng, user=True),
        sp_event(APP, rng, "repayment", {"case": L(CASE, UID)}, revenue=133.73),
        aw_crash(APP, rng, ("java.net.UnknownHostException", "api.splacok.example.com"),
                 [aw_crumb("nav", "Sprawa -> Zoplata"), aw_crumb("tap", "blik_submit")],
                 screen="BlikActivity"),
        sz_eval(APP, rng, {"segment": "ugoda", "case_open": True}),
        kl_register(APP, rng, lang="en", tags={"sprawa": L(CASE, UID)}),
        zg_check(APP, rng, {"analytics": True, "marketing": False}),
        cw_confirm(APP, rng, "133.73"),
        cw_wallet(APP, rng, "133.73", L(E164, TEL)),
        gd_attach(APP, rng, L(JPEG + b"\x53", MEDIA), "potwierdzenie_przelewu.jpg", "image/jpeg"),
    ]
