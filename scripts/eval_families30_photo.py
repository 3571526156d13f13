"""Photo-printing app "Glossbox" with on-device face grouping: a Google sign-in, the library's
manifest with EXIF (gzip), an upload, the people albums the phone built (cluster centroids and
names), per-photo faces, a merge, a search, a photo book, the cart, her address, an order with a
gift shipment, the order's status and a pickup shop, a shared album, settings, a sync state
(msgpack)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
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
    SEARCH,
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
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, pos
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families30_kit import (
    BEACH_FIX,
    GIFT,
    NEPHEW,
    PHOTO_SHOP,
    PHOTO_SHOP_AT,
    SISTER,
    centroid,
    fix,
)
from eval_families30_sdk import (
    bw_crash,
    bw_crumb,
    bw_session,
    cw_batch,
    cw_identify,
    iw_event,
    iw_install,
)
from eval_families30_svc import as_save, fq_eval, nw_channel, pv_card, pv_confirm
from eval_payloads import EMAIL, LAT, LON, NAME, USER_ID, Case, J, L, case, rnd_hex

APP = App("glossbox", "Glossbox", "com.example.glossbox", "6.8.0",
          "https://api.glossbox.example.com")
IID = "X-Glossbox-Client"
ORDER = "GB-4471-20931"
BOOK = "bk_58e1f0"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, **kw)


def _exif(at: tuple[float, float] | None, n: int) -> dict[str, Any]:
    e: dict[str, Any] = {"Make": L("Google", DEV), "Model": L("Pixel 8", DEV),
                         "DateTimeOriginal": f"2025:0{n}:14 17:2{n}:05", "FNumber": 1.68,
                         "ExposureTime": "1/640", "ISO": 50}
    if at is not None:
        la, lo = fix(at)
        e.update(GPSLatitude=la, GPSLongitude=lo)
    return e


def _signin(rng: random.Random) -> Case:
    """A Google sign-in: the provider's ID token (a credential) with its claims."""
    acc: Acc = {}
    t = tok({"iss": "https://accounts.example.com", "sub": L("108812204417733905126", UID),
             "email": L(EMAIL, MAIL), "name": L(NAME, NAMEC), "aud": "glossbox-android",
             "iat": 1765300000}, "body", "id_token", acc)
    return add(case(APP.fam, f"{APP.api}/v3/auth/google", headers=_h(rng), body={
        "id_token": t, "nonce": rid(rng)}), acc)


