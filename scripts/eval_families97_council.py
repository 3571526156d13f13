"""Cardiff council-tax and bin-collection app "Trethfin" (its API's keys are Welsh; she rents a
terraced house in Pontcanna for the year): registration (``enw``, ``cyfenw``, ``rhif_ffon``,
``dyddiad_geni``, ``cyfrinair``), a log-in, ``/fi``, linking the council-tax account (her
``cyfeiriad``, ``tref``, National Insurance number and her husband ``gwr`` as joint payer), her
previous address in New York, a Direct Debit, the bill by account number in the path, a
payment, bin days by property reference and by postcode, a missed bin with a photo, recycling
bags, a bulky-waste booking, garden waste, fly-tipping and street-light reports, the recycling
centres near her and a slot, a message, reminders, push, events and the history by cookie."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import CITY, DOB, FIRST, LAST, LINE1, LINE2, STATE, ZIP, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER
from eval_families24_kit import claims, head
from eval_families37_kit import fix
from eval_families97_kit import (
    BULKY_REF,
    CT_ACCOUNT,
    CY_HOME_AT,
    CY_LANG,
    CY_LINE,
    CY_POSTCODE,
    CY_TOWN,
    FLYTIP_FIX,
    HUB,
    LAMP_FIX,
    NINO_SPACED,
    RECYCLING_AT,
    SORT_CODE,
    TEL_UK,
    UK_ACCT,
    UK_TZ,
    UPRN,
)
from eval_families97_sdk import cy_batch, cy_pixel, gw_crash, gw_crumb
from eval_families97_svc import (
    bn_eval,
    cn_save,
    pw_register,
    sg_message,
    tl_reverse,
    tm_card,
    tm_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("trethfin", "Trethfin", "com.example.trethfin", "5.3.2",
          "https://api.trethfin.example.org")
IID = "X-Trethfin-Dyfais"
PW = "Pontcanna!Glaw42"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    extra = {"Accept-Language": L(CY_LANG, DEV), **kw.pop("extra", {})}
    return head(APP, rng, iid=IID, how=how, extra=extra, **kw)


def trethfin() -> list[Case]:
    rng = random.Random(9711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, e_bost=L(EMAIL, MAIL), cyfrif=L(CT_ACCOUNT, UID)))}
    bill = at_path(case(f, f"{a}/v1/treth-cyngor/cyfrifon/{CT_ACCOUNT}/bil",
                        query={"blwyddyn": "2025-26", "fformat": "json"},
                        headers=_h(rng, **b)), CT_ACCOUNT, UID)
    la, lo = fix(CY_HOME_AT, 6)
    return [
        case(f, f"{a}/v1/cofrestru", headers=_h(rng), body={
            "enw": L(FIRST, NAMEC), "cyfenw": L(LAST, NAMEC), "e_bost": L(EMAIL, MAIL),
            "rhif_ffon": L(E164, TEL), "dyddiad_geni": L("17/05/1991", "personal.birthdate"),
            "cyfrinair": L(PW, CRED), "iaith_gohebiaeth": "cy", "telerau": True}),
        case(f, f"{a}/v1/mewngofnodi", fmt="form", headers=_h(rng), body={
            "e_bost": L(EMAIL_UPPER, MAIL), "cyfrinair": L(PW, CRED), "cofio": "1"}),
        case(f, f"{a}/v1/fi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/treth-cyngor/cysylltu", headers=_h(rng, **b), body={
            "rhif_cyfrif": L(CT_ACCOUNT, UID), "enw": L(FIRST, NAMEC), "cyfenw": L(LAST, NAMEC),
            "cyfeiriad": L(CY_LINE, ADDR), "tref": L(CY_TOWN, COARSE),
            "cod_post": L(CY_POSTCODE, COARSE), "rhif_yswiriant_gwladol": L(NINO_SPACED, NATID),
            "dyddiad_geni": L(DOB, "personal.birthdate"), "band": "D",
            "gwr": {"enw": L(PARTNER[0], NAMEC), "rhif_ffon": L(PARTNER[1], TEL)},
            "dyddiad_symud": "2025-09-01", "preswylwyr": 3}),
        case(f, f"{a}/v1/treth-cyngor/symud-i-mewn", headers=_h(rng, **b), body={
            "rhif_cyfrif": L(CT_ACCOUNT, UID), "uprn": L(UPRN, ADDR),
            "cyfeiriad_blaenorol": {"llinell1": L(LINE1, ADDR), "llinell2": L(LINE2, ADDR),
                                    "dinas": L(CITY, COARSE), "talaith": L(STATE, COARSE),
                                    "cod": L(ZIP, COARSE), "gwlad": L("UDA", COARSE)},
            "landlord": {"enw": "Rhentu Glannau Cyf", "ffon": TEL_UK + "233"}}),
        case(f, f"{a}/v1/treth-cyngor/debyd-uniongyrchol", fmt="form", headers=_h(rng, **b),
             body={"rhif_cyfrif": L(CT_ACCOUNT, UID), "cod_didoli": L(SORT_CODE, PAY),
                   "rhif_cyfrif_banc": L(UK_ACCT, PAY), "enw_deiliad": L(f"{FIRST} {LAST}", NAMEC),
                   "diwrnod_talu": "15", "rhandaliadau": "10", "cytuno": "1"}),
        bill,
        case(f, f"{a}/v1/taliadau", headers=_h(rng, **b), body={
            "rhif_cyfrif": L(CT_ACCOUNT, UID), "swm": L("187.00", BUY),
            "cyfeirnod": L("TC-26-0088154", BUY), "dull": "cerdyn", "cais": opaque(rng, "", 12)}),
        case(f, f"{a}/v1/biniau/casgliadau", query={"uprn": L(UPRN, ADDR), "wythnosau": "4"},
             headers=_h(rng, how="upper")),
        case(f, f"{a}/v1/biniau/calendr", query={"cod_post": L(CY_POSTCODE, COARSE),
                                                 "iaith": "cy"}, headers=_h(rng, how="none")),
        multipart(f, f"{a}/v1/biniau/heb-gasglu", [
            ("adroddiad", None, "application/json", {
                "uprn": L(UPRN, ADDR), "math_bin": "gwyrdd", "dyddiad": "2025-12-09",
                "lat": la, "lon": lo,
                "sylw": L("Roedd y bin allan erbyn 7 ond aeth y lori heibio", TEXT)}),
            ("llun", "bin_gwyrdd.jpg", "image/jpeg", L(JPEG + b"\x97", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/biniau/bagiau", fmt="form", headers=_h(rng, **b), body={
            "uprn": L(UPRN, ADDR), "math": "bagiau_gwyrdd", "nifer": "2"}),
        case(f, f"{a}/v1/gwastraff-swmpus", headers=_h(rng, **b), body={
            "uprn": L(UPRN, ADDR), "eitemau": ["soffa", "oergell"], "dyddiad": "2025-12-18",
            "rhif_ffon": L(NATIONAL, TEL), "swm": L("32.00", BUY),
            "cyfeirnod": L(BULKY_REF, BUY), "nodyn": L("Wrth y gât gefn yn y lôn", TEXT)}),
        case(f, f"{a}/v1/gwastraff-gardd/tanysgrifio", fmt="form", headers=_h(rng, **b), body={
            "uprn": L(UPRN, ADDR), "biniau": "1", "tymor": "2026", "swm": L("38.00", BUY)}),
        multipart(f, f"{a}/v1/tipio-anghyfreithlon", [
            ("adroddiad", None, "application/json", {
                "lat": L(FLYTIP_FIX[0], PRECISE), "lon": L(FLYTIP_FIX[1], PRECISE),
                "disgrifiad": L("Tua deg bag du a hen fatres tu ôl i'r garejys", TEXT),
                "math": "matres", "dienw": False, "cyswllt": L(EMAIL_MIXED, MAIL)}),
            ("llun1", "tipio.jpg", "image/jpeg", L(JPEG + b"\x98", MEDIA))],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/goleuadau-stryd", headers=_h(rng, **b), body={
            "lleoliad": L(f"{LAMP_FIX[0]:.4f},{LAMP_FIX[1]:.4f}", PRECISE), "colofn": "GS-20771",
            "nam": "wedi_diffodd", "sylw": L("Golau allan ers wythnos, tywyll iawn", TEXT)}),
        case(f, f"{a}/v1/canolfannau-ailgylchu", query={
            "agos": L(f"{CY_HOME_AT[0]:.2f},{CY_HOME_AT[1]:.2f}", COARSE), "radiws": "10"},
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/canolfannau-ailgylchu/archebu", headers=_h(rng, **b), body={
            "safle": "CA-LAMBY", "lat": RECYCLING_AT[0], "lon": RECYCLING_AT[1],
            "slot": "2025-12-13T10:30",
            "e_bost": L(EMAIL, MAIL), "hyb": {"enw": HUB["enw"], "ffon": HUB["ffon"]}}),
        case(f, f"{a}/v1/cysylltu", headers=_h(rng, **b), body={
            "pwnc": "treth_cyngor", "e_bost": L(EMAIL, MAIL),
            "neges": L(f"Rydym wedi talu ond mae'r ap yn dangos ôl-ddyledion ar {CT_ACCOUNT}",
                       f"{TEXT}|{UID}")}),
        case(f, f"{a}/v1/hysbysiadau", fmt="form", headers=_h(rng, **b), body={
            "atgoffa_biniau": "1", "amser": "19:00", "parth_amser": L(UK_TZ, DEV)}),
        case(f, f"{a}/v1/dyfeisiau", headers=_h(rng, **b), body={
            "tocyn": L(push_token(rng), DID), "gosodiad": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("en_US", DEV)}),
        case(f, f"{a}/v1/digwyddiadau", gz=True, headers=_h(rng, **b), body={
            "defnyddiwr": L(USER_ID, UID), "digwyddiadau": [
                ev("bin_day_viewed", 1), ev("payment_done", 2),
                ev("screen", 3, sgrin=L("CalendrBiniau", USAGE))]}),
        case(f, f"{a}/v1/treth-cyngor/hanes", headers=_h(rng, how="nodash"),
             cookies={"tf_sesiwn": L(opaque(rng, "", 40), CRED), "tf_cyfrif": L(CT_ACCOUNT, UID)}),
    ]


def trethfin_sdks() -> list[Case]:
    rng = random.Random(9712)
    return [
        cy_batch(APP, rng, [("Bin Calendar Viewed", {"week": 50}),
                            ("Council Tax Paid", {"method": "card"})]),
        cy_pixel(APP, rng, "Postcode Lookup", {"outward": L("CF11", "location.coarse")}),
        gw_crash(APP, rng, ("java.lang.IllegalStateException", "calendar not loaded"),
                 [gw_crumb("nav", "Cartref -> CalendrBiniau"),
                  gw_crumb("http", "GET /v1/biniau/casgliadau", {"status": 504})],
                 screen="CalendrBiniauActivity"),
        bn_eval(APP, rng, {"biniau_newydd": True}, hdr=True),
        pw_register(APP, rng, tags={"diwrnod_bin": "dydd_mawrth"}, at=CY_HOME_AT, lang="cy"),
        cn_save(APP, rng, {"dadansoddi": True, "marchnata": False}, user=True),
        tm_card(APP, rng, email=True),
        tm_confirm(APP, rng, "187.00"),
        tl_reverse(APP, rng, FLYTIP_FIX, PRECISE, nd=5),
        sg_message(APP, rng, L("The app charged me twice for the garden bin", TEXT),
                   {"account": L(CT_ACCOUNT, UID)}),
    ]
