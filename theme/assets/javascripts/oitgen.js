/* oitgen: small fixes to Material's markup that its templates offer no block for.
 * The search panel is role="dialog" without a name (axe aria-dialog-name); name it. */
(function () {
  "use strict";
  var search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "ค้นหาในเว็บไซต์");
})();
