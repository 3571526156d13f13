"""The study database schema, as sqlite-utils migrations.

Datasette-friendly (DESIGN.md): plural snake_case tables, integer ``id`` keys, explicit foreign
keys. Migrations only ever add: an old study opened by a newer phonehome is upgraded in place,
and nothing recorded is rewritten.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("phonehome")

TEXT, INT, FLOAT, BLOB = str, int, float, bytes


@migrations()
def m001_initial(db: Database) -> None:
    db.table("runs").create(
        {
            "id": INT,
            "pass": TEXT,
            "tool_version": TEXT,
            "started": FLOAT,
            "finished": FLOAT,
            "status": TEXT,
            "inputs": TEXT,
            "params": TEXT,
            "counts": TEXT,
            "failures": TEXT,
        },
        pk="id",
    )
    db.table("captures").create(
        {
            "id": INT,
            "run_id": INT,
            "kind": TEXT,
            "source": TEXT,
            "sha256": TEXT,
            "app": TEXT,
            "label": TEXT,
            "consent": TEXT,
            "started": FLOAT,
            "ended": FLOAT,
            "imported_at": FLOAT,
            "status": TEXT,
            "note": TEXT,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("exchanges").create(
        {
            "id": INT,
            "capture_id": INT,
            "ts": FLOAT,
            "ts_end": FLOAT,
            "kind": TEXT,
            "method": TEXT,
            "url": TEXT,
            "host": TEXT,
            "server_ip": TEXT,
            "server_port": INT,
            "client_ip": TEXT,
            "client_port": INT,
            "sni": TEXT,
            "alpn": TEXT,
            "tls_version": TEXT,
            "http_version": TEXT,
            "request_headers": TEXT,
            "request_body": BLOB,
            "request_body_size": INT,
            "request_truncated": INT,
            "status": INT,
            "response_headers": TEXT,
            "response_body": BLOB,
            "response_body_size": INT,
            "response_truncated": INT,
            "direction": TEXT,
            "error": TEXT,
            "connect_ms": FLOAT,
            "tls_ms": FLOAT,
            "app": TEXT,
        },
        pk="id",
        foreign_keys=[("capture_id", "captures", "id")],
    )
    db.table("connections").create(
        {
            "id": INT,
            "capture_id": INT,
            "transport": TEXT,
            "client_ip": TEXT,
            "client_port": INT,
            "server_ip": TEXT,
            "server_port": INT,
            "first_ts": FLOAT,
            "last_ts": FLOAT,
            "packets_up": INT,
            "packets_down": INT,
            "bytes_up": INT,
            "bytes_down": INT,
            "sni": TEXT,
            "alpn": TEXT,
            "rtt_ms": FLOAT,
            "app": TEXT,
        },
        pk="id",
        foreign_keys=[("capture_id", "captures", "id")],
    )
    db.table("dns_answers").create(
        {"id": INT, "capture_id": INT, "ts": FLOAT, "name": TEXT, "rtype": TEXT, "value": TEXT,
         "ttl": INT},
        pk="id",
        foreign_keys=[("capture_id", "captures", "id")],
    )
    db.table("errors").create(
        {
            "id": INT,
            "run_id": INT,
            "capture_id": INT,
            "stage": TEXT,
            "source": TEXT,
            "kind": TEXT,
            "message": TEXT,
            "offset": INT,
            "count": INT,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("capture_id", "captures", "id")],
    )
    db.table("fields").create(
        {"id": INT, "exchange_id": INT, "part": TEXT, "path": TEXT, "value": TEXT, "layers": TEXT},
        pk="id",
        foreign_keys=[("exchange_id", "exchanges", "id")],
    )
    db.table("findings").create(
        {
            "id": INT,
            "exchange_id": INT,
            "part": TEXT,
            "path": TEXT,
            "category": TEXT,
            "detector": TEXT,
            "transform": TEXT,
            "confidence": FLOAT,
            "evidence": TEXT,
            "value": TEXT,
            "rule": TEXT,
        },
        pk="id",
        foreign_keys=[("exchange_id", "exchanges", "id")],
    )
    db.table("destinations").create(
        {
            "id": INT,
            "host": TEXT,
            "ip": TEXT,
            "port": INT,
            "country": TEXT,
            "registered_country": TEXT,
            "asn": INT,
            "as_org": TEXT,
            "organization": TEXT,
            "organization_source": TEXT,
            "party": TEXT,
            "cdn": INT,
            "rtt_ms": FLOAT,
            "geo_plausible": INT,
            "geo_note": TEXT,
            "requests": INT,
            "bytes_up": INT,
            "bytes_down": INT,
            "categories": TEXT,
        },
        pk="id",
    )
    db.table("exchange_destinations").create(
        {"exchange_id": INT, "destination_id": INT},
        pk=("exchange_id",),
        foreign_keys=[("exchange_id", "exchanges", "id"), ("destination_id", "destinations", "id")],
    )
    db.table("geo_databases").create(
        {"id": INT, "kind": TEXT, "name": TEXT, "path": TEXT, "build_date": TEXT, "license": TEXT},
        pk="id",
    )
    db.table("claims").create(
        {
            "id": INT,
            "claim_id": TEXT,
            "text": TEXT,
            "data": TEXT,
            "expect": TEXT,
            "recipients": TEXT,
            "countries": TEXT,
            "conditions": TEXT,
        },
        pk="id",
    )
    db.table("verdicts").create(
        {"id": INT, "claim_id": TEXT, "verdict": TEXT, "explanation": TEXT, "evidence": TEXT},
        pk="id",
    )
    db.table("flows").create(
        {
            "id": INT,
            "category": TEXT,
            "organization": TEXT,
            "country": TEXT,
            "disclosure": TEXT,
            "claims": TEXT,
            "requests": TEXT,
            "capture_ids": TEXT,
        },
        pk="id",
    )
    db.table("study").create({"key": TEXT, "value": TEXT}, pk="key")
    for table, cols in [
        ("exchanges", ["capture_id"]),
        ("exchanges", ["server_ip"]),
        ("connections", ["capture_id"]),
        ("connections", ["server_ip"]),
        ("dns_answers", ["value"]),
        ("fields", ["exchange_id"]),
        ("findings", ["exchange_id"]),
        ("findings", ["category"]),
    ]:
        db.table(table).create_index(cols)


@migrations()
def m002_label_issues(db: Database) -> None:
    db.table("label_issues").create(
        {
            "id": INT,
            "store": TEXT,
            "issue": TEXT,
            "label_type": TEXT,
            "categories": TEXT,
            "organizations": TEXT,
            "requests": TEXT,
            "explanation": TEXT,
        },
        pk="id",
    )


@migrations()
def m003_flow_placement(db: Database) -> None:
    # where the claim check placed a flow's server by the RTT (QA15 #11); JSON list or null
    db.table("flows").add_column("placed_in", TEXT)
