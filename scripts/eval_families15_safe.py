"""Blind set fifteen, part two: a domestic-violence safety app with a quick exit and a
hunting/fishing licence app (see ``eval_families15.py`` for the rules of this set, its
conventions and its calls).

Safety app (in the style of survivor-support apps disguised as a calculator): the disguise's
unlock code typed on the calculator keys, a hidden account, the safety plan (zstd), an
incident log, evidence uploads (multipart), the quick exit (an analytics beacon, a session wipe
in cookies, and the decoy page it opens), an SOS alert, a hotline chat, a shelter search, a
protective-order record, live location to a trusted contact (base64 protobuf in a form field)
and an analytics batch (JSON Lines). Licence app (in the style of state wildlife-agency
licence apps): a customer lookup (form), the profile, a licence purchase, a harvest report with a
photo, a trail-camera upload, an offline GPS track (JSON Lines, zstd), a land-access permit
(XML), a regulation search, sun/wind times for the position and an ad request. Values are
synthetic; hosts are under example.* (RFC 2606).
"""

from __future__ import annotations

import random

from eval_families15_kit import (
    ADDR,
    ADID,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DASHED,
    DEV,
    DID,
    E164,
    EX,
    FIT,
    HW,
    IPLOC,
    JPEG,
    KEYS,
    M4A,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATID,
    PAY,
    PEOPLE,
    PRECISE,
    SEARCH,
    STREET,
    TEL,
    TEXT,
    UA,
    UID,
    USAGE,
    Acc,
    add,
    device_abbrev,
    encode,
    jsonl,
    keys,
    ll,
    multipart,
    pb64,
    raw,
    tok,
    xml,
)
from eval_payloads import EMAIL, GAID, INSTALL_ID, LAT, LON, PUBLIC_IP, Case, L, U, case, rnd_hex

SAFE = "https://api.harborline.example.org"
TAG = "https://api.fieldtag.example.com"
ALIAS = "blue_heron_77"
CUST = "FT-0044917"


