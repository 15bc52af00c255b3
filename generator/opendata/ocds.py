"""Procurement as an OCDS 1.1 release package per fiscal year (Open Contracting Data Standard).

Each แบบ สขร.1 record is one contracting process (one ``ocid``) with one release, mapped as OIT.md
says: งาน → ``tender.title``, วงเงิน → ``planning.budget.amount``, วิธี →
``tender.procurementMethodDetails`` (and the closed ``procurementMethod`` code where the Thai method
says clearly which), ราคากลาง → ``tender.value``, ผู้เสนอราคา → ``tender.tenderers``, ผู้ได้รับคัดเลือก
และราคา → ``awards[].suppliers`` / ``awards[].value``, เหตุผล → ``awards[].description``, สัญญา →
``contracts[].id`` / ``dateSigned``. Bid prices have no place in the OCDS core (they need the bids
extension); they are in the CSV and JSON files.

Identifiers are stable: the ocid is the prefix, fiscal year, month and record number; the release id
adds a digest of the release's content, so it changes exactly when the published data changes.

The package is written one release per line by the C JSON encoder (``indent=`` would force Python's
pure-Python encoder, four times slower on 12,000 releases), and each release's digest is taken of
that same line, so no release is serialised twice. What every release of a package shares (the
ocid prefix, the buyer) is worked out once per package, and amounts are floats before encoding, so
the encoder never calls back into Python.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from generator.load.agency import Agency
from generator.models.procurement import Bid, ProcurementMonth, ProcurementRecord
from generator.opendata.procurement import dataset_paths, months_by_year
from generator.values.dates import BE_OFFSET
from generator.values.fiscal import fiscal_year_bounds
from generator.values.numbers import Amount, to_arabic_digits

OCDS_VERSION = "1.1"
CURRENCY = "THB"
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)  # releases are trees
"""One encoder for every release (``json.dumps`` builds a new one per call)."""
_METHODS = (  # Thai method text (spaces removed, lower case) → OCDS closed method codelist
    (("e-bidding", "ebidding", "e-market", "emarket", "ประกาศเชิญชวน", "ประกวดราคา", "สอบราคา"), "open"),
    (("คัดเลือก",), "selective"),
    (("เฉพาะเจาะจง",), "limited"),
)


def agency_slug(agency: Agency) -> str:
    """A slug for the agency: its site's host name (``www.example.go.th`` → ``example-go-th``), or a
    digest of its name when the site has no URL yet."""
    host = urlsplit(agency.config.site.url or "").hostname or ""
    host = host.removeprefix("www.")
    if host:
        return re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")
    return "ag" + hashlib.sha256(agency.config.organisation.name.encode("utf-8")).hexdigest()[:8]


def ocid_prefix(agency: Agency) -> str:
    return agency.config.site.ocid_prefix or f"ocds-oitgen-{agency_slug(agency)}"


def _datetime(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00+07:00"  # Thai dates carry no time: midnight, Bangkok


def _value(amount: Amount | None) -> dict[str, Any] | None:
    """An OCDS Value; amounts have two decimal places, so the float's shortest repr, which JSON
    writes, is exactly the Decimal's digits."""
    if amount is None or amount.value is None:
        return None
    return {"amount": float(amount.value), "currency": CURRENCY}


@dataclass(frozen=True)
class _Buyer:
    """What every release of an agency's package says alike: its ocid prefix and the buyer (shared
    objects: the encoder writes them again in each release, nothing changes them)."""

    prefix: str
    id: str
    reference: dict[str, str]
    party: dict[str, Any]

    @classmethod
    def of(cls, agency: Agency) -> _Buyer:
        prefix = ocid_prefix(agency)
        buyer_id, name = f"{prefix}-buyer", agency.config.organisation.name
        return cls(prefix, buyer_id, {"id": buyer_id, "name": name},
                   {"id": buyer_id, "name": name, "roles": ["buyer", "procuringEntity"]})


@functools.lru_cache(maxsize=4096)  # a few hundred suppliers name every release's parties
def _party_id(name: str) -> str:
    key = re.sub(r"\s+", "", name).casefold()
    return "party-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=256)
def _method_code(method: str) -> str | None:
    text = re.sub(r"\s+", "", method).casefold()
    return next((code for words, code in _METHODS if any(word in text for word in words)), None)


def _record_key(month: ProcurementMonth, record: ProcurementRecord, index: int, taken: set[str]) -> str:
    """The record's part of the ocid: its printed number when usable and unique, else its row."""
    number = record.no if record.no.isascii() and record.no.isdigit() else \
        re.sub(r"[^A-Za-z0-9.]+", "-", to_arabic_digits(record.no)).strip("-.")
    key = f"{month.month:02d}-{number}" if number else ""
    if not key or key in taken:
        key = f"{month.month:02d}-row{index + 1}"
    taken.add(key)
    return key


def _parties(buyer: _Buyer, record: ProcurementRecord) -> list[dict[str, Any]]:
    parties: dict[str, dict[str, Any]] = {buyer.id: buyer.party}
    for bid in record.bidders:
        parties.setdefault(_party_id(bid.name),
                           {"id": _party_id(bid.name), "name": bid.name, "roles": ["tenderer"]})
    winner_id = _party_id(record.winner.name)
    winner = parties.setdefault(winner_id, {"id": winner_id, "name": record.winner.name, "roles": []})
    winner["roles"] = [*winner["roles"], "supplier"]
    if record.winner_tax_id:
        winner["identifier"] = {"id": record.winner_tax_id, "legalName": record.winner.name}
    return list(parties.values())


