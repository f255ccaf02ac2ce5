// Progressive enhancement for session pages: every page works without it.
// - the "link" control of a remark copies its permalink to the clipboard;
// - j / k move to the next / previous remark.
(function () {
  "use strict";

  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.permalink");
    if (!a || !navigator.clipboard) return;
    var url = new URL(a.getAttribute("href"), location.href).href;
    navigator.clipboard.writeText(url).then(function () {
      a.setAttribute("data-copied", "true");
      var status = document.getElementById("copy-status");
      if (status) status.textContent = "Link copied: " + url;
      setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
    }, function () {});
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (ev.key !== "j" && ev.key !== "k") return;
    var remarks = Array.prototype.slice.call(document.querySelectorAll("article.remark"));
    if (!remarks.length) return;
    var current = document.querySelector("article.remark:target") || document.activeElement.closest && document.activeElement.closest("article.remark");
    var i = remarks.indexOf(current);
    var next = ev.key === "j" ? (i < 0 ? 0 : Math.min(i + 1, remarks.length - 1)) : (i < 0 ? 0 : Math.max(i - 1, 0));
    var el = remarks[next];
    history.replaceState(null, "", "#" + el.id);
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    // :target does not follow replaceState; mirror it for the highlight.
    remarks.forEach(function (r) { r.classList.toggle("current", r === el); });
    ev.preventDefault();
  });
})();
