"""What the 50 users of ``make loadtest`` do: browse, search and submit practice questions.

Run by ``loadtest/run.py``, which starts the site and passes, through the environment:
``LOADTEST_TARGETS`` (a JSON file with slugs from the database) and ``LOADTEST_REFERENCES`` (where
the submission key of each acknowledged question is written, one per line, for the check
afterwards).

Every request is named by its page type (``home``, ``list``, ``detail``, ``search``, ``dashboard``,
``question form``, ``question submit``, ``question tracking``), so the figures come per type. A
question goes through the real form: GET for the CSRF token, submission key and time stamp, a pause
longer than the spam check's minimum, POST (acknowledged by a redirect to the tracking page), then
the tracking page, which must show the question's reference. Each
user has its own X-Forwarded-For address and submits at most five questions, so the site's own
intake limit (five an hour per address) stays as in production.
"""

import itertools
import json
import os
import random
import re
import time

from locust import HttpUser, between, events, task

TARGETS: dict = {}
REFERENCES_FILE = os.environ.get("LOADTEST_REFERENCES", "")
SEARCH_TERMS = [
    "jongeren", "armoede", "schulden", "wijkteam", "eenzaamheid", "mantelzorg", "participatie",
    "jeugdzorg", "buurt", "methodiek", "inclusie", "ouderen", "zorg", "werk", "onderwijs",
]  # fmt: skip
QUESTIONS_PER_USER = 5
ADDRESSES = itertools.count(1)
HIDDEN = re.compile(r'<input type="hidden" name="([a-z_]+)" value="([^"]*)"')
REFERENCE = re.compile(r'class="kicker">[^<]*·\s*([A-Z0-9-]+)</p>')


@events.init.add_listener
def load_targets(environment, **kwargs):
    with open(os.environ["LOADTEST_TARGETS"]) as source:
        TARGETS.update(json.load(source))


def acknowledge(submission_key: str) -> None:
    with open(REFERENCES_FILE, "a") as out:
        out.write(submission_key + "\n")


class Visitor(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        n = next(ADDRESSES)
        self.client.headers["X-Forwarded-For"] = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
        self.client.headers["Accept-Language"] = "nl"
        self.submitted = 0

    def page(self, path: str, name: str):
        with self.client.get(path, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")
            elif "</html>" not in response.text:
                response.failure("incomplete page")

    @task(4)
    def home(self):
        self.page("/", "home")

    @task(6)
    def lists(self):
        path = random.choice(
            ["/werkplaatsen/", "/organisaties/", "/projecten/", "/bibliotheek/", "/wie-weet-wat/"]
        )
        self.page(path, "list")

    @task(8)
    def details(self):
        kind, prefix = random.choice(
            [("workshops", "/werkplaatsen/"), ("projects", "/projecten/"),
             ("products", "/bibliotheek/"), ("organisations", "/organisaties/")]
        )  # fmt: skip
        self.page(f"{prefix}{random.choice(TARGETS[kind])}/", "detail")

    @task(4)
    def search(self):
        self.page(f"/zoeken/?q={random.choice(SEARCH_TERMS)}", "search")

    @task(2)
    def dashboard(self):
        self.page(f"/monitoring/{random.choice(TARGETS['workshops'])}/", "dashboard")

    @task(2)
    def submit_question(self):
        if self.submitted >= QUESTIONS_PER_USER:
            return self.search()
        form = self.client.get("/vragen/stel-een-vraag/", name="question form")
        if form.status_code != 200:
            return
        data = dict(HIDDEN.findall(form.text))
        # A person takes longer than QUESTION_INTAKE_MIN_SECONDS (3) to fill in the form.
        time.sleep(3.2)
        n = random.randrange(10**6)
        data.update(
            title=f"Belastingproef vraag {n}",
            question="Hoe betrekken we jongeren bij het wijkteam zonder ze te overvragen?",
            municipality=random.choice(TARGETS["municipalities"]),
            time_frame=TARGETS["time_frame"],
            submitter_name="Proef Gebruiker",
            submitter_email=f"proef{n}@example.org",
            privacy_agreed="on",
            website="",
        )
        with self.client.post(
            "/vragen/stel-een-vraag/",
            data=data,
            headers={"Referer": self.host + "/vragen/stel-een-vraag/"},
            name="question submit",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302 or "/vragen/volg/" not in response.headers.get(
                "Location", ""
            ):
                response.failure(f"not accepted: status {response.status_code}")
                return
            location = response.headers["Location"]
        # The redirect to the tracking page is the site's acknowledgement: from here on the
        # question must be in the database, found by the submission key the form carried.
        acknowledge(data["submission_key"])
        self.submitted += 1
        with self.client.get(location, name="question tracking", catch_response=True) as page:
            if page.status_code != 200 or not REFERENCE.search(page.text):
                page.failure("the tracking page shows no reference")
