// Student pages. Progressive enhancement: without this file nothing is lost that was
// saved, and the server asks before an assessment is finished with questions unanswered.
// - Leaving a question with an answer chosen but not saved asks first (#unsaved-dialog).
// - "Finish" with questions unanswered asks in the page (#finish-dialog).
// - On a phone (articles below the question) the page opened at #feedback shows the
//   question, the saved answer and the feedback, not the article further down.
(function () {
  "use strict";

  function byId(id) { return document.getElementById(id); }

  function canOpen(dialog) { return dialog && typeof dialog.showModal === "function"; }

  // Something chosen or typed in the answer form (a select's empty first option is "nothing").
  function answerChosen(form) {
    return Array.prototype.some.call(form.elements, function (field) {
      if (field.type === "radio" || field.type === "checkbox") { return field.checked; }
      if (field.tagName === "SELECT" || field.tagName === "TEXTAREA" || field.type === "text") {
        return field.value.trim() !== "";
      }
      return false;
    });
  }

  function guardUnsavedAnswer() {
    var form = byId("answer-form");
    var dialog = byId("unsaved-dialog");
    if (!form || !canOpen(dialog)) { return; }
    var leaveTo = null;
    var saving = false;
    form.addEventListener("submit", function () { saving = true; });
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a[href]") : null;
      if (!link || saving || event.defaultPrevented || event.button !== 0 ||
          event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
      var target = new URL(link.href, window.location.href);
      if (target.pathname === window.location.pathname && target.hash) { return; }  // a jump within the page
      if (!answerChosen(form)) { return; }
      event.preventDefault();
      leaveTo = link.href;
      dialog.showModal();
    });
    byId("unsaved-save").addEventListener("click", function () {
      dialog.close();
      form.requestSubmit(byId("submit-answer"));  // the browser's own checks run as usual
    });
    byId("unsaved-leave").addEventListener("click", function () {
      dialog.close();
      if (leaveTo) { window.location.assign(leaveTo); }
    });
    byId("unsaved-stay").addEventListener("click", function () { dialog.close(); });
  }

  function guardFinish() {
    var form = byId("finish-form");
    var dialog = byId("finish-dialog");
    if (!form || !canOpen(dialog)) { return; }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      dialog.showModal();
    });
    byId("finish-stay").addEventListener("click", function () { dialog.close(); });
  }

  function keepQuestionInView() {
    var panel = byId("question-panel");
    var articles = document.querySelector(".articles-panel");
    if (window.location.hash !== "#feedback" || !panel || !articles) { return; }
    var stacked = articles.getBoundingClientRect().top >= panel.getBoundingClientRect().bottom;
    if (stacked) { panel.scrollIntoView({ block: "start" }); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    guardUnsavedAnswer();
    guardFinish();
  });
  // on "load": after app.js has centred the evidence and the browser has scrolled to #feedback
  window.addEventListener("load", keepQuestionInView);
}());
