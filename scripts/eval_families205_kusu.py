"""An awamori distillery's jar-keeping club "Kusukaami" (a Shuri distillery keeps members' jars
of aged awamori, ``kusu``, in its storehouse; she laid one down for Mio, to be opened on her
twentieth birthday, as Okinawan families do). Uchinaaguchi keys: ``naa``, ``yaanaa``,
``miiru``, ``keetai``, ``kakushi_kutuba``, ``nmari``, ``sumee``, ``machi``, ``yuubin``,
``zairyuu_kaado`` residence card (a Japanese loan), ``kiipaa`` keeper, ``sakii`` awamori,
``kaami`` jar (``kaami_bangoo`` jar number), ``kura`` storehouse, ``shitsugi`` topping-up with
younger spirit, ``fuda`` tag, ``akii_tushi`` opening year, ``warabi``, ``chassa`` price (lit. "how
much"), ``jin``, ``harai``, ``kaado_yuttsu``, ``ukui`` shipment (``ukui_saki`` addressee),
``dinwa`` phone, ``kuuza`` bank account, ``miiji`` account holder, ``hokan`` storage,
``uketui`` receipt, ``kuma``, ``nishi_hai`` / ``agari_iri``, ``kikishu`` tasting, ``yuntaku``,
``kutuba``, ``tumi``, ``wan``. Calls: sign-up (her residence card), a password grant,
``/wan``, the age check with a card photo, jars, a jar bought for Mio with its tag, its payment,
a visit to the storehouse with her fix, a top-up (msgpack), the jar by number in the path, a
tasting for two, a bottle shipped to her brother-in-law in Nago, a photo of the jar, a message
about the engraving, a search, her bank account and the storage fee, the receipt by cookie, an
offline tasting-notes sync (JSON Lines), push, events and a log-out. Sets 103 and 140 have
distillery tour bookings and 67, 89, 111, 119, 151 wine apps; none keeps a member's jar for a
child's coming of age."""

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
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families205_kit import (
    BROTHER_IL,
    DAUGHTER,
    DIST_FIX,
    DISTILLERY,
    HOME,
    HOME_AT,
    JAR,
    JP_ACCOUNT,
    KEEPER,
    NID,
    RESIDENCE_CARD,
    fix,
    hd,
    push,
)
from eval_families205_sdk import (
    bf_bid,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families205_svc import cl_card, cl_confirm, fn_eval, hs_message, mm_geocode
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kusukaami", "Kusukaami", "com.example.kusukaami", "1.9.5",
          "https://api.kusukaami.example.net")
