"""SVG images by allowlist: what is published is rebuilt from the elements and attributes known to
draw, never the file as written.

An SVG opened on its own runs in the site's origin, and the ways to make one run code or call
another host are many (``<script>``, ``on…=`` handlers, ``<set attributeName="onmouseover">``,
``<animate>`` rewriting an ``href``, ``<use href="data:image/svg+xml…">``, ``<foreignObject>``,
``<style>@import url(http://…)``, CSS escapes that spell ``url(`` in disguise). A denylist misses
some; so the file is parsed with ``defusedxml`` (no entities, no external DTD: no XXE, no billion
laughs) and a new tree is built from the allowed drawing elements and presentation attributes only.

Decision: the file is *refused* (``unsafe-svg``, naming the line and the construct) when anything
that could change what the image does or shows would have to be removed — the webmaster
re-exports a plain drawing; what editors add that never shows (Inkscape/Illustrator metadata,
``data-*`` attributes, comments, processing instructions) is dropped silently. A file that passes
is published as the rebuilt tree, so the page serves exactly what was checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import NamedTuple
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_DEPTH = 100



def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ELEMENTS = _words("""
    svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan textPath
    linearGradient radialGradient stop pattern clipPath mask marker image style filter feBlend
    feColorMatrix feComponentTransfer feComposite feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feMerge feMergeNode feMorphology feOffset feTile feTurbulence feDisplacementMap
""")
"""Drawing elements. Not: script, foreignObject, animation (set, animate…), a, iframe, feImage."""

ATTRIBUTES = _words("""
    id class style transform x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength
    viewBox preserveAspectRatio version baseProfile fill fill-opacity fill-rule stroke stroke-width
    stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity
    opacity color display visibility overflow clip-path clip-rule clipPathUnits mask maskUnits
    maskContentUnits marker-start marker-mid marker-end markerWidth markerHeight markerUnits refX refY
    orient font-family font-size font-weight font-style font-variant font-stretch text-anchor
    dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing text-decoration
    writing-mode direction unicode-bidi dx dy rotate textLength lengthAdjust startOffset method spacing
    side gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity patternUnits
    patternContentUnits patternTransform filter filterUnits primitiveUnits in in2 result stdDeviation
    mode type values operator k1 k2 k3 k4 flood-color flood-opacity radius tableValues slope intercept
    amplitude exponent baseFrequency numOctaves seed stitchTiles scale xChannelSelector yChannelSelector
    color-interpolation color-interpolation-filters shape-rendering text-rendering image-rendering
    vector-effect paint-order mix-blend-mode isolation enable-background media role aria-label
    aria-hidden focusable lang href
