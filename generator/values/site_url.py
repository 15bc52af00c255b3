"""The site's own public address (``site.url``): parsed and rebuilt from its parts, never passed on.

The address reaches every page raw: MkDocs prints it in ``<link rel="canonical">`` and derives the
``base_url`` of ``404.html`` from its path, and Material prints both without escaping. So
``https://x.go.th/"><svg onload=…>`` would become live markup. Rather than look for bad
characters, the value is taken apart with ``urllib.parse`` and only well-formed parts are put back:
scheme http or https; a host name that is valid IDNA (Thai domain names become ``xn--…``) or an IP
address; an optional port; a path of unreserved characters and percent escapes (other non-ASCII
text is percent-encoded). Credentials, a query, a fragment, quotes, angle brackets, backslashes,
spaces, invisible and control characters are refused, each with its reason.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Any
from urllib.parse import SplitResult, quote, urlsplit

from generator.values.errors import ValueParseError

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PATH = re.compile(r"^(?:[A-Za-z0-9._~/-]|%[0-9A-Fa-f]{2})*$")
_FORBIDDEN = set("\"'<>`\\{}|^") | {chr(c) for c in [*range(0x21), *range(0x7F, 0xA1)]}


def _refuse(value: Any, en: str, th: str) -> ValueParseError:
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(value))[:80]
    return ValueParseError(
        "bad-site-url",
        f'"{shown}" is not the site\'s address: {en}; write e.g. https://www.example.go.th/',
        f'"{shown}" ใช้เป็นที่อยู่เว็บไซต์ไม่ได้ ({th}) ตัวอย่างที่ถูกต้อง https://www.example.go.th/',
    )


def _host(parts: SplitResult, value: Any) -> str:
    """The host as ASCII: IDNA for names, the address itself for IP literals."""
    name = parts.hostname or ""
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        pass
    else:
        return f"[{address.compressed}]" if address.version == 6 else address.compressed
    try:
        ascii_name = name.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        ascii_name = ""
    labels = ascii_name.split(".")
    if not ascii_name or len(ascii_name) > 253 or not all(_LABEL.match(label) for label in labels) \
            or (len(labels) < 2 and ascii_name != "localhost"):
        raise _refuse(value, "the host name is not a valid domain name", "ชื่อโดเมนไม่ถูกต้อง")
    return ascii_name


def _port(parts: SplitResult, value: Any) -> str:
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise _refuse(value, "the port is not a number from 1 to 65535", "หมายเลขพอร์ตไม่ถูกต้อง")
    return "" if port is None else f":{port}"


def _path(parts: SplitResult, value: Any) -> str:
    path = quote(parts.path, safe="/%") if not parts.path.isascii() else parts.path
    if not _PATH.match(path) or "/../" in f"{path}/" or "/./" in f"{path}/":
        raise _refuse(value, "the path may hold only letters, digits, - . _ ~ / and %-escapes",
                      "ส่วน path มีได้เฉพาะตัวอักษร ตัวเลข - . _ ~ / และ %-escape")
    return path if path.endswith("/") else path + "/"


def parse_site_url(value: Any) -> str:
    """``https://www.example.go.th/oit`` → ``https://www.example.go.th/oit/``; Thai host names
    in IDNA form; anything that is not plainly an http(s) base address is refused."""
    if not isinstance(value, str) or not value.strip():
        raise ValueParseError("wrong-type", "expected text", "ต้องเป็นข้อความ")
    text = value.strip()
    if any(ch in _FORBIDDEN or not ch.isprintable() for ch in text):  # incl. zero-width, NBSP
        raise _refuse(value, "quotes, angle brackets, backslashes, spaces and control characters "
                      "are not allowed", "ห้ามมีเครื่องหมายคำพูด <> \\ ช่องว่าง หรืออักขระควบคุม")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("https", "http") or not text.lower().startswith(f"{parts.scheme.lower()}://"):
        raise _refuse(value, "it must start with https:// (or http://)", "ต้องขึ้นต้นด้วย https:// หรือ http://")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise _refuse(value, "a user name or password does not belong in it", "ห้ามมีชื่อผู้ใช้หรือรหัสผ่าน")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise _refuse(value, "a query (?…) or fragment (#…) does not belong in it", "ห้ามมีส่วน ?… หรือ #…")
    return f"{parts.scheme.lower()}://{_host(parts, value)}{_port(parts, value)}{_path(parts, value)}"
