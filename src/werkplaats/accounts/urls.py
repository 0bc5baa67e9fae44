from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import login_views, views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("login/", login_views.LoginView.as_view(), name="login"),
    path("login/code/", login_views.verify, name="two_factor_verify"),
    path("two-factor/", login_views.two_factor, name="two_factor"),
    path("two-factor/set-up/", login_views.setup, name="two_factor_setup"),
    path(
        "two-factor/recovery-codes/",
        login_views.new_recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path("two-factor/turn-off/", login_views.turn_off, name="two_factor_turn_off"),
    path("password/", login_views.PasswordChangeView.as_view(), name="password_change"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="accounts/password_reset.html",
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            success_url=reverse_lazy("accounts:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
]
