"""The ``werkplaats`` console script: Django's management commands under the project's name.

``werkplaats demo``, ``werkplaats migrate``, ``werkplaats serve`` ... are ``manage.py`` commands.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkplaats.conf.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "werkplaats"
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
