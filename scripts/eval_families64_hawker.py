"""Singapore hawker-centre ordering app "Tapaulah" (its API's keys are Hanyu Pinyin: xingming
name, shouji phone, dizhi address, shengri birthday, shenfenzheng identity number, youxiang
e-mail, weizhi position, weidu/jingdu latitude/longitude, dingdan order, jine amount; she is on a
six-month posting in Singapore, her US SIM roaming): sign-up, an SMS log-in, ``/wo``, stalls
nearby, a centre's stalls, a search, a cart (msgpack), a dine-in order with an allergy note, its
payment and status by number in the path, a delivery address and order, the wallet's identity
check (her work pass) and a top-up, a table check-in with the centre's Wi-Fi, a split bill, a
review, favourites, the profile, the device, events, vouchers by a cookie GET, a membership."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CARRIER,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    GENDER,
    JPEG,
    MAIL,
    MCCMNC,
    MED,
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
    WIFI,
    multipart,
    push_token,
)
from eval_families18_kit import NATID
from eval_families20_kit import DOB, App, ev, opaque, play_token
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families64_kit import (
    CENTRE,
    CENTRE_FIX,
    CENTRE_WIFI,
    COLLEAGUE_SG,
    DINGDAN,
    FIN,
    SG_HOME,
    SG_HOME_AT,
    STALL,
    fix,
    obj,
)
from eval_families64_sdk import (
    bm_bid,
    cq_crash,
    cq_crumb,
    ek_batch,
    ek_identify,
    rr_event,
    rr_session,
)
from eval_families64_svc import ab_reverse, ht_message, pc_register, pw_card
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("tapaulah", "Tapaulah", "com.example.tapaulah", "5.12.1",
          "https://api.tapaulah.example.com")
IID = "X-TPL-Shebei"
MIMA = "Kaya-Toast-0917"
SG, SGLOC = "Asia/Singapore", "en_SG"
WAISONG = "TPL-251209-04452"  # the delivery order's number


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("en-SG,en;q=0.9,zh-SG;q=0.7", DEV)
    return h


def tapaulah() -> list[Case]:
    rng = random.Random(6411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, youxiang=L(EMAIL, MAIL), shouji=L(E164, TEL)))}
    cla, clo = fix(CENTRE_FIX)
    hla, hlo = fix(SG_HOME_AT)
    menu = [{"id": "m_118", "mingcheng": "Roasted chicken rice (large)", "shuliang": 1,
             "danjia": 5.5}, {"id": "m_121", "mingcheng": "Barley (iced)", "shuliang": 1,
                              "danjia": 1.8}]
    zhuangtai = at_path(case(f, f"{a}/api/v3/dingdan/{DINGDAN}/zhuangtai",
                             headers=_h(rng, auth="bearer")), DINGDAN, BUY)
    return [
        case(f, f"{a}/api/v3/yonghu/zhuce", headers=_h(rng), body={
            "xingming": L(NAME, NAMEC), "shouji": L(E164, TEL), "youxiang": L(EMAIL, MAIL),
            "mima": L(MIMA, CRED), "shengri": L(DOB, BIRTH), "yaoqingma": "MAKAN5",
            "tongyi_tiaokuan": True}),
        case(f, f"{a}/api/v3/yonghu/denglu", fmt="form", headers=_h(rng), body={
            "shouji": L(PHONE, TEL), "yanzhengma": L("482915", CRED), "leixing": "sms"}),
        case(f, f"{a}/api/v3/yonghu/wo", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/tanwei/fujin", headers=_h(rng, **b), query={
            "weizhi": L(f"{CENTRE_FIX[0]:.4f},{CENTRE_FIX[1]:.4f}", PRECISE),
            "banjing": "800", "paixu": "juli"}),
        case(f, f"{a}/api/v3/shitang/{CENTRE['id']}/tanwei", headers=_h(rng, **b),
             query={"caidan": "1", "yingye": "1"}),
        case(f, f"{a}/api/v3/sousuo", headers=_h(rng, **b), body={
            "guanjianci": L("claypot rice", SEARCH),
            "weizhi": {"weidu": L(round(CENTRE_FIX[0], 3), PRECISE),
                       "jingdu": L(round(CENTRE_FIX[1], 3), PRECISE)}, "ye": 1}),
        case(f, f"{a}/api/v3/gouwuche", fmt="msgpack", headers=_h(rng, **b), body={
            "tanwei": STALL["id"], "shangpin": menu, "zhuohao": "B-214",
            "beizhu": L("less rice, more cucumber", TEXT)}),
        case(f, f"{a}/api/v3/dingdan", headers=_h(rng, **b), body={
            "dingdan_hao": L(DINGDAN, BUY), "tanwei": STALL["id"], "shangpin": menu,
            "zongji": L("7.30", BUY), "quchan": "dine_in", "zhuohao": "B-214",
            "beizhu": L("No peanuts please, I am allergic", f"{TEXT}|{MED}"),
            "qingqiu_id": rid(rng)}),
        case(f, f"{a}/api/v3/dingdan/{DINGDAN}/zhifu", fmt="form", headers=_h(rng, **b), body={
            "fangshi": "card", "kahao_hou4": L("4444", PAY), "jine": L("7.30", BUY),
            "bizhong": "SGD", "zhifu_token": L(opaque(rng, "pm_", 24), PAY)}),
        zhuangtai,
        case(f, f"{a}/api/v3/waisong/dizhi", headers=_h(rng, **b), body={
            "shoujianren": L(NAME, NAMEC), "shouji": L(NATIONAL, TEL),
            "dizhi": L(SG_HOME["line"], ADDR), "youbian": L(SG_HOME["postal"], COARSE),
            "chengshi": L(SG_HOME["city"], COARSE), "weizhi": {"weidu": hla, "jingdu": hlo},
            "beizhu": L("Leave with the concierge, say it is for Doe in 07-11",
                        f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/api/v3/waisong/dingdan", headers=_h(rng, **b), body={
            "dingdan_hao": L(WAISONG, BUY), "dizhi_id": obj(rng, "addr", 8),
            "tanwei": "st_01_44", "zongji": L("14.60", BUY), "peisongfei": L("2.90", BUY),
            "songda": "2025-12-10T12:30+08:00"}),
        multipart(f, f"{a}/api/v3/qianbao/shiming", [
            ("zhengjian", "work_pass.jpg", "image/jpeg", L(JPEG + b"\x64", f"{MEDIA}|{NATID}")),
            ("xinxi", None, "application/json", {
                "shenfenzheng": L(FIN, NATID), "xingming": L(NAME, NAMEC),
                "shengri": L(DOB, BIRTH), "guoji": "US", "zhengjian_leixing": "EP",
                "youxiaoqi": "2026-06-30"})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/qianbao/chongzhi", fmt="form", headers=_h(rng, **b), body={
            "jine": L("50.00", BUY), "fangshi": "card", "kahao_hou4": L("4444", PAY)}),
        case(f, f"{a}/api/v3/zuowei/qiandao", headers=_h(rng, **b), body={
            "erweima": f"TPL:{CENTRE['id']}:B-214", "weizhi": {"weidu": cla, "jingdu": clo,
                                                            "jingque": 9},
            "wifi": {"ssid": L(CENTRE_WIFI[0], WIFI), "bssid": L(CENTRE_WIFI[1], WIFI)},
            "shitang": {"id": CENTRE["id"], "weidu": CENTRE["lat"], "jingdu": CENTRE["lng"]}}),
        case(f, f"{a}/api/v3/fenzhang", headers=_h(rng, **b), body={
            "dingdan_hao": L(DINGDAN, BUY), "pengyou": [
                {"xingming": L(COLLEAGUE_SG[0], NAMEC), "shouji": L(COLLEAGUE_SG[1], TEL),
                 "fene": L("3.65", BUY)}], "tanwei_dianhua": STALL["phone"]}),
        case(f, f"{a}/api/v3/pingjia", fmt="form", headers=_h(rng, **b), body={
            "tanwei": STALL["id"], "pingfen": "5",
            "pinglun": L("Chicken was silky and the chilli is shiok", TEXT)}),
        case(f, f"{a}/api/v3/shoucang", headers=_h(rng, **b), body={
            "tanwei": [STALL["id"], "st_01_44", "st_03_02"], "uen": STALL["uen"]}),
        case(f, f"{a}/api/v3/yonghu/ziliao", headers=_h(rng, **b), body={
            "xingbie": L("nv", GENDER), "yuyan": L("en", DEV), "tuisong": True,
            "la_du": 1}),
        case(f, f"{a}/api/v3/shebei", headers=_h(rng, **b), body={
            "tuisong_token": L(push_token(rng), DID), "shebei_id": L(INSTALL_ID, DID),
            "anzhuo_id": L(ANDROID_ID, DID), "xinghao": L("Pixel 8", DEV),
            "xitong": L("Android 14", DEV), "yuyan": L(SGLOC, DEV), "shiqu": L(SG, DEV),
            "yunyingshang": L("Example Mobile", CARRIER), "mcc_mnc": L(MCCMNC, CARRIER),
            "manyou": L(True, CARRIER)}),
        case(f, f"{a}/api/v3/shijian", gz=True, headers=_h(rng, **b), body={
            "yonghu_id": L(USER_ID, UID), "shijian": [
                ev("dingdan_wancheng", 1, zongji=L(7.3, BUY)), ev("fenzhang", 2),
                ev("yemian", 3, yemian=L("TanweiXiangqing", USAGE))]}),
        case(f, f"{a}/api/v3/youhuiquan", headers=_h(rng, how="none"), cookies={
            "tpl_sess": L(opaque(rng, "", 40), CRED), "tpl_shebei": L(INSTALL_ID, DID),
            "tpl_req": rid(rng)}),
        case(f, f"{a}/api/v3/huiyuan/yanzheng", headers=_h(rng, **b), body={
            "chanpin": L("tapaulah_plus_month", BUY), "jiage": L("4.98", BUY),
            "dingdan": L("GPA.3390-1128-4471-20318", BUY), "token": L(play_token(rng), BUY)}),
    ]


def tapaulah_sdks() -> list[Case]:
    rng = random.Random(6412)
    return [
        ek_batch(APP, rng, [("Order Placed", {"total": L(7.3, BUY), "stall": STALL["id"]}),
                            ("Search", {"q": L("claypot rice", SEARCH)})],
                 at=CENTRE_FIX, nd=2, tz=SG, locale="en-SG"),
        ek_identify(APP, rng, {"city": L("Singapore", COARSE),
                               "postal": L(SG_HOME["postal"], COARSE), "plus": True}),
        rr_session(APP, rng, first=True),
        rr_event(APP, rng, "purchase", {"order": L(DINGDAN, BUY), "mode": "dine_in"},
                 revenue=7.3, currency="SGD", hashed=True),
        bm_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=CENTRE_FIX, nd=3, country="SGP",
               tz_min=480, keywords="hawker,chicken rice,kopi"),
        cq_crash(APP, rng, ("java.lang.IllegalStateException", "cart stall mismatch"),
                 [cq_crumb("navigation", "Centre -> Stall", {"stall": STALL["id"]}),
                  cq_crumb("request", "POST /api/v3/gouwuche", {"status": 409})],
                 screen="StallActivity", tz=SG, locale=SGLOC),
        pc_register(APP, rng, tz=SG, locale=SGLOC, at=SG_HOME_AT, nd=2,
                    tags={"centre_fav": CENTRE["id"], "plus": "1"}),
        pw_card(APP, rng, postal=L(SG_HOME["postal"], COARSE)),
        ab_reverse(APP, rng, SG_HOME_AT, PRECISE, nd=5),
        ht_message(APP, rng, L(f"Order {DINGDAN} says ready but the stall is closed",
                               f"{TEXT}|{BUY}"), {"order": L(DINGDAN, BUY)}),
    ]
