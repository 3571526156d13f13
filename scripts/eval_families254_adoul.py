"""An adoul office's app "Lkaghit" (lkaghit, "the paper": the office of two adoul by Bab Zorgane
in Taroudant, where she buys a small orange-and-olive plot below the town from a neighbour and
orders copies of her marriage contract). Its API's keys are Tachelhit with the legal Arabic
words everyone uses for deeds: ``ism_kaml`` full name, ``tilifun`` phone, ``tasarut`` password
(lit. "key"), ``tarikh_n_tlalit`` birth date, ``lakart`` identity card, ``lbasbor`` passport,
``l3nwan`` address, ``tamdint`` town, ``tamazirt`` village, ``l3qd`` deed, ``nnw3`` kind
(``chira`` purchase), ``lmilk`` property, ``igr`` field, ``lhdud`` boundaries, ``ttaman``
price, ``lba3i3`` seller, ``chhud`` witnesses, ``lmaw3id`` appointment, ``nnsakh`` copies,
``3qd_zzwaj`` marriage contract, ``ddariba`` tax, ``iqariden`` amount, ``lxlas`` payment,
``tawqi3`` signature, ``lmsaj`` message, ``asiggl`` search, ``adgar`` place, ``dossier`` file,
``nkki`` me, ``aruku`` device, ``tigawin`` events. Calls: sign-up, an SMS code, ``/nkki``, the
purchase deed opened (the plot's corners), the witnesses for the lafif, the appointment, her
passport scan, the fees, the registration tax (her tax ID), a check-in at the office with her
fix, copies of the marriage contract, the signature, a message to the adoul, the file by number
in the path, a search, the instalments to the seller (msgpack), the draft deed (gzip), a cookie
GET, push and events. New: "adoul" matched no docstring; "notary" matched several (a 1921 deed,
a notary's appointment); this is an adoul's lafif and land deed with copies of a marriage act."""

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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families254_kit import (
    ADOUL,
    ADOUL_FIX,
    FILE,
    HOME,
    HUSBAND,
    PASSPORT,
    PLOT_AT,
    RESIDENCE,
    TAX_ID,
    aruku,
    fix,
    hd,
    obj,
)
from eval_families254_sdk import ck_session, mg_batch, mg_queue, ta_launch
from eval_families254_svc import ca_check, fl_eval, ht_attach, mb_reverse, pg_register, pq_card
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lkaghit", "Lkaghit", "com.example.lkaghit", "1.2.7", "https://api.lkaghit.example.com")
IID = "X-Lkaghit-Aruku"
PW = "BabZorgane!83000"
NID = "personal.national_id"
SELLER = ("Lhoucine Ait Ouaarab", "JT40917", "007640000112300044810291")  # the neighbour
WITNESS = ("Abdellah Bouzid", "JT61234")  # a neighbour witness (typed by her)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, fr=True, **kw)


