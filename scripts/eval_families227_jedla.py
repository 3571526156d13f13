"""A Christmas-tree plantation's app "Jedlëna" (a family plantation near Òstrzëce, south of
Kartuzy: choose a tree in the rows, tag it, come back to cut it or have it delivered; its API's
keys are Kashubian, ASCII-folded, with English ``email``, ``token``, ``id``, ``wifi``:
``rejestracjo`` registration, ``miono``, ``nozwesko``, ``telefon``, ``parola``, ``adresa``,
``gard``, ``wies`` village, ``kod``, ``jedla`` fir, ``gatunk`` species, ``wiolgosc`` (wiôlgòsc)
size, ``cena`` price, ``znak`` tag, ``rzad`` row, ``polozenie``, ``szerzo``/``dlegosc``,
``blisko`` near, ``placenk`` payment, ``sema``, ``ostatne_sztere`` last four, ``dodatczi``
extras, ``dowoz`` delivery, ``datum``, ``godzena``, ``odbiorca`` recipient, ``darenk`` gift,
``ocena``, ``komentorz``, ``szukoj``, ``odbior`` collection, ``punkte`` points, ``gode`` (Gòdë)
Christmas): sign-up, log-in, ``/ja``, plantations near her flat (3 decimals), the catalogue, a
tree tagged in the rows with her fix, its payment, a check-in at the farm gate, a protobuf visit
beat, extras (msgpack), the delivery home with her husband as the one to call, a tree sent to
her mother-in-law in Chmielno, the tree by tag number in the path, a review, a search, the
collection of the potted tree after Christmas, points by cookie, the farm shop's Wi-Fi, push,
events and a log-out. New: "christmas tree", "spruce" and "fir tree" matched no file name or
docstring ("christmas" only a song-and-dance group and Christmas visits home)."""

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
    EMAIL_UPPER,
    MAIL,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families227_kit import (
    HUSBAND,
    KT_HOME,
    KT_HOME_AT,
    MOTHER_IL,
    PLANTATION,
    ROW_FIX,
    TREE_TAG,
    fix,
    hd,
    obj,
    push,
)
from eval_families227_sdk import (
    bm_bid,
    bm_notice,
    ch_crash,
    ch_crumb,
    mg_batch,
    mg_queue,
    to_event,
    to_launch,
)
from eval_families227_svc import mw_reverse, mw_telemetry, pl_register, ps_card, ps_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jedlena", "Jedlena", "com.example.jedlena", "4.0.2", "https://api.jedlena.example.net")
IID = "X-Jedlena-Device"
PW = "Gode2025!Jedla"
GATE_FIX = (54.274121, 18.122506)  # her phone at the farm gate
SHOP_WIFI = ("Jedlena-Sklep", "d8:07:b6:3e:12:a4")  # the farm shop's hotspot (joined: wifi)
MIL_HOME = {"line": "ul. Kartuska 9", "village": "Chmielno"}  # her mother-in-law's (typed)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def jedlena() -> list[Case]:
    rng = random.Random(22761)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    rla, rlo = fix(ROW_FIX)
    gla, glo = fix(GATE_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, L(TREE_TAG, BUY)), (3, 1765629000),
               (4, [(1, L(ROW_FIX[0], PRECISE)), (2, L(ROW_FIX[1], PRECISE)), (3, 14.0)]),
               (5, L(48, DEV))], "", lab)
    tree = at_path(case(f, f"{a}/api/rezerwacjo/{TREE_TAG}", headers=_h(rng, **b)),
                   TREE_TAG, BUY)
    return [
        case(f, f"{a}/api/rejestracjo", headers=_h(rng), body={
            "miono": L(FIRST, NAMEC), "nozwesko": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parola": L(PW, CRED),
            "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE),
            "kod": L(KT_HOME["post"], COARSE), "zgoda_marketing": False}),
        case(f, f"{a}/api/logowanie", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "parola": L(PW, CRED)}),
        case(f, f"{a}/api/ja", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/plantacje/blisko", headers=_h(rng, **b), query={
            "szerzo": L(f"{KT_HOME_AT[0]:.3f}", PRECISE),
            "dlegosc": L(f"{KT_HOME_AT[1]:.3f}", PRECISE), "km": "25"}),
        case(f, f"{a}/api/plantacje/{PLANTATION['id']}/drzewka", headers=_h(rng, **b),
             query={"gatunk": "jedla-kaukaskô", "wiolgosc": "180-200", "cena_do": "250"}),
        case(f, f"{a}/api/rezerwacjo", headers=_h(rng, **b), body={
            "plantacjo": PLANTATION["id"], "znak": L(TREE_TAG, BUY),
            "gatunk": "jedla-kaukaskô", "wiolgosc": "190", "rzad": "R14",
            "polozenie": {"szerzo": rla, "dlegosc": rlo, "dokladnosc": 5},
            "cena": L(189, BUY), "odbior": "dowoz"}),
        case(f, f"{a}/api/placenk", fmt="form", headers=_h(rng, **b), body={
            "znak": L(TREE_TAG, BUY), "sema": L("189.00", BUY), "waluta": "PLN",
            "metoda": L(opaque(rng, "pm_", 24), PAY), "ostatne_sztere": L("4444", PAY)}),
        case(f, f"{a}/api/wizyta/meldunek", headers=_h(rng, **b), body={
            "plantacjo": {"id": PLANTATION["id"], "szerzo": PLANTATION["lat"],
                          "dlegosc": PLANTATION["lon"], "telefon": PLANTATION["phone"]},
            "polozenie": {"szerzo": gla, "dlegosc": glo}, "znak": L(TREE_TAG, BUY)}),
        raw(f, f"{a}/api/wizyta/puls", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/dodatczi", fmt="msgpack", headers=_h(rng, **b), body={
            "znak": L(TREE_TAG, BUY),
            "pozycje": [{"towar": "stojak-zeliwny", "cena": 69, "sztuk": 1},
                        {"towar": "siatka", "cena": 0, "sztuk": 1},
                        {"towar": "drewno-kominkowe-worek", "cena": 25, "sztuk": 2}],
            "sema": L(119, BUY)}),
        case(f, f"{a}/api/dowoz", headers=_h(rng, **b), body={
            "znak": L(TREE_TAG, BUY), "datum": "2025-12-20", "godzena": "10-12",
            "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE),
            "kod": L(KT_HOME["post"], COARSE),
            "odbiorca": {"miono": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "uwoga": L("Third floor, no lift. Please ring twice.", TEXT),
            "sema_dowozu": L(30, BUY)}),
        case(f, f"{a}/api/darenk", headers=_h(rng, **b), body={
            "odbiorca": {"miono": L(MOTHER_IL[0], NAMEC), "telefon": L(MOTHER_IL[1], TEL),
                         "adresa": L(MIL_HOME["line"], ADDR),
                         "wies": L(MIL_HOME["village"], COARSE)},
            "gatunk": "swierk-w-doniczce", "sema": L(149, BUY), "znak": obj(rng, "jd"),
            "lest": L("Wesołëch Gòdów od nas trzech!", TEXT)}),
        tree,
        case(f, f"{a}/api/ocena", headers=_h(rng, **b), body={
            "plantacjo": PLANTATION["id"], "ocena": 5,
            "komentorz": L("Maja picked the tree herself, hot tea at the gate, lovely.", TEXT)}),
        case(f, f"{a}/api/szukanie", headers=_h(rng, **b), query={
            "szukoj": L("jedla w doniczce do posadzeniô", SEARCH)}),
        case(f, f"{a}/api/odbior/po-godach", fmt="form", headers=_h(rng, **b), body={
            "znak": L(TREE_TAG, BUY), "datum": "2026-01-10",
            "adresa": L(KT_HOME["line"], ADDR), "gard": L(KT_HOME["town"], COARSE)}),
        case(f, f"{a}/api/punkte", headers=_h(rng, how="none"), cookies={
            "jd_sesja": L(opaque(rng, "", 40), CRED), "jd_urz": L(INSTALL_ID, DID),
            "jd_req": rid(rng)}),
        case(f, f"{a}/api/wifi", headers=_h(rng, **b), body={
            "ssid": L(SHOP_WIFI[0], WIFI), "bssid": L(SHOP_WIFI[1], WIFI),
            "ip_lokalne": L("10.4.0.38", DEV), "minute": 60}),
        case(f, f"{a}/api/urzadzenie", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/wedarzenia", gz=True, headers=_h(rng, **b), body={
            "brekownik": L(USER_ID, UID), "wedarzenia": [
                ev("drzewko_oznaczone", 1, rzad="R14"), ev("placenk", 2, sema=L(189, BUY)),
                ev("ekran", 3, ekran=L("MojeDrzewko", USAGE))]}),
        case(f, f"{a}/api/wulogowanie", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED),
            "urzadzenie": L(INSTALL_ID, DID)}),
    ]


