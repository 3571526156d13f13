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

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.rules import norm_key
from analysis.classifiers.validators import validate
from analysis.classifiers.words import key_words
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
