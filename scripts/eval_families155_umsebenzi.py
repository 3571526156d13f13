"""Family-ceremony planner "Umsebenzi" (a customary feast at the in-laws' homestead in Lutubeni,
Ngqeleni: Anele's imbeleko, the ritual that introduces a child to the family's ancestors; the
user organises the goat, the tent, the food, the guests, the relatives' contributions and the
transport from Gqeberha; isiXhosa keys: ``igama_elipheleleyo`` full name, ``imeyile``,
``ifowuni``, ``iphasiwedi``, ``ikhowudi`` code, ``umsebenzi`` ceremony (its booking number),
``uhlobo`` kind, ``umntwana`` child, ``ikhaya`` homestead, ``ilali`` village, ``isithili``
district, ``ububanzi`` / ``ubude`` latitude / longitude, ``umninimzi`` head of the homestead,
``iindwendwe`` guests, ``umthengisi`` seller, ``ibhokhwe`` goat, ``injongo`` purpose,
``ukuhanjiswa`` delivery, ``iakhawunti`` account, ``intente`` tent, ``izitulo`` chairs,
``ukutya`` food, ``izitya`` dishes, ``amagalelo`` contributions, ``isizalwana`` relative,
``uthutho`` transport, ``ukusuka`` / ``ukuya`` from / to, ``abakhweli`` passengers,
``izimemo`` invitations, ``uhlahlo_lwabiwo_mali`` budget): sign-up, an SMS code, ``/mna``, the
ceremony created, livestock sellers near the homestead (2 decimals), a seller, the goat bought,
its payment by bank account, a tent quote, catering (msgpack), guests from her address book,
SMS invitations (a JSON string), a relative's contribution, the minibus hire, the plan by
ceremony number in the path, a family message, a photo, a search, a cookie GET, the budget
(gzip), push and events. Other sets' ceremonies (an introduction ceremony, a naming ceremony,
alms-giving) are not an ancestral feast planned from a phone; this kind is new."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CONTACTS,
    CRED,
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
from eval_families24_kit import claims, rid
from eval_families155_kit import (
    DAUGHTER,
    FEAST,
    HOMESTEAD,
    HOMESTEAD_AT,
    HUSBAND,
    MOTHER_IL,
    PE_HOME,
    PE_HOME_AT,
    SELLER,
    ZA_ACCOUNT,
    hd,
    obj,
    push,
)
from eval_families155_sdk import (
    ab_event,
    ab_launch,
    ab_link,
    bm_bid,
    cz_session,
    mq_batch,
    mq_queue,
)
from eval_families155_svc import cr_wallet, mk_geocode, mk_route, pq_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, W, case

APP = App("umsebenzi", "Umsebenzi", "com.example.umsebenzi", "1.3.7",
          "https://api.umsebenzi.example.com")
IID = "X-Umsebenzi-Install"
PW = "Imbeleko@2026"
GUESTS = [("Sipho Mgijima", "+27795550131"), ("Zodwa Mgijima-Nkosi", "+27725550176"),
          ("Bongani Qwabe", "+27845550119")]  # relatives from her address book
BOOK = f"{NAMEC}|{CONTACTS}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def umsebenzi() -> list[Case]:
    rng = random.Random(15541)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    fe = L(FEAST, BUY)
    jw = {"Authorization": J(claims(rng, ifowuni=L(E164, TEL), umsebenzi=L(FEAST, BUY)))}
    plan = at_path(case(f, f"{a}/v2/imisebenzi/{FEAST}/uludwe", headers=_h(rng, **b)), FEAST, BUY)
    return [
        case(f, f"{a}/v2/bhalisa", headers=_h(rng), body={
            "igama_elipheleleyo": L(f"{FIRST} {LAST}", NAMEC), "imeyile": L(EMAIL, MAIL),
            "ifowuni": L(E164, TEL), "iphasiwedi": L(PW, CRED), "isixeko": L("Gqeberha", COARSE)}),
        case(f, f"{a}/v2/ngena/sms", fmt="form", headers=_h(rng), body={
            "ifowuni": L(E164, TEL), "ikhowudi": L("508317", CRED)}),
        case(f, f"{a}/v2/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/imisebenzi", headers=_h(rng, **b), body={
            "uhlobo": L("imbeleko", SENS), "umsebenzi": fe, "umhla": "2026-03-14",
            "umntwana": {"igama": L(DAUGHTER["first"], NAMEC), "ifani": L(DAUGHTER["last"], NAMEC),
                         "umhla_wokuzalwa": L(DAUGHTER["dob"], BIRTH)},
            "ikhaya": {"ilali": L(HOMESTEAD["village"], COARSE),
                       "isithili": L(HOMESTEAD["district"], COARSE),
                       "ububanzi": L(HOMESTEAD_AT[0], PRECISE),
                       "ubude": L(HOMESTEAD_AT[1], PRECISE)},
            "umninimzi": {"igama": L(MOTHER_IL[0], NAMEC), "ifowuni": L(MOTHER_IL[1], TEL)},
            "inani_leendwendwe": 80}),
        case(f, f"{a}/v2/abathengisi/kufutshane", headers=_h(rng, **b), query={
            "lat": L(f"{HOMESTEAD_AT[0]:.2f}", COARSE), "lng": L(f"{HOMESTEAD_AT[1]:.2f}", COARSE),
            "uhlobo": "iibhokhwe", "km": "40"}),
        case(f, f"{a}/v2/abathengisi/{SELLER['id']}", headers=_h(rng, **b)),
        case(f, f"{a}/v2/ibhokhwe/thenga", headers=_h(rng, **b), body={
            "umthengisi": SELLER["id"], "umsebenzi": fe,
            "ibhokhwe": {"uhlobo": "white boer goat", "ubudala": "2y", "ixabiso": 2800},
            "isixa": L(2800, BUY), "injongo": L("eyezinyanya, imbeleko", SENS),
            "ukuhanjiswa": {"ilali": L(HOMESTEAD["village"], COARSE),
                            "ifowuni": L(MOTHER_IL[1], TEL)}}),
        case(f, f"{a}/v2/intlawulo", fmt="form", headers=_h(rng, **b), body={
            "umsebenzi": fe, "isixa": L("2800.00", BUY), "imali": "ZAR",
            "iakhawunti": L(ZA_ACCOUNT, PAY), "ikhowudi_yesebe": "250655",
            "ireferensi": rid(rng)}),
        case(f, f"{a}/v2/intente", headers=_h(rng, **b), body={
            "umsebenzi": fe, "ubungakanani": "10x20", "izitulo": 80, "umhla": "2026-03-13",
            "ilali": L(HOMESTEAD["village"], COARSE), "isixa": L(4200, BUY),
            "umboleki": "tent_mthatha_02"}),
        case(f, f"{a}/v2/ukutya", fmt="msgpack", headers=_h(rng, **b), body={
            "umsebenzi": fe, "izitya": [{"isitya": "umngqusho", "inani": 80},
                                        {"isitya": "inyama yenkomo", "inani": 80}],
            "isixa": L(6400, BUY),
            "inkcazo": L("Umakhulu uneswekile, akukho swekile kwiti yakhe", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/iindwendwe", headers=_h(rng, **b), body={
            "umsebenzi": fe, "umthombo": "phonebook",
            "iindwendwe": [{"igama": L(n, BOOK), "ifowuni": L(p, f"{TEL}|{CONTACTS}")}
                           for n, p in GUESTS]}),
        case(f, f"{a}/v2/izimemo", headers=_h(rng, **b), body={
            "umsebenzi": fe, "sms": W({"kubani": [L(p, TEL) for _, p in GUESTS],
                                       "umyalezo": L("Nimenyiwe kwimbeleko ka-Anele eLutubeni "
                                                     "ngomhla we-14 kuMatshi", f"{TEXT}|{SENS}")},
                                      "json")}),
        case(f, f"{a}/v2/amagalelo", fmt="form", headers=_h(rng, **b), body={
            "umsebenzi": fe, "isizalwana": L(GUESTS[0][0], NAMEC), "isixa": L("500", BUY),
            "indlela": "eft"}),
        case(f, f"{a}/v2/uthutho", headers=_h(rng, **b), body={
            "umsebenzi": fe, "ukusuka": {"idilesi": L(PE_HOME["line"], ADDR),
                                         "isixeko": L(PE_HOME["town"], COARSE)},
            "ukuya": {"ilali": L(HOMESTEAD["village"], COARSE)}, "umhla": "2026-03-13",
            "abakhweli": 12, "isixa": L(5500, BUY), "umqhubi": "drv_kombi_77"}),
        plan,
        case(f, f"{a}/v2/imiyalezo", headers=_h(rng, **b), body={
            "iqela": "usapho_mgijima", "umcimbi": obj(rng, "th"),
            "umyalezo": L("Mama, ibhokhwe izakufika ngoLwesihlanu, uLwazi uzakuyamkela", TEXT)}),
        multipart(f, f"{a}/v2/iifoto", [
            ("ifoto", "imbeleko_prep.jpg", "image/jpeg", L(JPEG + b"\x27", MEDIA)),
            ("meta", None, "application/json", {"umsebenzi": fe, "inkcazo": L(
                "Silungiselela imbeleko ka-Anele", f"{TEXT}|{SENS}")})], headers=_h(rng, **b)),
        case(f, f"{a}/v2/ukhangelo", headers=_h(rng, **b), query={
            "q": L("intente yokuqesha Ngqeleni", SEARCH)}),
        case(f, f"{a}/v2/amanqaku", headers=_h(rng, how="none"), cookies={
            "ums_seshoni": L(opaque(rng, "", 40), CRED), "ums_isixhobo": L(INSTALL_ID, DID),
            "ums_req": rid(rng)}),
        case(f, f"{a}/v2/uhlahlo_lwabiwo_mali", gz=True, headers=_h(rng, **b), body={
            "umsebenzi": fe, "izinto": [{"into": "ibhokhwe", "isixa": L(2800, BUY)},
                                        {"into": "intente", "isixa": L(4200, BUY)},
                                        {"into": "ukutya", "isixa": L(6400, BUY)}],
            "isixa_sonke": L(18900, BUY), "amagalelo": L(3500, BUY)}),
        case(f, f"{a}/v2/izixhobo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/iziganeko", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("ibhokhwe_ithengiwe", 1), ev("iscreen", 2, iscreen=L("Iindwendwe", USAGE))]}),
        case(f, f"{a}/v2/umyeni", headers=_h(rng, **b), body={
            "umsebenzi": fe, "umncedisi": {"igama": L(HUSBAND["name"], NAMEC),
                                           "ifowuni": L(HUSBAND["phone"], TEL)},
            "amalungelo": ["budget", "guests"]}),
    ]


def umsebenzi_sdks() -> list[Case]:
    rng = random.Random(15542)
    link = U("https://umsebenzi.example.com/m", {"ums": L(FEAST, BUY), "src": "sms",
                                                 "em": L(EMAIL, MAIL)})
    return [
        mq_batch(APP, rng, [("Ceremony Created", {"kind": L("imbeleko", SENS)}),
                            ("Goat Bought", {"total": L(2800, BUY)})], at=HOMESTEAD_AT, nd=2),
        mq_queue(APP, rng, [("Guest Added", {"count": 3}), ("Budget Opened", {})]),
        ab_launch(APP, rng, first=True, user=True),
        ab_link(APP, rng, link),
        ab_event(APP, rng, "purchase", {"umsebenzi": L(FEAST, BUY)}, revenue=2800.0,
                 currency="ZAR", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="events,catering,tents"),
        cz_session(APP, rng, secs=1290),
        pq_register(APP, rng, tags={"uhlobo": L("imbeleko", SENS)}),
        cr_wallet(APP, rng, "500", L(GUESTS[0][1], TEL)),
        mk_geocode(APP, rng, "Lutubeni Ngqeleni", SEARCH, near=HOMESTEAD_AT, nd=3),
        mk_route(APP, rng, [(PE_HOME_AT, PRECISE), (HOMESTEAD_AT, PRECISE)]),
    ]
