"""Wedding photographer's client app "Vowlight" (she and her fiancé booked the studio): sign-up
with both names, a log-in, ``/me``, the contract (their home address, the venue, the package),
its signature, the questionnaire (ceremony, family notes, must-have shots), the guest list from
her contacts, the gallery by a cookie GET, "find my photos" (a selfie and its face embedding),
the guests' face clusters named by her, favourites (msgpack), a download, a print order, her
own photos from the day (GPS in their metadata), a message, the balance paid, a review, push
and events."""

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
    FACE,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PEOPLE,
    SENS,
    STREET,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import CITY, FIRST, LAST, STATE, ZIP, App, ev, opaque
from eval_families24_kit import claims, head
from eval_families55_kit import BOOKING, FIANCE, GALLERY, VENUE, face_vec, fix, obj
from eval_families55_sdk import aq_bid, cw_batch, cw_identify, lm_link, lm_open, sv_crash, sv_crumb
from eval_families55_svc import ag_save, cm_confirm, pw_geocode, tb_message
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("vowlight", "Vowlight", "com.example.vowlight", "2.2.5",
          "https://api.vowlight.example.net")
IID = "X-Vowlight-Install"
PW = "Peonies&Lace26"
DANCE_FIX = (41.062391, -73.855874)  # her phone on the dance floor (her fix at the venue)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def vowlight() -> list[Case]:
    rng = random.Random(5571)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), booking=L(BOOKING, BUY)))}
    dla, dlo = fix(DANCE_FIX)
    photos = [obj(rng, "ph", 10) for _ in range(4)]
    return [
        case(f, f"{a}/v1/couples", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED),
            "partner1": L(f"{FIRST} {LAST}", NAMEC), "partner2": L(FIANCE[0], NAMEC),
            "phone": L(E164, TEL), "weddingDate": "2026-06-13"}),
        case(f, f"{a}/v1/auth", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED)}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/contracts", headers=_h(rng, **b), body={
            "booking": L(BOOKING, BUY), "package": L("Full day + album", BUY),
            "price": L("5400.00", BUY), "deposit": L("1350.00", BUY),
            "venue": {"id": VENUE["id"], "name": VENUE["name"], "line": VENUE["line"],
                      "lat": VENUE["lat"], "lon": VENUE["lon"]},
            "billing": {"line1": L(STREET, ADDR), "city": L(CITY, COARSE),
                        "state": L(STATE, COARSE), "zip": L(ZIP, COARSE)},
            "partner2": {"email": L(FIANCE[2], MAIL), "phone": L(FIANCE[1], TEL)}}),
        case(f, f"{a}/v1/contracts/{BOOKING}/sign", fmt="form", headers=_h(rng, **b), body={
            "typedName": L(f"{FIRST} {LAST}", NAMEC), "agree": "1", "ip": "client"}),
        case(f, f"{a}/v1/questionnaire", headers=_h(rng, **b), body={
            "ceremony": L("interfaith, Catholic and Jewish", SENS), "firstLook": True,
            "familyNotes": L("My parents are divorced, please keep Dad and Linda apart",
                             f"{TEXT}|{NAMEC}"),
            "mustHave": L("Marcus with his grandmother Rose before the ceremony",
                          f"{TEXT}|{NAMEC}"), "unplugged": True}),
        case(f, f"{a}/v1/guests/import", headers=_h(rng, **b), body={
            "source": "contacts", "guests": [
                {"name": L(p[0], CONTACTS), "phone": L(p[1], CONTACTS)} for p in PEOPLE[:3]]}),
        case(f, f"{a}/v1/shotlist", fmt="form", headers=_h(rng, **b), body={
            "vip1": L("Rose Bell", NAMEC), "vip2": L(PEOPLE[0][0], NAMEC),
            "notes": L("Rose uses a wheelchair, keep group shots on the terrace",
                       f"{TEXT}|health.medical")}),
        case(f, f"{a}/v1/galleries/{GALLERY}", headers=_h(rng, how="none"),
             cookies={"vl_sess": L(opaque(rng, "", 40), CRED), "vl_dev": L(INSTALL_ID, DID),
                      "vl_gallery": GALLERY}),
        multipart(f, f"{a}/v1/galleries/{GALLERY}/find-me", [
            ("selfie", "me.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("face", None, "application/json", {"embedding": L(face_vec(rng), FACE),
                                                "model": "arcface-128", "box": [212, 330, 488,
                                                                                690]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/galleries/{GALLERY}/clusters", gz=True, headers=_h(rng, **b), body={
            "clusters": [{"cluster": obj(rng, "fc", 6), "name": L(n, NAMEC),
                          "centroid": L(face_vec(rng), FACE), "photos": 40 + i}
                         for i, n in enumerate(("Rose Bell", FIANCE[0], PEOPLE[1][0]))]}),
        case(f, f"{a}/v1/galleries/{GALLERY}/favorites", fmt="msgpack", headers=_h(rng, **b),
             body={"add": photos[:3], "remove": photos[3:], "user": L(USER_ID, UID)}),
        case(f, f"{a}/v1/galleries/{GALLERY}/downloads", headers=_h(rng, **b), body={
            "photos": photos, "size": "web", "notify": L(EMAIL, MAIL)}),
        case(f, f"{a}/v1/prints/orders", headers=_h(rng, **b), body={
            "order": L("VLP-30912", BUY), "items": [{"photo": photos[0], "size": "8x10"}],
            "total": L("64.00", BUY), "ship": {"name": L(FIANCE[0], NAMEC),
                                               "line1": L(STREET, ADDR), "zip": L(ZIP, COARSE)}}),
        multipart(f, f"{a}/v1/galleries/{GALLERY}/guest-uploads", [
            ("photo", "IMG_2291.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("exif", None, "application/json", {"lat": dla, "lon": dlo, "taken": 1781377200,
                                                "camera": L("Pixel 8", DEV)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/timeline", headers=_h(rng, **b), body={
            "gettingReady": {"where": L(STREET, ADDR), "zip": L(ZIP, COARSE), "at": "11:00"},
            "ceremony": {"where": VENUE["name"], "at": "16:00"},
            "coordinator": {"name": "Tess Ng", "phone": "+19145550140"}}),
        case(f, f"{a}/v1/hotel-block", fmt="form", headers=_h(rng, **b), body={
            "guestName": L(PEOPLE[3][0], NAMEC), "guestEmail": L(PEOPLE[3][2], MAIL),
            "nights": "2", "hotel": "htl_0211"}),
        case(f, f"{a}/v1/messages", headers=_h(rng, **b), body={
            "thread": obj(rng, "thr", 8), "text": L(
                "Can we add a shot with my maid of honor Lucía at the greenhouse door?",
                f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v1/contracts/{BOOKING}/balance", fmt="form", headers=_h(rng, **b), body={
            "amount": L("4050.00", BUY), "method": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/reviews", headers=_h(rng, **b), body={
            "stars": 5, "text": L("They caught every tear, the album is perfect", TEXT)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("gallery_opened", 1), ev("photo_favorited", 2, n=3),
                ev("screen", 3, screen=L("Gallery", USAGE))]}),
    ]


def vowlight_sdks() -> list[Case]:
    rng = random.Random(5572)
    link = U("https://vowlight.example.net/g", {"gallery": GALLERY, "guest": "1",
                                               "inviter": L(USER_ID, UID)})
    return [
        cw_batch(APP, rng, [("Gallery Opened", {"photos": 812}),
                            ("Find Me Used", {"matches": 143})]),
        cw_identify(APP, rng, {"partner": L(FIANCE[0], NAMEC), "city": L(CITY, COARSE),
                               "weddingMonth": "2026-06"}),
        lm_open(APP, rng, user=True),
        lm_link(APP, rng, link),
        aq_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, gender="F",
               keywords="wedding,honeymoon,bridal"),
        sv_crash(APP, rng, ("java.lang.OutOfMemoryError", "gallery grid"),
                 [sv_crumb("nav", "Home -> Gallery"),
                  sv_crumb("net", "GET", {"url": f"{APP.api}/v1/galleries/{GALLERY}",
                                          "status": 200})], screen="GalleryActivity"),
        ag_save(APP, rng, {"analytics": True, "faceSearch": True}, user=True),
        cm_confirm(APP, rng, "4050.00", meta={"booking": L(BOOKING, BUY)}),
        pw_geocode(APP, rng, "Wave Hill gardens Bronx", "behavior.search"),
        tb_message(APP, rng, L("Find Me matched my sister's face to mine", TEXT),
                   {"gallery": GALLERY}),
    ]
