"""Ceramics studio app "Muols" (``muols`` clay: a members' pottery studio in the Daugavpils
fortress where she learns wheel throwing and the Latgalian black-smoked ware, fires her pieces
and sells some at the Rezekne craft fair; its API's keys are Latgalian in camelCase, ASCII-folded:
``vuords`` / ``pavuords`` first name / surname, ``ePosts`` e-mail, ``mobTuolrunis`` mobile,
``parols`` password, ``dzimsonysGods`` birth year, ``dzeivisvita`` residence, ``bidrs`` member,
``nudarbeiba`` class, ``virpeisona`` throwing, ``cena`` price, ``moksa`` payment, ``vita`` place,
``plotums`` / ``garums`` latitude / longitude, ``dorbs`` work, ``glazura`` glaze, ``ceps`` kiln,
``dadzynuosona`` firing, ``pasyutejums`` order, ``meklet`` search, ``teksts``, ``paleigs``
helper, ``puordusonys`` sales, ``vierteiejums`` rating, ``sanemejs`` recipient): sign-up, an
OAuth password grant, ``/muns``, the class timetable, a class booked and paid, a check-in at the
studio, a photo of her pot, a kiln firing (msgpack), the kiln's readings on her kiln duty (JSON
Lines), a clay order, a glaze search, a message to the master potter, a fair stall with her
helper, the fair's sales (gzip), her works by member number in the path, a review, a pass in a
base64 JSON form field, a gift card for her husband, the subscription by cookie, push and
events."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families291_kit import (
    FAIR,
    HUSBAND,
    KILN,
    MEMBER,
    POTTER,
    RZ_HOME_AT,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families291_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_pixel,
    tn_event,
    tn_launch,
)
from eval_families291_svc import cl_card, cl_confirm, mm_geocode, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("muols", "Muols", "com.example.muols", "2.4.0", "https://api.muols.example.org")
IID = "X-Muols-Device"
PW = "Kryuzs!Daugpiļs7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def muols() -> list[Case]:
    rng = random.Random(29111)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ePosts=L(EMAIL, MAIL), bidrs=L(MEMBER, UID)))}
    sla, slo = fix(STUDIO_FIX)
    cls = obj(rng, "nd")
    works = at_path(case(f, f"{a}/v2/bidri/{MEMBER}/dorbi", headers=_h(rng, **b),
                         query={"statuss": "dadzynuots"}), MEMBER, UID)
    readings = [{"t": 1771320000 + 600 * i, "ceps": KILN["id"], "temperatura": t,
                 "posms": "bisque"} for i, t in enumerate([412, 688, 903])]
    readings[0]["dezurants"] = L(MEMBER, UID)
    return [
        case(f, f"{a}/v2/bidri", headers=_h(rng), body={
            "vuords": L(FIRST, NAMEC), "pavuords": L(LAST, NAMEC), "ePosts": L(EMAIL_MIXED, MAIL),
            "mobTuolrunis": L(E164, TEL), "parols": L(PW, CRED), "dzimsonysGods": L(1991, BIRTH),
            "dzeivisvita": L("Rezekne", COARSE), "bidrs": L(MEMBER, UID),
            "piredze": "iesuoceju", "studeja": STUDIO["id"]}),
        case(f, f"{a}/v2/auth/token", fmt="form", headers=_h(rng), body={
            "grant_type": "password", "username": L(EMAIL, MAIL), "password": L(PW, CRED),
            "client_id": "muols-android"}),
        case(f, f"{a}/v2/muns", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/nudarbeibas", headers=_h(rng, **b), query={
            "studeja": STUDIO["id"], "nedela": "2026-W07", "veids": "virpeisona"}),
        case(f, f"{a}/v2/nudarbeibas/pierakstes", headers=_h(rng, **b), body={
            "nudarbeiba": cls, "bidrs": L(MEMBER, UID), "cena": L(35, BUY), "vitys": 1,
            "komentars": L("Gribu īsavuiceit kryuzi ar rūktirem, ka var", TEXT)}),
        case(f, f"{a}/v2/moksa", fmt="form", headers=_h(rng, **b), body={
            "suma": L("35.00", BUY), "valuta": "EUR", "metode": L(opaque(rng, "pm_", 24), PAY),
            "kartesPadejuos4": L("4444", PAY), "nudarbeiba": cls}),
        case(f, f"{a}/v2/ierasona", headers=_h(rng, **b), body={
            "vita": {"plotums": sla, "garums": slo, "precizitate": 9},
            "studeja": {"id": STUDIO["id"], "plotums": STUDIO["lat"], "garums": STUDIO["lon"]},
            "bidrs": L(MEMBER, UID), "nudarbeiba": cls}),
        multipart(f, f"{a}/v2/dorbi", [
            ("bilde", "kryuzs.jpg", "image/jpeg", L(JPEG + b"\x3c", MEDIA)),
            ("meta", None, "application/json", {"nusaukums": "mells kryuzs", "glazura":
                                                "svepeita", "bidrs": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dadzynuosona", fmt="msgpack", headers=_h(rng, **b), body={
            "ceps": KILN["id"], "temperatura": 1020, "bidrs": L(MEMBER, UID),
            "dorbi": [{"id": obj(rng, "dr", 6), "svors_kg": 0.8},
                      {"id": obj(rng, "dr", 6), "svors_kg": 1.1}], "cena": L(6, BUY)}),
        lines(f, f"{a}/v2/ceps/{KILN['id']}/nulasejumi", readings, headers=_h(rng, **b)),
        case(f, f"{a}/v2/muols/pasyutejums", headers=_h(rng, **b), body={
            "muols": "sorkonais_10kg", "skaits": 2, "cena": L(36, BUY),
            "pasyutejums": L("MP-26-1183", BUY), "sanemt": "studeja"}),
        case(f, f"{a}/v2/meklet", headers=_h(rng, **b), query={
            "q": L("mells muols svepeišona recepte", SEARCH), "lapa": "1"}),
        case(f, f"{a}/v2/vastis", headers=_h(rng, **b), body={
            "kam": "meistars_pk", "teksts": L(
                "Pīter, voi var paturēt muna kryuza dadzynuošonu leidz ūtardīnai?", TEXT)}),
        case(f, f"{a}/v2/gadatirgus/vita", headers=_h(rng, **b), body={
            "gadatirgus": FAIR["id"], "dina": "2026-03-14", "vitysNr": "B-14",
            "moksa": L(15, BUY), "bidrs": L(MEMBER, UID),
            "paleigs": {"vuords": L(POTTER[0], NAMEC), "mobTuolrunis": L(POTTER[1], TEL)},
            "laukums": {"plotums": FAIR["lat"], "garums": FAIR["lon"]}}),
        case(f, f"{a}/v2/gadatirgus/puordusonys", gz=True, headers=_h(rng, **b), body={
            "gadatirgus": FAIR["id"], "bidrs": L(MEMBER, UID), "puordusonys": [
                {"prece": "kryuzs", "skaits": 3, "suma": L(36, BUY)},
                {"prece": "bļūda", "skaits": 1, "suma": L(22, BUY)}],
            "kopa": L(58, BUY)}),
        works,
        case(f, f"{a}/v2/atsauksme", fmt="form", headers=_h(rng, **b), body={
            "studeja": STUDIO["id"], "vierteiejums": "5",
            "komentars": L("Vysu lobi izskaidruoja, virpeišona beidzūt izadeve!", TEXT)}),
        case(f, f"{a}/v2/abonements/pierkt", fmt="form", headers=_h(rng, **b), body={
            "data": W({"bidrs": L(MEMBER, UID), "plans": "10_nudarbeibu",
                       "cena": L(300, BUY)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v2/dovonu_karte", headers=_h(rng, **b), body={
            "sanemejs": {"vuords": L(HUSBAND[0], NAMEC), "ePosts": L(HUSBAND[2], MAIL)},
            "suma": L(50, BUY),
            "vasts": L("Dzimšonys dīnai: pats sev izvirpoj kryuzi!", TEXT),
            "kods": opaque(rng, "DK", 8)}),
        case(f, f"{a}/v2/abonements", headers=_h(rng, how="none"), cookies={
            "ms_sesija": L(opaque(rng, "", 40), CRED), "ms_ireice": L(INSTALL_ID, DID),
            "ms_req": rid(rng)}),
        case(f, f"{a}/v2/ireices", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/nutykumi", headers=_h(rng, **b), body={
            "lituotuojs": L(USER_ID, UID), "nutykumi": [
                ev("nudarbeiba_pierakstita", 1), ev("ekrans", 2, ekrans=L("Ceps", USAGE))]}),
    ]


def muols_sdks() -> list[Case]:
    rng = random.Random(29112)
    return [
        mc_batch(APP, rng, [("Class Booked", {"price": L(35, BUY)}),
                            ("Checked In", {"studio": STUDIO["id"]})], at=STUDIO_FIX, nd=3),
        mc_pixel(APP, rng, "Gallery Opened", {"tab": "mani_dorbi"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"plans": "10_nudarbeibu"}, revenue=300.0,
                 currency="EUR"),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=STUDIO_FIX, nd=2,
               keywords="keramika,muols,amatnīceiba"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.OutOfMemoryError", "bitmap 4032x3024"),
                 [cd_crumb("nav", "ManiDorbi -> Kamera"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/v2/dorbi", "status": 413})],
                 screen="KameraActivity"),
        pt_register(APP, rng, lang="lv", at=RZ_HOME_AT, nd=2,
                    tags={"studeja": STUDIO["id"], "ceps_dezurs": "on"}),
        cl_card(APP, rng),
        cl_confirm(APP, rng, "300.00"),
        mm_geocode(APP, rng, "Cytadeles Pudu Studeja", SEARCH, near=RZ_HOME_AT, nd=2),
        mm_route(APP, rng, [(RZ_HOME_AT, PRECISE), ((STUDIO["lat"], STUDIO["lon"]), None)]),
    ]
