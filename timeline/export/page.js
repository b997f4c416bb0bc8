"use strict";
(function () {
  var root = document.documentElement;
  var errors = [];
  function record(message) {
    errors.push(String(message));
    root.setAttribute("data-errors", errors.join("\n"));
  }
  window.addEventListener("error", function (e) { record(e.message || "error"); });
  document.addEventListener("securitypolicyviolation", function (e) { record("CSP: " + e.violatedDirective); });

  var selects = Array.prototype.slice.call(document.querySelectorAll("#filters select"));
  var entries = Array.prototype.slice.call(document.querySelectorAll(".entry"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  var shown = document.getElementById("shown");
  var attribute = { actor: "data-actors", year: "data-year", source: "data-sources" };

  function chosen() {
    var wanted = {};
    selects.forEach(function (s) { if (s.value) wanted[s.getAttribute("data-key")] = s.value; });
    return wanted;
  }
  function matches(entry, wanted) {
    return Object.keys(wanted).every(function (key) {
      return (entry.getAttribute(attribute[key]) || "").split(" ").indexOf(wanted[key]) >= 0;
    });
  }
  function apply() {
    var wanted = chosen();
    var count = 0;
    entries.forEach(function (entry) {
      var keep = matches(entry, wanted);
      entry.hidden = !keep;
      if (keep) count += 1;
    });
    years.forEach(function (section) {
      section.hidden = !section.querySelector(".entry:not([hidden])");
    });
    shown.textContent = count + " of " + entries.length + " shown";
    var hash = Object.keys(wanted).map(function (k) { return k + "=" + encodeURIComponent(wanted[k]); }).join("&");
    if (("#" + hash) !== location.hash && (hash || location.hash)) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }
  function fromHash() {
    location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var select = document.getElementById("filter-" + kv[0]);
      if (select && kv.length === 2) select.value = decodeURIComponent(kv[1]);
    });
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  fromHash();
  apply();
  root.setAttribute("data-ready", "true");
})();
