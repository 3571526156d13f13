"""A devil's-claw harvesters' app "Kamaxu" (a fictional organic buyer's app in which harvester
groups register, log what they dig and dry, deliver to the buyer's depot in Keetmanshoop and are
paid; she is the secretary of her mother-in-law's group at Berseba and a registered harvester
herself). Its API's keys are Khoekhoegowab with Afrikaans loans (the trade's words are
Afrikaans), ASCII-folded (click letters dropped): ``ons`` name, ``van`` surname, ``selfoon``
mobile, ``pin`` the log-in PIN, ``id_nommer`` ID number, ``goa_tses`` birth date, ``dorob``
town, ``oesaob`` harvester (``oes`` harvest + ``aob``), ``oesaob_no`` harvester number,
``groep`` group, ``lede`` members, ``gus`` mother, ``klou`` devil's claw, ``sak`` bag,
``gomsi`` weight (a coinage from ``!gom`` heavy), ``khais`` place, ``gebied`` area,
``vergunning`` permit, ``ama_aob`` buyer, ``mari`` amount, ``uitbetaling`` payout, ``khanis``
message, ``soek`` search, ``seisoen`` season, ``toestel`` device, ``xun`` events: her
registration, a PIN log-in, ``/ti``, the group's members (her mother-in-law's phone), the
permit application (the communal area), a harvest log with her fix, an offline msgpack queue
of fixes, a photo of drying slices, a delivery to the depot, prices, her statement by harvester
number in the path, payouts to members' e-wallets, her bank account, a training attendance, a
message to the buyer, an offline JSON Lines sync, the organic declaration (gzip), a search,
receipts by cookie, push, events and a token refresh."""

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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families223_kit import (
    DEPOT,
    GROUP,
    HARVESTER,
    MEMBERS,
    MOTHER_IL,
    NA_ACCOUNT,
    PERMIT,
    VELD_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families223_sdk import cn_crash, cn_crumb, mk_batch, mk_pixel, tg_event, tg_launch
from eval_families223_svc import (
    ca_wallet,
    fk_eval,
    hw_message,
    mg_geocode,
    mg_telemetry,
    ps_register,
)
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, case

APP = App("kamaxu", "Kamaxu", "com.example.kamaxu", "2.2.0", "https://api.kamaxu.example.com")
IID = "X-Kamaxu-Toestel"
PIN = "408127"
NID = "personal.national_id"
ORDER = "KOB-26-00417"  # the group's delivery order with the buyer (financial.purchase)
AREA = [(-26.03871, 17.79412), (-26.03902, 17.81055), (-26.05288, 17.81102),
        (-26.05236, 17.79377)]  # the communal harvest block (the community's land: negative)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, naq=True, **kw)


def kamaxu() -> list[Case]:
    rng = random.Random(22341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, oesaob_no=L(HARVESTER, UID), selfoon=L(E164, TEL),
                                    groep=GROUP))}
    vla, vlo = fix(VELD_FIX)
    stmt = at_path(case(f, f"{a}/api/oesaob/{HARVESTER}/staat", headers=_h(rng, **b),
                        query={"seisoen": "2026"}), HARVESTER, UID)
    order = ORDER
    return [
        case(f, f"{a}/api/oesaob/registreer", headers=_h(rng), body={
            "ons": L(FIRST, NAMEC), "van": L(LAST, NAMEC), "selfoon": L(E164, TEL),
            "id_nommer": L(PERMIT, NID), "goa_tses": L(DOB, BIRTH), "pin": L(PIN, CRED),
            "oesaob_no": L(HARVESTER, UID), "groep": GROUP, "rol": "sekretaris",
            "dorob": L("Keetmanshoop", COARSE), "groep_dorob": L("Berseba", COARSE)}),
        case(f, f"{a}/api/auth/pin", fmt="form", headers=_h(rng), body={
            "oesaob_no": L(HARVESTER, UID), "pin": L(PIN, CRED)}),
        case(f, f"{a}/api/ti", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/groep/lede", headers=_h(rng, **b), body={
            "groep": GROUP, "lede": [
                {"ons": L(MEMBERS[0][0], NAMEC), "oesaob_no": MEMBERS[0][1],
                 "selfoon": L(MOTHER_IL[1], TEL), "rol": "voorsitter"},
                {"ons": L(MEMBERS[1][0], NAMEC), "oesaob_no": MEMBERS[1][1]},
                {"ons": L(MEMBERS[2][0], NAMEC), "oesaob_no": MEMBERS[2][1]}]}),
        case(f, f"{a}/api/vergunning", headers=_h(rng, **b), body={
            "groep": GROUP, "seisoen": "2026", "gebied": L("Berseba communal area", COARSE),
            "blok": [[la, lo] for la, lo in AREA], "plante_beraam": 1800,
            "aansoeker": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/oes", headers=_h(rng, **b), body={
            "oesaob_no": L(HARVESTER, UID), "tses": "2026-04-08",
            "khais": {"lat": vla, "lon": vlo, "akk": 6}, "plante": 23,
            "gomsi_kg": 14.5, "gate_toegemaak": True}),
        case(f, f"{a}/api/oes/tou", fmt="msgpack", headers=_h(rng, **b), body={
            "oesaob_no": L(HARVESTER, UID), "vanlyn": True,
            "punte": [{"lat": L(round(VELD_FIX[0] + 0.0009 * i, 5), PRECISE),
                       "lon": L(round(VELD_FIX[1] + 0.0012 * i, 5), PRECISE),
                       "t": 1775631600 + 600 * i} for i in range(3)]}),
        multipart(f, f"{a}/api/oes/foto", [
            ("foto", "droog_skywe.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"sak": obj(rng, "sk"), "dag": 4})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/aflewering", headers=_h(rng, **b), body={
            "groep": GROUP, "depot": DEPOT["id"], "sakke": 6, "gomsi_kg": 84.2,
            "bestelling": L(order, BUY), "bakkie": "N 3318 KE",
            "depot_khais": {"lat": DEPOT["lat"], "lon": DEPOT["lon"]}}),
        case(f, f"{a}/api/pryse", headers=_h(rng, **b), query={
            "seisoen": "2026", "graad": "A"}),
        stmt,
        case(f, f"{a}/api/uitbetaling", headers=_h(rng, **b), body={
            "bestelling": L(order, BUY), "lede": [
                {"oesaob_no": MEMBERS[0][1], "ewallet": L(MOTHER_IL[1], TEL),
                 "mari": L(1840.0, BUY)},
                {"oesaob_no": L(HARVESTER, UID), "ewallet": L(E164, TEL),
                 "mari": L(620.0, BUY)}]}),
        case(f, f"{a}/api/bankrekening", fmt="form", headers=_h(rng, **b), body={
            "oesaob_no": L(HARVESTER, UID), "rekening": L(NA_ACCOUNT, PAY),
            "houer": L(f"{FIRST} {LAST}", NAMEC), "bank": "Example Bank Namibia"}),
        case(f, f"{a}/api/opleiding/bywoning", fmt="form", headers=_h(rng, **b), body={
            "oesaob_no": L(HARVESTER, UID), "kursus": "volhoubare_oes_26",
            "tses": "2026-03-28"}),
        case(f, f"{a}/api/khanis", headers=_h(rng, **b), body={
            "aan": "ama_aob_depot",
            "khanis": L(f"Die depot se skaal het 84.2 kg gewys, ons het 86 kg geweeg by "
                        f"Berseba. {MOTHER_IL[0]} bring die strokies.",
                        f"{TEXT}|{NAMEC}")}),
        lines(f, f"{a}/api/sinc", [
            {"op": "sak", "gomsi_kg": 14.5, "deur": L(HARVESTER, UID)},
            {"op": "verkoop", "bestelling": L(order, BUY), "mari": L(2460.0, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/organies/verklaring", gz=True, headers=_h(rng, **b), body={
            "groep": GROUP, "seisoen": "2026", "chemikalie": False, "afgesny_tydens_oes": 0,
            "geteken": L(f"{FIRST} {LAST}", NAMEC), "id_nommer": L(PERMIT, NID)}),
        case(f, f"{a}/api/soek", headers=_h(rng, **b), query={
            "soek": L("prys per kg graad A", SEARCH)}),
        case(f, f"{a}/api/kwitansies", headers=_h(rng, how="none"), cookies={
            "kx_sessie": L(opaque(rng, "", 40), CRED), "kx_toestel": L(INSTALL_ID, DID),
            "kx_req": rid(rng)}),
        case(f, f"{a}/api/toestelle", headers=_h(rng, **b), body=push(push_token(rng), "af_NA")),
        case(f, f"{a}/api/xun", gz=True, headers=_h(rng, **b), body={
            "khoe": L(USER_ID, UID), "xun": [
                ev("oes_gelog", 1), ev("skerm", 2, skerm=L("Aflewering", USAGE))]}),
        case(f, f"{a}/api/sessie/verfris", fmt="form", headers=_h(rng, how="none"), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "toestel": L(INSTALL_ID, DID)}),
    ]


def kamaxu_sdks() -> list[Case]:
    rng = random.Random(22342)
    return [
        mk_batch(APP, rng, [("Harvest Logged", {"kg": 14.5}), ("Delivery Made", {"bags": 6})],
                 at=VELD_FIX, nd=2),
        mk_pixel(APP, rng, "Prices Opened", {"season": "2026"}),
        tg_launch(APP, rng, user=True),
        tg_event(APP, rng, "delivery", {"group": GROUP}),
        fk_eval(APP, rng, {"group": GROUP, "dorob": L("Berseba", COARSE)}),
        ps_register(APP, rng, lang="af", at=VELD_FIX, nd=2,
                    tags={"groep": GROUP, "dorob": L("Berseba", COARSE)}),
        ca_wallet(APP, rng, "620.00", L(E164, TEL)),
        mg_geocode(APP, rng, "Karas Organic Harpago depot", SEARCH, near=VELD_FIX, nd=3),
        mg_telemetry(APP, rng, [VELD_FIX, (round(VELD_FIX[0] + 0.0009, 6),
                                           round(VELD_FIX[1] + 0.0012, 6))], PRECISE),
        cn_crash(APP, rng, ("java.lang.IllegalStateException", "offline queue locked"),
                 [cn_crumb("nav", "Oes -> Tou"), cn_crumb("log", "sync skipped: no network")],
                 screen="OesActivity"),
        hw_message(APP, rng, L(f"Payout for {ORDER} is missing for two members",
                               f"{TEXT}|{BUY}"), {"oesaob_no": L(HARVESTER, UID)}),
    ]
