"""The page form tells the editor, beside their work, why its photos cannot go live."""

from wagtail.admin.forms import WagtailAdminPageForm

from .rules import images_shown_by, problems_of

# The admin buttons that publish the page or send it on its way to publication.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class PhotoRulesPageForm(WagtailAdminPageForm):
    def is_valid(self):
        valid = super().is_valid()
        if valid and self.publishes():
            for problem in problems_of(self.images_in_form()):
                self.add_error(None, problem)
        return valid and not self.errors

    def publishes(self):
        data = self.data
        approving = (
            data.get("action-workflow-action") and data.get("workflow-action-name") == "approve"
        )
        return approving or any(data.get(action) for action in PUBLISHING_ACTIONS)

    def images_in_form(self):
        """The photos of the page as the form would save it, child rows included."""
        children = tuple(f"{name}." for name in self.formsets)
        images = [
            image
            for image, field in images_shown_by(self.instance)
            if not field.startswith(children)
        ]
        for formset in self.formsets.values():
            deleted = set(formset.deleted_forms) if formset.can_delete else set()
            for form in formset.forms:
                if form not in deleted:
                    images += [image for image, _field in images_shown_by(form.instance)]
        return images
