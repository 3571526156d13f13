"""An escape-room quest app "Tabyshmaq" (tabyshmaq riddle: a chain of quest rooms in Ufa and
Sterlitamak; she books a room in Sterlitamak for her husband's cousin's birthday). Its API's keys
are Bashkir in Latin letters with Russian loans (``kvest``, ``bron``, ``promo``), ASCII-folded:
``isem`` name, ``telefon``, ``pochta`` e-mail, ``yashyryn_huz`` password (lit. "secret word"),
``kod`` code, ``tyugan_kon`` birth date, ``qala`` town, ``kinlek`` / ``ozonloq`` latitude /
longitude, ``kon`` day, ``waqyt`` time, ``uyynsylar`` players, ``isemlek`` list, ``komanda``
team, ``bala`` child, ``yash`` age, ``ata_ina`` parent, ``qultamga`` signature, ``hum`` amount,
``tulau`` payment, ``songy_dort`` last four, ``yardam`` hint, ``hurat`` photo, ``yazyu``
caption, ``baha`` rating, ``fiker`` comment, ``ezlau`` search, ``bulak`` gift, ``kemga`` to
whom, ``khabar`` message, ``laqap`` nickname, ``uryn`` place, ``qorolma`` device,
``waqigalar`` events): sign-up, an SMS log-in, ``/min``, rooms in Sterlitamak (2 decimals), free
times, the booking with the players' names, the payment, a promo code, the parent's waiver for
her son (signature image), a check-in at the venue, a hint, the team photo, a rating, a search, a
gift certificate for her husband, the booking by number in the path, a leaderboard nickname,
bookings by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families241_kit import (
    HUSBAND,
    MIL_AT,
    QUEST_BOOKING,
    SON,
    TZ,
    VENUE,
    VENUE_FIX,
    fix,
    hd,
    obj,
)
from eval_families241_sdk import (
    bt_event,
    bt_launch,
    is_batch,
    is_pixel,
    sc_crash,
    sc_crumb,
    tb_bid,
    tb_notice,
)
from eval_families241_svc import ip_register, tp_card, tp_confirm, um_route, yf_eval
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("tabyshmaq", "Tabyshmaq", "com.example.tabyshmaq", "2.0.5",
          "https://api.tabyshmaq.example.net")
IID = "X-Tabyshmaq-Install"
PW = "Tabyshmaq_2512"
KID = f"{SON['first']} {SON['last']}"
COUSIN = "Azat Yulmukhametov"  # her husband's cousin (a name she types: contact.name)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ba=True, **kw)


def tabyshmaq() -> list[Case]:
    rng = random.Random(24151)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, pochta=L(EMAIL, MAIL), telefon=L(NATIONAL, TEL)))}
    vla, vlo = fix(VENUE_FIX)
    booking = at_path(case(f, f"{a}/v1/bron/{QUEST_BOOKING}", headers=_h(rng, **b)),
                      QUEST_BOOKING, BUY)
    return [
        case(f, f"{a}/v1/terkaleu", headers=_h(rng), body={
            "isem": L(f"{FIRST} {LAST}", NAMEC), "telefon": L(NATIONAL, TEL),
            "pochta": L(EMAIL_MIXED, MAIL), "yashyryn_huz": L(PW, CRED),
            "tyugan_kon": L("17.05.1991", BIRTH), "qala": L("Ufa", COARSE),
            "yanylyqtar": False}),
        case(f, f"{a}/v1/ineu/sms", fmt="form", headers=_h(rng), body={
            "telefon": L(NATIONAL, TEL), "kod": L("7731", CRED)}),
        case(f, f"{a}/v1/min", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/kvestlar", headers=_h(rng, **b), query={
            "qala": L("Sterlitamak", COARSE), "kinlek": L(f"{MIL_AT[0]:.2f}", COARSE),
            "ozonloq": L(f"{MIL_AT[1]:.2f}", COARSE), "uyynsylar": "6", "balalar": "1"}),
        case(f, f"{a}/v1/kvestlar/kv_shulgan_tash/waqyttar", headers=_h(rng, **b), query={
            "kon": "2025-12-20", "filial": VENUE["id"]}),
        case(f, f"{a}/v1/bron", headers=_h(rng, **b), body={
            "kvest": "kv_shulgan_tash", "filial": VENUE["id"], "bron": L(QUEST_BOOKING, BUY),
            "kon": "2025-12-20", "waqyt": "17:30", "uyynsylar": 6, "hum": L(6000, BUY),
            "isemlek": [L(HUSBAND[0], NAMEC), L(COUSIN, NAMEC), L(KID, NAMEC)],
            "balalar": [{"yash": L(10, BIRTH)}], "komanda": "Ural batyrzary",
            "khabar": L("Azatqa 30 yash tula, tort alyp kilabez, sham yandyrarga yarayzyrmy?",
                        TEXT)}),
        case(f, f"{a}/v1/tulau", fmt="form", headers=_h(rng, **b), body={
            "bron": L(QUEST_BOOKING, BUY), "hum": L("5400.00", BUY),
            "metod": L(opaque(rng, "pm_", 24), PAY), "songy_dort": L("4444", PAY)}),
        case(f, f"{a}/v1/promo", fmt="form", headers=_h(rng, **b), body={
            "kod": "QYSH10", "bron": L(QUEST_BOOKING, BUY)}),
        multipart(f, f"{a}/v1/rizalyq", [
            ("qultamga", "qultamga.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(26), MEDIA)),
            ("meta", None, "application/json", {
                "bron": L(QUEST_BOOKING, BUY), "bala": L(KID, NAMEC),
                "tyugan_kon": L(SON["dob"], BIRTH), "ata_ina": L(f"{FIRST} {LAST}", NAMEC),
                "forma": "12_yashqa_tiklem_v2"})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/checkin", headers=_h(rng, **b), body={
            "bron": L(QUEST_BOOKING, BUY), "uryn": {"kinlek": vla, "ozonloq": vlo},
            "filial": {"id": VENUE["id"], "kinlek": VENUE["lat"], "ozonloq": VENUE["lon"]}}),
        case(f, f"{a}/v1/uyyn/yardam", fmt="form", headers=_h(rng, **b), body={
            "uyyn": obj(rng, "gm"), "tabyshmaq": "7", "yardam_hany": "2"}),
        multipart(f, f"{a}/v1/hurattar", [
            ("hurat", "komanda.jpg", "image/jpeg", L(JPEG + b"\x77", MEDIA)),
            ("meta", None, "application/json", {
                "bron": L(QUEST_BOOKING, BUY),
                "yazyu": L("58 minutta syqtyq! Arslan kodty tapty", f"{TEXT}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/baha", fmt="form", headers=_h(rng, **b), body={
            "kvest": "kv_shulgan_tash", "baha": "5",
            "fiker": L("Shulgan-Tash mamyqtary bik matur, balalar ozon hoylap yorone", TEXT)}),
        case(f, f"{a}/v1/ezlau", headers=_h(rng, **b), query={
            "q": L("balalar menan qorqynysh bulmagan kvest Ofo", SEARCH)}),
        case(f, f"{a}/v1/sertifikat/bulak", headers=_h(rng, **b), body={
            "kemga": {"isem": L(HUSBAND[0], NAMEC), "telefon": L(HUSBAND[1], TEL)},
            "khabar": L("Ilshat, tyugan konon menan! Dushtaryn menan barygyz.", TEXT),
            "hum": L(4000, BUY), "dizayn": "qysqy"}),
        booking,
        case(f, f"{a}/v1/reyting", headers=_h(rng, **b), body={
            "laqap": L("jane_ofo", UID), "kvest": "kv_shulgan_tash", "waqyt_s": 3482,
            "komanda": "Ural batyrzary"}),
        case(f, f"{a}/v1/bronlar", headers=_h(rng, how="none"), cookies={
            "tq_sid": L(opaque(rng, "", 40), CRED), "tq_qorolma": L(INSTALL_ID, DID),
            "tq_req": rid(rng)}),
        case(f, f"{a}/v1/qorolma", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "qorolma_id": L(INSTALL_ID, DID),
            "tel": L("ba", DEV), "waqyt_bulkate": L(TZ, DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/waqigalar", gz=True, headers=_h(rng, **b), body={
            "qullanyusy": L(USER_ID, UID), "waqigalar": [
                ev("bron", 1, kvest="kv_shulgan_tash"), ev("ekran", 2, ekran=L("Reyting", USAGE))]}),
        case(f, f"{a}/v1/sygyu", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "qorolma": L(INSTALL_ID, DID)}),
    ]


def tabyshmaq_sdks() -> list[Case]:
    rng = random.Random(24152)
    return [
        is_batch(APP, rng, [("Quest Booked", {"total": L(6000, BUY)}),
                            ("Checked In", {"venue": VENUE["id"]})], at=VENUE_FIX, nd=3),
        is_pixel(APP, rng, "Room Viewed", {"room": "kv_shulgan_tash"}),
        bt_launch(APP, rng, first=True),
        bt_event(APP, rng, "purchase", {"bron": L(QUEST_BOOKING, BUY)}, revenue=5400.0,
                 hashed=True),
        tb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, keywords="quest,party,birthday"),
        tb_notice(APP, rng, "win"),
        sc_crash(APP, rng, ("java.lang.IndexOutOfBoundsException", "slot 7"),
                 [sc_crumb("nav", "Kvest -> Waqyttar"), sc_crumb("tap", "slot_1730")],
                 screen="WaqyttarActivity"),
        yf_eval(APP, rng, {"filial": VENUE["id"], "qala": L("Sterlitamak", COARSE)}, hdr=True),
        ip_register(APP, rng, at=VENUE_FIX, nd=2, tags={"filial": VENUE["id"]}),
        tp_card(APP, rng),
        tp_confirm(APP, rng, "5400.00"),
        um_route(APP, rng, [(MIL_AT, PRECISE), ((VENUE["lat"], VENUE["lon"]), None)],
                 mode="driving"),
    ]
