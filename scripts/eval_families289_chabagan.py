"""A tea resort's guest app "Chabagan Nibash" (bungalows inside a tea garden near Sreemangal,
Moulvibazar; a long weekend for the three of them; its API's keys are Sylheti in ASCII:
``mehman`` guest, ``nam``, ``fodobi``, ``mubail``, ``gufon_shobdo``, ``jonmo_tarik``,
``passport_nombor``, ``boyosh`` age, ``kamra`` room, ``bukin`` booking, ``ashar_din`` /
``jawar_din`` arrival / departure, ``mot`` total, ``foriman``, ``gaari`` car, ``uthar_zaga``
pick-up place, ``bhara`` fare, ``hata`` walk, ``shorir`` health note, ``khana`` meals, ``bishesh``
special request, ``dam`` price, ``tara``, ``montobbo``, ``harano`` lost item, ``shaikel``
bicycle, ``zaga``, ``okkhangsho``/``droghimangsho``): sign-up, log-in, ``/amar``, bungalows, the
stay for the family (her passport), its payment, the car from the station, a check-in (the
resort's Wi-Fi joined), the tea-garden walk, a protobuf walk beat, an offline fix queue
(msgpack), seven-layer tea and dinner, laundry, a review, the stay by number in the path, a
family photo, bicycles, a message to the desk quoting her phone, a lost cap, the invoice by
cookie, push and events. Not set 151's Svan guesthouse nor a tea estate's leaf-weighing app: a
resort where she is a guest."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families289_kit import (
    DAUGHTER,
    GARDEN_WALK,
    HUSBAND,
    LAKE_AT,
    PASSPORT,
    RESORT,
    RESORT_FIX,
    STAY,
    fix,
    hd,
    obj,
    push,
)
from eval_families289_sdk import (
    bj_bid,
    bj_notice,
    cm_session,
    ms_batch,
    ms_queue,
    tk_event,
    tk_launch,
    tk_link,
)
from eval_families289_svc import mj_reverse, mj_route, mj_telemetry, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("chabagan", "Chabagan Nibash", "com.example.chabagan", "5.0.2",
          "https://api.chabagan.example.com")
IID = "X-CBN-Device"
PW = "Lawachara!Cha26"
NID = "personal.national_id"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def chabagan() -> list[Case]:
    rng = random.Random(28931)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), mubail=L(E164, TEL),
                                    mehman=L("mh_" + USER_ID[2:], UID)))}
    rla, rlo = fix(RESORT_FIX)
    walk = obj(rng, "ht")
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, walk), (3, 1769320800),
               (4, [(1, L(GARDEN_WALK[0], PRECISE)), (2, L(GARDEN_WALK[1], PRECISE)),
                    (3, 41.0)]), (5, L(52, DEV))], "", lab)
    stay = at_path(case(f, f"{a}/v1/bukin/{STAY}", headers=_h(rng, **b)), STAY, BUY)
    return [
        case(f, f"{a}/v1/nibondhon", headers=_h(rng), body={
            "nam": L(FIRST, NAMEC), "fodobi": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "mubail": L(NATIONAL, TEL), "gufon_shobdo": L(PW, CRED),
            "jonmo_tarik": L(DOB, BIRTH), "desh_kod": "+1"}),
        case(f, f"{a}/v1/login", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "gufon_shobdo": L(PW, CRED), "zontro": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/amar", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kamra/khali", headers=_h(rng, **b), query={
            "resort": RESORT["id"], "ashar_din": "2026-01-24", "jawar_din": "2026-01-27",
            "manush": "3"}),
        case(f, f"{a}/v1/bukin", headers=_h(rng, **b), body={
            "resort": RESORT["id"], "kamra": "bungalow_2", "ashar_din": "2026-01-24",
            "jawar_din": "2026-01-27", "bukin": L(STAY, BUY), "mot": L(18500, BUY),
            "mehman": [{"nam": L(f"{FIRST} {LAST}", NAMEC), "passport_nombor": L(PASSPORT, NID)},
                       {"nam": L(HUSBAND[0], NAMEC)},
                       {"nam": L(KID, NAMEC), "boyosh": L(8, BIRTH)}],
            "khana": "breakfast_dinner"}),
        case(f, f"{a}/v1/taka_dewa", fmt="form", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "foriman": L("9250", BUY), "mudra": "BDT",
            "card_token": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/v1/gaari", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "uthar_zaga": L("Sreemangal railway station", COARSE),
            "tarik": "2026-01-24", "homoy": "13:40", "bhara": L(700, BUY),
            "mubail": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "zaga": {"okkhangsho": rla, "droghimangsho": rlo,
                                            "nikhut": 10},
            "resort_zaga": {"okkhangsho": RESORT["lat"], "droghimangsho": RESORT["lon"]},
            "wifi": {"ssid": L(RESORT["ssid"], WIFI), "bssid": L(RESORT["bssid"], WIFI)}}),
        case(f, f"{a}/v1/hata", headers=_h(rng, **b), body={
            "hata": walk, "guide": "gd_014", "shuru": "2026-01-25T07:00", "manush": 3,
            "poth": "Lawachara edge loop",
            "shorir": L("Amar hatu ar gorali-t chikungunya-r bish, dhire dhire hatmu",
                        f"{TEXT}|{MED}")}),
        raw(f, f"{a}/v1/hata/{walk}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hata/{walk}/queue", fmt="msgpack", headers=_h(rng, **b), body={
            "user": L(USER_ID, UID),
            "zaga": [{"lat": L(round(GARDEN_WALK[0] + 0.0009 * i, 6), PRECISE),
                      "lon": L(round(GARDEN_WALK[1] - 0.0012 * i, 6), PRECISE),
                      "t": 1769320900 + 240 * i} for i in range(3)],
            "lake": {"lat": LAKE_AT[0], "lon": LAKE_AT[1]}}),
        case(f, f"{a}/v1/ordar/khana", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "items": [{"nam": "saat ronger cha", "kota": 3},
                                             {"nam": "shatkora gosht", "kota": 1}],
            "mot": L(960, BUY), "bishesh": L("Furi-r badam-e elarji, badam dibain na",
                                             f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/ordar/laundry", fmt="form", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "bag": "1", "dam": L("250", BUY)}),
        case(f, f"{a}/v1/review", headers=_h(rng, **b), body={
            "resort": RESORT["id"], "tara": 5,
            "montobbo": L("Bungalow-r barandat boisa cha khaiya khub shanti lagse", TEXT)}),
        stay,
        multipart(f, f"{a}/v1/fotu", [
            ("fotu", "chabagan_family.jpg", "image/jpeg", L(JPEG + b"\x37", MEDIA)),
            ("meta", None, "application/json", {"bukin": L(STAY, BUY),
                                                "likha": L("Tinjon mili chabagan-o", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/shaikel", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY), "shaikel": 2, "ghonta": 3, "dam": L(600, BUY)}),
        case(f, f"{a}/v1/khobor", headers=_h(rng, **b), body={
            "projonto": "front_desk",
            "likha": L("Gaari aile amare fon dibain, +1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/harano", headers=_h(rng, **b), body={
            "bukin": L(STAY, BUY),
            "harano": L("Ekta laal bachchar tupi, lake-or fasher bench-o", TEXT)}),
        case(f, f"{a}/v1/invoice/shesh", headers=_h(rng, how="none"), cookies={
            "cbn_session": L(opaque(rng, "", 40), CRED), "cbn_device": L(INSTALL_ID, DID),
            "cbn_req": rid(rng)}),
        case(f, f"{a}/v1/zontro", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/ghotona", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghotona": [
                ev("walk_started", 1), ev("screen", 2, screen=L("GardenMap", USAGE))]}),
    ]


def chabagan_sdks() -> list[Case]:
    rng = random.Random(28932)
    link = U("https://chabagan.example.com/b", {"bukin": L(STAY, BUY), "src": "mail",
                                                "em": L(EMAIL, MAIL)})
    return [
        ms_batch(APP, rng, [("Stay Booked", {"total": L(18500, BUY)}),
                            ("Walk Started", {"party": 3})], at=RESORT_FIX, nd=3),
        ms_queue(APP, rng, [("Walk Beat", {"alt": 41}), ("Walk Ended", {})]),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "purchase", {"bukin": L(STAY, BUY)}, revenue=18500.0, hashed=True),
        bj_bid(APP, rng, {"video": {"w": 320, "h": 480}}, at=RESORT_FIX, nd=2,
               keywords="tea,resort,sreemangal"),
        bj_notice(APP, rng, "imp"),
        cm_session(APP, rng, secs=1740),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "9250.00"),
        mj_reverse(APP, rng, GARDEN_WALK, PRECISE, nd=4),
        mj_route(APP, rng, [(RESORT_FIX, PRECISE), (LAKE_AT, None)], mode="walking"),
        mj_telemetry(APP, rng, [GARDEN_WALK, RESORT_FIX], PRECISE),
    ]
