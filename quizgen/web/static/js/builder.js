// Quiz builder, progressive enhancement: drag a question card to reorder the draft.
// Without this file (or for keyboard users) the Move up / Move down buttons do the same;
// the new order is posted through the page's own #reorder-form (CSRF token included).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("reorder-form");
  var list = document.getElementById("question-list");
  if (!form || !list) { return; }
  var cards = list.querySelectorAll("li[data-question-id]");
  if (cards.length < 2) { return; }
  form.hidden = false;  // shows the hint that dragging works
  var dragged = null;

  function order() {
    return Array.prototype.map.call(list.querySelectorAll("li[data-question-id]"), function (card) {
      return card.getAttribute("data-question-id");
    }).join(",");
  }

  Array.prototype.forEach.call(cards, function (card) {
    card.setAttribute("draggable", "true");
    card.addEventListener("dragstart", function (event) {
      dragged = card;
      card.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", card.getAttribute("data-question-id"));
    });
    card.addEventListener("dragover", function (event) {
      if (!dragged || dragged === card) { return; }
      event.preventDefault();
      var box = card.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? card.nextSibling : card);
    });
    card.addEventListener("dragend", function () {
      card.classList.remove("dragging");
      var input = document.getElementById("question-order");
      if (dragged && order() !== input.value) {
        input.value = order();
        form.submit();
      }
      dragged = null;
    });
  });
});
