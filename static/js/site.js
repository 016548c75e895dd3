// Progressive enhancement only: the site works fully without JavaScript.
// Filter forms submit themselves when a choice changes (the submit button stays for everyone else).
document.querySelectorAll("form[data-autosubmit] select").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
});
