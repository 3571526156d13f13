"""What the analysis passes write: fields, findings, destinations, claims, verdicts, flows.

Every pass is idempotent: it clears its own tables and writes them anew, so an old study can be
re-analysed with new rules, a new device profile or a new claims file. Captured data is never
touched here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from analysis.records import Claim, ClaimVerdict, Destination, Flow
from analysis.store.base import StoreBase

# Which tables each pass owns (cleared before the pass writes them again).
PASS_TABLES: dict[str, tuple[str, ...]] = {
    "decode": ("fields",),
    "classify": ("findings",),
    "enrich": ("exchange_destinations", "destinations", "geo_databases"),
    "check": ("claims", "verdicts", "flows", "label_issues"),
}


class DerivedMixin(StoreBase):

    def clear_pass(self, pass_name: str) -> None:
        """Forget what a pass wrote before (its tables and its errors) so it can run again."""
        with self.db.conn:
            for table in PASS_TABLES[pass_name]:
                self.db.execute(f"delete from [{table}]")
            self.db.execute("delete from errors where stage = ?", [pass_name])

    def set_destinations(
        self, destinations: Sequence[Destination], links: dict[int, int]
    ) -> None:
        """Write destinations; ``links`` maps exchange id -> index into ``destinations``."""
        self.clear_pass("enrich")
        ids: list[int] = []
        with self.db.conn:
            for d in destinations:
                row = asdict(d)
                row.update(
                    party=str(d.party),
                    cdn=int(d.cdn),
                    geo_plausible=None if d.geo_plausible is None else int(d.geo_plausible),
                    categories=json.dumps(list(d.categories)),
                )
                ids.append(self._insert("destinations", row))
            # one prepared statement: insert_all converts each row in Python (sqlite-utils)
            self.db.conn.executemany(
                "insert into exchange_destinations (exchange_id, destination_id) values (?, ?)",
                [(ex, ids[i]) for ex, i in links.items()])

    def set_geo_databases(self, databases: Iterable[dict[str, Any]]) -> None:
        with self.db.conn:
            self.db.execute("delete from geo_databases")
            self.db.table("geo_databases").insert_all(databases)

    def set_claims(
        self, claims: Sequence[Claim], verdicts: Sequence[ClaimVerdict], flows: Sequence[Flow]
    ) -> None:
        self.clear_pass("check")
        with self.db.conn:
            self.db.table("claims").insert_all(
                {
                    "claim_id": c.id,
                    "text": c.text,
                    "data": json.dumps(list(c.data)),
                    "expect": c.expect,
                    "recipients": c.recipients,
                    "countries": json.dumps(list(c.countries)),
                    "conditions": json.dumps(dict(c.when)),
                }
                for c in claims
            )
            self.db.table("verdicts").insert_all(
                {
                    "claim_id": v.claim_id,
                    "verdict": str(v.verdict),
                    "explanation": v.explanation,
                    "evidence": json.dumps(list(v.evidence)),
                }
                for v in verdicts
            )
            self.db.table("flows").insert_all(
                {
                    "category": f.category,
                    "organization": f.organization,
                    "country": f.country,
                    "disclosure": str(f.disclosure),
                    "claims": json.dumps(list(f.claims)),
                    "requests": json.dumps(list(f.requests)),
                    "capture_ids": json.dumps(list(f.capture_ids)),
                    "placed_in": json.dumps(list(f.placed_in)) if f.placed_in else None,
                }
                for f in flows
            )

    def set_label_issues(self, issues: Iterable[Any]) -> None:
        """Write store-label issues (``analysis.labels.LabelIssue``) after ``set_claims``."""
        with self.db.conn:
            self.db.table("label_issues").insert_all(
                {
                    "store": i.store,
                    "issue": i.issue,
                    "label_type": i.label_type,
                    "categories": json.dumps(list(i.categories)),
                    "organizations": json.dumps(list(i.organizations)),
                    "requests": json.dumps(list(i.requests)),
                    "explanation": i.explanation,
                }
                for i in issues
            )
