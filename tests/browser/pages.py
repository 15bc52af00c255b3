"""The page types of the demo site the browser suite visits (one page of each kind)."""

from __future__ import annotations

# kind → path under the site root
PAGE_TYPES: dict[str, str] = {
    "home": "",
    "section": "basic/",
    "executives": "basic/executives/",
    "news list": "basic/news/",
    "plan": "anti-corruption/plans/2568/",
    "no-gift": "anti-corruption/no-gift/2568/",
    "risk": "anti-corruption/risk/2568/",
    "document": "hr/documents/hr-policy-2568/",
    "statistics chart": "administration/statistics/2568/",
    "complaints": "transparency/complaints/2568/",
    "procurement year": "budget/procurement/2568/",
    "procurement month (สขร.1)": "budget/procurement/2568/01/",
    "procurement plan": "budget/procurement/2568/plan/",
    "oit index": "oit/2568/",
    "oit item": "oit/2568/o1/",
    "open data": "data/",
    "privacy notice": "about/privacy/",
    "sitemap page": "about/sitemap/",
    "history": "history/",
    "not found (404)": "no-such-page/",
}

# the six OIT categories, the home page's entry points (DESIGN §4)
CATEGORIES: dict[str, str] = {
    "ข้อมูลพื้นฐาน": "basic/",
    "การบริหารงาน": "administration/",
    "การบริหารเงินงบประมาณ": "budget/",
    "การบริหารและพัฒนาทรัพยากรบุคคล": "hr/",
    "การส่งเสริมความโปร่งใส": "transparency/",
    "การป้องกันการทุจริต": "anti-corruption/",
}
