"""An old-photo restoration and print shop's app "Resimxane" (Tunceli; she scans her husband's
family's old photographs with the phone, the shop repairs and colours them and prints them; its
API's keys are Zazaki, ASCII-folded, with English ``id``/``token``: ``name`` first name,
``peyname`` surname, ``e_poste`` e-mail, ``telefon`` phone, ``parola`` password, ``resim``
photo, ``kihan`` old, ``serre`` year, ``tamir`` repair, ``reng`` colour, ``cap`` print,
``ebat`` size, ``cerceve`` frame, ``siparis`` order, ``yekun`` total, ``pere_dayis`` payment,
``kargo`` shipping, ``adres`` address, ``suke`` town, ``welat`` country, ``nuste`` caption,
``ki_ra`` to whom, ``kalik``/``pirike`` grandfather/grandmother, ``cigerayis`` search): sign-up,
a log-in, ``/mi``, three scans uploaded (one a family portrait), the repair and colour order,
captions naming the grandparents, the shop's proof approved, the order by number in the path,
prints and a frame, payment, a shipping label to her sister in Ohio, a pick-up at the shop with
her fix, a message, an album shared with her husband, a search, a receipt by cookie, push and
events. New kind (a file-name and docstring grep for "photo restor", "restore photo" and
"colouriz"/"coloriz" found nothing; the photo sets are studios, prints and selfies)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
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
    push_token,
)
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families290_kit import HOME, HUSBAND, PHOTO_SHOP, RX_ORDER, SISTER_US, fix, hd, obj, push
from eval_families290_sdk import bf_bid, cd_session, mc_batch, mc_queue, tn_event, tn_launch
from eval_families290_svc import cl_card, cl_confirm, hs_attach, mm_reverse, mm_telemetry
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("resimxane", "Resimxane", "com.example.resimxane", "2.2.0",
          "https://api.resimxane.example.com")
IID = "X-Resimxane-Install"
PW = "Kihan$Resim1938"
SHOP_FIX = (39.106749, 39.548131)  # her phone at the shop counter
SISTER_ADDR = ("1180 Maple Grove Rd", "Columbus", "OH", "43215")


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def resimxane() -> list[Case]:
    rng = random.Random(29071)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_poste=L(EMAIL, MAIL), telefon=L(E164, TEL)))}
    sla, slo = fix(SHOP_FIX)
    scans = [obj(rng, "sc") for _ in range(3)]
    order = at_path(case(f, f"{a}/v2/siparis/{RX_ORDER}", headers=_h(rng, **b)), RX_ORDER, BUY)
    return [
        case(f, f"{a}/v2/qeyd", headers=_h(rng), body={
            "name": L(FIRST, NAMEC), "peyname": L(LAST, NAMEC), "e_poste": L(EMAIL_MIXED, MAIL),
            "telefon": L(E164, TEL), "parola": L(PW, CRED), "suke": L("Tunceli", COARSE)}),
        case(f, f"{a}/v2/cikewtis", fmt="form", headers=_h(rng), body={
            "e_poste": L(EMAIL, MAIL), "parola": L(PW, CRED), "cihaz": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v2/mi", headers=_h(rng, extra=jw)),
        multipart(f, f"{a}/v2/resim/bar", [
            ("resim", "kalik_1936.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"scan": scans[0], "serre": 1936,
                                                "kihan": True})], headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/resim/bar", [
            ("resim", "keye_pulur.jpg", "image/jpeg", L(JPEG + b"\x92", MEDIA)),
            ("meta", None, "application/json", {"scan": scans[1], "serre": 1962})],
            headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/resim/bar", [
            ("resim", "ma_pero.jpg", "image/jpeg", L(JPEG + b"\x93", MEDIA)),
            ("meta", None, "application/json", {"scan": scans[2], "serre": 2019})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/siparis", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY), "dukan": PHOTO_SHOP["id"],
            "ciyan": [{"scan": scans[0], "tamir": "zaf", "reng": True},
                      {"scan": scans[1], "tamir": "qij", "reng": True},
                      {"scan": scans[2], "tamir": "ci", "reng": False}],
            "yekun": L(1750, BUY)}),
        case(f, f"{a}/v2/nuste", headers=_h(rng, **b), body={
            "scan": scans[0],
            "nuste": L("Kalikê Hidiri Seyit Aslantepe u pirike Xece, Pulur, 1936",
                       f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v2/prova/qebul", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY), "scan": scans[0], "qebul": "e",
            "not": L("Cimê pirike hina tari bo", TEXT)}),
        order,
        case(f, f"{a}/v2/cap", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY), "cap": [{"scan": scans[0], "ebat": "30x40", "tike": 3},
                                                 {"scan": scans[1], "ebat": "13x18", "tike": 2}],
            "cerceve": "dar_qehweyi", "yekun": L(900, BUY)}),
        case(f, f"{a}/v2/pere_dayis", fmt="form", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY), "yekun": L("2650.00", BUY), "para": "TRY",
            "metod": L(opaque(rng, "pm_", 24), PAY), "kart_peyen4": L("4444", PAY)}),
        case(f, f"{a}/v2/kargo", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY),
            "ki_ra": {"name": L(SISTER_US[0], NAMEC), "telefon": L(SISTER_US[1], TEL),
                      "adres": L(SISTER_ADDR[0], ADDR), "suke": L(SISTER_ADDR[1], COARSE),
                      "eyalet": L(SISTER_ADDR[2], COARSE), "posta": L(SISTER_ADDR[3], COARSE),
                      "welat": L("US", COARSE)}, "kargo": "intl_express", "qimet": L(1400, BUY)}),
        case(f, f"{a}/v2/girotis", headers=_h(rng, **b), body={
            "siparis": L(RX_ORDER, BUY), "ca": {"lat": sla, "lng": slo},
            "dukan": {"id": PHOTO_SHOP["id"], "lat": PHOTO_SHOP["lat"],
                      "lng": PHOTO_SHOP["lon"]}}),
        case(f, f"{a}/v2/mesaj", headers=_h(rng, **b), body={
            "siparis": RX_ORDER,
            "nuste": L("Resima 1936 de cimê kalik ra xeta vejiyena, a xeta bidarnê", TEXT)}),
        case(f, f"{a}/v2/albume/pay", headers=_h(rng, **b), body={
            "albume": obj(rng, "al"), "ki_ra": {"name": L(HUSBAND[0], NAMEC),
                                               "telefon": L(HUSBAND[1], TEL)},
            "izin": "dim"}),
        case(f, f"{a}/v2/profil/adres", headers=_h(rng, **b), body={
            "name": L(FIRST, NAMEC), "peyname": L(LAST, NAMEC), "adres": L(HOME["line"], ADDR),
            "mehle": L(HOME["mahalle"], COARSE), "suke": L(HOME["town"], COARSE),
            "posta_kod": L(HOME["post"], COARSE), "telefon": L(E164, TEL)}),
        case(f, f"{a}/v2/cigerayis", headers=_h(rng, **b), query={
            "cigerayis": L("resimê kihanan reng kerdis 30x40 cerceve", SEARCH)}),
        case(f, f"{a}/v2/makbuz/peyen", headers=_h(rng, how="none"), cookies={
            "rx_sess": L(opaque(rng, "", 40), CRED), "rx_dev": L(INSTALL_ID, DID),
            "rx_req": rid(rng)}),
        case(f, f"{a}/v2/cihaz", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/hedise", gz=True, headers=_h(rng, **b), body={
            "karber": L(USER_ID, UID), "hedise": [
                ev("scan_bar", 1, tike=3), ev("ekran", 2, ekran=L("ProvaDiyayis", USAGE))]}),
    ]


def resimxane_sdks() -> list[Case]:
    rng = random.Random(29072)
    return [
        mc_batch(APP, rng, [("Scan Uploaded", {"count": 3}),
                            ("Order Paid", {"total": L(2650, BUY)})]),
        mc_queue(APP, rng, [("Proof Viewed", {"n": 1}), ("Frame Chosen", {"frame": "walnut"})]),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"siparis": L(RX_ORDER, BUY)}, revenue=2650.0),
        bf_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=SHOP_FIX, nd=2,
               keywords="photo,print,frame"),
        cd_session(APP, rng, secs=1540),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "2650.00"),
        mm_reverse(APP, rng, SHOP_FIX, PRECISE, nd=4),
        mm_telemetry(APP, rng, [SHOP_FIX], PRECISE),
        hs_attach(APP, rng, L(JPEG + b"\x94", MEDIA), "prova_hata.jpg", "image/jpeg"),
    ]
