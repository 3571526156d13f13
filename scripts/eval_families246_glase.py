"""An ice-cream parlour's order-and-loyalty app "Glase Nzadi" (``glase`` ice cream, from French
glace; ``nzadi`` the river: a parlour on the Boma river front the family visits on weekends at her
mother-in-law's). Its API's keys are Kituba in ASCII: ``zina`` first name, ``zina_ya_dikanda``
family name, ``imele`` e-mail, ``telefone`` phone, ``mpovo_ya_kinsweki`` password,
``dati_ya_kubutuka`` birth date, ``kartie`` quarter, ``mbanza`` town, ``karti`` loyalty card,
``pwenti`` points, ``ntalu`` amount/price, ``lufutu`` payment, ``komande`` order, ``kunata``
delivery, ``kuzwa`` recipient (lit. "receive"), ``adresi`` address, ``mambu`` remark, ``gu``
flavour (from French goût), ``alerzi`` intolerance/allergy, ``mwana`` child, ``nkinsi`` party
(lit. "feast"), ``dikabu`` gift, ``nsangu`` message, ``nota`` rating, ``sosa`` search,
``kisika`` place. Sign-up, a log-in, ``/mono``, the loyalty card, parlours near her (3 decimals),
the menu, a delivery to her mother-in-law's house (her address and diabetes typed by her), its
payment, the birthday club for her son, the son's party order, the check-in at the parlour with
her fix, a protobuf card scan, her lactose intolerance, a gift card for her sister, a review,
the parlour's Wi-Fi joined, a search, the receipt by order number in the path, a session
cookie, push and events. New kind: "ice cream" matched nothing in a docstring grep; cafés and
bakeries exist, none an ice-cream parlour."""

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
    EMAIL_UPPER,
    MAIL,
    MED,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families246_kit import (
    GL_CARD,
    HOME,
    MOTHER_IL,
    MOTHER_IL_AT,
    PARLOUR,
    PARLOUR_FIX,
    SISTER_US,
    SON,
    fix,
    hd,
    obj,
    push,
)
from eval_families246_sdk import (
    bm_bid,
    bm_notice,
    cz_crash,
    cz_crumb,
    lm_event,
    lm_launch,
    ty_batch,
    ty_identify,
)
from eval_families246_svc import hb_message, my_geocode, my_reverse, py_card, py_confirm
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("glasenzadi", "Glase Nzadi", "com.example.glasenzadi", "4.0.2",
          "https://api.glasenzadi.example.com")
