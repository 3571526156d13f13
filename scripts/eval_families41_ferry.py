"""Greek ferry and island travel app "Kymata" (its API's keys are Greeklish; she spends the summer
in Athens): sign-up, a log-in, ``/ego``, a route search, ports near her flat, a booking for her
and a friend (passport and ID card numbers, a disability discount, a cabin, a rental car on
board), the payment, the tickets by reference and a boarding pass by ticket number in the path,
online check-in with a passport scan, her position on deck for arrival alerts, the ship's Wi-Fi
voucher (msgpack), an island guide search, a transfer from the port, her Athens address for the
invoice, a lost-item report, a review, a cancellation, push, events and points by a cookie GET."""

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
    MEDIA,
    NAMEC,
    NATIONAL,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    WIFI,
    multipart,
    pb,
    push_token,
    raw,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families41_kit import (
    CAR_PLATE,
    FRIEND_GR,
    GR_HOME,
    GR_HOME_AT,
    KRATISI,
    NAXOS,
    NAXOS_FIX,
    OFFICE_GR,
    ON_BOARD,
    PASSPORT_US,
    PIRAEUS,
    SHIP,
    TICKETS,
    fix,
)
from eval_families41_sdk import (
    bm_batch,
    bm_identify,
    bq_bid,
    rr_event,
    rr_link,
    sf_crash,
    sf_crumb,
)
from eval_families41_svc import cl_reverse, cl_search, pp_register, sg_flags
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, U, case

APP = App("kymata", "Kymata", "com.example.kymata", "6.2.1", "https://api.kymata.example.com")
IID = "X-Kymata-Syskevi"
KODIKOS = "Thalassa!Naxos24"
ATH = "Europe/Athens"
NAME_FULL = f"{FIRST} {LAST}"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-US,en;q=0.9,el;q=0.7", DEV)
    return h


