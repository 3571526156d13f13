"""Kundum festival and clan register app "Kundumpass" (the Axim traditional area's festival
committee: household register by clan, festival levies, the durbar, the remembrance of the
departed, the children's dance troupe; she registers as the wife of an Nzema man). Its API's
keys are Nzema in ASCII with English: ``duma``, ``agyale_duma``, ``fonu``, ``awole_kenle``,
``menli`` people (the ethnic group the form asks for), ``abusua`` matriclan, ``abusua_kpanyinli``
clan elder, ``suakpole`` hometown, ``sua`` house (street line), ``digital_adrese``, ``kunli``
husband, ``kakula`` child, ``evole`` age (lit. years), ``ewule`` the departed (lit. death),
``asone`` religion (lit. church/worship), ``agole`` dance (lit. play), ``moale`` donation (lit.
help), ``ezukoa`` amount, ``tuale`` payment, ``eleka`` place, ``edweke`` message, ``kponde``
search, ``ndodwe`` poll (the author's word); OAuth keeps ``password``. Calls: registration, an
OAuth password grant, ``/me`` (a JWT with her clan by marriage), the household by clan, the
festival levy, the daughter in the children's troupe, the remembrance list, a durbar seat, a
check-in at the durbar ground, a dance photo, a donation to the stool, a message to the clan
elder's secretary, a stool-dispute poll, the programme, the register entry by number in the path,
a search, the Axim address, push, events and a receipt by cookie. "Kundum" matched nothing in a
file-name and docstring grep; clan registers exist (sets 138, 233, 234, 236: a Ganda clan, a
lineage rite committee, a land-rights lo register, a kindred union), so this one is a festival's
register: levies, durbar seats, the remembrance and a troupe."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families235_kit import (
    AX_HOME,
    AX_HOME_AT,
    CLAN,
    DAUGHTER,
    DURBAR,
    DURBAR_FIX,
    HUSBAND,
    MOTHER_IL,
    REGISTER,
    fix,
    hd,
    obj,
    push,
)
from eval_families235_sdk import (
    ak_batch,
    ak_identify,
    bb_bid,
    bb_notice,
    cp_crash,
    cp_crumb,
    sk_event,
    sk_launch,
)
from eval_families235_svc import ce_save, ck_card, ck_confirm, he_message, mb_reverse, pa_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kundumpass", "Kundumpass", "com.example.kundumpass", "2.0.7",
          "https://api.kundumpass.example.org")
IID = "X-Kundum-Device"
PW = "Nvavile&Axim26"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, tw=True, **kw)


def kundumpass() -> list[Case]:
    rng = random.Random(23521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), register=L(REGISTER, UID),
                                    abusua=L(CLAN, SENS)))}
    dla, dlo = fix(DURBAR_FIX, 4)
    reg = at_path(case(f, f"{a}/v1/register/{REGISTER}", headers=_h(rng, **b)), REGISTER, UID)
    return [
        case(f, f"{a}/v1/register", headers=_h(rng), body={
            "duma": L(FIRST, NAMEC), "agyale_duma": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fonu": L(E164, TEL), "password": L(PW, CRED), "awole_kenle": L(DOB, BIRTH),
            "menli": L("African American", SENS), "maanle": "US",
            "kunli": {"duma": L(HUSBAND[0], NAMEC), "abusua": L(CLAN, SENS),
                      "suakpole": L("Axim", COARSE)},
            "register": L(REGISTER, UID)}),
        case(f, f"{a}/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kundumpass-android"}),
        case(f, f"{a}/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/household", headers=_h(rng, **b), body={
            "register": L(REGISTER, UID), "members": [
                {"duma": L(HUSBAND[0], NAMEC), "abusua": L(CLAN, SENS),
                 "menli": L("Nzema", SENS), "fonu": L(HUSBAND[1], TEL)},
                {"duma": L(KID, NAMEC), "awole_kenle": L(DAUGHTER["dob"], BIRTH),
                 "raale_nrenyia": L("raale", GENDER),
                 "abusua": L("none (mother not Nzema; follows father's Nvavile)", SENS)},
                {"duma": L(MOTHER_IL[0], NAMEC), "abusua": L(CLAN, SENS),
                 "abusua_kpanyinli": False}]}),
        case(f, f"{a}/v1/levies/pay", fmt="form", headers=_h(rng, **b), body={
            "register": L(REGISTER, UID), "levy": "kundum_2026", "ezukoa": L("120.00", BUY),
            "currency": "GHS", "tuale": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/agole/enrol", headers=_h(rng, **b), body={
            "kakula": {"duma": L(KID, NAMEC), "evole": L(8, BIRTH),
                       "raale_nrenyia": L("raale", GENDER)},
            "troupe": "children_abisa", "rehearsal": "sat_16h", "guardian": L(REGISTER, UID)}),
        case(f, f"{a}/v1/ewule/remembrance", headers=_h(rng, **b), body={
            "ewule": [L("Kwasi Ackah Amihere", NAMEC), L("Nyima Ackah", NAMEC)],
            "asone": L("libation at the family stool", SENS), "moale": L(40, BUY),
            "abusua": L(CLAN, SENS)}),
        case(f, f"{a}/v1/durbar/seats", headers=_h(rng, **b), body={
            "durbar": DURBAR["id"], "kenle": "2026-10-24", "seats": 3, "stand": "east",
            "ezukoa": L(90, BUY), "ticket": obj(rng, "tk")}),
        case(f, f"{a}/v1/durbar/checkin", headers=_h(rng, **b), body={
            "eleka": {"lat": dla, "lng": dlo},
            "durbar": {"lat": DURBAR["lat"], "lng": DURBAR["lon"]}, "seat": "E-41"}),
        multipart(f, f"{a}/v1/photos", [
            ("foto", "kundum_dance.jpg", "image/jpeg", L(JPEG + b"\x39", MEDIA)),
            ("meta", None, "application/json", {
                "album": "kundum-2026",
                "caption": L("Adwoba dancing with the Nvavile children at the durbar",
                             f"{TEXT}|{NAMEC}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/moale", fmt="form", headers=_h(rng, **b), body={
            "fund": "stool_renovation", "ezukoa": L("200", BUY), "currency": "GHS",
            "tuale": L(opaque(rng, "pm_", 24), PAY), "anonymous": "false"}),
        case(f, f"{a}/v1/edweke", headers=_h(rng, **b), body={
            "to": "sec_nvavile",
            "edweke": L("Please tell our abusua kpanyinli Nana Kwesi Ackah that Kwame and I will "
                        "bring the drinks for the Nvavile libation on Friday",
                        f"{TEXT}|{NAMEC}|{SENS}")}),
        case(f, f"{a}/v1/ndodwe/stool", headers=_h(rng, **b), body={
            "poll": "pl_stool_2026", "choice": L("support the Awulae's candidate", SENS),
            "register": L(REGISTER, UID)}),
        case(f, f"{a}/v1/programme", headers=_h(rng, **b), query={
            "festival": "kundum_2026", "town": "axim"}),
        reg,
        case(f, f"{a}/v1/kponde", headers=_h(rng, **b), query={
            "q": L("Nvavile abusua kpanyinli Axim", f"{SEARCH}|{SENS}")}),
        case(f, f"{a}/v1/profile/address", headers=_h(rng, **b), body={
            "sua": L(AX_HOME["line"], ADDR), "digital_adrese": L(AX_HOME["gps"], ADDR),
            "suakpole": L(AX_HOME["town"], COARSE)}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("levy_paid", 1), ev("screen", 2, screen=L("Durbar", USAGE)),
                ev("remembrance_sent", 3, abusua=L(CLAN, SENS))]}),
        case(f, f"{a}/v1/fi", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/receipts/latest", headers=_h(rng, how="none"), cookies={
            "kp_session": L(opaque(rng, "", 40), CRED), "kp_device": L(INSTALL_ID, DID),
            "kp_req": rid(rng)}),
    ]


def kundumpass_sdks() -> list[Case]:
    rng = random.Random(23522)
    return [
        ak_batch(APP, rng, [("Levy Paid", {"total": L(120, BUY)}),
                            ("Durbar Check In", {"durbar": DURBAR["id"]})],
                 at=DURBAR_FIX, nd=2),
        ak_identify(APP, rng, {"abusua": L(CLAN, SENS), "suakpole": L("Axim", COARSE),
                               "register": L(REGISTER, UID)}),
        sk_launch(APP, rng, first=True),
        sk_event(APP, rng, "donation", {"fund": "stool_renovation"}, revenue=200.0,
                 hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=DURBAR_FIX, nd=3,
               keywords="festival,kundum,axim"),
        bb_notice(APP, rng, "imp"),
        cp_crash(APP, rng, ("java.net.SocketTimeoutException", "v1/levies/pay"),
                 [cp_crumb("nav", "Household -> Levies"), cp_crumb("tap", "pay_button")],
                 screen="LevyActivity"),
        pa_register(APP, rng, at=AX_HOME_AT, nd=2,
                    tags={"abusua": L(CLAN, SENS), "town": L("Axim", COARSE)}),
        ce_save(APP, rng, {"analytics": True, "marketing": False}),
        ck_card(APP, rng, email=True),
        ck_confirm(APP, rng, "120.00"),
        mb_reverse(APP, rng, DURBAR_FIX, PRECISE, nd=5),
        he_message(APP, rng, L("My levy receipt shows the wrong clan for my husband",
                               f"{TEXT}|{SENS}"), {"register": L(REGISTER, UID)}),
    ]

