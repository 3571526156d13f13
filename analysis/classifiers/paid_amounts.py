"""What the user paid: an amount beside its currency in a request about a purchase (GA4's
``value`` with ``currency``, Meta's ``_valueToSum``, AppsFlyer's ``af_revenue``), and the total,
price, fee or deposit sent to the call that places an order, a booking, a remittance or a
wallet's deposit (``purchase.py`` reads the order's lines and IDs). Without the currency or the
call a "value" or an "amount" is any number (a score, a slider, a count). TAXONOMY.md's
``financial.purchase``; Google Play's Data safety reads purchase history as "purchases or
transactions".
"""

from __future__ import annotations

from functools import lru_cache

from analysis.classifiers.base import leaf_finding
from analysis.classifiers.currencies import coded, currency_code
from analysis.classifiers.rules import norm_key, norm_keys
from analysis.classifiers.structure_base import call_words, url_words
from analysis.classifiers.validators import validate
from analysis.classifiers.words import english_name, key_words
from analysis.decoders import Decoded
from analysis.decoders.leaves import Leaf
from analysis.records import Finding

ORDER_CONFIDENCE = 0.65
CHARGED_CONFIDENCE = 0.55


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
    return ((_english(leaf.key).endswith(("currency", "currencycode"))
             and len(t) == 3 and set(t.upper()) <= _CODE)
            or (type(leaf.value) is str and currency_code(t)))  # (currencies.py)


@lru_cache(maxsize=8192)
def _english(key: str) -> str:
    """A key name as ``norm_key`` writes it, or the English word it is ([words.translations]:
    Greek "synolo" is a total, "nomisma" a currency; QA70)."""
    return english_name(norm_key(key))


# What says the user bought: an event's or an action's name, or the call's path, in these
# words — not a screen's name ("billing"), a feature ("pay") or the app's own ad revenue (QA16)
BOUGHT = frozenset({"purchase", "purchased", "checkout", "order", "orders", "transaction",
                    "subscribe", "subscribed", "iap", "receipt", "paid", "booking", "booked",
                    "refund", "refunded", "buy", "bought", "payment", "pay",
                    # a priced plan sent to the subscriptions call (QA30)
                    "subscription", "subscriptions", "donation", "donate", "donations",
                    "tithe", "tithes",  # (QA104's church app: "/v1/dizimos/recorrente")
                    "reservation", "reservations", "reserved",
                    # a remittance is always money sent (Tagalog "padala": QA91); a deposit,
                    # a withdrawal or a top-up beside its currency (not a game's gems, a data
                    # plan's megabytes, loyalty points: the QA91 review)
                    "remittance", "remittances", "padala", "deposit", "deposits", "withdrawal",
                    "withdrawals", "topup", "topups",
                    # money paid out to the user (a crop's sale, a cooperative's share, a
                    # courier's earnings) or repaid on a loan: a transaction of theirs
                    # (blind105's tobacco floor, blind110's and blind112's)
                    "payout", "payouts", "repayment", "repayments", "requesttopay",
                    "disbursement", "disbursements"})
# ...and a bank transfer beside its other party's account or name: the user's transaction
# history (Data safety's purchase history, "purchases or transactions": QA84); not a game
# player's, a file's or a data plan's transfer
TRANSFERS = frozenset({"transfer", "transfers", "sepa", "remittance", "remittances"})
BANK_KEYS = frozenset({"iban", "payee", "beneficiary", "creditor", "debtor", "recipient",
                       "bic", "swift", "sortcode", "routingnumber", "accountnumber"})
# ...and the calls themselves, in the plural, as the path's last segment (blind21: POST
# /v3/bookings with its currency, a payment SDK's /v2/payments; not /payments/methods: QA51)
BOUGHT_CALLS = frozenset({"bookings", "payments", "purchases", "transactions", "donations",
                          "reservations", "charges",  # (a processor's charge: QA86)
                          # a mobile-money API's collection from the payer's wallet (QA198's
                          # "/v1/collections", as MoMo APIs name their "request to pay")
                          "collections"})
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
    if call_words(decoded) & BOUGHT_CALLS or (call_words(decoded) & CONFIRMS
                                              and names[-1] & BOUGHT_CALLS):
        names.append({"purchase"} | names[-1])
    bought = BOUGHT | TRANSFERS if _banked(decoded.key_set()) else BOUGHT
    return any(words & bought and not words & NOT_BOUGHT for words in names)


@lru_cache(maxsize=4096)
def _banked(keys: frozenset[str]) -> bool:
    """The request names the other party of a bank transfer (an IBAN, a payee, a creditor),
    also as a word of a longer key (QA187's remittance SDK: "recipient_iban",
    "recipient_name")."""
    return bool(norm_keys(keys) & BANK_KEYS) or any(
        not BANK_KEYS.isdisjoint(key_words(k)) for k in keys)


