// Progressive enhancement only: every page works without this file.
// After an answer in practice mode the page loads at #feedback; move keyboard and
// screen-reader focus there so the result is announced.
document.addEventListener("DOMContentLoaded", function () {
  if (window.location.hash === "#feedback") {
    var feedback = document.getElementById("feedback");
    if (feedback) { feedback.focus(); }
  }
  var evidence = document.getElementById("evidence");
  if (evidence && evidence.scrollIntoView && window.location.hash === "#feedback") {
    evidence.scrollIntoView({ block: "center" });
    if (feedback) { feedback.scrollIntoView({ block: "nearest" }); }
  }
});
