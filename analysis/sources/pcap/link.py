"""Link-layer headers down to the IP packet, and the IPv4/IPv6 headers down to the transport.

Link types are the tcpdump.org LINKTYPE registry values: Ethernet (1, with 802.1Q/802.1ad/QinQ
tags, IEEE 802.1Q; 802.2 LLC/SNAP, RFC 1042; PPPoE, RFC 2516), raw IP (101, 12, 14, 228 IPv4,
229 IPv6), Linux cooked SLL (113) and SLL2 (276), BSD loopback/null (0, host byte order family)
and OpenBSD loop (108, network order), Apple PKTAP (258: a header whose ``pth_length`` and
``pth_dlt`` say where the inner frame starts and what it is), PPP (9, 50; RFC 1661/1662) and
Linux NFLOG (239: TLVs, the packet in ``NFULA_PAYLOAD`` = 9). IPv4 follows RFC 791, IPv6 RFC
8200 (extension headers skipped, fragment header reported).
"""

from __future__ import annotations

import struct

ETH_IP4, ETH_IP6 = 0x0800, 0x86DD
_VLAN = (0x8100, 0x88A8, 0x9100)
_U16 = struct.Struct(">H").unpack_from
_LE_U16 = struct.Struct("<H").unpack_from
_LE_U32 = struct.Struct("<I").unpack_from
_PPP = {0x0021: 4, 0x0057: 6}
_IP6_EXT = (0, 43, 60, 51, 135)  # hop-by-hop, routing, destination options, AH, mobility

SUPPORTED = frozenset({0, 1, 9, 12, 14, 50, 101, 108, 113, 228, 229, 239, 258, 276})


def ip_offset(linktype: int, data: bytes) -> int:
    """Return the offset of the IP header in a frame, -1 if it carries no IP, -2 if cut short."""
    n = len(data)
    if linktype == 1:
        if n < 14:
            return -2
        off, etype = 14, _U16(data, 12)[0]
        while etype in _VLAN:
            if n < off + 4:
                return -2
            etype = _U16(data, off + 2)[0]
            off += 4
        if etype <= 1500 and data[off:off + 3] == b"\xaa\xaa\x03" and n >= off + 8:
            etype, off = _U16(data, off + 6)[0], off + 8  # 802.2 LLC + SNAP (RFC 1042)
        if etype == 0x8864:  # PPPoE session: 6-byte header then a PPP protocol number
            if n < off + 8:
                return -2
            return off + 8 if _U16(data, off + 6)[0] in _PPP else -1
        return off if etype in (ETH_IP4, ETH_IP6) else -1
    if linktype in (101, 12, 14, 228, 229):
        return 0
    if linktype == 113:
        if n < 16:
            return -2
        return 16 if _U16(data, 14)[0] in (ETH_IP4, ETH_IP6) else -1
    if linktype == 276:
        if n < 20:
            return -2
        return 20 if _U16(data, 0)[0] in (ETH_IP4, ETH_IP6) else -1
    if linktype in (0, 108):
        if n < 4:
            return -2
        fam = struct.unpack_from("<I" if linktype == 0 and data[0] else ">I", data)[0]
        if fam in (2, 10, 24, 28, 30):
            return 4
        # some writers put an Ethernet type in the low half (as Wireshark's null dissector
        # also accepts; corpus: ppp_null_loopback)
        return 4 if _U16(data, 2)[0] in (ETH_IP4, ETH_IP6) else -1
    if linktype == 258:
        if n < 8:
            return -2
        hlen, dlt = _LE_U32(data, 0)[0], _LE_U32(data, 4)[0]
        if hlen > n or dlt == 258:
            return -2
        inner = ip_offset(dlt, data[hlen:])
        return inner + hlen if inner >= 0 else inner
    if linktype in (9, 50):
        off = 2 if data[:2] == b"\xff\x03" else 0
        if n < off + 2:
            return -2
        return off + 2 if _U16(data, off)[0] in _PPP else -1
    if linktype == 239:
        return _nflog(data)
    return -1


def _nflog(data: bytes) -> int:
    off, n = 4, len(data)
    while off + 4 <= n:
        tlen, ttype = _LE_U16(data, off)[0], _LE_U16(data, off + 2)[0]
        if tlen < 4:
            return -2
        if ttype == 9:
            return off + 4
        off += (tlen + 3) & ~3
    return -1


IpInfo = tuple[bytes, bytes, int, int, int, tuple[int, int, bool] | None]


def parse_ip(data: bytes, off: int) -> IpInfo | None:
    """Parse an IP header at ``off``.

    Returns ``(src, dst, proto, payload_start, payload_end, frag)`` where ``frag`` is
    ``(ident, byte_offset, more_fragments)`` for a fragment and ``None`` otherwise; ``None`` for
    a header that is cut short or malformed. ``payload_end`` follows the IP length field, so
    link-layer padding and trailers (Ethernet padding, the PCAPdroid trailer) are excluded; it
    may exceed ``len(data)`` when the capture cut the packet (snaplen).
    """
    n = len(data)
    if off >= n:
        return None
    ver = data[off] >> 4
    if ver == 4:
        if n < off + 20:
            return None
        ihl = (data[off] & 15) * 4
        total = _U16(data, off + 2)[0]
        if ihl < 20 or n < off + ihl:
            return None
        if total == 0:  # TSO/GSO captures leave the length 0: take the frame's length
            total = n - off
        elif total < ihl:
            return None
        fl = _U16(data, off + 6)[0]
        frag = None
        if fl & 0x3FFF:
            frag = (_U16(data, off + 4)[0], (fl & 0x1FFF) * 8, bool(fl & 0x2000))
        return (data[off + 12:off + 16], data[off + 16:off + 20], data[off + 9],
                off + ihl, off + total, frag)
    if ver == 6:
        if n < off + 40:
            return None
        plen = _U16(data, off + 4)[0]
        nxt = data[off + 6]
        src, dst = data[off + 8:off + 24], data[off + 24:off + 40]
        end = off + 40 + plen if plen else n  # jumbogram / BIG TCP: length from the frame
        pos = off + 40
        frag = None
        while True:
            if nxt in _IP6_EXT:
                if n < pos + 2:
                    return None
                hlen = (data[pos + 1] + 2) * 4 if nxt == 51 else (data[pos + 1] + 1) * 8
                nxt, pos = data[pos], pos + hlen
            elif nxt == 44:
                if n < pos + 8:
                    return None
                fo = _U16(data, pos + 2)[0]
                ident = struct.unpack_from(">I", data, pos + 4)[0]
                frag = (ident, fo & 0xFFF8, bool(fo & 1))
                if frag == (ident, 0, False):
                    frag = None  # atomic fragment (RFC 6946): a whole packet
                nxt, pos = data[pos], pos + 8
            else:
                break
            if pos > end:
                return None
        return (src, dst, nxt, pos, end, frag)
    return None