""")
"""Presentation and geometry attributes. No ``on…`` handler, no ``attributeName``, no ``src``."""

EDITOR_NAMESPACES = frozenset({
    "http://www.inkscape.org/namespaces/inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://creativecommons.org/ns#",
    "http://purl.org/dc/elements/1.1/", "http://www.bohemiancoding.com/sketch/ns",
    "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
    "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/Graphs/1.0/",
    "http://ns.adobe.com/SaveForWeb/1.0/", "http://ns.adobe.com/Variables/1.0/",
    "http://ns.adobe.com/ImageReplacement/1.0/", "http://ns.adobe.com/GenericCustomNamespace/1.0/",
    "http://ns.adobe.com/XPath/1.0/",
})
"""What drawing programs add that never shows: dropped without a word."""

_INTERNAL_REF = re.compile(r"^#[A-Za-z_][\w.:-]*$")
_EMBEDDED_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+$")
_URL_CALL = re.compile(r"url\(\s*(['\"]?)\s*([^)'\"]*)", re.IGNORECASE)
_CSS_DANGER = re.compile(r"@import|image-set|expression\s*\(|javascript:|behavior\s*:|-moz-binding|\\|<",
                         re.IGNORECASE)


class Problem(NamedTuple):
    """One refused construct, in English and Thai (element and attribute names as written)."""

    en: str
    th: str


@dataclass
class SanitisedSvg:
    """The rebuilt drawing, and what had to be refused (empty when the file is safe)."""

    data: bytes = b""
    problems: list[Problem] = field(default_factory=list)


class _LineTracker(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on (for the message)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.expat: object | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        self.lines[id(element)] = getattr(self.expat, "CurrentLineNumber", 0)
        return element


def sanitise_svg(data: bytes) -> SanitisedSvg:
    """Parse safely, rebuild from the allowlist; ``problems`` name each refused construct."""
    tracker = _LineTracker()
    parser = DefusedXMLParser(target=tracker, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    tracker.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        return SanitisedSvg(problems=[Problem("it declares XML entities or external references",
                                              "มีการประกาศ XML entity หรือการอ้างอิงภายนอก")])
    except (ET.ParseError, ExpatError) as exc:
        return SanitisedSvg(problems=[Problem(f"it is not well-formed XML ({exc})",
                                              f"ไม่ใช่ XML ที่ถูกต้อง ({exc})")])
    result = SanitisedSvg()
    if _local(root.tag) != "svg" or _namespace(root.tag) not in ("", SVG_NS):
        result.problems.append(Problem("its root element is not <svg>", "องค์ประกอบหลักไม่ใช่ <svg>"))
        return result
    clean = _rebuild(root, tracker.lines, result.problems, 0)
    if clean is not None and not result.problems:
        clean.set("xmlns", SVG_NS)  # every element is in it; attributes stay unqualified
        result.data = ET.tostring(clean, encoding="utf-8")
    return result


def _namespace(name: str) -> str:
    return name[1:].split("}", 1)[0] if name.startswith("{") else ""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _rebuild(element: ET.Element, lines: dict[int, int], problems: list[Problem],
             depth: int) -> ET.Element | None:
    """The allowed copy of ``element`` (``None`` when it is editor metadata to drop)."""
    line = lines.get(id(element), 0)
    namespace, name = _namespace(element.tag), _local(element.tag)
    if namespace in EDITOR_NAMESPACES or (namespace in ("", SVG_NS) and name == "metadata"):
        return None
    if namespace not in ("", SVG_NS) or name not in ELEMENTS:
        problems.append(Problem(f"line {line}: element <{name}> is not allowed",
                                f"บรรทัด {line}: ไม่อนุญาตให้มี <{name}>"))
        return None
    if depth > MAX_DEPTH:
        problems.append(Problem(f"line {line}: elements nested more than {MAX_DEPTH} deep",
                                f"บรรทัด {line}: ซ้อนกันลึกเกิน {MAX_DEPTH} ชั้น"))
        return None
    copy = ET.Element(name, _attributes(element, name, line, problems))
    copy.text = _text(element.text, name, line, problems)
    for child in element:
        rebuilt = _rebuild(child, lines, problems, depth + 1)
        if rebuilt is not None:  # a dropped child's tail is the whitespace after editor metadata
            rebuilt.tail = child.tail
            copy.append(rebuilt)
    return copy


def _text(text: str | None, element: str, line: int, problems: list[Problem]) -> str | None:
    if text is not None and element == "style" and (problem := css_problem(text)):
        problems.append(Problem(f"line {line}: <style> {problem.en}", f"บรรทัด {line}: <style> {problem.th}"))
    return text


def _attributes(element: ET.Element, name: str, line: int, problems: list[Problem]) -> dict[str, str]:
    kept: dict[str, str] = {}
    for key, value in element.attrib.items():
        namespace, attribute = _namespace(key), _local(key)
        if namespace in EDITOR_NAMESPACES or (not namespace and attribute.startswith("data-")):
            continue
        if namespace == XML_NS and attribute in ("space", "lang"):
            kept[key] = value
            continue
        if namespace not in ("", XLINK_NS) or attribute not in ATTRIBUTES \
                or (namespace == XLINK_NS and attribute != "href"):
            problems.append(Problem(f"line {line}: attribute {attribute}= on <{name}> is not allowed",
                                    f"บรรทัด {line}: ไม่อนุญาตให้มี {attribute}= ใน <{name}>"))
            continue
        if problem := _value_problem(name, attribute, value):
            problems.append(Problem(f"line {line}: {attribute}= on <{name}> {problem.en}",
                                    f"บรรทัด {line}: {attribute}= ใน <{name}> {problem.th}"))
            continue
        kept[attribute] = value
    return kept


def _value_problem(element: str, attribute: str, value: str) -> Problem | None:
    """Why an allowed attribute's value is not, or ``None``."""
    if attribute == "href":
        target = value.strip()
        if _INTERNAL_REF.match(target) or (element == "image" and _EMBEDDED_IMAGE.match(target)):
            return None
        return Problem("may only point inside the drawing (#id) or embed a PNG/JPEG/GIF/WebP image",
                       "อ้างถึงได้เฉพาะภายในภาพ (#id) หรือฝังภาพ PNG/JPEG/GIF/WebP")
    if attribute == "style":
        return css_problem(value)
    return _url_problem(value)


def _url_problem(text: str) -> Problem | None:
    for match in _URL_CALL.finditer(text):
        if not match.group(2).strip().startswith("#"):
            return Problem("refers to another file or host with url(…)", "อ้างถึงไฟล์หรือเว็บไซต์อื่นด้วย url(…)")
    return None


def css_problem(css: str) -> Problem | None:
    """Why a style sheet or ``style=`` could fetch, run or disguise something, or ``None``."""
    if danger := _CSS_DANGER.search(css):
        return Problem(f"holds '{danger.group(0)}', which is not allowed in a drawing's CSS",
                       f"มี '{danger.group(0)}' ซึ่งไม่อนุญาตใน CSS ของภาพ")
    return _url_problem(css)
