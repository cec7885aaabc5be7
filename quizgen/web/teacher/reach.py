"""Helping a teacher make the join address reachable from students' devices: what to set
QUIZGEN_PUBLIC_URL to, with this computer's network address when it can be told."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from quizgen.web.teacher import bp

PLACEHOLDER_ADDRESS = "192.168.1.20"  # a typical school-network address, for the wording only
_NOWHERE = ("192.0.2.1", 9)  # TEST-NET-1 (RFC 5737): routed nowhere real


def guessed_network_address() -> str | None:
    """This computer's IPv4 address on its main network, or None (offline, or only loopback).

    Connecting a UDP socket sends nothing: the system only picks the route, and with it
    the local address other devices on that network reach. Right when the server runs on
    the teacher's computer, which is the case whenever the join link is a loopback one.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(_NOWHERE)
            address = ipaddress.ip_address(probe.getsockname()[0])
        except (OSError, ValueError):
            return None
    return None if address.is_loopback or address.is_unspecified or address.is_link_local else str(address)


@bp.app_template_global()
def public_url_example(join_link: str) -> tuple[str, bool]:
    """(a QUIZGEN_PUBLIC_URL value for this server and port, whether its address is this computer's own)."""
    port = urlsplit(join_link).port
    address = guessed_network_address()
    return f"http://{address or PLACEHOLDER_ADDRESS}" + (f":{port}" if port else ""), address is not None
