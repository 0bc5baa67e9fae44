"""A real SMTP server (aiosmtpd on 127.0.0.1) that counts what each recipient receives."""

import email
import re
import socket
import threading
from collections import Counter
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from werkplaats.newsletter.constants import SubscriberStatus
from werkplaats.newsletter.models import Subscriber


class Inbox:
    """Every message the server accepted, per recipient, in order."""

    def __init__(self, refuse=()):
        self.messages = []
        self.refuse = set(refuse)
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        with self.lock:
            for recipient in envelope.rcpt_tos:
                self.messages.append((recipient, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for recipient, message in self.messages if recipient == address]

    def counts(self) -> Counter:
        return Counter(recipient for recipient, _ in self.messages)

    def __len__(self):
        return len(self.messages)


def text_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_of(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"]+", text)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(inbox):
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = start_server(inbox)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.SITE_URL = "http://testserver"
    yield inbox
    controller.stop()


def subscriber(email, *, workshops=(), themes=(), status=SubscriberStatus.ACTIVE, language="nl"):
    made = Subscriber.objects.create(email=email, status=status, language=language)
    made.workshops.set(workshops)
    made.themes.set(themes)
    return made