def kymata() -> list[Case]:
    rng = random.Random(4111)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), onoma=L(FIRST, NAMEC)))}
    b = {"auth": "bearer"}
    lab: dict[str, str] = {}
    thesi = pb([(1, L(TICKETS[0], BUY)), (2, L(round(ON_BOARD[0], 5), PRECISE)),
                (3, L(round(ON_BOARD[1], 5), PRECISE)), (4, 9),
                (5, [(1, SHIP["id"]), (2, SHIP["lat"]), (3, SHIP["lon"])]), (6, True)], "", lab)
    nla, nlo = fix(NAXOS_FIX)
    tk = at_path(case(f, f"{a}/v3/kratiseis/{KRATISI}/eisitiria", headers=_h(rng, **b)),
                 KRATISI, BUY)
    qr = at_path(case(f, f"{a}/v3/eisitiria/{TICKETS[0]}/qr", headers=_h(rng, **b),
                      query={"morfi": "png", "megethos": "480"}), TICKETS[0], BUY)
    return [
        case(f, f"{a}/v3/logariasmos/eggrafi", headers=_h(rng), body={
            "onoma": L(FIRST, NAMEC), "eponymo": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "kodikos": L(KODIKOS, CRED), "tilefono": L(E164, TEL),
            "imerominiaGennisis": L(DOB, BIRTH), "fylo": L("G", GENDER), "ithageneia": "US",
            "newsletter": False, "glossa": L("en", DEV)}),
        case(f, f"{a}/v3/logariasmos/syndesi", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "kodikos": L(KODIKOS, CRED), "thymisou": "1"}),
        case(f, f"{a}/v3/ego", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/diadromes/anazitisi", headers=_h(rng, **b), query={
            "apo": L(PIRAEUS["id"], SEARCH), "pros": L(NAXOS["id"], SEARCH),
            "imerominia": "2025-07-14", "epivates": "2", "oximata": "1", "nomisma": "EUR"}),
        case(f, f"{a}/v3/limania/kontina", headers=_h(rng, **b), query={
            "lat": L(f"{GR_HOME_AT[0]:.3f}", "location.precise"),
            "lon": L(f"{GR_HOME_AT[1]:.3f}", "location.precise"), "aktina": "30"}),
        case(f, f"{a}/v3/kratiseis", headers=_h(rng, **b), body={
            "diadromi": {"apo": PIRAEUS["id"], "pros": NAXOS["id"], "ploio": SHIP["id"],
                         "anaxorisi": "2025-07-14T07:25:00+03:00"},
            "epivates": [
                {"onoma": L(FIRST, NAMEC), "eponymo": L(LAST, NAMEC),
                 "imerominiaGennisis": L(DOB, BIRTH), "fylo": L("G", GENDER),
                 "eggrafo": "diavatirio",
                 "arithmosEggrafou": L(PASSPORT_US, "personal.national_id"),
                 "ithageneia": "US", "ekptosi": None},
                {"onoma": L(FRIEND_GR[0].split()[0], NAMEC),
                 "eponymo": L(FRIEND_GR[0].split()[1], NAMEC), "eggrafo": "taftotita",
                 "arithmosEggrafou": L(FRIEND_GR[1], "personal.national_id"),
                 "ithageneia": "GR", "ekptosi": L("AMEA 67%", SENS)}],
            "kampina": {"katigoria": "A4", "perigrafi": "4-klini esoteriki"},
            "oxima": {"typos": "IX", "pinakida": CAR_PLATE, "mikos": 4.2, "enoikiasmeno": True},
            "synolo": L("187.40", BUY), "nomisma": "EUR"}),
        case(f, f"{a}/v3/kratiseis/{KRATISI}/pliromi", fmt="form", headers=_h(rng, **b), body={
            "kratisi": L(KRATISI, BUY), "poso": L("187.40", BUY), "nomisma": "EUR",
            "tropos": L(opaque(rng, "pm_", 24), PAY), "teleytaia4": L("4444", PAY)}),
        tk,
        qr,
        case(f, f"{a}/v3/checkin", headers=_h(rng, **b), body={
            "eisitirio": L(TICKETS[1], BUY), "epivatis": L(FRIEND_GR[0], NAMEC),
            "arithmosEggrafou": L(FRIEND_GR[1], "personal.national_id"),
            "tilefonoEpikoinonias": L(FRIEND_GR[2], TEL), "liksi": "2031-03-09"}),
        multipart(f, f"{a}/v3/checkin/eggrafo", [
            ("skanarisma", "diavatirio.jpg", "image/jpeg",
             L(JPEG + b"\x41", f"{MEDIA}|personal.national_id")),
            ("stoixeia", None, "application/json", {
                "eisitirio": L(TICKETS[0], BUY),
                "arithmos": L(PASSPORT_US, "personal.national_id"), "xora": "USA"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v3/taxidi/thesi", thesi, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/ploio/wifi", fmt="msgpack", headers=_h(rng, **b), body={
            "ploio": SHIP["id"], "ssid": L("GalineExpress-Guest", WIFI),
            "kouponi": L("GX-77K2-Q9", CRED), "syskevi": L(INSTALL_ID, DID)}),
        case(f, f"{a}/v3/odigos/anazitisi", headers=_h(rng, **b), query={
            "q": L("paralies me skia naxos", SEARCH), "nisi": NAXOS["id"]}),
        case(f, f"{a}/v3/metafores", headers=_h(rng, **b), body={
            "limani": NAXOS["id"], "pros": {"lat": nla, "lon": nlo},
            "ora": "2025-07-14T13:10", "atoma": 2, "aposkeves": 3,
            "onomaKratisis": L(NAME_FULL, NAMEC), "kinito": L(E164, TEL),
            "poso": L("28.00", BUY)}),
        case(f, f"{a}/v3/timologio/dieythinsi", headers=_h(rng, **b), body={
            "odos": L(GR_HOME["odos"], ADDR), "orofos": L(GR_HOME["orofos"], ADDR),
            "tk": L(GR_HOME["tk"], COARSE), "poli": L(GR_HOME["poli"], COARSE),
            "xora": L("GR", COARSE)}),
        case(f, f"{a}/v3/apolesthenta", headers=_h(rng, **b), body={
            "ploio": SHIP["id"], "eisitirio": L(TICKETS[0], BUY),
            "perigrafi": L("Afisa ena mple sakidio sti kampina A4, exei to laptop mou", TEXT),
            "tilefono": L(NATIONAL, TEL), "grafeio": OFFICE_GR}),
        case(f, f"{a}/v3/kritikes", fmt="form", headers=_h(rng, **b), body={
            "ploio": SHIP["id"], "vathmos": "4",
            "sxolio": L("Kathari kampina, alla i kafeteria itan poly akrivi", TEXT)}),
        case(f, f"{a}/v3/kratiseis/{KRATISI}/akyrosi", headers=_h(rng, **b), body={
            "eisitirio": L(TICKETS[1], BUY), "epistrofi": L("41.20", BUY),
            "aitia": L("I fili mou arrostise", f"{TEXT}|health.medical")}),
        case(f, f"{a}/v3/syskeves", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "syskevi": L(INSTALL_ID, DID),
            "montelo": L("Pixel 8", DEV), "leitourgiko": L("Android 14", DEV),
            "zoni": L(ATH, DEV), "glossa": L("en_US", DEV)}),
        case(f, f"{a}/v3/symvanta", gz=True, headers=_h(rng, **b), body={
            "xristis": L(USER_ID, UID), "symvanta": [
                ev("kratisi_oloklirothike", 1, epivates=2), ev("qr_anoixe", 2),
                ev("othoni", 3, othoni=L("EisitirioQR", USAGE))]}),
        case(f, f"{a}/v3/pontoi", headers=_h(rng, how="none"),
             cookies={"kym_sess": L(opaque(rng, "", 40), CRED),
                      "kym_syskevi": L(INSTALL_ID.upper(), DID), "kym_req": rid(rng)}),
    ]


def kymata_sdks() -> list[Case]:
    rng = random.Random(4112)
    link = U("https://kymata.example.com/k/eisitirio", {"kratisi": L(KRATISI, BUY),
                                                         "utm_source": "email"})
    return [
        bm_batch(APP, rng, [("Booking Completed", {"synolo": L(187.4, BUY), "epivates": 2}),
                            ("Route Searched",
                             {"apo": L("PIR", SEARCH), "pros": L("JNX", SEARCH)})],
                 at=GR_HOME_AT, nd=2, tz=ATH),
        bm_identify(APP, rng, {"poli": L("Athina", COARSE), "xora": L("GR", COARSE),
                               "taxidiotis": "kalokairi"}),
        rr_event(APP, rng, "k7x2pa", {"kratisi": L(KRATISI, BUY), "diadromi": "PIR-JNX"},
                 revenue=187.40, currency="EUR", hashed=True),
        rr_link(APP, rng, link),
        bq_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=ON_BOARD, nd=3, country="GRC",
               keywords="nisia,paralies,ferry"),
        sf_crash(APP, rng, ("java.lang.IllegalStateException", "qr bitmap recycled"),
                 [sf_crumb("nav", "Kratiseis -> EisitirioQR"),
                  sf_crumb("net", "GET", {"url": f"{APP.api}/v3/eisitiria", "status": 200})],
                 screen="EisitirioQrActivity", tz=ATH),
        sg_flags(APP, rng, {"agora": "GR", "neaKratisi": True}, get=True),
        pp_register(APP, rng, tz=ATH, at=NAXOS_FIX, nd=2, tags={"limani": "JNX"}),
        cl_search(APP, rng, "Portara Naxos", SEARCH, near=NAXOS_FIX, nd=3),
        cl_reverse(APP, rng, NAXOS_FIX, "location.precise"),
    ]
