"""What the user paid, read from what surrounds an amount rather than from a currency code or an
order call (``paid_amounts.py``): an analytics event whose name says the user paid, booked or
ordered ("Zakat Paid", "Lesson Booked", "Order Placed") with an amount in its own properties; a
cost named with its currency in a completed session's event ("cost_eur"); and an amount sent
beside the means it is paid by (a card's payment-method ID, a card's last four digits). Every
recent evaluation set sends the app's payment to its analytics SDK this way (blind52-blind64),
and an end-to-end tester's charging app did (QA93). TAXONOMY.md's ``financial.purchase``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.paid_amounts import (
    BOUGHT,
    NOT_BOUGHT,
    ORDER_AMOUNTS,
    ORDER_CONFIDENCE,
    PAGING,
    _english,
)
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.searched import EVENT_NAME_KEYS, EVENT_OBJECTS
from analysis.classifiers.structure_base import url_words
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words, tables
from analysis.decoders import Decoded
from analysis.decoders.leaves import Leaf
from analysis.records import Finding

# An analytics event that says the user paid, booked or ordered ("Zakat Paid", "Lesson Booked",
# "Order Placed", "Fee Paid") with an amount in its own properties is what the user paid,
# currency or not (blind52-blind64: each SDK batch beside the app's own payment); so is a cost
# named with its currency ("cost_usd" in a purchase event, "cost_eur" in a charging session's
# completed event: QA93). A viewed product's price or a quote is none (NOT_BOUGHT).
# (an event's name under an event's own keys, or a compact SDK's "e": {"e":
# "charging_completed"}; GA4's "name" only beside its "params"; not a record's "name", "type"
# or "action": an album "Paid in Full", a catalogue's "type": "paid", a price alert's "buy":
# the session's review)
EVENT_NAMES = (EVENT_NAME_KEYS - {"n"}) | {"_eventname"}
GA4_NAMES = frozenset({"name"})
# ...and not a screen's or a button's interaction with a paid feature ("Paid Feature Tapped",
# "Upgrade To Paid Clicked", "Checkout Started", "Orders Tab Opened": the review)
INTERACTIONS = frozenset({"tapped", "tap", "clicked", "click", "opened", "open", "shown",
                          "viewed", "loaded", "started", "selected", "pressed", "seen",
                          "displayed", "searched", "tab", "screen", "button"})
EVENT_PROPS = (EVENT_OBJECTS - {"eventvalue"}) | {"p", "meta"}
EVENT_AMOUNTS = frozenset({"amount", "total", "price", "fare", "tip", "fee", "cost", "paid",
                           "amountpaid", "totalamount", "totalprice", "charged", "revenue"})
# ...but not an amount of what another party paid the user, when the properties name the payer
# (a freelancer's "Invoice Paid" by a client, a landlord's rent by a tenant, a till's table)
PAYERS = frozenset({"client", "clientid", "tenant", "tenantid", "guest", "guestid", "customer",
                    "customerid", "table", "bookedby", "payer", "payerid", "server"})
# (an event's own name is read: "Fee Paid", "Deposit Paid" are payments, not a fee's quote;
# what a sitter, a courier or a seller accepts, receives or earns is none: blind57, blind58)
EARNED = frozenset({"accepted", "received", "earned", "earnings", "payout", "payouts",
                    "income", "sold", "payslip"})
EVENT_NOT_BOUGHT = (NOT_BOUGHT | EARNED) - {"fee", "fees", "delivery", "shipping", "security",
                                            "revenue"}
COMPLETED = frozenset({"completed", "complete", "finished", "ended", "done", "succeeded"})
# (a completed event's "amount_usd" is a prize won or a goal reached as often: the review)
SPENT = frozenset({"cost", "charged"})


def _event_amounts(decoded: Decoded) -> list[Leaf]:
    """The amounts in the properties of an event whose name says the user paid (above)."""
    if not _named_events(decoded.key_set()):
        return []  # (most requests name no event)
    events: dict[str, bool] = {}
    direct: set[str] = set()  # (events whose amounts may sit beside the name, not only below)
    for leaf in decoded.leaves:
        key = leaf.key.lower()
        if ((key in EVENT_NAMES or key in GA4_NAMES) and type(leaf.value) is str
                and len(leaf.text) <= 40):
            words = key_words(leaf.text)
            named = set(words)
            if (named & EVENT_NOT_BOUGHT or named & INTERACTIONS or not words
                    or not named & (BOUGHT | COMPLETED)):
                continue
            holder = leaf.path.rpartition(".")[0]
            events[holder] = bool(named & BOUGHT)
            if key in EVENT_NAMES:
                direct.add(holder)
    if not events:
        return []
    payers = {leaf.path.rpartition(".")[0].rpartition(".")[0] if norm_key(
        leaf.path.rpartition(".")[0].rpartition(".")[2]) in EVENT_PROPS
        else leaf.path.rpartition(".")[0]
        for leaf in decoded.leaves if norm_key(leaf.key) in PAYERS}
    out = []
    for leaf in decoded.leaves:
        holder, _, _ = leaf.path.rpartition(".")
        parent, _, last = holder.rpartition(".")
        bought = (events.get(holder) if holder in direct
                  else events.get(parent) if norm_key(last) in EVENT_PROPS else None)
        event = holder if holder in direct else parent
        if bought is None or leaf.array or type(leaf.value) is bool or event in payers:
            continue
        english, suffixed = _amount_key(leaf.key)
        if (english in EVENT_AMOUNTS if bought else suffixed and english in SPENT) \
                and validate("amount", leaf.text):
            out.append(leaf)
    return out


@lru_cache(maxsize=4096)
def _named_events(keys: frozenset[str]) -> bool:
    return any(k.lower() in EVENT_NAMES or k.lower() in GA4_NAMES for k in keys)


@lru_cache(maxsize=4096)
def _amount_key(key: str) -> tuple[str, bool]:
    """A key's English name without a currency code it ends with ("cost_eur" -> cost, True)."""
    head, sep, code = key.lower().rpartition("_")
    if sep and len(code) == 3 and tables().abbreviations.get(code) == "":
        return _english(head), True  # (an ISO 4217 code a key's words drop: keys.toml)
    return _english(key), False


