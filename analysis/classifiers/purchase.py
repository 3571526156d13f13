"""Purchase or product view: the same price, SKU and quantity fields describe both.

TAXONOMY.md's ``financial.purchase`` is "purchases, bookings, orders" — what the user bought. An
app sends a product's price, SKU and quantity when the user merely looks at it (GA4
``view_item``, a catalogue sync, a wishlist), and labellers call that usage, not a purchase. So
those fields count as a purchase only in a request that is about one: an order, transaction or
receipt ID or a revenue found in it, or a value (an event or operation name, a URL path
segment) in purchase words: GA4 ``purchase``, AppsFlyer ``af_purchase``, Segment "Order
Completed", GraphQL ``checkoutCreate``, ``/commerce/trackPurchase``.
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import call_words, url_words
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words, tables
from analysis.decoders import Decoded
from analysis.decoders.leaves import Leaf
from analysis.records import Finding

# Key words that name a product, its price or a count: a view of it as much as a purchase.
PRODUCT_WORDS = frozenset({"price", "prices", "sku", "skus", "quantity", "qty", "product",
                           "products", "item", "items", "list", "max", "min", "cart", "amount",
                           "value", "unit", "msrp",
                           # a price's unit ("price_cents", "price_micros": QA17)
                           "cents", "micros", "minor", "usd", "eur", "currency",
                           "above", "below", "target", "threshold", "alert"})
# Words of event names, operation names and URL path segments that say a purchase happened or
# is being made ("purchase", "af_purchase", "Order Completed", "checkoutCreate", "trackPurchase").
PURCHASE_WORDS = frozenset({"purchase", "purchased", "purchases", "checkout", "transaction",
                            "transactions", "subscribe", "subscribed", "subscription", "refund",
                            "refunded", "receipt", "receipts", "iap", "payment", "payments",
                            "billing", "invoice", "invoices", "booking", "bookings", "order",
                            "orders", "revenue", "verifyreceipt", "pay"})
# "order" alone is also a sort order; with one of these it is a purchase
ORDER_WORDS = frozenset({"completed", "placed", "created", "confirmed", "submit", "submitted",
                         "paid", "id", "status", "history", "orders"})


def is_product_detail(f: Finding) -> bool:
    """A purchase finding read from a product/price/quantity key alone (not an order's ID, a
    revenue or an amount paid)."""
    if f.category != "financial.purchase" or f.rule not in ("key.amount", "words.purchase"):
        return False
    key = f.path.rpartition(".")[2].partition("[")[0]
    words = set(key_words(key))
    return bool(words) and words <= PRODUCT_WORDS | {"id", "ids"}


def _purchase_words(text: str) -> bool:
    words = set(key_words(text))
    if "order" in words or "orders" in words:
        return bool(words & ORDER_WORDS - {"orders"}) or "orders" in words
    return bool(words & PURCHASE_WORDS)


def about_a_purchase(decoded: Decoded, found: list[Finding]) -> bool:
    """The request carries an order/transaction/receipt finding, a purchase event name or a
    purchase URL path."""
    if any(f.category == "financial.purchase" and not is_product_detail(f) for f in found):
        return True
    # ...or an object named for one ({"iap": {"sku": ..., "price_micros": ...}})
    objects = {leaf.path.rpartition(".")[0] for leaf in decoded.leaves}
    if any(_purchase_words(seg.partition("[")[0]) for o in objects for seg in o.split(".") if seg):
        return True
    return any(type(leaf.value) is str and len(leaf.text) <= 40 and _purchase_words(leaf.text)
               for leaf in decoded.leaves)


def purchases_only(decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """``found`` without the product details of a request that is no purchase, and without a
    bare ``product`` read as Android's Build.PRODUCT in a request that is one (QA41: an
    invoice's ``produkt``: "premium_roczny" is the plan bought, no build code-name)."""
    detail = any(is_product_detail(f) for f in found)
    if not detail and not any(f.rule == "key.build-product" for f in found):
        return found
    bought = about_a_purchase(decoded, found)
    return [f for f in found if not ((is_product_detail(f) and not bought)
                                     or (f.rule == "key.build-product" and bought
                                         and not _beside_device(decoded, f.path)))]


