"""The phone set-up guide ``phonehome proxy`` prints on start (and the README repeats).

Sources: mitmproxy's certificate docs (docs.mitmproxy.org "About Certificates": the CA lives in
``~/.mitmproxy/mitmproxy-ca-cert.*``, ``http://mitm.it`` serves it through the proxy); Android's
"Network security configuration" docs (since Android 7 / API 24 apps trust only system CAs
unless their ``network_security_config`` adds ``<certificates src="user"/>``); Apple's support
note HT204477 (a manually installed root needs Settings > General > About > Certificate Trust
Settings); mitmproxy's WireGuard mode docs (the client configuration and QR code it prints).
"""

from __future__ import annotations

import socket

PINNING = """\
Certificate pinning: an app that pins its server certificate rejects the mitmproxy certificate.
  Those connections fail (the app may retry or show an error) and phonehome records them as
  connections and 'tls-failed' errors with the SNI: the destination is known, the content is
  not. That is 'not visible', never 'nothing sent'. To see inside, researchers unpin the app
  (objection 'android sslpinning disable', Frida scripts, apk-mitm) on a test phone only."""

CA = """\
2. Install the mitmproxy CA certificate on the phone: with the proxy set, open http://mitm.it
   in the phone's browser and follow the page for your OS (the same file is
   {confdir}/mitmproxy-ca-cert.pem / .cer on this computer)."""

ANDROID = """\
3. Android 7+ (API 24): apps ignore user-installed CAs unless the app opts in through its
   network_security_config (<certificates src="user"/>); only browsers and debuggable apps will
   show decrypted traffic. What researchers do:
   - a rooted test phone with the CA in the system store (/system/etc/security/cacerts/, or
     /apex/com.android.conscrypt/cacerts on Android 14+; e.g. a Magisk module that copies user
     CAs to the system store),
   - or patch the app: apk-mitm, or objection 'patchapk' with a network_security_config that
     trusts user CAs,
   - or an Android emulator image without Google Play (writable system: emulator
     -writable-system, then push the CA to the system store)."""

IOS = """\
4. iOS: install the profile from mitm.it (Settings > General > VPN & Device Management),
   then turn on full trust for it in
   Settings > General > About > Certificate Trust Settings.
   Without that step every HTTPS connection fails."""


def local_addresses() -> list[str]:
    """This computer's non-loopback IPv4 addresses, from its own name (no packet is sent)."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    return sorted({str(i[4][0]) for i in infos if not str(i[4][0]).startswith("127.")})


def _route_step(mode: str, host: str, port: int | None) -> str:
    kind = mode.split("@", 1)[0].split(":", 1)[0]
    addr = host or (", ".join(local_addresses()) or "<this computer's Wi-Fi IP address>")
    shown = f"{addr} port {port}" if port else addr
    if kind == "wireguard":
        return ("1. Install the WireGuard app on the phone and import the configuration below\n"
                "   (scan the QR code). All the phone's traffic, DNS included, then goes\n"
                f"   through the proxy ({shown}, UDP).")
    if kind == "socks5":
        return (f"1. Point the app or phone at the SOCKS5 proxy {shown}\n"
                "   (Android needs an app such as a SOCKS-to-VPN client; iOS has no system SOCKS\n"
                "   setting).")
    if kind == "transparent":
        return ("1. Route the phone's traffic to this computer (it must be the phone's gateway)\n"
                "   and redirect ports 80/443 to the proxy with iptables/pf, as in mitmproxy's\n"
                "   'transparent proxying' docs.")
    return ("1. Phone and computer on the same network: on the phone,\n"
            "   Wi-Fi > (your network) > Proxy > Manual:\n"
            f"   host {addr}, port {port or 8080}.")


def phone_setup_guide(mode: str, host: str, port: int | None, confdir: str) -> str:
    """The numbered steps to get a test phone's traffic through this proxy."""
    return "\n".join([
        "How to capture a test phone's traffic with phonehome:",
        _route_step(mode, host, port),
        CA.format(confdir=confdir.rstrip("/")),
        ANDROID,
        IOS,
        PINNING,
        "Use a dedicated test phone and test accounts: the study database holds what it sends.",
    ])