# An amount sent beside the means it is paid by — a payment method's or a card's ID, a card's
# last four digits — at the same level of one request is a payment the user makes (blind59's
# recurring gift with "paymentMethod", blind52's sadaqah with "cardLast4", a contract's balance
# paid with "method": "pm_…"); not a quote, an estimate or a listing of saved methods (no amount
# is sent to those), nor a page of payments
MEANS_KEYS = frozenset({"paymentmethod", "paymentmethodid", "cardlast4", "cardid",
                        "cardtoken", "paymenttoken", "paymentsource", "savedcard",
                        "fundingsource"})
# ...a generic key when its value is a processor's ID of a card or a method ("pm_…", "card_…")
MEANS_GENERIC = frozenset({"method", "source", "card", "payment"})
_MEANS_ID = re.compile(r"(?:pm|card|src|tok|pmt)_[A-Za-z0-9]{6,}")
MEANS_AMOUNTS = ORDER_AMOUNTS | {"sum", "cost"}


# ...not a card's controls, an auto-reload, a budget, a limit or a money request to a friend: a
# setting or an ask beside the means, not a payment (the review)
SETTINGS = frozenset({"controls", "control", "autoreload", "reload", "budget", "budgets",
                      "request", "requests", "limit", "limits", "alerts", "alert", "goal",
                      "goals", "settings", "threshold", "interval", "enabled", "rules"})


def _paid_by_means(decoded: Decoded) -> list[Leaf]:
    keys = norm_keys(decoded.key_set())
    if not keys & (MEANS_KEYS | MEANS_GENERIC) or keys & PAGING or keys & SETTINGS \
            or url_words(decoded) & (NOT_BOUGHT | EARNED | SETTINGS):
        return []
    holders = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves
               if ((k := norm_key(leaf.key)) in MEANS_KEYS and leaf.text)
               or (k in MEANS_GENERIC and _MEANS_ID.fullmatch(leaf.text))}
    return [leaf for leaf in decoded.leaves
            if leaf.path.rpartition(".")[0] in holders and not leaf.array
            and type(leaf.value) is not bool and _english(leaf.key) in MEANS_AMOUNTS
            and validate("amount", leaf.text)]


# A Google Play Billing purchase token, whatever its key ("purchaseToken", "token", Icelandic
# "tokn"): 24 lower-case letters, a dot, and "AO-J1O…" — the shape every Play purchase's token
# has (Play Billing's Purchase.getPurchaseToken(); the blind sets' subscription and in-app
# purchase calls, blind72, blind74) — is the receipt of a purchase the user made
PLAY_TOKEN = re.compile(r"[a-z]{24}\.AO-J1O[A-Za-z0-9_-]{40,}")


def _play_tokens(decoded: Decoded) -> list[Leaf]:
    return [leaf for leaf in decoded.leaves
            if type(leaf.value) is str and ".AO-J1O" in leaf.text[24:32]
            and PLAY_TOKEN.fullmatch(leaf.text)]


def paid_events(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` with the amounts of an event that says it was paid, those sent beside their
    means, and a store's purchase token (no credential: it signs the user in nowhere)."""
    tokens = {(leaf.part, leaf.path): leaf for leaf in _play_tokens(decoded)}
    if tokens:
        found = [f for f in found if (f.part, f.path) not in tokens
                 or f.category not in ("secret.credential", "financial.purchase")]
    have = {(f.part, f.path) for f in found}
    out = [*found, *(leaf_finding(exchange_id, leaf, "financial.purchase", 0.8,
                                  "value is a Google Play purchase token (24 letters, "
                                  "'.AO-J1O…')", "value.play-purchase-token")
                     for leaf in tokens.values())]
    for leaves, why in ((_event_amounts(decoded), "in the properties of an event that says "
                         "the user paid, booked or ordered"),
                        (_paid_by_means(decoded), "sent beside the means it is paid by")):
        for leaf in leaves:
            if (leaf.part, leaf.path) not in have:
                have.add((leaf.part, leaf.path))
                out.append(leaf_finding(exchange_id, leaf, "financial.purchase",
                                        ORDER_CONFIDENCE, f"key '{leaf.key}' is an amount {why}",
                                        "context.paid-amount"))
    return out
