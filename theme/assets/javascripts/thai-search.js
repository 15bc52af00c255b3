/* oitgen: cut Thai search queries into words before Material's search worker sees them.
 * The index is cut the same way at build time (generator/build/thai_search.py, ICU; Chromium's
 * Intl.Segmenter is ICU too). The search box keeps what the reader typed. Loaded in <head>, before
 * Material's bundle starts its worker. */
(function () {
  "use strict";
  if (typeof Worker === "undefined" || typeof Intl === "undefined" || !Intl.Segmenter) return;
  var QUERY = 2; /* Material's SearchMessageType.QUERY */
  var segmenter = new Intl.Segmenter("th", { granularity: "word" });
  var thaiRun = /[\u0E00-\u0E7F]+/g;
  /* Each Thai word becomes a required prefix term (+word*): a reader who types ป้องกันการทุจริต
   * wants pages with all three words, not any page with การ. A query that already uses search
   * syntax (+ - " * ~ ^ :) is only cut, its operators left as the reader wrote them. */
  function cut(query) {
    var plain = !/[+\-"*~^:]/.test(query);
    return query.replace(thaiRun, function (run) {
      return Array.from(segmenter.segment(run), function (s) {
        return plain ? "+" + s.segment + "*" : s.segment;
      }).join(" ");
    });
  }
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === QUERY && typeof message.data === "string")
      args[0] = { type: message.type, data: cut(message.data) };
    return post.apply(this, args);
  };
})();
