"""TLS record decryption with key-log secrets (placeholder until implemented)."""

from __future__ import annotations

from collections.abc import Callable

from analysis.sources.pcap.tls import ServerHello


def make_session(secrets: dict[str, bytes], client_random: bytes, hello: ServerHello,
                 problem: Callable[[str, str], None]) -> None:
    problem("unsupported", "TLS decryption is not implemented yet")
    return None
