// The synthesis download with progress: the form still downloads without JavaScript; with it, the
// buttons are disabled while the file is prepared and a status message (aria-live) says so after a second.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('export-form');
    if (!form || !window.fetch || !window.URLSearchParams) return;
    var status = document.getElementById('export-status');
    var buttons = form.querySelectorAll('button[type=submit]');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var data = new FormData(form);
      var submitter = e.submitter || buttons[0];
      data.set('format', submitter.value);
      var url = form.action + '?' + new URLSearchParams(data).toString();
      buttons.forEach(function (b) { b.disabled = true; });
      form.setAttribute('aria-busy', 'true');
      status.textContent = '';
      var slow = setTimeout(function () { status.textContent = form.dataset.preparing; }, 1000);
      var done = function (text) {
        clearTimeout(slow);
        buttons.forEach(function (b) { b.disabled = false; });
        form.removeAttribute('aria-busy');
        status.textContent = text;
      };
      fetch(url, { credentials: 'same-origin' }).then(function (r) {
        var type = r.headers.get('Content-Type') || '';
        if (!r.ok || type.indexOf('text/html') === 0) {
          // the form again with its error summary: show it as the browser would
          window.location.assign(url);
          return null;
        }
        var disposition = r.headers.get('Content-Disposition') || '';
        var match = /filename="([^"]+)"/.exec(disposition);
        return r.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = match ? match[1] : 'synthesis';
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
          done(form.dataset.downloaded);
        });
      }).catch(function () { done(form.dataset.failed); });
    });
  });
})();
