"""Eritrean community association app "Gezana" (a Frankfurt association's hall, its Saturday
Tigrinya school and its tombola; Tigrinya keys: ``abal`` member, ``abalnet`` membership, ``bher``
ethnic group, ``haymanot`` religion, ``bete_kristian`` church, ``adarash`` hall, ``kristna``
christening, ``gasha`` guests, ``qedam_tmhrti`` Saturday school, ``temharay`` pupil, ``fluy_hagez``
special support, ``tombola``, ``tkete`` ticket, ``wefeya`` donation, ``srah_tewasai`` volunteer
work, ``album``, with the set's shared keys): joining (ethnic group, religion, her husband), an SMS
code, ``/ane`` (the community as a claim), dues by IBAN, the hall's free dates, the hall booked
for Selam's christening feast (80 days), its payment, the guest list, Abel's enrolment in the
Saturday school (his support need), his class by pupil number, an absence, tombola tickets, a
donation to the church building fund, a check-in at the hall with her fix, an offline queue of
check-ins (msgpack), the volunteer rota, a feast photo, a message to the committee, a search, the
member record by number in the path, receipts by cookie, push, events and a token refresh. Sets
with parishes (101, 102, 115, 151) and associations (residents', cooperatives) differ: this is a
diaspora community's own hall, heritage-language class and tombola; a docstring grep found no
community-hall, tombola or Saturday-school app (set 125's after-school English school is a
business; this class is the community's, inside its association app)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
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
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    BABY,
    DE_IBAN,
    FFM_HOME,
    FFM_HOME_AT,
    HALL,
    HALL_BOOKING,
    HALL_FIX,
    HUSBAND,
    MEMBER,
    MOTHER_IL,
    SISTER_IL,
    SON,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event
from eval_families163_svc import (
    cl_card,
    cl_confirm,
    cl_wallet,
    cy_save,
    hs_message,
    mm_route,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("gezana", "Gezana", "com.example.gezana", "1.4.2", "https://api.gezana.example.org")
IID = "X-Gezana-Device"
PUPIL = "QT-26-0417"  # Abel's Saturday-school pupil number (id.user)
CHURCH = "Kidane Mehret Tewahedo Frankfurt"
COMMUNITY = "Eritreische Gemeinde Gezana Frankfurt"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def gezana() -> list[Case]:
    rng = random.Random(16361)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, abal=L(MEMBER, UID), imeyl=L(EMAIL, MAIL), mahber=L(COMMUNITY, SENS))
        )
    }
    hla, hlo = fix(HALL_FIX)
    rec = at_path(case(f, f"{a}/api/abal/{MEMBER}", headers=_h(rng, **b)), MEMBER, UID)
    kid = {
        "sim": L(SON["first"], NAMEC),
        "sim_abbo": L(SON["last"], NAMEC),
        "elet_wldet": L(SON["dob"], BIRTH),
        "xota": L(SON["sex"], GENDER),
    }
    return [
        case(
            f,
            f"{a}/api/abal/temezgeb",
            headers=_h(rng),
            body={
                "sim": L(FIRST, NAMEC),
                "sim_abbo": L(LAST, NAMEC),
                "imeyl": L(EMAIL, MAIL),
                "kuxri_silki": L(E164, TEL),
                "elet_wldet": L(DOB, BIRTH),
                "menberi": L(FFM_HOME["line"], ADDR),
                "ketema": L(FFM_HOME["town"], COARSE),
                "post_kuxri": L(FFM_HOME["post"], COARSE),
                "bher": L("Tigrinya", SENS),
                "haymanot": L("Orthodox Tewahedo", SENS),
                "abal": L(MEMBER, UID),
                "beal_bet": {"sim": L(HUSBAND[0], NAMEC), "kuxri_silki": L(HUSBAND[1], TEL)},
            },
        ),
        case(
            f,
            f"{a}/api/auth/sms",
            fmt="form",
            headers=_h(rng),
            body={"kuxri_silki": L(E164, TEL), "kod": L("913377", CRED)},
        ),
        case(f, f"{a}/api/ane", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/abalnet/kfli",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "abal": L(MEMBER, UID),
                "meten": L("60.00", BUY),
                "genzeb": "EUR",
                "iban": L(DE_IBAN, PAY),
                "amet": "2026",
            },
        ),
        case(
            f,
            f"{a}/api/adarash/{HALL['id']}/seat",
            headers=_h(rng, **b),
            query={"werhi": "2026-02"},
        ),
        case(
            f,
            f"{a}/api/adarash/tezaz",
            headers=_h(rng, **b),
            body={
                "adarash": HALL["id"],
                "tezaz": L(HALL_BOOKING, BUY),
                "elet": "2026-02-21",
                "ayni": L("kristna", SENS),
                "bete_kristian": L(CHURCH, SENS),
                "wlad": {
                    "sim": L(f"{BABY['first']} {BABY['last']}", NAMEC),
                    "elet_wldet": L(BABY["dob"], BIRTH),
                },
                "gasha_bzhi": 80,
                "meten": L(350, BUY),
            },
        ),
        case(
            f,
            f"{a}/api/mkfal",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "tezaz": L(HALL_BOOKING, BUY),
                "meten": L("350.00", BUY),
                "genzeb": "EUR",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "dhrat_4": L("4444", PAY),
            },
        ),
        case(
            f,
            f"{a}/api/adarash/tezaz/gasha",
            headers=_h(rng, **b),
            body={
                "tezaz": L(HALL_BOOKING, BUY),
                "gasha": [
                    L(MOTHER_IL[0], NAMEC),
                    L(SISTER_IL[0], NAMEC),
                    L("Tekle Habtemariam", NAMEC),
                    L("Almaz Kidane", NAMEC),
                ],
                "mgbi": "zigni, alicha, injera",
            },
        ),
        multipart(
            f,
            f"{a}/api/qedam_tmhrti/temezgeb",
            [
                ("seali", "abel.jpg", "image/jpeg", L(JPEG + b"\x51", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "temharay": dict(kid, kuxri=L(PUPIL, UID)),
                        "kfli": "Fidel 1",
                        "fluy_hagez": L("autism; ab nqeh gzie yhtaj hagez", MED),
                        "fqad_seali": True,
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/qedam_tmhrti/kfli",
            headers=_h(rng, **b),
            query={"temharay": L(PUPIL, UID), "semun": "2026-W06"},
        ),
        case(
            f,
            f"{a}/api/qedam_tmhrti/absence",
            headers=_h(rng, **b),
            body={
                "temharay": L(PUPIL, UID),
                "elet": "2026-02-07",
                "mknyat": L("Abel hmum iyu, hxir tesaHlu", f"{TEXT}|{MED}|{NAMEC}"),
            },
        ),
        case(
            f,
            f"{a}/api/tombola/tkete",
            headers=_h(rng, **b),
            body={
                "tkete": 5,
                "kuxratat": [1042, 1043, 1044, 1045, 1046],
                "meten": L(10, BUY),
                "abal": L(MEMBER, UID),
            },
        ),
        case(
            f,
            f"{a}/api/wefeya",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "fund": L("bete kristian hnxa", SENS),
                "meten": L("50", BUY),
                "genzeb": "EUR",
                "metod": L(opaque(rng, "pm_", 24), PAY),
                "zeyfelet": "false",
            },
        ),
        case(
            f,
            f"{a}/api/ateto",
            headers=_h(rng, **b),
            body={
                "fxame": obj(rng, "fx"),
                "bota": {"kekros": hla, "kentros": hlo, "xuxet": 10},
                "adarash": {"id": HALL["id"], "kekros": HALL["lat"], "kentros": HALL["lon"]},
            },
        ),
        case(
            f,
            f"{a}/api/offline/ateto",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "abal": L(MEMBER, UID),
                "botatat": [
                    {
                        "kekros": L(round(HALL_FIX[0] + 0.00011 * i, 5), PRECISE),
                        "kentros": L(round(HALL_FIX[1] - 0.00009 * i, 5), PRECISE),
                        "t": 1771668000 + 900 * i,
                    }
                    for i in range(3)
                ],
            },
        ),
        case(
            f,
            f"{a}/api/srah_tewasai",
            headers=_h(rng, **b),
            query={"abal": L(MEMBER, UID), "srah": "injera", "werhi": "2026-02"},
        ),
        multipart(
            f,
            f"{a}/api/album",
            [
                ("seali", "kristna.jpg", "image/jpeg", L(JPEG + b"\x52", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "album": "2026-02-kristna",
                        "reyto": L(
                            "Kristna Selam ab Kidane Mehret, ms Filmon kn Abel", f"{TEXT}|{SENS}"
                        ),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/melekti",
            headers=_h(rng, **b),
            body={
                "nab": "committee",
                "text": L(
                    "Nkristna Selam qeshi kab Kidane Mehret kmexu iyom; 80 gasha", f"{TEXT}|{SENS}"
                ),
            },
        ),
        case(
            f,
            f"{a}/api/dleya",
            headers=_h(rng, **b),
            query={"q": L("qedam tmhrti tigrinya Bornheim", SEARCH)},
        ),
        rec,
        case(
            f,
            f"{a}/api/qbeltat",
            headers=_h(rng, how="none"),
            cookies={
                "gz_sesia": L(opaque(rng, "", 40), CRED),
                "gz_mesarhi": L(INSTALL_ID, DID),
                "gz_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/fxametat",
            gz=True,
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [
                    ev("adarash_tezaz", 1),
                    ev("wefeya", 2, fund=L("bete kristian hnxa", SENS)),
                    ev("gexi", 3, gexi=L("Tombola", USAGE)),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def gezana_sdks() -> list[Case]:
    rng = random.Random(16362)
    return [
        mc_batch(
            APP,
            rng,
            [("Hall Booked", {"total": L(350, BUY)}), ("Tombola Bought", {"tickets": 5})],
            at=HALL_FIX,
            nd=2,
            locale="ti_DE",
        ),
        mc_identify(
            APP,
            rng,
            {
                "mahber": L(COMMUNITY, SENS),
                "ketema": L("Frankfurt", COARSE),
                "abal": L(MEMBER, UID),
            },
        ),
        tn_event(APP, rng, "donation", {"fund": L("bete kristian hnxa", SENS)}, revenue=50.0),
        cd_crash(
            APP,
            rng,
            ("java.net.SocketTimeoutException", "api/wefeya"),
            [cd_crumb("nav", "Home -> Wefeya"), cd_crumb("tap", "give_button")],
            screen="WefeyaActivity",
        ),
        pt_register(
            APP,
            rng,
            lang="ti",
            at=FFM_HOME_AT,
            nd=2,
            tags={"haymanot": L("tewahedo", SENS), "qedam_tmhrti": True},
        ),
        cy_save(APP, rng, {"analytics": True, "marketing": False}),
        cl_card(APP, rng, email=True),
        cl_confirm(APP, rng, "350.00"),
        cl_wallet(APP, rng, "100", L(E164, TEL)),
        mm_route(APP, rng, [(FFM_HOME_AT, PRECISE), ((HALL["lat"], HALL["lon"]), None)]),
        hs_message(
            APP,
            rng,
            L("Qbelti wefeya bete kristian ayberhn", f"{TEXT}|{SENS}"),
            {"abal": L(MEMBER, UID)},
        ),
    ]
