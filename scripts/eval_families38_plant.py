"""Plant identification app "Fernsight": sign-up, a Google sign-in (an ID token in a form), ``/me``,
identifications (a JPEG whose Exif carries her garden plot's GPS, and one without GPS), her plot
as a garden, plants and care reminders, a disease diagnosis with a base64 photo in JSON, a
community observation at 2 decimals, a search, a question to an expert, pollen allergies, a shop
order, frost alerts, a soil sensor's readings (msgpack), a plant card shared with a friend, a
toxicity check, a botanical-garden visit, push, events, a Play subscription and the plant list by
a cookie GET."""

from __future__ import annotations

import base64
import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MED,
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
    Acc,
    add,
    multipart,
    push_token,
    tok,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, LINE1, LINE2, STATE, ZIP, App, ev, opaque, play_token
from eval_families24_kit import claims, head
from eval_families38_kit import BOTANIC, BOTANIC_FIX, GARDEN_AT, SOIL, exif_jpeg, fix, obj
from eval_families38_sdk import (
    ab_event,
    ab_session,
    bh_bid,
    ff_crash,
    ff_crumb,
    sw_batch,
    sw_beacon,
)
from eval_families38_svc import fb_eval, hc_upload, mq_reverse, pp_register
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("fernsight", "Fernsight", "com.example.fernsight", "4.9.3",
          "https://api.fernsight.example.org")
IID = "X-Fernsight-Client"
PW = "Monstera&Moss22"
HANDLE = "janes_plot14"  # her public display name (id.user)
GSUB = "104882910377512093311"  # her account's subject at the identity provider (id.user)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, **kw)