def jedlena_sdks() -> list[Case]:
    rng = random.Random(22762)
    return [
        mg_batch(APP, rng, [("Tree Tagged", {"row": "R14"}),
                            ("Tree Paid", {"total": L(189, BUY)})], at=ROW_FIX, nd=3),
        mg_queue(APP, rng, [("Row Viewed", {"row": "R12"}), ("Row Viewed", {"row": "R14"})]),
        to_launch(APP, rng, first=True),
        to_event(APP, rng, "purchase", {"znak": L(TREE_TAG, BUY)}, revenue=189.0,
                 hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ROW_FIX, nd=2,
               keywords="christmas,tree,decorations"),
        bm_notice(APP, rng, "imp"),
        ch_crash(APP, rng, ("java.lang.IllegalStateException", "gps fix timeout"),
                 [ch_crumb("nav", "Plantacjo -> Znak"), ch_crumb("tap", "oznacz")],
                 screen="ZnakActivity"),
        pl_register(APP, rng, at=KT_HOME_AT, nd=2, tags={"plantacjo": PLANTATION["id"]}),
        ps_card(APP, rng),
        ps_confirm(APP, rng, "189.00"),
        mw_reverse(APP, rng, ROW_FIX, PRECISE, nd=4),
        mw_telemetry(APP, rng, [ROW_FIX, GATE_FIX], PRECISE),
    ]
