"""Male-voice-choir rehearsal app "Corlais" (she is the accompanist of a Cardiff male-voice
choir: she plays the piano and records the men): sign-up, an SMS code, ``/me``, joining by the
choir's code, her profile, the rehearsal schedule, the attendance register she keeps, a check-in
at the chapel, a rehearsal recording and her piano track (M4A), a score annotation, a message to
the section leaders, a library search, the Brittany tour (her passport, an emergency contact)
and its deposit, her subs, concert tickets, a lift offered, a Welsh pronunciation take, an
cast to a home speaker, push, events and the library by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families13_kit import M4A
from eval_families17_kit import (
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    MAIL,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, App, ev, opaque
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix, obj
from eval_families97_kit import (
    CHAPEL,
    CHAPEL_FIX,
    CHOIR,
    CY_HOME_AT,
    CY_POSTCODE,
    JOIN_CODE,
    PASSPORT_US,
    members,
)
from eval_families97_sdk import (
    cy_batch,
    cy_identify,
    gw_session,
    hb_bid,
    td_link,
    td_session,
)
from eval_families97_svc import bn_eval, pw_register, sg_message, tl_route
from eval_payloads import EMAIL, INSTALL_ID, LOCAL_IP, NAME, USER_ID, Case, J, L, U, case

APP = App("corlais", "Corlais", "com.example.corlais", "1.19.4", "https://api.corlais.example.net")
IID = "X-Corlais-Device"
PW = "Myfanwy#1875"
MEMBER = "NE-0312"  # her membership number in the choir's register (id.user)
MEN = members(random.Random(9730), 6)  # choristers (negatives)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def corlais() -> list[Case]:
    rng = random.Random(9731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, name=L(NAME, NAMEC), member=L(MEMBER, UID)))}
    reh = obj(rng, "reh", 8)
    la, lo = fix(CHAPEL_FIX, 6)
    hla, hlo = fix(CY_HOME_AT, 3)
    return [
        case(f, f"{a}/v1/accounts", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED),
            "displayName": L(NAME, NAMEC), "phone": L(E164, TEL), "role": "accompanist"}),
        case(f, f"{a}/v1/accounts/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "code": L("483920", CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/choirs/join", headers=_h(rng, **b), body={
            "code": L(JOIN_CODE, CRED), "choir": CHOIR["id"], "memberNo": L(MEMBER, UID)}),
        case(f, f"{a}/v1/me/profile", headers=_h(rng, **b), body={
            "instrument": "piano", "part": None,
            "bio": L("Pianist from New York, in Cardiff for a year with my family", TEXT),
            "showPhone": False}),
        case(f, f"{a}/v1/choirs/{CHOIR['id']}/rehearsals",
             query={"from": "2025-12-01", "to": "2026-01-31"}, headers=_h(rng, **b)),
        case(f, f"{a}/v1/rehearsals/{reh}/attendance", headers=_h(rng, **b), body={
            "present": MEN[:5], "apologies": MEN[5:], "markedBy": L(USER_ID, UID)}),
        case(f, f"{a}/v1/rehearsals/{reh}/checkin", headers=_h(rng, **b), body={
            "lat": la, "lon": lo, "acc": 9, "venue": CHAPEL["name"],
            "wifi": {"ssid": L(CHAPEL["ssid"], WIFI), "bssid": L(CHAPEL["bssid"], WIFI)}}),
        multipart(f, f"{a}/v1/rehearsals/{reh}/recordings", [
            ("audio", "myfanwy_take3.m4a", "audio/mp4", L(M4A + b"\x97", MEDIA)),
            ("meta", None, "application/json", {"piece": "Myfanwy", "sections": ["T1", "T2",
                                                "B1", "B2"], "durationS": 212, "take": 3})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/library/pieces/pc_0441/accompaniment", [
            ("audio", "calon_lan_piano.m4a", "audio/mp4", L(M4A + b"\x98", MEDIA)),
            ("meta", None, "application/json", {"tempo": 72, "key": "Ab"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/library/pieces/pc_0441/annotations", headers=_h(rng, **b), body={
            "bar": 24, "text": L("Tenors 1 rush here, hold the fermata longer", TEXT),
            "visibleTo": "section_leaders"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "to": "section_leaders", "thread": obj(rng, "thr", 8),
            "text": L("Extra run of Gwahoddiad on Thursday, I'll bring the Ab copies", TEXT)}),
        case(f, f"{a}/v1/library/search", query={"q": L("Gwahoddiad", SEARCH), "lang": "cy"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v1/tours/brittany-2026/register", headers=_h(rng, **b), body={
            "passportNumber": L(PASSPORT_US, NATID), "passportExpiry": "2031-04-30",
            "nationality": "US", "dateOfBirth": L(DOB, "personal.birthdate"),
            "emergency": {"name": L(PARTNER[0], NAMEC), "phone": L(PARTNER[1], TEL)},
            "room": "twin_share", "diet": "vegetarian"}),
        case(f, f"{a}/v1/tours/brittany-2026/deposit", fmt="form", headers=_h(rng, **b), body={
            "amount": L("150.00", BUY), "booking": L("TOUR-BZH-0081", BUY), "currency": "GBP"}),
        case(f, f"{a}/v1/subs", fmt="form", headers=_h(rng, **b), body={
            "memberNo": L(MEMBER, UID), "amount": L("60.00", BUY), "period": "2025-26"}),
        case(f, f"{a}/v1/concerts/cnc_1219/tickets", headers=_h(rng, **b), body={
            "qty": 4, "total": L("48.00", BUY), "order": L("CL-77104", BUY),
            "buyerEmail": L(EMAIL, MAIL), "seats": ["C11", "C12", "C13", "C14"]}),
        case(f, f"{a}/v1/lifts/offers", headers=_h(rng, **b), body={
            "rehearsal": reh, "from": {"postcode": L(CY_POSTCODE, COARSE), "lat": hla,
                                       "lon": hlo}, "seats": 2, "departs": "18:50"}),
        multipart(f, f"{a}/v1/pronunciation/attempts", [
            ("audio", "ynganu.m4a", "audio/mp4", L(M4A + b"\x99", MEDIA)),
            ("meta", None, "application/json", {"line": "Calon lân yn llawn daioni",
                                                "piece": "pc_0441"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/practice/cast", headers=_h(rng, **b), body={
            "piece": "pc_0441", "localIp": L(LOCAL_IP, DEV),
            "speaker": {"name": "Living room speaker", "ip": "192.168.1.40", "port": 8009}}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("recording_uploaded", 1), ev("register_saved", 2),
                ev("screen", 3, screen=L("Library", USAGE))]}),
        case(f, f"{a}/v1/library", headers=_h(rng, how="nodash"),
             cookies={"cl_sid": L(opaque(rng, "", 40), CRED), "cl_choir": CHOIR["id"]}),
    ]


def corlais_sdks() -> list[Case]:
    rng = random.Random(9732)
    link = U("https://corlais.example.net/join", {"c": L(JOIN_CODE, CRED), "from": MEN[0],
                                                  "utm_source": "whatsapp"})
    return [
        cy_batch(APP, rng, [("Recording Uploaded", {"seconds": 212}),
                            ("Checked In", {"venue": "chapel"})], at=CHAPEL_FIX, nd=4,
                 fmt="msgpack"),
        cy_identify(APP, rng, {"role": "accompanist", "choir": CHOIR["id"],
                               "email": L(EMAIL, MAIL)}),
        td_session(APP, rng, first=True),
        td_link(APP, rng, link),
        hb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="choir,music,wales"),
        gw_session(APP, rng, secs=1460),
        bn_eval(APP, rng, {"role": "accompanist"}),
        pw_register(APP, rng, tags={"part": "accompanist", "choir": CHOIR["id"]}),
        tl_route(APP, rng, [(CY_HOME_AT, PRECISE), ((CHAPEL["lat"], CHAPEL["lon"]), None)]),
        sg_message(APP, rng, L("The register won't save when I'm offline in the vestry", TEXT),
                   {"choir": CHOIR["id"]}),
    ]
