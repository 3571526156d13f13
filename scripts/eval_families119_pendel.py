"""Cross-border car-pool app "Pendelhaff" (a Luxembourg company; its API's keys are
Luxembourgish: ``virnumm``, ``familljennumm``, ``telefonsnummer``, ``adress``, ``strooss``,
``uertschaft``, ``matrikelnummer``, ``gebuertsdatum``, ``passwuert``, ``mann``): she lives in
Thionville and shares rides to Kirchberg. Sign-up with her matricule, a password grant,
``/ech``, her husband as emergency contact, home and work, a ride search, P+R car parks nearby,
a booking, its payment and status by number in the path, the live trip (msgpack) and a protobuf
heartbeat, a message to the driver, a rating, the border-day counter for the tax rule, the
mobility allowance to her IBAN, a search, a lost item, a colleague invited, an avatar, push,
events, a pass bought on Play and her points by a cookie GET."""

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
    PEOPLE,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families119_kit import (
    DRIVER,
    HOME,
    HOME_AT,
    HUSBAND,
    IBAN,
    MATRIKEL,
    OFFICE_AT,
    PR_KIRCH,
    PR_THI,
    TRIP,
    fix,
    trip,
)
from eval_families119_sdk import cf_crash, cf_crumb, cl_batch, cl_traits, ih_event, ih_open
from eval_families119_svc import ch_message, fs_eval, pn_register, tb_route, tb_telemetry
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, case

APP = App("pendelhaff", "Pendelhaff", "com.example.pendelhaff", "5.3.2",
          "https://api.pendelhaff.example.com")
IID = "X-Pendel-Apparat"
PW = "Mosel!Kiem2025"
NATID = "personal.national_id"
RES = "PH-R-558120"  # her seat booking (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, **kw)
    h["Accept-Language"] = L("lb-LU,fr;q=0.8,en;q=0.6", DEV)
    return h


