"""Moved: the catalogue model to ``generator.models.catalogue``, the built-in catalogues' list to
``generator.load.catalogues``; this name stays only so branches written before the move still
import; delete it once they are merged."""

from generator.load.catalogues import builtin_catalogues
from generator.models.catalogue import Catalogue, CatalogueItem

__all__ = ["Catalogue", "CatalogueItem", "builtin_catalogues"]