# Build.PRODUCT's siblings when an SDK sends the phone's build (AppsFlyer: "product" beside
# "model", "brand" and "device", also in a purchase event's request)
BUILD_SIBLINGS = frozenset({"model", "brand", "manufacturer", "device", "board", "hardware",
                            "fingerprint", "bootloader", "osversion", "sdk"})
BUILD_OBJECTS = frozenset({"build", "device", "hardware", "system"})


def _beside_device(decoded: Decoded, path: str) -> bool:
    above = path.rpartition(".")[0]
    if set(key_words(above.rpartition(".")[2])) & BUILD_OBJECTS:
        return True  # {"build": {"product": ...}}, {"device": {"product": ...}} (QA42)
    return any(leaf.path.rpartition(".")[0] == above and norm_key(leaf.key) in BUILD_SIBLINGS
               for leaf in decoded.leaves)


# What an order adds up to: its total, subtotal, tip and tax ("tip_added", "grand_total",
# "order_total"). Named alone these are any sum; in a request about a purchase they are what the
# user paid.
TOTAL_WORDS = frozenset({"total", "subtotal", "tip", "tips", "gratuity", "tax", "grandtotal"})
# (French "TTC" and "HT": with and without tax)
TOTAL_EXTRA = frozenset({"amount", "order", "added", "paid", "grand", "sum", "value", "final",
                         "charged", "usd", "eur", "cents", "ttc", "ht"})
# The lines of an order, receipt or cart being bought, and the fields naming what was bought.
LINE_LISTS = frozenset({"items", "lines", "lineitems", "orderitems", "orderlines", "products",
                        "receiptlines", "entries"})
LINE_NAMES = frozenset({"name", "title", "desc", "description", "label", "productname",
                        "itemname"})
# ...and the plan bought, at the top of the request ({"plan": "deluxe", "price": "79.99",
# "order": "LG-25-88412"}: blind23); not a catalogue's product ID or SKU (blind2), a package's
# or an app bundle's name
PRODUCT_KEYS = frozenset({"plan", "planid", "plancode", "tier", "addon", "addons",
                          "subscription", "subscriptionplan"})
ORDER_CONFIDENCE = 0.65


def _order_detail(leaf: Leaf) -> str | None:
    """What ``leaf`` is in an order (its total, a line's name), or None."""
    words = set(key_words(leaf.key))
    if words & TOTAL_WORDS and words <= TOTAL_WORDS | TOTAL_EXTRA:
        return "an order's total, tip or tax" if validate("amount", leaf.text) else None
    if (norm_key(leaf.key) in PRODUCT_KEYS and "." not in leaf.path and type(leaf.value) is str
            and validate("text", leaf.text) and not leaf.text.isdigit()):
        return "the plan bought"
    above = leaf.path.rpartition(".")[0]
    if leaf.key.lower() in LINE_NAMES and above.endswith("]") and type(leaf.value) is str:
        lines = above.rpartition("[")[0].rpartition(".")[2].replace("_", "").lower()
        if lines in LINE_LISTS and validate("text", leaf.text):
            return "the name of a line of the order"
    return None


