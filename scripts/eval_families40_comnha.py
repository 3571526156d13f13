"""Vietnamese food and grocery delivery app "Com Nha" (its API's keys are Vietnamese written
without diacritics; she lives in Ho Chi Minh City for now and roams on her US SIM): sign-up, an
SMS log-in, ``/toi``, her flat and office, restaurants nearby, a search, a menu, a cart (msgpack),
an order and its tracking by number in the path, a chat and a masked call with the courier, a
rating with a tip, a grocery order with a slot, a wrong-item photo, the wallet (top-up, a linked
bank account), a VAT invoice, a region check (SIM and visited network, IP), a referral, push,
events and promotions by a cookie GET."""

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
    IPLOC,
    JPEG,
    MAIL,
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
    push_token,
)
from eval_families20_kit import App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, head, rid
from eval_families40_kit import DON, QUAN, SHIPPER, VISITED, VN_HOME, VN_HOME_AT, VN_WORK_AT, fix
from eval_families40_sdk import (
    ab_event,
    ab_install,
    bv_bid,
    ek_batch,
    ek_traits,
    fh_crumb,
    fh_report,
)
from eval_families40_svc import cl_message, mf_reverse, mf_route, pc_card, pw_register
from eval_payloads import (
    EMAIL,
    INSTALL_ID,
    LOCAL_IP,
    NAME,
    PHONE,
    PUBLIC_IP,
    USER_ID,
    Case,
    J,
    L,
    case,
)

APP = App("comnha", "ComNha", "com.example.comnha", "5.12.3", "https://api.comnha.example.com")
IID = "X-ComNha-Thiet-Bi"
MK = "Pho-Ga-2025!"
VN_TZ, VN_LANG = "Asia/Ho_Chi_Minh", "vi-VN"
FRIEND = ("Nguyen Thi Lan", "+84905550128")  # a friend she refers (typed: contact.*)
BANK_VN = "0071000123456"  # her Vietnamese bank account (financial.payment)


def _h(rng: random.Random, how: str = "plain", **kw: Any) -> dict[str, Any]:
    h = head(APP, rng, iid=IID, how=how, **kw)
    h["Accept-Language"] = L("vi-VN,vi;q=0.9,en;q=0.8", DEV)
    return h


