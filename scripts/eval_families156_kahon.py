"""Balikbayan-box receiving app "Kahontulod" (kahon: box; tulod: sent): her husband's aunt in
Waipahu, Hawaii sends the family a door-to-door box; the consignee links it, proves who she is
at the Laoag depot, pays the duty, books the delivery and reports damage. Its API's keys are
Iloko with English: ``umawat`` consignee, ``nangipatulod`` sender, ``kahon`` box, ``linaon``
contents, ``banag`` item, ``bilang`` count, ``para`` for (whom), ``aduana`` customs,
``panangited`` delivery, ``dadael`` damage, ``pagtaengan`` address, ``ili``, ``probinsia``,
``nagan``, ``apelyido``, ``numero_selpon``, ``sekreto``, ``gatad``, ``bayad``, ``mensahe``,
``sapul``, ``reklamo``: sign-up, log-in, ``/siak``, the box linked (the sender's name, phone,
e-mail, address), tracking by waybill in the path, the ID check (PSN, ACR I-Card, a photo), the
customs declaration (gzip), the duty, the delivery with her pin, a protobuf live ETA, the
unboxing photo, a damage claim, a thank-you message, a search, a return box to Honolulu, the
contents list (msgpack), scan sync (JSON Lines), history by cookie GET, a complaint, push and
events. A grep of ``scripts/`` found no balikbayan or box-forwarding app (the remittance apps
of sets 15, 62, 71, 122 move money, not boxes)."""

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
    JPEG,
    MAIL,
    MED,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families156_kit import (
    ACR,
    AUNT_HI,
    AUNT_LINE,
    BOX,
    CONSIGNEE,
    DEPOT,
    GCASH_LIKE,
    HOME,
    HOME_AT,
    HUSBAND,
    MOTHER_IL,
    PSN,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families156_sdk import bb_bid, cr_crash, cr_crumb, mb_batch, mb_pixel, tp_event, tp_launch
from eval_families156_svc import (
    cb_save,
    cp_card,
    cp_confirm,
    cp_wallet,
    fe_eval,
    ha_attach,
    ps_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kahontulod", "Kahontulod", "com.example.kahontulod", "5.1.2",
          "https://api.kahontulod.example.net")
IID = "X-Kahon-Install"
PW = "Waipahu@Laoag26"
NID = "personal.national_id"
KID = f"{SON['first']} {SON['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def kahontulod() -> list[Case]:
    rng = random.Random(15621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), umawat=L(CONSIGNEE, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    lab: dict[str, str] = {}
    eta = pb([(1, L(BOX, BUY)), (2, [(1, L(HOME_AT[0], PRECISE)), (2, L(HOME_AT[1], PRECISE))]),
              (3, 1770105600), (4, L(81, DEV))], "", lab)
    track = at_path(case(f, f"{a}/v2/kahon/{BOX}/surot", headers=_h(rng, **b)), BOX, BUY)
    return [
        case(f, f"{a}/v2/umawat", headers=_h(rng), body={
            "nagan": L(FIRST, NAMEC), "apelyido": L(LAST, NAMEC), "email": L(EMAIL_MIXED, MAIL),
            "numero_selpon": L(E164, TEL), "sekreto": L(PW, CRED),
            "pagtaengan": L(HOME["line"], ADDR), "barangay": L(HOME["brgy"], COARSE),
            "ili": L(HOME["town"], COARSE), "probinsia": L(HOME["province"], COARSE),
            "zip": L(HOME["post"], COARSE), "umawat_id": L(CONSIGNEE, UID)}),
        case(f, f"{a}/v2/sumrek", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "sekreto": L(PW, CRED)}),
        case(f, f"{a}/v2/siak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kahon/link", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "umawat_id": L(CONSIGNEE, UID),
            "nangipatulod": {"nagan": L(AUNT_HI[0], NAMEC), "numero_selpon": L(AUNT_HI[1], TEL),
                             "email": L(AUNT_HI[2], MAIL), "pagtaengan": L(AUNT_LINE, ADDR)}}),
        track,
        case(f, f"{a}/v2/beripikasion", headers=_h(rng, **b), body={
            "psn": L(PSN, NID), "acr_icard": L(ACR, NID), "petsa_pannakayanak": L(DOB, BIRTH),
            "nagan_iti_id": L(f"{FIRST} {LAST}", NAMEC), "umawat_id": L(CONSIGNEE, UID)}),
        multipart(f, f"{a}/v2/beripikasion/ladawan", [
            ("id_front", "philsys_front.jpg", "image/jpeg", L(JPEG + b"\x5a", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"kita": "philsys", "umawat_id": L(CONSIGNEE,
                                                                                UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/aduana", gz=True, headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "linaon": [
                {"banag": "corned beef", "bilang": 12, "gatad_usd": 36},
                {"banag": "sapatos", "bilang": 3, "gatad_usd": 90},
                {"banag": "agas", "deskripsion": L("losartan 50 mg para iti presion ni Perla",
                                                  MED), "bilang": 2}],
            "dagup_usd": 310, "regalo": True, "umawat_id": L(CONSIGNEE, UID)}),
        case(f, f"{a}/v2/bayad", fmt="form", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "gatad": L("1280.00", BUY), "kuarta": "PHP",
            "metodo": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v2/panangited", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "pagtaengan": L(HOME["line"], ADDR),
            "pin": {"lat": hla, "lng": hlo}, "petsa": "2026-02-03", "oras": "am",
            "kontak": L(HUSBAND[1], TEL),
            "nota": L("Asideg ti berde a gate, adda aso", TEXT), "depot": DEPOT["id"]}),
        raw(f, f"{a}/v2/panangited/eta", eta, "application/x-protobuf", lab, headers=_h(rng, **b)),
        multipart(f, f"{a}/v2/dadael/ladawan", [
            ("ladawan", "kahon_nadadael.jpg", "image/jpeg", L(JPEG + b"\x6b", MEDIA)),
            ("meta", None, "application/json", {
                "waybill": L(BOX, BUY), "teksto": L("Nabuong ti suli ti kahon ken nabasa", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/dadael/claim", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "claim_id": obj(rng, "clm"), "gatad": L(1500, BUY),
            "banag": ["sapatos"], "wallet": L(GCASH_LIKE, TEL)}),
        case(f, f"{a}/v2/mensahe", headers=_h(rng, **b), body={
            "para": "sender", "waybill": L(BOX, BUY),
            "teksto": L("Auntie Cora, dimteng ti kahon! Agyaman kami unay.", TEXT)}),
        case(f, f"{a}/v2/sapul", headers=_h(rng, **b), query={
            "sapul": L("kano ti bayad ti kahon manipud Honolulu", SEARCH)}),
        case(f, f"{a}/v2/ipatulod", headers=_h(rng, **b), body={
            "kita": "jumbo", "gatad": L(4200, BUY), "order": L(obj(rng, "od"), BUY),
            "umawat": {"nagan": L(AUNT_HI[0], NAMEC), "numero_selpon": L(AUNT_HI[1], TEL),
                       "pagtaengan": L(AUNT_LINE, ADDR)},
            "alaen_iti": L(HOME["line"], ADDR), "nangipatulod": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/v2/kahon/listaan", fmt="msgpack", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "listaan": [
                {"banag": "basketball shoes", "para": L(KID, NAMEC)},
                {"banag": "muumuu", "para": L(MOTHER_IL[0], NAMEC)},
                {"banag": "vitamins", "para": "amin"}]}),
        lines(f, f"{a}/v2/sync", [
            {"op": "scan", "waybill": L(BOX, BUY), "by": L(CONSIGNEE, UID), "t": 1770105911},
            {"op": "opened", "waybill": L(BOX, BUY), "t": 1770106020}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/kahon/history", headers=_h(rng, how="none"), cookies={
            "kt_sesion": L(opaque(rng, "", 40), CRED),
            "kt_pref": W({"umawat_id": L(CONSIGNEE, UID), "pagsasao": L("ilo", DEV)}, "b64json")}),
        case(f, f"{a}/v2/reklamo", headers=_h(rng, **b), body={
            "waybill": L(BOX, BUY), "kategoria": "naladaw",
            "teksto": L("Dua a lawas a naladaw ti kahon iti depot", TEXT)}),
        case(f, f"{a}/v2/aparato", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/pasamak", headers=_h(rng, **b), body={
            "agar_aramat": L(USER_ID, UID), "sesion": rid(rng), "pasamak": [
                ev("kahon_nalink", 1), ev("screen", 2, screen=L("Surot", USAGE))]}),
        case(f, f"{a}/v2/sesion/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aparato": L(INSTALL_ID, DID)}),
    ]


def kahontulod_sdks() -> list[Case]:
    rng = random.Random(15622)
    return [
        mb_batch(APP, rng, [("Box Linked", {"origin": "HNL"}),
                            ("Duty Paid", {"amount": L(1280, BUY)})], at=HOME_AT, nd=2),
        mb_pixel(APP, rng, "Tracking Opened", {"step": 4}),
        tp_launch(APP, rng, user=True),
        tp_event(APP, rng, "box_received", {"waybill": L(BOX, BUY)}, hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="cargo,hawaii,balikbayan"),
        cr_crash(APP, rng, ("java.lang.NullPointerException", "waybill null"),
                 [cr_crumb("nav", "Kahon -> Surot")], user={"id": L(USER_ID, UID)},
                 screen="SurotActivity"),
        fe_eval(APP, rng, {"depot": DEPOT["id"], "ili": L("Laoag City", COARSE)}),
        ps_register(APP, rng, tags={"depot": DEPOT["id"]}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "1280.00"),
        cp_wallet(APP, rng, "1500", L(GCASH_LIKE, TEL)),
        ha_attach(APP, rng, L(JPEG + b"\x6c", MEDIA), "kahon.jpg", "image/jpeg"),
    ]