def dvsafe() -> list[Case]:
    rng = random.Random(15003)
    out = []
    out.append(case("dvsafe", f"{SAFE}/v1/unlock", body={
        "seq": L(keys(rng, "7391=", "row"), f"{KEYS}|{CRED}"), "disguise": "calculator",
        "installId": L(INSTALL_ID, DID), "d": device_abbrev()}))
    out.append(case("dvsafe", f"{SAFE}/v1/account", body={
        "alias": L(ALIAS, UID), "recoveryEmail": L("jd.safe@example.net", MAIL),
        "password": L("Heron&Harbor-9", CRED), "installId": L(INSTALL_ID, DID)}))
    auth = {"Authorization": L("Bearer hl_" + rnd_hex(rng, 40), CRED), "User-Agent": L(UA, DEV)}
    out.append(encode(case("dvsafe", f"{SAFE}/v1/plan", headers=auth, body={
        "safePeople": [{"name": L(n, NAMEC), "phone": L(p, TEL)} for n, p, _ in PEOPLE[:2]],
        "codeWord": L("pineapple pizza", TEXT),
        "safePlaces": [{"label": "Sam's", "address": L("41 Orchard Street, Apt 2", ADDR)}],
        "abuser": {"name": L(EX[0], NAMEC), "plate": L("KXT-4471", HW),
                   "notes": L("Owns a handgun, keeps it in the car glovebox", TEXT)},
        "bag": ["passport", "meds", "cash"], "kids": 2}), "zstd"))
    out.append(case("dvsafe", f"{SAFE}/v1/incidents", headers=auth, body={
        "when": "2026-11-22T23:10", "where": {"lat": L(LAT, PRECISE), "lng": L(LON, PRECISE)},
        "what": L("He grabbed my arm and pushed me into the door frame after I asked about "
                  "the custody papers", f"{TEXT}|{MED}"),
        "injuries": L(["bruised left forearm", "cut above eyebrow"], MED),
        "policeReport": L("NYPD-2026-1122-0413", UID), "witnesses": L(PEOPLE[0][0], NAMEC)}))
    for k, (name, ctype, blob) in enumerate([("photo", "image/jpeg", JPEG + b"\x41" * 14),
                                             ("audio", "audio/mp4", M4A + b"\x42" * 14)]):
        out.append(multipart("dvsafe", f"{SAFE}/v1/vault/items", [
            ("meta", None, "application/json", {
                "incident": "inc_" + rnd_hex(rng, 6), "sha256": rnd_hex(rng, 64),
                "caption": L(["bruise on left forearm, day 2", "voicemail he left at 1am"][k],
                             f"{TEXT}|{MED}" if k == 0 else TEXT)}),
            (name, f"e{k}.{'jpg' if k == 0 else 'm4a'}", ctype, L(blob, MEDIA)),
        ], headers=auth))
    out.append(case("dvsafe", "https://b.appbeacon.example.com/e", query={
        "ev": L("quick_exit", USAGE), "from": L("SafetyPlan", USAGE), "iid": L(INSTALL_ID, DID),
        "t": "1764460000", "n": rnd_hex(rng, 10)}))
    out.append(case("dvsafe", f"{SAFE}/v1/session/wipe",
                    cookies={"hl_sid": L(rnd_hex(rng, 40), CRED), "hl_lang": "en"},
                    body={"reason": "quick_exit", "clearCache": True}))
    out.append(case("dvsafe", f"{SAFE}/v1/sos", headers=auth, body={
        "lat": L(round(LAT + 0.0008, 6), PRECISE), "lng": L(round(LON - 0.0004, 6), PRECISE),
        "mapsLink": U("https://maps.example.com/", {"q": L(ll(6, 0.0008, -0.0004), PRECISE)}),
        "text": L("I'm not safe. Please call 911 and come to my place", TEXT),
        "notify": L([PEOPLE[0][1], PEOPLE[1][1]], TEL), "battery": L(0.22, DEV)}))
    out.append(case("dvsafe", f"{SAFE}/v1/hotline/chat", headers=auth, body={
        "room": "hr_" + rnd_hex(rng, 8), "text": L(
            "I think he's tracking my phone. I'm 6 weeks pregnant and scared to tell him",
            f"{TEXT}|personal.sensitive")}))
    out.append(case("dvsafe", f"{SAFE}/v1/shelters", headers=auth, query={
        "q": L("shelter that takes dogs", SEARCH), "lat": L("40.74", COARSE),
        "lng": L("-73.99", COARSE), "kids": "2"}))
    out.append(case("dvsafe", f"{SAFE}/v1/orders", fmt="form", headers=auth, body={
        "order_no": L("OP-2026-88140", UID), "respondent": L(EX[0], NAMEC),
        "respondent_address": L("918 Atlantic Ave, Brooklyn, NY 11238", ADDR),
        "stay_away_ft": "500", "expires": "2027-11-30"}))
    acc: Acc = {}
    live = pb64([(1, [(1, L(LAT + 0.0011, PRECISE)), (2, L(LON - 0.0007, PRECISE)),
                      (3, 6.0)]), (2, 1764461000), (3, "tc_" + rnd_hex(rng, 6))],
                "body", "p", acc)
    out.append(add(case("dvsafe", f"{SAFE}/v1/share/live", fmt="form", headers=auth,
                        body={"p": live, "ttl": "3600"}), acc))
    acc = {}
    lines = jsonl([{"e": L(n, USAGE), "iid": L(INSTALL_ID, DID), "ip": L(PUBLIC_IP, IPLOC),
                    "ts": 1764462000 + i} for i, n in enumerate(
        ["vault_opened", "plan_edited", "hotline_opened", "quick_exit"])], acc)
    out.append(add(raw("dvsafe", f"{SAFE}/v1/a/batch", lines, "application/x-ndjson", {}), acc))
    # negatives: the decoy page the quick exit opens, and the calculator's currency rates
    out.append(case("dvsafe", "https://news.dailybrief.example.net/today",
                    query={"edition": "us", "ref": "app"}))
    out.append(case("dvsafe", f"{SAFE}/v1/calc/rates", query={"base": "USD", "v": "3"}))
    return out