def glossbox() -> list[Case]:
    rng = random.Random(3051)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL)))}
    home = (LAT, LON)
    lat3, lon3 = pos(3)
    me, sis, kid, stranger = (centroid(rng) for _ in range(4))
    status = case(f, f"{a}/v3/orders/{ORDER}/status", headers=_h(rng, **b))
    cases = [
        _signin(rng),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/library/manifest", gz=True, headers=_h(rng, **b), body={"photos": [
            {"local": "ms:1041", "sha256": rnd_hex(rng, 64), "w": 4080, "h": 3072,
             "exif": _exif(home, 6)},
            {"local": "ms:1187", "sha256": rnd_hex(rng, 64), "w": 4080, "h": 3072,
             "exif": _exif(BEACH_FIX, 7)},
            {"local": "ms:1203", "sha256": rnd_hex(rng, 64), "w": 1080, "h": 1920,
             "exif": {}}]}),
        multipart(f, f"{a}/v3/uploads", [
            ("photo", "PXL_20250714_172705.jpg", "image/jpeg", L(JPEG, MEDIA)),
            ("meta", None, "application/json", {"local": "ms:1187", "exif": _exif(BEACH_FIX, 7),
                                                 "phash": rnd_hex(rng, 16)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/people/sync", headers=_h(rng, **b), body={
            "model": "facegroup-3.2", "clusters": [
                {"id": "pc_01", "label": "Me", "is_self": True, "faces": 214,
                 "centroid": L(me, FACE)},
                {"id": "pc_02", "label": L(SISTER[0], NAMEC), "faces": 96,
                 "centroid": L(sis, FACE)},
                {"id": "pc_03", "label": L(NEPHEW, NAMEC), "faces": 71, "centroid": L(kid, FACE)},
                {"id": "pc_04", "label": None, "faces": 6, "centroid": L(stranger, FACE)}]}),
        case(f, f"{a}/v3/people/faces", headers=_h(rng, **b), body={
            "photo": "ms:1187", "faces": [
                {"cluster": "pc_01", "box": [0.41, 0.22, 0.12, 0.16], "quality": 0.93,
                 "landmarks5": L([0.44, 0.27, 0.5, 0.27, 0.47, 0.31, 0.45, 0.34, 0.49, 0.34],
                                 FACE)},
                {"cluster": "pc_03", "box": [0.62, 0.38, 0.08, 0.1], "quality": 0.81,
                 "landmarks5": L([0.64, 0.41, 0.68, 0.41, 0.66, 0.44, 0.645, 0.46, 0.675,
                                  0.46], FACE)}]}),
        case(f, f"{a}/v3/people/merge", headers=_h(rng, **b), body={
            "into": "pc_02", "from": ["pc_07", "pc_11"], "label": L("Lucía F.", NAMEC)}),
        case(f, f"{a}/v3/search", headers=_h(rng, **b), body={
            "q": L("beach sunset 2025", SEARCH), "people": ["pc_03"], "limit": 60}),
        case(f, f"{a}/v3/projects", headers=_h(rng, **b), body={
            "type": "photobook_8x8", "title": L(f"Beach day with {NEPHEW}",
                                                f"{TEXT}|{NAMEC}"),
            "captions": [L("Sandcastle champion", TEXT), L("Best ice cream of the summer", TEXT)],
            "photos": ["ms:1187", "ms:1203"], "theme": "linen"}),
        case(f, f"{a}/v3/projects/{BOOK}/autofill", headers=_h(rng, **b), body={
            "layout": "tpl_2up_b", "focus_clusters": ["pc_03", "pc_01"],
            "crops": [{"photo": "ms:1187", "x": 0.18, "y": 0.05, "w": 0.7, "h": 0.7}]}),
        case(f, f"{a}/v3/cart", headers=_h(rng, **b), body={
            "items": [{"sku": "print_4x6_gloss", "qty": 24, "photos": ["ms:1041", "ms:1187"]},
                      {"sku": "book_8x8", "qty": 1, "project": BOOK}],
            "promo": "HOLIDAY25", "subtotal": L(58.76, BUY)}),
        case(f, f"{a}/v3/addresses", headers=_h(rng, **b), body={
            "name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
            "city": L(CITY, COARSE), "state": L(STATE, COARSE), "zip": L(ZIP, COARSE),
            "phone": L(E164, TEL), "default": True}),
        case(f, f"{a}/v3/orders", headers=_h(rng, **b), body={
            "cart": "ct_" + opaque(rng, "", 10), "ship_to": "addr_1",
            "gift": {"name": L(GIFT["name"], NAMEC), "line1": L(GIFT["line1"], ADDR),
                     "city": L(GIFT["city"], COARSE), "state": L(GIFT["state"], COARSE),
                     "zip": L(GIFT["zip"], COARSE),
                     "message": L("Merry Christmas! The beach book is for you", TEXT)},
            "total": L(71.54, BUY), "payment_method": L("pm_" + opaque(rng, "", 22), PAY),
            "receipt_email": L(EMAIL, MAIL)}),
        at_path(status, ORDER, BUY),
        case(f, f"{a}/v3/stores", query={"lat": lat3, "lon": lon3, "radius_km": "5"},
             headers=_h(rng, **b)),
        case(f, f"{a}/v3/orders/{ORDER}/pickup", headers=_h(rng, **b), body={
            "store": {"name": PHOTO_SHOP["name"], "phone": PHOTO_SHOP["phone"],
                      "line": PHOTO_SHOP["line"], "lat": PHOTO_SHOP_AT[0],
                      "lon": PHOTO_SHOP_AT[1]}, "notify_sms": L(E164, TEL)}),
        case(f, f"{a}/v3/albums/al_8820/share", headers=_h(rng, **b), body={
            "emails": [L(SISTER[1], MAIL)], "message": L("All the beach photos!", TEXT),
            "allow_download": True}),
        case(f, f"{a}/v3/settings", headers=_h(rng, **b), body={
            "face_grouping": True, "print_location_stamp": False, "backup_wifi_only": True}),
        case(f, f"{a}/v3/library/state", fmt="msgpack", headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "photos": 4821, "faces_indexed": 3977, "clusters": 38,
            "model": "facegroup-3.2", "last_full_scan": 1765290001}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "events": [
                ev("people_album_named", 1), ev("order_placed", 2, total=L(71.54, BUY)),
                ev("screen_view", 3, screen=L("PeopleAlbums", USAGE))]}),
        case(f, f"{a}/v3/catalog", query={"currency": "USD", "lang": L("en", DEV)},
             headers=_h(rng, how="none"),
             cookies={"gb_session": L(opaque(rng, "", 48), CRED)}),
    ]
    return cases


def glossbox_sdks() -> list[Case]:
    rng = random.Random(3052)
    return [
        cw_batch(APP, rng, [("People Album Named", {"faces": 96}),
                            ("Order Completed", {"revenue": L(71.54, BUY), "items": 25})]),
        cw_identify(APP, rng, {"email": L(EMAIL, MAIL), "orders": 3, "face_grouping": True}),
        iw_install(APP, rng, user=True),
        iw_event(APP, rng, "purchase", {"order": L(ORDER, BUY)}, revenue=71.54, hashed=True),
        bw_crash(APP, rng, ("java.lang.OutOfMemoryError", "decoding 4080x3072 bitmap"),
                 [bw_crumb("navigation", "PeopleAlbumsActivity"),
                  bw_crumb("state", "face grouping running")],
                 user={"id": L(USER_ID, UID), "email": L(EMAIL, MAIL)},
                 screen="PeopleAlbumsActivity"),
        bw_session(APP, rng),
        fq_eval(APP, rng, {"country": L("US", COARSE), "books": True}, get=True),
        nw_channel(APP, rng, "email", L(EMAIL, MAIL)),
        as_save(APP, rng, {"analytics": True, "personalization": True}, user=True,
                receipt=True),
        pv_card(APP, rng, email=True),
        pv_confirm(APP, rng, "71.54"),
    ]

