"""Village cereal-bank app "Nyobondo" (``nyo`` millet, ``bondo`` store: Banankoro's cereal bank
near Ségou keeps the members' millet after the harvest and lends it back in the lean season; she
runs her husband's household's card; snake_case Bambara API): member sign-up (her NINA, the
household head), a log-in (form), ``/ne``, the family field's corners, a deposit of millet with
its receipt, a check-in at the granary with her fix, a protobuf stock beat, the sacks' photo, the
lean-season loan, its repayment by mobile money, the membership fee, the statement by member
number in the path, the committee vote, market prices, an offline sync (JSON Lines), a message
to the committee, an SMS code for a withdrawal, push, events and a token refresh. Keys:
``tonden`` member, ``togo`` name, ``jamu`` surname, ``telefoni`` phone, ``gundo`` password,
``dugu`` village, ``mara`` region, ``sotigi`` household head, ``so_mogo`` household size,
``foro`` field, ``dan`` boundary, ``bila`` deposit, ``boro`` sacks, ``kilo`` kilograms,
``seben`` receipt/document, ``juru`` loan/debt, ``sara`` pay, ``hake`` amount, ``songo`` price,
``kalata`` vote, ``cikan`` message, ``kuma`` text, ``yoro`` place, ``ja`` photo, ``kow``
events. Sets with grain are mills, a cotton cooperative and farm payouts; a cereal bank (stock
held for members, lent back in the lean season) is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MEDIA,
    NAMEC,
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
from eval_families157_kit import (
    FIELD_AT,
    GRANARY,
    GRANARY_FIX,
    HUSBAND,
    MEMBER,
    MY_NINA,
    WALLET,
    fix,
    hd,
    obj,
    push,
)
from eval_families157_sdk import jm_batch, jm_identify, jm_queue, st_event, st_launch
from eval_families157_svc import fs_eval, hp_message, mj_telemetry, pk_register, ws_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("nyobondo", "Nyobondo", "com.example.nyobondo", "1.3.5",
          "https://api.nyobondo.example.org")
IID = "X-Nyobondo-Minen"
PW = "Banankoro2026"
NID = "personal.national_id"
LOAN = "JR-26-0071"  # the household's lean-season loan (financial.purchase)
RECEIPT = "BL-25-1204"  # the deposit receipt (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, bm=True, **kw)


def nyobondo() -> list[Case]:
    rng = random.Random(15731)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, tonden=L(MEMBER, UID), telefoni=L(E164, TEL)))}
    gla, glo = fix(GRANARY_FIX)
    lab: dict[str, str] = {}
    beat = pb([(1, L(MEMBER, UID)), (2, GRANARY["id"]), (3, 1765440000),
               (4, [(1, L(GRANARY_FIX[0], PRECISE)), (2, L(GRANARY_FIX[1], PRECISE)),
                    (3, 9.0)]), (5, L(48, DEV))], "", lab)
    stmt = at_path(case(f, f"{a}/api/tonden/{MEMBER}/jate", headers=_h(rng, **b),
                        query={"san": "2025"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/tonden/sebenni", headers=_h(rng), body={
            "togo": L(FIRST, NAMEC), "jamu": L(LAST, NAMEC), "telefoni": L(E164, TEL),
            "gundo": L(PW, CRED), "nina": L(MY_NINA, NID), "dugu": L("Banankoro", COARSE),
            "mara": L("Ségou", COARSE), "tonden": L(MEMBER, UID),
            "sotigi": {"togo": L(HUSBAND[0], NAMEC), "telefoni": L(HUSBAND[1], TEL)},
            "so_mogo": 9}),
        case(f, f"{a}/api/donni", fmt="form", headers=_h(rng), body={
            "telefoni": L(E164, TEL), "gundo": L(PW, CRED)}),
        case(f, f"{a}/api/ne", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/foro", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID), "suman": "nyo", "hekitari": 2.1,
            "dan": [{"lat": L(la, PRECISE), "lon": L(lo, PRECISE)} for la, lo in FIELD_AT]}),
        case(f, f"{a}/api/bila", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID), "suman": "nyo", "kilo": 850, "boro": 17,
            "seben": L(RECEIPT, BUY), "songo_kilo": 250, "wari_hake": L(212500, BUY),
            "marayoro": GRANARY["id"]}),
        case(f, f"{a}/api/marayoro/seginni", headers=_h(rng, **b), body={
            "marayoro": GRANARY["id"], "yoro": {"lat": gla, "lon": glo, "sizuti": 9},
            "marayoro_yoro": {"lat": GRANARY["lat"], "lon": GRANARY["lon"]},
            "tonden": L(MEMBER, UID)}),
        raw(f, f"{a}/api/marayoro/beat", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        multipart(f, f"{a}/api/bila/ja", [
            ("ja", "boro_17.jpg", "image/jpeg", L(JPEG + b"\x74", MEDIA)),
            ("meta", None, "application/json", {"seben": L(RECEIPT, BUY), "boro": 17})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/juru", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID), "juru": L(LOAN, BUY), "kilo": 300,
            "juru_hake": L(75000, BUY), "sara_don": "2026-11-30",
            "kun": L("kongo waati, so mogo 9 balo", TEXT)}),
        case(f, f"{a}/api/juru/sara", headers=_h(rng, **b), body={
            "juru": L(LOAN, BUY), "hake": L(25000, BUY), "telefoni": L(WALLET, TEL),
            "cogoya": "mobile_money", "ref": obj(rng, "tx")}),
        case(f, f"{a}/api/ton_sara", fmt="form", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID), "san": "2026", "hake": L("5000", BUY),
            "telefoni": L(WALLET, TEL)}),
        stmt,
        case(f, f"{a}/api/tonden/so_mogow", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID),
            "mogow": [{"togo": L(HUSBAND[0], NAMEC), "bolo": "sotigi"},
                      {"togo": L("Nana Diarra", NAMEC), "bolo": "ba"},
                      {"togo": L("Kadiatou Coulibaly", NAMEC), "bolo": "den",
                       "san": L(2018, BIRTH)}]}),
        case(f, f"{a}/api/kalata", headers=_h(rng, **b), query={"san": "2026"}),
        case(f, f"{a}/api/kalata", fmt="form", headers=_h(rng, **b), body={
            "kalata": "kl_2026_songo", "sugandili": "250", "tonden": L(MEMBER, UID)}),
        case(f, f"{a}/api/songo", headers=_h(rng, **b), query={
            "sugu": "Segou-Sugu-Ba", "suman": "nyo,keninge,malo"}),
        lines(f, f"{a}/api/sync", [
            {"op": "bila", "seben": L(RECEIPT, BUY), "kilo": 850, "by": L(MEMBER, UID)},
            {"op": "juru", "juru": L(LOAN, BUY), "kilo": 300, "by": L(MEMBER, UID)},
            {"op": "seginni", "lat": L(GRANARY_FIX[0], PRECISE),
             "lon": L(GRANARY_FIX[1], PRECISE)}], headers=_h(rng, **b)),
        case(f, f"{a}/api/cikan", headers=_h(rng, **b), body={
            "ka_taa": "komite_nyemogo",
            "kuma": L("Boro 2 tora nogo la, an bena u falen sini", TEXT)}),
        case(f, f"{a}/api/bo/kode", fmt="form", headers=_h(rng, **b), body={
            "tonden": L(MEMBER, UID), "kode": L("207733", CRED), "kilo": "100"}),
        case(f, f"{a}/api/minen", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/kow", headers=_h(rng, **b), body={
            "tigi": L(USER_ID, UID), "kow": [
                ev("bila_kera", 1, kilo=850), ev("ekran", 2, ekran=L("Juru", USAGE))]}),
        case(f, f"{a}/api/token/kura", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "minen": L(INSTALL_ID, DID)}),
    ]


def nyobondo_sdks() -> list[Case]:
    rng = random.Random(15732)
    return [
        jm_batch(APP, rng, [("Deposit Made", {"kg": 850}), ("Loan Requested", {"kg": 300})],
                 at=GRANARY_FIX, nd=2, locale="bm_ML"),
        jm_identify(APP, rng, {"dugu": L("Banankoro", COARSE), "tonden": L(MEMBER, UID)}),
        jm_queue(APP, rng, [("Granary Visit", {}), ("Field Mapped", {"ha": 2.1})]),
        st_launch(APP, rng, user=True),
        st_event(APP, rng, "loan", {"juru": L(LOAN, BUY)}),
        fs_eval(APP, rng, {"mara": L("Ségou", COARSE), "role": "tonden"}, hdr=True),
        pk_register(APP, rng, at=GRANARY_FIX, nd=2, lang="bm",
                    tags={"dugu": L("Banankoro", COARSE)}),
        ws_wallet(APP, rng, "25000", L(WALLET, TEL)),
        mj_telemetry(APP, rng, [FIELD_AT[0], GRANARY_FIX], PRECISE),
        hp_message(APP, rng, L(f"Juru {LOAN} sara ma don", f"{TEXT}|{BUY}"),
                   {"tonden": L(MEMBER, UID)}),
    ]
