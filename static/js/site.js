// Progressive enhancement only: the site works fully without JavaScript.

// Filter forms submit themselves when a choice changes (the submit button stays for everyone else).
document.querySelectorAll("form[data-autosubmit] select").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
});

// Filter panels fold on a phone behind their "Filters" toggle. On a wide screen the CSS shows
// them whatever their state (where the browser supports ::details-content); opening them here
// as well keeps their state true for assistive technology and serves older browsers.
const wide = window.matchMedia("(min-width: 48rem)");
const openOnWideScreens = () => {
    if (!wide.matches) return;
    document.querySelectorAll("details[data-filter-panel]").forEach((panel) => {
        panel.open = true;
    });
};
openOnWideScreens();
wide.addEventListener("change", openOnWideScreens);