IID = "X-Glase-Device"
PW = "Vanille&Nzadi9"
ORDER = "GN-260124-0077"  # the delivery to her mother-in-law's (financial.purchase)
PARTY = "GN-260308-0003"  # the son's party order (financial.purchase)
SSID, BSSID = "GlaseNzadi-Wifi", "f4:6d:04:2e:8a:13"  # the parlour's Wi-Fi (joined: wifi)
MIL_ADDR = "7 avenue Lumumba, Kalamu, Boma"  # her mother-in-law's address (typed: contact.address)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def glase() -> list[Case]:
    rng = random.Random(24661)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imele=L(EMAIL, MAIL), karti=L(GL_CARD, UID)))}
    pla, plo = fix(PARLOUR_FIX, 5)
    lab: dict[str, str] = {}
    scan = pb([(1, L(GL_CARD, UID)), (2, PARLOUR["id"]), (3, 1769254200),
               (4, [(1, L(PARLOUR_FIX[0], PRECISE)), (2, L(PARLOUR_FIX[1], PRECISE))]),
               (5, 120)], "", lab)
    receipt = at_path(case(f, f"{a}/api/komande/{ORDER}/resi", headers=_h(rng, **b)),
                      ORDER, BUY)
    return [
        case(f, f"{a}/api/kusonika", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_ya_dikanda": L(LAST, NAMEC), "imele": L(EMAIL, MAIL),
            "telefone": L(E164, TEL), "mpovo_ya_kinsweki": L(PW, CRED),
            "dati_ya_kubutuka": L(DOB, BIRTH), "kartie": L(HOME["area"], COARSE),
            "mbanza": L(HOME["town"], COARSE), "karti": L(GL_CARD, UID), "nsangu_sms": True}),
        case(f, f"{a}/api/kukota", fmt="form", headers=_h(rng), body={
            "imele": L(EMAIL_UPPER, MAIL), "mpovo_ya_kinsweki": L(PW, CRED)}),
        case(f, f"{a}/api/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/karti", headers=_h(rng, **b), query={
            "karti": L(GL_CARD, UID), "qr": "1"}),
        case(f, f"{a}/api/bisika/penepene", headers=_h(rng, **b), query={
            "lat": L(f"{MOTHER_IL_AT[0]:.3f}", PRECISE),
            "lon": L(f"{MOTHER_IL_AT[1]:.3f}", PRECISE), "km": "3"}),
        case(f, f"{a}/api/bisika/{PARLOUR['id']}/menu", headers=_h(rng, **b), query={
            "ndinga": L("fr", DEV)}),
        case(f, f"{a}/api/komande", headers=_h(rng, **b), body={
            "bisika": PARLOUR["id"], "komande": L(ORDER, BUY),
            "bima": [{"gu": "vanille-mangue", "litre": 1, "ntalu": 9.0},
                     {"gu": "sorbet ya ntundulu", "litre": 1, "ntalu": 8.0}],
            "ntalu": L(17.0, BUY), "devise": "USD", "kunata": True,
            "kuzwa": {"zina": L(MOTHER_IL[0], NAMEC), "telefone": L(MOTHER_IL[1], TEL),
                      "adresi": L(MIL_ADDR, "contact.address")},
            "mambu": L("Sorbet sambu na mama nzitu, yandi kele na diabete, sukadi fioti",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/api/lufutu", fmt="form", headers=_h(rng, **b), body={
            "komande": L(ORDER, BUY), "ntalu": L("17.00", BUY), "devise": "USD",
            "methode": L(opaque(rng, "pm_", 24), PAY), "nsuka_4": L("4444", PAY)}),
        case(f, f"{a}/api/club-ya-kubutuka", headers=_h(rng, **b), body={
            "karti": L(GL_CARD, UID),
            "bana": [{"zina": L(SON["first"], NAMEC), "dati_ya_kubutuka": L(SON["dob"], BIRTH)}],
            "mbuti": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/nkinsi", headers=_h(rng, **b), body={
            "komande": L(PARTY, BUY), "kilumbu": "2026-03-08", "bana": 14,
            "bima": [{"gu": "chocolat", "cornet": 14}, {"gu": "fraise", "cornet": 14}],
            "ntalu": L(56.0, BUY), "devise": "USD",
            "mambu": L("Nkinsi ya Nsimba, mvula 12, sambu na bana ya kalasi na yandi",
                       f"{TEXT}|{BIRTH}")}),
        case(f, f"{a}/api/kukota/bisika", headers=_h(rng, **b), body={
            "bisika": PARLOUR["id"], "kisika": {"lat": pla, "lon": plo, "sikisa": 12},
            "bisika_kisika": {"lat": PARLOUR["lat"], "lon": PARLOUR["lon"]},
            "karti": L(GL_CARD, UID)}),
        raw(f, f"{a}/api/karti/scan", scan, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/preferences/alerzi", fmt="form", headers=_h(rng, **b), body={
            "alerzi": L("lactose", MED), "gu_ya_mono": "mangue", "karti": L(GL_CARD, UID)}),
        case(f, f"{a}/api/dikabu", headers=_h(rng, **b), body={
            "kuzwa": {"zina": L(SISTER_US[0], NAMEC), "imele": L(SISTER_US[2], MAIL)},
            "nsangu": L("Ruth, ntangu ta kwisa na Boma, beto ta dia glase na nzadi!", TEXT),
            "ntalu": L(20, BUY), "code": opaque(rng, "GC", 8)}),
        case(f, f"{a}/api/nota", fmt="form", headers=_h(rng, **b), body={
            "bisika": PARLOUR["id"], "nota": "5",
            "mambu": L("Glase ya mangue kele mbote mingi, kisika ya kuvanda na nzadi", TEXT)}),
        case(f, f"{a}/api/wifi", headers=_h(rng, **b), body={
            "ssid": L(SSID, WIFI), "bssid": L(BSSID, WIFI), "ip_ya_kati": L("10.0.7.41", DEV),
            "karti": L(GL_CARD, UID)}),
        case(f, f"{a}/api/sosa", headers=_h(rng, **b), query={
            "sosa": L("glase sukadi ve", SEARCH), "bisika": PARLOUR["id"]}),
        receipt,
        case(f, f"{a}/api/pwenti", headers=_h(rng, how="none"), cookies={
            "gn_session": L(opaque(rng, "", 40), CRED), "gn_device": L(INSTALL_ID, DID),
            "gn_req": rid(rng)}),
        case(f, f"{a}/api/aparey", headers=_h(rng, **b), body=push(push_token(rng), "en_CD")),
        case(f, f"{a}/api/mambu", gz=True, headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "events": [
                ev("order_placed", 1, ntalu=L(17, BUY)), ev("points_viewed", 2),
                ev("ekrani", 3, ekrani=L("KartiYaMono", USAGE))], "line": obj(rng, "ln")}),
    ]


def glase_sdks() -> list[Case]:
    rng = random.Random(24662)
    return [
        ty_batch(APP, rng, [("Order Placed", {"total": L(17, BUY)}),
                            ("Checked In", {"parlour": PARLOUR["id"]})],
                 at=PARLOUR_FIX, nd=2, locale="en_CD"),
        ty_identify(APP, rng, {"mbanza": L("Matadi", COARSE), "karti": L(GL_CARD, UID),
                               "pwenti": 220}),
        lm_launch(APP, rng, first=True),
        lm_event(APP, rng, "purchase", {"komande": L(ORDER, BUY)}, revenue=17.0, hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PARLOUR_FIX, nd=3,
               keywords="ice cream,dessert,boma"),
        bm_notice(APP, rng, "win"),
        cz_crash(APP, rng, ("java.lang.IllegalStateException", "qr scanner closed"),
                 [cz_crumb("nav", "Karti -> Scan"),
                  cz_crumb("net", "POST", {"url": f"{APP.api}/api/karti/scan", "status": 502})],
                 screen="ScanActivity"),
        py_card(APP, rng),
        py_confirm(APP, rng, "17.00"),
        my_geocode(APP, rng, MIL_ADDR, "contact.address", near=MOTHER_IL_AT, nd=3),
        my_reverse(APP, rng, PARLOUR_FIX, PRECISE, nd=4),
        hb_message(APP, rng, L(f"Komande {ORDER} me kuma na retard, glase me nyungana",
                               f"{TEXT}|{BUY}"), {"karti": L(GL_CARD, UID)}),
    ]
