from .projects import Project
from .records import (
    EducationLink,
    FundingSource,
    LearningLevelClaim,
    Outcome,
    Participant,
    ProjectPartner,
)
from .vocabularies import BeneficiaryGroup, FundingKind, LearningForm

__all__ = [
    "BeneficiaryGroup",
    "EducationLink",
    "FundingKind",
    "FundingSource",
    "LearningForm",
    "LearningLevelClaim",
    "Outcome",
    "Participant",
    "Project",
    "ProjectPartner",
]
