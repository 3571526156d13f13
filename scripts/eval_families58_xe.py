"""Motorbike-taxi and food app "XeNhanh" in Ho Chi Minh City, its API keyed in Vietnamese (she is
there on a three-month posting, on her US SIM roaming): SMS log-in, the profile (``ho_ten``,
``ngay_sinh``, ``gioi_tinh``), ``/toi`` with a JWT, her saved places (``dia_chi``,
``ma_buu_chinh``), bikes nearby, a fare estimate, a ride booked and tracked (msgpack trace,
protobuf heartbeat), a rating with a tip, the trip shared with her partner, a food search, the
menu, an order delivered to her flat with an allergy, its status by number in the path, a
complaint with a photo, a wallet top-up, the wallet's KYC (``cccd``: her passport), push, events,
the trip history by a cookie GET and a referral."""

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
    raw,
)
from eval_families18_kit import NATID
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import PARTNER, PASSPORT
from eval_families24_kit import claims, head
from eval_families37_kit import fix, ride
from eval_families58_kit import (
    QUAN,
    TAI_XE,
    VN_FRIEND,
    VN_HOME,
    VN_HOME_AT,
    VN_NET,
    VN_WORK,
    VN_WORK_AT,
    code,
)
from eval_families58_sdk import (
    bs_bid,
    fp_crumb,
    fp_report,
    gm_batch,
    st_event,
    st_session,
)
from eval_families58_svc import bg_register, cm_reverse, cm_telemetry, cw_card, sw_eval
from eval_payloads import ANDROID_ID, EMAIL, INSTALL_ID, NAME, PHONE, USER_ID, Case, J, L, case

APP = App("xenhanh", "XeNhanh", "com.example.xenhanh", "6.14.2",
          "https://api.xenhanh.example.com")
IID = "X-XN-Device"
HCM = "Asia/Ho_Chi_Minh"
DOB_VN = "17/05/1991"


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    return head(APP, rng, iid=IID, how=how, lang=True, **kw)