def order_details(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """In a request about a purchase, its totals and the names of its lines: what the user
    bought and paid (TAXONOMY.md financial.purchase), beside the order ID already found."""
    # an order's ID or an amount paid (digits), not a sort "order": "desc" (QA8)
    if not any(f.category == "financial.purchase" and not is_product_detail(f)
               and any(c.isdigit() for c in f.value) for f in found):
        return []
    have = {(f.part, f.path) for f in found}
    out = []
    for leaf in decoded.leaves:
        if leaf.array or (leaf.part, leaf.path) in have:
            continue
        what = _order_detail(leaf)
        if what is not None:
            out.append(leaf_finding(
                exchange_id, leaf, "financial.purchase", ORDER_CONFIDENCE,
                f"key '{leaf.key}' is {what}, in a request about a purchase", "context.order"))
    return out


# An amount beside its currency ({"value": 9.99, "currency": "USD"}: GA4's purchase parameters,
# Meta's _valueToSum with fb_currency, AppsFlyer's af_revenue with af_currency) in a request
# about a purchase: what the user paid. Without the currency beside it a "value" or an
# "amount" is any number (a score, a slider, a count).
AMOUNT_KEYS = frozenset({"value", "amount", "amt", "sum", "total", "price", "revenue",
                         "valuetosum", "amountcents", "amountminor", "totalamount", "cost",
                         "fee", "charge", "charged", "paid", "amountpaid", "subtotal"})
_CODE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _currency(leaf: Leaf) -> bool:
    t = leaf.text.strip()
    return (_english(leaf.key).endswith(("currency", "currencycode"))
            and len(t) == 3 and set(t.upper()) <= _CODE)


@lru_cache(maxsize=8192)
def _english(key: str) -> str:
    """A key name as ``norm_key`` writes it, or the English word it is ([words.translations]:
    Greek "synolo" is a total, "nomisma" a currency; QA70)."""
    k = norm_key(key)
    return tables().translations.get(k, k).replace(" ", "")


# What says the user bought: an event's or an action's name, or the call's path, in these
# words — not a screen's name ("billing"), a feature ("pay") or the app's own ad revenue (QA16)
BOUGHT = frozenset({"purchase", "purchased", "checkout", "order", "orders", "transaction",
                    "subscribe", "subscribed", "iap", "receipt", "paid", "booking", "booked",
                    "refund", "refunded", "buy", "bought", "payment", "pay",
                    # a priced plan sent to the subscriptions call (QA30)
                    "subscription", "subscriptions", "donation", "donate",
                    "reservation", "reservations", "reserved",
                    # a remittance is always money sent (Tagalog "padala": QA91); a deposit,
                    # a withdrawal or a top-up beside its currency (not a game's gems, a data
                    # plan's megabytes, loyalty points: the QA91 review)
                    "remittance", "remittances", "padala", "deposit", "deposits", "withdrawal",
                    "withdrawals", "topup", "topups"})
# ...and a bank transfer beside its other party's account or name: the user's transaction
# history (Data safety's purchase history, "purchases or transactions": QA84); not a game
# player's, a file's or a data plan's transfer
TRANSFERS = frozenset({"transfer", "transfers", "sepa", "remittance", "remittances"})
BANK_KEYS = frozenset({"iban", "payee", "beneficiary", "creditor", "debtor", "recipient",
                       "bic", "swift", "sortcode", "routingnumber", "accountnumber"})
# ...and the calls themselves, in the plural, as the path's last segment (blind21: POST
# /v3/bookings with its currency, a payment SDK's /v2/payments; not /payments/methods: QA51)
BOUGHT_CALLS = frozenset({"bookings", "payments", "purchases", "transactions", "donations",
                          "reservations", "charges"})  # (a processor's charge: QA86)
NOT_BOUGHT = frozenset({"ad", "ads", "revenue", "impression", "impressions", "view", "viewed",
                        "cancel", "cancelled", "canceled", "abandoned", "failed", "quote",
                        "limit", "limits", "estimate", "eligibility", "check",
                        # a fee's quote at a "charges" call (the QA86 review)
                        "delivery", "shipping", "fx", "roaming", "fee", "fees", "calculate",
                        # a calculator's, a simulation's, a selection's or a listing's deposit
                        # (the QA92 review)
                        "calculator", "simulation", "simulate", "selected", "select", "rates",
                        "security", "listing"})
EVENT_KEYS = frozenset({"event", "en", "name", "eventname", "event_name", "_eventname", "ev",
                        "evt", "action", "type", "eventtype", "event_type"})


def _bought(decoded: Decoded) -> bool:
    names = [set(key_words(leaf.text)) for leaf in decoded.leaves
             if leaf.key.lower() in EVENT_KEYS and type(leaf.value) is str
             and len(leaf.text) <= 40]
    names.append(set(url_words(decoded)))
    if call_words(decoded) & BOUGHT_CALLS:
        names.append({"purchase"} | names[-1])
    bought = BOUGHT | TRANSFERS if _banked(decoded.key_set()) else BOUGHT
    return any(words & bought and not words & NOT_BOUGHT for words in names)


@lru_cache(maxsize=4096)
def _banked(keys: frozenset[str]) -> bool:
    """The request names the other party of a bank transfer (an IBAN, a payee, a creditor)."""
    return bool(norm_keys(keys) & BANK_KEYS)


# ...or, with no currency, the total, price or deposit of a request to the call that places an
# order or a booking itself ("POST /orders" with "total": 61.47; blind17): not a search, a
# policy, an availability or a rating under it, nor a page of orders (QA28)
ORDER_CALLS = frozenset({"orders", "checkout", "bookings", "reservations", "appointments",
                         "pay", "payments", "donations", "donate",  # (a fine paid: blind21)
                         # a money transfer sent, a deposit or a withdrawal made (QA91's
                         # remittance app: "halaga" POSTed to /v1/transfers; blind60's poker
                         # room's cashier)
                         "remittances", "padala"})  # (Tagalog: a remittance sent, QA91)
ORDER_AMOUNTS = frozenset({"total", "subtotal", "totalamount", "grandtotal", "amountpaid",
                           "price", "totalprice", "deposit", "amount", "fee", "tip",
                           "sendamount", "amountsent"})
ORDER_AMOUNTS_UNDER = frozenset({"", "deposit", "payment", "totals", "summary", "order",
                                 "transfer", "remittance", "transaction"})
PAGING = frozenset({"page", "perpage", "limit", "offset", "cursor", "pagesize"})


# ...and a wallet's deposit, withdrawal or top-up with the means it is paid by or paid to (a
# card's payment method, a bank account: the betting and freelance apps of blind27, blind33,
# blind34, blind41, blind60), not a guild bank's gold, a game's gems, a data plan's megabytes
# (the QA91 review)
MONEY_CALLS = frozenset({"deposits", "withdrawals", "topups", "topup", "cashout"})
MEANS = frozenset({"method", "paymentmethod", "paymentmethodid", "source", "destination",
                   "card", "cardid", "iban", "accountnumber", "bankaccount", "payoutmethod"})
NOT_MONEY = frozenset({"item", "items", "gems", "coins", "points", "gold", "mb", "gb", "bytes",
                       "size", "quantity", "credits", "stars", "diamonds"})


def _order_call(decoded: Decoded) -> bool:
    """The request's last path segment names an order or a booking call (``/v1/orders``), or a
    wallet's money moved by its means (above)."""
    words = url_words(decoded)
    if words & MONEY_CALLS and call_words(decoded) & MONEY_CALLS:
        keys = norm_keys(decoded.key_set())
        return bool(keys & MEANS or words & {"wallet", "cashier"}) and not keys & NOT_MONEY
    if not words & ORDER_CALLS:
        return False  # (cached per path: most requests name no order call at all)
    return bool(call_words(decoded) & ORDER_CALLS)


def paid_amounts(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The amounts beside a currency code in a request about a purchase (above), and the totals
    sent to the call that orders or books."""
    currency = _currency_keys(decoded.key_set())
    ordering = not currency and _order_call(decoded) and not PAGING & norm_keys(
        decoded.key_set())
    if not ordering and not currency:
        return []  # most requests: no currency code anywhere, no order call
    if ordering:
        keys = ORDER_AMOUNTS
        priced = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
                  if leaf.part == "body" and leaf.path.rpartition(".")[0].lower().replace(
                      "_", "") in ORDER_AMOUNTS_UNDER}
    else:
        keys = AMOUNT_KEYS
        priced = {(leaf.part, leaf.path.rpartition(".")[0]) for leaf in decoded.leaves
                  if _currency(leaf)}
        if not priced or not _bought(decoded):
            return []
    have = {(f.part, f.path) for f in found}
    why = ("sent to the call that places an order or a booking" if ordering
           else "beside its currency, in a request about a purchase")
    return [leaf_finding(exchange_id, leaf, "financial.purchase", ORDER_CONFIDENCE,
                         f"key '{leaf.key}' is an amount {why}", "context.paid-amount")
            for leaf in decoded.leaves
            if (leaf.part, leaf.path.rpartition(".")[0]) in priced and not leaf.array
            and (leaf.part, leaf.path) not in have
            and _english(leaf.key) in keys
            and type(leaf.value) is not bool and validate("amount", leaf.text)]


@lru_cache(maxsize=4096)
def _currency_keys(keys: frozenset[str]) -> bool:
    return any("urrenc" in _english(k) for k in keys)
