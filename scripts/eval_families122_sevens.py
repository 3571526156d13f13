"""Rugby sevens fan club and ticket app "Bulasevens" (set 73's rugby app is a concussion tracker;
this one is a supporters' club with tickets, merchandise and a live stream): sign-up, a log-in,
``/me`` with a JWT, the club membership, tournaments by city, a ticket order for her and her
husband, its payment, the order by number in the path, a ticket sent to a friend, the gate scan
(msgpack, her fix), predictions, match chat, a fan-wall photo, a player search, a jersey order to
her Suva address, a watch-party check-in, favourites, the stream's rights check and a protobuf
heartbeat, a vote, push, events and the club news by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import pb, raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    GENDER,
    IPLOC,
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
    multipart,
    push_token,
)
from eval_families20_kit import DOB, App, opaque
from eval_families21_kit import at_path
from eval_families24_kit import CARD2, claims, rid
from eval_families37_kit import fix
from eval_families122_kit import (
    FANCLUB,
    FJ_TZ,
    FRIEND,
    GATE_FIX,
    GROUND,
    HUSBAND,
    ORDER,
    ROAM,
    SUVA,
    SUVA_AT,
    evs,
    hdr,
)
from eval_families122_sdk import (
    bl_bid,
    bl_notice,
    fp_crash,
    fp_crumb,
    gf_batch,
    gf_screen,
    ir_link,
)
from eval_families122_svc import ag_search, ft_eval, pk_register, pm_save
from eval_payloads import EMAIL, INSTALL_ID, NAME, PHONE, PUBLIC_IP, USER_ID, Case, J, L, U, W, case

APP = App("bulasevens", "Bulasevens", "com.example.bulasevens", "5.2.0",
          "https://api.bulasevens.example.com")
IID = "X-BS-Install"
PW = "Sevens4Life!Suva"
EVENT = "evt_vcs25_suva"  # the tournament (a negative)
TICKET = "tkt_8812047"  # one ticket's ID (a negative)
SHOP = "SH-99140"  # her jersey order (financial.purchase)
PARTY_AT = (-18.14083, 178.42379)  # the watch-party venue (a negative)
PARTY_FIX = (-18.140871, 178.423822)  # her phone there


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hdr(APP, rng, IID, how, fj=False, **kw)


def bulasevens() -> list[Case]:
    rng = random.Random(12241)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), fanclub=L(FANCLUB, UID)))}
    gla, glo = fix(GATE_FIX)
    pla, plo = fix(PARTY_FIX, 4)
    lab: dict[str, str] = {}
    beat = pb([(1, "ps_" + opaque(rng, "", 12)), (2, L(USER_ID, UID)), (3, 1812000),
               (4, L(37, USAGE)), (5, L(PUBLIC_IP, IPLOC)), (6, 2400)], "", lab)
    order = at_path(case(f, f"{a}/v3/orders/{ORDER}", headers=_h(rng, **b)), ORDER, BUY)
    return [
        case(f, f"{a}/v3/users", headers=_h(rng), body={
            "name": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "phone": L(PHONE, TEL),
            "password": L(PW, CRED), "birthDate": L(DOB, BIRTH), "gender": L("female", GENDER),
            "homeCity": L(SUVA["city"], COARSE), "country": L("FJ", COARSE),
            "favouriteTeam": "tam_blues"}),
        case(f, f"{a}/v3/auth/login", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "password": L(PW, CRED), "remember": True}),
        case(f, f"{a}/v3/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/membership", headers=_h(rng, **b), body={
            "fanClubNo": L(FANCLUB, UID), "tier": "gold", "fee": L("45.00", BUY),
            "shirtSize": "M", "paymentMethod": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v3/events", headers=_h(rng, **b), query={
            "city": L(SUVA["city"], COARSE), "season": "2025", "sport": "sevens"}),
        case(f, f"{a}/v3/orders", headers=_h(rng, **b), body={
            "event": EVENT, "order": L(ORDER, BUY), "seats": ["E-14", "E-15"],
            "stand": "East", "qty": 2, "total": L("70.00", BUY),
            "attendees": [{"name": L(NAME, NAMEC)}, {"name": L(HUSBAND[0], NAMEC)}]}),
        at_path(case(f, f"{a}/v3/orders/{ORDER}/payment", fmt="form", headers=_h(rng, **b), body={
            "amount": L("70.00", BUY), "currency": "FJD",
            "method": L(opaque(rng, "pm_", 24), PAY), "last4": L(CARD2[-4:], PAY)}), ORDER, BUY),
        order,
        case(f, f"{a}/v3/tickets/{TICKET}/transfer", headers=_h(rng, **b), body={
            "toName": L(FRIEND[0], NAMEC), "toPhone": L(FRIEND[1], TEL),
            "toEmail": L(FRIEND[2], MAIL), "message": L("Bula! Your seat is next to us", TEXT)}),
        case(f, f"{a}/v3/gate/scan", fmt="msgpack", headers=_h(rng, **b), body={
            "qr": L(f"BS7|{ORDER}|{TICKET}|E-14", BUY), "gate": "G3", "lat": gla, "lon": glo,
            "ground": {"lat": GROUND["lat"], "lon": GROUND["lon"]},
            "scannedBy": "7d1e5a90-3c2b-4f4e-9a61-0b8c2d4e6f13"}),
        case(f, f"{a}/v3/predictions", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "event": EVENT,
            "picks": [{"match": "m_qf1", "winner": "FIJ", "margin": 12},
                      {"match": "m_qf2", "winner": "NZL", "margin": 5}]}),
        case(f, f"{a}/v3/chat/rooms/m_qf1/messages", headers=_h(rng, **b), body={
            "text": L("What a sidestep!! Toso Viti toso", TEXT), "clientId": rid(rng)}),
        multipart(f, f"{a}/v3/fanwall", [
            ("image", "stand.jpg", "image/jpeg", L(JPEG + b"\x26\x01", MEDIA)),
            ("post", None, "application/json", {
                "caption": L("East stand with Sitiveni, best day of the year", f"{TEXT}|{NAMEC}"),
                "event": EVENT})], headers=_h(rng, **b)),
        case(f, f"{a}/v3/players/search", headers=_h(rng, **b), query={
            "q": L("fastest winger", SEARCH), "team": "FIJ"}),
        case(f, f"{a}/v3/shop/orders", headers=_h(rng, **b), body={
            "order": L(SHOP, BUY), "items": [{"sku": "JSY-HOME-25-M", "qty": 1, "price": "89.00"}],
            "total": L("97.50", BUY),
            "ship": {"name": L(NAME, NAMEC), "line": L(SUVA["line"], ADDR),
                     "area": L(SUVA["area"], COARSE), "city": L(SUVA["city"], COARSE),
                     "phone": L(PHONE, TEL)}}),
        case(f, f"{a}/v3/watchparties/wp_0412/checkin", headers=_h(rng, **b), body={
            "lat": pla, "lon": plo, "venue": {"lat": PARTY_AT[0], "lon": PARTY_AT[1]},
            "fanClubNo": L(FANCLUB, UID)}),
        case(f, f"{a}/v3/favourites", fmt="form", headers=_h(rng, **b), body={
            "teams": "FIJ,SAM,TGA", "players": "pl_1180,pl_2214", "user": L(USER_ID, UID)}),
        case(f, f"{a}/v3/streams/rights", headers=_h(rng, **b, extra={"X-BS-Client": W({
            "iid": L(INSTALL_ID, DID), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV),
            "abi": "arm64-v8a"}, "b64json")}), body={
            "event": EVENT, "ip": L(PUBLIC_IP, IPLOC), "simCountry": L("US", CARRIER),
            "networkCountry": L(ROAM["country"], CARRIER), "mccmnc": L(ROAM["mccmnc"], CARRIER),
            "tz": L(FJ_TZ, DEV), "vpn": L(False, DEV)}),
        raw(f, f"{a}/v3/live/heartbeat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/votes", fmt="form", headers=_h(rng, **b), body={
            "match": "m_final", "player": "pl_1180", "user": L(USER_ID, UID)}),
        case(f, f"{a}/v3/devices", headers=_h(rng, **b), body={
            "pushToken": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "locale": L("en_FJ", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v3/events/log", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": evs("ticket_bought", "stream_started",
                                                   "screen_Bracket", event=EVENT)}),
        case(f, f"{a}/v3/news", headers=_h(rng, how="nodash"),
             cookies={"bs_session": L(opaque(rng, "", 42), CRED), "bs_fan": L(FANCLUB, UID)}),
    ]


def bulasevens_sdks() -> list[Case]:
    rng = random.Random(12242)
    link = U("https://bulasevens.example.com/join", {"ref": L(FANCLUB, UID),
                                                      "utm_source": "whatsapp", "t": "gold"})
    return [
        gf_batch(APP, rng, [("Ticket Purchased", {"total": L(70.0, BUY), "qty": 2}),
                            ("Stream Started", {"match": "m_qf1"})], at=GATE_FIX, nd=2),
        gf_screen(APP, rng, "Bracket"),
        ir_link(APP, rng, link),
        bl_bid(APP, rng, {"video": {"w": 1280, "h": 720, "mimes": ["video/mp4"]}}, at=GATE_FIX,
               nd=3, yob=1991, gender="F", keywords="rugby,sevens,fiji"),
        bl_notice(APP, rng, "imp"),
        fp_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [fp_crumb("nav", "Fanwall -> Compose"), fp_crumb("tap", "attach_photo")],
                 screen="FanwallActivity"),
        ft_eval(APP, rng, {"fanTier": "gold", "liveStream": True}, get=True),
        pk_register(APP, rng, tags={"team": "FIJ", "city": L(SUVA["city"], COARSE)},
                    at=SUVA_AT, nd=2, adid=True),
        pm_save(APP, rng, {"analytics": True, "ads": True, "personalisation": True}),
        ag_search(APP, rng, GROUND["name"], SEARCH, near=SUVA_AT, nd=3),
    ]
