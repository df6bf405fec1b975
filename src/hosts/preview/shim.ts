// The google.script.run shim injected into the sidebar by the preview: same
// chaining API (withSuccessHandler / withFailureHandler / any function name), each
// call POSTed as JSON to /api/<name>, where the server validates it against the
// contract exactly as the Apps Script globals do.
export const SHIM = `<script>(function(){
function runner(ok, fail) {
  return new Proxy({}, { get: function (_, name) {
    if (name === 'withSuccessHandler') return function (fn) { return runner(fn, fail); };
    if (name === 'withFailureHandler') return function (fn) { return runner(ok, fn); };
    return function () {
      var args = Array.prototype.slice.call(arguments);
      fetch('/api/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
        .then(function (r) { return r.json(); })
        .then(function (res) {
          if (window.parent !== window) window.parent.postMessage('ctg-changed', '*');
          if (res.ok) { if (ok) ok(res.value); } else if (fail) fail(new Error(res.message));
        }, function (e) { if (fail) fail(e); });
    };
  } });
}
window.google = { script: { run: runner(null, null) } };
})();</script>`;
