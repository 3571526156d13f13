"""Earthquake damage, relief and repair app "Ngalyang" (a Mandalay relief network's app; she files
for her husband's family house in Maha Aung Myay, damaged in the earthquake; keys in Burmese, MLC
romanisation: ``ngalyang`` earthquake, ``pyakci`` damage, ``ahcang`` level, ``namra`` wall,
``amui`` roof, ``im`` house, ``im_puing_rhang`` house owner, ``ne_thuing_su`` residents,
``danra`` injury, ``danra_ra_su`` injured person, ``akuany`` relief, ``ngwe_akuany`` cash aid,
``akuany_nampat`` relief registration number, ``tai`` tent, ``anggyaniya`` engineer, ``cicac``
inspection, ``pranpra`` repair, ``kanhtruiktha`` contractor, ``ahlu`` donation,
``bhan_akaung`` bank account, plus the set's common words): sign-up, an SMS code,
``/kywannup``, the damage report (the house's address and point, the owner's NRC), damage photos,
her mother-in-law's injury, the cash-aid application (her bank account), a tent, an engineer's
inspection, a protobuf survey beat, the repair quote and deposit, the relief status by number in
the path, a message to the volunteers, relief points near the house, a check-in at one, an
offline damage list (msgpack), a search, a donation, the receipts by cookie, push and events.
Sets 122 and 132 have cyclone evacuation and shelter apps; this one is an earthquake's damage
claim, cash aid and repair for a family house."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
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
from eval_families24_kit import claims, rid
from eval_families161_kit import (
    BENEFICIARY,
    ENGINEER,
    FRC,
    HUSBAND,
    MDY_HOUSE,
    MDY_HOUSE_AT,
    MM_ACCOUNT,
    MOTHER_IL,
    RELIEF_CENTRE,
    fix,
    hd,
    obj,
    push,
)
from eval_families161_sdk import cd_crash, cd_crumb, mc_batch, mc_identify, tn_event, tn_launch
from eval_families161_svc import (
    cl_wallet,
    cy_save,
    fn_eval,
    hs_attach,
    mm_geocode,
    mm_reverse,
    pt_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App(
    "ngalyang", "Ngalyang", "com.example.ngalyang", "1.3.5", "https://api.ngalyang.example.org"
)
IID = "X-Ngalyang-Install"
NID = "personal.national_id"
RELIEF_FIX = (21.969087, 96.085251)  # her phone at the relief point


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, my=True, **kw)


def ngalyang() -> list[Case]:
    rng = random.Random(16131)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, hpun=L(E164, TEL), akuany_nampat=L(BENEFICIARY, UID)))}
    hla, hlo = fix(MDY_HOUSE_AT)
    rla, rlo = fix(RELIEF_FIX, 5)
    lab: dict[str, str] = {}
    beat = pb(
        [
            (1, L(BENEFICIARY, UID)),
            (2, 1765280000),
            (3, [(1, L(MDY_HOUSE_AT[0], PRECISE)), (2, L(MDY_HOUSE_AT[1], PRECISE)), (3, 6.0)]),
            (4, "survey_v2"),
            (5, L(27, DEV)),
        ],
        "",
        lab,
    )
    status = at_path(
        case(f, f"{a}/api/v2/akuany/{BENEFICIARY}/ahcang_ahtany", headers=_h(rng, **b)),
        BENEFICIARY,
        UID,
    )
    return [
        case(
            f,
            f"{a}/api/v2/carangswang",
            headers=_h(rng),
            body={
                "amany": L(f"{FIRST} {LAST}", NAMEC),
                "hpun": L(E164, TEL),
                "imel": L(EMAIL, MAIL),
                "frc": L(FRC, NID),
                "mruinay": L(MDY_HOUSE["township"], COARSE),
                "mrui": L(MDY_HOUSE["town"], COARSE),
                "hcakhcany": "khwe ma (im puing rhang ei)",
            },
        ),
        case(
            f,
            f"{a}/api/v2/otp/atanypru",
            fmt="form",
            headers=_h(rng),
            body={"hpun": L(E164, TEL), "kud": L("918406", CRED)},
        ),
        case(f, f"{a}/api/v2/kywannup", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/v2/im/pyakci",
            headers=_h(rng, **b),
            body={
                "akuany_nampat": L(BENEFICIARY, UID),
                "lipca": L(MDY_HOUSE["line"], ADDR),
                "mruinay": L(MDY_HOUSE["township"], COARSE),
                "mrui": L(MDY_HOUSE["town"], COARSE),
                "tuing": L(MDY_HOUSE["region"], COARSE),
                "ca_tuik": L(MDY_HOUSE["post"], COARSE),
                "tanyne": {"lat": hla, "lng": hlo, "tikya": 6},
                "im_puing_rhang": {
                    "amany": L(MOTHER_IL[0], NAMEC),
                    "hmatpumtang": L(MOTHER_IL[2], NID),
                },
                "ahcang": "pran",
                "namra": "akrang kri:",
                "amui": "pruik kya",
                "ne_thuing_su": 4,
                "ngalyang": "2025-03-28",
            },
        ),
        multipart(
            f,
            f"{a}/api/v2/im/pyakci/dhatpum",
            [
                ("dhatpum", "namra_1.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
                ("dhatpum2", "amui_2.jpg", "image/jpeg", L(JPEG + b"\x42", MEDIA)),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "akuany_nampat": L(BENEFICIARY, UID),
                        "lat": L(f"{MDY_HOUSE_AT[0]:.5f}", PRECISE),
                        "lng": L(f"{MDY_HOUSE_AT[1]:.5f}", PRECISE),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/v2/danra",
            headers=_h(rng, **b),
            body={
                "danra_ra_su": {
                    "amany": L(MOTHER_IL[0], NAMEC),
                    "asak": L(64, BIRTH),
                    "hcakhcany": "yokkhama",
                },
                "danra": L("bhaya khre kyui:, Mandalay General Hospital mha khwai ciit", MED),
                "hce": [L("tramadol 50 mg", MED), L("calcium", MED)],
                "luing_ka": L(True, MED),
                "akuany_nampat": L(BENEFICIARY, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v2/akuany/ngwe",
            headers=_h(rng, **b),
            body={
                "akuany_nampat": L(BENEFICIARY, UID),
                "pamana": L(500000, BUY),
                "ngwe_kraw": "MMK",
                "bhan_akaung": L(MM_ACCOUNT, PAY),
                "akaung_amany": L(f"{FIRST} {LAST}", NAMEC),
                "bhan": "Example Bank Myanmar",
            },
        ),
        case(
            f,
            f"{a}/api/v2/tai",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "akuany_nampat": L(BENEFICIARY, UID),
                "ahrae": "1",
                "ahkri": "4_lu",
                "hcak_swe_ran": L(HUSBAND[1], TEL),
            },
        ),
        case(
            f,
            f"{a}/api/v2/anggyaniya/cicac",
            headers=_h(rng, **b),
            body={
                "akuany_nampat": L(BENEFICIARY, UID),
                "necwai": "2025-12-14",
                "anggyaniya": {"amany": L(ENGINEER[0], NAMEC), "hpun": L(ENGINEER[1], TEL)},
                "lipca": L(MDY_HOUSE["line"], ADDR),
                "cicac_id": obj(rng, "in"),
            },
        ),
        raw(
            f, f"{a}/api/v2/survey/beat", beat, "application/x-protobuf", lab, headers=_h(rng, **b)
        ),
        case(
            f,
            f"{a}/api/v2/pranpra/quote",
            headers=_h(rng, **b),
            body={
                "kanhtruiktha": "ct_shwe_mdy",
                "kanhtruiktha_hpun": "+95292003311",
                "pamana": L(18500000, BUY),
                "akhyin": "45 rak",
                "ahma": L(obj(rng, "rp"), BUY),
                "akuany_nampat": L(BENEFICIARY, UID),
            },
        ),
        case(
            f,
            f"{a}/api/v2/ngwe_pekhye",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "pamana": L("3000000", BUY),
                "ngwe_kraw": "MMK",
                "nany": L(opaque(rng, "pm_", 24), PAY),
                "kat_nauk4": L("4444", PAY),
            },
        ),
        status,
        case(
            f,
            f"{a}/api/v2/catui",
            headers=_h(rng, **b),
            body={
                "lakkhan": "volunteer_desk",
                "catui": L(
                    "Yokkhama Daw Khin Mar Yi khre kyui: ne lui wheelchair lui par tai",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/v2/akuany/htanana/ani",
            headers=_h(rng, **b),
            query={
                "lat": L(f"{MDY_HOUSE_AT[0]:.2f}", COARSE),
                "lng": L(f"{MDY_HOUSE_AT[1]:.2f}", COARSE),
                "amyui": "re,tai,hce",
            },
        ),
        case(
            f,
            f"{a}/api/v2/akuany/htanana/rauk",
            headers=_h(rng, **b),
            body={
                "htanana": RELIEF_CENTRE["id"],
                "tanyne": {"lat": rla, "lng": rlo},
                "htanana_tanyne": {"lat": RELIEF_CENTRE["lat"], "lng": RELIEF_CENTRE["lon"]},
                "akuany_nampat": L(BENEFICIARY, UID),
                "rhu_ra": ["re", "hcan"],
            },
        ),
        case(
            f,
            f"{a}/api/v2/pyitci/offline",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "akuany_nampat": L(BENEFICIARY, UID),
                "pyitci": [
                    {"amyui": "TV", "ahrae": 1},
                    {"amyui": "re khai: cak", "ahrae": 1},
                    {"amyui": "bhura cang", "ahrae": 1},
                ],
                "ci_khyin": 1765290000,
            },
        ),
        case(
            f,
            f"{a}/api/v2/hrahpwe",
            headers=_h(rng, **b),
            query={"q": L("tai akuany Maha Aung Myay", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/v2/ahlu",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "rampum": "rebuild_schools",
                "pamana": L("200000", BUY),
                "nany": L(opaque(rng, "pm_", 24), PAY),
                "amany_pra": "false",
            },
        ),
        case(
            f,
            f"{a}/api/v2/pyecalwha",
            headers=_h(rng, how="none"),
            cookies={
                "ng_session": L(opaque(rng, "", 40), CRED),
                "ng_device": L(INSTALL_ID, DID),
                "ng_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/v2/cak", headers=_h(rng, **b), body=push(push_token(rng), "my_MM")),
        case(
            f,
            f"{a}/api/v2/lhup_rhar_hmu",
            gz=True,
            headers=_h(rng, **b),
            body={
                "user": L(USER_ID, UID),
                "hlup": [ev("pyakci_tang", 1), ev("screen", 2, screen=L("AkuanyStatus", USAGE))],
            },
        ),
    ]


def ngalyang_sdks() -> list[Case]:
    rng = random.Random(16132)
    return [
        mc_batch(
            APP,
            rng,
            [("Damage Reported", {"level": "pran"}), ("Aid Applied", {"amount": L(500000, BUY)})],
            at=MDY_HOUSE_AT,
            nd=2,
            locale="my_MM",
        ),
        mc_identify(
            APP, rng, {"mrui": L("Mandalay", COARSE), "akuany_nampat": L(BENEFICIARY, UID)}
        ),
        tn_launch(APP, rng, first=True, user=True),
        tn_event(APP, rng, "donation", {"rampum": "rebuild_schools"}, revenue=200000.0),
        cd_crash(
            APP,
            rng,
            ("java.io.IOException", "upload interrupted"),
            [cd_crumb("nav", "Pyakci -> Dhatpum"), cd_crumb("tap", "upload")],
            screen="PyakciActivity",
        ),
        fn_eval(APP, rng, {"mrui": L("Mandalay", COARSE), "wave": 3}, hdr=True),
        pt_register(
            APP,
            rng,
            lang="my",
            at=MDY_HOUSE_AT,
            nd=2,
            tags={"mruinay": L("Maha Aung Myay", COARSE)},
        ),
        cy_save(APP, rng, {"analytics": True, "research": True, "marketing": False}),
        cl_wallet(APP, rng, "500000", L(HUSBAND[1], TEL)),
        mm_reverse(APP, rng, MDY_HOUSE_AT, PRECISE, nd=5),
        mm_geocode(APP, rng, "Maha Aung Myay Relief Point 2", SEARCH, near=MDY_HOUSE_AT, nd=3),
        hs_attach(APP, rng, L(JPEG + b"\x49", MEDIA), "namra_krang.jpg", "image/jpeg"),
    ]
