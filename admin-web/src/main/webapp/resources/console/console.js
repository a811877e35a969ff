// SPDX-License-Identifier: Apache-2.0
// An AJAX request that the server answers with an HTTP error changes nothing on the page;
// without this notice the administrator's click would seem to be ignored. PrimeFaces also
// leaves the button of a failed request disabled: it is given back, so that it can be tried again.
$(document).on('pfAjaxError', function (event, xhr) {
  var notice = document.getElementById('request-failed');
  notice.textContent = 'The server could not answer the request (HTTP ' + xhr.status
      + '). Nothing was changed; try again.';
  notice.hidden = false;
  $('.ui-button.ui-state-loading').each(function () {
    var button = $(this);
    var widget = PrimeFaces.getWidgetById(this.id);
    button.removeClass('ui-state-loading').find('.ui-icon-loading').remove();
    if (widget && typeof widget.enable === 'function') {
      widget.enable();
    }
  });
});
$(document).on('pfAjaxSuccess', function () {
  document.getElementById('request-failed').hidden = true;
});
