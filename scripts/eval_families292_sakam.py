"""A forest-produce cooperative's member app "Sakam Samiti" (``sakam`` leaf; the fictional Nala
Sakam Samiti buys mahua flowers, sal leaves and leaf plates, sal seed and lac from the
households of the Nala block villages; she collects and sells with her mother-in-law). Santali
keys, ASCII-folded, with loans: ``nutum`` name, ``mobail`` phone, ``sodosyo`` member,
``sodosyo_nombor`` member number, ``parichoy`` identity document, ``ato`` village, ``jila``
district, ``matkom`` mahua, ``matkom_baha`` mahua flowers, ``sarjom_sakam`` sal leaves,
``khali`` leaf plates, ``sarjom_jo`` sal seed, ``lah`` lac, ``daru`` tree, ``jokha`` weight,
``dam`` price, ``taka`` amount, ``taka_emok`` payment, ``khata`` account, ``tho`` place,
``akhansa`` / ``dirghansa`` latitude / longitude, ``chobi`` photo, ``khobor`` message,
``nalis`` complaint, ``gari`` vehicle, ``ghotona`` events. Member sign-up (her OCI card, her
mother-in-law as co-collector), an SMS code, ``/inak``, the family's mahua trees, a collection
log with her fix under the trees, a delivery weighed at the depot (msgpack), leaf-plate
batches, a sal-seed sale, lac, the price list, a photo of the drying flowers, the payout
account, payouts, a quality complaint, a tractor-trolley booking, an offline sync (JSON Lines),
sales by member number in the path, a message to the depot, push, events and a token refresh.
A docstring grep found no "mahua", "sal leaf", "sal seed", "forest produce" or "leaf plate" app
(set 169 sells cocoons, set 113 delivers paddy to a mill; nobody sells what the forest gives)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
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
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims
from eval_families292_kit import (
    DEPOT,
    DEPOT_FIX,
    HUSBAND,
    IN_ACCOUNT,
    IN_IFSC,
    MAHUA_TREES,
    MEMBER,
    MOTHER_IL,
    OCI,
    UPI,
    VILLAGE,
    fix,
    hd,
    obj,
    push,
)
from eval_families292_sdk import hp_event, hp_launch, lk_batch, lk_identify, lk_pixel
from eval_families292_svc import fd_eval, hg_message, md_geocode, ps_register, tj_upi
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("sakamsamiti", "Sakam Samiti", "com.example.sakamsamiti", "1.4.6",
          "https://api.sakamsamiti.example.net")
IID = "X-Samiti-Install"
NID = "personal.national_id"
TREE_FIX = (23.930455, 87.047962)  # her phone under the mahua trees at dawn
SLIP = "wt_31c9e0a2f7"  # the depot's weighing slip of her sale (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, sat=True, **kw)


def sakam() -> list[Case]:
    rng = random.Random(29221)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, sodosyo=L(MEMBER, UID), mobail=L(E164, TEL)))}
    tla, tlo = fix(TREE_FIX)
    dla, dlo = fix(DEPOT_FIX, 5)
    sales = at_path(case(f, f"{a}/v1/sodosyo/{MEMBER}/bikri", headers=_h(rng, **b),
                         query={"from": "2026-03-01", "to": "2026-05-31"}), MEMBER, UID)
    return [
        case(f, f"{a}/v1/sodosyo", headers=_h(rng), body={
            "nutum": L(f"{FIRST} {LAST}", NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "parichoy": {"type": "OCI", "nombor": L(OCI, NID)},
            "sodosyo_nombor": L(MEMBER, UID),
            "sathi": {"nutum": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL)},
            "ato": L(VILLAGE["name"], COARSE), "blok": L(VILLAGE["block"], COARSE),
            "jila": L(VILLAGE["district"], COARSE), "depot": DEPOT["id"]}),
        case(f, f"{a}/v1/auth/otp", fmt="form", headers=_h(rng), body={
            "mobail": L(E164, TEL), "otp": L("508317", CRED)}),
        case(f, f"{a}/v1/inak", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/matkom/daru", headers=_h(rng, **b), body={
            "sodosyo": L(MEMBER, UID), "ganan": 3,
            "daru": [{"akhansa": L(la, PRECISE), "dirghansa": L(lo, PRECISE)}
                     for la, lo in MAHUA_TREES]}),
        case(f, f"{a}/v1/matkom/jarwa", headers=_h(rng, **b), body={
            "hilok": "2026-03-28", "jokha_kg": 18.5, "okte": "05:10",
            "tho": {"akhansa": tla, "dirghansa": tlo}, "sathi_ganan": 2}),
        case(f, f"{a}/v1/depot/jokha", fmt="msgpack", headers=_h(rng, **b), body={
            "sodosyo": L(MEMBER, UID), "slip": L(SLIP, BUY),
            "jinis": [{"nutum": "matkom_baha", "kg": 42.0, "dam": 38},
                      {"nutum": "sarjom_jo", "kg": 15.5, "dam": 22}],
            "taka": L(1937, BUY), "tho": {"akhansa": dla, "dirghansa": dlo},
            "depot": {"akhansa": DEPOT["lat"], "dirghansa": DEPOT["lon"]}}),
        case(f, f"{a}/v1/khali/batch", headers=_h(rng, **b), body={
            "sodosyo": L(MEMBER, UID), "khali": 600, "dona": 400, "bundle": 10,
            "taka": L(540, BUY), "batch": obj(rng, "kb")}),
        case(f, f"{a}/v1/lah", fmt="form", headers=_h(rng, **b), body={
            "sodosyo": L(MEMBER, UID), "kisim": "kusum_lah", "kg": "6.2", "dam": "310",
            "taka": L("1922", BUY)}),
        case(f, f"{a}/v1/dam", headers=_h(rng, **b), query={
            "depot": DEPOT["id"], "hapta": "2026-W14"}),
        multipart(f, f"{a}/v1/chobi", [
            ("chobi", "matkom_baha_sukhao.jpg", "image/jpeg", L(JPEG + b"\x35", MEDIA)),
            ("meta", None, "application/json", {"jinis": "matkom_baha", "hilok": "2026-03-30"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/khata", headers=_h(rng, **b), body={
            "nutum": L(f"{FIRST} {LAST}", NAMEC), "khata": L(IN_ACCOUNT, PAY),
            "ifsc": IN_IFSC, "upi": L(UPI, PAY), "sodosyo": L(MEMBER, UID)}),
        case(f, f"{a}/v1/taka_emok", headers=_h(rng, **b), query={"sodosyo": L(MEMBER, UID)}),
        case(f, f"{a}/v1/nalis", headers=_h(rng, **b), body={
            "sodosyo": L(MEMBER, UID), "slip": L(SLIP, BUY),
            "khobor": L("The scale at the depot showed 42 kg, at home it was 45 kg. Please check.",
                        TEXT)}),
        case(f, f"{a}/v1/gari", fmt="form", headers=_h(rng, **b), body={
            "hilok": "2026-04-04", "kisim": "tractor_trolley", "bag": "12",
            "mobail": L(HUSBAND[1], TEL), "dam": L("450", BUY)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "jarwa", "kg": 11.0, "hilok": "2026-03-29", "by": L(MEMBER, UID)},
            {"op": "bikri", "slip": L(SLIP, BUY), "taka": L(1937, BUY)}],
            headers=_h(rng, **b)),
        sales,
        case(f, f"{a}/v1/khobor", headers=_h(rng, **b), body={
            "ema": "depot_nala",
            "khobor": L("My husband Sunil Murmu (+919431058217) will bring the leaf plates on "
                        "Saturday", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/jontro", headers=_h(rng, **b), body=push(push_token(rng), "sat_IN")),
        case(f, f"{a}/v1/ghotona", headers=_h(rng, **b), body={
            "beboharic": L(USER_ID, UID), "ghotona": [
                ev("jarwa_logged", 1), ev("screen", 2, screen=L("DepotPrices", USAGE))]}),
        case(f, f"{a}/v1/session/refresh", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "jontro": L(INSTALL_ID, DID)}),
    ]


def sakam_sdks() -> list[Case]:
    rng = random.Random(29222)
    return [
        lk_batch(APP, rng, [("Collection Logged", {"kg": 18.5}), ("Slip Received", {})],
                 at=TREE_FIX, nd=2, locale="sat_IN"),
        lk_identify(APP, rng, {"jila": L("Jamtara", COARSE), "sodosyo": L(MEMBER, UID)}),
        lk_pixel(APP, rng, "Prices Opened", {"week": "2026-W14"}),
        hp_launch(APP, rng, user=True),
        hp_event(APP, rng, "sale", {"jinis": "matkom_baha"}, revenue=1937.0),
        fd_eval(APP, rng, {"jila": L("Jamtara", COARSE), "role": "collector"}),
        ps_register(APP, rng, at=TREE_FIX, nd=2, lang="sat",
                    tags={"blok": L("Nala", COARSE)}),
        tj_upi(APP, rng, "1937", L(UPI, PAY)),
        md_geocode(APP, rng, "Nala lac buying centre", "behavior.search", near=DEPOT_FIX, nd=3),
        hg_message(APP, rng, L(f"Payout for slip {SLIP} has not come", f"{TEXT}|{BUY}"),
                   {"sodosyo": L(MEMBER, UID)}),
    ]
