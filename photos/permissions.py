"""Wagtail's image permission policy, except that a public photo is deleted only by a reviewer.

Registered for the image model in ``PhotosConfig.ready`` (``exact_class``, so
it wins over the policy ``wagtail.images`` registers), it covers every delete
route: the image's delete view, the multiple uploader's delete and the bulk
delete action. Changing a public photo is refused in the image form
(``photos.uploads.PhotoForm``) instead, because the edit view must stay
open for withdrawing consent.
"""

from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from .live import may_change_public_photo


class PhotoPermissionPolicy(CollectionOwnershipPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = list(actions)
        if "delete" in actions and not may_change_public_photo(user, instance):
            actions.remove("delete")
        return bool(actions) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )


def photo_permission_policy():
    from wagtail.images import get_image_model

    return PhotoPermissionPolicy(
        get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
    )