def lkaghit() -> list[Case]:
    rng = random.Random(25431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), dossier=L(FILE, BUY)))}
    ala, alo = fix(ADOUL_FIX, 5)
    status = at_path(case(f, f"{a}/v1/dossiers/{FILE}/lhala", headers=_h(rng, **b)), FILE, BUY)
    seller = {"ism_kaml": L(SELLER[0], NAMEC), "lakart": L(SELLER[1], NID)}
    return [
        case(f, f"{a}/v1/tirra", headers=_h(rng), body={
            "ism_kaml": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "tilifun": L(E164, TEL), "tasarut": L(PW, CRED), "tarikh_n_tlalit": L(DOB, BIRTH),
            "lakart": L(RESIDENCE, NID), "lbasbor": L(PASSPORT, NID),
            "l3nwan": L(HOME["line"], ADDR), "tamdint": L(HOME["town"], COARSE),
            "ljinsiya": "US"}),
        case(f, f"{a}/v1/kchm/sms", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "lkud": L("804417", CRED)}),
        case(f, f"{a}/v1/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/l3qd", headers=_h(rng, **b), body={
            "nnw3": "chira", "dossier": L(FILE, BUY), "lba3i3": seller,
            "lmilk": {"igr": "Igr n Lmers", "tamazirt": L("Sidi Belkacem", COARSE),
                      "lmisaha_m2": 1850, "lhdud": [[L(la, PRECISE), L(lo, PRECISE)]
                                                    for la, lo in PLOT_AT],
                      "rasm_3aqari": "T/31877/09"},
            "ttaman": L(185000, BUY), "tadrimt": "MAD"}),
        case(f, f"{a}/v1/l3qd/chhud", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY),
            "chhud": [{"ism_kaml": L(HUSBAND[0], NAMEC), "lakart": L(HUSBAND[2], NID),
                       "tilifun": L(HUSBAND[1], TEL)},
                      {"ism_kaml": L(WITNESS[0], NAMEC), "lakart": L(WITNESS[1], NID)}]}),
        case(f, f"{a}/v1/lmaw3id", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY), "ass": "2026-02-05", "tasa3t": "10:30",
            "l3adl": "adl_02", "lmaw3id_id": obj(rng, "rdv")}),
        multipart(f, f"{a}/v1/wraq", [
            ("lbasbor", "passport_p2.jpg", "image/jpeg", L(JPEG + b"\xb1", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"dossier": L(FILE, BUY), "nnw3": "lbasbor",
                                                "lbasbor": L(PASSPORT, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lxlas", fmt="form", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY), "iqariden": L("2400.00", BUY), "tadrimt": "MAD",
            "tarrayt": L(opaque(rng, "pm_", 24), PAY), "ukan_4": L("4444", PAY)}),
        case(f, f"{a}/v1/ddariba", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY), "if": L(TAX_ID, NID), "iqariden": L(7400, BUY),
            "nnw3": "tasjil_4pct"}),
        case(f, f"{a}/v1/dossiers/kchm", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY), "adgar": {"lat": ala, "lng": alo},
            "adgar_n_lmaktab": {"lat": ADOUL["lat"], "lng": ADOUL["lon"]}}),
        case(f, f"{a}/v1/nnsakh", headers=_h(rng, **b), body={
            "nnw3": "3qd_zzwaj", "argaz": L(HUSBAND[0], NAMEC),
            "tamtut": L(f"{FIRST} {LAST}", NAMEC), "l3adad": "412", "ssahifa": "88",
            "ddrt": 3, "iqariden": L(90, BUY)}),
        multipart(f, f"{a}/v1/tawqi3", [
            ("tawqi3", "tawqi3.png", "image/png", L(PNG, MEDIA)),
            ("meta", None, "application/json", {"dossier": L(FILE, BUY),
                                                "ism_kaml": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lmsaj", headers=_h(rng, **b), body={
            "i": "adl_02",
            "lmsaj": L("Ay l3adl, gma n Lhoucine Ait Ouaarab, Hassan, ur igi d lwarit g igr ad?",
                       f"{TEXT}|{NAMEC}")}),
        status,
        case(f, f"{a}/v1/asiggl", headers=_h(rng, **b), query={
            "q": L("lafif lmilk bla rasm", SEARCH)}),
        case(f, f"{a}/v1/dossiers/tamsirt", fmt="msgpack", headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY),
            "tiqsad": [{"ass": "2026-02-05", "iqariden": L(85000, BUY)},
                       {"ass": "2026-08-05", "iqariden": L(100000, BUY)}],
            "rib_n_lba3i3": L(SELLER[2], PAY)}),
        case(f, f"{a}/v1/l3qd/draft", gz=True, headers=_h(rng, **b), body={
            "dossier": L(FILE, BUY), "lmuchtari": {"ism_kaml": L(f"{FIRST} {LAST}", NAMEC),
                                                   "lakart": L(RESIDENCE, NID)},
            "lba3i3": seller, "ttaman": L(185000, BUY), "lwarata": 1}),
        case(f, f"{a}/v1/lwasl", headers=_h(rng, how="none"), cookies={
            "lk_sess": L(opaque(rng, "", 40), CRED), "lk_dev": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/aruku", headers=_h(rng, **b), body=aruku(push_token(rng))),
        case(f, f"{a}/v1/ffugh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "aruku": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v1/tigawin", headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "session": rid(rng), "tigawin": [
                ev("dossier_opened", 1), ev("agdil", 2, agdil=L("Dossier", USAGE))]}),
    ]


def lkaghit_sdks() -> list[Case]:
    rng = random.Random(25432)
    return [
        mg_batch(APP, rng, [("Deed Opened", {"kind": "chira"}),
                            ("Fees Paid", {"amount": L(2400, BUY)})], at=ADOUL_FIX, nd=3),
        mg_queue(APP, rng, [("Scan Added", {"kind": "lbasbor"}), ("Copy Ordered", {})]),
        ta_launch(APP, rng),
        ck_session(APP, rng, secs=377),
        fl_eval(APP, rng, {"office": ADOUL["id"], "tamdint": L("Taroudant", COARSE)}, hdr=True),
        pg_register(APP, rng, lang="fr", tags={"office": ADOUL["id"]}),
        ca_check(APP, rng, {"analytics": True}),
        pq_card(APP, rng),
        mb_reverse(APP, rng, PLOT_AT[0], PRECISE, nd=5),
        ht_attach(APP, rng, L(JPEG + b"\xb2", MEDIA), "receipt_photo.jpg", "image/jpeg"),
    ]
