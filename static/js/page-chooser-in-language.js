// Page choosers open in the edited page's language (cec_site/core/page_chooser.py).
// Every page chooser of Wagtail's page editor — model fields, inline panels, StreamField
// blocks — opens Wagtail's PageChooserModal, which browses `parentId` when given: with no
// value chosen yet, it starts at the home page of the page's own language.
(() => {
  const start = () => {
    const data = document.getElementById('cec-page-chooser-start');
    const Modal = window.PageChooserModal;
    if (!data || !Modal || Modal.prototype.cecInLanguage) return;
    const { parentId } = JSON.parse(data.textContent);
    if (!parentId) return;
    const getURL = Modal.prototype.getURL;
    Modal.prototype.getURL = function getURLInLanguage(opts) {
      return getURL.call(this, opts && opts.parentId ? opts : { ...opts, parentId });
    };
    Modal.prototype.cecInLanguage = true;
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
