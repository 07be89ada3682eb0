"""The pages an analyst reads (`/ui/...`): server-rendered HTML in French or English, readable without
JavaScript, every asset shipped with the package; each page links to its JSON twin in the API."""