def pendelhaff() -> list[Case]:
    rng = random.Random(11901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    hla, hlo = fix(HOME_AT)
    ola, olo = fix(OFFICE_AT, 5)
    t = trip(rng, 4)
    lab: dict[str, str] = {}
    hb = pb([(1, L(USER_ID, UID)), (2, TRIP),
             (3, [(1, L(round(t[2]["lat"].value, 6), PRECISE)),
                  (2, L(round(t[2]["lon"].value, 6), PRECISE))]),
             (4, 88), (5, L(61, DEV))], "", lab)
    status = at_path(case(f, f"{a}/v1/reservatiounen/{RES}/status", headers=_h(rng, **b)),
                     RES, BUY)
    return [
        case(f, f"{a}/v1/konten", headers=_h(rng), body={
            "virnumm": L(FIRST, NAMEC), "familljennumm": L(LAST, NAMEC),
            "email": L(EMAIL, MAIL), "telefonsnummer": L(E164, TEL), "passwuert": L(PW, CRED),
            "gebuertsdatum": L("17.05.1991", BIRTH), "matrikelnummer": L(MATRIKEL, NATID),
            "adress": {"strooss": L(HOME["strooss"], ADDR), "plz": L(HOME["plz"], COARSE),
                       "uertschaft": L(HOME["uertschaft"], COARSE),
                       "land": L(HOME["land"], COARSE)},
            "newsletter": False, "cgu": "2025-03"}),
        case(f, f"{a}/v1/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL_UPPER, MAIL),
            "password": L(PW, CRED), "client_id": "pendelhaff-android"}),
        case(f, f"{a}/v1/ech", headers=_h(rng, extra={"Authorization": J(claims(
            rng, email=L(EMAIL, MAIL), grenzganger=True))})),
        case(f, f"{a}/v1/ech/noutfallkontakt", headers=_h(rng, **b), body={
            "mann": {"numm": L(HUSBAND[0], NAMEC), "telefonsnummer": L(HUSBAND[1], TEL)},
            "sprooch": "lb"}),
        case(f, f"{a}/v1/ech/plazen", headers=_h(rng, **b), body={"plazen": [
            {"typ": "doheem", "lat": hla, "lon": hlo},
            {"typ": "schaff", "lat": ola, "lon": olo, "ufank": "08:30"}]}),
        case(f, f"{a}/v1/trajeten/sichen", headers=_h(rng, **b), query={
            "vun": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "op": PR_KIRCH["id"],
            "datum": "2025-12-10", "auer": "07:15", "plazen": "1"}),
        case(f, f"{a}/v1/pr/noper", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.2f}", COARSE), "lon": L(f"{HOME_AT[1]:.2f}", COARSE),
            "radius": "3000"}),
        case(f, f"{a}/v1/reservatiounen", headers=_h(rng, **b), body={
            "trajet": TRIP, "chauffeur": DRIVER["id"], "plazen": 1, "ofhuelen": PR_THI["id"],
            "ofsetzen": PR_KIRCH["id"], "reservatioun": L(RES, BUY), "präis": L("6.40", BUY),
            "muenz": "EUR"}),
        case(f, f"{a}/v1/reservatiounen/{RES}/bezuelen", fmt="form", headers=_h(rng, **b),
             body={"betrag": L("6.40", BUY), "methode": L(opaque(rng, "pm_", 24), PAY),
                   "reservatioun": L(RES, BUY)}),
        status,
        case(f, f"{a}/v1/trajeten/{TRIP}/positiounen", fmt="msgpack", headers=_h(rng, **b),
             body={"trajet": TRIP, "rolle": "passagéier", "fixen": t}),
        raw(f, f"{a}/v1/trajeten/{TRIP}/hb", hb, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/chat/{DRIVER['id']}", headers=_h(rng, **b), body={
            "text": L("Moien Joël, ech stinn um Quai 2 mat der rouder Jackett", TEXT),
            "client_id": rid(rng)}),
        case(f, f"{a}/v1/trajeten/{TRIP}/bewäertung", fmt="form", headers=_h(rng, **b), body={
            "note": "5", "kommentar": L("Ganz pünktlech, gutt Musek", TEXT),
            "chauffeur": DRIVER["id"]}),
        case(f, f"{a}/v1/grenzdeeg", headers=_h(rng, **b), body={
            "joer": 2025, "deeg": [{"datum": "2025-12-0" + str(i + 1),
                                    "land": L(c, COARSE)} for i, c in enumerate(
                                        ["LU", "FR", "LU", "LU", "FR"])],
            "limit": 34}),
        case(f, f"{a}/v1/mobiliteitspraim", fmt="form", headers=_h(rng, **b), body={
            "iban": L(IBAN, PAY), "matrikelnummer": L(MATRIKEL, NATID),
            "kontoinhaber": L("Jane Doe", NAMEC), "mount": "2025-11",
            "betrag": "45.00"}),
        case(f, f"{a}/v1/sichen", headers=_h(rng, **b), query={
            "q": L("Kirchberg Kiem muerges", SEARCH), "page": "1"}),
        case(f, f"{a}/v1/fonnsaachen", headers=_h(rng, **b), body={
            "trajet": TRIP, "beschreiwung": L("Blo Regeschierm am Kofferraum vergiess", TEXT)}),
        case(f, f"{a}/v1/invitatiounen", headers=_h(rng, **b), body={
            "numm": L(PEOPLE[1][0], NAMEC), "email": L(PEOPLE[1][2], MAIL),
            "code": "PENDEL-JD91"}),
        multipart(f, f"{a}/v1/ech/bild", [
            ("bild", "avatar.jpg", "image/jpeg", L(JPEG + b"\x19", MEDIA)),
            ("meta", None, "application/json", {"virnumm": L(FIRST, NAMEC), "crop": [0, 0, 512]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/apparater", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "apparat": L(INSTALL_ID, DID),
            "sprooch": L("lb", DEV), "zäitzon": L("Europe/Luxembourg", DEV),
            "modell": L("Pixel 8", DEV), "system": L("Android 14", DEV)}),
        case(f, f"{a}/v1/evenementer", gz=True, headers=_h(rng, **b), body={
            "benotzer": L(USER_ID, UID), "evenementer": [
                ev("trajet_gebucht", 1, plazen=1), ev("chat_opgemaach", 2),
                ev("ecran", 3, ecran=L("Grenzdeeg", USAGE))]}),
        case(f, f"{a}/v1/abo/play", headers=_h(rng, **b), body={
            "produkt": L("pendel_pass_monthly", BUY), "orderId": L("GPA.3371-2210-4471-90218", BUY),
            "purchaseToken": L(play_token(rng), BUY), "package": APP.pkg}),
        case(f, f"{a}/v1/punkten", headers=_h(rng, how="none"), cookies={
            "ph_sess": L(opaque(rng, "", 40), CRED), "ph_app": L(INSTALL_ID, DID),
            "ph_tel": L(PHONE, TEL)}),
    ]


def pendelhaff_sdks() -> list[Case]:
    rng = random.Random(11902)
    return [
        ih_open(APP, rng, first=True),
        ih_event(APP, rng, "ride_booked", {"reservation": L(RES, BUY), "seats": 1},
                 revenue=6.40, hashed=True),
        cl_batch(APP, rng, [("Ride Booked", {"price": L(6.40, BUY), "seats": 1}),
                            ("Search", {"query": L("Kirchberg Kiem muerges", SEARCH)})],
                 at=HOME_AT, nd=2),
        cl_traits(APP, rng, {"uertschaft": L("Thionville", COARSE), "grenzganger": True,
                             "virnumm": L(FIRST, NAMEC)}),
        cf_crash(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                 [cf_crumb("nav", "Trajeten -> LiveTrajet"),
                  cf_crumb("net", "POST", {"url": f"{APP.api}/v1/trajeten/{TRIP}/hb",
                                           "status": 502})], screen="LiveTripActivity"),
        fs_eval(APP, rng, {"country": L("FR", COARSE), "commuter": True}, hdr=True),
        pn_register(APP, rng, tags={"pr": PR_THI["id"]}, at=HOME_AT, nd=2, lang="lb"),
        tb_route(APP, rng, [(HOME_AT, PRECISE), ((PR_THI["lat"], PR_THI["lon"]), None),
                            (OFFICE_AT, PRECISE)]),
        tb_telemetry(APP, rng, [(t["lat"].value, t["lon"].value) for t in trip(rng, 3)],
                     PRECISE),
        ch_message(APP, rng, L("Mäi Chauffeur ass net komm, reservatioun PH-R-558120",
                               f"{TEXT}|{BUY}"), {"reservatioun": L(RES, BUY)}),
    ]
