// Character counts of long texts, kept live as the user types (the limit is also checked on save).
(function () {
  function update(area) {
    var out = document.getElementById(area.dataset.count);
    if (!out) return;
    var left = area.maxLength - area.value.length;
    out.textContent = out.dataset.template ? out.dataset.template.replace('{n}', left) : left + ' / ' + area.maxLength;
  }
  document.addEventListener('input', function (e) {
    if (e.target.matches && e.target.matches('textarea[data-count]')) update(e.target);
  });
  // After a save the server's answer replaces the question: keep the error summary in view.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) summary.focus();
  });
})();