def hunt() -> list[Case]:
    rng = random.Random(15004)
    out = []
    out.append(case("hunt", f"{TAG}/v1/customers/lookup", fmt="form", body={
        "last_name": L("Doe", NAMEC), "dob": L("03/08/1991", BIRTH),
        "dl_number": L("D123-4567-8901", NATID), "dl_state": L("NY", COARSE),
        "ssn_last4": L("1120", NATID)}))
    sess: Acc = {}  # the session cookie's labels, added to every case that sends it (below)
    session = tok({"sub": L(CUST, UID), "email": L(EMAIL, MAIL), "iat": 1764470000},
                  "cookie", "ft_session", sess)
    out.append(add(case("hunt", f"{TAG}/v1/customers/{CUST}", cookies={"ft_session": session},
                        query={"expand": "licenses"}), {}))
    out[-1].labels[("url", "path[2]")] = UID
    ck = {"ft_session": session}
    out.append(add(case("hunt", f"{TAG}/v1/customers/{CUST}/profile", cookies=ck, body={
        "firstName": L("Jane", NAMEC), "lastName": L("Doe", NAMEC),
        "street": L(STREET, ADDR), "city": L("New York", COARSE), "zip": L("10118", COARSE),
        "phone": L(DASHED, TEL), "email": L(EMAIL, MAIL), "heightIn": L(67, FIT),
        "weightLb": L(141, FIT), "eyes": "brown", "hair": "brown", "resident": True,
        "hunterEd": L("HE-NY-2009-551207", UID)}), {}))
    out[-1].labels[("url", "path[2]")] = UID
    out.append(add(case("hunt", f"{TAG}/v1/cart/checkout", cookies=ck, body={
        "items": L([{"sku": "DEER-BOW-RES", "qty": 1}, {"sku": "TURKEY-SPRING", "qty": 1}],
                   BUY), "total": L(61.0, BUY), "paymentToken": L("tok_" + rnd_hex(rng, 24),
                                                                   PAY),
        "last4": L("4242", PAY), "customer": L(CUST, UID)}), {}))
    out.append(multipart("hunt", f"{TAG}/v1/harvests", [
        ("report", None, "application/json", {
            "license": L("NY-26-DMP-0049921", UID), "species": "white-tailed deer",
            "sex": "male", "points": 8, "weapon": "bow", "unit": L("WMU 4R", COARSE),
            "county": L("Schoharie", COARSE), "lat": L(42.61942, PRECISE),
            "lon": L(-74.33217, PRECISE), "takenAt": "2026-11-21T07:12"}),
        ("photo", "buck.jpg", "image/jpeg", L(JPEG + b"\x51" * 10, MEDIA)),
    ], cookies=ck))
    for k in range(2):
        out.append(multipart("hunt", f"{TAG}/v1/trailcam/images", [
            ("meta", None, "application/json", {
                "cam": L(f"TC-9{k}22-0731", HW), "gps": L(ll(5, 1.8776, -0.3428), PRECISE),
                "temp": 28 + k, "moon": "waxing", "trigger": "motion"}),
            ("img", f"tc{k}.jpg", "image/jpeg", L(JPEG + bytes([0x60 + k]) * 10, MEDIA)),
        ], cookies=ck))
    acc: Acc = {}
    track = jsonl([{"t": 1764480000 + i * 30, "lat": L(round(42.61942 + i * 2.1e-4, 6), PRECISE),
                    "lon": L(round(-74.33217 + i * 1.7e-4, 6), PRECISE), "alt": 512 + i}
                   for i in range(8)], acc)
    out.append(add(encode(raw("hunt", f"{TAG}/v1/tracks", track, "application/x-ndjson", {},
                              cookies=ck), "zstd"), acc))
    lab: dict[str, str] = {}
    doc = xml("AccessPermit", {"@customer": L(CUST, UID), "Hunter": {
        "Name": L("Jane Doe", NAMEC), "Phone": L(E164, TEL), "Vehicle": L("KXT-4471", HW)},
        "Landowner": {"Name": L("Tom Reyes", NAMEC), "Phone": L(PEOPLE[3][1], TEL)},
        "Parcel": "SCH-118.-2-14", "Season": "2026-deer"}, "AccessPermit", lab)
    out.append(raw("hunt", f"{TAG}/v1/access/permits", doc.encode(), "application/xml", lab,
                   cookies=ck))
    out.append(case("hunt", f"{TAG}/v1/regs/search", query={"q": L("crossbow season dates",
                                                                   SEARCH), "state": "NY"}))
    out.append(case("hunt", f"{TAG}/v1/conditions", query={
        "lat": L("42.6194", PRECISE), "lon": L("-74.3322", PRECISE), "days": "3"}))
    out.append(case("hunt", "https://ads.outdoorbid.example.net/v2/ad", query={
        "gaid": L(GAID, ADID), "lat": L("42.62", COARSE), "lon": L("-74.33", COARSE),
        "ip": L(PUBLIC_IP, IPLOC), "cat": "outdoors", "w": "320", "h": "50",
        "req": rnd_hex(rng, 16)}))
    out.append(encode(case("hunt", f"{TAG}/v1/hunter-ed/progress", cookies=ck, body={
        "module": L("firearm_safety_3", USAGE), "score": 0.9,
        "student": L("HE-NY-2009-551207", UID)}), "deflate"))
    for c in out:
        if any(k == "Cookie" for k, _ in c.exchange.request_headers):
            c.labels.update(sess)
    # negatives: the species rules page and the season dates
    out.append(case("hunt", f"{TAG}/v1/regs/species/white-tailed-deer", query={"yr": "2026"}))
    out.append(case("hunt", f"{TAG}/v1/seasons", body={"year": 2026, "etag": rnd_hex(rng, 16),
                                                       "fields": ["open", "close"]}))
    return out
