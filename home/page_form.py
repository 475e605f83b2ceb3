"""The admin form of every network page (``BasePage.base_form_class``).

Every way an editor saves a page through the admin (create, edit, preview,
submit, approve from the editor) validates this form, so here:

- each image and document the page refers to is checked against the
  collections the user may choose from (``home.media_references``): a
  reference to another centre's photo is a form error on its field and
  nothing is saved or previewed;
- when the form publishes the page or sends it for approval, the photos it
  shows are checked against the publishing rules (``home.publishing``), so
  the editor reads why beside their work instead of on an error page.
"""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model

from .media_references import (
    approved_references_of,
    message_for,
    references_of,
    refused_references,
)
from .publishing import problems_of

# The admin buttons that publish the page or send it on its way to publication.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class NetworkPageForm(WagtailAdminPageForm):
    def is_valid(self):
        valid = super().is_valid()
        if not valid:
            return False
        references = self.references_in_form()
        if self.publishes():
            for problem in problems_of(self.images_in(references)):
                self.add_error(None, problem)
        if self.for_user is not None:
            self.refuse_references(references)
        return not self.errors

    def refuse_references(self, references):
        approved = approved_references_of(self.instance)
        for kind, pk, path in refused_references(self.for_user, references, approved):
            name = path.split(".", 1)[0]
            field = name if name in self.fields else None
            self.add_error(field, message_for(kind, pk, self.label_for(name)))
            if field and path == name:
                self.forget_choice(field)

    def publishes(self):
        data = self.data
        approving = (
            data.get("action-workflow-action") and data.get("workflow-action-name") == "approve"
        )
        return approving or any(data.get(action) for action in PUBLISHING_ACTIONS)

    def forget_choice(self, field):
        """Re-show a refused chooser empty: its widget would show the other centre's title."""
        self.data = self.data.copy()
        self.data[self.add_prefix(field)] = ""

    def references_in_form(self):
        """References of the page as the form would save it, child rows (formsets) included."""
        children = tuple(f"{name}." for name in self.formsets)
        references = {
            ref for ref in references_of(self.instance) if not ref[2].startswith(children)
        }
        for name, formset in self.formsets.items():
            deleted = set(formset.deleted_forms) if formset.can_delete else set()
            for form in formset.forms:
                if form not in deleted:
                    references |= {
                        (kind, pk, f"{name}.{path}")
                        for kind, pk, path in references_of(form.instance)
                    }
        return references

    @staticmethod
    def images_in(references):
        """The photos among ``references``, in the order the page shows them."""
        ids = [pk for kind, pk, _path in sorted(references, key=lambda r: r[2]) if kind == "image"]
        images = get_image_model().objects.in_bulk(ids)
        return [images[pk] for pk in ids if pk in images]

    def label_for(self, name):
        if name in self.fields:
            return self.fields[name].label
        if name in self.formsets:
            return self.formsets[name].model._meta.verbose_name_plural
        return name
