// Live lesson pages (progressive enhancement: without this file they are plain pages).
// The projector's lobby and the results grid ask the server for news every few seconds,
// while the tab is visible. Nicknames are untrusted: they only ever go in as text.
(function () {
  "use strict";

  function every(seconds, step) {
    var wait = Math.max(1, Number(seconds) || 5) * 1000;
    function tick() {
      if (document.hidden) { window.setTimeout(tick, wait); return; }
      step().then(function (again) {
        if (again !== false) { window.setTimeout(tick, wait); }
      }, function () {
        window.setTimeout(tick, wait * 2);  // the server or the network had a hiccup: back off
      });
    }
    window.setTimeout(tick, wait);
  }

  function watchLobby(root) {
    var count = document.getElementById("lobby-count");
    var names = document.getElementById("lobby-names");
    var shown = Array.prototype.map.call(names.children, function (item) { return item.textContent; }).join("\n");
    every(root.dataset.pollSeconds, function () {
      return fetch(root.dataset.lobbyUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok || response.redirected) { throw new Error("lobby " + response.status); }
          return response.json();
        })
        .then(function (lobby) {
          var joined = lobby.nicknames.join("\n");
          if (joined !== shown) {
            count.textContent = lobby.label;
            names.replaceChildren.apply(names, lobby.nicknames.map(function (nickname) {
              var item = document.createElement("li");
              item.textContent = nickname;
              return item;
            }));
            shown = joined;
          }
          return lobby.state === "open";
        });
    });
  }

  // Swap in the new grid without losing the teacher's place: focus and sideways scroll stay.
  function replaceKeepingPlace(root, html) {
    var focused = root.contains(document.activeElement) ? document.activeElement.id : "";
    var scrolled = Array.prototype.map.call(root.querySelectorAll(".table-scroll[id]"), function (region) {
      return [region.id, region.scrollLeft];
    });
    root.innerHTML = html;  // the server's escaped template, same origin
    scrolled.forEach(function (entry) {
      var region = document.getElementById(entry[0]);
      if (region) { region.scrollLeft = entry[1]; }
    });
    var again = focused && document.getElementById(focused);
    if (again) { again.focus({ preventScroll: true }); }
  }

  function watchResults(root) {
    var status = document.getElementById("results-updated");
    var version = "\"" + root.dataset.version + "\"";
    every(root.dataset.pollSeconds, function () {
      // grading buttons must not move or vanish under the teacher's pointer or focus
      var hold = root.querySelector("[data-hold-refresh]");
      if (hold && (hold.matches(":hover") || hold.contains(document.activeElement))) {
        return Promise.resolve(true);
      }
      return fetch(root.dataset.liveUrl, { headers: { "If-None-Match": version }, credentials: "same-origin" })
        .then(function (response) {
          if (response.status === 304) { return true; }
          if (response.redirected) {  // the log-in ended: the answer is the log-in page, not the grid
            status.textContent = "Automatic updates stopped: reload the page to log in again.";
            return false;
          }
          if (!response.ok) { throw new Error("results " + response.status); }
          version = response.headers.get("ETag") || version;
          return response.text().then(function (html) {
            replaceKeepingPlace(root, html);
            status.textContent = "Updated at " + new Date().toLocaleTimeString() + ".";
            return true;
          });
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var projector = document.querySelector("[data-lobby-url]");
    if (projector) { watchLobby(projector); }
    var results = document.querySelector("[data-live-url]");
    if (results) { watchResults(results); }
  });
}());