def comnha() -> list[Case]:
    rng = random.Random(4011)
    a, f = APP.api, APP.fam
    jw = {"Authorization": J(claims(rng, sdt=L(E164, TEL), tinhThanh=L("Ho Chi Minh", COARSE)))}
    b = {"auth": "bearer"}
    hla, hlo = fix(VN_HOME_AT, 6)
    wla, wlo = fix(VN_WORK_AT, 5)
    gio = opaque(rng, "gh_", 16)
    track = at_path(case(f, f"{a}/v3/donhang/{DON}/theodoi", headers=_h(rng, **b), query={
        "viDo": L(f"{VN_HOME_AT[0]:.5f}", PRECISE), "kinhDo": L(f"{VN_HOME_AT[1]:.5f}", PRECISE)}),
        DON, BUY)
    return [
        case(f, f"{a}/v3/taikhoan/dangky", headers=_h(rng), body={
            "hoTen": L(NAME, NAMEC), "soDienThoai": L(E164, TEL), "email": L(EMAIL, MAIL),
            "matKhau": L(MK, CRED), "ngaySinh": L("17/05/1991", BIRTH),
            "gioiTinh": L("nu", GENDER), "nhanKhuyenMai": True, "maGioiThieu": "LAN2025"}),
        case(f, f"{a}/v3/taikhoan/otp", fmt="form", headers=_h(rng), body={
            "soDienThoai": L(PHONE, TEL), "kenh": "sms", "ngonNgu": L("vi", DEV)}),
        case(f, f"{a}/v3/taikhoan/xacthuc", fmt="form", headers=_h(rng), body={
            "soDienThoai": L(E164, TEL), "maOtp": L("482913", CRED), "phien": rid(rng)}),
        case(f, f"{a}/v3/toi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v3/diachi", headers=_h(rng, **b), body={
            "nhan": "Nha", "soNha": L(VN_HOME["soNha"], ADDR), "duong": L(VN_HOME["duong"], ADDR),
            "phuong": L(VN_HOME["phuong"], COARSE), "quan": L(VN_HOME["quan"], COARSE),
            "thanhPho": L(VN_HOME["thanhPho"], COARSE), "viDo": hla, "kinhDo": hlo,
            "ghiChu": L("Hem nho ben trai, goi chi Jane khi den", f"{TEXT}|{NAMEC}")}),
        case(f, f"{a}/v3/diachi", headers=_h(rng, **b), body={
            "nhan": "Cong ty", "toaNha": L("Saigon Centre tang 14", ADDR),
            "duong": L("65 Le Loi", ADDR), "quan": L("Quan 1", COARSE), "viDo": wla,
            "kinhDo": wlo}),
        case(f, f"{a}/v3/nhahang/gan-day", headers=_h(rng, **b), query={
            "lat": L(f"{VN_HOME_AT[0]:.4f}", PRECISE), "lng": L(f"{VN_HOME_AT[1]:.4f}", PRECISE),
            "banKinh": "3000", "danhMuc": "bun-pho", "trang": "1"}),
        case(f, f"{a}/v3/timkiem", headers=_h(rng, **b), query={
            "tuKhoa": L("bun bo hue", SEARCH), "quan": L("Quan 1", COARSE), "sapXep": "gan"}),
        case(f, f"{a}/v3/nhahang/{QUAN['id']}/thucdon", headers=_h(rng, **b)),
        case(f, f"{a}/v3/giohang/{gio}", fmt="msgpack", headers=_h(rng, **b), body={
            "nhaHang": QUAN["id"], "mon": [{"id": "m_1182", "soLuong": 2, "gia": 55000},
                                           {"id": "m_1190", "soLuong": 1, "gia": 25000}],
            "capNhat": 1765372811}),
        case(f, f"{a}/v3/donhang", headers=_h(rng, **b), body={
            "maDon": L(DON, BUY), "gioHang": gio, "nhaHang": {
                "id": QUAN["id"], "ten": QUAN["ten"], "diaChi": QUAN["diaChi"],
                "sdt": QUAN["sdt"], "lat": QUAN["lat"], "lng": QUAN["lon"]},
            "giaoDen": {"viDo": hla, "kinhDo": hlo, "nguoiNhan": L(NAME, NAMEC),
                        "sdt": L(E164, TEL)},
            "tamTinh": 135000, "phiGiaoHang": 15000, "tongTien": L(150000, BUY),
            "phuongThuc": "the", "maThe": L(opaque(rng, "pm_", 24), PAY),
            "ghiChu": L("Khong hanh, it cay, them rau", TEXT), "dungCu": False}),
        track,
        case(f, f"{a}/v3/donhang/{DON}/chat", headers=_h(rng, **b), body={
            "taiXe": SHIPPER["id"], "noiDung": L("Em o hem 42/7, cong mau xanh, tang 3 nha",
                                                 f"{TEXT}|{ADDR}"), "maTin": rid(rng)}),
        case(f, f"{a}/v3/donhang/{DON}/goi", fmt="form", headers=_h(rng, **b), body={
            "taiXe": SHIPPER["id"], "soGoi": L(E164, TEL), "anSo": "1"}),
        case(f, f"{a}/v3/donhang/{DON}/danhgia", headers=_h(rng, **b), body={
            "soSao": 5, "taiXe": SHIPPER["id"], "tienBoa": L(20000, BUY),
            "binhLuan": L("Giao nhanh, anh tai xe rat lich su", TEXT)}),
        case(f, f"{a}/v3/dicho/donhang", gz=True, headers=_h(rng, **b), body={
            "maDon": L("CM-251210-11307", BUY), "khungGio": "2025-12-11T18:00/19:00",
            "sanPham": [{"sku": "8934563138165", "sl": 2}, {"sku": "8936036021615", "sl": 1}],
            "thayThe": "goi_dien", "tongTien": L(286000, BUY),
            "giaoDen": {"viDo": hla, "kinhDo": hlo}}),
        multipart(f, f"{a}/v3/donhang/{DON}/khieunai", [
            ("anh", "mon_sai.jpg", "image/jpeg", L(JPEG + b"\x40", MEDIA)),
            ("thongTin", None, "application/json", {
                "maDon": L(DON, BUY), "lyDo": "sai_mon",
                "moTa": L("Toi dat bun bo nhung nhan duoc hu tieu", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v3/vi/naptien", fmt="form", headers=_h(rng, **b), body={
            "soTien": L("500000", BUY), "nguon": "ngan_hang", "maGiaoDich": rid(rng)}),
        case(f, f"{a}/v3/vi/nganhang", headers=_h(rng, **b), body={
            "nganHang": "Ngan hang Song Sai Gon", "soTaiKhoan": L(BANK_VN, PAY),
            "chuTaiKhoan": L("DOE JANE", NAMEC), "macDinh": True}),
        case(f, f"{a}/v3/hoadon", headers=_h(rng, **b), body={
            "maDon": L(DON, BUY), "tenCongTy": "Cong ty TNHH Lotus Pacific",
            "maSoThue": "0312874459", "diaChiCongTy": "65 Le Loi, Quan 1",
            "emailNhan": L(EMAIL, MAIL)}),
        case(f, f"{a}/v3/khuvuc/kiemtra", headers=_h(rng, **b), body={
            "sim": {"mccMnc": L("310260", CARRIER), "quocGia": L("us", CARRIER)},
            "mang": {"mccMnc": L(VISITED[0], CARRIER), "nhaMang": L(VISITED[1], CARRIER),
                     "quocGia": L(VISITED[2], CARRIER)},
            "ip": L(PUBLIC_IP, IPLOC), "ipNoiBo": L(LOCAL_IP, DEV), "chuyenVung": True}),
        case(f, f"{a}/v3/gioithieu", fmt="form", headers=_h(rng, **b), body={
            "tenBan": L(FRIEND[0], NAMEC), "sdtBan": L(FRIEND[1], TEL), "kenh": "zalo_chia_se"}),
        case(f, f"{a}/v3/thietbi", headers=_h(rng, **b), body={
            "tokenDay": L(push_token(rng), DID), "maThietBi": L(INSTALL_ID, DID),
            "ngonNgu": L(VN_LANG, DEV), "muiGio": L(VN_TZ, DEV), "dongMay": L("Pixel 8", DEV),
            "heDieuHanh": L("Android 14", DEV)}),
        case(f, f"{a}/v3/sukien", gz=True, headers=_h(rng, **b), body={
            "nguoiDung": L(USER_ID, UID), "suKien": [
                ev("dat_hang_thanh_cong", 1, tong=150000), ev("xem_nha_hang", 2),
                ev("man_hinh", 3, ten=L("TheoDoiDonHang", USAGE))]}),
        case(f, f"{a}/v3/khuyenmai", headers=_h(rng, how="none"),
             query={"quan": L("Quan 1", COARSE)},
             cookies={"cn_phien": L(opaque(rng, "", 40), CRED), "cn_tb": L(INSTALL_ID, DID),
                      "cn_ab": "b"}),
    ]


def comnha_sdks() -> list[Case]:
    rng = random.Random(4012)
    return [
        ek_batch(APP, rng, [("Order Placed", {"total": L(150000, BUY), "currency": "VND"}),
                            ("Search", {"query": L("bun bo hue", SEARCH)})],
                 at=VN_HOME_AT, nd=2, tz=VN_TZ, locale=VN_LANG),
        ek_traits(APP, rng, {"city": L("Ho Chi Minh", COARSE), "district": L("Quan 1", COARSE),
                             "orders": 14}),
        ab_install(APP, rng, first=True),
        ab_event(APP, rng, "dat_hang", {"ma_don": L(DON, BUY), "nha_hang": QUAN["id"]},
                 revenue=150000, currency="VND", hashed=True),
        bv_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=VN_HOME_AT, nd=3, country="VNM",
               keywords="bun bo,giao do an"),
        fh_report(APP, rng, ("java.lang.IllegalStateException", "map fragment detached"),
                  [fh_crumb("nav", "GioHang -> TheoDoi"),
                   fh_crumb("net", "GET", {"url": f"{APP.api}/v3/donhang/xxx/theodoi",
                                           "status": 200})],
                  screen="TheoDoiActivity", tz=VN_TZ),
        pw_register(APP, rng, tz=VN_TZ, lang="vi", at=VN_HOME_AT, nd=2,
                    tags={"quan": L("Quan 1", COARSE)}),
        pc_card(APP, rng),
        mf_reverse(APP, rng, VN_HOME_AT, PRECISE, nd=5),
        mf_route(APP, rng, [((QUAN["lat"], QUAN["lon"]), None),
                            ((SHIPPER["lat"], SHIPPER["lon"]), None),
                            ((round(VN_HOME_AT[0], 5), round(VN_HOME_AT[1], 5)), PRECISE)],
                 mode="motorcycle"),
        cl_message(APP, rng, L(f"Don {DON} thieu mot phan bun bo, xin hoan tien",
                               f"{TEXT}|{BUY}"), {"maDon": L(DON, BUY)}),
    ]
