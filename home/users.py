"""Wagtail's user management, with the superuser flag kept to superusers.

Out of the box, anyone allowed to add or change users (our Administrators role) sees the
"Administrator" checkbox and can make anyone, themselves included, a superuser; and can
edit a superuser's e-mail or password. Here only a superuser may grant the flag or touch a
superuser's account. Registered through `HubUsersAppConfig` (see apps.py).
"""

from django.core.exceptions import PermissionDenied
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView, DeleteView, EditView, UserViewSet


class SuperuserFlagForSuperusersOnly:
    def __init__(self, *args, requested_by_superuser=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not requested_by_superuser:
            self.fields.pop("is_superuser", None)


class HubUserCreationForm(SuperuserFlagForSuperusersOnly, UserCreationForm):
    pass


class HubUserEditForm(SuperuserFlagForSuperusersOnly, UserEditForm):
    pass


class PassesRequesterRank:
    def get_form_kwargs(self):
        return super().get_form_kwargs() | {
            "requested_by_superuser": self.request.user.is_superuser
        }


def refuse_superuser_target(request, user):
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied


class HubCreateView(PassesRequesterRank, CreateView):
    pass


class HubEditView(PassesRequesterRank, EditView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        refuse_superuser_target(request, self.object)


class HubDeleteView(DeleteView):
    def dispatch(self, request, *args, **kwargs):
        refuse_superuser_target(request, self.get_object())
        return super().dispatch(request, *args, **kwargs)


class HubUserViewSet(UserViewSet):
    add_view_class = HubCreateView
    edit_view_class = HubEditView
    delete_view_class = HubDeleteView

    def get_form_class(self, for_update=False):
        return HubUserEditForm if for_update else HubUserCreationForm
