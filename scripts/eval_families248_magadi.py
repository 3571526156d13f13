"""A lobola-negotiation and traditional-wedding planner "Magadi" (her brother-in-law Tshepo marries
Dineo Sebola of Lebowakgomo; the negotiations and the feast are at the family's yard in
Mahwelereng, Mokopane; the user keeps the family's ledger). Its API's keys are Sepedi in ASCII:
``leina`` name, ``sefane`` surname, ``mogala`` phone, ``imeile`` e-mail, ``sephiri`` password,
``lapa`` family, ``seboko`` clan totem, ``setshaba`` people/nation, ``moletlo`` celebration,
``mohuta`` kind, ``letsatsi`` date, ``lefelo`` place, ``aterese`` address, ``toropo`` town,
``selete`` area, ``monyadi`` groom, ``monyalwa`` bride, ``baromiwa`` the delegation of
negotiators, ``kamano`` relation, ``magadi`` lobola, ``dikgomo`` cattle, ``palomoka`` total,
``tumelano`` agreement, ``kabelo`` contribution, ``palo`` amount, ``mokgwa`` method,
``akhaonto`` account, ``molaetsa`` message, ``baeng`` guests (from her address book), ``kgomo``
a cow, ``morekisi`` seller, ``theko`` price, ``diaparo`` attire, ``sefuba`` bust, ``letheka``
waist, ``dinoka`` hips, ``botelele`` height, ``dijo`` food, ``lenaneo`` programme,
``ditshenyegelo`` expenses, ``mmino`` music, ``nyaka`` search. Sign-up with the family's totem,
log-in, ``/nna``, the event at the family's yard, the delegation, the agreed lobola, her
contribution (EFT), the contributions list, guests from her address book, a cow bought, her
dress with her measurements (multipart), catering (msgpack), the programme, the family chat, a
receipt by contribution number in the path, an offline ledger (JSON Lines), a DJ booked, a
search, a session cookie, push and events. "lobola", "magadi", "bogadi" and "bride price"
matched no app in ``scripts/`` (set 126's family-obligation ledger is a Samoan fa'alavelave)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
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
    SENS,
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
from eval_families24_kit import claims, rid
from eval_families248_kit import (
    BRIDE,
    BROTHER_IL,
    CONTRIB,
    ELDERS,
    EVENT,
    HOME_AT,
    HUSBAND,
    MIL_AT,
    MIL_HOME,
    MOTHER_IL,
    ZA_ACCOUNT,
    fix,
    hd,
    sediriswa,
)
from eval_families248_sdk import bm_batch, bm_identify, bn_bid, tk_event, tk_launch, tk_link
from eval_families248_svc import hl_message, mt_geocode, mt_route, pt_wallet
from eval_payloads import EMAIL, INSTALL_ID, PHONE, USER_ID, Case, J, L, U, case

APP = App("magadi", "Magadi", "com.example.magadi", "1.3.0", "https://api.magadi.example.net")
IID = "X-Magadi-Sediriswa"
PW = "Kwena@Mahwelereng"
FIT, CONTACTS = "health.fitness", "content.contacts"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, nso=True, **kw)


def magadi() -> list[Case]:
    rng = random.Random(24841)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imeile=L(EMAIL, MAIL), mogala=L(E164, TEL),
                                    moletlo=EVENT))}
    mla, mlo = fix(MIL_AT)
    ev_ = f"{a}/v1/meletlo/{EVENT}"
    receipt = at_path(case(f, f"{a}/v1/dikabelo/{CONTRIB}/rasiti", headers=_h(rng, **b)),
                      CONTRIB, BUY)
    return [
        case(f, f"{a}/v1/ngwadiso", headers=_h(rng), body={
            "leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC), "mogala": L(PHONE, TEL),
            "imeile": L(EMAIL, MAIL), "sephiri": L(PW, CRED),
            "lapa": {"seboko": L("Kwena", SENS), "setshaba": L("Bapedi", SENS),
                     "kamano": "ngwetsi"}}),
        case(f, f"{a}/v1/tsena", fmt="form", headers=_h(rng), body={
            "mogala": L(E164, TEL), "sephiri": L(PW, CRED)}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/meletlo", headers=_h(rng, **b), body={
            "moletlo": EVENT, "mohuta": "magadi_le_lenyalo", "letsatsi": "2026-04-11",
            "lefelo": {"aterese": L(MIL_HOME["line"], ADDR), "selete": L(MIL_HOME["area"], COARSE),
                       "toropo": L(MIL_HOME["town"], COARSE), "lat": mla, "lng": mlo},
            "monyadi": {"leina": L(BROTHER_IL[0], NAMEC), "mogala": L(BROTHER_IL[1], TEL)},
            "monyalwa": {"leina": L(BRIDE[0], NAMEC), "mogala": L(BRIDE[1], TEL),
                         "toropo": L("Lebowakgomo", COARSE)}}),
        case(f, f"{ev_}/baromiwa", headers=_h(rng, **b), body={
            "baromiwa": [{"leina": L(ELDERS[0][0], NAMEC), "mogala": L(ELDERS[0][1], TEL),
                          "kamano": "malome"},
                         {"leina": L(ELDERS[1][0], NAMEC), "mogala": L(ELDERS[1][1], TEL),
                          "kamano": "rakgadi"}],
            "seboko": L("Kwena", SENS), "go_fihla": "09:00"}),
        case(f, f"{ev_}/magadi", headers=_h(rng, **b), body={
            "dikgomo": 8, "theko_ka_kgomo": 6000, "palomoka": L(48000, BUY),
            "tefo_ya_pele": L(20000, BUY),
            "tumelano": L("Malome o dumetše dikgomo tše seswai; tše nne di lefša ka Aporele, tše "
                          "dingwe ka Disemere.", TEXT)}),
        case(f, f"{a}/v1/dikabelo", headers=_h(rng, **b), body={
            "moletlo": EVENT, "kabelo": L(CONTRIB, BUY), "palo": L(5000, BUY),
            "mokgwa": "EFT", "akhaonto": L(ZA_ACCOUNT, PAY),
            "molaetsa": L("Kabelo ya ka le Lesiba go magadi a Tshepo", f"{TEXT}|{BUY}")}),
        case(f, f"{a}/v1/dikabelo", headers=_h(rng, **b), query={
            "moletlo": EVENT, "letlakala": "1"}),
        case(f, f"{ev_}/baeng", headers=_h(rng, **b), body={
            "mothopo": "puku_ya_megala",
            "baeng": [{"leina": L(n, CONTACTS), "mogala": L(p, CONTACTS)} for n, p in [
                ("Koketso Maake", "+27715550131"), ("Mpho Lekota", "+27825550197"),
                ("Thabo Sebati", "+27605550149"), ("Refiloe Mokoena", "+27735550118")]]}),
        case(f, f"{a}/v1/kgomo", headers=_h(rng, **b), body={
            "moletlo": EVENT, "morekisi": "fm_moshate_cattle", "mogala_wa_morekisi":
            "+27155550190", "theko": L(9500, BUY), "go_tsea": "2026-04-10",
            "lefelo_la_go_tsea": {"lat": -24.20117, "lng": 28.94402}}),
        multipart(f, f"{a}/v1/diaparo", [
            ("seswantsho", "lesela.jpg", "image/jpeg", L(JPEG + b"\x4b", MEDIA)),
            ("meta", None, "application/json", {
                "mohuta": "seshweshwe", "mmala": "tala",
                "sefuba": L(92, FIT), "letheka": L(76, FIT), "dinoka": L(101, FIT),
                "botelele": L(168, FIT), "palo": L(1200, BUY)})],
            headers=_h(rng, **b)),
        case(f, f"{ev_}/dijo", fmt="msgpack", headers=_h(rng, **b), body={
            "baeng": 150, "lenaneo_la_dijo": ["bogobe", "nama_ya_kgomo", "morogo", "dinawa",
                                             "salate_ya_beetroot"],
            "moapei": "ct_mokopane_kitchen", "palomoka": L(18500, BUY)}),
        case(f, f"{a}/v1/dithente", fmt="form", headers=_h(rng, **b), body={
            "moletlo": EVENT, "bogolo": "batho_150", "palo": L("2300.00", BUY),
            "aterese": L(MIL_HOME["line"], ADDR), "toropo": L(MIL_HOME["town"], COARSE),
            "go_romela": "2026-04-10", "mogala_gae": L(MOTHER_IL[1], TEL)}),
        case(f, f"{ev_}/lenaneo", headers=_h(rng, **b), body={
            "dikarolo": [{"nako": "09:00", "tiragalo": "poledisano"},
                         {"nako": "13:00", "tiragalo": "dijo"},
                         {"nako": "15:00", "tiragalo": "go_bina"}]}),
        case(f, f"{ev_}/melaetsa", headers=_h(rng, **b), body={
            "sehlopha": "lapa_mashilo",
            "molaetsa": L("Matsale, re tla fihla Mahwelereng ka Labohlano mantšiboa le "
                          "ditente.", TEXT)}),
        receipt,
        lines(f, f"{a}/v1/ditshenyegelo/sync", [
            {"op": "tshenyegelo", "palo": L(2300, BUY), "tlhaloso": "tente", "by": L(USER_ID,
                                                                                      UID)},
            {"op": "kabelo", "motho": L(BROTHER_IL[0], NAMEC), "palo": L(3000, BUY)},
            {"op": "kabelo", "motho": L(HUSBAND[0], NAMEC), "palo": L(5000, BUY)}],
            headers=_h(rng, **b)),
        case(f, f"{ev_}/mmino", headers=_h(rng, **b), body={
            "mohuta": "DJ", "palo": L(2500, BUY), "nako": "15:00-22:00",
            "aterese": L(MIL_HOME["line"], ADDR), "mogala_wa_rena": L(MOTHER_IL[1], TEL)}),
        case(f, f"{a}/v1/nyaka", headers=_h(rng, **b), query={
            "q": L("tente ya batho ba 150 Mokopane", SEARCH)}),
        case(f, f"{a}/v1/nna/dikgetho", headers=_h(rng, how="none"), cookies={
            "mg_sesene": L(opaque(rng, "", 40), CRED), "mg_sediriswa": L(INSTALL_ID, DID),
            "mg_req": rid(rng)}),
        case(f, f"{a}/v1/sediriswa", headers=_h(rng, **b), body=sediriswa(push_token(rng))),
        case(f, f"{a}/v1/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "mosomisi": L(USER_ID, UID), "ditiragalo": [
                ev("kabelo_e_rometswe", 1, palo=L(5000, BUY)),
                ev("sekirini", 2, sekirini=L("Ditshenyegelo", USAGE))]}),
    ]


def magadi_sdks() -> list[Case]:
    rng = random.Random(24842)
    link = U("https://magadi.example.net/ml", {"moletlo": EVENT, "mm": "whatsapp",
                                               "imeile": L(EMAIL, MAIL)})
    return [
        bm_batch(APP, rng, [("Contribution Sent", {"amount": L(5000, BUY)}),
                            ("Guests Imported", {"count": 4})], at=MIL_AT, nd=2,
                 locale="nso_ZA"),
        bm_identify(APP, rng, {"toropo": L("Polokwane", COARSE), "seboko": L("Kwena", SENS)}),
        tk_launch(APP, rng, first=True),
        tk_link(APP, rng, link),
        tk_event(APP, rng, "contribution", {"kabelo": L(CONTRIB, BUY)}, revenue=5000.0,
                 hashed=True),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=HOME_AT, nd=3,
               keywords="wedding,catering,tents"),
        pt_wallet(APP, rng, "5000", L(E164, TEL)),
        mt_geocode(APP, rng, "Mahwelereng Zone 1", SEARCH, near=HOME_AT, nd=2),
        mt_route(APP, rng, [(HOME_AT, PRECISE), (MIL_AT, PRECISE)]),
        hl_message(APP, rng, L("Kabelo ya ka ya R5000 ga e bontšhwe", f"{TEXT}|{BUY}"),
                   {"moletlo": EVENT}),
    ]