def xenhanh() -> list[Case]:
    rng = random.Random(5811)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, sdt=L(E164, TEL), ten=L(NAME, NAMEC)))}
    b = {"auth": "bearer"}
    trip, don = code(rng, "cd_", 10), "XN-DH-2512-44871"
    hla, hlo = fix(VN_HOME_AT)
    wla, wlo = fix(VN_WORK_AT)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, trip), (3, [(1, L(10.777402, PRECISE)),
                                                     (2, L(106.704611, PRECISE))]),
               (4, 23.5), (5, L(61, DEV)), (6, L(VN_NET[0] + VN_NET[1], CARRIER))], "", lab)
    status = at_path(case(f, f"{a}/api/v2/don-hang/{don}/trang-thai", headers=_h(rng, **b)),
                     don, BUY)
    return [
        case(f, f"{a}/api/v2/xac-thuc/otp", fmt="form", headers=_h(rng), body={
            "so_dien_thoai": L(E164, TEL), "kenh": "sms", "ngon_ngu": L("en", DEV)}),
        case(f, f"{a}/api/v2/xac-thuc/xac-minh", fmt="form", headers=_h(rng), body={
            "so_dien_thoai": L(PHONE, TEL), "ma_otp": L("480615", CRED),
            "android_id": L(ANDROID_ID, DID)}),
        case(f, f"{a}/api/v2/nguoi-dung/ho-so", headers=_h(rng, **b), body={
            "ho_ten": L(NAME, NAMEC), "email": L(EMAIL, MAIL), "ngay_sinh": L(DOB_VN, BIRTH),
            "gioi_tinh": L("nu", GENDER), "anh_dai_dien": None, "nhan_khuyen_mai": False}),
        case(f, f"{a}/api/v2/nguoi-dung/toi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/nguoi-dung/dia-chi", headers=_h(rng, **b), body={
            "ten_goi": "Nhà", "dia_chi": L(VN_HOME["dia_chi"], ADDR),
            "phuong": L(VN_HOME["phuong"], COARSE), "quan": L(VN_HOME["quan"], COARSE),
            "thanh_pho": L(VN_HOME["thanh_pho"], COARSE),
            "ma_buu_chinh": L(VN_HOME["ma_buu_chinh"], COARSE), "vi_do": hla, "kinh_do": hlo,
            "ghi_chu_tai_xe": L("Gọi khi đến cổng 21 Nguyễn Trung Ngạn, căn 1204",
                                f"{TEXT}|{ADDR}")}),
        case(f, f"{a}/api/v2/nguoi-dung/dia-chi", headers=_h(rng, **b), body={
            "ten_goi": "Văn phòng", "dia_chi": L(VN_WORK, ADDR),
            "thanh_pho": L("Hồ Chí Minh", COARSE), "vi_do": wla, "kinh_do": wlo}),
        case(f, f"{a}/api/v2/xe/gan-day", headers=_h(rng, **b), query={
            "vi_do": L(f"{VN_HOME_AT[0]:.4f}", PRECISE),
            "kinh_do": L(f"{VN_HOME_AT[1]:.4f}", PRECISE), "loai": "xe_may", "ban_kinh": "800"}),
        case(f, f"{a}/api/v2/chuyen-di/uoc-tinh", headers=_h(rng, **b), body={
            "diem_don": {"lat": hla, "lng": hlo}, "diem_den": {"lat": wla, "lng": wlo},
            "loai_xe": "xe_may", "gia_tham_khao": 32000, "khoang_cach_km": 1.1}),
        case(f, f"{a}/api/v2/chuyen-di", headers=_h(rng, **b), body={
            "ma_chuyen": trip, "diem_don": {"lat": hla, "lng": hlo,
                                            "dia_chi": L(VN_HOME["dia_chi"], ADDR)},
            "diem_den": {"lat": wla, "lng": wlo, "dia_chi": L(VN_WORK, ADDR)},
            "loai_xe": "xe_may", "gia": L(32000, BUY), "ma_khuyen_mai": "SAIGON20",
            "thanh_toan": "the"}),
        case(f, f"{a}/api/v2/chuyen-di/{trip}/vi-tri", fmt="msgpack", headers=_h(rng, **b),
             body={"diem": ride(rng, 6, VN_HOME_AT, VN_WORK_AT), "tai_xe": TAI_XE["id"],
                   "seq": 2}),
        raw(f, f"{a}/api/v2/chuyen-di/{trip}/nhip", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/chuyen-di/{trip}/danh-gia", headers=_h(rng, **b), body={
            "so_sao": 5, "tai_xe": TAI_XE["id"], "tien_tip": L(10000, BUY),
            "binh_luan": L("Anh chạy rất cẩn thận, cảm ơn anh!", TEXT)}),
        case(f, f"{a}/api/v2/chuyen-di/{trip}/chia-se", fmt="form", headers=_h(rng, **b), body={
            "ten_nguoi_nhan": L(PARTNER[0], NAMEC), "sdt_nguoi_nhan": L(PARTNER[1], TEL),
            "bien_so": TAI_XE["bien_so"]}),
        case(f, f"{a}/api/v2/quan-an/tim-kiem", headers=_h(rng, **b), query={
            "tu_khoa": L("cơm tấm sườn", SEARCH), "vi_do": L(f"{VN_WORK_AT[0]:.3f}", PRECISE),
            "kinh_do": L(f"{VN_WORK_AT[1]:.3f}", PRECISE), "trang": "1"}),
        case(f, f"{a}/api/v2/quan-an/{QUAN['id']}/thuc-don", headers=_h(rng, **b),
             query={"ngon_ngu": L("en", DEV)}),
        case(f, f"{a}/api/v2/don-hang", headers=_h(rng, **b), body={
            "ma_don": don, "quan": dict(QUAN), "mon": L([
                {"ma": "m_11", "ten": "Cơm tấm sườn bì chả", "so_luong": 1, "gia": 55000},
                {"ma": "m_42", "ten": "Trà đá", "so_luong": 2, "gia": 5000}], BUY),
            "tong_tien": L(82000, BUY), "phi_giao": 17000,
            "giao_den": {"ho_ten": L(NAME, NAMEC), "so_dien_thoai": L(E164, TEL),
                         "dia_chi": L(VN_HOME["dia_chi"], ADDR), "vi_do": hla, "kinh_do": hlo},
            "ghi_chu": L("Không bỏ đậu phộng, tôi bị dị ứng. Để ở quầy lễ tân.", f"{TEXT}|{MED}"),
            "di_ung": [L("đậu phộng", MED)]}),
        status,
        multipart(f, f"{a}/api/v2/don-hang/{don}/khieu-nai", [
            ("anh", "mon_sai.jpg", "image/jpeg", L(JPEG + b"\x58", MEDIA)),
            ("noi_dung", None, "application/json", {
                "ly_do": "sai_mon", "mo_ta": L("Quán giao nhầm món, có đậu phộng trong đồ ăn",
                                               TEXT)})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/vi/nap-tien", fmt="form", headers=_h(rng, **b), body={
            "so_tien": L("500000", BUY), "phuong_thuc": L(opaque(rng, "pm_", 24), PAY)}),
        multipart(f, f"{a}/api/v2/vi/kyc", [
            ("anh_giay_to", "passport.jpg", "image/jpeg", L(JPEG + b"\x59", f"{MEDIA}|{NATID}")),
            ("thong_tin", None, "application/json", {
                "loai_giay_to": "ho_chieu", "cccd": L(PASSPORT, NATID), "ho_ten": L(NAME, NAMEC),
                "ngay_sinh": L(DOB_VN, BIRTH), "dia_chi": L(VN_HOME["dia_chi"], ADDR)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/thiet-bi", headers=_h(rng, **b), body={
            "fcm": L(push_token(rng), DID), "ma_thiet_bi": L(INSTALL_ID, DID),
            "dong_may": L("Pixel 8", DEV), "he_dieu_hanh": L("Android 14", DEV),
            "mcc_mnc": L("310260", CARRIER), "mang": L(VN_NET[2], CARRIER),
            "mang_mcc_mnc": L(f"{VN_NET[0]}{VN_NET[1]}", CARRIER), "chuyen_vung": True,
            "mui_gio": L(HCM, DEV)}),
        case(f, f"{a}/api/v2/su-kien", gz=True, headers=_h(rng, **b), body={
            "uid": L(USER_ID, UID), "su_kien": [
                ev("dat_xe", 1, loai="xe_may"), ev("dat_do_an", 2, quan=QUAN["id"]),
                ev("man_hinh", 3, ten=L("TheoDoiChuyenDi", USAGE))]}),
        case(f, f"{a}/api/v2/chuyen-di/lich-su", headers=_h(rng, how="nodash"),
             cookies={"xn_sid": L(opaque(rng, "", 40), CRED)}),
        case(f, f"{a}/api/v2/gioi-thieu", fmt="form", headers=_h(rng, **b), body={
            "sdt_ban_be": L(VN_FRIEND, TEL), "ma_gioi_thieu": "JANE8XN"}),
    ]


def xenhanh_sdks() -> list[Case]:
    rng = random.Random(5812)
    return [
        gm_batch(APP, rng, [("Ride Booked", {"vehicle": "motorbike", "fare": L(32000, BUY)}),
                            ("Food Ordered", {"shop": QUAN["id"], "total": L(82000, BUY)})],
                 at=VN_HOME_AT, nd=2, tz=HCM),
        st_session(APP, rng, first=True),
        st_event(APP, rng, "food_order", {"shop": QUAN["id"], "items": 2}, revenue="82000",
                 currency="VND", hashed=True),
        bs_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VN_WORK_AT, nd=3, yob=1991,
               gender="F", ipgeo=("VNM", "SG", "Ho Chi Minh City", None)),
        fp_report(APP, rng, ("java.lang.IllegalStateException", "map not ready"),
                  [fp_crumb("Home -> Booking"), fp_crumb("driver assigned", "log",
                                                         {"driver": TAI_XE["id"]})],
                  screen="BookingActivity", tz=HCM),
        sw_eval(APP, rng, {"city": L("hcm", COARSE), "foodTab": True}),
        bg_register(APP, rng, tz=HCM, tags={"city": L("hcm", COARSE), "lang": "en"}),
        cw_card(APP, rng),
        cm_reverse(APP, rng, VN_HOME_AT, PRECISE, nd=5),
        cm_telemetry(APP, rng, [(10.777402, 106.704611), (10.778233, 106.703904)], PRECISE),
    ]
