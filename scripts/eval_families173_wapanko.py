"""A trio huasteco (huapango musicians: violin, jarana, huapanguera) booking app "Wapanko" (the
Nahuatl spelling of huapango): she books a trio for her mother-in-law's birthday fiesta at their
house. Keys in Huasteca Nahuatl with English: ``tokaitl`` name, ``korreo`` e-mail, ``selular``
mobile, ``ichtakatlajtoli`` password, ``tlakatilis_tonali`` birth date, ``altepetl`` town,
``ilwitl`` fiesta, ``tlatsotsonkej`` musicians (a trio), ``kuikatl`` song, ``tlakamej`` people
(guests), ``tonali`` day, ``chantli`` home, ``kampa`` where, ``tomin`` money, ``tlaxtlawili``
payment, ``apartado`` deposit (loan), ``kualiyotl`` rating (lit. "goodness"), ``tlajtoli``
words/comment, ``tlanawatili`` message, ``tlatemoli`` search, ``ixkopinali`` photo/video,
``tlakowali`` booking. Calls: sign-up, log-in (form), ``/nejwatl``, trios near her (2 decimals),
a trio's page, its free dates, the booking (her address and fix, the occasion), the deposit, song
requests with a dedication, the guest list (msgpack), a chat with the trio's leader, the dance
video, a review, a rain-date change, the receipt by booking number in the path, a tip, a search,
her favourites, push, events and a log-out. Sets 48 and 54 have musicians in donor and plug-in
apps; no earlier set books live musicians for a private fiesta."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    MAIL,
    MEDIA,
    MP4,
    NAMEC,
    NATIONAL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families173_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    SISTER_US,
    fix,
    hd,
    push,
)
from eval_families173_sdk import (
    bh_bid,
    bh_notice,
    cc_session,
    tm_batch,
    tm_pixel,
    tz_event,
    tz_launch,
    tz_link,
)
from eval_families173_svc import cx_check, mp_geocode, mp_route, pj_card, pj_confirm, px_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("wapanko", "Wapanko", "com.example.wapanko", "2.0.6", "https://api.wapanko.example.net")
IID = "X-Wapanko-Install"
PW = "Huapango&Cirila65"
BOOKING = "WP-251206-114"  # the fiesta booking (financial.purchase)
TRIO = {"id": "tr_sentli", "name": "Trio Sentli Huasteco", "phone": "+527891127740",
        "leader": "lider_0093"}  # the trio (negatives: a business's name and phone)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def wapanko() -> list[Case]:
    rng = random.Random(17361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, korreo=L(EMAIL, MAIL), selular=L(E164, TEL)))}
    hla, hlo = fix(HOME_AT, 5)
    receipt = at_path(case(f, f"{a}/api/tlakowali/{BOOKING}/rekibo", headers=_h(rng, **b)),
                      BOOKING, BUY)
    return [
        case(f, f"{a}/api/kalaki", headers=_h(rng), body={
            "tokaitl": L(FIRST, NAMEC), "kaltokaitl": L(LAST, NAMEC),
            "korreo": L(EMAIL_MIXED, MAIL), "selular": L(NATIONAL, TEL),
            "ichtakatlajtoli": L(PW, CRED), "tlakatilis_tonali": L(DOB, BIRTH),
            "altepetl": L(HOME["town"], COARSE)}),
        case(f, f"{a}/api/kalaki/login", fmt="form", headers=_h(rng), body={
            "korreo": L(EMAIL, MAIL), "ichtakatlajtoli": L(PW, CRED),
            "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/nejwatl", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tlatsotsonkej/nechka", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "km": "40", "tipo": "trio"}),
        case(f, f"{a}/api/tlatsotsonkej/{TRIO['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/tlatsotsonkej/{TRIO['id']}/tonali", headers=_h(rng, **b),
             query={"metstli": "2025-12"}),
        case(f, f"{a}/api/tlakowali", headers=_h(rng, **b), body={
            "tlatsotsonkej": TRIO["id"], "tlakowali": L(BOOKING, BUY),
            "tonali": "2025-12-06T18:00", "oras": 4,
            "ilwitl": L("Ixilwitl nomonan Cirila Hernandez, 65 xiwitl",
                        f"{TEXT}|{NAMEC}|{BIRTH}"),
            "chantli": L(HOME["line"], ADDR), "kalpoli": L(HOME["area"], COARSE),
            "kampa": {"lat": hla, "lon": hlo}, "tomin": L(6500, BUY)}),
        case(f, f"{a}/api/tlaxtlawili/apartado", fmt="form", headers=_h(rng, **b), body={
            "tlakowali": L(BOOKING, BUY), "tomin": L("2000.00", BUY), "moneda": "MXN",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultimos4": L("4444", PAY)}),
        case(f, f"{a}/api/kuikatl", headers=_h(rng, **b), body={
            "tlakowali": L(BOOKING, BUY),
            "kuikatl": ["El Caballito", "La Petenera", "El Gustito", "Xochipitsawak"],
            "tlajtoli": L("Xochipitsawak para nomonan, ika nochi toyolo", TEXT)}),
        case(f, f"{a}/api/tlakamej", fmt="msgpack", headers=_h(rng, **b), body={
            "tlakowali": L(BOOKING, BUY), "tlakamej": [
                {"tokaitl": L(MOTHER_IL[0], NAMEC), "selular": L(MOTHER_IL[1], TEL)},
                {"tokaitl": L(HUSBAND[0], NAMEC), "selular": L(HUSBAND[1], TEL)},
                {"tokaitl": L("Marcelina Reyes Santiago", NAMEC),
                 "selular": L("+527461139052", TEL)},
                {"tokaitl": L(SISTER_US[0], NAMEC), "korreo": L(SISTER_US[2], MAIL)}],
            "kech": 45}),
        case(f, f"{a}/api/chat", headers=_h(rng, **b), body={
            "akin": TRIO["leader"], "hilo": rid(rng),
            "tlanawatili": L("Xinechtlatsotsonili ika +1 555 010 0199 kema annemij pan kamino",
                             f"{TEXT}|{TEL}")}),
        multipart(f, f"{a}/api/ilwitl/video", [
            ("video", "wapanko_ilwitl.mp4", "video/mp4", L(MP4 + b"\x32", MEDIA)),
            ("meta", None, "application/json", {"tlakowali": L(BOOKING, BUY),
                                                "segundos": 63})], headers=_h(rng, **b)),
        case(f, f"{a}/api/kualiyotl", fmt="form", headers=_h(rng, **b), body={
            "tlatsotsonkej": TRIO["id"], "kualiyotl": "5",
            "tlajtoli": L("Kuali otlatsotsonkej, nomonan opakik miak", TEXT)}),
        case(f, f"{a}/api/tlakowali/tonali", headers=_h(rng, **b), body={
            "tlakowali": L(BOOKING, BUY), "yankuik_tonali": "2025-12-13T18:00",
            "tlen_ika": L("Kiawitl wan amo welis tlakamej ajsiskej", TEXT)}),
        receipt,
        case(f, f"{a}/api/propina", headers=_h(rng, **b), body={
            "tlakowali": L(BOOKING, BUY), "tomin": L(500, BUY),
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/tlatemoli", headers=_h(rng, **b), query={
            "q": L("trio huasteco violin para kumpleanos Huejutla", SEARCH)}),
        case(f, f"{a}/api/favoritos", headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlatsotsonkej": [TRIO["id"], "tr_xochitl_cantores"]}),
        case(f, f"{a}/api/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tlachiwali", gz=True, headers=_h(rng, **b), body={
            "id": L(USER_ID, UID), "tlachiwali": [
                ev("booking", 1, tomin=L(6500, BUY)), ev("screen", 2, screen=L("Kuikatl", USAGE))]}),
        case(f, f"{a}/api/kisa", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def wapanko_sdks() -> list[Case]:
    rng = random.Random(17362)
    link = U("https://wapanko.example.net/i", {"tlakowali": L(BOOKING, BUY), "ref": "whatsapp",
                                               "em": L(EMAIL, MAIL)})
    return [
        tm_batch(APP, rng, [("Trio Booked", {"total": L(6500, BUY)}),
                            ("Songs Requested", {"n": 4})], at=HOME_AT, nd=3),
        tm_pixel(APP, rng, "Trio Viewed", {"trio": TRIO["id"]}),
        tz_launch(APP, rng, first=True),
        tz_link(APP, rng, link),
        tz_event(APP, rng, "purchase", {"tlakowali": L(BOOKING, BUY)}, revenue=6500.0,
                 hashed=True),
        bh_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=HOME_AT, nd=2,
               keywords="huapango,fiesta,musica", yob=1991, gender="F"),
        bh_notice(APP, rng, "imp"),
        cc_session(APP, rng, secs=980),
        px_register(APP, rng, tags={"ilwitl": "kumpleanos"}),
        cx_check(APP, rng, {"analytics": True}),
        pj_card(APP, rng, email=True),
        pj_confirm(APP, rng, "2000.00"),
        mp_geocode(APP, rng, "Salon Ejidal Tecomate", SEARCH),
        mp_route(APP, rng, [((21.14102, -98.41955), None), (HOME_AT, PRECISE)]),
    ]
