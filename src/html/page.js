(function () {
  "use strict";
  var byKey = {};
  document.querySelectorAll("[data-place]").forEach(function (el) {
    var key = el.getAttribute("data-place");
    (byKey[key] = byKey[key] || []).push(el);
  });
  var items = document.querySelectorAll("[data-finding]");
  var placed = 0, unplaced = 0, wrong = [];
  items.forEach(function (item) {
    var keys = (item.getAttribute("data-targets") || "").split(" ").filter(Boolean);
    var mark = "m-" + item.getAttribute("data-mark");
    if (keys.length === 0) {
      unplaced += 1;
      item.setAttribute("data-check", "unplaced");
    } else {
      var missing = keys.filter(function (key) {
        return !(byKey[key] || []).some(function (el) { return el.classList.contains(mark); });
      });
      if (missing.length > 0) {
        wrong.push(item.getAttribute("data-finding") + ":" + missing.join(","));
        item.setAttribute("data-check", "wrong");
      } else {
        placed += 1;
        item.setAttribute("data-check", "ok");
      }
    }
    item.addEventListener("click", function () {
      document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
      var first = null;
      keys.forEach(function (key) {
        (byKey[key] || []).forEach(function (el) {
          el.classList.add("hl");
          first = first || el;
        });
      });
      if (first) { first.scrollIntoView({ block: "center" }); }
    });
  });
  // A link to #finding-N shows that finding's cells, as a click does.
  var linked = /^#finding-(\d+)$/.exec(window.location.hash);
  if (linked) {
    var item = document.getElementById("finding-" + linked[1]);
    if (item) { item.click(); }
  }
  var out = document.getElementById("browser-check");
  if (out) {
    out.setAttribute("data-findings", String(items.length));
    out.setAttribute("data-placed", String(placed));
    out.setAttribute("data-unplaced", String(unplaced));
    out.setAttribute("data-wrong", String(wrong.length));
    out.setAttribute("data-result", wrong.length === 0 ? "pass" : "fail");
    out.textContent = wrong.join(" ");
  }
})();
