"""The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): uploads are checked by content.

It is the base of every document form Wagtail builds (add, edit, multiple
upload, chooser upload), so each of them refuses a file whose content is not
what its name says, as a form error on the file, and stores nothing.
"""

import os

from django.conf import settings
from wagtail.documents.forms import BaseDocumentForm

from .content import ContentProblem, check_content


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        self.content_problem = None
        if uploaded is None or "file" not in self.changed_data:
            return uploaded
        extension = os.path.splitext(uploaded.name)[1].lstrip(".").lower()
        if extension in settings.WAGTAILDOCS_EXTENSIONS:
            try:
                check_content(uploaded, extension)
            except ContentProblem as problem:
                self.content_problem = problem.message
        return uploaded

    def _post_clean(self):
        # Reported after Wagtail's model validation, which needs the file to say
        # "extension not allowed" (a disallowed name has no content check); a
        # file taken out of ``cleaned_data`` here would get that message as well.
        super()._post_clean()
        if getattr(self, "content_problem", None) and not self.has_error("file"):
            self.add_error("file", self.content_problem)