def _reference(bid: Bid) -> dict[str, str]:
    return {"id": _party_id(bid.name), "name": bid.name}


def release(buyer: _Buyer, month: ProcurementMonth, record: ProcurementRecord, key: str) -> dict[str, Any]:
    """One record as an OCDS release, its ``id`` still empty (``release_line`` gives it)."""
    ocid = f"{buyer.prefix}-{month.fiscal_year}-{key}"
    month_start = dt.date(month.calendar_year_be - BE_OFFSET, month.month or 10, 1)
    date = record.contract_date or month_start
    tender: dict[str, Any] = {
        "id": f"{ocid}-tender", "title": record.title, "procurementMethodDetails": record.method,
        "procurementMethod": _method_code(record.method), "value": _value(record.reference_price),
        "tenderers": [_reference(bid) for bid in record.bidders], "numberOfTenderers": len(record.bidders),
        "procuringEntity": buyer.reference,
    }
    if not record.bidders:  # not given (e.g. imported from the NACC form): unknown, not zero
        del tender["tenderers"], tender["numberOfTenderers"]
    award = {"id": f"{ocid}-award-1", "title": record.title, "description": record.reason,
             "status": "active", "value": _value(record.winner.price),
             "suppliers": [_reference(record.winner)]}
    has_contract = bool(record.contract_no or record.contract_date)
    result: dict[str, Any] = {
        "ocid": ocid, "id": "", "date": _datetime(date),
        "tag": ["tender", "award", "contract"] if has_contract else ["tender", "award"],
        "initiationType": "tender", "language": "th",
        "parties": _parties(buyer, record),
        "buyer": buyer.reference,
        "planning": {"budget": {"amount": budget}} if (budget := _value(record.budget)) else None,
        "tender": {k: v for k, v in tender.items() if v is not None},
        "awards": [{k: v for k, v in award.items() if v is not None}],
    }
    if has_contract:
        contract = {"id": record.contract_no or f"{ocid}-contract-1", "awardID": award["id"],
                    "title": record.title, "status": "active", "value": _value(record.winner.price),
                    "dateSigned": _datetime(record.contract_date) if record.contract_date else None}
        result["contracts"] = [{k: v for k, v in contract.items() if v is not None}]
    return {k: v for k, v in result.items() if v is not None}


def release_id(ocid: str, digest: str) -> str:
    """The ocid and 12 hex digits of the content's digest, after a letter: a digest starting with
    digits, right after the ocid's ``2564-09-141``, read as one 13-digit number that could pass as
    a person's ID, and the published scan refused the site (about one release in 30)."""
    return f"{ocid}-r{digest[:12]}"


def release_line(release: dict[str, Any]) -> bytes:
    """A release as one line of JSON (UTF-8) with its id: the ocid and a digest of the line without
    it (encoded once: the digest is taken of the bytes that are written)."""
    line = _ENCODER.encode(release).encode()
    digest = hashlib.sha256(line).hexdigest()
    return line.replace(b'"id": ""', f'"id": {json.dumps(release_id(release["ocid"], digest))}'.encode(), 1)


def releases(agency: Agency, months: list[ProcurementMonth]) -> Iterator[dict[str, Any]]:
    buyer = _Buyer.of(agency)
    for month in months:
        taken: set[str] = set()
        for index, record in enumerate(month.rows):
            yield release(buyer, month, record, _record_key(month, record, index, taken))


def package_head(agency: Agency, fiscal_year: int, months: list[ProcurementMonth]) -> dict[str, Any]:
    """The package's fields other than its releases."""
    dates = [record.contract_date for month in months for record in month.rows if record.contract_date]
    published = max(dates, default=fiscal_year_bounds(fiscal_year)[0])
    path = dataset_paths(fiscal_year)["ocds"]
    site = agency.config.site.url
    uri = urljoin(site, path) if site else \
        f"urn:oitgen:{agency_slug(agency)}:{path}"
    return {
        "uri": uri, "version": OCDS_VERSION, "publishedDate": _datetime(published),
        "publisher": {"name": agency.config.organisation.name},
    }


def package_bytes(agency: Agency, fiscal_year: int, months: list[ProcurementMonth]) -> bytes:
    """The release package: its fields, then ``releases`` with one release per line."""
    head = json.dumps(package_head(agency, fiscal_year, months), ensure_ascii=False)[:-1]
    # joined as bytes, line by line: Thai text held as str takes more memory than its UTF-8
    body = b",\n".join(release_line(item) for item in releases(agency, months))
    return b"".join((f'{head}, "releases": [\n'.encode(), body, b"\n]}\n"))


def files(agency: Agency) -> dict[str, bytes]:
    """Each fiscal year's OCDS release package, beside its CSV and JSON (``procurement.files``)."""
    return {f"docs/{dataset_paths(year)['ocds']}": package_bytes(agency, year, months)
            for year, months in months_by_year(agency).items()
            if any(month.rows for month in months)}  # a release package needs at least one release
