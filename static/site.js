// Progressive enhancement: every page works without this script.
// - the "link" control of a remark copies its permalink to the clipboard;
// - "Copy citation" on a remark page copies the citation line;
// - j / k move to the next / previous remark, from the one on screen;
// - the filter box of /speakers narrows the list as one types;
// - a session's agenda folds on a phone and, beside the remarks on a wide
//   screen, marks the item being read;
// - n / p go through an upload preview's remarks to check first;
// - speaker fields (data-suggest) offer speakers as one types;
// - a preview's correction forms save in place, without a page load;
// - an old #r{key} fragment of a remark removed in a correction moves to
//   the nearest surviving remark and says so.
(function () {
  "use strict";

  function announce(text) {
    var status = document.getElementById("copy-status");
    if (status) status.textContent = text;
  }

  function copy(text, done, failed) {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return failed();
    navigator.clipboard.writeText(text).then(done, failed);
  }

  document.addEventListener("click", function (ev) {
    if (ev.button !== 0 || ev.altKey || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
    var a = ev.target.closest && ev.target.closest("a.permalink");
    if (a && navigator.clipboard) {
      ev.preventDefault();
      var url = new URL(a.getAttribute("href"), location.href).href;
      copy(url, function () {
        a.setAttribute("data-copied", "true");
        announce("Link copied: " + url);
        setTimeout(function () { a.removeAttribute("data-copied"); }, 2000);
      }, function () { location.href = url; });
      return;
    }
    var b = ev.target.closest && ev.target.closest("button[data-copy]");
    if (b) {
      var src = document.getElementById(b.getAttribute("data-copy"));
      if (src) copy(src.textContent, function () { announce("Citation copied."); }, function () {});
    }
  });

  function followMoved() {
    var id = location.hash.slice(1);
    var el = id && document.getElementById(id);
    var to = el && el.getAttribute("data-moved-to");
    if (!to) return;
    var notice = document.getElementById("moved-notice");
    if (notice) notice.hidden = false;
    location.replace("#" + to);
  }
  window.addEventListener("hashchange", followMoved);

  // /speakers: a filter box narrows the list as one types.
  function speakerFilter() {
    var input = document.getElementById("speaker-filter");
    if (!input) return;
    input.closest(".speaker-filter").hidden = false;
    var status = document.getElementById("filter-status");
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase(), shown = 0;
      document.querySelectorAll("section.letter").forEach(function (sec) {
        var any = false;
        sec.querySelectorAll("li").forEach(function (li) {
          var hit = !q || li.firstElementChild.textContent.toLowerCase().indexOf(q) >= 0;
          li.hidden = !hit;
          if (hit) { any = true; shown++; }
        });
        sec.hidden = !any;
      });
      status.textContent = q ? shown + (shown === 1 ? " speaker" : " speakers") : "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    followMoved();
    speakerFilter();
    agenda();
    var buttons = document.querySelectorAll("button[data-copy]");
    for (var i = 0; i < buttons.length; i++) {
      if (navigator.clipboard) buttons[i].hidden = false;
    }
  });

  // A session page's agenda (nav#agenda > details): open on a wide screen,
  // where CSS makes it a sticky column (already shown, so opening it moves
  // nothing) and this marks the item in view (aria-current); folded on a
  // narrow one, as the HTML has it, opened by its summary or an item's
  // "Agenda" link.
  function agenda() {
    var nav = document.getElementById("agenda");
    var details = nav && nav.querySelector("details");
    if (!details) return;
    var wide = window.matchMedia("(min-width: 76rem)");
    var fit = function () { details.open = wide.matches; };
    fit();
    if (wide.addEventListener) wide.addEventListener("change", fit);
    document.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a.to-agenda")) details.open = true;
    });
    var links = {};
    Array.prototype.forEach.call(nav.querySelectorAll("a[data-item]"), function (a) {
      links[a.getAttribute("data-item")] = a;
    });
    var sections = Array.prototype.filter.call(document.querySelectorAll("section.item[id]"), function (s) {
      return links[s.id];
    });
    var current = null, pending = false;
    function mark() {
      pending = false;
      var line = window.innerHeight / 4, at = null;
      for (var i = 0; i < sections.length && sections[i].getBoundingClientRect().top <= line; i++) at = sections[i];
      var a = at ? links[at.id] : null;
      if (a === current) return;
      if (current) current.removeAttribute("aria-current");
      if (a) {
        a.setAttribute("aria-current", "location");
        // Keep the marked item within the column, not the page, in view.
        if (a.offsetTop < nav.scrollTop || a.offsetTop > nav.scrollTop + nav.clientHeight - a.offsetHeight) {
          nav.scrollTop = a.offsetTop - nav.clientHeight / 3;
        }
      }
      current = a;
    }
    window.addEventListener("scroll", function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(mark);
      }
    }, { passive: true });
    // In the next frame, with the layout the browser makes anyway.
    window.requestAnimationFrame(mark);
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  // An upload's preview: n / p go through the remarks to check first,
  // least sure first, opening each one's correction form at its speaker.
  function checkFirst(ev) {
    var links = Array.prototype.slice.call(document.querySelectorAll(".unsure-list a[href^='#pr']"));
    if (!links.length) return false;
    var ids = links.map(function (a) { return a.getAttribute("href").slice(1); });
    var at = ids.indexOf(document.body.getAttribute("data-checking"));
    var next = ev.key === "n" ? Math.min(at + 1, ids.length - 1) : Math.max(at - 1, 0);
    var el = document.getElementById(ids[next]);
    if (!el) return false;
    document.body.setAttribute("data-checking", ids[next]);
    var fix = document.getElementById(ids[next] + "-fix");
    el.scrollIntoView({ block: "center" });
    if (fix) {
      fix.open = true;
      // Focused when the key is released, so that its character does not
      // land in the field.
      focusOnKeyUp = fix.querySelector("input[name=speaker]");
    }
    return true;
  }
  var focusOnKeyUp = null;
  document.addEventListener("keyup", function (ev) {
    if (!focusOnKeyUp || (ev.key !== "n" && ev.key !== "p")) return;
    focusOnKeyUp.focus({ preventScroll: true });
    focusOnKeyUp = null;
  });

  // Speaker fields (data-suggest="URL of the suggestions"): offer the
  // speakers matching what is typed in the field's datalist. An option's
  // value is the name (the fields take names), or the slug when two
  // speakers offered share a name.
  var suggestTimer = 0, suggestSeq = 0;
  document.addEventListener("input", function (ev) {
    var field = ev.target;
    var from = field.getAttribute && field.getAttribute("data-suggest");
    var list = from && field.list;
    if (!list) return;
    clearTimeout(suggestTimer);
    var q = field.value.trim();
    if (q.length < 2) return;
    suggestTimer = setTimeout(function () {
      var seq = ++suggestSeq;
      fetch(from + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) {
          if (seq !== suggestSeq) return; // a later keystroke's answer wins
          var seen = {};
          found.forEach(function (s) { seen[s.name] = (seen[s.name] || 0) + 1; });
          list.textContent = "";
          found.forEach(function (s) {
            var o = document.createElement("option");
            o.value = seen[s.name] > 1 ? s.slug : s.name;
            o.label = s.name + " (" + s.slug + ")";
            list.appendChild(o);
          });
        }, function () {});
    }, 150);
  });

  // A preview's correction forms: posted in the background, the preview
  // the server answers with replaces this one, at the same remark; a
  // refusal shows in the form. The plain form post does the same with a
  // page load.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form.closest || !form.closest("details.fix") || !window.fetch || !window.DOMParser) return;
    ev.preventDefault();
    var anchor = form.closest("article") && form.closest("article").id;
    fetch(form.action, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (r) {
      return r.text().then(function (html) { return { ok: r.ok, html: html }; });
    }).then(function (res) {
      var doc = new DOMParser().parseFromString(res.html, "text/html");
      var main = document.getElementById("main"), fresh = doc.getElementById("main");
      if (!res.ok || !main || !fresh) {
        var msg = doc.querySelector("main p");
        var err = form.querySelector(".error") || document.createElement("p");
        err.className = "error";
        err.setAttribute("role", "alert");
        err.textContent = msg ? msg.textContent : "The correction could not be saved.";
        form.insertBefore(err, form.firstChild);
        return;
      }
      main.innerHTML = fresh.innerHTML;
      var el = anchor && document.getElementById(anchor);
      if (el) el.scrollIntoView({ block: "center" });
      var notice = main.querySelector(".notice[role=status]");
      if (notice) announce(notice.textContent);
    }, function () { form.submit(); });
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName))) return;
    if ((ev.key === "n" || ev.key === "p") && checkFirst(ev)) {
      ev.preventDefault();
      return;
    }
    if (ev.key !== "j" && ev.key !== "k") return;
    var remarks = Array.prototype.slice.call(document.querySelectorAll("article.remark[id]"));
    if (!remarks.length) return;
    var current = document.querySelector("article.remark.current[id]") ||
      document.querySelector("article.remark:target") ||
      (document.activeElement && document.activeElement.closest && document.activeElement.closest("article.remark"));
    var i = remarks.indexOf(current), next;
    if (i >= 0 && !inView(current)) i = -1; // the reader scrolled away: go on from what is on screen
    if (i < 0) {
      // The first remark whose top is below the top of the window: j goes
      // to it, k to the one before it.
      var below = remarks.findIndex(function (r) { return r.getBoundingClientRect().top >= 0; });
      if (below < 0) below = remarks.length - 1;
      next = ev.key === "j" ? below : Math.max(below - 1, 0);
    } else {
      next = ev.key === "j" ? Math.min(i + 1, remarks.length - 1) : Math.max(i - 1, 0);
    }
    var el = remarks[next];
    document.body.classList.add("kbd");
    history.replaceState(null, "", "#" + el.id);
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
    // :target does not follow replaceState; mirror it for the highlight.
    remarks.forEach(function (r) { r.classList.toggle("current", r === el); });
    ev.preventDefault();
  });
})();
