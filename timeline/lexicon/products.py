"""Word tables for products, models, services and market indices (data only).

`timeline.actors` reads these: a product is an entity a reader follows with
`--actor` ("iPhone 4", "iTunes Store", "A380"), never a person; an index is
one too ("the Dow", "FTSE 100"). A new index or product word is one line here.
"""

from __future__ import annotations

# Market indices by their usual name, with the short forms news and readers
# use ("the Dow", "the Nasdaq", "the S&P"). Joined like the built-in aliases.
MARKET_INDICES = {
    "Dow Jones Industrial Average": ["Dow", "Dow Jones", "DJIA", "Dow Jones industrial average",
                                     "Dow industrials", "Dow Jones industrials"],
    "Nasdaq Composite": ["Nasdaq", "Nasdaq composite", "Nasdaq Composite Index", "Nasdaq composite index"],
    "S&P 500": ["Standard & Poor's 500", "Standard and Poor's 500", "S&P 500 index"],  # not "S&P" alone: also the rating agency
    "FTSE 100": ["FTSE", "FTSE 100 index", "Footsie"],
    "FTSE 250": ["FTSE 250 index"],
    "DAX": ["Dax", "DAX 30", "DAX 40"],
    "CAC 40": ["CAC"],
    "Nikkei 225": ["Nikkei", "Nikkei average", "Nikkei 225 index"],
    "Hang Seng": ["Hang Seng index", "Hang Seng Index"],
    "Stoxx 600": ["STOXX 600", "Stoxx Europe 600", "STOXX Europe 600", "pan-European STOXX 600"],
    "Euro Stoxx 50": ["Euro STOXX 50", "EURO STOXX 50"],
    "Russell 2000": ["Russell 2000 index"],
    "Shanghai Composite": ["Shanghai Composite Index", "Shanghai composite"],
    "Kospi": ["KOSPI"],
    "Sensex": ["BSE Sensex", "S&P BSE Sensex"],
}

# Last words of a product's or a service's name that say what kind of thing it
# is ("iTunes Store", "Nasdaq Composite", "Dow Jones Industrial Average"): a
# name ending in one is a product, never a person.
PRODUCT_HEAD_WORDS = frozenset("""
Store Index Average Composite Phone Player Browser Console Tablet Smartphone
""".split())

# Within one article, "the <noun>" refers back to the most recent product whose
# kind fits ("the phone" after "iPhone 4", "the index" after "FTSE 100"). None
# means any product fits; a tuple lists the name words one of which the
# antecedent must contain; "index" means a market index.
NOUNS_FOR_AN_EARLIER_PRODUCT = {
    "phone": None, "smartphone": None, "handset": None, "device": None, "player": None, "console": None,
    "tablet": None, "laptop": None, "store": ("Store",), "index": "index", "benchmark": "index",
}
# Not "the plane", "the jet", "the aircraft": in news they are one aircraft
# (of a crash, of an order), not the model named before.

# Common nouns news writes after an index's or a company's name to say what
# it is ("Hong Kong's Hang Seng index plummeted", "the Nasdaq composite
# index was up"): the sentence's subject goes on to them.
KIND_NOUNS_AFTER_A_NAME = frozenset("index indexes indices composite average company corporation".split())

# Common nouns a reader may type after a name to say what it is ("iTunes
# store", "Nasdaq index", "Boeing company"): the name alone is asked for too.
KIND_NOUNS_IN_A_QUERY = frozenset(NOUNS_FOR_AN_EARLIER_PRODUCT) | frozenset("""
company firm group corporation corp inc store service services index average
airline carrier carmaker automaker planemaker bank app software
""".split())
