from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """An account. Roles: administrator (superuser), network editor, coordinator of werkplaatsen
    (``coordinated_workshops``), member (everyone else who logs in). See ``roles.py``."""

    is_network_editor = models.BooleanField(
        _("network editor"),
        default=False,
        help_text=_(
            "Maintains the dossier, newsletter and vocabularies for the whole network; "
            "has access to the admin."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        # Network editors and administrators work in the admin too.
        if self.is_network_editor or self.is_superuser:
            self.is_staff = True
        super().save(*args, **kwargs)


class TwoFactorDevice(models.Model):
    """A user's authenticator app (TOTP, RFC 6238). Unconfirmed until the user has typed a code.

    The secret must be readable to check codes, so it is stored as is (like the password reset
    token's key, it is protected by access to the database); recovery codes are stored hashed.
    """

    user = models.OneToOneField(
        User, on_delete=models.CASCADE, related_name="two_factor_device", verbose_name=_("user")
    )
    secret = models.CharField(_("secret"), max_length=64)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    #: The time step of the last accepted code: a code is accepted once, never again (no replay).
    last_used_step = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("two-factor device")
        verbose_name_plural = _("two-factor devices")

    def __str__(self):
        return str(self.user)


class RecoveryCode(models.Model):
    """A one-time code for when the authenticator app is lost: only its SHA-256 is kept."""

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="recovery_codes", verbose_name=_("user")
    )
    code_hash = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")

    def __str__(self):
        return f"{self.user} {'used' if self.used_at else 'unused'}"


class FailedLogin(models.Model):
    """One wrong password or wrong code. Counted for the lock-out of the account name typed (which
    may not exist) and for the throttling of the network address (kept as a salted hash only).
    Deleted after LOGIN_ATTEMPT_RETENTION_DAYS by a daily task."""

    class Stage(models.TextChoices):
        PASSWORD = "password", _("password")
        CODE = "code", _("second factor")

    username = models.CharField(_("username as typed"), max_length=150, db_index=True)
    user = models.ForeignKey(
        User,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="failed_logins",
        verbose_name=_("user"),
    )
    address_hash = models.CharField(max_length=64, db_index=True)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    #: False once a successful login, a lock or an unlock has settled the failures before it.
    counts = models.BooleanField(default=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("failed login")
        verbose_name_plural = _("failed logins")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.username} {self.created_at:%Y-%m-%d %H:%M}"


class LoginLock(models.Model):
    """An account name locked after too many failures, in the database so that every web process
    sees it. Names that belong to no account are locked the same way, so the login page never
    tells whether an account exists."""

    username = models.CharField(_("username"), max_length=150, unique=True)
    locked_until = models.DateTimeField(_("locked until"))
    created_at = models.DateTimeField(_("locked at"), auto_now=True)

    class Meta:
        verbose_name = _("locked account")
        verbose_name_plural = _("locked accounts")
        ordering = ["-locked_until"]

    def __str__(self):
        return self.username
