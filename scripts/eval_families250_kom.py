"""A picnic-gazebo booking app "Kom" (kom: gorge; a base in the Kurtatin gorge above Fiagdon
rents gazebos with a grill by the day, sells firewood, a ram for a family feast and pies from the
village, and runs a minibus from Vladikavkaz; Ossetian keys: ``nom``, ``myggag``, ``telefon``,
``el_post``, ``susaeg_dzyrd``, ``kod``, ``goraet`` town, ``bon`` day, ``sakhaettae`` hours,
``adaem`` people, ``khuyz`` kind, ``kuyvd`` a prayer-feast of the traditional Ossetian faith,
``khistaer`` the elder who says the prayers, ``fys`` ram, ``nysan`` purpose, ``chiritae``
pies, ``aertae_chiri`` the three pies of a feast, ``aekhtsa`` amount, ``arg`` price, ``fidyd``
payment, ``bron`` booking, ``bynat`` place
(``uaerkh``/``daerg``), ``quydy`` remark, ``aguyrd`` search, ``kam`` photo, ``fystaeg``
message, ``tsaeraenbynat`` address, ``sug`` firewood, ``miqqaegtae`` sacks, ``ferokh`` lost
(item), ``baelltae`` points, ``arkhaiaeg`` user, ``tsautae`` events,
loans ``besedkae``, ``mangal``, ``transfer``, ``chek``): sign-up, an SMS log-in, ``/mae``,
gazebos near her flat (3 decimals), a gazebo, the booking for the family's kuyvd, its payment,
the ram and the three pies, her check-in at the glade, the base's Wi-Fi joined, the minibus from
her street, a protobuf presence beat, firewood, an offline queue (JSON Lines) flushed when back in
signal, photos, a review, a search, the receipt by booking number in the path, a lost thermos,
points by cookie, push and events. New kind: "gazebo", "besedk", "kuvd", "kuyvd" matched no
docstring, "picnic" only earlier authors' lists of words they checked; a residents' estate app has
a BBQ-pit booking as one step, a kapana stand sells grilled meat."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
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
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families250_kit import (
    BOOKING,
    DZUAR_AT,
    GLADE_FIX,
    GORGE_BASE,
    HOME,
    HOME_AT,
    HUSBAND,
    fix,
    hd,
    obj,
    push,
)
from eval_families250_sdk import (
    bf_bid,
    bf_notice,
    cd_session,
    mc_batch,
    mc_queue,
    tn_event,
    tn_launch,
)
from eval_families250_svc import cl_card, cl_confirm, mm_reverse, mm_telemetry, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kom", "Kom", "com.example.kom", "2.2.5", "https://api.kom.example.ru")
IID = "X-Kom-Faeraez"
PW = "Fiagdon#Kom26"
ELDER = "Kazbek Bagaev"  # her husband's uncle, the elder of the feast (typed: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, os_=True, **kw)


def kom() -> list[Case]:
    rng = random.Random(25041)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefon=L(E164, TEL), bron=[L(BOOKING, BUY)]))}
    gla, glo = fix(GLADE_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(BOOKING, BUY)), (2, GORGE_BASE["id"]), (3, 1779523200),
               (4, [(1, L(GLADE_FIX[0], PRECISE)), (2, L(GLADE_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    chek = at_path(case(f, f"{a}/v1/bron/{BOOKING}/chek", headers=_h(rng, **b)), BOOKING, BUY)
    return [
        case(f, f"{a}/v1/registratsi", headers=_h(rng), body={
            "nom": L(FIRST, NAMEC), "myggag": L(LAST, NAMEC), "telefon": L(NATIONAL, TEL),
            "el_post": L(EMAIL, MAIL), "susaeg_dzyrd": L(PW, CRED),
            "goraet": L(HOME["town_os"], COARSE)}),
        case(f, f"{a}/v1/bakhizyn", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kod": L("3906", CRED)}),
        case(f, f"{a}/v1/mae", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/besedkaetae", headers=_h(rng, **b), query={
            "uaerkh": L(f"{HOME_AT[0]:.3f}", PRECISE), "daerg": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "60", "bon": "2026-05-23", "adaem": "14"}),
        case(f, f"{a}/v1/besedkaetae/bs_07", headers=_h(rng, **b), query={
            "base": GORGE_BASE["id"]}),
        case(f, f"{a}/v1/bron", headers=_h(rng, **b), body={
            "besedkae": "bs_07", "bon": "2026-05-23", "sakhaettae": 8, "adaem": 14,
            "khuyz": L("kuyvd", SENS), "bron": L(BOOKING, BUY), "aekhtsa": L(6000, BUY),
            "khistaer": L(ELDER, NAMEC),
            "quydy": L("Uastyrdzhiyi kuyvd for the family after the wedding; the elder says the "
                       "prayers, we need a long table", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/v1/fidyd", fmt="form", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "aekhtsa": L("6000.00", BUY), "valuta": "RUB",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kartae_kaeron": L("4444", PAY)}),
        case(f, f"{a}/v1/fys", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "uaez_kg": 38, "arg": 14500,
            "nysan": L("kuyvdy kuvaen fys", SENS), "aekhtsa": L(14500, BUY)}),
        case(f, f"{a}/v1/chiritae", fmt="msgpack", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY),
            "chiritae": [{"khuyz": "fydzhyn", "nymaets": 3, "arg": 950},
                         {"khuyz": "uaelibakh", "nymaets": 3, "arg": 700}],
            "aertae_chiri": L(True, SENS), "aekhtsa": L(4950, BUY)}),
        case(f, f"{a}/v1/check_in", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "bynat": {"uaerkh": gla, "daerg": glo, "sizuste": 9},
            "base": {"uaerkh": GORGE_BASE["lat"], "daerg": GORGE_BASE["lon"]}}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(GORGE_BASE["ssid"], WIFI), "bssid": L(GORGE_BASE["bssid"], WIFI),
            "ip": L("10.8.0.41", DEV), "bron": L(BOOKING, BUY)}),
        case(f, f"{a}/v1/transfer", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "tsaeraenbynat": L(HOME["line"], ADDR),
            "goraet": L(HOME["town"], COARSE), "adaem": 6, "raestaeg": "2026-05-23T08:30",
            "telefon": L(HUSBAND[1], TEL), "arg": L(3600, BUY)}),
        raw(f, f"{a}/v1/pulsi", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/sug", fmt="form", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY), "miqqaegtae": "3", "arg": L("900", BUY)}),
        lines(f, f"{a}/v1/offline", [
            {"op": "bynat", "uaerkh": L(round(GLADE_FIX[0], 4), PRECISE),
             "daerg": L(round(GLADE_FIX[1], 4), PRECISE), "t": 1779526800},
            {"op": "dzuar", "uaerkh": DZUAR_AT[0], "daerg": DZUAR_AT[1],
             "quydy": L("Stopped at the shrine to leave the three pies", f"{TEXT}|{SENS}")},
            {"op": "kam", "fail": obj(rng, "img"), "bron": L(BOOKING, BUY)}],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v1/kamtae", [
            ("kam", "kom_kuyvd.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"bron": L(BOOKING, BUY), "album": "kom-2026"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/quydy", fmt="form", headers=_h(rng, **b), body={
            "besedkae": "bs_07", "aerg": "5",
            "quydy": L("Clean gazebo, big grill, the river was loud and cold. We will be back.",
                       TEXT)}),
        case(f, f"{a}/v1/aguyrd", headers=_h(rng, **b), query={
            "q": L("gazebo with grill by the river for 15 people", SEARCH), "fars": "1"}),
        chek,
        case(f, f"{a}/v1/ferokh", headers=_h(rng, **b), body={
            "bron": L(BOOKING, BUY),
            "fystaeg": L("We left a black thermos on the bench of gazebo 7, my number is "
                         "+1 555 010 0199", f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/baelltae", headers=_h(rng, how="none"), cookies={
            "kom_sesi": L(opaque(rng, "", 40), CRED), "kom_faeraez": L(INSTALL_ID, DID),
            "kom_req": rid(rng)}),
        case(f, f"{a}/v1/faeraez", headers=_h(rng, **b), body=push(push_token(rng), "os_RU")),
        case(f, f"{a}/v1/tsautae", gz=True, headers=_h(rng, **b), body={
            "arkhaiaeg": L(USER_ID, UID), "tsautae": [
                ev("bron", 1, aekhtsa=L(6000, BUY)), ev("ekran", 2, ekran=L("Besedkae", USAGE))]}),
    ]


def kom_sdks() -> list[Case]:
    rng = random.Random(25042)
    return [
        mc_batch(APP, rng, [("Gazebo Booked", {"total": L(6000, BUY)}),
                            ("Checked In", {"base": GORGE_BASE["id"]})],
                 at=GLADE_FIX, nd=2, locale="os_RU"),
        mc_queue(APP, rng, [("Photo Saved", {"n": 4}), ("Firewood Ordered", {"sacks": 3})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"bron": L(BOOKING, BUY)}, revenue=6000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=GLADE_FIX, nd=3,
               keywords="picnic,mountains,grill"),
        bf_notice(APP, rng, "imp"),
        cd_session(APP, rng, secs=1230),
        pt_register(APP, rng, lang="os", at=HOME_AT, nd=2, tags={"base": GORGE_BASE["id"]}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "6000.00"),
        mm_reverse(APP, rng, GLADE_FIX, PRECISE, nd=5),
        mm_telemetry(APP, rng, [GLADE_FIX, (DZUAR_AT[0] + 0.000031, DZUAR_AT[1] - 0.000022)],
                     PRECISE),
    ]


__all__ = ["APP", "kom", "kom_sdks"]
