"""A stepwell clean-up volunteers' app "Baori Seva" (Sunday drives that clear rubbish from the
old city's stepwells (baori, jhalra) before the monsoon; she goes with her daughter). Its API's
keys are Marwari in ASCII with English loans: ``sevadar`` volunteer, ``naanv`` name, ``mobail``,
``umar`` age, ``janam_baras`` birth year, ``kachro`` rubbish, ``bori`` sacks, ``paari`` shift,
``jagah`` place, ``akshansh``/``deshantar`` latitude/longitude, ``saathi`` companions,
``aafat_mein`` emergency contact, ``ghatna`` incident, ``paani_ro_star`` water level, ``sahi``
signature, ``daan`` donation, ``rakam`` amount, ``sandeso`` message, ``sodh`` search,
``pramanpatra`` certificate, ``ghanta`` hours: sign-up, an SMS code, ``/mharo``, drives near her,
a drive joined with her daughter, the waiver, the check-in at the stepwell, a protobuf presence
beat, sacks logged (msgpack), a rubbish photo with her fix, the stepwell's water gauge, an
incident, an offline queue (JSON Lines), her hours by volunteer number in the path, the
certificate, a donation for gloves, the group chat, a search, push and events. Earlier sets have
clean-up days in settlement and residents' apps; none a heritage stepwell's volunteer drives."""

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
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families305_kit import (
    BAORI,
    BAORI_FIX,
    DAUGHTER,
    HOME_AT,
    HUSBAND,
    UPI,
    VOLUNTEER,
    fix,
    hd,
    obj,
    push,
)
from eval_families305_sdk import kj_event, kj_launch, mo_batch, mo_identify, mo_pixel, mo_queue
from eval_families305_svc import (
    cn_wallet,
    fg_eval,
    hj_message,
    mh_geocode,
    mh_telemetry,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("baoriseva", "Baori Seva", "com.example.baoriseva", "1.1.4",
          "https://api.baoriseva.example.org")
IID = "X-Baori-Install"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
STEP_FIX = (26.294088, 73.021702)  # her phone on the stepwell's lower landing


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def baoriseva() -> list[Case]:
    rng = random.Random(30561)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sevadar=L(VOLUNTEER, UID), mobail=L(E164, TEL)))}
    bla, blo = fix(BAORI_FIX)
    drive = obj(rng, "dr")
    lab: dict[str, str] = {}
    beat = pb([(1, L(VOLUNTEER, UID)), (2, drive), (3, 1757225400),
               (4, [(1, L(STEP_FIX[0], PRECISE)), (2, L(STEP_FIX[1], PRECISE)), (3, 6.0)]),
               (5, L(63, DEV))], "", lab)
    hours = at_path(case(f, f"{a}/v1/sevadar/{VOLUNTEER}/ghanta", headers=_h(rng, **b),
                         query={"baras": "2025"}), VOLUNTEER, UID)
    return [
        case(f, f"{a}/v1/sevadar", headers=_h(rng), body={
            "naanv": L(f"{FIRST} {LAST}", NAMEC), "mobail": L(E164, TEL),
            "email": L(EMAIL, MAIL), "janam_ri_tarikh": L(DOB, BIRTH),
            "sahar": L("Jodhpur", COARSE), "mohallo": L("Shastri Nagar", COARSE),
            "sevadar": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/sms/code", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "code": L("883164", CRED)}),
        case(f, f"{a}/v1/mharo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/abhiyan/najdeek", headers=_h(rng, **b), query={
            "akshansh": L(f"{HOME_AT[0]:.2f}", COARSE),
            "deshantar": L(f"{HOME_AT[1]:.2f}", COARSE), "km": "8"}),
        case(f, f"{a}/v1/abhiyan/{drive}/judo", headers=_h(rng, **b), body={
            "sevadar": L(VOLUNTEER, UID), "paari": "subah_6_9",
            "saathi": [{"naanv": L(KID, NAMEC), "umar": L(DAUGHTER["age"], BIRTH),
                        "janam_baras": L(2016, BIRTH)}],
            "aafat_mein": {"naanv": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        multipart(f, f"{a}/v1/abhiyan/{drive}/sahmati", [
            ("sahi", "sahi.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {"sevadar": L(VOLUNTEER, UID),
                                                "naanv": L(f"{FIRST} {LAST}", NAMEC),
                                                "tabar_saathe": True})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abhiyan/{drive}/haajri", headers=_h(rng, **b), body={
            "sevadar": L(VOLUNTEER, UID), "akshansh": bla, "deshantar": blo, "sateekta": 7,
            "baori": {"id": BAORI["id"], "akshansh": BAORI["lat"], "deshantar": BAORI["lon"]}}),
        raw(f, f"{a}/v1/abhiyan/{drive}/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/abhiyan/{drive}/bori", fmt="msgpack", headers=_h(rng, **b), body={
            "sevadar": L(VOLUNTEER, UID), "bori": 4, "kachro": ["plastic", "kaanch", "kapdo"],
            "vajan_kg": 31}),
        multipart(f, f"{a}/v1/kachro/photu", [
            ("photu", "kachro_paavdi.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "akshansh": L(round(STEP_FIX[0], 5), PRECISE),
                "deshantar": L(round(STEP_FIX[1], 5), PRECISE),
                "tipni": L("Niche ri paavdi par plastic ri bottlan ro dher", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/baori/{BAORI['id']}/paani", fmt="form", headers=_h(rng, **b), body={
            "paani_ro_star_m": "4.2", "gauge": "gg_tjj_01", "sevadar": L(VOLUNTEER, UID)}),
        case(f, f"{a}/v1/ghatna", headers=_h(rng, **b), body={
            "abhiyan": drive, "kisam": "fislan",
            "sandeso": L("Ek sevadar paavdi par fisalyo, ghutne par chot, first aid diyo",
                          f"{TEXT}|health.medical")}),
        lines(f, f"{a}/v1/sync", [
            {"op": "fix", "akshansh": L(round(STEP_FIX[0] + 0.0001 * i, 6), PRECISE),
             "deshantar": L(round(STEP_FIX[1] - 0.0001 * i, 6), PRECISE),
             "t": 1757226000 + 300 * i, "sevadar": L(VOLUNTEER, UID)} for i in range(3)],
            headers=_h(rng, **b)),
        hours,
        case(f, f"{a}/v1/pramanpatra", headers=_h(rng, **b), query={
            "sevadar": L(VOLUNTEER, UID), "naanv": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v1/daan", fmt="form", headers=_h(rng, **b), body={
            "kaam": "dastana", "rakam": L("500", BUY), "upi": L(UPI, PAY)}),
        case(f, f"{a}/v1/chat", headers=_h(rng, **b), body={
            "samooh": "tjj_sunday",
            "sandeso": L("Kaal subah 6 baje aasun, Tanvi ne bhi laasun. Dastana laajo.",
                         TEXT)}),
        case(f, f"{a}/v1/sodh", headers=_h(rng, **b), query={
            "sodh": L("chand baori abhiyan agle ravivar", SEARCH)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("drive_joined", 1), ev("screen", 2, screen=L("AbhiyanLive", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(obj(rng, "rt", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def baoriseva_sdks() -> list[Case]:
    rng = random.Random(30562)
    return [
        mo_batch(APP, rng, [("Drive Joined", {"shift": "subah_6_9"}),
                            ("Sacks Logged", {"sacks": 4})], at=BAORI_FIX, nd=3),
        mo_queue(APP, rng, [("Photo Queued", {}), ("Beat", {"alt": 212})]),
        mo_identify(APP, rng, {"sahar": L("Jodhpur", COARSE), "sevadar": L(VOLUNTEER, UID)}),
        mo_pixel(APP, rng, "Drive Opened", {"drive": "tjj"}),
        kj_launch(APP, rng, user=True),
        kj_event(APP, rng, "donation", {"kaam": "dastana"}, revenue=500.0),
        fg_eval(APP, rng, {"city": L("Jodhpur", COARSE), "role": "sevadar"}),
        pk_register(APP, rng, at=HOME_AT, nd=2, tags={"baori": BAORI["id"]}),
        cn_wallet(APP, rng, "500", L(E164, TEL)),
        mh_geocode(APP, rng, "Toorji ka Jhalra", "behavior.search", near=HOME_AT, nd=3),
        mh_telemetry(APP, rng, [BAORI_FIX, STEP_FIX], PRECISE),
        hj_message(APP, rng, L("Mharo pramanpatra download koni hove", TEXT),
                   {"sevadar": L(VOLUNTEER, UID)}),
    ]
