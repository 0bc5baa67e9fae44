"""Business rules for practice questions.

Views, the API, commands and tasks call these; none of them knows HTTP.

- ``intake``: a question arrives (``submit_question``) and the submitter follows it by token.
- ``workflow``: triage transitions, notes, messages, classification, publication.
- ``notifications``: the e-mails those steps send.
- ``retention``: erasing the submitter's personal data after the retention period.
"""
