// Small enhancements: every page works without this script.

// Copy buttons ("data-copy" names the field whose text they copy) are hidden
// until the script can make them work.
for (const button of document.querySelectorAll("[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const field = document.getElementById(button.dataset.copy);
    if (!field) return;
    const done = () => {
      const label = button.textContent;
      button.textContent = button.dataset.copied || label;
      setTimeout(() => (button.textContent = label), 2000);
    };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(done, () => field.select());
    } else {
      field.select();
    }
  });
}