def fernsight() -> list[Case]:
    rng = random.Random(3861)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, handle=L(HANDLE, UID), tier="plus"))}
    b = {"auth": "bearer"}
    gla, glo = fix(GARDEN_AT, 6)
    pla, plo = fix(GARDEN_AT, 5)
    bla, blo = fix(BOTANIC_FIX, 5)
    plant = obj(rng, "pl", 10)
    acc: Acc = {}
    idt = tok({"iss": "https://accounts.example.com", "aud": "fernsight-android",
               "sub": L(GSUB, UID), "email": L(EMAIL, MAIL), "email_verified": True,
               "name": L(NAME, NAMEC), "iat": 1765290000, "exp": 1765293600},
              "body", "id_token", acc)
    leaf = base64.b64encode(JPEG + b"\x61").decode()
    soil = [[1765260000 + 1800 * i, 31 - i, 4200 + 310 * i, round(9.5 + 0.4 * i, 1)]
            for i in range(6)]
    return [
        case(f, f"{a}/v3/signup", headers=_h(rng), body={
            "email": L(EMAIL_MIXED, MAIL), "password": L(PW, CRED), "handle": L(HANDLE, UID),
            "zip": L("10009", COARSE), "newsletter": False}),
        add(case(f, f"{a}/v3/auth/google", fmt="form", headers=_h(rng), body={
            "id_token": idt, "client": "android"}), acc),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v3/identify", [
            ("image", "PXL_20251206_104107.jpg", "image/jpeg",
             L(exif_jpeg(GARDEN_AT), f"{MEDIA}|{PRECISE}")),
            ("meta", None, "application/json", {
                "organs": ["leaf"], "lat": gla, "lon": glo, "exif": {
                    "make": L("Google", DEV), "model": L("Pixel 8", DEV),
                    "taken": "2025:12:06 10:41:07"}, "project": "world-flora"})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v3/identify", [
            ("image", "IMG_1182.jpg", "image/jpeg", L(exif_jpeg(None, tag=b"\x62"), MEDIA)),
            ("meta", None, "application/json", {
                "organs": ["flower"], "locationShared": False, "region": L("US-NY", COARSE)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/gardens", headers=_h(rng, **b), body={
            "name": "Avenue C plot 14", "lat": pla, "lon": plo, "zone": "7b",
            "sun": "partial", "soil": "loam", "community": True}),
        case(f, f"{a}/v3/gardens/mine/plants", headers=_h(rng, **b), body={
            "id": plant, "species": "Monstera deliciosa", "nickname": "Fernando",
            "bed": "east", "acquired": "2025-04"}),
        case(f, f"{a}/v3/reminders", fmt="form", headers=_h(rng, **b), body={
            "plant": plant, "task": "water", "everyDays": "3", "at": "07:30",
            "tz": L("America/New_York", DEV)}),
        case(f, f"{a}/v3/diagnose", headers=_h(rng, **b), body={
            "plant": plant, "image": L(leaf, MEDIA), "mime": "image/jpeg",
            "symptoms": ["yellowing", "brown spots"], "watering": "every 3 days"}),
        case(f, f"{a}/v3/observations", headers=_h(rng, **b), body={
            "species": "Asclepias tuberosa", "lat": L(round(GARDEN_AT[0], 2), COARSE),
            "lon": L(round(GARDEN_AT[1], 2), COARSE), "obscured": True,
            "note": L("Still flowering three weeks after the first frost", TEXT),
            "photo": obj(rng, "ph", 10), "public": True}),
        case(f, f"{a}/v3/species/search", headers=_h(rng, **b), query={
            "q": L("monstera yellow leaves", SEARCH), "limit": "20"}),
        case(f, f"{a}/v3/experts/questions", headers=_h(rng, **b), body={
            "plant": plant, "photos": [obj(rng, "ph", 10)], "replyTo": L(EMAIL, MAIL),
            "text": L("Is this root rot or just overwatering? Repotted it in October", TEXT)}),
        case(f, f"{a}/v3/profile/allergies", headers=_h(rng, **b), body={
            "pollen": [L("birch", MED), L("ragweed", MED)], "asthma": L(True, MED),
            "alerts": True}),
        case(f, f"{a}/v3/shop/orders", headers=_h(rng, **b), body={
            "order": L("FS-O-2251209-3318", BUY), "items": [{"sku": "fert-liquid-1l", "qty": 1}],
            "total": L("18.40", BUY), "method": L(opaque(rng, "pm_", 24), PAY),
            "ship": {"name": L(NAME, NAMEC), "line1": L(LINE1, ADDR), "line2": L(LINE2, ADDR),
                     "city": L(CITY, COARSE), "state": L(STATE, COARSE),
                     "zip": L(ZIP, COARSE)}}),
        case(f, f"{a}/v3/alerts/frost", fmt="form", headers=_h(rng, **b), body={
            "lat": L(f"{GARDEN_AT[0]:.2f}", COARSE), "lon": L(f"{GARDEN_AT[1]:.2f}", COARSE),
            "zip": L("10009", COARSE), "thresholdC": "-1"}),
        case(f, f"{a}/v3/sensors/soil", fmt="msgpack", headers=_h(rng, **b), body={
            "sensor": SOIL["mac"], "serial": SOIL["serial"], "plant": plant, "rows": soil,
            "battery": 64}),
        case(f, f"{a}/v3/share", headers=_h(rng, **b), body={
            "plant": plant, "channel": "sms",
            "to": {"name": L(PEOPLE[2][0], NAMEC), "phone": L(PEOPLE[2][1], TEL)},
            "link": U(f"https://fernsight.example.org/p/{plant}", {
                "ref": L(HANDLE, UID), "utm_source": "share", "utm_medium": "sms"})}),
        case(f, f"{a}/v3/toxicity", headers=_h(rng, how="none"), query={
            "species": "Monstera deliciosa", "pet": "cat"}),
        case(f, f"{a}/v3/visits", headers=_h(rng, **b), body={
            "garden": BOTANIC["id"], "lat": bla, "lon": blo, "gardenLat": BOTANIC["lat"],
            "gardenLon": BOTANIC["lon"], "ticket": L("RBG-T-2209148", BUY)}),
        case(f, f"{a}/v3/billing/play", headers=_h(rng, **b), body={
            "productId": L("fernsight_plus_monthly", BUY),
            "orderId": L("GPA.3342-0071-6630-18452", BUY),
            "purchaseToken": L(play_token(rng), BUY)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v3/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("identify", 1, organ="leaf"), ev("reminder_done", 2),
                ev("screen", 3, screen=L("MyGarden", USAGE))]}),
        case(f, f"{a}/v3/gardens/mine/plants", headers=_h(rng, how="upper"),
             cookies={"fs_sid": L(opaque(rng, "", 40), CRED)}),
    ]


def fernsight_sdks() -> list[Case]:
    rng = random.Random(3862)
    return [
        sw_batch(APP, rng, [("Plant Identified", {"organ": "leaf", "score": 0.94}),
                            ("Reminder Done", {"task": "water"})], at=GARDEN_AT, nd=4),
        sw_beacon(APP, rng, "observation_shared"),
        ab_session(APP, rng, first=True),
        ab_event(APP, rng, "subscribe", {"sku": "plus_monthly"}, revenue="4.99"),
        bh_bid(APP, rng, {"banner": {"w": 320, "h": 100}}, at=GARDEN_AT, nd=3,
               keywords="gardening,houseplants"),
        ff_crash(APP, rng, ("android.database.sqlite.SQLiteFullException", "database or disk "
                            "is full"), [ff_crumb("Identify -> Result"),
                                         ff_crumb("camera", "user", {"organ": "leaf"})],
                 screen="IdentifyActivity"),
        fb_eval(APP, rng, {"tier": "plus", "sensor": True}, get=True),
        pp_register(APP, rng, at=GARDEN_AT, nd=2, tags={"frost": "on"}),
        mq_reverse(APP, rng, GARDEN_AT, PRECISE, nd=5),
        hc_upload(APP, rng, L(exif_jpeg(GARDEN_AT, tag=b"\x63"), f"{MEDIA}|{PRECISE}"),
                  "PXL_20251206_104107.jpg", "image/jpeg"),
    ]