# ...and, in a request no word says is a purchase (a payment SDK's "/v1/mobile_money", a UPI
# collect, "/v1/fees/pay" in an app's own words), an amount, a total or a fee charged beside its
# currency code in the same object: what the user pays (the evaluation sets: 194 such fields
# labelled a purchase, 16 not, all a listing's, a quote's, a catalogue's or an estimate's price,
# hence no "price" and no "value", and not under those calls or objects)
CHARGED = frozenset({"amount", "amt", "total", "totalamount", "grandtotal", "subtotal", "fee",
                     "paid", "amountpaid", "charge", "charged", "sum", "amountcents",
                     "amountminor"})
ASKED = frozenset({"listing", "listings", "catalog", "catalogue", "prices", "price", "quote",
                   "quotes", "offer", "offers", "estimate", "estimates", "est", "estimated",
                   "calculator", "calculate", "simulation", "simulate", "rates", "rate",
                   "limit", "limits", "eligibility", "ad", "ads", "impression", "impressions",
                   "revenue", "balance", "budget", "goal", "target", "min", "max", "salary",
                   "income", "floor", "cart", "preview",
                   # a saved method's check, a delivery's quote, a player's transfer fee and an
                   # analytics event's (paid_events.py reads those: the QA51, QA84, QA86 reviews)
                   "method", "methods", "delivery", "shipping", "transfer", "transfers",
                   "event", "events"})
EVENT_NAMED = frozenset({"event", "eventname", "en", "ev", "evt", "eventtype"})


# ...or, with no currency, the total, price or deposit of a request to the call that places an
# order or a booking itself ("POST /orders" with "total": 61.47; blind17): not a search, a
# policy, an availability or a rating under it, nor a page of orders (QA28)
ORDER_CALLS = frozenset({"orders", "checkout", "bookings", "reservations", "appointments",
                         "pay", "payments", "donations", "donate",  # (a fine paid: blind21)
                         # a money transfer sent, a deposit or a withdrawal made (QA91's
                         # remittance app: "halaga" POSTed to /v1/transfers; blind60's poker
                         # room's cashier)
                         "remittances", "padala",  # (Tagalog: a remittance sent, QA91)
                         # a gift card, a pledge, a tip, a pass, a consultation, a course's
                         # or a camp's registration bought (not a support ticket: the first
                         # runs of blind71 to blind96)
                         "giftcards", "pledges", "tips", "tip", "passes", "tithes",
                         "tithe", "offerings", "pix",  # (QA104: a tithe, a Pix payment)
                         "consults", "registrations", "enrolments", "enrollments",
                         "payouts", "repayments"})
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


# ...and a payment processor's charge confirmed or captured with its currency (blind52's
# "POST /v2/charges/ch_…/confirm": the charge's path names it, not its last segment)
CONFIRMS = frozenset({"confirm", "capture", "complete", "authorize", "authorise", "pay"})


def paid_amounts(exchange_id: int, decoded: Decoded, found: list[Finding]) -> list[Finding]:
    """The amounts beside a currency code in a request about a purchase (above), and the totals
    sent to the call that orders or books."""
    return _amounts(exchange_id, decoded, {(f.part, f.path) for f in found})


def _amounts(exchange_id: int, decoded: Decoded, have: set[tuple[str, str]]) -> list[Finding]:
    currency = _currency_keys(decoded.key_set()) or coded(decoded)
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
        if not priced:
            return []
        if not _bought(decoded):
            keys = CHARGED
            priced = {p for p in priced
                      if ASKED.isdisjoint(key_words(p[1].rpartition(".")[2]))}
            if (not priced or url_words(decoded) & ASKED
                    or norm_keys(decoded.key_set()) & EVENT_NAMED):
                return []
    why = ("sent to the call that places an order or a booking" if ordering
           else "beside its currency, in a request about a purchase" if keys is AMOUNT_KEYS
           else "charged, beside its currency")
    # (an amount beside its currency in a call no word says is a purchase is as often a
    # quote's, a converter's or a listing's in the app's own words: below a verdict, the
    # session's review)
    confidence = ORDER_CONFIDENCE if keys is not CHARGED else CHARGED_CONFIDENCE
    return [leaf_finding(exchange_id, leaf, "financial.purchase", confidence,
                         f"key '{leaf.key}' is an amount {why}", "context.paid-amount")
            for leaf in decoded.leaves
            if (leaf.part, leaf.path.rpartition(".")[0]) in priced and not leaf.array
            and (leaf.part, leaf.path) not in have
            and _english(leaf.key) in keys
            and type(leaf.value) is not bool and validate("amount", leaf.text)]


@lru_cache(maxsize=4096)
def _currency_keys(keys: frozenset[str]) -> bool:
    return any("urrenc" in _english(k) for k in keys)