IID = "X-Kusukaami-Install"
PW = "Kusu2037!Shuri"
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"
BIL_LINE = ("1-4-22 Agarie", "Nago", "905-0021")  # her brother-in-law's house (typed: address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kusukaami() -> list[Case]:
    rng = random.Random(20521)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, kiipaa=L(KEEPER, UID), nmari=L(DOB, BIRTH),
                                    age_ok=True))}
    dla, dlo = fix(DIST_FIX)
    jar = at_path(case(f, f"{a}/v2/kaami/{JAR}", headers=_h(rng, **b)), JAR, BUY)
    return [
        case(f, f"{a}/v2/kanyuu", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "yaanaa": L(LAST, NAMEC), "miiru": L(EMAIL_MIXED, MAIL),
            "keetai": L(E164, TEL), "kakushi_kutuba": L(PW, CRED), "nmari": L(DOB, BIRTH),
            "zairyuu_kaado": L(RESIDENCE_CARD, NID), "sumee": L(HOME["line"], ADDR),
            "machi": L(HOME["town"], COARSE), "yuubin": L(HOME["post"], COARSE),
            "kiipaa": L(KEEPER, UID), "nyuusu": False}),
        case(f, f"{a}/v2/oauth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "kusukaami-android"}),
        case(f, f"{a}/v2/wan", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/nenrei", [
            ("card", "zairyuu_front.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"zairyuu_kaado": L(RESIDENCE_CARD, NID),
                                                "nmari": L(DOB, BIRTH),
                                                "wikiga_winagu": L("winagu", GENDER)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/kaami", headers=_h(rng, **b), query={
            "kura": DISTILLERY["id"], "ookisa": "3L", "sakii": "kusu_5y_43"}),
        case(f, f"{a}/v2/kaami/kau", headers=_h(rng, **b), body={
            "kaami_bangoo": L(JAR, BUY), "sakii": "kusu_5y_43", "ookisa_l": 3,
            "chassa": L(88000, BUY), "kiipaa": L(KEEPER, UID),
            "warabi": {"naa": L(KID, NAMEC), "nmari": L(DAUGHTER["dob"], BIRTH)},
            "akii_tushi": L(2037, BIRTH),
            "fuda": L("Mio, hatachi omedetou! 2037.6.12", f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/v2/harai", fmt="form", headers=_h(rng, **b), body={
            "kaami_bangoo": L(JAR, BUY), "jin": L("88000", BUY), "tsuuka": "JPY",
            "harai": L(opaque(rng, "pm_", 24), PAY), "kaado_yuttsu": L("4444", PAY)}),
        case(f, f"{a}/v2/houmon", headers=_h(rng, **b), body={
            "kiipaa": L(KEEPER, UID), "kuma": {"nishi_hai": dla, "agari_iri": dlo},
            "kura": {"id": DISTILLERY["id"], "nishi_hai": DISTILLERY["lat"],
                     "agari_iri": DISTILLERY["lon"]}, "houmon_id": rid(rng)}),
        case(f, f"{a}/v2/shitsugi", fmt="msgpack", headers=_h(rng, **b), body={
            "kaami_bangoo": L(JAR, BUY), "shitsugi_l": 0.3, "sakii_lot": "LT26-0211",
            "jin": L(2400, BUY), "kiipaa": L(KEEPER, UID)}),
        jar,
        case(f, f"{a}/v2/kikishu", headers=_h(rng, **b), body={
            "hii": "2026-03-14", "tuchi": "14:00", "ninzuu": 2,
            "chu_nu_naa": [L(f"{FIRST} {LAST}", NAMEC), L("Seiji Tamashiro", NAMEC)],
            "chassa": L(3000, BUY), "unten": "wuttu_nomanu"}),
        case(f, f"{a}/v2/ukui", headers=_h(rng, **b), body={
            "ukui_saki": {"naa": L(BROTHER_IL[0], NAMEC), "dinwa": L(BROTHER_IL[1], TEL),
                          "sumee": L(BIL_LINE[0], ADDR), "machi": L(BIL_LINE[1], COARSE),
                          "yuubin": L(BIL_LINE[2], COARSE)},
            "bin": [{"sakii": "kusu_10y_720ml", "kazu": 1}], "jin": L(5800, BUY),
            "kutuba": L("For Anmaa's 85th tushibii, from Mio and all of us", f"{TEXT}|{BIRTH}"),
            "haitatsu_hii": "2026-03-02"}),
        multipart(f, f"{a}/v2/kaami/shashin", [
            ("photo", "mio_jar.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {"kaami_bangoo": L(JAR, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/yuntaku", headers=_h(rng, **b), body={
            "ate": "kura_desk",
            "kutuba": L(f"Please engrave the tag for my daughter {KID}, born 12 June 2017.",
                        f"{TEXT}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/v2/tumi", headers=_h(rng, **b), query={
            "tumi": L("how often shitsugi 10 year kusu", SEARCH)}),
        case(f, f"{a}/v2/kuuza", headers=_h(rng, **b), body={
            "kuuza": L(JP_ACCOUNT, PAY), "miiji": L("DOE JANE", NAMEC),
            "kiipaa": L(KEEPER, UID), "yoohoo": "hokan_hikiotoshi"}),
        case(f, f"{a}/v2/hokan", fmt="form", headers=_h(rng, **b), body={
            "kiipaa": L(KEEPER, UID), "kaami_bangoo": L(JAR, BUY), "jin": L("6000", BUY),
            "kikan": "12m"}),
        case(f, f"{a}/v2/uketui/latest", headers=_h(rng, how="none"), cookies={
            "kk_sesshon": L(opaque(rng, "", 40), CRED), "kk_kikai": L(INSTALL_ID, DID),
            "kk_req": rid(rng)}),
        lines(f, f"{a}/v2/sync", [
            {"op": "memo", "kaami": L(JAR, BUY),
             "kutuba": L("Already smells of vanilla and brown sugar", TEXT)},
            {"op": "hyooka", "sakii": "kusu_10y_720ml", "hoshi": 5, "by": L(KEEPER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/devices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/events", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "events": [
                ev("kaami_kau", 1, chassa=L(88000, BUY)),
                ev("screen", 2, screen=L("KaamiDetail", USAGE))]}),
        case(f, f"{a}/v2/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "kikai": L(INSTALL_ID, DID)}),
    ]


def kusukaami_sdks() -> list[Case]:
    rng = random.Random(20522)
    return [
        mc_batch(APP, rng, [("Jar Bought", {"total": L(88000, BUY)}),
                            ("Storehouse Visited", {"kura": DISTILLERY["id"]})]),
        mc_identify(APP, rng, {"age_band": L("30-39", BIRTH), "kiipaa": L(KEEPER, UID),
                               "machi": L("Okinawa City", COARSE)}),
        tn_launch(APP, rng, user=True),
        tn_event(APP, rng, "purchase", {"kaami": L(JAR, BUY)}, revenue=88000.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, yob=1991, gender="F",
               keywords="awamori,kusu,gift"),
        cd_crash(APP, rng, ("java.lang.NumberFormatException", "shitsugi_l"),
                 [cd_crumb("nav", "Kaami -> Shitsugi"), cd_crumb("tap", "kakutei")],
                 screen="ShitsugiActivity"),
        fn_eval(APP, rng, {"age_ok": True, "kura": DISTILLERY["id"]}, hdr=True),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "88000"),
        mm_geocode(APP, rng, "Shuri Kusu Distillery", SEARCH, near=HOME_AT, nd=2),
        hs_message(APP, rng, L(f"Jar {JAR}: the storage fee was taken twice", f"{TEXT}|{BUY}"),
                   {"kiipaa": L(KEEPER, UID)}),
    ]
