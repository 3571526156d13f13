"""phonehome: what a mobile app sends, to whom, to which country, and whether its policy says so.

All logic lives in this package: ``sources`` turn captures into records, ``store`` keeps the
study database, ``passes`` decode, classify, enrich and check, ``report`` renders the results.
"""

__version__ = "0.1.0"
