"""Ganesh festival mandal's volunteer and donation app "Mandalmitra" (the mandal keeps its app
busy all year: the monthly Sankashti aarti, Maghi Ganesh Jayanti in January, a blood camp, the
donation drive for the next Bhadrapad festival): volunteer registration, an SMS code, ``/me``, the
duty roster by her volunteer ID in the path, a duty check-in with her pass at the pandal gate, duty
pings (protobuf), a donation with her PAN for the tax receipt and the receipt by number in the
path, an aarti booked in the family's name with the gotra, prasad (msgpack), the blood camp, a lost
child reported with her fix, a home-Ganpati decoration contest entry, events near her flat, the ID
card photo, her son for the children's dhol-tasha group, feedback, push, events and the donation
history by a cookie GET."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families37_kit import fix, obj
from eval_families123_kit import (
    DUTY_AT,
    HOME_AT,
    HOME_PN,
    HUSBAND,
    MANDAL,
    NATID,
    PAN,
    SON,
    UPI_VPA,
    PuneApp,
    hh,
)
from eval_families123_sdk import (
    gk_batch,
    gk_queue,
    jx_bid,
    jx_notice,
    tf_crash,
    tf_crumb,
    vl_link,
    vl_session,
)
from eval_families123_svc import bv_eval, nx_route, pp_upi
from eval_payloads import INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = PuneApp("mandalmitra", "Mandalmitra", "com.example.mandalmitra", "2.4.0",
              "https://api.mandalmitra.example.org")
IID = "X-MM-Device"
PW = "Modak#Sadashiv21"
VOL = "MM-VOL-0719"  # her volunteer ID (id.user)
RCPT = "VG-2025-11842"  # the donation receipt's number (financial.purchase)
INVITEES = ["Manasi Joshi", "+919850112233", "Prachi Kulkarni", "+919923407781",
            "Neha Bapat", "+919890226614"]  # picked from her address book (content.contacts)
PASS = "MMP|VOL-0719|D-0122|8f3a9c"  # her duty pass QR (secret.credential: it opens the gate)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return hh(APP, rng, IID, how=how, **kw)


def mandalmitra() -> list[Case]:
    rng = random.Random(12311)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, vol=L(VOL, UID), phone=L(E164, TEL)))}
    dla, dlo = fix(DUTY_AT)
    lab: dict[str, str] = {}
    ping = pb([(1, L(VOL, UID)), (2, [(1, L(DUTY_AT[0] + 0.000041, PRECISE)),
                                      (2, L(DUTY_AT[1] - 0.000027, PRECISE))]),
               (3, 1765612800), (4, L(41, DEV)), (5, "gate_2")], "", lab)
    roster = at_path(case(f, f"{a}/v2/swayamsevak/{VOL}/roster", headers=_h(rng, **b),
                          query={"utsav": "maghi-2026", "from": "2026-01-20"}), VOL, UID)
    receipt = at_path(case(f, f"{a}/v2/vargani/receipts/{RCPT}/pdf", headers=_h(rng, **b)),
                      RCPT, BUY)
    return [
        case(f, f"{a}/v2/swayamsevak/register", headers=_h(rng), body={
            "fullName": L(NAME, NAMEC), "phone": L(E164, TEL), "email": L(EMAIL_MIXED, MAIL),
            "password": L(PW, CRED), "dob": L(DOB, BIRTH), "gender": L("female", GENDER),
            "bloodGroup": L("B+", MED), "tshirt": "M", "area": L("Kothrud", COARSE),
            "sevaPrefs": ["crowd_control", "prasad_counter"],
            "emergencyContact": {"name": L(HUSBAND[0], NAMEC), "phone": L(HUSBAND[1], TEL),
                                 "relation": "husband"}}),
        case(f, f"{a}/v2/auth/otp/verify", fmt="form", headers=_h(rng), body={
            "phone": L(E164, TEL), "otp": L("739114", CRED), "txn": rid(rng)}),
        case(f, f"{a}/v2/me", headers=_h(rng, extra=jw)),
        roster,
        case(f, f"{a}/v2/duty/checkin", headers=_h(rng, **b), body={
            "vol": L(VOL, UID), "pass": L(PASS, CRED), "gate": "G2", "lat": dla, "lon": dlo,
            "accuracy": 9, "mandal": {"id": MANDAL["id"], "lat": MANDAL["lat"],
                                      "lon": MANDAL["lon"]}}),
        raw(f, f"{a}/v2/duty/ping", ping, "application/x-protobuf", lab,
            headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v2/vargani", headers=_h(rng, **b), body={
            "amount": L("5001", BUY), "pan": L(PAN, NATID), "receiptName": L(NAME, NAMEC),
            "receiptAddress": L(HOME_PN["line"], ADDR), "city": L("Pune", COARSE),
            "pin": L(HOME_PN["pin"], COARSE), "purpose": "bhadrapad_2026", "mode": "upi",
            "vpa": L(UPI_VPA, PAY), "anonymous": False, "mandal": MANDAL["id"]}),
        receipt,
        case(f, f"{a}/v2/aarti/bookings", headers=_h(rng, **b), body={
            "date": "2026-01-22", "slot": "sakal_7", "puja": L("Maghi Ganesh Jayanti mahapuja",
                                                               SENS),
            "yajaman": [L(NAME, NAMEC), L(HUSBAND[0], NAMEC)], "gotra": L("Kashyap", SENS),
            "fee": L("1101", BUY),
            "sankalpNote": L("Arjun chya pariksha sathi", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/prasad/orders", fmt="msgpack", headers=_h(rng, **b), body={
            "items": [{"sku": "ukadiche_modak_11", "qty": 2, "price": 330}],
            "total": L(660, BUY), "pickup": "counter_3", "vol": L(VOL, UID)}),
        case(f, f"{a}/v2/blood-camp/register", fmt="form", headers=_h(rng, **b), body={
            "vol": L(VOL, UID), "bloodGroup": L("B+", MED), "lastDonation": L("2025-06-14", MED),
            "weightKg": L("58", FIT), "onMedication": L("yes", MED),
            "medicationNote": L("carbimazole 10 mg", MED), "slot": "2025-12-21T09:30"}),
        case(f, f"{a}/v2/lost-found", headers=_h(rng, **b), body={
            "type": "found_child", "reportedBy": L(VOL, UID),
            "description": L("Boy about 6, yellow kurta, crying near gate 2, says his name is "
                             "Omkar", f"{TEXT}|{NAMEC}"),
            "seenAt": {"lat": L(round(DUTY_AT[0] + 0.00012, 6), PRECISE),
                       "lon": L(round(DUTY_AT[1] - 0.00008, 6), PRECISE)}, "gate": "G2"}),
        multipart(f, f"{a}/v2/contest/entries", [
            ("photo", "ghar_ganpati.jpg", "image/jpeg", L(JPEG + b"\x31", MEDIA)),
            ("entry", None, "application/json", {
                "category": L("gharguti_ganpati", SENS),
                "title": L("Amcha paryavaran-purak shadu Ganpati", TEXT), "vol": L(VOL, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/events/near", headers=_h(rng, **b), query={
            "at": L(f"{HOME_AT[0]:.3f},{HOME_AT[1]:.3f}", PRECISE), "radiusKm": "5"}),
        at_path(multipart(f, f"{a}/v2/swayamsevak/{VOL}/photo", [
            ("photo", "idcard.jpg", "image/jpeg", L(JPEG + b"\x32", MEDIA))],
            headers=_h(rng, **b)), VOL, UID),
        case(f, f"{a}/v2/idcard", headers=_h(rng, **b), query={"vol": L(VOL, UID),
                                                                "format": "png"}),
        case(f, f"{a}/v2/pathak/interest", headers=_h(rng, **b), body={
            "childName": L(SON["first"], NAMEC), "age": L(SON["age"], BIRTH),
            "gender": L("boy", GENDER), "parent": L(NAME, NAMEC), "parentPhone": L(E164, TEL),
            "instrument": "tasha", "school": "Abhinav Vidyalaya"}),
        case(f, f"{a}/v2/announcements/read", fmt="form", headers=_h(rng, **b), body={
            "ids": "an_5512,an_5519", "vol": L(VOL, UID)}),
        case(f, f"{a}/v2/swayamsevak/invite", headers=_h(rng, **b), body={
            "vol": L(VOL, UID), "invitees": [L(n, CONTACTS) for n in INVITEES],
            "message": L("Maghi utsavala swayamsevak mhanun ya!", TEXT)}),
        case(f, f"{a}/v2/feedback", fmt="form", headers=_h(rng, **b), body={
            "rating": "5", "text": L("Gate 2 la pani ani savali havi hoti", TEXT)}),
        case(f, f"{a}/v2/swayamsevak/availability", headers=_h(rng, **b), body={
            "vol": L(VOL, UID), "dates": ["2026-01-21", "2026-01-22"], "hours": "16:00-22:00",
            "canLead": False}),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "installId": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "lang": L("mr-IN", DEV)}),
        case(f, f"{a}/v2/log", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "vol": L(VOL, UID), "events": [
                ev("duty_checkin", 1, gate="G2"), ev("donation_done", 2),
                ev("screen", 3, screen=L("Roster", USAGE))]}),
        case(f, f"{a}/v2/vargani/history", headers=_h(rng, how="none"),
             cookies={"mm_sid": L(opaque(rng, "", 40), CRED), "mm_vol": L(VOL, UID),
                      "mm_lang": L("mr", DEV)}),
        case(f, f"{a}/v2/mandal/{MANDAL['id']}/info", headers=_h(rng, how="upper"),
             query={"obj": obj(rng, "rq", 8)}),
    ]


def mandalmitra_sdks() -> list[Case]:
    rng = random.Random(12312)
    link = U("https://mandalmitra.example.org/duty", {"vol": L(VOL, UID), "shift": "D-0122",
                                                      "utm_source": "whatsapp"})
    return [
        gk_batch(APP, rng, [("Duty Checked In", {"gate": "G2"}),
                            ("Donation Made", {"amount": L(5001, BUY), "mode": "upi"})],
                 at=DUTY_AT, nd=3, ip=True),
        gk_queue(APP, rng, [("Roster Viewed", {"shift": "D-0122"}),
                            ("Announcement Read", {"id": "an_5512"})]),
        vl_session(APP, rng, user=True, n=14),
        vl_link(APP, rng, link),
        jx_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DUTY_AT, nd=3,
               keywords="ganeshotsav,pune,modak"),
        jx_notice(APP, rng, "win"),
        tf_crash(APP, rng, ("java.net.SocketTimeoutException", "duty ping"),
                 [tf_crumb("nav", "Roster -> DutyCheckin"),
                  tf_crumb("net", "POST", {"url": f"{APP.api}/v2/duty/ping", "status": 0})],
                 user={"id": L(USER_ID, UID), "username": L(VOL, UID)}, screen="DutyActivity"),
        bv_eval(APP, rng, {"role": "volunteer", "area": L("Kothrud", COARSE)}, hdr=True),
        pp_upi(APP, rng, "5001.00", "Vargani Bhadrapad 2026"),
        nx_route(APP, rng, (HOME_AT, PRECISE), ((MANDAL["lat"], MANDAL["lon"]), None)),
    ]
