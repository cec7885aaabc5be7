// Analysis page, progressive enhancement (links and :target work without it):
// - following a sentence link also marks the row's other sentences and scrolls each
//   article to its own, so the versions can be read side by side;
// - a toggle makes the articles scroll together;
// - on a phone the articles become tabs, and a link opens the tab of its sentence.
document.addEventListener("DOMContentLoaded", function () {
  var container = document.getElementById("articles");
  var controls = document.getElementById("article-controls");
  if (!container || !controls) { return; }
  var articles = Array.prototype.slice.call(container.querySelectorAll(".article-view"));
  var bodies = articles.map(function (a) { return a.querySelector(".article-body"); });
  var phone = window.matchMedia("(max-width: 40rem)");
  var together = false;
  var quietUntil = 0; // link jumps scroll one article on purpose: do not drag the others along
  var tabs = null;

  function sentenceOf(link) {
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    return document.getElementById(id);
  }

  function scrollWithin(body, sentence) {
    body.scrollTop = Math.max(0, sentence.offsetTop - 32);
  }

  // ---- tabs on a phone ---------------------------------------------------------------
  function select(index, focus) {
    articles.forEach(function (article, n) {
      var on = n === index;
      article.hidden = tabs !== null && !on;
      if (tabs) {
        tabs[n].setAttribute("aria-selected", on ? "true" : "false");
        tabs[n].tabIndex = on ? 0 : -1;
        if (on && focus) { tabs[n].focus(); }
      }
    });
  }

  function buildTabs() {
    var list = document.createElement("div");
    list.className = "article-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", "Articles");
    tabs = articles.map(function (article, n) {
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = "tab-" + article.id;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", article.id);
      tab.textContent = article.querySelector("h3").textContent;
      tab.addEventListener("click", function () { select(n, false); });
      tab.addEventListener("keydown", function (event) {
        var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step) { select((n + step + articles.length) % articles.length, true); event.preventDefault(); }
      });
      article.setAttribute("role", "tabpanel");
      article.setAttribute("aria-labelledby", tab.id);
      list.appendChild(tab);
      return tab;
    });
    container.parentNode.insertBefore(list, container);
    select(0, false);
  }

  function dropTabs() {
    var list = document.querySelector(".article-tabs");
    if (list) { list.parentNode.removeChild(list); }
    articles.forEach(function (article) {
      article.hidden = false;
      article.removeAttribute("role");
      article.setAttribute("aria-labelledby", "art-" + article.id.replace(/^article-/, ""));
    });
    tabs = null;
  }

  function layout() {
    if (phone.matches && tabs === null && articles.length > 1) { buildTabs(); }
    if (!phone.matches && tabs !== null) { dropTabs(); }
    controls.hidden = phone.matches || articles.length < 2;
  }

  function showSentence(sentence) {
    var article = sentence.closest(".article-view");
    if (tabs && article) { select(articles.indexOf(article), false); }
  }

  // ---- scroll together ---------------------------------------------------------------
  var toggle = document.createElement("input");
  toggle.type = "checkbox";
  toggle.id = "scroll-together";
  var label = document.createElement("label");
  label.htmlFor = toggle.id;
  label.textContent = " Scroll the articles together";
  controls.appendChild(toggle);
  controls.appendChild(label);
  toggle.addEventListener("change", function () { together = toggle.checked; });

  bodies.forEach(function (body) {
    body.addEventListener("scroll", function () {
      if (!together || Date.now() < quietUntil) { return; }
      if (body.syncedTo !== undefined && Math.abs(body.scrollTop - body.syncedTo) < 2) { return; }
      var range = body.scrollHeight - body.clientHeight;
      var share = range > 0 ? body.scrollTop / range : 0;
      bodies.forEach(function (other) {
        if (other === body) { return; }
        other.scrollTop = share * (other.scrollHeight - other.clientHeight);
        other.syncedTo = other.scrollTop;
      });
    });
  });

  // ---- links to sentences ------------------------------------------------------------
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.sentence-link");
    if (!link) { return; }
    var sentence = sentenceOf(link);
    if (!sentence) { return; }
    quietUntil = Date.now() + 600;
    Array.prototype.forEach.call(document.querySelectorAll(".sentence.linked"), function (s) {
      s.classList.remove("linked");
    });
    showSentence(sentence);
    if (tabs) { return; }
    var row = link.closest(".linked-row");
    if (!row) { return; }
    Array.prototype.forEach.call(row.querySelectorAll("a.sentence-link"), function (other) {
      var target = sentenceOf(other);
      var body = target && target.closest(".article-body");
      if (target && target !== sentence && body && !body.contains(sentence)) {
        target.classList.add("linked");
        scrollWithin(body, target);
      }
    });
  });

  phone.addEventListener("change", layout);
  layout();
  if (window.location.hash.indexOf("#sent-") === 0) {
    var first = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (first) { showSentence(first); first.scrollIntoView({ block: "center" }); }
  }
});
