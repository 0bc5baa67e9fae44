from .organisations import Organisation, ResearchGroup
from .people import Affiliation, Person
from .places import Municipality
from .vocabularies import Competence, OrganisationKind, ParticipantRole, Theme
from .workshops import Partnership, Workshop

__all__ = [
    "Affiliation",
    "Competence",
    "Municipality",
    "Organisation",
    "OrganisationKind",
    "ParticipantRole",
    "Partnership",
    "Person",
    "ResearchGroup",
    "Theme",
    "Workshop",
]
