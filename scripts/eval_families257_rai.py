"""A Tomil village's stone-money registry app "Malalrai" (the large rai stones of Yap stay where
they stand on the village's stone-money ground, the malal; who owns each one is memory and, here,
a registry). Its API's keys are Yapese as a local developer writes them (ASCII, glottal-stop
apostrophes dropped: ``fithingan`` name, ``fithingan_e_tabinaw`` family name (lit. "name of the
estate"), ``imeil`` e-mail, ``telefon`` phone, ``thin_ko_mith`` password (lit. "hidden word"),
``rran_ni_gargeel`` birth date, ``tabinaw`` estate / home, ``binaw`` village, ``nam``
municipality, ``ppin_pumoon`` sex (``ppin`` woman), ``figirngin`` spouse, ``rai`` stone money,
``gangin`` its size, ``sasing`` photo, ``thin`` message, ``gay`` search, ``salpiy`` money /
amount, ``pi_salpiy`` payment, ``pilung`` chief, ``girdi`` people (members), ``duw`` year,
``rran`` day), mixed with English ``id``, ``token``, ``lat``/``lon``: sign-up, log-in, ``/me``,
the estate's stones, a stone's page, a stone photographed where it stands (her fix), a customary
transfer at a funeral, a protobuf visit beat, an offline stone tally (msgpack), a search, a
message to the chief, the certificate by cookie, a transfer's certificate by number in the path,
the estate link (base64 JSON in a form field), the family roster, a cash gift for the malal's
upkeep, sync on the home Wi-Fi, stone notes (JSON Lines), push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families257_kit import (
    ESTATE,
    HOME_AT,
    HUSBAND,
    MALAL,
    MALAL_FIX,
    MOTHER_IL,
    RAI_MEMBER,
    SON,
    STONES,
    YAP_HOME,
    fix,
    hd,
    obj,
)
from eval_families257_sdk import (
    bb_bid,
    bb_notice,
    cm_crash,
    cm_crumb,
    rt_launch,
    tm_batch,
    tm_identify,
)
from eval_families257_svc import cs_save, fp_card, fp_confirm, ha_message, mw_reverse, pp_register
from eval_payloads import BSSID, EMAIL, INSTALL_ID, SSID, USER_ID, Case, J, L, W, case

APP = App("malalrai", "Malalrai", "com.example.malalrai", "1.8.0",
          "https://api.malalrai.example.org")
IID = "X-Malalrai-Device"
PW = "Falaw!rai2026"
TRANSFER = "TR-FAL-2026-019"  # a customary transfer of a stone (financial.purchase)
OTHER_ESTATE = ("Maathib", "Joseph Falmed")  # the receiving estate and its head (typed by her)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, yap=True, **kw)


def malalrai() -> list[Case]:
    rng = random.Random(25711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeil=L(EMAIL, MAIL), member=L(RAI_MEMBER, UID),
                                    tabinaw=L(ESTATE, ADDR)))}
    mla, mlo = fix(MALAL_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(RAI_MEMBER, UID)), (2, MALAL["id"]), (3, 1768617600),
               (4, [(1, L(MALAL_FIX[0], PRECISE)), (2, L(MALAL_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(64, DEV))], "", lab)
    cert = at_path(case(f, f"{a}/api/v1/pi/{TRANSFER}/babyor", headers=_h(rng, **b)),
                   TRANSFER, BUY)
    s1, s2 = STONES
    return [
        case(f, f"{a}/api/v1/girdi", headers=_h(rng), body={
            "fithingan": L(FIRST, NAMEC), "fithingan_e_tabinaw": L(LAST, NAMEC),
            "imeil": L(EMAIL, MAIL), "telefon": L(E164, TEL), "thin_ko_mith": L(PW, CRED),
            "rran_ni_gargeel": L(DOB, BIRTH), "ppin_pumoon": L("ppin", GENDER),
            "tabinaw": L(ESTATE, ADDR), "binaw": L(YAP_HOME["village"], COARSE),
            "nam": L(YAP_HOME["muni"], COARSE),
            "figirngin": {"fithingan": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "member_id": L(RAI_MEMBER, UID), "accept_terms": True}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "imeil": L(EMAIL_UPPER, MAIL), "thin_ko_mith": L(PW, CRED),
            "device_id": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/me", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/rai", headers=_h(rng, **b), query={
            "tabinaw": L(ESTATE, ADDR), "binaw": L(YAP_HOME["village"], COARSE), "page": "1"}),
        case(f, f"{a}/api/v1/rai/{s1['id']}", headers=_h(rng, **b),
             query={"malal": MALAL["id"]}),
        multipart(f, f"{a}/api/v1/rai/{s1['id']}/sasing", [
            ("sasing", "rai_0217.jpg", "image/jpeg", L(JPEG + b"\x57", MEDIA)),
            ("meta", None, "application/json", {
                "rai": s1["id"], "gangin": s1["cm"], "lat": mla, "lon": mlo,
                "malal": {"lat": MALAL["lat"], "lon": MALAL["lon"]},
                "member_id": L(RAI_MEMBER, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/pi", headers=_h(rng, **b), body={
            "pi_id": L(TRANSFER, BUY), "rai": s2["id"], "gangin": s2["cm"],
            "ko_tabinaw": L(ESTATE, ADDR),
            "ngak_tabinaw": {"tabinaw": L(OTHER_ESTATE[0], ADDR),
                             "fithingan": L(OTHER_ESTATE[1], NAMEC)},
            "rran": "2026-01-17", "mitmit": "funeral",
            "thin": L("Given by our estate at the funeral of Joseph Falmed's father",
                      f"{TEXT}|{NAMEC}"),
            "witness": "pilung_falaw"}),
        raw(f, f"{a}/api/v1/malal/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/rai/tally", fmt="msgpack", headers=_h(rng, **b), body={
            "malal": MALAL["id"], "duw": 2026, "member_id": L(RAI_MEMBER, UID),
            "rai": [{"id": s["id"], "gangin": s["cm"], "falling": False} for s in STONES],
            "tabinaw": L(ESTATE, ADDR)}),
        case(f, f"{a}/api/v1/gay", headers=_h(rng, **b), query={
            "gay": L("stones carried from Palau by canoe", SEARCH), "page": "1"}),
        case(f, f"{a}/api/v1/thin", headers=_h(rng, **b), body={
            "ngak": "pilung_falaw", "thread": obj(rng, "th"),
            "thin": L("Kammagar. May I photograph the big stone by the path on Sunday?", TEXT)}),
        case(f, f"{a}/api/v1/babyor/latest", headers=_h(rng, how="none"), cookies={
            "mr_session": L(opaque(rng, "", 40), CRED), "mr_device": L(INSTALL_ID, DID),
            "mr_req": rid(rng)}),
        cert,
        case(f, f"{a}/api/v1/tabinaw/link", fmt="form", headers=_h(rng, **b), body={
            "data": W({"member_id": L(RAI_MEMBER, UID), "telefon": L(NATIONAL, TEL),
                       "rran_ni_gargeel": L(DOB, BIRTH), "tabinaw": L(ESTATE, ADDR)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/api/v1/tabinaw/girdi", headers=_h(rng, **b), body={
            "tabinaw": L(ESTATE, ADDR), "girdi": [
                {"fithingan": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
                {"fithingan": L(MOTHER_IL[0], NAMEC)},
                {"fithingan": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "duw_ni_gargeel": L(2013, BIRTH)}]}),
        case(f, f"{a}/api/v1/salpiy", fmt="form", headers=_h(rng, **b), body={
            "malal": MALAL["id"], "salpiy": L("20.00", BUY), "currency": "USD",
            "pi_salpiy": L(opaque(rng, "pm_", 24), PAY), "last4": L("4444", PAY)}),
        case(f, f"{a}/api/v1/settings/sync", headers=_h(rng, **b), body={
            "only_wifi": True, "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI),
            "home": {"lat": L(round(HOME_AT[0], 4), PRECISE), "lon": L(round(HOME_AT[1], 4),
                                                                      PRECISE)}}),
        lines(f, f"{a}/api/v1/rai/notes", [
            {"rai": s1["id"], "note": L("Moss on the north face, the hole is clear", TEXT),
             "by": L(RAI_MEMBER, UID)},
            {"rai": s2["id"], "note": L("Now belongs to Maathib after the funeral", TEXT),
             "by": L(RAI_MEMBER, UID)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "lang": L("yap", DEV), "model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("rai_photo", 1, rai=s1["id"]), ev("transfer_saved", 2),
                ev("screen", 3, screen=L("TabinawRai", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device_id": L(INSTALL_ID, DID)}),
    ]


def malalrai_sdks() -> list[Case]:
    rng = random.Random(25712)
    return [
        tm_batch(APP, rng, [("Stone Photographed", {"stone": STONES[0]["id"]}),
                            ("Transfer Saved", {"kind": "funeral"})],
                 at=MALAL_FIX, nd=2, locale="yap_FM"),
        tm_identify(APP, rng, {"binaw": L("Falaw", COARSE), "nam": L("Tomil", COARSE),
                               "member_id": L(RAI_MEMBER, UID), "stones": 2}),
        rt_launch(APP, rng, first=True),
        bb_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="culture,heritage,yap"),
        bb_notice(APP, rng, "win"),
        cm_crash(APP, rng, ("java.lang.IllegalStateException", "camera busy"),
                 [cm_crumb("nav", "Rai -> Sasing"),
                  cm_crumb("net", "POST", {"url": f"{APP.api}/api/v1/pi", "status": 201})],
                 screen="SasingActivity"),
        pp_register(APP, rng, lang="yap", at=HOME_AT, nd=2,
                    tags={"binaw": L("Falaw", COARSE), "malal": MALAL["id"]}),
        cs_save(APP, rng, {"analytics": True, "marketing": False}),
        fp_card(APP, rng),
        fp_confirm(APP, rng, "20.00"),
        mw_reverse(APP, rng, MALAL_FIX, PRECISE, nd=5),
        ha_message(APP, rng, L(f"The certificate for {TRANSFER} shows the wrong stone",
                               f"{TEXT}|{BUY}"), {"member_id": L(RAI_MEMBER, UID)}),
    ]
