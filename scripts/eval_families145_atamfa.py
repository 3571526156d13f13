"""Kantin Kwari wax-print wholesaler's reseller app "Kasuwar Zani" (its API's keys are Hausa:
``suna`` name, ``sunan_iyali`` family name, ``lambar_waya`` phone number, ``imel`` e-mail,
``adireshi`` address, ``unguwa`` neighbourhood, ``gari`` town, ``jiha`` state, ``ranar_haihuwa``
birth date, ``kalmar_sirri`` password, ``lambar_shaida`` identity (NIN) number, ``jinsi`` sex,
``mijinta`` her husband, ``lambar_mai_sayarwa`` reseller number, ``lambar_oda`` order number,
``kudi`` amount, ``adadi`` quantity, ``yadi`` yards, ``tsari`` design, ``sako`` message,
``bincike`` search, ``wuri`` place, ``asusun_banki`` bank account, ``lambar_tabbatarwa``
confirmation code, ``harshe`` language, ``mai_saye`` buyer): sign-up, an SMS code, log-in,
``/ni``, the catalogue, a search, her fix at the shop, a wholesale order (msgpack), the payment,
her bank account for commissions, a customer's order she places on her behalf, a delivery to
her house, the invoice by order number in the path, a design photo, a message to the shop,
points by a cookie GET, a card link (base64 JSON in a form field), a return, push, events and a
log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families145_kit import (
    CUSTOMER,
    HUSBAND,
    KANO_HOME,
    KANO_HOME_AT,
    KZ_ORDER,
    MARKET_FIX,
    NG_ACCOUNT,
    NIN,
    RESELLER,
    TZ,
    WHOLESALER,
    fix,
    hd,
    obj,
)
from eval_families145_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    cd_session,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families145_svc import cl_wallet, hs_message, mm_reverse, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("kasuwarzani", "Kasuwar Zani", "com.example.kasuwarzani", "2.9.1",
          "https://api.kasuwarzani.example.com")
PW = "Zani!Nassarawa26"
DOB_HA = "17/05/1991"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, "X-KZ-Naura", ha=True, **kw)


def kasuwarzani() -> list[Case]:
    rng = random.Random(14501)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL),
                                    lambar_mai_sayarwa=L(RESELLER, UID)))}
    mla, mlo = fix(MARKET_FIX)
    hla, hlo = fix(KANO_HOME_AT, 5)
    invoice = at_path(case(f, f"{a}/api/v2/oda/{KZ_ORDER}/rasiti", headers=_h(rng, **b)),
                      KZ_ORDER, BUY)
    return [
        case(f, f"{a}/api/v2/rajista", headers=_h(rng), body={
            "suna": L(FIRST, NAMEC), "sunan_iyali": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "lambar_waya": L(E164, TEL), "kalmar_sirri": L(PW, CRED),
            "ranar_haihuwa": L(DOB_HA, BIRTH), "jinsi": L("mace", GENDER),
            "adireshi": L(KANO_HOME["line"], ADDR), "unguwa": L(KANO_HOME["area"], COARSE),
            "gari": L(KANO_HOME["town"], COARSE), "jiha": L(KANO_HOME["state"], COARSE),
            "lambar_shaida": L(NIN, "personal.national_id"),
            "mijinta": {"suna": L(HUSBAND[0], NAMEC), "lambar_waya": L(HUSBAND[1], TEL)},
            "yarda_da_ka'ida": True, "harshe": L("ha", DEV)}),
        case(f, f"{a}/api/v2/tabbatar", fmt="form", headers=_h(rng), body={
            "lambar_waya": L(E164, TEL), "lambar_tabbatarwa": L("408117", CRED)}),
        case(f, f"{a}/api/v2/shiga", fmt="form", headers=_h(rng), body={
            "imel": L(EMAIL_UPPER, MAIL), "kalmar_sirri": L(PW, CRED), "tuna_ni": "eh"}),
        case(f, f"{a}/api/v2/ni", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/kaya", headers=_h(rng, **b), query={
            "shago": WHOLESALER["id"], "iri": "atamfa", "shafi": "1", "girma": "6yadi"}),
        case(f, f"{a}/api/v2/bincike", headers=_h(rng, **b), query={
            "bincike": L("atamfa super wax ja da shudi", SEARCH), "shafi": "1"}),
        case(f, f"{a}/api/v2/shago/{WHOLESALER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/isowa", headers=_h(rng, **b), body={
            "shago": WHOLESALER["id"], "wuri": {"lat": mla, "lon": mlo, "daidaito": 11},
            "wurin_shago": {"lat": WHOLESALER["lat"], "lon": WHOLESALER["lon"]},
            "lambar_mai_sayarwa": L(RESELLER, UID), "isowa_id": obj(rng, "is")}),
        case(f, f"{a}/api/v2/oda", fmt="msgpack", headers=_h(rng, **b), body={
            "shago": WHOLESALER["id"], "kaya": [
                {"tsari": "Super Wax 4412", "yadi": 6, "adadi": 10, "farashi": 9500},
                {"tsari": "Holland Ankara 208", "yadi": 6, "adadi": 4, "farashi": 14200}],
            "lambar_oda": L(KZ_ORDER, BUY), "kudi": L(151800, BUY),
            "lambar_mai_sayarwa": L(RESELLER, UID)}),
        case(f, f"{a}/api/v2/biya", fmt="form", headers=_h(rng, **b), body={
            "lambar_oda": L(KZ_ORDER, BUY), "kudi": L("151800", BUY), "kudin_kasa": "NGN",
            "hanya": L(opaque(rng, "pm_", 24), PAY), "lambobi_hudu": L("4444", PAY)}),
        case(f, f"{a}/api/v2/asusu", headers=_h(rng, **b), body={
            "asusun_banki": L(NG_ACCOUNT, PAY), "banki": "058", "sunan_asusu": L(
                f"{FIRST} {LAST}", NAMEC), "lambar_mai_sayarwa": L(RESELLER, UID)}),
        case(f, f"{a}/api/v2/oda/mai_saye", headers=_h(rng, **b), body={
            "mai_saye": {"suna": L(CUSTOMER[0], NAMEC), "lambar_waya": L(CUSTOMER[1], TEL)},
            "kaya": [{"tsari": "Super Wax 4412", "yadi": 6, "adadi": 1}],
            "kudi": L(11800, BUY), "sako": L("Hauwa za ta karba ranar Juma'a", f"{TEXT}|{NAMEC}"),
            "lambar_oda": L("KZO-2611-7790", BUY)}),
        case(f, f"{a}/api/v2/kai_kaya", headers=_h(rng, **b), body={
            "lambar_oda": L(KZ_ORDER, BUY), "adireshi": L(KANO_HOME["line"], ADDR),
            "unguwa": L(KANO_HOME["area"], COARSE), "wuri": {"lat": hla, "lon": hlo},
            "lambar_waya": L(E164, TEL), "mai_kawowa": "okada", "kudin_kawowa": 1500}),
        invoice,
        multipart(f, f"{a}/api/v2/tsari/hoto", [
            ("hoto", "tsari.jpg", "image/jpeg", JPEG + b"\x91"),
            ("meta", None, "application/json", {"lambar_mai_sayarwa": L(RESELLER, UID),
                                                 "tsari": "Super Wax 4412"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/sako", fmt="form", headers=_h(rng, **b), body={
            "shago": WHOLESALER["id"],
            "sako": L("Don Allah ku ajiye min yadi shida na ja, zan zo gobe da safe", TEXT),
            "lambar_oda": L(KZ_ORDER, BUY)}),
        case(f, f"{a}/api/v2/maki", headers=_h(rng, how="none"), cookies={
            "kz_zama": L(opaque(rng, "", 40), CRED), "kz_naura": L(INSTALL_ID, DID),
            "kz_req": rid(rng)}),
        case(f, f"{a}/api/v2/kati/hada", fmt="form", headers=_h(rng, **b), body={
            "bayani": W({"lambar_mai_sayarwa": L(RESELLER, UID), "lambar_waya": L(E164, TEL),
                         "ranar_haihuwa": L(DOB_HA, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v2/mayarwa", headers=_h(rng, **b), body={
            "lambar_oda": L(KZ_ORDER, BUY), "dalili": "launi ya bambanta",
            "sako": L("Yadi biyu sun lalace a gefe", TEXT), "adadi": 2}),
        case(f, f"{a}/api/v2/na_ura", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "na_ura_id": L(INSTALL_ID, DID),
            "harshe": L("ha", DEV), "yankin_lokaci": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/abubuwa", gz=True, headers=_h(rng, **b), body={
            "mai_amfani": L(USER_ID, UID), "abubuwa": [
                ev("isowa", 1, shago=WHOLESALER["id"]), ev("oda", 2, adadi=14),
                ev("allo", 3, allo=L("KatalogiNa", USAGE))]}),
        case(f, f"{a}/api/v2/fita", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "na_ura": L(INSTALL_ID, DID)}),
    ]


def kasuwarzani_sdks() -> list[Case]:
    rng = random.Random(14502)
    return [
        mc_batch(APP, rng, [("Check In", {"shop": WHOLESALER["id"]}),
                            ("Place Order", {"pieces": 14, "total": L(151800, BUY)})],
                 at=MARKET_FIX, nd=2, locale="ha_NG"),
        mc_identify(APP, rng, {"jiha": L("Kano", COARSE), "gari": L("Kano", COARSE),
                               "lambar_mai_sayarwa": L(RESELLER, UID), "matsayi": "azurfa"}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"oda": L(KZ_ORDER, BUY)}, revenue=151800.0,
                 currency="NGN", hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=MARKET_FIX, nd=3,
               keywords="atamfa,ankara,lace"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "catalogue pager detached"),
                 [cd_crumb("nav", "Katalogi -> Oda"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v2/oda", "status": 201})],
                 screen="OdaActivity"),
        pt_register(APP, rng, lang="ha", at=KANO_HOME_AT, nd=2,
                    tags={"shago": WHOLESALER["id"], "jiha": L("Kano", COARSE)}),
        cd_session(APP, rng, secs=1490),
        cl_wallet(APP, rng, "12400", L(E164, TEL)),
        mm_reverse(APP, rng, KANO_HOME_AT, PRECISE, nd=5),
        hs_message(APP, rng, L(f"Ban ga ladan oda {KZ_ORDER} ba", f"{TEXT}|{BUY}"),
                   {"lambar_mai_sayarwa": L(RESELLER, UID)}),
    ]
