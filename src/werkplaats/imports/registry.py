"""The import specs the site offers, by name. Apps add theirs with :func:`register`."""

from .engine import ImportSpec

_SPECS: dict[str, ImportSpec] = {}


def register(spec: ImportSpec) -> ImportSpec:
    _SPECS[spec.name] = spec
    return spec


def get_spec(name: str) -> ImportSpec | None:
    return _SPECS.get(name)


def all_specs() -> list[ImportSpec]:
    return list(_SPECS.values())
