// detente: small enhancements only; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // The "only sentences with events" toggle without a reload.
  var toggle = document.getElementById("toggle-events");
  var article = document.querySelector(".article");
  if (toggle && article && !article.classList.contains("only-events")) {
    toggle.addEventListener("click", function (ev) {
      ev.preventDefault();
      var on = article.classList.toggle("hide-plain");
      toggle.textContent = on ? "Show the whole article" : "Show only sentences with events";
    });
  }
  // Bring the focused event's first mention into view when no anchor is given.
  if (!location.hash) {
    var focus = document.querySelector("mark.ev.focus");
    if (focus) { focus.scrollIntoView({ block: "center" }); }
  }
});
