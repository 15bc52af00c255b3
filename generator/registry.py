"""The content kinds, each declared once: where its files are, its model, and what every stage does
with it (DESIGN §1, "one place per content kind").

A kind is one ``Kind`` below: its key, its folder and file pattern under ``content/``, its model and
reader, its checks, its page builders and its open-data files. This module sits above the stages
(beside ``pipeline``) and hands the kinds down: ``load_agency`` reads their files, and the loaded
``Agency`` carries them, so the checks stage runs their checks, render calls their page builders and
open data writes their files, and the JSON Schemas cover their models. Adding a kind means a model,
a line here and a template. Checks that read every kind (personal data, attachments, file names…)
are site checks, in ``generator.checks``; section indexes and OIT pages are built from all pages.

The order is the order of the site's pages (the basic information first, procurement last).
"""

from __future__ import annotations

from generator.checks import (
    basic_info,
    complaint_totals,
    detail_sheets,
    duplicates,
    ita_scores,
    plan_rows,
    plan_totals,
    procurement,
    risk_scores,
    service_totals,
)
from generator.load.agency import Kind
from generator.load.front_matter import read_front_matter_file, read_news_file
from generator.load.procurement_csv import PLAN_FILE, read_month_csv
from generator.models.complaints import ComplaintChannels, ComplaintStatistics
from generator.models.document import DisclosureDocument
from generator.models.executives import Executives
from generator.models.integrity import IntegrityMeasures
from generator.models.ita import ItaResult
from generator.models.news import NewsItem
from generator.models.no_gift import NoGiftPolicy
from generator.models.plan import ActionPlan
from generator.models.procurement import ProcurementMonth, ProcurementPlan
from generator.models.profile import OrganisationProfile
from generator.models.risk import RiskAssessment
from generator.models.standard_page import StandardPage
from generator.models.statistics import SatisfactionSurvey, ServiceStatistics
from generator.opendata import anti_corruption as anti_corruption_data
from generator.opendata import ocds
from generator.opendata import procurement as procurement_data
from generator.opendata import statistics as statistics_data
from generator.render import (
    basic_pages,
    complaint_pages,
    document_pages,
    integrity_pages,
    ita_pages,
    nacc_form_pages,
    news_pages,
    no_gift_pages,
    plan_item_pages,
    plan_pages,
    procurement_pages,
    risk_pages,
    standard_pages,
    statistics_pages,
)

YEAR = "[0-9][0-9][0-9][0-9]"

KINDS: tuple[Kind, ...] = (
    Kind("profile", "organisation", OrganisationProfile, "profile",
         checks=(basic_info.check,), pages=(basic_pages.pages,)),
    Kind("executives", "organisation", Executives, "executives"),
    Kind("news", "news", NewsItem, suffixes=(".md",), reader=read_news_file, pages=(news_pages.pages,)),
    Kind("plans", "plans", ActionPlan,
         checks=(plan_totals.check, detail_sheets.check, plan_rows.check, duplicates.check),
         pages=(plan_pages.pages, plan_item_pages.pages), datasets=(anti_corruption_data.files,)),
    Kind("no_gift", "no-gift", NoGiftPolicy, pages=(no_gift_pages.pages,)),
    Kind("risk", "risk", RiskAssessment, checks=(risk_scores.check,), pages=(risk_pages.pages,)),
    Kind("integrity", "integrity", IntegrityMeasures, pages=(integrity_pages.pages,)),
    Kind("ita", "ita", ItaResult, checks=(ita_scores.check,), pages=(ita_pages.pages,)),
    Kind("service_statistics", "statistics", ServiceStatistics, f"{YEAR}/services",
         checks=(service_totals.check,), pages=(statistics_pages.pages,), datasets=(statistics_data.files,)),
    Kind("satisfaction", "statistics", SatisfactionSurvey, f"{YEAR}/satisfaction"),
    Kind("complaints", "complaints", ComplaintStatistics, YEAR,
         checks=(complaint_totals.check,), pages=(complaint_pages.pages,)),
    Kind("complaint_channels", "complaints", ComplaintChannels, "channels"),
    Kind("documents", "documents", DisclosureDocument, pages=(document_pages.pages,)),
    Kind("procurement_plans", "procurement", ProcurementPlan, "*/plan",
         pages=(procurement_pages.pages, nacc_form_pages.pages),
         datasets=(procurement_data.files, ocds.files)),
    Kind("procurement_months", "procurement", ProcurementMonth, "*/*", suffixes=(".csv",),
         reader=read_month_csv, reads_beside=(PLAN_FILE,), checks=(procurement.check,)),
    Kind("standard_pages", "about", StandardPage, suffixes=(".md",), reader=read_front_matter_file,
         pages=(standard_pages.pages,)),
)
"""Every content kind, in page order; keys are unique (``tests/test_registry.py``)."""
