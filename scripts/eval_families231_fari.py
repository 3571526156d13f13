"""Tractor-hire app "Fari Gaabi" (field strength: a Dosso tractor yard's booking app for
ploughing and sowing, paid by an advance in mobile money and the rest on credit until the millet
harvest; she manages the family's field for her mother-in-law). Its API's keys are Zarma,
ASCII-folded, with French loans: ``maa_kulu`` full name, ``telefon`` phone, ``imel`` e-mail,
``kode`` code, ``karti_sejur`` residence card, ``fari_koy`` farmer (lit. field owner: her
account), ``fari`` field, ``fari_me`` field edge (boundary), ``hayni`` millet, ``hektar``
hectares, ``tarakter`` tractor, ``goy`` work, ``dayyan`` job (lit. purchase), ``nooru`` amount,
``banayan`` payment, ``avance`` advance, ``alkawli_banayan`` credit (lit. promised payment),
``cindi`` remainder, ``konti`` bank account, ``hayni_buhu`` millet sacks, ``dumbu`` harvest
(lit. cutting), ``kurnye`` husband, ``kwaara`` town, ``laabu`` region, ``kartiye``
neighbourhood, ``sanni`` message, ``suura`` photo, ``nongu`` place, ``masin`` device, ``ay`` me.
Calls: sign-up, an SMS code, ``/ay``, the field's boundary, tractors free in Dosso, the ploughing
job, the advance by mobile money, the credit until harvest with her account, her check-in in
the field, a protobuf field beat, the work log (msgpack), a photo of the ploughed field, the
harvest plan, payments, jobs by farmer number in the path, a message to the operator naming her
mother-in-law, the payout account, rain for the field, an offline sync (JSON Lines), push,
events and a refresh. "tractor hire" matched nothing in a docstring grep; tractors appear only as
a plate at a yard (set 175) and contractors elsewhere; farm-input loans (set 88) and cereal banks
(set 157) are other kinds."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
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
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families231_kit import (
    DOSSO_HOME,
    FARMER,
    FIELD_AT,
    FIELD_FIX,
    HUSBAND,
    JOB,
    NE_ACCOUNT,
    NE_WALLET,
    RESIDENCE,
    YARD,
    fix,
    hd,
    obj,
    push,
)
from eval_families231_sdk import (
    bg_bid,
    bg_notice,
    mk_batch,
    mk_identify,
    td_event,
    td_launch,
)
from eval_families231_svc import co_wallet, fb_eval, hb_message, mg_reverse, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("farigaabi", "Fari Gaabi", "com.example.farigaabi", "1.9.0",
          "https://api.farigaabi.example.net")
IID = "X-FG-Install"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, fr=True, **kw)


def farigaabi() -> list[Case]:
    rng = random.Random(23131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, fari_koy=L(FARMER, UID), telefon=L(E164, TEL)))}
    fla, flo = fix(FIELD_FIX)
    field = obj(rng, "fr")
    tractor = "tr_mf375_02"
    lab: dict[str, str] = {}
    beat = pb([(1, L(FARMER, UID)), (2, JOB), (3, 1781503200),
               (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 7.0)]),
               (5, L(51, DEV))], "", lab)
    jobs = at_path(case(f, f"{a}/v1/fari_koy/{FARMER}/dayyanyey", headers=_h(rng, **b),
                        query={"jiiri": "2026"}), FARMER, UID)
    return [
        case(f, f"{a}/v1/fari_koy", headers=_h(rng), body={
            "maa_kulu": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(E164, TEL),
            "imel": L(EMAIL, MAIL), "karti_sejur": L(RESIDENCE, NID),
            "fari_koy": L(FARMER, UID),
            "kurnye": {"maa_kulu": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "kartiye": L(DOSSO_HOME["area"], COARSE), "kwaara": L(DOSSO_HOME["town"], COARSE),
            "laabu": L(DOSSO_HOME["region"], COARSE)}),
        case(f, f"{a}/v1/auth/kode", fmt="form", headers=_h(rng), body={
            "telefon": L(E164, TEL), "kode": L("318520", CRED)}),
        case(f, f"{a}/v1/ay", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/fari", headers=_h(rng, **b), body={
            "fari": field, "fari_koy": L(FARMER, UID), "hayni": "HKP", "hektar": 2.3,
            "fari_me": [[L(la, PRECISE), L(lo, PRECISE)] for la, lo in FIELD_AT]}),
        case(f, f"{a}/v1/tarakterey", headers=_h(rng, **b), query={
            "kwaara": L("Dosso", COARSE), "zaari": "2026-06-15", "goy": "labour"}),
        case(f, f"{a}/v1/dayyan", headers=_h(rng, **b), body={
            "fari": field, "goy": ["labour", "semis"], "hektar": 2.3, "zaari": "2026-06-15",
            "tarakter": tractor, "dayyan": L(JOB, BUY), "nooru": L(57500, BUY),
            "sanni": L("Please start from the north side, the old well is near the south corner",
                       TEXT)}),
        case(f, f"{a}/v1/banayan/avance", fmt="form", headers=_h(rng, **b), body={
            "dayyan": L(JOB, BUY), "nooru": L("20000", BUY), "metodi": "mobile_money",
            "wallet": L(NE_WALLET, TEL)}),
        case(f, f"{a}/v1/alkawli_banayan", headers=_h(rng, **b), body={
            "dayyan": L(JOB, BUY), "cindi": L(37500, BUY), "konti": L(NE_ACCOUNT, PAY),
            "zaari_banayan": "2026-10-31", "hayni_buhu": 5, "fari_koy": L(FARMER, UID)}),
        case(f, f"{a}/v1/fari/check_in", headers=_h(rng, **b), body={
            "dayyan": L(JOB, BUY), "ay_nongu": {"lat": fla, "lng": flo, "sizuste": 6},
            "tarakter": tractor, "parc": {"lat": YARD["lat"], "lng": YARD["lon"]}}),
        raw(f, f"{a}/v1/fari/pulse", beat, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/goy/{JOB}/log", fmt="msgpack", headers=_h(rng, **b), body={
            "hektar_goy": 2.3, "tarakter": tractor, "litiri": 18.5, "fari_koy": L(FARMER, UID),
            "sanni": L("Done by 11:00, the south corner is stony, leave it", TEXT)}),
        multipart(f, f"{a}/v1/fari/suura", [
            ("suura", "fari_labour.jpg", "image/jpeg", L(JPEG + b"\x5a", MEDIA)),
            ("meta", None, "application/json", {"fari": field, "fari_koy": L(FARMER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/hayni/dumbu", headers=_h(rng, **b), body={
            "fari": field, "hayni_buhu": 22, "zaari": "2026-10-05", "fari_koy": L(FARMER, UID)}),
        case(f, f"{a}/v1/banayey", headers=_h(rng, **b), query={"fari_koy": L(FARMER, UID)}),
        jobs,
        case(f, f"{a}/v1/sanni", headers=_h(rng, **b), body={
            "to": "op_0417",
            "sanni": L("Call my mother-in-law Mariama Boubacar on +22790317745, she is at the "
                       "compound and will show you the field", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/konti", headers=_h(rng, **b), body={
            "maa_kulu": L(f"{FIRST} {LAST}", NAMEC), "konti": L(NE_ACCOUNT, PAY),
            "banki": "Example Bank Niger", "fari_koy": L(FARMER, UID)}),
        case(f, f"{a}/v1/beene/hari", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_FIX[0]:.2f}", COARSE), "lng": L(f"{FIELD_FIX[1]:.2f}", COARSE),
            "zaarey": "10"}),
        lines(f, f"{a}/v1/sync", [
            {"op": "fari", "fari": field, "fari_koy": L(FARMER, UID), "hektar": 2.3},
            {"op": "banayan", "dayyan": L(JOB, BUY), "nooru": L(20000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body=push(push_token(rng), "fr_NE")),
        case(f, f"{a}/v1/events", headers=_h(rng, **b), body={
            "boro": L(USER_ID, UID), "events": [
                ev("dayyan_booked", 1), ev("ekran", 2, ekran=L("FariMe", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masin": L(INSTALL_ID, DID)}),
    ]


def farigaabi_sdks() -> list[Case]:
    rng = random.Random(23132)
    return [
        mk_batch(APP, rng, [("Job Booked", {"total": L(57500, BUY)}),
                            ("Advance Paid", {"amount": L(20000, BUY)})],
                 at=FIELD_FIX, nd=2, locale="fr_NE"),
        mk_identify(APP, rng, {"kwaara": L("Dosso", COARSE), "fari_koy": L(FARMER, UID),
                               "hektar": 2.3}),
        td_launch(APP, rng, first=True),
        td_event(APP, rng, "purchase", {"dayyan": L(JOB, BUY)}, revenue=57500.0),
        bg_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="farming,millet,tractor"),
        bg_notice(APP, rng, "imp"),
        fb_eval(APP, rng, {"laabu": L("Dosso", COARSE), "role": "fari_koy"}),
        pk_register(APP, rng, at=FIELD_FIX, nd=2, lang="fr",
                    tags={"laabu": L("Dosso", COARSE)}),
        co_wallet(APP, rng, "20000", L(NE_WALLET, TEL)),
        mg_reverse(APP, rng, FIELD_FIX, PRECISE, nd=4),
        hb_message(APP, rng, L(f"The advance for job {JOB} was taken twice from my wallet",
                               f"{TEXT}|{BUY}"), {"fari_koy": L(FARMER, UID)}),
    ]
